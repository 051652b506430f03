/*
 * Fuzz target: the quotation extractor, driven over a window as
 * menafn-quotes drives it: spans inside the text and the window, exact,
 * in order, the window contract kept, the same in any pieces (first
 * byte: options).
 * The checks are those of t/prop/prop.c; a failure aborts.
 */
#define PROP_NO_MAIN
#include "../prop/prop.c"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return prop_fuzz_sel(chk_quotes, data, size);
}

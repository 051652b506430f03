/*
 * Fuzz target: the paragraph splitter: spans in order, exact, trimmed,
 * only blanks between them, the same in any pieces, within a small cap
 * (first byte: options).
 * The checks are those of t/prop/prop.c; a failure aborts.
 */
#define PROP_NO_MAIN
#include "../prop/prop.c"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return prop_fuzz_sel(chk_paras, data, size);
}

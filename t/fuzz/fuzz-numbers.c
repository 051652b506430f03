/*
 * Fuzz target: the number extractor, driven over a window as
 * menafn-numbers drives it: spans exact and in order, values and units
 * with nothing to escape, the window contract kept, the same in any
 * pieces (first byte: options).
 * The checks are those of t/prop/prop.c; a failure aborts.
 */
#define PROP_NO_MAIN
#include "../prop/prop.c"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return prop_fuzz_sel(chk_numbers, data, size);
}

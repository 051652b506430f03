/*
 * Fuzz target: the strip machine, against the model of what it keeps
 * and trims, fed in pieces as well as in whole lines (first byte: options).
 * The checks are those of t/prop/prop.c; a failure aborts.
 */
#define PROP_NO_MAIN
#include "../prop/prop.c"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return prop_fuzz_sel(chk_strip, data, size);
}

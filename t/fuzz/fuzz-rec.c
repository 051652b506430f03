/*
 * Fuzz target: the TSV record reader over a file: keys and unescaped
 * text as the model splits them, malformed rows skipped (first byte:
 * options).
 * The checks are those of t/prop/prop.c; a failure aborts.
 */
#define PROP_NO_MAIN
#include "../prop/prop.c"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return prop_fuzz_sel(chk_rec, data, size);
}

/*
 * Fuzz target: TSV escaping: escape leaves no raw TAB, LF or CR, and
 * unescaping, whole or split anywhere, gives the bytes back.
 * The checks are those of t/prop/prop.c; a failure aborts.
 */
#define PROP_NO_MAIN
#include "../prop/prop.c"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return prop_fuzz_plain(chk_tsv, data, size);
}

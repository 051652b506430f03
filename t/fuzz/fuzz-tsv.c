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
	if (chk_tsv((const char *)data, size) != 0) {
		/* stdout: the fuzzer may have closed stderr (-close_fd_mask=2) */
		printf("property failed: %s\n", prop_why);
		fflush(stdout);
		abort();
	}
	return 0;
}

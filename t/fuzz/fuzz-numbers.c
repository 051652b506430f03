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
	if (size == 0)
		return 0;
	if (chk_numbers((const char *)data + 1, size - 1, data[0]) != 0) {
		/* stdout: the fuzzer may have closed stderr (-close_fd_mask=2) */
		printf("property failed: %s\n", prop_why);
		fflush(stdout);
		abort();
	}
	return 0;
}

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
	if (size == 0)
		return 0;
	if (chk_quotes((const char *)data + 1, size - 1, data[0]) != 0) {
		/* stdout: the fuzzer may have closed stderr (-close_fd_mask=2) */
		printf("property failed: %s\n", prop_why);
		fflush(stdout);
		abort();
	}
	return 0;
}

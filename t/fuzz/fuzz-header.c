/*
 * Fuzz target: the article header parser, on an exact-size copy: a
 * header's fields lie inside the line and do not depend on what follows.
 * The checks are those of t/prop/prop.c; a failure aborts.
 */
#define PROP_NO_MAIN
#include "../prop/prop.c"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return prop_fuzz_plain(chk_header, data, size);
}

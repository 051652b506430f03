#include <string.h>

#include "scan.h"
#include "suites.h"

/* A run ends at a set's exact bytes; the coarse filter must never matter. */
static unsigned char escaped[256], marks[256];

static void
tables(void)
{
	int b;

	for (b = 0; b < 256; b++) {
		escaped[b] = b == '\t' || b == '\n' || b == '\r' || b == '\\';
		marks[b] = b == '"' || b == '\'' || b == '`' || b >= 0x80 ||
		    (b < 0x20 && b != '\t' && b != '\r');
	}
}

static size_t
naive(const char *p, size_t n, const unsigned char *stop)
{
	size_t i = 0;

	while (i < n && !stop[(unsigned char)p[i]])
		i++;
	return i;
}

/* Every start offset of a buffer with one stop byte at every position. */
static void
agrees(const struct scan_set *s, const char *filler, unsigned char stopper)
{
	char buf[80];
	size_t at, i, fl = strlen(filler);

	for (at = 0; at <= sizeof buf; at++) {
		for (i = 0; i < sizeof buf; i++)
			buf[i] = filler[i % fl];
		if (at < sizeof buf)
			buf[at] = (char)stopper;
		for (i = 0; i <= sizeof buf; i++)
			ck_assert_uint_eq(scan_plain(buf + i, sizeof buf - i, s),
			    naive(buf + i, sizeof buf - i, s->stop));
	}
}

START_TEST(escape_set)
{
	struct scan_set s = { { '\t', '\n', '\r', '\\' }, 0, escaped };

	tables();
	agrees(&s, "plain text, 12.5% \x01\xff", '\t');
	agrees(&s, "abcdefgh", '\\');
	agrees(&s, "abcdefgh", '\r');
}
END_TEST

START_TEST(coarse_set)
{
	/* TAB and CR pass the coarse filter's alarm but do not end a run. */
	struct scan_set s = { { '"', '\'', '`', '`' }, 1, marks };

	tables();
	agrees(&s, "Said he\tso\r", '"');
	agrees(&s, "abcdefgh", '\'');
	agrees(&s, "abc\tdefgh", '\n');
	agrees(&s, "abcdefgh", 0xE2);
	agrees(&s, "abcdefgh", '`');
}
END_TEST

/* The first capital or byte at or over 0x80, at every offset and edge. */
START_TEST(capitals)
{
	static const unsigned char stops[] = { 'A', 'M', 'Z', 0x80, 0xC3, 0xFF };
	char buf[70];
	size_t at, k, n;

	for (k = 0; k < sizeof stops; k++)
		for (at = 0; at <= sizeof buf; at++) {
			memset(buf, 'a', sizeof buf);
			buf[0] = '@';	/* the bytes either side of A-Z */
			buf[1] = '[';
			if (at < sizeof buf)
				buf[at] = (char)stops[k];
			for (n = 0; n <= sizeof buf; n += 7) {
				size_t want = at < n ? at : n;

				ck_assert_uint_eq(scan_caps(buf, n), want);
			}
		}
}
END_TEST

Suite *
scan_suite(void)
{
	Suite *s = suite_create("scan");
	TCase *tc = tcase_create("runs");

	tcase_add_test(tc, escape_set);
	tcase_add_test(tc, coarse_set);
	tcase_add_test(tc, capitals);
	suite_add_tcase(s, tc);
	return s;
}

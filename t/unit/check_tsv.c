#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "suites.h"
#include "tsv.h"

static void
escapes_to(const char *in, size_t n, const char *want, size_t wn)
{
	char out[256];
	size_t k = tsv_escape(out, in, n);

	ck_assert_uint_eq(k, wn);
	ck_assert_mem_eq(out, want, wn);
}

START_TEST(escape_vectors)
{
	escapes_to(LIT("He said \"no\"\ttwice"), LIT("He said \"no\"\\ttwice"));
	escapes_to(LIT("C:\\new"), LIT("C:\\\\new"));
	escapes_to(LIT("one\ntwo"), LIT("one\\ntwo"));
	escapes_to(LIT("a\r\nb"), LIT("a\\r\\nb"));
	/* NUL and invalid UTF-8 pass through untouched. */
	escapes_to(LIT("x\0y\xff\xc3"), LIT("x\0y\xff\xc3"));
	escapes_to(LIT(""), LIT(""));
}
END_TEST

START_TEST(unescape_keeps_unknown_pairs)
{
	char out[64];
	int pending = 0;
	size_t k = tsv_unescape(out, LIT("\\q\\N\\."), &pending);

	ck_assert_uint_eq(k, 6);
	ck_assert_mem_eq(out, "\\q\\N\\.", 6);
	ck_assert_int_eq(pending, 0);
}
END_TEST

/*
 * The mark: after the last byte written that the writer escapes, LFs
 * aside; a raw control byte anywhere marks the whole piece.
 */
START_TEST(unescape_marks_what_needs_escape)
{
	static const struct {
		const char *in;
		size_t mark;
	} v[] = {
		{ "plain text, long enough for a block or two of sixteen", 0 },
		{ "one\\nline\\nanother", 0 },
		{ "a\\tb plain after the tab, long enough for a block", 2 },
		{ "back\\\\slash", 5 },
		{ "\\q unknown", 1 },
		{ "cr\\r", 3 },
		{ "raw\rcr and more than sixteen bytes of text after it", 51 },
		{ "short\001", 6 },
	};
	size_t i;

	for (i = 0; i < sizeof v / sizeof v[0]; i++) {
		char out[128];
		int pending = 0;
		size_t mark = 99, n = strlen(v[i].in);

		tsv_unescape_marked(out, v[i].in, n, &pending, &mark);
		ck_assert_msg(mark == v[i].mark, "%s: mark %zu, not %zu",
		    v[i].in, mark, v[i].mark);
	}
}
END_TEST

/*
 * The LFs the escapes give, listed where they were written, whatever the
 * cut between two pieces (the list counts from each piece's start); a
 * raw byte up to CR, which may be a raw LF, leaves the list unknown.
 */
START_TEST(unescape_lists_the_lfs)
{
	static const char esc[] = "one\\n\\ntwo, a line long enough for "
	    "blocks of thirty-two bytes\\n\\\\n\\nthree\\n";
	size_t en = sizeof esc - 1, cut;

	for (cut = 0; cut <= en; cut++) {
		char out[128];
		uint32_t lf[64];
		size_t mark, nlf, k = 0, seen = 0, j, i;
		int pending = 0;
		const char *piece[2] = { esc, esc + cut };
		size_t len[2] = { cut, en - cut };

		for (j = 0; j < 2; j++) {
			size_t m = tsv_unescape_lines(out + k, piece[j], len[j],
			    &pending, &mark, lf, &nlf), here = 0;

			ck_assert_uint_ne(nlf, TSV_LF_UNKNOWN);
			for (i = 0; i < nlf; i++) {
				ck_assert_uint_lt(lf[i], m);
				ck_assert_int_eq(out[k + lf[i]], '\n');
				ck_assert(i == 0 || lf[i] > lf[i - 1]);
			}
			for (i = 0; i < m; i++)
				here += out[k + i] == '\n';
			ck_assert_uint_eq(nlf, here);
			seen += here;
			k += m;
		}
		ck_assert_uint_eq(seen, 5);
	}
	{
		char out[64];
		uint32_t lf[32];
		size_t mark, nlf;
		int pending = 0;

		tsv_unescape_lines(out, "raw\nlf", 6, &pending, &mark, lf, &nlf);
		ck_assert_uint_eq(nlf, TSV_LF_UNKNOWN);
	}
}
END_TEST

START_TEST(unescape_split_anywhere)
{
	/* Every byte and escape, cut at every position, gives the same bytes. */
	static const char raw[] = "a\\b\tc\nd\re\\\\f\0g\xe2\x80\x9c";
	char esc[64], out[64];
	size_t rn = sizeof raw - 1, en = tsv_escape(esc, raw, rn), cut;

	for (cut = 0; cut <= en; cut++) {
		int pending = 0;
		size_t k = tsv_unescape(out, esc, cut, &pending);
		k += tsv_unescape(out + k, esc + cut, en - cut, &pending);
		k += tsv_unescape_end(out + k, &pending);
		ck_assert_uint_eq(k, rn);
		ck_assert_mem_eq(out, raw, rn);
	}
}
END_TEST

START_TEST(unescape_trailing_backslash)
{
	char out[8];
	int pending = 0;
	size_t k = tsv_unescape(out, LIT("ab\\"), &pending);

	ck_assert_uint_eq(k, 2);
	ck_assert_int_eq(pending, 1);
	k += tsv_unescape_end(out + k, &pending);
	ck_assert_uint_eq(k, 3);
	ck_assert_mem_eq(out, "ab\\", 3);
}
END_TEST

START_TEST(round_trip_all_bytes)
{
	char raw[256], esc[512], back[257];
	size_t i, en, k;
	int pending = 0;

	for (i = 0; i < 256; i++)
		raw[i] = (char)i;
	en = tsv_escape(esc, raw, 256);
	ck_assert_uint_eq(en, 256 + 4);
	ck_assert_ptr_null(memchr(esc, '\t', en));
	ck_assert_ptr_null(memchr(esc, '\n', en));
	ck_assert_ptr_null(memchr(esc, '\r', en));
	k = tsv_unescape(back, esc, en, &pending);
	ck_assert_uint_eq(k, 256);
	ck_assert_mem_eq(back, raw, 256);
}
END_TEST

START_TEST(writer_buffers_and_formats)
{
	static struct tsv_out o;
	int fd[2];
	char got[128];
	ssize_t n;

	ck_assert_int_eq(pipe(fd), 0);
	tsv_init(&o, fd[1]);
	tsv_raw(&o, LIT("k1\t"));
	tsv_u64(&o, 0);
	tsv_tab(&o);
	tsv_u64(&o, 18446744073709551615ULL);
	tsv_tab(&o);
	tsv_esc(&o, LIT("a\tb\\"));
	tsv_endrow(&o);
	ck_assert_int_eq(tsv_close(&o), 0);
	close(fd[1]);
	n = read(fd[0], got, sizeof got);
	close(fd[0]);
	ck_assert_int_eq(n, 33);
	ck_assert_mem_eq(got, "k1\t0\t18446744073709551615\ta\\tb\\\\\n", 33);
}
END_TEST

/* Every digit count, and the numbers either side of each power of ten. */
START_TEST(writer_formats_every_width)
{
	static struct tsv_out o;
	static char got[4096], want[4096];
	uint64_t p = 1;
	size_t w = 0;
	int fd[2], k;
	ssize_t n;

	ck_assert_int_eq(pipe(fd), 0);
	tsv_init(&o, fd[1]);
	for (k = 0; k < 20; k++, p *= 10) {
		uint64_t v[3] = { p - 1, p, p + 7 };
		int j;

		for (j = 0; j < 3; j++) {
			tsv_u64(&o, v[j]);
			tsv_tab(&o);
			w += (size_t)snprintf(want + w, sizeof want - w, "%llu\t",
			    (unsigned long long)v[j]);
		}
	}
	ck_assert_int_eq(tsv_close(&o), 0);
	close(fd[1]);
	n = read(fd[0], got, sizeof got);
	close(fd[0]);
	ck_assert_int_eq(n, (ssize_t)w);
	ck_assert_mem_eq(got, want, w);
}
END_TEST

START_TEST(writer_reports_closed_pipe)
{
	static struct tsv_out o;
	int fd[2];

	ck_assert_int_eq(pipe(fd), 0);
	close(fd[0]);
	signal(SIGPIPE, SIG_IGN);
	tsv_init(&o, fd[1]);
	tsv_str(&o, "row");
	tsv_endrow(&o);
	ck_assert_int_eq(tsv_close(&o), -1);
	ck_assert_int_eq(o.err, EPIPE);
	close(fd[1]);
}
END_TEST

START_TEST(writer_large_field)
{
	/* A field larger than the buffer, all of it escaped, arrives whole. */
	static struct tsv_out o;
	static char big[200000];
	char tmpl[] = "/tmp/menafn-tsv-XXXXXX";
	int fd = mkstemp(tmpl);
	off_t size;

	ck_assert_int_ge(fd, 0);
	unlink(tmpl);
	memset(big, '\t', sizeof big);
	tsv_init(&o, fd);
	tsv_esc(&o, big, sizeof big);
	ck_assert_int_eq(tsv_close(&o), 0);
	size = lseek(fd, 0, SEEK_END);
	ck_assert_int_eq(size, 2 * (off_t)sizeof big);
	close(fd);
}
END_TEST

Suite *
tsv_suite(void)
{
	Suite *s = suite_create("tsv");
	TCase *tc = tcase_create("escape");

	tcase_add_test(tc, escape_vectors);
	tcase_add_test(tc, unescape_keeps_unknown_pairs);
	tcase_add_test(tc, unescape_marks_what_needs_escape);
	tcase_add_test(tc, unescape_lists_the_lfs);
	tcase_add_test(tc, unescape_split_anywhere);
	tcase_add_test(tc, unescape_trailing_backslash);
	tcase_add_test(tc, round_trip_all_bytes);
	suite_add_tcase(s, tc);
	tc = tcase_create("writer");
	tcase_add_test(tc, writer_buffers_and_formats);
	tcase_add_test(tc, writer_formats_every_width);
	tcase_add_test(tc, writer_reports_closed_pipe);
	tcase_add_test(tc, writer_large_field);
	suite_add_tcase(s, tc);
	return s;
}

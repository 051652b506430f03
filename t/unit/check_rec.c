#define _POSIX_C_SOURCE 200809L

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rec.h"
#include "suites.h"
#include "util.h"

/* Records are logged as H<keys> or <keys>[text], keys with their TABs. */
static void
on_header(void *ctx, const char *keys, size_t n)
{
	log_str(ctx, "H<");
	log_add(ctx, keys, n);
	log_str(ctx, ">");
}

static void
on_begin(void *ctx, const char *keys, size_t n)
{
	log_str(ctx, "<");
	log_add(ctx, keys, n);
	log_str(ctx, ">[");
}

static void
on_text(void *ctx, const char *p, size_t n)
{
	log_add(ctx, p, n);
}

static void
on_end(void *ctx)
{
	log_str(ctx, "]");
}

static const struct rec_ops ops = { on_header, on_begin, on_text, on_end,
	NULL };

static int
run(const char *in, size_t n, int header, int raw, size_t cap, struct log *l)
{
	struct rec_opts o = { header, raw, cap };
	struct rec_in ri;
	struct rd r;
	int rv;

	rec_init(&ri, &o);
	rd_init(&r, tmp_input(in, n), "in");
	rv = rec_run(&ri, &r, &ops, l);
	close(r.fd);
	rd_free(&r);
	rec_free(&ri);
	return rv;
}

#define EXPECT(l, s) do { \
	ck_assert_uint_eq((l)->len, sizeof(s) - 1); \
	ck_assert_mem_eq((l)->buf, s, sizeof(s) - 1); \
} while (0)

START_TEST(keys_and_unescaped_text)
{
	static struct log l;

	ck_assert_int_eq(run(LIT("1\tx\\ty\\\\z\\nw\\q\n2\t\n"), 0, 0, 1024,
	    &l), 0);
	EXPECT(&l, "<1\t>[x\ty\\z\nw\\q]<2\t>[]");
}
END_TEST

START_TEST(text_only_records)
{
	static struct log l;

	ck_assert_int_eq(run(LIT("one\ntwo"), 0, 0, 1024, &l), 0);
	EXPECT(&l, "<>[one]<>[two]");
}
END_TEST

START_TEST(header_row)
{
	static struct log l;

	ck_assert_int_eq(run(LIT("doc\tsrc\ttext\n1\tA\tbody\n"), 1, 0, 1024,
	    &l), 0);
	EXPECT(&l, "H<doc\tsrc\t><1\tA\t>[body]");
}
END_TEST

START_TEST(wrong_field_count_is_skipped)
{
	static struct log l;

	ck_assert_int_eq(run(LIT("1\ta\tx\n2\ty\n3\tb\tz\n"), 0, 0, 1024,
	    &l), 1);
	EXPECT(&l, "<1\ta\t>[x]<3\tb\t>[z]");
}
END_TEST

START_TEST(raw_is_one_text)
{
	static struct log l;

	ck_assert_int_eq(run(LIT("a\tb\\n\nc"), 0, 1, 1024, &l), 0);
	EXPECT(&l, "<>[a\tb\\n\nc]");
}
END_TEST

START_TEST(long_text_streams)
{
	/* A text far over the cap streams through; its keys stay whole. */
	static struct log l;
	size_t n = 200000, i;	/* escaped text bytes: 50000 times "ab\n" */
	char *in = malloc(n + 3);

	memcpy(in, "k\t", 2);
	for (i = 0; i < n; i++)
		in[2 + i] = "ab\\n"[i % 4];
	in[n + 2] = '\n';
	ck_assert_int_eq(run(in, n + 3, 0, 0, 64, &l), 0);
	/* "<k\t>[" + 50000 * 3 unescaped bytes + "]" */
	ck_assert_uint_eq(l.len, 5 + 150000 + 1);
	ck_assert_mem_eq(l.buf, "<k\t>[", 5);
	ck_assert_mem_eq(l.buf + 5, "ab\nab\n", 6);
	free(in);
}
END_TEST

START_TEST(long_key_is_an_error)
{
	static struct log l;
	char in[100];

	memset(in, 'k', sizeof in);
	in[80] = '\t';
	in[99] = '\n';
	ck_assert_int_eq(run(in, sizeof in, 0, 0, 32, &l), 1);
	ck_assert_uint_eq(l.len, 0);
}
END_TEST

START_TEST(backslash_at_end)
{
	static struct log l;

	ck_assert_int_eq(run(LIT("k\tab\\\n"), 0, 0, 1024, &l), 0);
	EXPECT(&l, "<k\t>[ab\\]");
}
END_TEST

START_TEST(keys_over_several_loads)
{
	/*
	 * Keys split where they lie: six of them over more than two loads of
	 * 32 bytes, then short ones; a TAB in the text or a key too few is
	 * a record of another field count, skipped.
	 */
	static struct log l;

	ck_assert_int_eq(run(LIT(
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\tb\t"
	    "cccccccccccccccccccccccccccccccccccccc\td\te\tf\ttext one\n"
	    "1\t2\t3\t4\t5\t6\tx\\ty\n"
	    "1\t2\t3\t4\t5\t6\tx\ty\n"
	    "1\t2\t3\t4\t5\ttoo few\n"
	    "aaaaaaaaaaaaaaaaaaaaaaaaaa\tb\tc\td\te\tf\tlast\n"), 0, 0, 1024,
	    &l), 1);
	EXPECT(&l, "<aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\tb\t"
	    "cccccccccccccccccccccccccccccccccccccc\td\te\tf\t>[text one]"
	    "<1\t2\t3\t4\t5\t6\t>[x\ty]"
	    "<aaaaaaaaaaaaaaaaaaaaaaaaaa\tb\tc\td\te\tf\t>[last]");
}
END_TEST

START_TEST(key_over_cap_in_a_line_over_cap)
{
	/* A line longer than the cap: its keys are checked, its text is not. */
	static struct log l;

	ck_assert_int_eq(run(LIT("k\tshort\n"
	    "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\tthe key is too long\n"
	    "k2\ta text longer than the cap of thirty-two bytes\n"), 0, 0, 32,
	    &l), 1);
	EXPECT(&l, "<k\t>[short]"
	    "<k2\t>[a text longer than the cap of thirty-two bytes]");
}
END_TEST

START_TEST(key_across_pieces)
{
	/*
	 * A line longer than the reader's buffer (64 KiB): its keys are
	 * copied as they pass, the second cut between the two pieces; the
	 * next line, whole, has its keys where they lie again.
	 */
	static struct log l;
	static const char tail[] = "\tkkkk\ttext\nx\ty\tz\n";
	static const char got[] = "\tkkkk\t>[text]<x\ty\t>[z]";
	size_t a = 65534, n = a + sizeof tail - 1, m = 1 + a + sizeof got - 1;
	char *in = malloc(n), *want = malloc(m);

	memset(in, 'a', a);
	memcpy(in + a, tail, sizeof tail - 1);
	ck_assert_int_eq(run(in, n, 0, 0, (size_t)1 << 20, &l), 0);
	want[0] = '<';
	memset(want + 1, 'a', a);
	memcpy(want + 1 + a, got, sizeof got - 1);
	ck_assert_uint_eq(l.len, m);
	ck_assert_mem_eq(l.buf, want, m);
	free(want);
	free(in);
}
END_TEST

Suite *
rec_suite(void)
{
	Suite *s = suite_create("rec");
	TCase *tc = tcase_create("records");

	tcase_add_test(tc, keys_and_unescaped_text);
	tcase_add_test(tc, text_only_records);
	tcase_add_test(tc, header_row);
	tcase_add_test(tc, wrong_field_count_is_skipped);
	tcase_add_test(tc, raw_is_one_text);
	tcase_add_test(tc, long_text_streams);
	tcase_add_test(tc, long_key_is_an_error);
	tcase_add_test(tc, backslash_at_end);
	tcase_add_test(tc, keys_over_several_loads);
	tcase_add_test(tc, key_over_cap_in_a_line_over_cap);
	tcase_add_test(tc, key_across_pieces);
	suite_add_tcase(s, tc);
	return s;
}

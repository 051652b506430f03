#include <stdint.h>
#include <string.h>

#include "paras.h"
#include "suites.h"
#include "util.h"

/* Paragraphs are logged as start-end:text; cut pieces as start-end!text. */
static void
on_para(void *ctx, uint64_t start, uint64_t end, const char *text, int cut)
{
	log_u64(ctx, start);
	log_str(ctx, "-");
	log_u64(ctx, end);
	log_str(ctx, cut ? "!" : ":");
	log_add(ctx, text, (size_t)(end - start));
	log_str(ctx, ";");
}

static void
split(const char *text, size_t n, size_t step, size_t cap, struct log *l)
{
	struct paras ps;
	size_t i;

	paras_init(&ps, cap, on_para, l);
	paras_begin(&ps);
	for (i = 0; i < n; i += step)
		paras_feed(&ps, text + i, n - i < step ? n - i : step);
	paras_end(&ps);
	paras_free(&ps);
}

/* The same paragraphs whatever the size of the pieces fed. */
#define SPLITS_TO(in, cap, want) do { \
	static struct log l_; \
	size_t step_; \
	for (step_ = 1; step_ <= sizeof(in) + 1; step_ = step_ * 2 + 1) { \
		l_.len = 0; \
		split(in, sizeof(in) - 1, step_, cap, &l_); \
		ck_assert_msg(l_.len == sizeof(want) - 1 && \
		    memcmp(l_.buf, want, l_.len) == 0, \
		    "step %zu: got '%.*s'", step_, (int)l_.len, l_.buf); \
	} \
} while (0)

START_TEST(blank_lines_separate)
{
	SPLITS_TO("One.\n\nTwo a\nTwo b\n \t\r\n\n  Three  \n", 1024,
	    "0-4:One.;6-17:Two a\nTwo b;25-30:Three;");
}
END_TEST

START_TEST(no_blank_line_splits_lines)
{
	SPLITS_TO("a\nb b\n  c\n", 1024, "0-1:a;2-5:b b;8-9:c;");
	SPLITS_TO("single", 1024, "0-6:single;");
}
END_TEST

START_TEST(empty_and_blank_texts)
{
	SPLITS_TO("", 1024, "");
	SPLITS_TO(" \n\r\n\t", 1024, "");
}
END_TEST

START_TEST(crlf_paragraphs)
{
	SPLITS_TO("a\r\nb\r\n\r\nc\r\n", 1024, "0-4:a\r\nb;8-9:c;");
}
END_TEST

START_TEST(long_paragraph_cut_at_spaces)
{
	/* cap 16: pieces of at most 16 bytes, cut after a space. */
	SPLITS_TO("aaaa bbbb cccc dddd eeee\n\nf", 16,
	    "0-14!aaaa bbbb cccc;15-24:dddd eeee;26-27:f;");
}
END_TEST

START_TEST(long_word_cut_at_cap)
{
	SPLITS_TO("abcdefghijklmnopqrstu\n\nz", 16,
	    "0-16!abcdefghijklmnop;16-21:qrstu;23-24:z;");
}
END_TEST

START_TEST(no_blank_within_cap_means_lines)
{
	/* With a cap of 16 the blank line comes too late: lines it is. */
	SPLITS_TO("line one\nline two\nline three\n\nlast", 16,
	    "0-8:line one;9-17:line two;18-28:line three;30-34:last;");
}
END_TEST

Suite *
paras_suite(void)
{
	Suite *s = suite_create("paras");
	TCase *tc = tcase_create("split");

	tcase_add_test(tc, blank_lines_separate);
	tcase_add_test(tc, no_blank_line_splits_lines);
	tcase_add_test(tc, empty_and_blank_texts);
	tcase_add_test(tc, crlf_paragraphs);
	tcase_add_test(tc, long_paragraph_cut_at_spaces);
	tcase_add_test(tc, long_word_cut_at_cap);
	tcase_add_test(tc, no_blank_within_cap_means_lines);
	suite_add_tcase(s, tc);
	return s;
}

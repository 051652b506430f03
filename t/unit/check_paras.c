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
split_in(const char *text, size_t n, size_t step, size_t cap,
    enum paras_mode force, struct log *l)
{
	struct paras ps;
	size_t i;

	paras_init(&ps, cap, on_para, l);
	ps.force = force;
	paras_begin(&ps);
	for (i = 0; i < n; i += step)
		paras_feed(&ps, text + i, n - i < step ? n - i : step);
	paras_end(&ps);
	paras_free(&ps);
}

/* The same paragraphs whatever the size of the pieces fed. */
#define SPLITS_TO(in, cap, want) SPLITS_IN(in, cap, PARAS_UNDECIDED, want)
#define SPLITS_IN(in, cap, force, want) do { \
	static struct log l_; \
	size_t step_; \
	for (step_ = 1; step_ <= sizeof(in) + 1; step_ = step_ * 2 + 1) { \
		l_.len = 0; \
		split_in(in, sizeof(in) - 1, step_, cap, force, &l_); \
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

/*
 * Wrapped at 40: a short line after a sentence end ends a paragraph, a
 * full one does not, nor does a short one that ends no sentence; an
 * indented line begins one.
 */
#define WRAPPED \
	"The council met on Monday to discuss the\n" \
	"budget for next year. The mayor said it\n" \
	"would spend more on schools.\n" \
	"Critics said the plan was not enough and\n" \
	"that the roads were in a poor state.\n" \
	"Work on the bridge starts in May.\n" \
	"  An indented line opens a paragraph\n" \
	"of its own, and this last one ends it.\n"
#define WRAPPED_LINES \
	"The council met on Monday to discuss the\n" \
	"budget for next year. The mayor said it\n" \
	"would spend more on schools.\n" \
	"Critics said the plan was not enough and\n" \
	"that the roads were in a poor state.\n" \
	"Work on the bridge starts in May.\n" \
	"  An indented line opens a paragraph\n" \
	"of its own, and this last one ends it."
#define WRAPPED_PARAS \
	"0-109:The council met on Monday to discuss the\n" \
	"budget for next year. The mayor said it\n" \
	"would spend more on schools.;" \
	"110-221:Critics said the plan was not enough and\n" \
	"that the roads were in a poor state.\n" \
	"Work on the bridge starts in May.;" \
	"224-297:An indented line opens a paragraph\n" \
	"of its own, and this last one ends it.;"

START_TEST(wrapped_lines_joined)
{
	SPLITS_TO(WRAPPED, 1024, WRAPPED_PARAS);
	/* No final LF; CRLF line ends, their CRs inside the text. */
	SPLITS_TO("A first line that is cut in the middle\nof a sentence, "
	    "and a second that is\nfull, then the end.", 1024,
	    "0-94:A first line that is cut in the middle\nof a sentence, "
	    "and a second that is\nfull, then the end.;");
	SPLITS_TO("A first line that is cut in the middle\r\nof a sentence, "
	    "and a second that is\r\nfull, then the end.\r\n", 1024,
	    "0-96:A first line that is cut in the middle\r\nof a sentence, "
	    "and a second that is\r\nfull, then the end.;");
}
END_TEST

START_TEST(wrapped_decided_at_cap)
{
	/*
	 * Cap 200: the mode is decided on the five lines before the one
	 * holding byte 200, and the rest is read as wrapped text too.
	 */
	SPLITS_TO(WRAPPED, 200, WRAPPED_PARAS);
}
END_TEST

START_TEST(lines_of_paragraphs_stay_lines)
{
	/* Lines of very different widths that end sentences. */
	SPLITS_TO("A first paragraph, written on one line, that ends here.\n"
	    "A short one.\n"
	    "And a third of yet another length, ending too.\n", 1024,
	    "0-55:A first paragraph, written on one line, that ends here.;"
	    "56-68:A short one.;"
	    "69-115:And a third of yet another length, ending too.;");
	/* Too narrow to be taken for wrapped text. */
	SPLITS_TO("a b c d\ne f g h\ni j k l\nm\n", 1024,
	    "0-7:a b c d;8-15:e f g h;16-23:i j k l;24-25:m;");
}
END_TEST

START_TEST(forced_modes)
{
	SPLITS_IN(WRAPPED, 1024, PARAS_BLANK, "0-297:" WRAPPED_LINES ";");
	SPLITS_IN("one\ntwo\n\nthree\n", 1024, PARAS_BLANK,
	    "0-7:one\ntwo;9-14:three;");
	SPLITS_IN(WRAPPED, 1024, PARAS_LINE,
	    "0-40:The council met on Monday to discuss the;"
	    "41-80:budget for next year. The mayor said it;"
	    "81-109:would spend more on schools.;"
	    "110-150:Critics said the plan was not enough and;"
	    "151-187:that the roads were in a poor state.;"
	    "188-221:Work on the bridge starts in May.;"
	    "224-258:An indented line opens a paragraph;"
	    "259-297:of its own, and this last one ends it.;");
	SPLITS_IN("one\ntwo\n\nthree\n", 1024, PARAS_LINE,
	    "0-3:one;4-7:two;9-14:three;");
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
	tcase_add_test(tc, wrapped_lines_joined);
	tcase_add_test(tc, wrapped_decided_at_cap);
	tcase_add_test(tc, lines_of_paragraphs_stay_lines);
	tcase_add_test(tc, forced_modes);
	suite_add_tcase(s, tc);
	return s;
}

#include <stdint.h>
#include <string.h>

#include "numbers.h"
#include "numbers/nx.h"
#include "suites.h"
#include "util.h"
#include "win.h"

Suite *numbers_suite(void);

/* Numbers are logged as value|kind|unit|text; */
static void
on_num(void *ctx, const struct nx_num *n)
{
	log_add(ctx, n->value, n->valuelen);
	log_str(ctx, "|");
	log_str(ctx, nx_kind_name[n->kind]);
	log_str(ctx, "|");
	log_str(ctx, n->unit);
	log_str(ctx, "|");
	log_add(ctx, n->text, (size_t)(n->end - n->start));
	log_str(ctx, ";");
}

/* With offsets: start-end:text; */
static void
on_span(void *ctx, const struct nx_num *n)
{
	log_u64(ctx, n->start);
	log_str(ctx, "-");
	log_u64(ctx, n->end);
	log_str(ctx, ":");
	log_add(ctx, n->text, (size_t)(n->end - n->start));
	log_str(ctx, ";");
}

enum { X_BOUNDS = 1, X_EXTENDED = 2 };	/* the options -b, -e */

/*
 * Feed text in pieces of step bytes through a window, as the tool does,
 * dropping what the scanner says it no longer needs; step 0 means whole.
 */
static void
scan(const char *text, size_t n, size_t step, unsigned kinds, int flags,
    nx_emit_fn *fn, struct log *l)
{
	struct nx_opts o;
	struct nx x;
	struct win w;
	size_t i, k;
	uint64_t keep;

	memset(&o, 0, sizeof o);
	o.kinds = kinds;
	o.bounds = flags & X_BOUNDS;
	o.extended = (flags & X_EXTENDED) != 0;
	nx_init(&x, &o);
	if (step == 0) {
		nx_scan(&x, text, 0, n, 1, fn, l);
		return;
	}
	win_init(&w, NX_LOOKAHEAD + NX_LOOKBEHIND);
	for (i = 0; i < n; i += k) {
		k = n - i < step ? n - i : step;
		win_append(&w, text + i, k);
		keep = nx_scan(&x, w.buf, w.base, w.len, 0, fn, l);
		ck_assert(keep + WIN_KEEP(NX_LOOKAHEAD + NX_LOOKBEHIND) >=
		    w.base + w.len);
		win_drop(&w, keep);
	}
	nx_scan(&x, w.buf, w.base, w.len, 1, fn, l);
	win_free(&w);
}

/* The same rows whole and in pieces of 1, 3, 7, 15 ... bytes. */
#define FINDS_KB(in, kinds, flags, fn, want) do { \
	static struct log l_; \
	static const size_t steps_[] = { 0, 1, 2, 3, 7, 31, 255, 256, 257, 4096 }; \
	size_t s_; \
	for (s_ = 0; s_ < sizeof steps_ / sizeof steps_[0]; s_++) { \
		l_.len = 0; \
		scan(in, sizeof(in) - 1, steps_[s_], kinds, flags, fn, &l_); \
		ck_assert_msg(l_.len == sizeof(want) - 1 && \
		    memcmp(l_.buf, want, l_.len) == 0, \
		    "step %zu: got '%.*s'", steps_[s_], (int)l_.len, l_.buf); \
	} \
} while (0)
#define FINDS_K(in, kinds, fn, want) FINDS_KB(in, kinds, 0, fn, want)
#define FINDS(in, want) FINDS_K(in, 0, on_num, want)

/*
 * Every table of the lexicon fits the index derived from it at nx_init:
 * the slots of each word index, the room for the words after a number
 * with the forms of magnitudes.def, the longest word the length filter
 * knows.  A table that outgrows its index fails here, not in the field.
 */
START_TEST(lexicon_fits_its_indexes)
{
	struct nx x;

	nx_init(&x, NULL);
	ck_assert_int_eq(nx_lexicon_check(), 0);
	/* and the screen derived from them knows every code */
	ck_assert(nx_screen_word((const unsigned char *)"ZAR", 3) & SCR_HOTCAP);
	ck_assert(nx_screen_word((const unsigned char *)"mar", 3) & SCR_HOTCAP);
}
END_TEST

START_TEST(sample_article)
{
	/* The sentences of sample/ukrinform.txt that hold numbers. */
	FINDS("Lyashko noted that Japan is\xe2\x80\x9c" "one of the most "
	    "reliable and consistent partners\xe2\x80\x9d for Ukraine. "
	    "the supply of modern medical equipment for hospitals worth about "
	    "USD 30 million. Humanitarian aid was also envisaged: in "
	    "particular, 20 ambulances and 5 portable ultrasound machines "
	    "were recently transferred to primary healthcare facilities in "
	    "Kharkiv Oblast. In addition, the medical institutions received "
	    "20 additional vehicles for primary care and 10 modern "
	    "endoscopes.\n\nAs Ukrinform reported earlier, communities in six "
	    "regions of Ukraine received 20 mobile clinics equipped to "
	    "European medical and safety standards.",
	    "30000000|currency|USD|USD 30 million;"
	    "20|number|ambulances|20;5|number|machines|5;"
	    "20|number|vehicles|20;10|number|endoscopes|10;"
	    "6|number|regions|six;20|number|clinics|20;");
}
END_TEST

START_TEST(offsets)
{
	/* "worth " is 6 bytes; "USD 30 million" 14; ", " then "20" */
	FINDS_K("worth USD 30 million, 20 cars", 0, on_span,
	    "6-20:USD 30 million;22-24:20;");
	FINDS_K("\xc2\xbd and 3\xc2\xbc", 0, on_span,
	    "0-2:\xc2\xbd;7-10:3\xc2\xbc;");
}
END_TEST

START_TEST(extended_with_kinds)
{
	/* the kinds filter applies to the extended readings too */
	FINDS_KB("the last 5%", 1u << NX_PERCENT, X_EXTENDED, on_num,
	    "5|percent|%|5%;");
}
END_TEST

START_TEST(kinds_filter)
{
	unsigned m;

	ck_assert_int_eq(nx_kinds_parse(LIT("currency,percent"), &m), 0);
	ck_assert_uint_eq(m, (1u << NX_CURRENCY) | (1u << NX_PERCENT));
	ck_assert_int_eq(nx_kinds_parse(LIT("number"), &m), 0);
	ck_assert_uint_eq(m, 1u << NX_NUMBER);
	ck_assert_int_eq(nx_kinds_parse(LIT("numbers"), &m), -1);
	ck_assert_int_eq(nx_kinds_parse(LIT(""), &m), -1);
	ck_assert_int_eq(nx_kinds_parse(LIT("number,"), &m), -1);
	FINDS_K("5%, $3, 7 cars in 2024", (1u << NX_CURRENCY) |
	    (1u << NX_PERCENT), on_num,
	    "5|percent|%|5%;3|currency|USD|$3;");
}
END_TEST

START_TEST(bytes_pass)
{
	/* NUL, invalid UTF-8 and long runs without numbers are no trouble */
	FINDS("\xff\xfe 7 \0 8 \xe2\x82", "7|number||7;8|number||8;");
	FINDS("", "");
}
END_TEST

/*
 * The spans of text[0, n) fed in pieces of each size in steps are those
 * of the text fed whole, and there are at least min bytes of them.
 */
static void
same_in_pieces(const char *text, size_t n, const size_t *steps,
    size_t nsteps, size_t min)
{
	static struct log whole, part;
	size_t i;

	whole.len = 0;
	scan(text, n, 0, 0, 0, on_span, &whole);
	ck_assert(whole.len > min);
	for (i = 0; i < nsteps; i++) {
		part.len = 0;
		scan(text, n, steps[i], 0, 0, on_span, &part);
		ck_assert_int_eq(part.len, whole.len);
		ck_assert_mem_eq(part.buf, whole.buf, whole.len);
	}
}

START_TEST(long_text_in_pieces)
{
	/* Numbers at every distance from a piece boundary. */
	static char text[20000];
	static const size_t steps[] = { 1, 5, 64, 255, 256, 300, 4096 };
	size_t n = 0;

	while (n + 80 < sizeof text) {
		static const char s[] = "between 5 and 7 tons, USD 30 million, "
		    "twenty-five ofone 2024-25 QR2.3bn x ";
		memcpy(text + n, s, sizeof s - 1);
		n += sizeof s - 1 - n % 7;
	}
	same_in_pieces(text, n, steps, sizeof steps / sizeof steps[0], 1000);
}
END_TEST

START_TEST(long_runs_in_pieces)
{
	/* Runs of digits and letters longer than the look-ahead. */
	static char text[30000];
	static const size_t steps[] = { 1, 7, 255, 256, 257, 1000 };
	size_t n = 0, k;

	while (n + 1000 < sizeof text) {
		memcpy(text + n, "x ID", 4);
		n += 4;
		for (k = 0; k < 300 + n % 211; k++)
			text[n++] = (char)('0' + k % 10);
		memcpy(text + n, " 5 one ", 7);
		n += 7;
		for (k = 0; k < 270 + n % 97; k++)
			text[n++] = 'a';
		memcpy(text + n, "one 7 ", 6);
		n += 6;
	}
	same_in_pieces(text, n, steps, sizeof steps / sizeof steps[0], 100);
}
END_TEST

/* Rules added from the held-out articles (t/heldout/numbers/). */
Suite *
numbers_suite(void)
{
	Suite *s = suite_create("numbers");
	TCase *tc = tcase_create("numbers");

	tcase_add_test(tc, lexicon_fits_its_indexes);
	tcase_add_test(tc, sample_article);
	tcase_add_test(tc, offsets);
	tcase_add_test(tc, extended_with_kinds);
	tcase_add_test(tc, kinds_filter);
	tcase_add_test(tc, bytes_pass);
	tcase_add_test(tc, long_text_in_pieces);
	tcase_add_test(tc, long_runs_in_pieces);
	suite_add_tcase(s, tc);
	return s;
}

/*
 * The screen of the number scanner (lib/numbers/nxscreen.c): it must stop
 * at every word of every table it is derived from, wherever the word
 * lies in a block of 64 bytes, so that a row added to a table is found
 * with no other edit; it must answer nx_hot_find as the table read in
 * order does; and it must step over the common words.
 */
#include <stdint.h>
#include <string.h>

#include "numbers.h"
#include "numbers/nx.h"
#include "utf8.h"
#include "suites.h"

Suite *screen_suite(void);

static const struct nx_opts all_opts = { 0, 1, 1 };	/* -b -e */
static const struct nx_opts no_opts = { 0, 0, 0 };

/*
 * The positions the scan reads in buf[0, n) from 0, as nx_scan takes
 * them: a byte over 0x7F that is no symbol is stepped over; a word is
 * read to its end.  Written into at[], at most max; returns how many.
 */
static size_t
stops(const char *buf, size_t n, const struct nx_opts *o, size_t *at,
    size_t max)
{
	const unsigned char *b = (const unsigned char *)buf;
	struct nx_cursor c;
	size_t p = 0, q, we, k = 0;
	unsigned what;

	nx_cursor_init(&c, b, n, n, o);
	while ((q = nx_cursor_next(&c, p, &we, &what)) < n) {
		if (!(nx_cls[b[q]] & (C_ALPHA | C_DIG | C_SYM))) {
			p = q + 1;
			continue;
		}
		if (k < max)
			at[k++] = q;
		p = nx_cls[b[q]] & C_ALPHA ? we : q + 1;
	}
	return k;
}

/*
 * Does the scan stop at the word w put at each offset of a block?  A
 * number word follows it, as an article needs ("a dozen").
 */
static void
stops_at(const char *w, size_t n, const struct nx_opts *o)
{
	char buf[200];
	size_t at[64], k, off, i;
	int found;

	for (off = 0; off < 70; off++) {
		memset(buf, ' ', sizeof buf);
		for (i = 0; i + 5 <= off; i += 4)
			memcpy(buf + i, "the ", 4);
		memcpy(buf + off, w, n);
		memcpy(buf + off + n, " dozen", 6);
		k = stops(buf, off + n + 10, o, at, 64);
		for (found = 0, i = 0; i < k; i++)
			found |= at[i] == off;
		ck_assert_msg(found, "'%.*s' at %zu not found", (int)n, w, off);
	}
}

static size_t
first_len(const char *s)
{
	size_t n = 0;

	while (s[n] != '\0' && s[n] != ' ')
		n++;
	return n;
}

/* nx_hot_find as the table says it: the first row that fits, in order. */
static const struct lx *
hot_in_order(const char *p, size_t n)
{
	size_t i, k;

	for (i = 0; i < nx_nhot; i++) {
		const struct lx *w = &nx_hot[i];

		if (w->type == 0 || w->n != n)
			continue;
		for (k = 0; k < n && lex_lower((unsigned char)p[k]) ==
		    lex_lower((unsigned char)w->s[k]); k++)
			;
		if (k < n || ((w->flags & F_EXACT) && memcmp(p, w->s, n)) ||
		    ((w->flags & F_CAP) && !(p[0] >= 'A' && p[0] <= 'Z')))
			continue;
		return w;
	}
	return NULL;
}

/* Each row of the words that start a number, in each case it may take. */
START_TEST(screen_finds_every_hot_word)
{
	const struct lx *w;
	struct nx x;
	char v[NX_HOTLEN + 1];
	size_t i, k, n;
	int form;

	nx_init(&x, NULL);
	for (i = 0; i < nx_nhot; i++) {
		if (nx_hot[i].type == 0 || nx_hot[i].n == 0)
			continue;
		n = first_len(nx_hot[i].s);
		ck_assert_uint_le(n, NX_HOTLEN);
		for (form = 0; form < 3; form++) {
			for (k = 0; k < n; k++)
				v[k] = (char)(form == 2 || (form == 1 && k == 0) ?
				    nx_hot[i].s[k] & ~0x20 : lex_lower(
				    (unsigned char)nx_hot[i].s[k]));
			w = hot_in_order(v, n);
			ck_assert_ptr_eq(nx_hot_find((unsigned char *)v, n), w);
			/* comparisons are read with -b only */
			if (w != NULL)
				stops_at(v, n, w->type == W_CMP ? &all_opts :
				    &no_opts);
		}
	}
	ck_assert_ptr_null(nx_hot_find((const unsigned char *)LIT("the")));
	ck_assert_ptr_null(nx_hot_find((const unsigned char *)LIT("The")));
}
END_TEST

/* Glued number words, web addresses, the extended readings, decades. */
START_TEST(screen_finds_every_other_word)
{
	struct nx x;
	char v[64];
	size_t g, i, gn, n;

	nx_init(&x, NULL);
	for (g = 0; g < nx_nglue; g++)
		for (i = 0; i < nx_nhot; i++) {
			gn = strlen(nx_glue[g]);
			n = first_len(nx_hot[i].s);
			if ((nx_hot[i].type != W_NUM && nx_hot[i].type != W_ORD) ||
			    n == 0 || gn + n > 16)
				continue;
			memcpy(v, nx_glue[g], gn);
			memcpy(v + gn, nx_hot[i].s, n);
			stops_at(v, gn + n, &no_opts);
		}
	for (i = 0; i < nx_nrel; i++)
		stops_at(nx_rel[i].s, first_len(nx_rel[i].s), &all_opts);
	for (i = 0; i < nx_npct; i++)
		stops_at(nx_pct_alone[i].s, first_len(nx_pct_alone[i].s),
		    &all_opts);
	stops_at(LIT("http"), &no_opts);
	stops_at(LIT("HTTPS"), &no_opts);
	stops_at(LIT("www"), &no_opts);
	for (i = 0; i < nx_nsuf; i++)
		if (nx_suf[i].type == S_DIM && nx_suf[i].val > 0)
			ck_assert(nx_screen_word((const unsigned char *)
			    nx_suf[i].s, first_len(nx_suf[i].s)) & SCR_AFTER_A);
}
END_TEST

/* The common words are stepped over; comparisons only with -b. */
START_TEST(screen_steps_over_words)
{
	static const char text[] = "The said of the and this that is at no "
	    "more than (it's) over THE ungovernable internationalisations.";
	size_t at[8];
	struct nx x;

	nx_init(&x, NULL);
	ck_assert_uint_eq(stops(LIT(text), &no_opts, at, 8), 0);
	ck_assert_uint_eq(stops(LIT("at 5 %"), &no_opts, at, 8), 1);
	ck_assert_uint_eq(at[0], 3);
	ck_assert_uint_eq(stops(LIT("at 5 %"), &all_opts, at, 8), 3);
	ck_assert_uint_eq(at[0], 0);
	ck_assert_uint_eq(at[2], 5);
	/* the sign before digits is the scan's to read, not the screen's */
	ck_assert_uint_eq(stops(LIT("x -5 $ \xe2\x82\xac \xc3\xa9"), &no_opts,
	    at, 8), 3);
	ck_assert_uint_eq(at[0], 3);
	ck_assert_uint_eq(at[1], 5);
	ck_assert_uint_eq(at[2], 7);
	/* an article with no blank after it starts nothing */
	ck_assert_uint_eq(stops(LIT("\"a\"A\"an,a\ta dozen"), &no_opts, at, 8),
	    2);
	ck_assert_uint_eq(at[0], 10);
	ck_assert_uint_eq(at[1], 12);
	/* nor does one before a word that makes no number ("a" at 8 too) */
	ck_assert_uint_eq(stops(LIT("a new A man an idea a decade"), &no_opts,
	    at, 8), 1);
	ck_assert_uint_eq(at[0], 20);
	/* quotation marks and dashes are stepped over; the minus sign not */
	ck_assert_uint_eq(stops(LIT("\xe2\x80\x9c" "5\xe2\x80\x9d \xe2\x80\x94 "
	    "\xc2\xa0 \xe2\x88\x92" "4"), &no_opts, at, 8), 3);
	ck_assert_uint_eq(at[0], 3);
	ck_assert_uint_eq(at[1], 15);
	ck_assert_uint_eq(at[2], 18);
}
END_TEST

/*
 * Is the word b[p, e) of n one the scan reads, with -b -e (all) or none?
 * An article with no blank after it is stepped over, and so is one
 * before what makes no number (nx_a_number).
 */
static int
word_read(const unsigned char *b, size_t p, size_t e, size_t n, int all)
{
	unsigned f = nx_screen_word(b + p, e - p);

	if (p > 0 && ISALPHA(b[p - 1]))
		return 0;	/* inside a word */
	if ((f & (SCR_ARTICLE | SCR_URL | SCR_EXT)) == SCR_ARTICLE &&
	    (e >= n || (b[e] != ' ' && b[e] != '\t') ||
	    !nx_a_number(b, e, n, p)))
		return 0;
	return (f & (SCR_HOT | SCR_GLUE | SCR_URL)) ||
	    (all && (f & (SCR_CMP | SCR_EXT))) ||
	    ((f & SCR_HOTCAP) && b[p] <= 'Z');
}

/*
 * Is the byte at b[p] (of n) a lead byte whose character, whole, starts
 * no number (a quotation mark, a dash)?  Its length then, else 0: the
 * screen steps over it, for the lead bytes whose every sequence is one.
 */
static size_t
stepped_char(const unsigned char *b, size_t p, size_t n)
{
	int32_t cp;
	size_t k;

	if (b[p] < 0xC2 || b[p] > 0xEF || b[p] == 0xE0 || b[p] == 0xED)
		return 0;
	k = u8_decode(b + p, n - p, &cp);
	return k > 1 && cp != NX_MINUS && !nx_sym_before(cp) ? k : 0;
}

/* Against the byte at a time: every start and length of a mixed text. */
START_TEST(screen_agrees_with_bytes)
{
	static const char text[] =
	    "In 2024 the firm's revenue rose 12.5% to $3.2bn, from one "
	    "hundred\xe2\x80\x94\xe2\x80\x9c" "five\xe2\x80\x9d ofone x-7 "
	    "(KD 40) Mayday May <5 www.a.b ninety-nine people, caf\xc3\xa9s "
	    "\xc2\xa3" "5 thousandths and the internationalisationsofsix, "
	    "a new a dozen A  fifth an\thour a year and a half an ";
	size_t at[128], want[128], k, w, i, p, e, n, oi;
	const struct nx_opts *os[2] = { &no_opts, &all_opts };
	const unsigned char *b = (const unsigned char *)text;
	struct nx x;

	nx_init(&x, NULL);
	for (oi = 0; oi < 2; oi++)
		for (n = 0; n <= sizeof text - 1; n++) {
			k = stops(text, n, os[oi], at, 128);
			for (w = 0, p = 0; p < n; p++) {
				unsigned c = nx_cls[b[p]];

				if (c & C_ALPHA) {
					e = nx_word_end(b, p, n);
					if (word_read(b, p, e, n, (int)oi))
						want[w++] = p;
					p = e - 1;
				} else if ((c & C_SYM) && (e = stepped_char(b, p,
				    n)) > 0)
					p += e - 1;
				else if ((c & C_DIG) || ((c & C_SYM) &&
				    nx_sym_starts(b[p], (int)oi, (int)oi)))
					want[w++] = p;
			}
			ck_assert_uint_eq(k, w);
			for (i = 0; i < k; i++)
				ck_assert_uint_eq(at[i], want[i]);
		}
}
END_TEST

/*
 * A word that starts before lim and runs past it and past its block: the
 * scan goes on from its end, never to a digit after lim, which is the
 * next window's (libFuzzer found the sign before it lost).
 */
START_TEST(word_past_lim)
{
	char buf[200];
	struct nx_cursor c;
	struct nx x;
	size_t we, lim;
	unsigned what;

	nx_init(&x, NULL);
	memset(buf, ' ', sizeof buf);
	memcpy(buf + 60, "abcdefghijk -4", 14);
	for (lim = 61; lim < 71; lim++) {
		nx_cursor_init(&c, (const unsigned char *)buf, sizeof buf, lim,
		    &no_opts);
		ck_assert_uint_eq(nx_cursor_next(&c, 0, &we, &what), 71);
	}
}
END_TEST

static void
on_start(void *ctx, const struct nx_num *n)
{
	*(uint64_t *)ctx = n->start + 1;
}

/*
 * A sign just before the last byte a window's scan reads: the screen
 * leaves signs to the scan, which must read it there, not lose it to the
 * next window (-5 whole is -5 in pieces).
 */
START_TEST(sign_before_window_end)
{
	char text[600];
	const size_t d = 100;
	uint64_t keep, got = 0;
	struct nx x;

	memset(text, ' ', sizeof text);
	text[d - 1] = '-';
	text[d] = '5';
	nx_init(&x, NULL);
	keep = nx_scan(&x, text, 0, d + NX_LOOKAHEAD, 0, on_start, &got);
	ck_assert_uint_eq(got, d);
	got = 0;
	nx_scan(&x, text + keep, keep, sizeof text - keep, 1, on_start, &got);
	ck_assert_uint_eq(got, 0);
}
END_TEST

Suite *
screen_suite(void)
{
	Suite *s = suite_create("screen");
	TCase *tc = tcase_create("screen");

	tcase_add_test(tc, screen_finds_every_hot_word);
	tcase_add_test(tc, screen_finds_every_other_word);
	tcase_add_test(tc, screen_steps_over_words);
	tcase_add_test(tc, screen_agrees_with_bytes);
	tcase_add_test(tc, sign_before_window_end);
	tcase_add_test(tc, word_past_lim);
	suite_add_tcase(s, tc);
	return s;
}

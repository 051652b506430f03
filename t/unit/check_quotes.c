#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quotes.h"
#include "quotes/marks.h"
#include "quotes/qgender.h"
#include "quotes/qpersons.h"
#include "quotes/toks.h"
#include "quotes/words.h"
#include "suites.h"
#include "utf8.h"
#include "util.h"
#include "win.h"

/*
 * Quotations are logged as start-end|speaker|text (start-end|speaker=
 * person|text under -p, the person empty or not); where text is cut from
 * the input at [start, end), so every expectation checks the offsets too.
 * A nested quotation is prefixed with one '>' per level, an unclosed one
 * with '!'.
 */
struct qrun {
	struct log *l;
	const char *in;
	int person;		/* -p: log the person, empty or not */
};

static void
on_quote(void *ctx, const struct qx_quote *q)
{
	struct qrun *r = ctx;

	log_quote(r->l, r->in, q, r->person);
}

/* Whole text in one call (step 0), or in pieces through a window. */
static void
run(const char *in, size_t n, size_t step, const char *flags, size_t cap,
    struct log *l)
{
	struct qx_opts o = { 0, 0, 0, 0 };
	struct qrun r = { l, in, strchr(flags, 'p') != NULL };
	static struct qx x;
	struct win w;
	size_t i;

	o.nested = strchr(flags, 'n') != NULL;
	o.unclosed = strchr(flags, 'o') != NULL;
	o.pronoun = strchr(flags, 'p') != NULL;
	o.cap = cap;
	qx_init(&x, &o);
	if (step == 0) {
		ck_assert_uint_eq(qx_scan(&x, in, 0, n, 1, on_quote, &r), n);
		return;
	}
	win_init(&w, cap);
	for (i = 0; i < n; i += step) {
		size_t k = n - i < step ? n - i : step;
		uint64_t keep;

		win_append(&w, in + i, k);
		keep = qx_scan(&x, w.buf, w.base, w.len, 0, on_quote, &r);
		ck_assert_uint_ge(keep, w.base);
		ck_assert_uint_le(keep, w.base + w.len);
		if (w.len > WIN_KEEP(cap))
			ck_assert_uint_ge(keep, w.base + w.len - WIN_KEEP(cap));
		win_drop(&w, keep);
	}
	qx_scan(&x, w.buf, w.base, w.len, 1, on_quote, &r);
	win_free(&w);
}

static int
contains(const struct log *l, const char *s)
{
	size_t n = strlen(s), i;

	for (i = 0; i + n <= l->len; i++)
		if (memcmp(l->buf + i, s, n) == 0)
			return 1;
	return 0;
}

static const size_t steps[] = { 0, 1, 2, 3, 7, 16, 61, 500, 100000 };

static void
expect(const char *in, size_t n, const char *flags, size_t cap,
    const char *want, size_t wn)
{
	static struct log l;
	size_t s;

	for (s = 0; s < sizeof steps / sizeof steps[0]; s++) {
		l.len = 0;
		run(in, n, steps[s], flags, cap, &l);
		ck_assert_msg(l.len == wn && memcmp(l.buf, want, wn) == 0,
		    "step %zu on '%.*s': got '%.*s', want '%.*s'", steps[s],
		    (int)n, in, (int)l.len, l.buf, (int)wn, want);
	}
}

#define QUOTES(in, flags, want) \
	expect(LIT(in), flags, (size_t)1 << 20, LIT(want))
#define QUOTES_CAP(in, flags, cap, want) \
	expect(LIT(in), flags, cap, LIT(want))

START_TEST(sample_three_quotes)
{
	static char buf[8192];
	static struct log l;
	FILE *f = fopen("sample/ukrinform.txt", "rb");
	size_t n;

	ck_assert_ptr_nonnull(f);
	n = fread(buf, 1, sizeof buf, f);
	fclose(f);
	ck_assert_uint_eq(n, 1976);
	/* Offsets found by hand with grep -b; texts as the issue gives them. */
	expect(buf, n, "", (size_t)1 << 20, LIT(
	    "315-706|he|I am confident that our cooperation will only deepen. "
	    "We have many potential areas that we are ready to develop. In "
	    "particular, in the field of mental health and rehabilitation of "
	    "veterans. Ukraine is also interested in localizing the production"
	    " of innovative Japanese medicines in cooperation with Ukrainian "
	    "pharmaceutical manufacturers and in cooperation with Japanese "
	    "business in general,;"
	    "750-798|Lyashko|one of the most reliable and consistent "
	    "partners;"
	    "1609-1717|the Health Minister|I am grateful to Japan for "
	    "supporting Ukraine! Together we are making our country's medical "
	    "system stronger,;"));
	l.len = 0;
	run(buf, n, 0, "p", (size_t)1 << 20, &l);
	/*
	 * -p: he is Viktor Lyashko, who announced it two sentences before,
	 * and so is Lyashko; the speaker stays as written.
	 */
	ck_assert(contains(&l, "|he=Viktor Lyashko|I am confident"));
	ck_assert(contains(&l, "|Lyashko=Viktor Lyashko|one of the most"));
}
END_TEST

/* -p: a quotation nobody is named for has an empty person, not a guess. */
START_TEST(no_speaker_no_person)
{
	static const char in[] = "\"Nothing is certain.\"";

	expect(in, sizeof in - 1, "", (size_t)1 << 20,
	    LIT("1-20||Nothing is certain.;"));
	expect(in, sizeof in - 1, "p", (size_t)1 << 20,
	    LIT("1-20|=|Nothing is certain.;"));
}
END_TEST

/*
 * -p: the text between a name and its quotation, longer than the window
 * keeps (QX_BEHIND), in lower case but for the first word of each
 * sentence: the window lets the name go long before the quotation, and
 * its span is kept unread till then (qnames.c's pr_learn_later).
 */
static size_t
filler(char *buf, size_t at, size_t room)
{
	static const char s[] = "The roads were quiet and the weather was "
	    "mild all week. ";
	size_t k;

	for (k = 0; k < 40 && at + sizeof s - 1 < room; k++) {
		memcpy(buf + at, s, sizeof s - 1);
		at += sizeof s - 1;
	}
	return at;
}

/* The name read long before its quotation, in pieces of every size. */
START_TEST(names_let_go_are_read_for_the_quotation)
{
	static char in[4096], want[256];
	size_t n = 0, q;
	int wn;

	n = (size_t)snprintf(in, sizeof in, "Bob Smith arrived on Monday. ");
	n = filler(in, n, sizeof in - 64);
	q = n;
	n += (size_t)snprintf(in + n, sizeof in - n, "\"No,\" Smith said.");
	wn = snprintf(want, sizeof want, "%zu-%zu|Smith=Bob Smith|No,;",
	    q + 1, q + 4);
	expect(in, n, "p", (size_t)1 << 20, want, (size_t)wn);
}
END_TEST

/*
 * A name after a record's last quotation, whose span is kept unread, is
 * no person of the next record: "Smith" there stays as written.
 */
START_TEST(names_kept_stay_in_their_record)
{
	static struct qx x;
	static char in[4096];
	static struct log l;
	struct qx_opts o = { 0, 0, 1, (size_t)1 << 20 };
	static const char next[] = "\"No,\" Smith said.";
	struct qrun r = { &l, in, 1 };
	size_t n;

	qx_init(&x, &o);
	n = (size_t)snprintf(in, sizeof in, "\"Yes,\" said Ann Lee. "
	    "Bob Smith left. ");
	n = filler(in, n, sizeof in);
	l.len = 0;
	qx_scan(&x, in, 0, n, 0, on_quote, &r);
	qx_scan(&x, in, 0, n, 1, on_quote, &r);
	ck_assert_msg(contains(&l, "|Ann Lee=Ann Lee|Yes,;"), "got '%.*s'",
	    (int)l.len, l.buf);
	qx_reset(&x);
	memcpy(in, next, sizeof next);
	l.len = 0;
	qx_scan(&x, in, 0, sizeof next - 1, 0, on_quote, &r);
	qx_scan(&x, in, 0, sizeof next - 1, 1, on_quote, &r);
	ck_assert_msg(l.len == strlen("1-4|Smith=Smith|No,;") &&
	    memcmp(l.buf, "1-4|Smith=Smith|No,;", l.len) == 0, "got '%.*s'",
	    (int)l.len, l.buf);
}
END_TEST

/* Each must not open a quotation, alone or inside one. */
static const char *const apostrophes[] = {
	"it's", "Qatar's economy", "the '90s", "o'clock", "rock 'n' roll",
	"the Emirates' plan", "Ukrayins'ka Pravda", "Kyiv's mayor",
	"we've", "don't", "I'm", "they're", "the ministers' meeting",
	"Hamas' statement", "O'Brien", "Cote d'Ivoire", "Sana'a",
	"Al-Qur'an", "Ta'if", "'til dawn", "kick 'em out", "in '22",
	"the 1990's", "Kyiv’s mayor", "it’s",
	"the Emirates’ plan", "the ’" "90s",
	"Ukrayins’ka", "the ‘" "90s",
	"Qatar‘s", "the boys' school and the girls' school",
	"rock ’n’ roll",
};

START_TEST(apostrophes_are_not_quotes)
{
	static char in[256], want[512];
	const char *a = apostrophes[_i];
	size_t n = strlen(a);
	int k;

	/* Alone: no quotation at all. */
	k = snprintf(in, sizeof in, "Then %s came. Later %s left.", a, a);
	expect(in, (size_t)k, "", (size_t)1 << 20, "", 0);
	expect(in, (size_t)k, "no", (size_t)1 << 20, "", 0);
	/* Inside double quotation marks: exactly that quotation. */
	k = snprintf(in, sizeof in, "“Then %s came,” he said.",
	    a);
	snprintf(want, sizeof want, "3-%zu|he|Then %s came,;", 3 + 11 + n, a);
	expect(in, (size_t)k, "", (size_t)1 << 20, want, strlen(want));
	k = snprintf(in, sizeof in, "\"Then %s came,\" he said.", a);
	snprintf(want, sizeof want, "1-%zu|he|Then %s came,;", 1 + 11 + n, a);
	expect(in, (size_t)k, "", (size_t)1 << 20, want, strlen(want));
}
END_TEST

/* -m: a quotation longer than the cap is unclosed (t/corpus has the rest). */
START_TEST(unclosed)
{
	QUOTES_CAP("x \"a quotation longer than sixteen bytes\" y.", "", 16, "");
	QUOTES_CAP("x \"short\" and \"a quotation longer than sixteen\" y.", "",
	    16, "3-8||short;");
}
END_TEST

START_TEST(many_words_before_speaker)
{
	static char in[2048];
	size_t n = 0;
	int i;

	for (i = 0; i < 400; i++) {
		memcpy(in + n, "a, ", 3);
		n += 3;
	}
	memcpy(in + n, LIT("He said: “x.”"));
	n += sizeof "He said: “x.”" - 1;
	/* 1200 bytes of "a, ", then "He said: " (9) and “ (3). */
	expect(in, n, "", (size_t)1 << 20, LIT("1212-1214|He|x.;"));
}
END_TEST

/*
 * Every table's index is built, and finds every row: a table that
 * outgrew its index (the marks' slots, the scan's four ASCII bytes)
 * fails here.  A word has one row, in lower case, one word long.
 */
/*
 * qw_word_classes_in reads 16 bytes at once where it may: the classes of
 * every row's word, in any case and with any bytes after it (letters,
 * bytes outside ASCII, @ and [ next to the capitals), are qw_classes'.
 */
START_TEST(wide_word_keys_are_byte_keys)
{
	static const char tails[][17] = { "xxxxxxxxxxxxxxxx",
	    "\xc3\x89@[`{ZAza09-'\xff\x80", "                ",
	    "AAAAAAAAAAAAAAAA" };
	char buf[64];
	size_t i, n, k, t;

	ck_assert_int_eq(qx_tables(), 0);
	for (i = 0; i < qw_count; i++) {
		const char *w = qw_table[i].text;

		n = strlen(w);
		for (t = 0; t < sizeof tails / sizeof tails[0]; t++) {
			memcpy(buf, w, n);
			memcpy(buf + n, tails[t], 16);
			for (k = 0; k < n; k++)	/* every other letter a capital */
				if (k % 2 == i % 2 && buf[k] >= 'a' && buf[k] <= 'z')
					buf[k] = (char)(buf[k] - 'a' + 'A');
			ck_assert_uint_eq(qw_word_classes_in(buf, n, n + 16),
			    qw_classes(buf, n));
			/* and a word one byte shorter or longer */
			ck_assert_uint_eq(qw_word_classes_in(buf, n + 1, n + 16),
			    qw_word_classes(buf, n + 1));
			if (n > 1)
				ck_assert_uint_eq(qw_word_classes_in(buf, n - 1,
				    n + 16), qw_word_classes(buf, n - 1));
		}
	}
	/* the fold is exact: @ [ ` { are no letters */
	ck_assert_uint_eq(qw_word_classes_in("s@id            ", 4, 16), 0);
	ck_assert_uint_eq(qw_word_classes_in("s[id            ", 4, 16), 0);
}
END_TEST

/* Each shape filter (words.h) lets every word of its classes by, in
   either case. */
static void
shapes_let_by(const char *w, size_t n, uint64_t cls)
{
	static const struct {
		const struct qw_shapes *f;
		uint64_t cls;
	} filters[] = {
		{ &qw_vp_shapes, QW_VP },
		{ &qw_participle_shapes, QW_PARTICIPLE },
		{ &qw_abbrev_shapes, QW_ABBREV },
	};
	char up[64];
	size_t f, k;

	for (k = 0; k < n && k < sizeof up; k++)
		up[k] = (char)(w[k] >= 'a' && w[k] <= 'z' ? w[k] - 'a' + 'A' :
		    w[k]);
	for (f = 0; f < sizeof filters / sizeof filters[0]; f++)
		if (cls & filters[f].cls)
			ck_assert_msg(qw_may(filters[f].f, w, n) &&
			    qw_may(filters[f].f, up, n), "\"%s\": its shape "
			    "is not let by", w);
	ck_assert(cls & QW_VP ? qw_may_vp(w, n) : 1);
}

START_TEST(tables_fit_their_indexes)
{
	size_t i, k, n;
	const char *w;

	ck_assert_int_eq(qx_tables(), 0);
	ck_assert_uint_gt(qw_count, 600);
	for (i = 0; i < qw_count; i++) {
		w = qw_table[i].text;
		n = strlen(w);
		ck_assert_msg(qw_find(w, n) == (long)i,
		    "words.def, verbs.def, titles.def: \"%s\" has a second row",
		    w);
		ck_assert_uint_eq(qw_classes(w, n), qw_table[i].cls);
		/* the single-word index finds the same row */
		ck_assert_int_eq(qw_word_row(w, n), (long)i);
		ck_assert_uint_eq(qw_word_classes(w, n), qw_table[i].cls);
		ck_assert_uint_ne(qw_table[i].cls, 0);
		shapes_let_by(w, n, qw_table[i].cls);
		for (k = 0; k < n; k++)
			ck_assert_msg(w[k] != ' ' && !(w[k] >= 'A' &&
			    w[k] <= 'Z'), "words.def: \"%s\"", w);
	}
	/* qgender.def: one row a word, in lower case, found with its sex */
	for (i = 0; i < qg_count; i++) {
		w = qg_table[i].text;
		n = strlen(w);
		for (k = 0; k < i; k++)
			ck_assert_msg(strcmp(qg_table[k].text, w) != 0,
			    "qgender.def: \"%s\" has a second row", w);
		for (k = 0; k < n; k++)
			ck_assert_msg(w[k] != ' ' && !(w[k] >= 'A' &&
			    w[k] <= 'Z'), "qgender.def: \"%s\"", w);
		ck_assert_int_eq(qg_word(w, n), qg_table[i].sex);
		ck_assert_int_ne(qg_table[i].sex, QG_NONE);
	}
	ck_assert_int_eq(qg_word(LIT("Hillary")), QG_SHE);
	ck_assert_int_eq(qg_name(LIT("Mr. Omar Ali")), QG_HE);
	ck_assert_int_eq(qg_last(LIT("the woman")), QG_SHE);
	ck_assert_int_eq(qg_word(LIT("Omar")), QG_HE);
	ck_assert_int_eq(qg_word(LIT("Alex")), QG_NONE);
	ck_assert_int_eq(qw_find(LIT("Said")), qw_find(LIT("said")));
	ck_assert_int_eq(qw_find(LIT("saidx")), -1);
	ck_assert_int_eq(qw_word_row(LIT("SAID")), qw_find(LIT("said")));
	ck_assert_int_eq(qw_word_row(LIT("saidx")), -1);
	ck_assert_int_eq(qw_word_row(LIT("sai")), qw_find(LIT("sai")));
	ck_assert_uint_eq(qw_word_classes_in(LIT("SAID"), 4),
	    qw_classes(LIT("said")));
	for (i = 0; i < qm_count; i++) {
		const struct qm_row *m = &qm_table[i];
		int32_t c = 0;

		if (strlen(m->mark) == 2 && (unsigned char)m->mark[0] < 0x80)
			c = qm_pair((unsigned char)m->mark[0],
			    (unsigned char)m->mark[1]);
		else
			u8_decode((const unsigned char *)m->mark,
			    strlen(m->mark), &c);
		ck_assert_ptr_eq(qm_find(c), m);
		for (k = 0; k < QM_CLOSERS && m->closed_by[k].mark; k++)
			ck_assert_int_gt(m->closed_by[k].how, 0);
	}
	ck_assert_ptr_null(qm_find('a'));
}
END_TEST

/*
 * The token cache answers every request as the tokenizer started at the
 * request's start would, whatever was asked before: texts of pieces that
 * join and split tokens (H.E., U.S., Dr., 3.5, Jordan’s, ``, blank
 * lines), windows that grow and slide, requests that go back and on.
 */
static const char *const tk_pieces[] = {
	"a", "said", "Ann", "Lee", " ", " ", " ", "\n", "\n\n", "\n \n",
	".", ",", ":", "!", "?", "\"", "'", "``", "''", "\xe2\x80\x9c",
	"\xe2\x80\x9d", "\xe2\x80\x99", "-", "\xe2\x80\x94", "U.S.", "H.E.",
	"Dr.", "3.5", "Jordan\xe2\x80\x99s", "\xc3\xa9t\xc3\xa9", "(D-Ore.)",
	"\xe3\x80\x80", "\xe2\x80\x90", "x.Y", "..", "\xc2\xa0", "\xe2",
	/* the tokenizer's fast path for U+2000 to U+203F, and ` alone */
	"\xe2\x80\x82", "\xe2\x80\x8b", "\xe2\x80\xa8", "\xe2\x80\xa6",
	"\xe2\x80\x98", "\xe2\x80\x93", "\xe2\x80\xbf", "\xe2\x80", "`",
};

static void
tk_same(const struct toks *a, const struct toks *b, uint64_t from,
    uint64_t to, int mode)
{
	int i;

	ck_assert_msg(a->n == b->n, "[%llu, %llu) mode %d: %d tokens, not %d",
	    (unsigned long long)from, (unsigned long long)to, mode, a->n,
	    b->n);
	for (i = 0; i < a->n; i++) {
		const struct tok *x = &a->t[i], *y = &b->t[i];

		ck_assert_msg(x->s == y->s && x->e == y->e &&
		    x->kind == y->kind && x->cp == y->cp &&
		    x->cap == y->cap && x->look == y->look,
		    "[%llu, %llu) mode %d: token %d at %llu",
		    (unsigned long long)from, (unsigned long long)to, mode, i,
		    (unsigned long long)y->s);
		ck_assert_uint_eq(a->t[i].cls, 0);
		/* TK_FIRST stops at its first stop: tk_after looks at the last */
		ck_assert_msg(mode != TK_FIRST || i == a->n - 1 ||
		    !tk_stops(x), "[%llu, %llu): a stop before the last token",
		    (unsigned long long)from, (unsigned long long)to);
	}
}

/*
 * tk_step's path for plain tokens gives the tokens of the general path,
 * every field, from every start in texts of the pieces above.
 */
START_TEST(plain_tokens_are_general_ones)
{
	char text[160];
	struct qx_view v = { 0 };
	unsigned seed = 7u + (unsigned)_i;
	size_t n, k, from, i, j;
	struct tok a, b;
	int r, nla, nlb, ra, rb;

	ck_assert_int_eq(qx_tables(), 0);
	v.buf = text;
	/* every start is read to the end: few texts keep it fast under ASan */
	for (r = 0; r < 400; r++) {
		for (n = 0; n < sizeof text - 32;) {
			seed = seed * 1103515245u + 12345u;
			k = (seed >> 16) % (sizeof tk_pieces / sizeof tk_pieces[0]);
			memcpy(text + n, tk_pieces[k], strlen(tk_pieces[k]));
			n += strlen(tk_pieces[k]);
			if ((seed >> 8) % 8 == 0)
				break;
		}
		for (from = 0; from < n; from++) {
			i = j = from;
			nla = nlb = 0;
			do {
				memset(&a, 0x55, sizeof a);
				memset(&b, 0x55, sizeof b);
				ra = tk_step(&a, &v, &i, n, &nla);
				rb = tk_step_any(&b, &v, &j, n, &nlb);
				ck_assert_int_eq(ra, rb);
				ck_assert_uint_eq(i, j);
				ck_assert_int_eq(nla, nlb);
				ck_assert_msg(!ra || (a.s == b.s && a.e == b.e &&
				    a.kind == b.kind && a.cp == b.cp &&
				    a.cap == b.cap && a.look == b.look &&
				    a.cls == b.cls), "'%.*s' from %zu: the token "
				    "at %llu", (int)n, text, from,
				    (unsigned long long)b.s);
			} while (ra);
		}
	}
}
END_TEST

/* -p: a name with accents is the same name without, and no other. */
START_TEST(accented_names_match_their_plain_spelling)
{
	static const char fr[] = "Fran\xC3\xA7ois Hollande";
	static const char jo[] = "Jos\xC3\xA9 Smith";

	ck_assert(pr_accent_variant(fr, sizeof fr - 1, "Francois Hollande",
	    17));
	ck_assert(pr_accent_variant(jo, sizeof jo - 1, "Jose Smith", 10));
	ck_assert(!pr_accent_variant(jo, sizeof jo - 1, "Josh Smith", 10));
	ck_assert(!pr_accent_variant(jo, sizeof jo - 1, "JosE Smith", 10));
	ck_assert(!pr_accent_variant(jo, sizeof jo - 1, jo, sizeof jo - 1));
	ck_assert(!pr_accent_variant(jo, sizeof jo - 1, "Jose Smit", 9));
	ck_assert(!pr_accent_variant("Jos\xC3", 4, "Jose", 4));
}
END_TEST

START_TEST(cached_tokens_are_fresh_ones)
{
	static char text[20000];
	static struct toks a, b;
	static struct tk_cache cache;
	struct qx_view v = { 0 };
	unsigned seed = 1u + (unsigned)_i;
	size_t n = 0, k, len;
	uint64_t from, to, base = 0;
	int r, mode;

	ck_assert_int_eq(qx_tables(), 0);
	while (n < sizeof text - 16) {
		seed = seed * 1103515245u + 12345u;
		k = (seed >> 16) % (sizeof tk_pieces / sizeof tk_pieces[0]);
		memcpy(text + n, tk_pieces[k], strlen(tk_pieces[k]));
		n += strlen(tk_pieces[k]);
	}
	v.buf = text;
	v.rec = tk_record();
	v.tc = &cache;
	len = 200;
	for (r = 0; r < 1500; r++) {
		seed = seed * 1103515245u + 12345u;
		/* the window grows, and now and then lets its start go */
		if (len < n - base && (seed >> 8) % 4 == 0)
			len += (seed >> 12) % 128;
		if (len > n - base)
			len = n - base;
		if ((seed >> 20) % 16 == 0 && len > 1200) {
			base += 300;
			len -= 300;
		}
		v.buf = text + base;
		v.base = base;
		v.len = len;
		seed = seed * 1103515245u + 12345u;
		to = base + len - (seed >> 8) % (len < 40 ? len : 40);
		seed = seed * 1103515245u + 12345u;
		from = to - (seed >> 8) % (to - base < 1100 ? to - base + 1 :
		    1100);
		mode = (seed >> 24) % 2 ? TK_LAST : TK_FIRST;
		tokenize(&a, &v, from, to, mode);
		tk_fresh(&b, &v, from, to, mode);
		tk_same(&a, &b, from, to, mode);
	}
}
END_TEST

Suite *
quotes_suite(void)
{
	Suite *s = suite_create("quotes");
	TCase *tc = tcase_create("quotes");

	tcase_add_test(tc, tables_fit_their_indexes);
	tcase_add_test(tc, wide_word_keys_are_byte_keys);
	tcase_add_test(tc, sample_three_quotes);
	tcase_add_test(tc, no_speaker_no_person);
	tcase_add_test(tc, names_let_go_are_read_for_the_quotation);
	tcase_add_test(tc, names_kept_stay_in_their_record);
	tcase_add_loop_test(tc, apostrophes_are_not_quotes, 0,
	    (int)(sizeof apostrophes / sizeof apostrophes[0]));
	tcase_add_test(tc, unclosed);
	tcase_add_test(tc, many_words_before_speaker);
	tcase_add_loop_test(tc, cached_tokens_are_fresh_ones, 0, 8);
	tcase_add_test(tc, accented_names_match_their_plain_spelling);
	tcase_add_loop_test(tc, plain_tokens_are_general_ones, 0, 2);
	suite_add_tcase(s, tc);
	return s;
}

/*
 * The speaker search's tokens: words (with their classes from words.def),
 * punctuation, quotation marks and paragraph breaks, over the window
 * handed to qx_scan.
 *
 * A word here is Unicode letters and digits joined by - ' ’ . inside
 * (H.E., U.S., Al-Awadhi, Jordan’s), not the ASCII words of the numbers
 * extractor: a speaker's name is written in any script, and its joiners
 * are part of it.
 */
#ifndef QUOTES_TOKS_H
#define QUOTES_TOKS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "lex.h"
#include "qcache.h"
#include "quotes.h"
#include "words.h"

/* The window handed to qx_scan, for the speaker search at emit time. */
struct qx_view {
	const char *buf;
	uint64_t base;
	size_t len;
	qx_emit_fn *emit;
	void *ctx;
	int final;
	unsigned long rec;	/* the record, for the token cache (qcache.c);
				   0: tokens are not kept */
	struct tk_cache *tc;	/* that cache, the extractor's; NULL: none */
};

/* In a token's cls: its classes have been looked up. */
#define QW_KNOWN QW_BIT(63)

struct toks {
	struct tok t[TK_MAX];
	int n;
	const struct qx_view *v;
};

/*
 * Tokenize the window text [from, to).  TK_FIRST stops after the first
 * sentence end or quotation mark; TK_LAST keeps the last TK_MAX tokens
 * where there are more (dropping the older half each time TK_MAX are
 * held).  The tokens are those of a tokenizer started at from, whatever
 * was tokenized before: qcache.c shares them between calls.
 */
enum { TK_FIRST, TK_LAST };
void tokenize(struct toks *ts, const struct qx_view *v, uint64_t from,
    uint64_t to, int mode);

/*
 * The first sentence after a closing mark at after, as far as QX_AHEAD
 * bytes (tk_ahead); tk_after stops it at the next quotation mark too
 * and returns 1 when a mark ended it.
 */
void tk_ahead(struct toks *ts, const struct qx_view *v, uint64_t after);
int tk_after(struct toks *ts, const struct qx_view *v, uint64_t after);

/*
 * The tokenizer itself (qtokens.c), under the cache: one token from
 * p[*ip] (tk_step), and tokenize() without the cache (tk_fresh).
 */
int tk_step(struct tok *t, const struct qx_view *v, size_t *ip, size_t end,
    int *nl);
/* tk_step without its path for plain tokens: the same tokens (tests). */
int tk_step_any(struct tok *t, const struct qx_view *v, size_t *ip,
    size_t end, int *nl);
void tk_fresh(struct toks *ts, const struct qx_view *v, uint64_t from,
    uint64_t to, int mode);
/*
 * tk_step over the window (end v->len) into t[0, max), while the next
 * token starts before upto and its reading stays in the window: the
 * tokens that did, with *ip and *nl after the last of them, and
 * *stopped 1 where a token did not (or only blanks were left) rather
 * than max being reached.  The cache's loop, with the tokenizer in line.
 */
int tk_read(struct tok *t, int max, const struct qx_view *v, size_t *ip,
    int *nl, uint64_t upto, int *stopped);
/*
 * QW_KNOWN and the classes of the word token i, from the index of single
 * words (qcache.c); tk_in keeps them in the token.
 */
uint64_t tk_classes(const struct toks *ts, int i);
/* A new record for the token cache: its number, never 0. */
unsigned long tk_record(void);

/*
 * . ! and ? as bits of a mask over code points below 64: one shift and
 * test tells a sentence end.  Only punctuation has one of them as its cp
 * (a word's is 0, a mark's is a mark's).
 */
#define TK_END_CPS (UINT64_C(1) << '.' | UINT64_C(1) << '!' | UINT64_C(1) << '?')

static inline int
tk_end_cp(int32_t cp)
{
	return (uint32_t)cp < 64 && (TK_END_CPS >> cp & 1);
}

/* Does TK_FIRST stop after token t? */
static inline int
tk_stops(const struct tok *t)
{
	return t->kind == TK_PARA || t->kind == TK_MARK || tk_end_cp(t->cp);
}

static inline int
tk_digit(unsigned char b)
{
	return b >= '0' && b <= '9';
}

static inline int
tk_alpha(unsigned char b)
{
	return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

/* Is p[0, n) a word of one of the classes cls? */
static inline int
qw_in(uint64_t cls, const char *p, size_t n)
{
	return (qw_classes(p, n) & cls) != 0;
}

/*
 * qw_in for a word with no space in it, as a token is, with room bytes
 * readable from p: the faster index of single words (words.h).
 */
static inline int
qw_word_in(uint64_t cls, const char *p, size_t n, size_t room)
{
	return (qw_word_classes_in(p, n, room) & cls) != 0;
}

static inline const char *
tk_p(const struct toks *ts, int i)
{
	return ts->v->buf + (ts->t[i].s - ts->v->base);
}

static inline size_t
tk_n(const struct toks *ts, int i)
{
	return (size_t)(ts->t[i].e - ts->t[i].s);
}

/*
 * i in [0, ts->n) as one unsigned compare (ts->n is never negative): the
 * rules ask this of nearly every token they look at, at both ends.
 */
static inline int
tk_at(const struct toks *ts, int i)
{
	return (unsigned)i < (unsigned)ts->n;
}

static inline int
tk_word(const struct toks *ts, int i)
{
	return tk_at(ts, i) && ts->t[i].kind == TK_WORD;
}

/* angrily, only: a word in lower case of four letters or more in -ly */
static inline int
tk_ly(const struct toks *ts, int i)
{
	const char *p;
	size_t n;

	if (!tk_word(ts, i) || ts->t[i].cap)
		return 0;
	p = tk_p(ts, i);
	n = tk_n(ts, i);
	return n >= 4 && p[n - 2] == 'l' && p[n - 1] == 'y';
}

/*
 * voters, says: a word of four bytes or more in s but not in ss or 's,
 * the shape of a plural or of a present tense.
 */
static inline int
tk_s_form(const struct toks *ts, int i)
{
	const char *p;
	size_t n;

	if (!tk_word(ts, i))
		return 0;
	p = tk_p(ts, i);
	n = tk_n(ts, i);
	return n > 3 && p[n - 1] == 's' && p[n - 2] != 's' && p[n - 2] != '\'';
}

/* Is token i a word of five or more bytes ending in "ing" (paying)? */
static inline int
tk_ing(const struct toks *ts, int i)
{
	const char *p;
	size_t n;

	if (!tk_word(ts, i))
		return 0;
	p = tk_p(ts, i);
	n = tk_n(ts, i);
	return n > 4 && p[n - 3] == 'i' && p[n - 2] == 'n' && p[n - 1] == 'g';
}

static inline int
tk_is(const struct toks *ts, int i, const char *lit)
{
	size_t n = strlen(lit), k;	/* of a literal: folded at compile
					   time */
	const char *p;

	if (!tk_word(ts, i) || tk_n(ts, i) != n)
		return 0;
	/* lex_eq, in line: the rules ask this of most tokens they read */
	for (p = tk_p(ts, i), k = 0; k < n; k++)
		if (lex_lower((unsigned char)p[k]) !=
		    lex_lower((unsigned char)lit[k]))
			return 0;
	return 1;
}

/*
 * Is token i a word of one of the classes cls (QW_*)?  A word's classes
 * are looked up the first time they are asked for: most words near a
 * quotation are never asked about.  The tokens are never const objects,
 * only seen through const pointers by the rules, so the cache may be
 * written through one.
 */
static inline int
tk_in(const struct toks *ts, int i, uint64_t cls)
{
	struct tok *t;

	if (!tk_word(ts, i))
		return 0;
	t = (struct tok *)(uintptr_t)&ts->t[i];
	/* tk_classes, in line: one call, to the index */
	if (!(t->cls & QW_KNOWN))
		t->cls = QW_KNOWN | qw_word_classes_in(tk_p(ts, i), tk_n(ts, i),
		    (size_t)(ts->v->base + ts->v->len - t->s));
	return (t->cls & cls) != 0;
}

/*
 * tk_in for classes cls of the shape filter f's (words.h): a word whose
 * classes are not yet looked up is told by its shape first.
 */
static inline int
tk_in_shaped(const struct toks *ts, int i, uint64_t cls,
    const struct qw_shapes *f)
{
	if (!tk_word(ts, i) || (!(ts->t[i].cls & QW_KNOWN) &&
	    !qw_may(f, tk_p(ts, i), tk_n(ts, i))))
		return 0;
	return tk_in(ts, i, cls);
}

static inline int
tk_cap(const struct toks *ts, int i)
{
	return tk_word(ts, i) && ts->t[i].cap;
}

static inline int
tk_punct(const struct toks *ts, int i, int32_t cp)
{
	return tk_at(ts, i) && ts->t[i].kind == TK_PUNCT &&
	    ts->t[i].cp == cp;
}

/* Does token i end a sentence? */
static inline int
tk_send(const struct toks *ts, int i)
{
	const struct tok *t = &ts->t[i];

	return t->kind == TK_PARA || (t->kind == TK_PUNCT && tk_end_cp(t->cp));
}

/*
 * The dashes that set off a speaker (“...” – Minister X) or stand
 * before a mark: hyphen-minus, en and em dash, minus, the ones the wires
 * type, and the horizontal bar of "...” ― Jane Doe".  Not lib/utf8's
 * U8_DASH: the non-breaking hyphens U+2010/2011 join the words of a
 * name, and the figure dash was never read here.
 */
static inline int
qx_dash(int32_t c)
{
	return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2212 ||
	    c == 0x2015;
}

/* The first token from i that is no comma or dash: ",” – Minister X". */
static inline int
tk_past_lead(const struct toks *ts, int i)
{
	while (i < ts->n && ts->t[i].kind == TK_PUNCT &&
	    (ts->t[i].cp == ',' || qx_dash(ts->t[i].cp)))
		i++;
	return i;
}

int tk_style_abbr(const struct toks *ts, int i);
int tk_styled(const struct toks *ts, int i);
int tk_possessive(const struct toks *ts, int i);
int tk_pastlike(const struct toks *ts, int i);
int tk_verb(const struct toks *ts, int i);
int tk_passive(const struct toks *ts, int i);
int tk_vp_word(const struct toks *ts, int i);

/*
 * Does a reporting verb phrase start at i: said, was quoted as saying?
 * Each way starts with a word there of a class of QW_VP (tk_verb, a
 * passive, a verb of quoting), or is "as one diplomat put it" (put,
 * puts): most words are told here, in line, by their classes or, before
 * those are looked up, by their shape; tk_vp_word tells the rest.
 */
static inline int
tk_vp(const struct toks *ts, int i)
{
	const struct tok *t;
	size_t n;

	if (!tk_word(ts, i))
		return 0;
	t = &ts->t[i];
	n = tk_n(ts, i);
	if (t->cls & QW_KNOWN) {
		if (!(t->cls & QW_VP) && n != 3 && n != 4)
			return 0;
	} else if (!qw_may_vp(tk_p(ts, i), n) && !((n == 3 || n == 4) &&
	    (tk_p(ts, i)[0] | 0x20) == 'p'))
		return 0;
	return tk_vp_word(ts, i);
}

#endif

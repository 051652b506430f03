/*
 * Who a speaker is (-p): the persons a record names, in a small table
 * (the last QX_PERSONS, each with the role it was given), and each
 * speaker as written resolved to the fullest of them: "he", "Lyashko"
 * and "the minister" become "Viktor Lyashko" after "Health Minister
 * Viktor Lyashko" or "Viktor Lyashko, the health minister".  Only the
 * text before the quotation is read, so no row waits for the rest of the
 * article; the examples are in t/corpus/quotes/pronoun.tsv.
 */
#include <stdint.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "lex.h"
#include "marks.h"
#include "qgender.h"
#include "qpersons.h"
#include "speaker.h"
#include "utf8.h"

/* The number of words of p[0, n), blank-separated. */
static int
words_of(const char *p, size_t n)
{
	int w = n > 0;
	size_t i;

	for (i = 0; i < n; i++)
		w += p[i] == ' ';
	return w;
}

/*
 * Mr., Ms., Dr. ...: the courtesy title that opens p[0, n), whose first
 * blank is p[i] (i < n), its length.
 */
static size_t
courtesy_at(const char *p, size_t n, size_t i)
{
	/* a word with no blank: the index of single words, as tk_in asks */
	return i < n && qw_word_in(QW_HONORIFIC, p, i, n) ? i + 1 : 0;
}

/* Mr., Ms., Dr. ...: the courtesy title that opens p[0, n), its length. */
static size_t
courtesy(const char *p, size_t n)
{
	const char *sp = memchr(p, ' ', n);

	return sp == NULL ? 0 : courtesy_at(p, n, (size_t)(sp - p));
}

/*
 * The index of the person table (struct qx's pr_word and pr_whole): a
 * bit for each slot, under the hash of each word of its name and of the
 * whole name, kept as persons are added and let go, so a look-up reads
 * only the slots that may hold its word, not all QX_PERSONS.
 */
_Static_assert(QX_PERSONS <= 64, "a slot is a bit of a uint64_t");

/*
 * A word's or a name's hash for the index, from its length and its two
 * ends: the bytes as they are, which the look-ups compare, and none
 * read twice, since most persons are added again and again, and only
 * some looked up.
 */
static unsigned
pr_hash(const char *p, size_t n)
{
	if (n == 0)
		return 0;
	return ((unsigned)n * 97u + (unsigned char)p[0] * 31u +
	    (unsigned char)p[n - 1]) % QX_PR_HASH;
}

/*
 * The index for the name p[0, n): the slots clear go from its words and
 * its whole, the slots set come in (a person moved to the newest slot
 * is one pass).
 */
static void
pr_index(struct qx *x, const char *p, size_t n, uint64_t clear, uint64_t set)
{
	uint64_t *w;
	size_t i = 0, e;

	for (;;) {
		for (e = i; e < n && p[e] != ' '; e++)
			;
		w = &x->pr_word[pr_hash(p + i, e - i)];
		*w = (*w & ~clear) | set;
		if (e >= n)
			break;
		i = e + 1;
	}
	w = &x->pr_whole[pr_hash(p, n)];
	*w = (*w & ~clear) | set;
}

/*
 * The slots of a set of them, newest first, as the table is read from
 * pr_next - 1 back: those below pr_next's slot, then those from it on.
 */
struct pr_walk {
	uint64_t lo, hi;
};

static struct pr_walk
pr_walk(const struct qx *x, uint64_t slots)
{
	unsigned t = x->pr_next % QX_PERSONS;
	uint64_t below = t == 0 ? 0 : ~(uint64_t)0 >> (64 - t);
	struct pr_walk w;

	/* a new record's table is empty, whatever the index held before */
	if (x->pr_next == 0)
		slots = 0;
	w.lo = slots & below;
	w.hi = slots & ~below;
	return w;
}

/* The next slot of w, or -1. */
static int
pr_step(struct pr_walk *w)
{
	uint64_t *m = w->lo != 0 ? &w->lo : &w->hi;
	int k;

	if (*m == 0)
		return -1;
	k = 63 - __builtin_clzll(*m);
	*m &= ~((uint64_t)1 << k);
	return k;
}

/*
 * Is p[0, n) a full name: two words at least, after a courtesy title
 * ("Mrs. Clinton" would take Hillary Clinton's place)?
 */
static int
full_name(const char *p, size_t n)
{
	const char *sp = memchr(p, ' ', n);
	size_t c;

	if (sp == NULL)
		return 0;
	/* three words or more: whatever the first is */
	if (memchr(sp + 1, ' ', n - (size_t)(sp + 1 - p)) != NULL)
		return 1;
	/* a blank after the courtesy title's own */
	c = courtesy_at(p, n, (size_t)(sp - p));
	return c == 0 || (n > c && memchr(p + c, ' ', n - c) != NULL);
}

static const struct qx_person *by_surname(const struct qx *x, const char *p,
    size_t n, int want);
static const struct qx_person *first_named(const struct qx *x, const char *p,
    size_t n, int want, const struct qx_person *by);
static int first_body(const char *p, size_t n);

/*
 * A title before a surname alone gives the newest person of that name
 * the role, if it had none: "Gov. Christie" after "Chris Christie" makes
 * "the governor" Chris Christie.
 */
void
pr_role(struct qx *x, const char *p, size_t n, const char *r, size_t rn)
{
	const struct qx_person *pe;
	struct qx_person *to;
	size_t i;

	if (rn == 0 || rn >= QX_ROLEMAX || n == 0 || !(p[0] >= 'A' &&
	    p[0] <= 'Z') || (pe = by_surname(x, p, n, QG_NONE)) == NULL ||
	    pe->rlen > 0)
		return;
	to = &x->pr[pe - x->pr];
	for (i = 0; i < rn; i++)
		to->role[i] = (char)lex_lower((unsigned char)r[i]);
	to->rlen = rn;
}

/* Remember the person p[0, n), with the role r[0, rn), as the newest. */
void
pr_add(struct qx *x, const char *p, size_t n, const char *r, size_t rn)
{
	struct qx_person *pe;
	uint64_t same, moved;
	unsigned k, d, first;
	size_t i;
	int spoke = 0;

	if (n == 0 || n >= QX_NAMEMAX || rn >= QX_ROLEMAX)
		return;
	if (x->pr_next == 0) {
		memset(x->pr_word, 0, sizeof x->pr_word);
		memset(x->pr_whole, 0, sizeof x->pr_whole);
	}
	/*
	 * the same name, in the order of the slots, moves to the newest;
	 * a name the table holds was found a full name when it came in
	 */
	moved = 0;
	first = x->pr_next;
	for (same = x->pr_whole[pr_hash(p, n)]; same != 0; same &= same - 1) {
		d = (unsigned)__builtin_ctzll(same);
		if (x->pr[d].len != n || memcmp(x->pr[d].name, p, n) != 0)
			continue;
		if (rn == 0 && x->pr[d].rlen > 0)
			r = x->pr[d].role, rn = x->pr[d].rlen;
		if (x->pr[d].spoke > spoke)
			spoke = x->pr[d].spoke;
		if (x->pr[d].first < first)
			first = x->pr[d].first;
		x->pr[d].len = 0;
		moved |= (uint64_t)1 << d;
	}
	if (moved == 0 && !full_name(p, n))
		return;
	k = x->pr_next % QX_PERSONS;
	pe = &x->pr[k];
	/* the oldest person goes; below QX_PERSONS the slot is none yet */
	if (x->pr_next >= QX_PERSONS && pe->len > 0)
		pr_index(x, pe->name, pe->len, (uint64_t)1 << k, 0);
	x->pr_next++;
	memmove(pe->name, p, n);
	pe->len = n;
	pr_index(x, pe->name, n, moved, (uint64_t)1 << k);
	for (i = 0; i < rn; i++)
		pe->role[i] = (char)lex_lower((unsigned char)r[i]);
	pe->rlen = rn;
	pe->spoke = spoke;
	pe->first = first;
}

/*
 * Does the name pe hold the word p[0, n): as its last word (after a
 * blank, before " Jr." or " Sr." or the end) when last is 1, anywhere
 * but first when 0 ("Acosta" in Melba Acosta Febo), first when -1 (a
 * family name written first: "Ban" in Ban Ki-moon, "Xi" in Xi Jinping)?
 */
static int
has_word(const struct qx_person *pe, const char *p, size_t n, int last)
{
	size_t i, e;

	for (i = 0; i + n <= pe->len; i++) {
		if (i > 0 && pe->name[i - 1] != ' ')
			continue;
		if (memcmp(pe->name + i, p, n) != 0)
			continue;
		e = i + n;
		if (e < pe->len && pe->name[e] != ' ')
			continue;
		if (last < 0)
			return i == 0;	/* "Ban" of Ban Ki-moon */
		if (!last && i > 0)
			return 1;
		if (e == pe->len || (pe->len - e == 4 &&
		    (memcmp(pe->name + e, " Jr.", 4) == 0 ||
		    memcmp(pe->name + e, " Sr.", 4) == 0)))
			return i > 0;
	}
	return 0;
}

/* May the person pe be of the sex want (qgender.h), as far as known? */
static int
may_be(const struct qx_person *pe, int want)
{
	return want == QG_NONE || !qg_clash(qg_name(pe->name, pe->len), want);
}

/*
 * How a person was a quotation's person (struct qx_person's spoke):
 * written in full or as a pronoun ("Eric Trump said", "he said"), or
 * as the surname alone ("Trump said"), which tells whose it is.
 */
enum { PR_SPOKE_FULL = 1, PR_SPOKE_BARE = 2 };

/*
 * The newest person whose last name is the word p[0, n) (no blank in
 * it: a word of the index), else the newest with it among the other
 * words after the first, else as the first, and none of the other sex
 * than want; or NULL.  At each, one that was a quotation's person
 * under the surname alone first, then one in full, then any.
 */
static const struct qx_person *
by_surname(const struct qx *x, const char *p, size_t n, int want)
{
	const struct qx_person *pe, *best[PR_SPOKE_BARE + 1];
	uint64_t slots = x->pr_word[pr_hash(p, n)];
	struct pr_walk w;
	int last, k;

	for (last = 1; last >= -1; last--) {
		best[0] = best[PR_SPOKE_FULL] = best[PR_SPOKE_BARE] = NULL;
		w = pr_walk(x, slots);
		while ((k = pr_step(&w)) >= 0) {
			pe = &x->pr[k];
			if (pe->len <= n || best[pe->spoke] != NULL ||
			    !has_word(pe, p, n, last) || !may_be(pe, want))
				continue;
			if (pe->spoke == PR_SPOKE_BARE)
				return pe;
			best[pe->spoke] = pe;
		}
		if (best[PR_SPOKE_FULL] != NULL)
			return best[PR_SPOKE_FULL];
		if (best[0] != NULL)
			return best[0];
	}
	return NULL;
}

/*
 * Is the role r[0, rn) (lower case) the word p[0, n): the same, or
 * its abbreviation ("gov." or "Gov" for the governor, "sen." for the
 * senator)?
 */
static int
same_role(const char *r, size_t rn, const char *p, size_t n)
{
	if (rn == n && lex_eq(p, n, r, n))
		return 1;
	if (rn > 0 && r[rn - 1] == '.')
		rn--;
	else if (!qw_in(QW_ABBREV, r, rn))
		return 0;
	return rn >= 3 && rn < n && lex_eq(p, rn, r, rn);
}

/* The newest person given the role p[0, n) (any case), or NULL. */
static const struct qx_person *
by_role(const struct qx *x, const char *p, size_t n)
{
	const struct qx_person *pe;
	unsigned k;

	for (k = 1; k <= QX_PERSONS && k <= x->pr_next; k++) {
		pe = &x->pr[(x->pr_next - k) % QX_PERSONS];
		if (pe->len > 0 && same_role(pe->role, pe->rlen, p, n))
			return pe;
	}
	return NULL;
}

/* The length of the role words and their blanks that open p[0, n). */
static size_t
roles_len(const char *p, size_t n)
{
	size_t i = 0, e;

	for (;;) {
		for (e = i; e < n && p[e] != ' '; e++)
			;
		if (e >= n || !qw_in(QW_ROLEWORD, p + i, e - i))
			return i;
		i = e + 1;
	}
}


/*
 * The newest person given the role that ends the phrase p[0, n) ("the
 * minister"), else the one that ends its part before " and " ("the
 * Vermont senator and presidential candidate": the senator).
 */
static const struct qx_person *
by_roles(const struct qx *x, const char *p, size_t n)
{
	const struct qx_person *pe;
	size_t i, e;

	for (i = n; i > 0 && p[i - 1] != ' '; i--)
		;
	if ((pe = by_role(x, p + i, n - i)) != NULL)
		return pe;
	for (i = 4; i + 5 <= n && memcmp(p + i, " and ", 5) != 0; i++)
		;
	if (i + 5 > n)
		return NULL;
	for (e = i; i > 0 && p[i - 1] != ' '; i--)
		;
	return by_role(x, p + i, e - i);
}

/* The person the speaker p[0, n) is, in *r; its length. */
static size_t
resolve(const struct qx *x, const char *p, size_t n, const char **r)
{
	const struct qx_person *pe = NULL;
	size_t c = courtesy(p, n);

	*r = p;
	if (words_of(p + c, n - c) == 1 && n > c && ((p[c] >= 'A' &&
	    p[c] <= 'Z') || (unsigned char)p[c] >= 0x80))
		pe = by_surname(x, p + c, n - c, c > 0 ? qg_name(p, n) :
		    QG_NONE);
	else if (n > 4 && lex_eq(p, 4, "the ", 4))
		pe = by_roles(x, p, n);
	if (pe == NULL)
		return n;
	*r = pe->name;
	return pe->len;
}

/* The person named p[0, n) in full, the newest, or NULL. */
static const struct qx_person *
by_name(const struct qx *x, const char *p, size_t n)
{
	struct pr_walk w = pr_walk(x, x->pr_whole[pr_hash(p, n)]);
	const struct qx_person *pe;
	int k;

	while ((k = pr_step(&w)) >= 0) {
		pe = &x->pr[k];
		if (pe->len == n && memcmp(pe->name, p, n) == 0)
			return pe;
	}
	return NULL;
}

/*
 * The known person the capitalised words p[0, n) name: a surname, with
 * a courtesy title or without ("Mr. Sanders", "Sherman"), or a name in
 * full; NULL for any other (a party, a place).
 */
static const struct qx_person *
known_person(const struct qx *x, const char *p, size_t n)
{
	size_t c = courtesy(p, n);

	if (n > c && words_of(p + c, n - c) == 1)
		return by_surname(x, p + c, n - c, c > 0 ? qg_name(p, n) :
		    QG_NONE);
	return by_name(x, p, n);
}

/*
 * The length of an abbreviated title that opens the name p[0, n) before
 * two words or more, as the table holds the name without it ("Sen. Ann
 * Lee", "Adm. Harry B. Harris Jr.": a capitalised word of two to four
 * letters and its period).  Not a title in full ("Justice Sonia
 * Sotomayor"), which the sentence of a quotation's own speaker may open
 * further back.
 */
static size_t
title_len(const char *p, size_t n)
{
	size_t e;

	for (e = 0; e < n && p[e] != ' '; e++)
		;
	if (e >= n || words_of(p + e + 1, n - e - 1) < 2)
		return 0;
	if (e >= 3 && e <= 5 && p[e - 1] == '.' && p[0] >= 'A' &&
	    p[0] <= 'Z' && memchr(p, '.', e - 1) == NULL)
		return e + 1;
	return 0;
}

/* The known person of the subject p[0, n), with a title or without. */
static const struct qx_person *
subject_person(const struct qx *x, const char *p, size_t n)
{
	const struct qx_person *pe = known_person(x, p, n);
	size_t t;

	if (pe == NULL && (t = title_len(p, n)) > 0)
		pe = by_name(x, p + t, n - t);
	return pe;
}

/*
 * The known person of the subject p[0, n) for he or she (want): a
 * surname alone whose newest holder is of the other sex is the newest
 * known to be of this one ("Clinton" for she, after Bill Clinton was
 * named).
 */
static const struct qx_person *
subject_of_sex(const struct qx *x, const char *p, size_t n, int want)
{
	const struct qx_person *pe = subject_person(x, p, n), *of;

	if (pe == NULL || words_of(p, n) != 1)
		return pe;
	/* "Republicans Jolly" named last, David Jolly first */
	if (first_body(pe->name, pe->len))
		return first_named(x, p, n, want, pe);
	/* not "Mrs. Clinton" for he: the title tells */
	if (!qg_clash(qg_name(pe->name, pe->len), want) ||
	    courtesy(p, n) > 0)
		return pe;
	of = by_surname(x, p, n, want);
	return of != NULL && qg_name(of->name, of->len) == want ? of : pe;
}

/* The classes of a word that opens no person's name ("Both", "Had"). */
#define PR_NOTFIRST (QW_LEAD | QW_TRAIL | QW_DET | QW_PRONOUN | QW_OPENER | \
	QW_PLACE | QW_NOBODY | QW_TIME | QW_DAY | QW_STOP | QW_ALONE | \
	QW_ADVERB | QW_AUX)

/* Does the word p[0, n) end in 's or ’s? */
static int
possessive_word(const char *p, size_t n)
{
	return (n > 2 && p[n - 1] == 's' && p[n - 2] == '\'') || (n > 4 &&
	    p[n - 1] == 's' && memcmp(p + n - 4, "\xE2\x80\x99", 3) == 0);
}

/*
 * Does the name p[0, n) of two words or more open with the word of a
 * body ("Republicans Jolly" of "Republicans Jolly of Indian Shores and
 * DeSantis", "House Democrats")?
 */
static int
first_body(const char *p, size_t n)
{
	const char *sp = memchr(p, ' ', n);

	return sp != NULL && qg_word(p, (size_t)(sp - p)) == QG_BODY;
}

/*
 * May the name p[0, n) stand for he or she?  Not a body's (qgender.def:
 * "Right Wing Watch", or first_body), nor one with a word in the possessive
 * ("Podliska's lawsuit") or in lower case but a particle ("bin",
 * "de"), nor one without a letter in lower case ("FULL TEXT", "D.C."),
 * nor one whose first word opens no name ("Both Democrats").
 */
static int
person_like(const char *p, size_t n)
{
	size_t i = 0, e;
	int lower = 0;

	if (n == 0 || qg_body(p, n) || first_body(p, n))
		return 0;
	for (;;) {
		for (e = i; e < n && p[e] != ' '; e++)
			lower |= (p[e] >= 'a' && p[e] <= 'z') ||
			    (unsigned char)p[e] >= 0x80;
		if (possessive_word(p + i, e - i) || (p[i] >= 'a' &&
		    p[i] <= 'z' && !qw_in(QW_NAMEPART, p + i, e - i)))
			return 0;
		if (i == 0 && qw_in(PR_NOTFIRST, p, e))
			return 0;
		if (e >= n)
			return lower;
		i = e + 1;
	}
}

/*
 * The part of the name *p[0, *n) that may be a person's: after a word
 * in the possessive before two words or more ("North Carolina's Ada
 * Fisher": Ada Fisher), before
 * " of " ("Stephen Vladeck of the University of Texas"), without the 's
 * of a last word ("Trump's"); set in *p, *n.  Is it person_like?
 */
static int
person_part(const char **p, size_t *n)
{
	const char *s = *p, *b;
	size_t m = *n, i, e;

	for (b = memchr(s, ' ', m); b != NULL && (size_t)(b - s) + 4 <= m;
	    b = memchr(b + 1, ' ', m - (size_t)(b + 1 - s)))
		if (b[1] == 'o' && b[2] == 'f' && b[3] == ' ') {
			m = (size_t)(b - s);
			break;
		}
	/* no apostrophe, no word in the possessive */
	if (memchr(s, '\'', m) == NULL && memchr(s, 0xE2, m) == NULL)
		return person_like(s, *n = m);
	for (i = 0;; i = e + 1) {
		for (e = i; e < m && s[e] != ' '; e++)
			;
		if (e >= m)
			break;
		/* a name of two words after it: not "Cruz's Path" */
		if (possessive_word(s + i, e - i) && words_of(s + e + 1,
		    m - e - 1) >= 2) {
			s += e + 1;
			m -= e + 1;
			e = (size_t)-1;
		}
	}
	if (possessive_word(s, m) && memchr(s, ' ', m) == NULL)
		m -= s[m - 2] == '\'' ? 2 : 4;
	*p = s;
	*n = m;
	return person_like(s, m);
}

/*
 * The sex he or she asks for; sure once a person of the other sex was
 * passed over, when only a person known to be of this one will do (a
 * name nobody knows the sex of is likelier a party or a place then).
 */
struct sex {
	int want;
	int sure;
	const char *asis;	/* a subject of no known person ("Mr. Obama") */
	size_t asn;
	int full;	/* the subject found was written as a full name */
};

/* May a name whose first word tells the sex g stand for the pronoun? */
static int
fits(struct sex *sx, int g)
{
	if (sx == NULL || sx->want == QG_NONE)
		return 1;
	if (qg_clash(g, sx->want)) {
		sx->sure = 1;
		return 0;
	}
	return !sx->sure || g == sx->want;
}

/*
 * Does a sentence end just before p[at], blanks apart (. ! ? or a
 * line feed), in the text from floor, which the window holds however
 * the input came in?  The tokens of the text since the last quotation
 * start there or inside a sentence.
 */
static int
after_sentence(const struct qx_view *v, uint64_t floor, uint64_t at)
{
	size_t i = (size_t)(at - v->base), lo = (size_t)(floor - v->base);

	while (i > lo && (v->buf[i - 1] == ' ' || v->buf[i - 1] == '\t'))
		i--;
	return i > lo && (v->buf[i - 1] == '.' || v->buf[i - 1] == '!' ||
	    v->buf[i - 1] == '?' || v->buf[i - 1] == '\n');
}

/*
 * The token after the comma that ends the phrase opening a sentence at
 * b ("With one foot on her board, Ms. Gil gazed ...", "Speaking to
 * reporters Monday, Rubio refrained ..."), or ts->n.
 */
static int
after_comma(const struct toks *ts, int b)
{
	int c;

	for (c = b + 1; c < ts->n && c < b + 24 && !tk_send(ts, c); c++)
		if (tk_punct(ts, c, ','))
			return c + 1;
	return ts->n;
}

/*
 * Does a participle and its preposition open the sentence at b
 * ("Walking to the next address, Ebeling reminisced"), so that its
 * subject comes after the comma?  Not a name in -ing, which its caller
 * asks the table for ("Manning at the door said").
 */
static int
participle_opens(const struct toks *ts, int b)
{
	size_t n = tk_n(ts, b);

	return tk_word(ts, b) && n > 5 && memcmp(tk_p(ts, b) + n - 3, "ing",
	    3) == 0 && (tk_in(ts, b + 1, QW_PREP) || tk_is(ts, b + 1, "to"));
}

/*
 * The name after a body's name [*b, *m] that opens a subject, with a
 * parenthesis between ("Maricopa County (Ariz.) Sheriff Joe Arpaio, one
 * of ..., vouched"): its tokens in *b, *m; they stay where there is
 * none.
 */
static void
after_body(const struct toks *ts, int *b, int *m)
{
	int j = *m + 1, e;

	if (!tk_punct(ts, j, '(') || !qg_body(tk_p(ts, *b),
	    (size_t)(ts->t[*m].e - ts->t[*b].s)))
		return;
	for (e = j + 1; e < j + 6 && e < ts->n && !tk_punct(ts, e, ')'); e++)
		;
	j = e + 1;
	if (!tk_punct(ts, e, ')') || !tk_cap(ts, j) || !tk_cap(ts, j + 1))
		return;
	for (*b = *m = j; tk_cap(ts, *m + 1); (*m)++)
		;
}

/*
 * The person the last sentence of ts that begins with one begins with,
 * after But, As, When (LEAD words): "Joe Madison, a radio host,
 * recalled ...", "But as Mr. Sanders campaigned ...", "Sherman, in
 * particular, has ...": he or she goes on about the subject last
 * written, whatever verb it had.  Not a name in the possessive
 * ("Trump's rivals").
 */
static const struct qx_person *
subject_before(const struct qx *x, const struct toks *ts, uint64_t floor,
    struct sex *sx)
{
	const struct qx_person *pe;
	const char *p;
	size_t pn;
	int i, b, m;

	for (i = ts->n - 1; i >= 0; i--) {
		if (i > 0 ? !tk_send(ts, i - 1) : !after_sentence(ts->v,
		    floor, ts->t[0].s))
			continue;
		for (b = i; b < ts->n && tk_in(ts, b, QW_LEAD); b++)
			;
		if (tk_in(ts, b, QW_OPENER | QW_ASIDE | QW_PREP) ||
		    (tk_in(ts, b, QW_ADVERB | QW_TIME) && tk_punct(ts, b + 1,
		    ',')) || (participle_opens(ts, b) && known_person(x,
		    tk_p(ts, b), tk_n(ts, b)) == NULL))
			b = after_comma(ts, b);
		if (!tk_cap(ts, b) || tk_in(ts, b, QW_PRONOUN | QW_DET))
			continue;
		for (m = b; tk_cap(ts, m + 1); m++)
			;
		after_body(ts, &b, &m);
		if (tk_possessive(ts, m))
			continue;
		pe = subject_of_sex(x, tk_p(ts, b), (size_t)(ts->t[m].e -
		    ts->t[b].s), sx != NULL ? sx->want : QG_NONE);
		/*
		 * "Mr. Obama himself tried ...": a person, though none known
		 * (the table holds no surname alone), as written
		 */
		if (pe == NULL && m == b + 1 && tk_in(ts, b, QW_HONORIFIC)) {
			if (sx != NULL) {
				sx->asis = tk_p(ts, b);
				sx->asn = (size_t)(ts->t[m].e - ts->t[b].s);
			}
			return NULL;
		}
		if (pe == NULL)
			continue;
		p = pe->name;
		pn = pe->len;
		if (person_part(&p, &pn) && fits(sx, sx != NULL &&
		    sx->want != QG_NONE ? qg_name(p, pn) : QG_NONE)) {
			if (sx != NULL)
				sx->full = full_name(tk_p(ts, b),
				    (size_t)(ts->t[m].e - ts->t[b].s));
			return pe;
		}
	}
	return NULL;
}

/*
 * The subject of a sentence further back, before the last quotation,
 * in the text from floor, all the window holds before the mark, to lo,
 * where the text since the last quotation begins: "Joe Madison, a
 * radio host, recalled that ... “...” “...,” he said."
 */
static const struct qx_person *
subject_behind(const struct qx *x, const struct qx_view *v, uint64_t floor,
    uint64_t lo, struct toks *ts, struct sex *sx)
{
	if (lo <= floor)
		return NULL;
	tk_fresh(ts, v, floor, lo, TK_LAST);
	return subject_before(x, ts, floor, sx);
}

/* Does the name of pe end in the word p[0, n), after a blank? */
static int
ends_in(const struct qx_person *pe, const char *p, size_t n)
{
	return pe->len > n && pe->name[pe->len - n - 1] == ' ' &&
	    memcmp(pe->name + pe->len - n, p, n) == 0;
}

/* The number of persons, up to 2, whose name ends in the word p[0, n). */
static int
sharing(const struct qx *x, const char *p, size_t n)
{
	unsigned k;
	int c = 0;

	for (k = 0; k < QX_PERSONS && k < x->pr_next && c < 2; k++)
		c += ends_in(&x->pr[k], p, n);
	return c;
}

/*
 * Is pe another person than by, by a given name the table of sexes
 * knows (qgender.def) that is none of by's forms: not "Understated
 * Perez" of a headline, nor Ken Starr for Kenneth Starr?
 */
static int
another_given(const struct qx_person *pe, const struct qx_person *by)
{
	size_t i;

	if (qg_name(pe->name, pe->len) == QG_NONE)
		return 0;
	for (i = 0; i < 3; i++)
		if (i >= pe->len || i >= by->len || pe->name[i] == ' ' ||
		    pe->name[i] != by->name[i])
			return 1;
	return 0;
}

/*
 * Of the persons whose last name is the word p[0, n) and who may be of
 * the sex want, the one named first in the record if another_given
 * than by, else by: a family the record names after its subject ("his
 * wife, Jane Sanders", "Eric Trump, son of ...") is named in full, and
 * the surname alone stays the subject's.
 */
static const struct qx_person *
first_named(const struct qx *x, const char *p, size_t n, int want,
    const struct qx_person *by)
{
	struct pr_walk w = pr_walk(x, x->pr_word[pr_hash(p, n)]);
	const struct qx_person *pe, *best = by;
	int k;

	while ((k = pr_step(&w)) >= 0) {
		pe = &x->pr[k];
		if (pe->len > n && has_word(pe, p, n, 1) && may_be(pe, want) &&
		    pe->first < best->first)
			best = pe;
	}
	return another_given(best, by) ? best : by;
}

/*
 * The person by the surname p[0, n) found, unless two or more known
 * persons share it and by was no quotation's person under the surname
 * alone: then the one of them named first (first_named).
 */
static const struct qx_person *
shared_surname(const struct qx *x, const char *p, size_t n, int want,
    const struct qx_person *by)
{
	if (by == NULL || by->spoke == PR_SPOKE_BARE || sharing(x, p, n) < 2)
		return by;
	return first_named(x, p, n, want, by);
}

/*
 * The person the surname p[0, n) is, with a courtesy title or without
 * ("Smith", "Mrs. Clinton"), as resolve finds it; but when two known
 * persons share it and that one was no quotation's person under the
 * surname alone before, the one the last sentence since the last
 * quotation begins with, if it is either: "Patricia Smith, mother of
 * Benghazi victim Sean Smith, rejected it. “...,” Smith said" is
 * Patricia Smith, though Sean Smith was named last; else the one named
 * first (shared_surname).  *asked is 0 for a speaker of more words, or
 * none with a capital, which are left to resolve.
 */
static const struct qx_person *
surname_person(const struct qx *x, const struct qx_view *v, const char *p,
    size_t n, uint64_t lo, uint64_t floor, uint64_t mark, struct toks *ts,
    int *asked)
{
	const struct qx_person *pe, *by;
	size_t c = courtesy(p, n);
	struct sex sx = { QG_NONE, 0, NULL, 0, 0 };
	int want;

	*asked = 0;
	if (n <= c || words_of(p + c, n - c) != 1 || !((p[c] >= 'A' &&
	    p[c] <= 'Z') || (unsigned char)p[c] >= 0x80))
		return NULL;
	*asked = 1;
	want = c > 0 ? qg_name(p, n) : QG_NONE;
	by = by_surname(x, p + c, n - c, want);
	if (by == NULL || by->spoke || lo >= mark ||
	    sharing(x, p + c, n - c) < 2)
		return shared_surname(x, p + c, n - c, want, by);
	tk_fresh(ts, v, lo, mark, TK_LAST);
	pe = subject_before(x, ts, floor, &sx);
	/*
	 * a subject written as the surname alone is as ambiguous, and one
	 * of no known given name may be no name ("Stated Stone")
	 */
	if (pe == NULL || !sx.full || !ends_in(pe, p + c, n - c) ||
	    qg_name(pe->name, pe->len) == QG_NONE)
		return shared_surname(x, p + c, n - c, want, by);
	/* not "Both Sanders" of "Both Sanders and Clinton": a known word */
	for (c = 0; c < pe->len && pe->name[c] != ' '; c++)
		;
	return qw_classes(pe->name, c) == 0 ? pe : by;
}

/*
 * The person of the role p[0, n), "the" and a title of an office
 * (class QW_OFFICE: "the governor") that no known person was given:
 * the one the last sentence since the last quotation (the tokens ts
 * read from lo to mark) begins with, if that one was given no other
 * role and may be of the title's sex ("Christie defended his
 * endorsement.  “...,” the governor said"); else NULL.
 */
static const struct qx_person *
role_subject(const struct qx *x, const struct qx_view *v, const char *p,
    size_t n, uint64_t lo, uint64_t floor, uint64_t mark, struct toks *ts)
{
	struct sex sx = { QG_NONE, 0, NULL, 0, 0 };
	const struct qx_person *pe;
	size_t i;

	if (n <= 4 || !lex_eq(p, 4, "the ", 4) || lo >= mark)
		return NULL;
	for (i = n; i > 0 && p[i - 1] != ' '; i--)
		;
	if (!(qw_classes(p + i, n - i) & QW_OFFICE) ||
	    (sx.want = qg_word(p + i, n - i)) == QG_BODY)
		return NULL;
	tk_fresh(ts, v, lo, mark, TK_LAST);
	pe = subject_before(x, ts, floor, &sx);
	if (pe == NULL || (pe->rlen > 0 && !same_role(pe->role, pe->rlen,
	    p + i, n - i)))
		return NULL;
	return pe;
}

/*
 * The person pe, or the one the record also named with the accents pe
 * lacks (a headline's "Francois Hollande" is "François Hollande" of the
 * text): the spelling with them is the fuller.
 */
static const struct qx_person *
accented(const struct qx *x, const struct qx_person *pe)
{
	struct pr_walk w;
	uint64_t others;
	size_t i;
	int k;

	if (pe == NULL || pe->len == 0)
		return pe;
	for (i = pe->len; i > 0 && pe->name[i - 1] != ' '; i--)
		;
	/* most surnames have one holder: no walk then */
	others = x->pr_word[pr_hash(pe->name + i, pe->len - i)] &
	    ~((uint64_t)1 << (pe - x->pr));
	if (others == 0)
		return pe;
	w = pr_walk(x, others);
	while ((k = pr_step(&w)) >= 0)
		if (x->pr[k].len > pe->len && pr_accent_variant(x->pr[k].name,
		    x->pr[k].len, pe->name, pe->len))
			return &x->pr[k];
	return pe;
}

/* Set *r, *n to the person pe, if any; is there one? */
static int
take(const struct qx_person *pe, const char **r, size_t *n)
{
	if (pe == NULL || pe->len == 0)
		return 0;
	*r = pe->name;
	*n = pe->len;
	return 1;
}

/* Set *r, *n to the part of pe's name that is a person's, if any. */
static int
take_part(const struct qx_person *pe, const char **r, size_t *n)
{
	const char *p;
	size_t pn;

	if (pe == NULL || pe->len == 0)
		return 0;
	p = pe->name;
	pn = pe->len;
	if (!person_part(&p, &pn))
		return 0;
	*r = p;
	*n = pn;
	return 1;
}

/* Set *r, *n to the name p[0, pn) if it may stand for the pronoun. */
static int
take_name(const char *p, size_t pn, struct sex *sx, const char **r,
    size_t *n)
{
	if (pn == 0 || !person_part(&p, &pn) || !fits(sx, qg_name(p, pn)))
		return 0;
	*r = p;
	*n = pn;
	return 1;
}

/*
 * The person the capitalised words of ts [b, m] name, the whole or the
 * words that end it ("Hillary Clinton" of "State Hillary Clinton"; a
 * surname alone of the sex want), or NULL.
 */
static const struct qx_person *
run_person(const struct qx *x, const struct toks *ts, int b, int m, int want)
{
	const struct qx_person *pe;
	size_t n;

	for (; b < m; b++)
		if ((pe = by_name(x, tk_p(ts, b), (size_t)(ts->t[m].e -
		    ts->t[b].s))) != NULL)
			return pe;
	n = tk_n(ts, m);
	return by_surname(x, tk_p(ts, m), n, want);
}

/*
 * The last person ts names, in full or by a surname alone, not in the
 * possessive, passing over those known to be of the other sex, if it
 * is known to be of the sex sx->want by the first word of its name
 * (qgender.def): "..., former Secretary of State Hillary Clinton, drew
 * a contrast ... “...,” she said", "a personally defining relationship
 * for Ebeling. “...,” she said".  NULL for none, or one of no known sex
 * ("according to Arianna Huffington.  “...,” she").
 */
static const struct qx_person *
named_of_sex(const struct qx *x, const struct toks *ts, const struct sex *sx)
{
	const struct qx_person *pe;
	int m, b, g;

	if (sx->want != QG_HE && sx->want != QG_SHE)
		return NULL;
	for (m = ts->n - 1; m >= 0; m--) {
		if (!tk_cap(ts, m))
			continue;
		for (b = m; b > 0 && tk_cap(ts, b - 1); b--)
			;
		pe = tk_possessive(ts, m) ? NULL : run_person(x, ts, b, m,
		    sx->want);
		m = b;
		if (pe == NULL || !person_like(pe->name, pe->len))
			continue;
		g = qg_name(pe->name, pe->len);
		/* one nobody knows the sex of may be the one meant */
		if (g == sx->want || g == QG_NONE)
			return g == sx->want ? pe : NULL;
	}
	return NULL;
}

/*
 * The person of he or she (of the sex want), the tokens ts read from lo
 * to the mark or the pronoun, in *r; its length, n where the speaker
 * stays as written.  The last named subject of a sentence since the
 * last quotation, else of a reporting verb; else the person of the
 * quotation before, or nobody when it was written as a pronoun or a
 * noun of that sex ("said the woman"); else the subject of a sentence
 * further back, the last named speaker's person, the person named last.
 * None of the other sex.
 */
static size_t
pronoun_person(const struct qx *x, const struct qx_view *v,
    struct toks *ts, uint64_t lo, uint64_t floor, int want,
    const char **r, size_t n)
{
	struct spk nm = { 0, 0, 0, 0 };
	struct sex sx = { want, 0, NULL, 0, 0 };
	const struct qx_person *last, *named;
	const char *p;
	size_t pn;

	if (take_part(accented(x, subject_before(x, ts, floor, &sx)), r,
	    &n) ||
	    (sx.asis != NULL && take_name(sx.asis, sx.asn, &sx, r, &n)))
		return n;
	if (spk_name_before(&nm, ts)) {
		pn = resolve(x, v->buf + (nm.s - v->base),
		    (size_t)(nm.e - nm.s), &p);
		if (take_name(p, pn, &sx, r, &n))
			return n;
	}
	if (take_name(x->person, x->personlen, &sx, r, &n))
		return n;
	if (x->personlen == 0 && x->pr_asis == want && want != QG_NONE)
		return n;
	/* ts is read anew for the subject further back */
	named = named_of_sex(x, ts, &sx);
	if (take_part(accented(x, subject_behind(x, v, floor, lo, ts, &sx)),
	    r, &n) ||
	    take_name(x->name, x->namelen, &sx, r, &n))
		return n;
	last = x->pr_next > 0 ? &x->pr[(x->pr_next - 1) % QX_PERSONS] : NULL;
	if (last != NULL && last->len > 0 && take_name(last->name, last->len,
	    &sx, r, &n))
		return n;
	take(named, r, &n);
	return n;
}

/*
 * The person named p[0, n) in full is a quotation's person, the speaker
 * written as how (PR_SPOKE_FULL, PR_SPOKE_BARE).
 */
static void
mark_spoke(struct qx *x, const char *p, size_t n, int how)
{
	const struct qx_person *pe = by_name(x, p, n);

	if (pe != NULL && pe->spoke < how)
		x->pr[pe - x->pr].spoke = how;
}

/*
 * The person column of the quotation e with the speaker sp, resolved
 * through the names learned so far (the text since the last quotation
 * is read for names first); he and she stand for the last named subject
 * of a reporting verb in that text, else the last named speaker's
 * person, else the person named last.
 */
void
pr_person(struct qx *x, const struct qx_view *v, const struct qx_ent *e,
    const struct spk *sp, struct qx_quote *q, struct toks *ts)
{
	uint64_t lo = e->mark > v->base + QX_BEHIND ? e->mark - QX_BEHIND :
	    v->base, floor = lo;
	const struct qx_person *pe;
	const char *r = q->spk, *was;
	size_t n = q->spk_len, c;
	int asked, how = PR_SPOKE_FULL;

	uint64_t from = x->pr_seen > v->base ? x->pr_seen : v->base;

	/*
	 * the text since the last quotation, not since the names were last
	 * read: the window may have let names be read up to the mark
	 */
	if (x->pr_after > lo && x->pr_after <= e->mark)
		lo = x->pr_after;
	/*
	 * the text since the last quotation, read for names: all of it
	 * that the window holds, as pr_learn reads what it lets go, so the
	 * names are the same however the input came in
	 */
	/*
	 * a quotation without a speaker asks nothing of the persons: its
	 * text is read for them when the next one does
	 */
	if (!sp->found) {
		if (from < e->mark)
			pr_learn_later(x, v, from, e->mark);
	} else {
		pr_learn_flush(x);
		if (from < e->mark)
			pr_learn_span(x, v, from, e->mark);
	}
	if (e->after > x->pr_seen)
		x->pr_seen = e->after;
	x->pr_after = e->after;
	if (sp->found && qw_in(QW_SINGULAR, r, n)) {
		tk_fresh(ts, v, lo, e->mark, TK_LAST);
		n = pronoun_person(x, v, ts, lo, floor, qg_word(r, n), &r, n);
	} else if (sp->found) {
		c = sp->named ? roles_len(r, n) : 0;
		r += c;
		n -= c;
		if (sp->named && words_of(r, n) >= 2)
			pr_add(x, r, n, "", 0);
		pe = surname_person(x, v, r, n, lo, floor, e->mark, ts,
		    &asked);
		if (!asked) {
			was = r;
			n = resolve(x, r, n, &r);
			if (r == was)
				take(role_subject(x, v, r, n, lo, floor,
				    e->mark, ts), &r, &n);
		} else if (take(accented(x, pe), &r, &n))
			how = PR_SPOKE_BARE;
	}
	if (n >= QX_NAMEMAX)
		n = 0;
	memmove(x->person, r, n);
	q->person = x->person;
	q->person_len = n;
	x->personlen = 0;
	x->pr_asis = sp->found && !sp->named && r == q->spk ?
	    qg_last(r, n) : QG_NONE;
	if (sp->found && (sp->named || r != q->spk) && n > 0) {
		memcpy(x->name, x->person, n);
		x->namelen = n;
		x->personlen = n;
		mark_spoke(x, x->person, n, how);
	}
}

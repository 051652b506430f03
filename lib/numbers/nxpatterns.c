#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "numbers.h"
#include "utf8.h"
#include "nx.h"

static int
same_or_none(const char *a, const char *b)
{
	return !a || !b || strcmp(a, b) == 0;
}

/* Join a range: shared magnitude, currency, percent and unit. */
static int
range_join(struct amt *a, struct amt *b)
{
	struct nv scaled;

	if (a->ord || b->ord || a->other || b->other)
		return 0;
	if (a->age || b->age || a->sub || b->sub)
		return 0;
	if (!same_or_none(a->cur, b->cur) || !same_or_none(a->unit, b->unit))
		return 0;
	if ((a->pct && (b->cur || b->unit)) || (b->pct && (a->cur || a->unit)))
		return 0;
	/* "5.5 percentage points to 55.3 per cent": a change, then a level */
	if (a->pct && b->pct && a->pct != b->pct)
		return 0;
	/*
	 * 10-15 million, $3 to $4 million: both in millions, when the range
	 * then still rises; $800,000 to $1.3 million keeps its own
	 */
	if (!a->mexp && b->mexp) {
		scaled = a->v;
		scaled.e += b->mexp;
		if (nv_cmp(&scaled, &b->v) <= 0) {
			a->v = scaled;
			nv_norm(&a->v);
		}
	}
	if (!a->cur)
		a->cur = b->cur;
	if (!b->cur)
		b->cur = a->cur;
	if (!a->unit)
		a->unit = b->unit;
	a->pct |= b->pct;
	return 1;
}

static void
fmt_range(struct nx *x, struct res *r, const struct amt *a, const struct amt *b)
{
	size_t n, m;

	n = nx_amt_fmt(a, x->value, sizeof x->value / 2);
	m = nx_amt_fmt(b, x->value + n + 1, sizeof x->value / 2);
	if (n == 0 || m == 0) {
		r->vlen = 0;
		return;
	}
	x->value[n] = '-';
	r->vlen = n + 1 + m;
}


/* Match a comparison phrase at token j; the index after it, or -1. */
static int
cmp_match(struct ps *ps, int j, const char *s)
{
	const char *w = s, *e;
	const struct tk *t;
	size_t n;

	for (;;) {
		e = strchr(w, ' ');
		n = e ? (size_t)(e - w) : strlen(w);
		t = nx_tok(ps, j);
		if (t->t == T_END || t->sp == 2)
			return -1;
		if (ISALPHA(w[0])) {
			if (t->t != T_WORD || (w != s && t->sp != 1) ||
			    !nx_word_eq(ps->p + t->s, (size_t)(t->e - t->s), w, n, 0))
				return -1;
		} else if (t->e - t->s != 1 || ps->p[t->s] != (unsigned char)w[0])
			return -1;
		j++;
		if (!e)
			return j;
		w = e + 1;
	}
}

/* The longest phrase of the table at j; its direction in *dir. */
static int
cmp_at(struct ps *ps, int j, const struct cmpph *tab, size_t n, int *dir)
{
	int best = -1, k;
	size_t i;

	for (i = 0; i < n; i++)
		if ((k = cmp_match(ps, j, tab[i].s)) > best) {
			best = k;
			*dir = tab[i].dir;
		}
	return best;
}

/* Does a quantity start at token j? */
static int
quantity_at(struct ps *ps, int j)
{
	const struct tk *t = nx_tok(ps, j);

	if ((t->t == T_DASH || t->t == T_PLUS) && nx_tok(ps, j + 1)->t == T_NUM &&
	    nx_tok(ps, j + 1)->sp == 0)
		return 1;	/* a sign */
	return t->t == T_NUM || t->t == T_SYM || t->t == T_FRAC ||
	    (t->t == T_WORD && t->w && (t->w->type == W_NUM ||
	    t->w->type == W_A || t->w->type == W_CUR || t->w->type == W_HALF ||
	    t->w->type == W_NEG));
}

/* "or more" after a bound or an amount; updates *dir, returns the end. */
static int
cmp_after(struct ps *ps, int j, int *dir)
{
	int k, d = 0;

	if ((k = cmp_at(ps, j, nx_cmp_after, nx_ncmp_after, &d)) < 0 || nx_tok(ps, j)->sp != 1)
		return j;
	if (quantity_at(ps, k) && nx_tok(ps, k)->sp == 1)
		return j;	/* "200 or greater than 190": a new bound */
	if (d == CMP_SAME) {
		if (*dir != CMP_LO && *dir != CMP_HI)
			return j;
	} else {
		if (*dir == CMP_LO || *dir == CMP_HI)
			return j;
		*dir = d;
	}
	return k;
}

/* Do the bounds of a range measure the same: "30 percent, up to $700" not? */
static const char *
amt_unit(const struct amt *a)
{
	return a->pct ? "%" : a->cur ? a->cur : a->unit;
}

static int
same_unit(const struct amt *a, const struct amt *b)
{
	return same_or_none(amt_unit(a), amt_unit(b));
}

/* Write an open or closed range: lo-, -hi, lo-hi. */
static void
fmt_bound(struct nx *x, struct res *r, const struct amt *lo,
    const struct amt *hi)
{
	size_t n = 0, m = 0;

	r->vlen = 0;
	if (lo && (n = nx_amt_fmt(lo, x->value, sizeof x->value / 2)) == 0)
		return;
	x->value[n] = '-';
	if (hi && (m = nx_amt_fmt(hi, x->value + n + 1,
	    sizeof x->value / 2)) == 0)
		return;
	r->vlen = n + 1 + m;
}

/* Is a below b, both plain non-negative amounts? */
static int
amt_below(const struct amt *a, const struct amt *b)
{
	return !a->neg && !b->neg && nv_cmp(&a->v, &b->v) < 0;
}

/* A comparison starting at token 0: "more than 10 and less than 20". */
static int
bound(struct nx *x, struct ps *ps, struct res *r)
{
	struct amt a, b;
	const struct amt *lo, *hi;
	int dir = 0, dir2 = 0, j, k, k2;

	if ((k = cmp_at(ps, 0, nx_cmp, nx_ncmp,
	    &dir)) < 0 || nx_tok(ps, k)->sp == 2 || !quantity_at(ps, k))
		return 0;
	if ((j = nx_amount(x, ps, k, &a)) < 0 || a.ord)
		return 0;
	if (a.age && a.qend > k)
		j = a.qend;	/* more than thirty years old: the bound is thirty */
	j = cmp_after(ps, j, &dir);
	r->i0 = 0;
	r->kind = NX_RANGE;
	r->unit = a.pct ? "%" : a.cur ? a.cur : a.unit ? a.unit : "";
	r->money = a.cur && !a.pct;
	/* a second bound the other way makes a closed range */
	if (dir != CMP_EQ && (nx_tok_is(ps, j, "and") || nx_tok_is(ps, j, "but") ||
	    nx_tok(ps, j)->t == T_COMMA) && nx_tok(ps, j + 1)->sp == 1 &&
	    (k2 = cmp_at(ps, j + 1, nx_cmp, nx_ncmp,
	    &dir2)) > 0 && (dir2 == CMP_LO || dir2 == CMP_HI) && dir2 != dir &&
	    quantity_at(ps, k2) && (k = nx_amount(x, ps, k2, &b)) > 0 && !b.ord &&
	    same_unit(&a, &b)) {
		lo = dir == CMP_LO ? &a : &b;
		hi = dir == CMP_LO ? &b : &a;
		if (amt_below(lo, hi)) {
			if (!amt_unit(&a) && amt_unit(&b))
				r->unit = amt_unit(&b);
			r->i1 = cmp_after(ps, k, &dir2);
			fmt_bound(x, r, lo, hi);
			return 1;
		}
	}
	r->i1 = j;
	fmt_bound(x, r, dir == CMP_HI ? NULL : &a, dir == CMP_LO ? NULL : &a);
	return 1;
}

/*
 * Is token j an apostrophe glued to the word before ("one's")?  The
 * straight one and U+2019 only, not U8_APOS, which also has the
 * modifier letter U+02BC: no example yet says one\u02BCs is a pronoun.
 */
static int
apostrophe(struct ps *ps, int j)
{
	const struct tk *t = nx_tok(ps, j);
	const unsigned char *p = ps->p + t->s;

	return t->t == T_OTHER && t->sp == 0 && (p[0] == '\'' ||
	    (t->e - t->s == 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x99));
}

/* Does token j start with a capital letter? */
static int
name_word(struct ps *ps, int j)
{
	const struct tk *t = nx_tok(ps, j);

	return t->t == T_WORD && ps->p[t->s] >= 'A' && ps->p[t->s] <= 'Z';
}

/* Is the view at the start of a sentence, a line or a quotation? */
static int
sentence_start(const struct ps *ps)
{
	size_t i = ps->lbn;
	const unsigned char *b = ps->lb;

	while (i > 0 && (b[i - 1] == ' ' || b[i - 1] == '\t'))
		i--;
	if (i == 0)
		return ps->lbn < NX_LOOKBEHIND;	/* the start of the text */
	return b[i - 1] == '.' || b[i - 1] == '!' || b[i - 1] == '?' ||
	    b[i - 1] == '\n' || b[i - 1] == '\r' || b[i - 1] == '"' ||
	    b[i - 1] == ':' || b[i - 1] == '-' || b[i - 1] >= 0x80;
}

/* Is token j a word of the set (WS_)? */
int
nx_in_tok_list(struct ps *ps, int j, int set)
{
	const struct tk *t = nx_tok(ps, j);

	return t->t == T_WORD && nx_set_has(set, (const char *)ps->p + t->s,
	    (size_t)(t->e - t->s));
}

/* Does a capitalised word end one blank before the view ("the Big Four")? */
static int
prev_cap(const struct ps *ps)
{
	size_t i = ps->lbn;
	const unsigned char *b = ps->lb;

	if (i < 2 || b[i - 1] != ' ' || !ISALPHA(b[i - 2]))
		return 0;
	for (i -= 2; i > 0 && ISALPHA(b[i - 1]); i--)
		;
	if (i > 0 && b[i - 1] >= 0x80)
		return 0;	/* glued to a letter the scanner skips */
	return b[i] >= 'A' && b[i] <= 'Z';
}


/* Is the view a score: two small whole numbers joined by a dash? */
static int
score(struct ps *ps, struct res *r)
{
	const struct tk *a = nx_tok(ps, 0), *d, *b, *e;
	char pw[16];
	size_t pwn;

	/* the cheap tests first: this runs at every number in digits */
	if (a->nd > 3 || a->dot || a->grp || a->v.e < 0)
		return 0;
	d = nx_tok(ps, 1);
	if (d->t != T_DASH || d->sp != 0)
		return 0;
	b = nx_tok(ps, 2);
	if (b->t != T_NUM || b->sp != 0 || b->nd > 3 || b->dot || b->grp ||
	    b->v.e < 0)
		return 0;
	e = nx_tok(ps, 3);
	if (e->sp == 0 && (e->t == T_NUM || e->t == T_DASH ||
	    e->t == T_WORD || e->t == T_SLASH))
		return 0;
	/*
	 * A falling pair is no range: a score or a tally (84-79).  A rising
	 * one is a score only next to a word of sport (a 1-3 defeat).
	 */
	if (nv_cmp(&a->v, &b->v) < 0 &&
	    !(e->sp == 1 && nx_in_tok_list(ps, 3, WS_SCORE_AFTER)) &&
	    !((pwn = nx_prev_word(ps, pw, sizeof pw)) &&
	    nx_set_has(WS_SCORE_BEFORE, pw, pwn)))
		return 0;
	r->i0 = 0;
	r->i1 = 3;
	r->kind = NX_OTHER;
	return 1;
}

/* What a pattern says of the view: try the next, read, or nothing here. */
enum { PAT_NEXT = 0, PAT_READ = 1, PAT_NONE = -1 };

/* A range's row: its unit and value; the currency is remembered. */
static int
range_row(struct nx *x, struct ps *ps, struct res *r, struct amt *a,
    struct amt *b)
{
	r->kind = NX_RANGE;
	r->unit = a->pct ? "%" : a->cur ? a->cur : a->unit ? a->unit : "";
	r->money = a->cur && !a->pct;
	fmt_range(x, r, a, b);
	if (a->cur)
		x->lastcur = a->cur;
	nx_measure(x, ps, r);	/* between 10 and 12 workers */
	return PAT_READ;
}

/* 10:30, 24/01/2025, 2025-01-24, 192.168.1.2 (nxdates.c) */
static int
pat_digits(struct nx *x, struct ps *ps, struct res *r)
{
	return nx_tok(ps, 0)->t == T_NUM && nx_digit_pattern(x, ps, r);
}

/* a 3-1 win, drew 2-2, 84-79 */
static int
pat_score(struct nx *x, struct ps *ps, struct res *r)
{
	(void)x;
	return nx_tok(ps, 0)->t == T_NUM && score(ps, r);
}

/* January 24, 2025; 24 January; 5-10 March (nxdates.c) */
static int
pat_date(struct nx *x, struct ps *ps, struct res *r)
{
	const struct tk *t0 = nx_tok(ps, 0);

	(void)x;
	return (t0->t == T_NUM || (t0->t == T_WORD && t0->w &&
	    t0->w->type == W_MONTH)) && nx_date_words(ps, r);
}

/* between 5 and 10, from $2 to $3 million; from 2010 to 2014: years */
static int
pat_between(struct nx *x, struct ps *ps, struct res *r)
{
	const struct tk *t0 = nx_tok(ps, 0);
	struct amt a, b;
	const char *mid;
	int j, k;

	if (t0->t != T_WORD || !t0->w ||
	    (t0->w->type != W_BETWEEN && t0->w->type != W_FROM))
		return PAT_NEXT;
	mid = t0->w->type == W_BETWEEN ? "and" : "to";
	if (nx_tok(ps, 1)->sp != 1 || (j = nx_amount(x, ps, 1, &a)) < 0)
		return PAT_NONE;
	if (!nx_tok_is(ps, j, mid) || nx_tok(ps, j)->sp != 1 ||
	    nx_tok(ps, j + 1)->sp != 1 || (k = nx_amount(x, ps, j + 1, &b)) < 0)
		return PAT_NONE;
	/* from 71 percent to 55 percent: a change, the two amounts apart */
	if (t0->w->type == W_FROM && !a.neg && !b.neg &&
	    nv_cmp(&a.v, &b.v) > 0)
		return PAT_NEXT;
	if (!range_join(&a, &b))
		return PAT_NONE;
	r->i0 = 0;
	r->i1 = k;
	if (nx_is_year(&a, nx_tok(ps, 1)) && nx_is_year(&b, nx_tok(ps, j + 1))) {
		r->kind = NX_YEAR;
		fmt_range(x, r, &a, &b);
		return PAT_READ;
	}
	return range_row(x, ps, r, &a, &b);
}

/* +994 12 555 1234: a telephone number */
static int
pat_phone(struct nx *x, struct ps *ps, struct res *r)
{
	const struct tk *t;
	int j;

	(void)x;
	t = nx_tok(ps, 1);
	if (nx_tok(ps, 0)->t != T_PLUS || t->t != T_NUM || t->sp != 0 ||
	    t->dot || t->grp)
		return PAT_NEXT;
	for (j = 2; (t = nx_tok(ps, j))->t == T_NUM && t->sp == 1 &&
	    !t->dot && !t->grp; j++)
		;
	if (j < 4)
		return PAT_NEXT;
	r->i0 = 0;
	r->i1 = j;
	r->kind = NX_OTHER;
	return PAT_READ;
}

/* more than 30, up to 700, < 5 (with -b); a comparison is no amount */
static int
pat_compare(struct nx *x, struct ps *ps, struct res *r)
{
	const struct tk *t0 = nx_tok(ps, 0);
	int cmp = t0->t == T_WORD && t0->w && t0->w->type == W_CMP;

	if (x->opt.bounds && (cmp || (t0->t == T_OTHER &&
	    t0->e - t0->s == 1 && (ps->p[t0->s] == '<' ||
	    ps->p[t0->s] == '>'))))
		return bound(x, ps, r) ? PAT_READ : PAT_NONE;
	return cmp ? PAT_NONE : PAT_NEXT;
}

/* percent of 10, per cent of twenty-two */
static int
pat_percent_of(struct nx *x, struct ps *ps, struct res *r)
{
	const struct tk *t0 = nx_tok(ps, 0);
	struct amt a;
	int j = 1, k;

	if (t0->t != T_WORD || !t0->w || t0->w->type != W_PCTPRE)
		return PAT_NEXT;
	if (nx_tok_is(ps, 0, "per")) {
		if (!nx_tok_is(ps, 1, "cent") || nx_tok(ps, 1)->sp != 1)
			return PAT_NONE;
		j = 2;
	}
	if (!nx_tok_is(ps, j, "of") || nx_tok(ps, j)->sp != 1 ||
	    nx_tok(ps, j + 1)->sp != 1 || (k = nx_amount(x, ps, j + 1, &a)) < 0 ||
	    a.pct || a.cur || a.unit || a.ord || a.neg)
		return PAT_NONE;
	r->i0 = 0;
	r->i1 = k;
	r->kind = NX_PERCENT;
	r->unit = "%";
	nx_res_value(x, r, &a);
	return PAT_READ;
}

/* A month not read as a date above is no number: May, March. */
static int
pat_month(struct nx *x, struct ps *ps, struct res *r)
{
	const struct tk *t0 = nx_tok(ps, 0);

	(void)x;
	(void)r;
	return t0->t == T_WORD && t0->w && t0->w->type == W_MONTH ?
	    PAT_NONE : PAT_NEXT;
}

/*
 * Is the amount a, read from token 0, a word that is no count: the
 * pronoun "one" (one of, the one, one's), a name (First Deputy, the Big
 * Four), an idiom (one-off, one-on-one), "a billion-dollar industry",
 * "a second", "the first half"?
 */
static int
not_a_count(struct ps *ps, const struct amt *a)
{
	const struct tk *t0 = nx_tok(ps, 0);
	const struct lx *w = t0->w;
	int one = a->spelled && a->i1 == 1 && w && w->val == 1 &&
	    w->type == W_NUM;
	char pw[16];
	/* the word before: every test that reads it is of a word or an ordinal */
	size_t pwn = a->spelled || a->ord ? nx_prev_word(ps, pw, sizeof pw) : 0;

	if (a->spelled && a->i1 == 1 && a->v.m == 1 && !a->ord && !a->cur &&
	    !a->pct && !a->unit && (nx_tok_is(ps, 1, "of") ||
	    nx_tok_is(ps, 1, "another") ||
	    (pwn && nx_set_has(WS_NOT_ONE_BEFORE, pw, pwn)) ||
	    apostrophe(ps, 1) || nx_one_pronoun(ps, 1)))
		return 1;	/* one's, the only one that */
	if (a->spelled && !a->cur && !a->pct && !a->unit && name_word(ps, 0) &&
	    ((name_word(ps, a->i1) && nx_tok(ps, a->i1)->sp == 1) ||
	    (!a->ord && prev_cap(ps))) && !sentence_start(ps))
		return 1;	/* First Deputy, One Za'abeel, the Big Four */
	if (one && nx_tok(ps, 1)->t == T_DASH && nx_tok(ps, 1)->sp == 0 &&
	    nx_tok(ps, 2)->sp == 0 && nx_in_tok_list(ps, 2, WS_NOT_ONE_HYPH))
		return 1;	/* one-off, one-on-one, one-stop */
	if (one && ps->lbn >= 3 && ps->lb[ps->lbn - 1] == '-' &&
	    LOWER(ps->lb[ps->lbn - 3]) == 'o' &&
	    LOWER(ps->lb[ps->lbn - 2]) == 'n' &&
	    (ps->lbn == 3 || !ISALPHA(ps->lb[ps->lbn - 4])))
		return 1;	/* the end of one-on-one */
	if (t0->t == T_WORD && w && w->type == W_A && a->cur &&
	    a->i1 >= 2 && nx_tok(ps, a->i1 - 2)->t == T_DASH &&
	    nx_tok(ps, a->i1 - 1)->t == T_WORD)
		return 1;	/* a billion-dollar industry: no amount */
	if (a->ord && a->i1 == 1 && w && w->val == 2 && w->cls == K_UNIT &&
	    pwn == 1 && pw[0] == 'a' && !(nx_tok(ps, 1)->t == T_WORD &&
	    nx_tok(ps, 1)->sp == 1 && !nx_in_tok_list(ps, 1, WS_NP_STOP) &&
	    !nx_in_tok_list(ps, 1, WS_NOT_RATE) &&
	    !nx_in_tok_list(ps, 1, WS_SECOND_IDIOM)))
		return 1;	/* a second, a second opinion; a second term is 2nd */
	return a->spelled && a->i1 == 1 && w && w->type == W_HALF && pwn &&
	    nx_set_has(WS_HALF_OF, pw, pwn);	/* the first half */
}

/*
 * After the amount a, which ends at token j: a range (10-15, 10 to 15,
 * $10-$15 million), a span of years (2024-2025, 2024-25), or a third
 * part that makes the whole an identifier (10-15-20).
 */
/* An em dash glued between a year and digits: 2012—13. */
static int
year_emdash(struct ps *ps, const struct amt *a, int j)
{
	const struct tk *t = nx_tok(ps, j);
	const unsigned char *p = ps->p + t->s;

	return t->t == T_OTHER && t->sp == 0 && t->e - t->s == 3 &&
	    p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x94 &&
	    nx_is_year(a, nx_tok(ps, 0)) && nx_tok(ps, j + 1)->t == T_NUM &&
	    nx_tok(ps, j + 1)->sp == 0;
}

/*
 * Is a, then b after the word or dash t at token j, a falling pair of
 * counts or percents: a tally or a match-up (won 46 to 40 percent,
 * 66%-30%, confirmed 92 to 0, 212,205 to 210,424), no range?  Money and
 * measures are left to the range ("$5 to $3" is read as two).
 */
static int
falling(struct ps *ps, const struct tk *t, const struct amt *a,
    const struct amt *b, int j)
{
	if (a->neg || b->neg || a->cur || b->cur || a->unit || b->unit ||
	    a->age || b->age || a->mexp || b->mexp || nv_cmp(&a->v, &b->v) <= 0)
		return 0;
	if (t->t == T_DASH)	/* 64%-27%: glued, both percents */
		return t->sp == 0 && nx_tok(ps, j + 1)->sp == 0 && a->pct &&
		    b->pct;
	return nx_tok_is(ps, j, "to");
}

/* Are a and b spelled whole numbers, b one more than a (one or two)? */
static int
next_spelled(const struct amt *a, const struct amt *b)
{
	struct nv n = a->v;

	if (!a->spelled || !b->spelled || a->v.e != 0 || b->cur || b->pct ||
	    a->ord || b->ord || a->v.m >= 100)
		return 0;
	n.m++;
	nv_norm(&n);
	return nv_cmp(&n, &b->v) == 0;
}

static int
range_after(struct nx *x, struct ps *ps, struct res *r, struct amt *a, int j)
{
	const struct tk *t0 = nx_tok(ps, 0), *t = nx_tok(ps, j), *u;
	struct amt b;
	char pw[16];
	size_t pwn;
	uint64_t y, z;
	int k, dash = t->t == T_DASH || year_emdash(ps, a, j);

	if (a->ord || !((dash && t->sp <= 1 &&
	    nx_tok(ps, j + 1)->sp <= 1) || ((nx_tok_is(ps, j, "to") ||
	    nx_tok_is(ps, j, "through") || nx_tok_is(ps, j, "or")) &&
	    t->sp == 1 && nx_tok(ps, j + 1)->sp == 1)) ||
	    (k = nx_amount(x, ps, j + 1, &b)) <= 0 || b.neg ||
	    (a->digits != b.digits && !(a->pct && b.pct)) ||
	    (!a->digits && dash))
		return PAT_NEXT;
	/*
	 * "three or four months": "or" joins bounds of a unit, or spelled
	 * neighbours (one or two, two or three people)
	 */
	if (nx_tok_is(ps, j, "or") && (a->unit || a->cur || a->pct ||
	    (!b.unit && !next_spelled(a, &b))))
		return PAT_NEXT;
	r->i0 = 0;
	r->i1 = k;
	u = nx_tok(ps, j + 1);
	/* a third part: a phone number or an identifier */
	if (dash && nx_tok(ps, k)->t == T_DASH &&
	    nx_tok(ps, k)->sp == 0 && nx_tok(ps, k + 1)->t == T_NUM) {
		for (k += 2; nx_tok(ps, k)->t == T_DASH &&
		    nx_tok(ps, k)->sp == 0 && nx_tok(ps, k + 1)->t == T_NUM &&
		    nx_tok(ps, k + 1)->sp == 0; k += 2)
			;
		r->i1 = k;
		r->kind = NX_OTHER;
		return PAT_READ;
	}
	if (nx_is_year(a, t0) && ((b.bare && !b.neg && !b.cur &&
	    dash && u->t == T_NUM && (u->nd == 4 || u->nd == 2)) ||
	    nx_is_year(&b, u))) {
		if (dash && u->t == T_NUM && u->nd == 2 && b.bare &&
		    !b.cur && nx_tok_int(t0, &y) && nx_tok_int(u, &z))
			nv_set(&b.v, y / 100 * 100 + z, 0);	/* 2024-25 */
		r->kind = NX_YEAR;
		fmt_range(x, r, a, &b);
		return PAT_READ;
	}
	pwn = nx_prev_word(ps, pw, sizeof pw);
	if (falling(ps, t, a, &b, j)) {
		if (pwn && nx_set_has(WS_CHANGE_FROM, pw, pwn))
			return PAT_NEXT;	/* fell from 71 to 55: two */
		r->kind = NX_OTHER;	/* beat him 46 to 40 percent */
		return PAT_READ;
	}
	/*
	 * "fell 2% to 41.5 per dollar": in a "to" range a unit written
	 * after the first end is written after the second; "rose by $125
	 * million to $11.2 billion" is a change and a level, not a range
	 */
	if (!dash && pwn == 2 && pw[0] == 'b' && pw[1] == 'y')
		return PAT_NEXT;
	if (t->t != T_DASH && dash)
		return PAT_NEXT;	/* 10—15: an em dash joins years only */
	if ((dash || !((a->pct && !b.pct) || (a->unit && !b.unit) ||
	    (a->cur && !a->pre && !b.cur))) && !nx_is_year(a, t0) &&
	    nv_cmp(&a->v, &b.v) < 0 && range_join(a, &b))
		return range_row(x, ps, r, a, &b);
	return PAT_NEXT;
}

/*
 * Remember the number of a name just read (Boeing 757, Flight 804): 3 to
 * 9 digits, so that a bare mention after it is the name too (the 757).
 */
void
nx_name_number(struct nx *x, const struct res *r)
{
	uint64_t v = 0;
	size_t i;

	if (r->vlen < 3 || r->vlen > 9)
		return;
	for (i = 0; i < r->vlen; i++) {
		if (x->value[i] < '0' || x->value[i] > '9')
			return;
		v = v * 10 + (uint64_t)(x->value[i] - '0');
	}
	x->namenum = v;
}

/* Is a, with no unit nor noun, the number of the last name (the 757)? */
static int
names_number(const struct nx *x, const struct amt *a, const struct res *r)
{
	uint64_t v;
	int e;

	if (!x->namenum || r->kind != NX_NUMBER || r->unit[0] != '\0' ||
	    !a->bare || !a->digits || a->v.e < 0)
		return 0;
	for (v = a->v.m, e = a->v.e; e > 0 && v < x->namenum; e--)
		v *= 10;
	return e == 0 && v == x->namenum;
}

/*
 * A year before the years read alone: four bare digits from 1000 after
 * a word of the set old_year_after (in, since, until), ending a phrase
 * (started in 1789,); "in 1500
 * cases" counts, and "a total of 1500." is no year.
 */
static int
old_year(struct ps *ps, const struct amt *a)
{
	const struct tk *t = nx_tok(ps, 0), *u;
	char pw[8];
	size_t pwn;

	if (t->t != T_NUM || t->nd != 4 || !a->bare || a->i1 != 1)
		return 0;
	u = nx_tok(ps, 1);
	if (a->v.e < 0 || a->neg || !(u->t == T_END || u->sp == 2 ||
	    u->t == T_COMMA || u->t == T_DOT || u->t == T_COLON) ||
	    t->v.m * (t->v.e ? 10 : 1) < 100)
		return 0;
	pwn = nx_prev_word(ps, pw, sizeof pw);
	return pwn && nx_set_has(WS_OLD_YEAR_AFTER, pw, pwn);
}

/* The row of the amount a alone: a year, a size (4x4), a name (5G). */
static int
amount_row(struct nx *x, struct ps *ps, struct res *r, const struct amt *a)
{
	const struct tk *t;
	int size;

	r->i0 = 0;
	r->i1 = a->i1;
	/* a round year before a plural noun counts it: 2000 people */
	if ((nx_is_year(a, nx_tok(ps, 0)) && !(a->v.e >= 2 &&
	    nx_counts_noun(ps, a->i1))) || old_year(ps, a)) {
		r->kind = NX_YEAR;
		nx_res_value(x, r, a);
		/* 1990s */
		t = nx_tok(ps, 1);
		if (t->t == T_WORD && t->sp == 0 && t->e - t->s == 1 &&
		    ps->p[t->s] == 's')
			r->i1 = 2;
		return PAT_READ;
	}
	r->kind = nx_amt_kind(a, &r->unit);
	t = nx_tok(ps, a->i1);
	/* 4x4, 100x200: a size or a name, not two numbers */
	size = t->t == T_WORD && t->sp == 0 && t->e - t->s == 1 &&
	    LOWER(ps->p[t->s]) == 'x' && !a->spelled && !a->cur && !a->pct &&
	    nx_tok(ps, a->i1 + 1)->t == T_NUM && nx_tok(ps, a->i1 + 1)->sp == 0;
	/* digits glued to capitals: 5G, 3D */
	if (size || (t->t == T_WORD && t->sp == 0 && !a->spelled &&
	    ps->p[t->s] >= 'A' && ps->p[t->s] <= 'Z')) {
		r->kind = NX_OTHER;
		r->unit = "";
		r->i1 = a->i1 + (size ? 2 : 1);
		r->vlen = 0;
		return PAT_READ;
	}
	nx_res_value(x, r, a);
	if (r->kind == NX_CURRENCY)
		x->lastcur = a->cur;
	nx_measure(x, ps, r);
	if (names_number(x, a, r)) {
		r->kind = NX_OTHER;	/* the 757 after a Boeing 757 */
		r->named = 1;
	}
	return PAT_READ;
}

/*
 * A fraction of a percent: "one-half of 1 percent" is 0.5 percent.  The
 * row, or PAT_NEXT.
 */
static int
part_of_percent(struct nx *x, struct ps *ps, struct res *r, struct amt *a,
    int j)
{
	struct amt b;
	int k;

	if (!a->spelled || a->pct || a->cur || a->unit || a->ord || a->neg ||
	    a->v.inexact || a->v.e >= 0 || !nx_tok_is(ps, j, "of") ||
	    nx_tok(ps, j)->sp != 1 || nx_tok(ps, j + 1)->sp != 1 ||
	    (k = nx_amount(x, ps, j + 1, &b)) < 0 || !b.pct || b.cur ||
	    b.neg || b.lp || b.v.inexact || b.v.m > UINT64_MAX / a->v.m ||
	    a->v.m * b.v.m > NV_MAXM)
		return PAT_NEXT;
	nv_set(&a->v, a->v.m * b.v.m, a->v.e + b.v.e);
	nv_norm(&a->v);
	a->pct = 1;
	r->i0 = 0;
	r->i1 = k;
	r->kind = NX_PERCENT;
	r->unit = "%";
	nx_res_value(x, r, a);
	return PAT_READ;
}

/*
 * [currency] [sign] quantity [magnitude] [suffix], then what may follow
 * it: a range, a bound (500 or more, with -b).  The last pattern.
 */
static int
pat_amount(struct nx *x, struct ps *ps, struct res *r)
{
	struct amt a;
	int j, k, dir = 0;

	if ((j = nx_amount(x, ps, 0, &a)) < 0 || not_a_count(ps, &a))
		return PAT_NONE;
	if (range_after(x, ps, r, &a, j) == PAT_READ ||
	    part_of_percent(x, ps, r, &a, j) == PAT_READ)
		return PAT_READ;
	/* "500 or more", "5000 or less" */
	if (x->opt.bounds && !a.ord && (k = cmp_after(ps, a.i1, &dir)) > a.i1) {
		r->i0 = 0;
		r->i1 = k;
		r->kind = NX_RANGE;
		r->unit = a.pct ? "%" : a.cur ? a.cur : a.unit ? a.unit : "";
		fmt_bound(x, r, dir == CMP_HI ? NULL : &a,
		    dir == CMP_LO ? NULL : &a);
		return PAT_READ;
	}
	return amount_row(x, ps, r, &a);
}

/*
 * The grammar: the patterns tried at a candidate, in this order, one
 * P(name, reader) row each.  The first that reads wins; one that says
 * PAT_NONE ends the search (a comparison word without -b, a month not
 * read as a date).  Examples of each are in t/corpus/numbers/.  The rows
 * expand into direct calls in nx_parse: a call through a table of
 * functions goes to another target at each row, and is mispredicted at
 * almost every one.
 */
#define NX_PATTERNS(P) \
	P("digit pattern", pat_digits)	/* dates.tsv, other.tsv */ \
	P("score", pat_score)		/* other.tsv */ \
	P("date in words", pat_date)	/* dates.tsv */ \
	P("between and, from to", pat_between)	/* ranges.tsv */ \
	P("phone number", pat_phone)	/* other.tsv */ \
	P("comparison", pat_compare)	/* bounds.tsv */ \
	P("percent of", pat_percent_of)	/* percents.tsv */ \
	P("month alone", pat_month) \
	P("amount", pat_amount)		/* the other files */

/*
 * Read what starts at the view: returns 1 with r set, or 0 when nothing
 * starts here.
 */
int
nx_parse(struct nx *x, struct ps *ps, struct res *r)
{
	int v;

	memset(r, 0, sizeof *r);
	r->unit = "";
#define TRY(name, read) \
	if ((v = read(x, ps, r)) != PAT_NEXT) \
		return v == PAT_READ;
	NX_PATTERNS(TRY)
#undef TRY
	return 0;
}

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "numbers.h"
#include "utf8.h"
#include "lex.h"
#include "nx.h"

/* Is the code c one of the codes split by spaces in list? */
static int
in_codes(const char *list, const char *c)
{
	size_t n = strlen(c);

	for (;;) {
		if (strncmp(list, c, n) == 0 && (list[n] == ' ' || list[n] == '\0'))
			return 1;
		if ((list = strchr(list, ' ')) == NULL)
			return 0;
		list++;
	}
}

/*
 * The currency of entry e: a word several currencies share (F_CTX) is the
 * last amount's currency when that is one of its family (nx_families).
 */
const char *
nx_ctx_cur(const struct nx *x, const struct lx *e)
{
	const struct nx_family *f;
	const char *c = x->lastcur;

	if (!(e->flags & F_CTX) || !c)
		return e->unit;
	for (f = nx_families; f < nx_families + nx_nfamilies; f++)
		if (strcmp(f->unit, e->unit) == 0 && (!f->type ||
		    f->type == e->type))
			return in_codes(f->members, c) ? c : e->unit;
	return e->unit;
}

/* The digits of sub-unit e in currency cur: fils are 1/1000 KWD, 1/100 AED. */
static int
minor_digits(const struct lx *e, const char *cur)
{
	size_t i;

	for (i = 0; cur && i < nx_nminors; i++)
		if (strcmp(nx_minors[i].cur, cur) == 0)
			return nx_minors[i].digits;
	return e->val;
}


/*
 * Is token j digits glued to a one-letter currency that look like an
 * amount: with a point or separators, or a magnitude after them?
 */
int
nx_amount_like(struct ps *ps, int j)
{
	const struct tk *t = nx_tok(ps, j), *u = nx_tok(ps, j + 1);
	const struct lx *e;
	uint32_t it = 0, h;
	size_t n;

	if (t->t != T_NUM || t->sp != 0)
		return 0;
	if (t->dot || t->grp)
		return 1;
	n = (size_t)(u->e - u->s);
	if (u->t != T_WORD || u->sp > 1)
		return 0;
	/* a magnitude marked F_MONEY (magnitudes.def) */
	h = lex_hash((const char *)ps->p + u->s, n);
	while ((e = nx_suf_next(ps->p + u->s, n, h, &it)) != NULL)
		if ((e->flags & F_MONEY) && e->n == n)
			return 1;
	return 0;
}

/* Does a suffix phrase (unit, currency, magnitude) start at token j? */
static int
suffix_word(struct ps *ps, int j)
{
	const struct tk *t = nx_tok(ps, j);
	const struct lx *e;
	uint32_t it = 0, h;
	size_t n = (size_t)(t->e - t->s);

	if (t->t != T_WORD)
		return 0;
	h = lex_hash((const char *)ps->p + t->s, n);
	while ((e = nx_suf_next(ps->p + t->s, n, h, &it)) != NULL)
		if (nx_phrase(ps, j, e) > 0)
			return 1;
	return 0;
}

/*
 * Does a magnitude of more than one word start at token j ("lakh
 * crore")?  A spelled scale word there is left to the suffix, which
 * reads the whole phrase.  They are few: each is tried, with no look-up
 * of the word among all the words after a number.
 */
int
nx_scale_phrase_at(struct ps *ps, int j)
{
	const struct tk *t = nx_tok(ps, j);
	const struct lx *e;
	size_t i;

	if (t->t != T_WORD)
		return 0;
	/* the first letter first: this runs at every scale word */
	for (i = 0; (e = nx_magphrase_at(i)) != NULL; i++)
		if (LOWER(ps->p[t->s]) == LOWER(e->s[0]) &&
		    nx_phrase(ps, j, e) > 0)
			return 1;
	return 0;
}

/* A whole number below 100 in digits or words at j; the index after it. */
static int
small_int(struct ps *ps, int j, uint64_t *v)
{
	const struct tk *t = nx_tok(ps, j);
	struct amt b;
	int k;

	if (t->t == T_NUM) {
		if (t->dot || t->grp || t->nd > 2 || t->v.e < 0)
			return -1;
		*v = t->v.m * (t->v.e ? 10 : 1);
		return j + 1;
	}
	b = nx_amt_zero;
	if (t->t != T_WORD || !t->w || t->w->type != W_NUM ||
	    (k = nx_words(ps, j, &b, 0)) < 0 || b.ord || b.v.e != 0 ||
	    b.v.m >= 100)
		return -1;
	*v = b.v.m;
	return k;
}


/* Is token j one of the words for a hundredth: cents, pence? */
static int
cents_word(struct ps *ps, int j)
{
	return nx_tok(ps, j)->sp == 1 && (nx_tok_is(ps, j, "cents") ||
	    nx_tok_is(ps, j, "cent") || nx_tok_is(ps, j, "pence"));
}

/*
 * After "15 dollars": "50 cents", "and forty-five cents", "and fifty", or
 * a bare "50" ending the sentence, as hundredths.  need_and: only the
 * forms with "and" (after a currency written before the amount).
 */
int
nx_money_cents(struct ps *ps, int j, struct amt *a, int need_and)
{
	const struct tk *t;
	struct nv f;
	uint64_t v;
	int k = j, e, and = 0;

	if (nx_tok(ps, k)->sp != 1)
		return j;
	if (nx_tok_is(ps, k, "and")) {
		and = 1;
		k++;
		if (nx_tok(ps, k)->sp != 1)
			return j;
	}
	if ((need_and && !and) || a->v.e < 0 || (e = small_int(ps, k, &v)) < 0)
		return j;
	t = nx_tok(ps, e);
	if (cents_word(ps, e))
		e++;
	else if (and ? (t->t == T_NUM || (t->t == T_WORD && t->w &&
	    t->w->type == W_NUM) || suffix_word(ps, e)) :
	    (t->t != T_END && t->t != T_DOT && t->t != T_COMMA))
		return j;
	nv_set(&f, v, -2);
	nv_add(&a->v, &f);
	return e;
}



/* Is a the purity of gold before a glued K (24K), not thousands? */
static int
karat(const struct amt *a)
{
	uint64_t v = a->v.m;
	int e;

	if (!a->bare || a->cur || a->v.e < 0 || a->v.e > 1)
		return 0;
	for (e = 0; e < a->v.e; e++)
		v *= 10;
	return v == 18 || v == 21 || v == 22 || v == 24;
}

/*
 * After "1.2m": does token j start a unit, a currency or a counted noun,
 * so the m is a million and not metres ("1.2m sq ft", "5m dollars")?
 */
static int
counted_at(struct ps *ps, int j)
{
	const struct tk *t = nx_tok(ps, j);
	const struct lx *e;
	uint32_t it = 0, h;
	size_t n = (size_t)(t->e - t->s);

	if (t->t != T_WORD || t->sp != 1)
		return 0;
	h = lex_hash((const char *)ps->p + t->s, n);
	while ((e = nx_suf_next(ps->p + t->s, n, h, &it)) != NULL)
		if ((e->type == S_DIM || e->type == S_CUR) && e->n > 1 &&
		    nx_phrase(ps, j, e) > 0)
			return 1;
	return nx_set_has(WS_COUNTED, (const char *)ps->p + t->s, n);
}

/*
 * A unit written with a sign (30°C, 120 μg, 10" long) at token j: the
 * rows of nx_unit_marks.  The index after it, or -1.
 */
static int
unit_mark(struct ps *ps, int j, struct amt *a)
{
	const struct tk *t = nx_tok(ps, j);
	const struct nx_unitmark *m;
	size_t n, end;
	int k;

	if (t->t != T_OTHER || t->sp > 1 || a->cur || a->pct || a->unit)
		return -1;
	for (m = nx_unit_marks; m->s; m++) {
		if ((unsigned char)m->s[0] != ps->p[t->s])
			continue;	/* the cheap test first */
		n = strlen(m->s);
		end = t->s + n;
		if (end > ps->n || memcmp(ps->p + t->s, m->s, n) != 0 ||
		    (end < ps->n && ISALPHA(ps->p[end])))
			continue;
		for (k = j; nx_tok(ps, k)->t != T_END && nx_tok(ps, k)->e < end; k++)
			;
		if (nx_tok(ps, k)->e != end)
			continue;
		/* 10" long: a bare quote only before a word of size */
		if (m->need && !(nx_tok(ps, k + 1)->sp == 1 &&
		    nx_in_tok_list(ps, k + 1, m->need)))
			continue;
		a->unit = m->unit;
		return k + 1;
	}
	return -1;
}

/*
 * The marks after a quantity that are no word of the lexicon: a percent
 * sign, a currency symbol (10 EUR sign), "-year-old", a unit sign.  The
 * index after the mark, or -1 when there is none.
 */
static int
suffix_mark(struct ps *ps, int j, struct amt *a)
{
	const struct tk *t = nx_tok(ps, j);
	int k;

	if ((k = unit_mark(ps, j, a)) >= 0)
		return k;

	if (t->t == T_PCT && !a->pct && !a->cur && !a->unit) {
		a->pct = 1;
		return j + 1;
	}
	/* a symbol after the amount: 10 EUR sign, 100 yuan sign */
	if (t->t == T_SYM && t->sp <= 1 && !a->cur && !a->pct &&
	    !a->unit && nx_tok(ps, j + 1)->t != T_NUM) {
		a->cur = t->cur;
		return j + 1;
	}
	if (t->t == T_DASH && t->sp == 0 && a->bare && !a->mexp &&
	    (nx_tok_is(ps, j + 1, "year") || nx_tok_is(ps, j + 1, "years")) &&
	    nx_tok(ps, j + 1)->sp == 0) {
		/* 54-year-old, 29-years-old: an age; a 25-year lease: years */
		a->unit = "years";
		j += 2;
		if (nx_tok(ps, j)->t == T_DASH && nx_tok_is(ps, j + 1, "old") &&
		    nx_tok(ps, j)->sp == 0 && nx_tok(ps, j + 1)->sp == 0) {
			a->age = 1;
			j += 2;
		}
		return j;
	}
	return -1;
}

/*
 * A unit in brackets after a bare quantity: 20 (kg), 20 [kg], 20 <kg>.
 * The index after the closing bracket, or -1.
 */
static int
bracketed_unit(struct nx *x, struct ps *ps, int j, struct amt *a)
{
	static const char open[] = "([{<", close[] = ")]}>";
	const struct tk *t = nx_tok(ps, j), *c;
	const struct lx *e;
	const char *o;
	uint32_t it = 0;
	size_t n;

	(void)x;
	if (t->t != T_OTHER || t->e - t->s != 1 || t->sp != 1 || a->cur ||
	    a->pct || a->unit || (o = strchr(open, ps->p[t->s])) == NULL ||
	    ps->p[t->s] == '\0')
		return -1;
	t = nx_tok(ps, j + 1);
	c = nx_tok(ps, j + 2);
	n = (size_t)(t->e - t->s);
	if (t->t != T_WORD || t->sp != 0 || c->sp != 0 || c->e - c->s != 1 ||
	    ps->p[c->s] != (unsigned char)close[o - open])
		return -1;
	while ((e = nx_suf_next(ps->p + t->s, n,
	    lex_hash((const char *)ps->p + t->s, n), &it)) != NULL)
		if (e->type == S_DIM && e->n == n && nx_phrase(ps, j + 1, e) == j + 2) {
			a->unit = e->unit;
			a->bare = 0;
			return j + 3;
		}
	return -1;
}

/*
 * May entry e follow the amount a read so far, its first word being
 * token t (after a hyphen when hy: 3-inch, one-yen)?
 */
static int
suffix_fits(const struct nx *x, const struct lx *e, const struct amt *a,
    const struct tk *t, int hy)
{
	if ((e->flags & F_FINE) && a->fine)
		;	/* 2.33 k, 1,674.5 G */
	else if ((e->flags & F_GLUE) && t->sp != 0)
		return 0;
	else if ((e->flags & F_FINE) && !(e->flags & F_GLUE))
		return 0;
	if ((e->flags & F_NEEDCUR) && !a->cur)
		return 0;
	if (hy && (e->type == S_MAG || e->type == S_PCT))
		return 0;
	if (e->type == S_MAG && (a->mexp || a->pct || a->sub || a->unit))
		return 0;
	if (e->type != S_MAG && (a->pct || a->unit ||
	    (a->cur && e->type != S_CUR)))
		return 0;
	if (e->type == S_CUR && e->val && a->pre)
		return 0;
	/* "$ 10 dollars": the same currency in words, said twice */
	if (e->type == S_CUR && a->cur && (!a->pre ||
	    !(e->s[0] >= 'a' && e->s[0] <= 'z') ||
	    strcmp(a->cur, nx_ctx_cur(x, e)) != 0))
		return 0;
	return 1;
}

/*
 * Is unit e, ending at token k, glued to digits after it: an identifier
 * (24703L202, 24703 L-202), not a measure?
 */
static int
glued_on(struct ps *ps, const struct lx *e, int k)
{
	const struct tk *t = nx_tok(ps, k);

	if (e->type != S_DIM || t->sp != 0 || (t->t == T_NUM && t->nd == 1 &&
	    !t->dot && !t->grp && (t->v.m == 2 || t->v.m == 3)))
		return 0;	/* km2, m3: an exponent */
	return t->t == T_NUM || (t->t == T_DASH && nx_tok(ps, k + 1)->t == T_NUM &&
	    nx_tok(ps, k + 1)->sp == 0);
}

/*
 * The longest entry of the words after a number that starts at token j
 * and fits a (the first in table order of the longest); its end in *end.
 */
static const struct lx *
suffix_best(struct nx *x, struct ps *ps, int j, const struct amt *a, int hy,
    int *end)
{
	const struct tk *t = nx_tok(ps, j);
	const struct lx *e, *best = NULL;
	size_t n = (size_t)(t->e - t->s);
	uint32_t it = 0, h;
	int k;

	*end = -1;
	h = lex_hash((const char *)ps->p + t->s, n);
	while ((e = nx_suf_next(ps->p + t->s, n, h, &it)) != NULL)
		if (suffix_fits(x, e, a, t, hy) &&
		    (k = nx_phrase(ps, j, e)) > *end && !glued_on(ps, e, k)) {
			*end = k;
			best = e;
		}
	return best;
}

/* Scale a by a power of ten read as its magnitude. */
static void
magnify(struct amt *a, int power)
{
	a->mexp = power;
	a->lastscale = power;
	a->v.e += power;
	nv_norm(&a->v);
}

/* A unit: km2 and m2 are a glued exponent; *bk moves past it. */
static void
suffix_unit(struct ps *ps, const struct lx *best, int *bk, struct amt *a)
{
	const struct tk *t = nx_tok(ps, *bk);

	a->unit = best->unit;
	if (t->t == T_NUM && t->sp == 0 && t->nd == 1 && !t->dot &&
	    t->v.m == 2 && (strcmp(a->unit, "km") == 0 ||
	    strcmp(a->unit, "m") == 0)) {
		a->unit = a->unit[0] == 'k' ? "sq km" : "sq m";
		(*bk)++;
	} else if (t->t == T_NUM && t->sp == 0 && t->nd == 1 && !t->dot &&
	    t->v.m == 3 && strcmp(a->unit, "m") == 0) {
		a->unit = "m3";
		(*bk)++;
	}
}

enum { APPLIED, READ_ON, DONE };

/*
 * Apply entry best, which ends at token *bk, to a: APPLIED, READ_ON when
 * the word was a magnitude after all and one more may follow (the m of
 * 1.2m passengers), or DONE when nothing more may follow (24K gold).
 */
static int
suffix_apply(struct nx *x, struct ps *ps, const struct lx *best, int *bk,
    struct amt *a)
{
	switch (best->type) {
	case S_MAG:
		if (best->s[0] == 'K' && karat(a)) {
			a->unit = "karat";	/* 24K, 22K gold */
			a->bare = 0;
			return DONE;
		}
		magnify(a, best->val);
		break;
	case S_PCT:
		a->pct = best->val ? 2 : 1;
		break;
	case S_CUR:
		if (a->pre) {	/* "$ 10 dollars": said twice */
			a->pre = 0;
			break;
		}
		a->cur = nx_ctx_cur(x, best);
		if (best->val) {	/* MUSD */
			a->mexp = best->val;
			a->v.e += best->val;
			nv_norm(&a->v);
		}
		break;
	case S_SUB:
		a->sub = 1;
		a->cur = nx_ctx_cur(x, best);
		a->v.e -= minor_digits(best, a->cur);
		nv_norm(&a->v);
		break;
	case S_DIM:
		if (best->n == 1 && best->s[0] == 'm' && !a->mexp &&
		    counted_at(ps, *bk)) {
			/* 1.2m sq ft, 2.5m passengers: a million */
			magnify(a, 6);
			a->bare = 0;
			return READ_ON;
		}
		suffix_unit(ps, best, bk, a);
		if (best->val) {	/* a decade: 10 years */
			a->unitpow = best->val;
			a->v.e += best->val;
			nv_norm(&a->v);
		}
		/* five years old: an age */
		if (strcmp(a->unit, "years") == 0 && nx_tok_is(ps, *bk, "old") &&
		    nx_tok(ps, *bk)->sp == 1) {
			a->age = 1;
			(*bk)++;
		}
		break;
	}
	a->bare = 0;
	return APPLIED;
}

/* Apply a magnitude, percent, currency or unit after the quantity. */
int
nx_suffix(struct nx *x, struct ps *ps, int j, struct amt *a)
{
	const struct tk *t;
	const struct lx *best;
	int k, bk, round, hy;

	for (round = 0; round < 3; round++) {
		t = nx_tok(ps, j);
		if (t->sp == 2)
			return j;
		if ((k = suffix_mark(ps, j, a)) >= 0 ||
		    (k = bracketed_unit(x, ps, j, a)) >= 0)
			return k;
		/* 3-inch, one-yen: a unit after a hyphen */
		hy = t->t == T_DASH && t->grp && t->sp == 0 &&
		    nx_tok(ps, j + 1)->t == T_WORD && nx_tok(ps, j + 1)->sp == 0;
		t = nx_tok(ps, j + hy);
		if (t->t != T_WORD)
			return j;
		if ((best = suffix_best(x, ps, j + hy, a, hy, &bk)) == NULL)
			return j;
		k = suffix_apply(x, ps, best, &bk, a);
		j = bk;
		if (k == DONE)
			return j;
		if (k == READ_ON)
			continue;
		if (best->type == S_CUR && !a->mexp && !hy)
			j = nx_money_cents(ps, j, a, 0);
		if (best->type != S_MAG && best->type != S_CUR)
			return j;
	}
	return j;
}

/*
 * Copy word t to x->unit from offset at, lower-cased and in the singular
 * when sing (barrels: barrel, nights: night); 0 when it does not fit.
 */
static size_t
unit_word(struct nx *x, struct ps *ps, const struct tk *t, size_t at,
    int sing)
{
	const unsigned char *p = ps->p + t->s;
	size_t n = (size_t)(t->e - t->s), i;

	if (at + n + 1 > sizeof x->unit)
		return 0;
	if (sing && n > 3 && p[n - 1] == 's' && p[n - 2] != 's')
		n--;
	for (i = 0; i < n; i++)
		x->unit[at + i] = sing ? (char)LOWER(p[i]) : (char)p[i];
	x->unit[at + n] = '\0';
	return at + n;
}

/*
 * Write r's unit, a slash and the measure: the short form of unit as
 * the table nx_per has it (hours: h), else unit, else word t singular.
 * 0 when it does not fit.
 */
static int
per_unit(struct nx *x, struct ps *ps, struct res *r, const struct tk *t,
    const char *unit)
{
	size_t n = strlen(r->unit), i, k;

	if (n + 1 >= sizeof x->unit)
		return 0;
	memmove(x->unit, r->unit, n);
	x->unit[n] = '/';
	for (i = 0; unit && nx_per[i].unit; i++)
		if (strcmp(nx_per[i].unit, unit) == 0) {
			k = strlen(nx_per[i].per);
			if (n + 1 + k >= sizeof x->unit)
				return 0;
			memcpy(x->unit + n + 1, nx_per[i].per, k + 1);
			r->unit = x->unit;
			return 1;
		}
	if (unit && (k = strlen(unit)) + n + 1 < sizeof x->unit) {
		memcpy(x->unit + n + 1, unit, k + 1);	/* tons/ha */
		r->unit = x->unit;
		return 1;
	}
	if (unit_word(x, ps, t, n + 1, 1) == 0)
		return 0;
	r->unit = x->unit;
	return 1;
}

/* The unit that starts at token j and ends the phrase: its entry, *end. */
static const struct lx *
unit_entry(struct ps *ps, int j, int *end)
{
	const struct tk *t = nx_tok(ps, j);
	const struct lx *e, *best = NULL;
	size_t n = (size_t)(t->e - t->s);
	uint32_t it = 0;
	int k;

	*end = -1;
	if (t->t != T_WORD)
		return NULL;
	while ((e = nx_suf_next(ps->p + t->s, n,
	    lex_hash((const char *)ps->p + t->s, n), &it)) != NULL)
		if (e->type == S_DIM && (k = nx_phrase(ps, j, e)) > *end) {
			*end = k;
			best = e;
		}
	return best;
}

/*
 * A measure glued after a slash: USD 500/month, 10km/hr, 50 km/ms.  The
 * span takes it in: it is one unit.
 */
static int
slash_rate(struct nx *x, struct ps *ps, struct res *r)
{
	const struct tk *u = nx_tok(ps, r->i1 + 1), *t;
	const struct lx *e;
	int k;

	t = nx_tok(ps, r->i1 + 2);
	if (u->t != T_WORD || u->sp != 0 || (t->sp == 0 && t->t != T_END &&
	    t->t != T_COMMA && t->t != T_DOT))
		return 0;
	e = unit_entry(ps, r->i1 + 1, &k);
	if (!per_unit(x, ps, r, u, e && k == r->i1 + 2 ? e->unit : NULL))
		return 0;
	r->i1 += 2;
	return 1;
}

/*
 * A rate glued by hyphens: a $353,000-a-plate dinner (USD/plate); the
 * span stays the amount's, as after "a month".
 */
static int
hyphen_rate(struct nx *x, struct ps *ps, struct res *r)
{
	const struct tk *d = nx_tok(ps, r->i1 + 2), *u = nx_tok(ps, r->i1 + 3);

	if (nx_tok(ps, r->i1 + 1)->sp != 0 || !(nx_tok_is(ps, r->i1 + 1, "a") ||
	    nx_tok_is(ps, r->i1 + 1, "per")) || d->t != T_DASH || d->sp != 0 ||
	    u->t != T_WORD || u->sp != 0 || !per_unit(x, ps, r, u, NULL))
		return 0;
	return 1;
}

/*
 * A rate after the amount: "$3,500 a month", "USD 80 per barrel", "40 km
 * per hour".  The unit becomes the amount's and the measure's, singular,
 * after a slash (USD/month, km/h); the span stays the amount's, but for
 * a measure per another (a speed), which is one unit.
 */
static int
rate(struct nx *x, struct ps *ps, struct res *r)
{
	const struct tk *t = nx_tok(ps, r->i1), *u;
	const struct lx *e;
	size_t n;
	int k;

	if (t->t == T_SLASH && t->sp == 0)
		return slash_rate(x, ps, r);
	if (t->t == T_DASH && t->sp == 0 && r->kind == NX_CURRENCY)
		return hyphen_rate(x, ps, r);

	/* the cheap test first: this runs after every amount */
	if (t->t != T_WORD || t->sp != 1 || (LOWER(ps->p[t->s]) != 'p' &&
	    LOWER(ps->p[t->s]) != 'a'))
		return 0;
	u = nx_tok(ps, r->i1 + 1);
	if (u->t != T_WORD || u->sp != 1 ||
	    (u->w && u->w->type == W_NUM) || !(nx_tok_is(ps, r->i1, "per") ||
	    (r->kind == NX_CURRENCY && (nx_tok_is(ps, r->i1, "a") ||
	    nx_tok_is(ps, r->i1, "an")))) ||
	    nx_in_tok_list(ps, r->i1 + 1, WS_NP_STOP))
		return 0;
	n = strlen(r->unit);
	if (n + 1 >= sizeof x->unit)
		return 0;
	if (nx_in_tok_list(ps, r->i1 + 2, WS_NOT_RATE) &&
	    nx_tok(ps, r->i1 + 2)->sp == 1)
		return 0;	/* $1.17 billion a year earlier */
	if (r->kind == NX_DIMENSION && nx_tok_is(ps, r->i1, "per") &&
	    (e = unit_entry(ps, r->i1 + 1, &k)) != NULL) {
		if (!per_unit(x, ps, r, u, e->unit))
			return 0;
		r->i1 = k;	/* 50 meters per millisecond: one unit */
		return 1;
	}
	memmove(x->unit, r->unit, n);
	x->unit[n] = '/';
	if (unit_word(x, ps, u, n + 1, 1) == 0)
		return 0;
	r->unit = x->unit;
	return 1;
}

/* Does word t end as a verb or an adverb does (killed, running, only)? */
static int
verb_like(struct ps *ps, const struct tk *t)
{
	const unsigned char *p = ps->p + t->s;
	size_t n = (size_t)(t->e - t->s);

	return n > 3 && ((p[n - 2] == 'e' && p[n - 1] == 'd') ||
	    (p[n - 3] == 'i' && p[n - 2] == 'n' && p[n - 1] == 'g') ||
	    (p[n - 2] == 'l' && p[n - 1] == 'y'));
}

/*
 * A plural noun: ends in s, not ss, is, us (workers, not press, crisis),
 * or is one of the plurals of nx_wordsets (people, children).
 */
static int
plural_like(struct ps *ps, int k)
{
	const struct tk *t = nx_tok(ps, k);
	const unsigned char *p = ps->p + t->s;
	size_t n = (size_t)(t->e - t->s);

	if (n > 2 && p[n - 1] == 's')
		return p[n - 2] != 's' && p[n - 2] != 'u' && p[n - 2] != 'i';
	return (nx_pluralfirst >> ((LOWER(p[0]) - 'a') & 31) & 1) &&
	    nx_in_tok_list(ps, k, WS_PLURAL);
}

/*
 * The noun counted after a number: the noun phrase that follows ends at
 * punctuation, a line end, a function word or a verb, within four words;
 * its head is its last plural word ("13,000 workers", "three new
 * schools", "5 portable ultrasound machines"), after one its last word
 * ("one Jewish person").  Its token, or -1.
 */
static int
counted_noun(struct ps *ps, int j, int one)
{
	const struct tk *t;
	int k, head = -1;

	for (k = j; k < j + 4; k++) {
		t = nx_tok(ps, k);
		if (t->t != T_WORD || t->sp != 1 || (t->w && (t->w->type == W_NUM ||
		    t->w->type == W_MONTH)) || (k > j && verb_like(ps, t)))
			break;
		/* the cheap tests first: this runs after every count */
		if (!one && plural_like(ps, k))
			return nx_in_tok_list(ps, k, WS_NP_STOP) ? -1 : k;
		if (nx_in_tok_list(ps, k, WS_NP_STOP))
			break;
		if (one && !verb_like(ps, t))
			head = k;
		/* a word glued after: the noun is not whole (e.v.'s, U.S.) */
		if (nx_tok(ps, k + 1)->sp == 0 && nx_tok(ps, k + 1)->t != T_COMMA &&
		    nx_tok(ps, k + 1)->t != T_DOT)
			break;
	}
	return head;
}

/* Does a plural noun counted start at token j ("2000 people")? */
int
nx_counts_noun(struct ps *ps, int j)
{
	return counted_noun(ps, j, 0) >= 0;
}

/*
 * A count made an adjective by a hyphen: the noun glued after it (a
 * 112-member committee, a five-state sweep, a three-way race).  Its
 * token, or -1; not in a longer compound (one-on-one).
 */
static int
hyphen_noun(struct ps *ps, int j)
{
	const struct tk *d = nx_tok(ps, j), *w, *n;

	/* the cheap test first: this runs after every count */
	if (d->t != T_DASH || !d->grp || d->sp != 0)
		return -1;
	w = nx_tok(ps, j + 1);
	if (w->t != T_WORD || w->sp != 0 || (w->w && (w->w->type == W_NUM ||
	    w->w->type == W_ORD)))
		return -1;
	n = nx_tok(ps, j + 2);
	return n->sp == 0 && (n->t == T_DASH || n->t == T_WORD ||
	    n->t == T_NUM) ? -1 : j + 1;
}

/*
 * Is "one", before token j, the pronoun: no noun counted after it, and
 * punctuation, a line end or a word of the set one_pronoun follows, but
 * for a preposition before a number (one in three); one on one and one
 * by one are idioms.
 */
int
nx_one_pronoun(struct ps *ps, int j)
{
	const struct tk *t = nx_tok(ps, j), *u;
	char pw[4];

	if (counted_noun(ps, j, 1) >= 0 ||
	    (nx_prev_word(ps, pw, sizeof pw) == 3 && memcmp(pw, "but", 3) == 0))
		return 0;	/* the last but one: a position */
	if (t->t == T_END || t->sp == 2 || t->t == T_COMMA ||
	    t->t == T_DOT || t->t == T_COLON)
		return 1;
	if (t->sp != 1 || !nx_in_tok_list(ps, j, WS_ONE_PRONOUN))
		return 0;
	u = nx_tok(ps, j + 1);
	return nx_tok_is(ps, j + 1, "one") || !(u->sp == 1 &&
	    (u->t == T_NUM || (u->w && u->w->type == W_NUM)));
}

/*
 * An age without "years": "aged 68", "turns 70", "Age: 27", and two
 * digits set off by commas after a name ("Sarandon, 69, said"), or
 * ending a caption ("Ahmed Helal, 40.").
 */
static int
age(struct ps *ps, const struct res *r)
{
	const struct tk *t = nx_tok(ps, 0), *u = nx_tok(ps, 1);
	const unsigned char *b = ps->lb;
	size_t i = ps->lbn;

	char pw[8];
	size_t pwn;

	if (r->i1 != 1 || t->t != T_NUM || t->nd != 2 || t->dot || t->grp ||
	    i < 3 || b[i - 1] != ' ')
		return 0;
	if (i >= 5 && LOWER(b[i - 5]) == 'a' && LOWER(b[i - 4]) == 'g' &&
	    LOWER(b[i - 3]) == 'e' && LOWER(b[i - 2]) == 'd' &&
	    (i == 5 || !ISALPHA(b[i - 6])))
		return 1;	/* aged 68 */
	/* turns 70, Age: 27 */
	if (u->t == T_END || u->sp == 2 || u->t == T_COMMA || u->t == T_DOT) {
		pwn = nx_prev_word(ps, pw, sizeof pw);
		if ((pwn == 5 && memcmp(pw, "turns", 5) == 0) ||
		    (pwn == 6 && memcmp(pw, "turned", 6) == 0))
			return 1;
	}
	if (i >= 5 && b[i - 2] == ':' && LOWER(b[i - 5]) == 'a' &&
	    LOWER(b[i - 4]) == 'g' && LOWER(b[i - 3]) == 'e' &&
	    (i == 5 || !ISALPHA(b[i - 6])))
		return 1;
	/* Sarandon, 69, said; Ahmed Helal, 40. */
	if (!(u->t == T_END || u->sp == 2 || (u->sp == 0 &&
	    (u->t == T_COMMA || u->t == T_DOT)) || (u->sp == 1 &&
	    memchr(ps->p + t->e, '\n', (size_t)(u->s - t->e)))) ||
	    b[i - 2] != ',')
		return 0;	/* a line ends after a caption: Sahar Khoga, 52 */
	if (b[i - 3] == ')') {	/* Richard Osman (left), 40. */
		for (i -= 3; i > 0 && ps->lbn - i < 16 && b[i] != '('; i--)
			;
		if (b[i] != '(')
			return 0;
		while (i > 0 && b[i - 1] == ' ')
			i--;
	} else
		i -= 2;
	/* the name's last word; its last letter may be any (Supré) */
	if (i < 2 || !(ISALPHA(b[i - 1]) || b[i - 1] >= 0x80))
		return 0;
	for (i--; i > 0 && (ISALPHA(b[i - 1]) || b[i - 1] >= 0x80); i--)
		;
	return b[i] >= 'A' && b[i] <= 'Z';
}

/*
 * Do points end at token j before a word of a margin, maybe after one
 * more word (a 15-point lead, 3 points behind, a 3-point polling lead,
 * 3 points over Sanders)?  Such points are percentage points.
 */
static int
margin_after(struct ps *ps, int j)
{
	int k;

	for (k = j; k < j + 2; k++) {
		if (nx_tok(ps, k)->t != T_WORD || nx_tok(ps, k)->sp != 1)
			return 0;
		if (nx_in_tok_list(ps, k, WS_MARGIN))
			return 1;
		if (nx_tok_is(ps, k, "over"))	/* over a name, not a week */
			return nx_tok(ps, k + 1)->sp == 1 &&
			    ps->p[nx_tok(ps, k + 1)->s] >= 'A' &&
			    ps->p[nx_tok(ps, k + 1)->s] <= 'Z';
		if (nx_in_tok_list(ps, k, WS_NP_STOP))
			return 0;
	}
	return 0;
}

/*
 * What the number measures, after the row r of the amount is read: a
 * rate's measure, or the noun a count counts (its unit, as written).
 */
void
nx_measure(struct nx *x, struct ps *ps, struct res *r)
{
	const struct tk *t0 = nx_tok(ps, 0);
	int k;

	if (r->kind == NX_DIMENSION && strcmp(r->unit, "points") == 0 &&
	    margin_after(ps, r->i1)) {
		r->kind = NX_PERCENT;	/* a poll's margin */
		r->unit = "%";
		return;
	}

	if ((r->kind == NX_CURRENCY || r->kind == NX_DIMENSION) && rate(x, ps, r))
		return;
	if ((r->kind != NX_NUMBER && r->kind != NX_RANGE) || r->unit[0] != '\0')
		return;
	if (r->kind == NX_NUMBER && age(ps, r)) {
		r->unit = "years";
		return;
	}
	k = hyphen_noun(ps, r->i1);
	if (k < 0)
		k = counted_noun(ps, r->i1, r->i1 == 1 && t0->t == T_WORD &&
		    t0->w && t0->w->val == 1);
	if (k >= 0 && unit_word(x, ps, nx_tok(ps, k), 0, 0) > 0)
		r->unit = x->unit;
}

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "numbers.h"
#include "utf8.h"
#include "nx.h"

const struct amt nx_amt_zero = { 0 };


/*
 * A quantity in digits at token i: with a fraction (2 1/4, 5 and a
 * half sign), in groups of three after one blank (1 200), or with a
 * spelled magnitude (4 thousand 3 hundred and 21, 1.5 million, 2 dozen).
 */
static int
quantity_digits(struct ps *ps, int i, struct amt *a)
{
	const struct tk *t = nx_tok(ps, i), *u;
	struct nv f;
	uint64_t dv;
	int j, k;

	a->digits = 1;
	a->fine = t->dot || t->grp;
	a->v = t->v;
	if (t->lng) {
		a->lp = ps->p + t->s;
		a->ln = (size_t)(t->e - t->s);
		a->le = t->v.e;
		a->lm = t->v.m;
	}
	a->bare = !t->grp && !t->dot;
	j = i + 1;
	u = nx_tok(ps, j);
	if (u->t == T_FRAC && u->sp == 0 && a->bare) {
		nv_add(&a->v, &u->v);
		a->bare = 0;
		return j + 1;
	}
	/* 1/2, 2 1/4: a proper fraction */
	if (u->t == T_SLASH && u->sp == 0 && a->bare &&
	    nx_tok(ps, j + 1)->sp == 0 && nx_tok_int(nx_tok(ps, j + 1), &dv) &&
	    nv_cmp(&t->v, &nx_tok(ps, j + 1)->v) < 0 && nx_frac_den(dv)) {
		nv_div(&a->v, dv);
		a->bare = 0;
		return j + 2;
	}
	if (u->t == T_NUM && u->sp == 1 && a->bare && !u->grp &&
	    !u->dot && nx_tok(ps, j + 1)->t == T_SLASH &&
	    nx_tok(ps, j + 1)->sp == 0 && nx_tok(ps, j + 2)->sp == 0 &&
	    nx_tok_int(nx_tok(ps, j + 2), &dv) &&
	    nv_cmp(&u->v, &nx_tok(ps, j + 2)->v) < 0 && nx_frac_den(dv)) {
		f = u->v;
		nv_div(&f, dv);
		nv_add(&a->v, &f);
		a->bare = 0;
		return j + 3;
	}
	/* 4 thousand 3 hundred and 21 */
	if (a->bare && t->nd <= 2 && u->t == T_WORD && u->sp == 1 &&
	    u->w && u->w->type == W_NUM &&
	    (u->w->cls == K_HUND || u->w->cls == K_SCALE) &&
	    !nx_scale_phrase_at(ps, j) &&
	    (k = nx_words(ps, i, a, 0)) > 0) {
		a->spelled = 0;
		a->bare = 0;
		return k;
	}
	/* "1 200": groups of three after one blank, clearly one number */
	if (a->bare && t->nd <= 3 && u->t == T_NUM && u->sp == 1 &&
	    u->nd == 3 && !u->grp && nx_one_gap(ps->p + t->e, u->s - t->e)) {
		struct nv w = t->v;
		int g = j;

		while (nx_tok(ps, g)->t == T_NUM && nx_tok(ps, g)->nd == 3 &&
		    !nx_tok(ps, g)->grp && nx_tok(ps, g)->sp == 1 &&
		    nx_one_gap(ps->p + nx_tok(ps, g - 1)->e,
		    nx_tok(ps, g)->s - nx_tok(ps, g - 1)->e) &&
		    !nx_tok(ps, g - 1)->dot) {
			w.e += 3;
			nv_add(&w, &nx_tok(ps, g)->v);
			g++;
		}
		a->v = w;
		a->bare = 0;
		j = g;
	}
	/* 322 hundred, 1.5 million, 2 dozen */
	u = nx_tok(ps, j);
	if (u->t == T_WORD && u->sp == 1 && u->w && u->w->type == W_NUM &&
	    u->w->cls == K_HUND) {
		a->v.e += 2;
		a->bare = 0;
		j++;
		u = nx_tok(ps, j);
	}
	if (u->t == T_DASH && u->grp && u->sp == 0 &&
	    nx_tok(ps, j + 1)->sp == 0 && nx_tok(ps, j + 1)->w &&
	    nx_tok(ps, j + 1)->w->type == W_NUM &&
	    nx_tok(ps, j + 1)->w->cls == K_SCALE)
		u = nx_tok(ps, ++j);	/* a KD 150-million grant */
	if (u->t == T_WORD && u->sp <= 1 && u->w && u->w->type == W_NUM &&
	    u->w->cls == K_SCALE && !nx_scale_phrase_at(ps, j)) {
		a->v.e += u->w->val;
		a->mexp = u->w->val;
		a->lastscale = u->w->val;
		a->bare = 0;
		j++;
	} else if (u->t == T_WORD && u->sp == 1 && u->w &&
	    u->w->cls == K_DOZEN && u->w->type == W_NUM) {
		nv_mul(&a->v, 12);
		a->bare = 0;
		j++;
	}
	nv_norm(&a->v);
	return j;
}

/* "a decade", "a century": a unit that is a power of ten of another. */
static int
a_decade(struct ps *ps, int i)
{
	const struct tk *t = nx_tok(ps, i), *u = nx_tok(ps, i + 1);
	const struct lx *e;
	uint32_t it = 0;
	size_t n = (size_t)(u->e - u->s);

	if (t->t != T_WORD || !t->w || t->w->type != W_A || u->t != T_WORD ||
	    u->sp != 1)
		return 0;
	while ((e = nx_suf_next(ps->p + u->s, n,
	    lex_hash((const char *)ps->p + u->s, n), &it)) != NULL)
		if (e->type == S_DIM && e->val > 0 && e->n == n)
			return 1;
	return 0;
}

/* The end of a unit (years, an hour) at token j, or -1. */
static int
unit_at(struct ps *ps, int j)
{
	const struct tk *u = nx_tok(ps, j);
	const struct lx *e;
	uint32_t it = 0;
	size_t n = (size_t)(u->e - u->s);
	int k, end = -1;

	if (u->t != T_WORD || u->sp != 1)
		return -1;
	while ((e = nx_suf_next(ps->p + u->s, n,
	    lex_hash((const char *)ps->p + u->s, n), &it)) != NULL)
		if (e->type == S_DIM && (k = nx_phrase(ps, j, e)) > end)
			end = k;
	return end;
}

/* "and a half" at token j: the index after it, or -1. */
static int
and_a_half(struct ps *ps, int j)
{
	const struct tk *a, *h;

	/* the tokens after it cut only after "and" */
	if (!nx_tok_is(ps, j, "and") || nx_tok(ps, j)->sp != 1)
		return -1;
	a = nx_tok(ps, j + 1);
	h = nx_tok(ps, j + 2);
	if (a->sp != 1 || !a->w || a->w->type != W_A || h->sp != 1 || !h->w ||
	    h->w->type != W_HALF)
		return -1;
	return j + 3;
}

/* "a year and a half", "an hour and a half": one unit and a half. */
static int
a_unit_and_half(struct ps *ps, int i)
{
	const struct tk *t = nx_tok(ps, i);
	int k;

	return t->t == T_WORD && t->w && t->w->type == W_A &&
	    (k = unit_at(ps, i + 1)) > 0 && and_a_half(ps, k) > 0;
}

/* A quantity in digits, symbols or words, with its magnitude words. */
static int
quantity(struct ps *ps, int i, struct amt *a)
{
	const struct tk *t = nx_tok(ps, i), *u;
	struct nv f;
	int j, k;

	if (t->t == T_NUM)
		return quantity_digits(ps, i, a);
	if (t->t == T_FRAC) {
		a->v = t->v;
		return i + 1;
	}
	if (t->t != T_WORD || !t->w)
		return -1;
	/* half, a half, a quarter, quarter million, half a dozen */
	if (t->w->type == W_HALF || (t->w->type == W_QUARTER &&
	    !(t->w->flags & F_PLURAL) && nx_tok(ps, i + 1)->sp == 1 && nx_tok(ps, i + 1)->w &&
	    nx_tok(ps, i + 1)->w->type == W_NUM &&
	    nx_tok(ps, i + 1)->w->cls == K_SCALE) || (t->w->type == W_A &&
	    nx_tok(ps, i + 1)->w && nx_tok(ps, i + 1)->sp == 1 &&
	    (nx_tok(ps, i + 1)->w->type == W_HALF ||
	    nx_tok(ps, i + 1)->w->type == W_QUARTER))) {
		j = i;
		if (t->w->type == W_A)
			j++;
		t = nx_tok(ps, j);
		if (t->w->flags & F_PLURAL)		/* "quarters" */
			return -1;
		nv_set(&a->v, t->w->type == W_HALF ? 5 : 25,
		    t->w->type == W_HALF ? -1 : -2);
		a->spelled = 1;
		j++;
		if ((k = nx_of_a_scale(ps, j, a)) > j)
			return k;	/* a quarter of a million */
		/* half a dozen, half a million, half million */
		k = j;
		if (nx_tok(ps, k)->w && nx_tok(ps, k)->w->type == W_A &&
		    nx_tok(ps, k)->sp == 1)
			k++;
		u = nx_tok(ps, k);
		if (k > j && unit_at(ps, k) > 0)
			return k;	/* half a century, half an hour */
		if (u->sp == 1 && u->w && u->w->type == W_NUM &&
		    (u->w->cls == K_SCALE || (u->w->flags & F_SINGULAR))) {
			if (u->w->cls == K_DOZEN)
				nv_mul(&a->v, 12);
			else {
				a->v.e += u->w->val;
				a->mexp = u->w->val;
			}
			nv_norm(&a->v);
			j = k + 1;
		}
		return j;
	}
	if (t->w->type != W_NUM && t->w->type != W_ORD && t->w->type != W_A)
		return -1;
	/*
	 * a fifth, a hundredth: only where it ends a phrase ("a third
	 * term") or after "by" ("fell by a third in volume")
	 */
	if (t->w->type == W_A) {
		if ((j = nx_frac_words(ps, i, &f)) > 0 && (nx_phrase_end(ps, j) ||
		    nx_word_before(ps, i, "by"))) {
			a->v = f;
			a->spelled = 1;
			return j;
		}
	} else if ((j = nx_frac_words(ps, i, &f)) > 0) {
		/* two thirds, one-eighth, three quarters */
		a->v = f;
		a->spelled = 1;
		return nx_of_a_scale(ps, j, a);
	}
	if (a_decade(ps, i) || a_unit_and_half(ps, i)) {
		nv_set(&a->v, 1, 0);	/* a decade, a century: the unit reads 10 */
		a->spelled = 1;
		return i + 1;
	}
	j = nx_words(ps, i, a, 0);
	if (j < 0)
		return -1;
	if (!a->ord)
		j = nx_point_words(ps, j, a);
	return j;
}

/*
 * "and a half", "and three fifths" after a whole number; after a scale
 * word the fraction is of that scale ("3 million and a half").
 */
static int
and_frac(struct ps *ps, int j, struct amt *a)
{
	const struct tk *t;
	struct nv f;
	int k;

	if (a->ord || a->pct || !nx_tok_is(ps, j, "and") || nx_tok(ps, j)->sp != 1 ||
	    nx_tok(ps, j + 1)->sp != 1)
		return j;
	if ((k = nx_frac_words(ps, j + 1, &f)) < 0)
		return j;
	t = nx_tok(ps, k);
	if (t->sp == 1 && t->w && t->w->type == W_NUM && t->w->cls == K_SCALE &&
	    !a->lastscale && !a->mexp) {
		/* five and a half million */
		nv_add(&a->v, &f);
		a->v.e += t->w->val;
		a->mexp = t->w->val;
		k++;
	} else {
		if (t->sp == 1 && t->w && t->w->type == W_NUM &&
		    t->w->cls == K_SCALE) {
			f.e += t->w->val;	/* one billion and a half million */
			k++;
		} else
			f.e += a->lastscale;
		nv_norm(&f);
		nv_add(&a->v, &f);
	}
	nv_norm(&a->v);
	a->bare = 0;
	return k;
}

/* The first row of nx_subunits from s on for the unit, or NULL. */
static const struct nx_subunit *
subunit_of(const struct nx_subunit *s, const char *unit)
{
	for (; s < nx_subunits + nx_nsubunits; s++)
		if (strcmp(s->unit, unit) == 0)
			return s;
	return NULL;
}

/*
 * "5 feet 2 inches", "12 ft 2 in", "5 feet and 2 inches" after an amount
 * in a unit with sub-units (nx_subunits) at token j: a number of one or
 * two digits and a sub-unit's word add that part of the unit.  The index
 * after them, or j.
 */
static int
sub_units(struct ps *ps, int j, struct amt *a)
{
	const struct nx_subunit *s;
	const struct tk *t;
	struct nv f;
	int k = j;

	if (!a->unit || (s = subunit_of(nx_subunits, a->unit)) == NULL ||
	    a->v.e < 0 || nx_tok(ps, k)->sp != 1)
		return j;
	if (nx_tok_is(ps, k, "and") && nx_tok(ps, k + 1)->sp == 1)
		k++;
	t = nx_tok(ps, k);
	if (t->t != T_NUM || t->grp || t->nd > 2 || t->v.e < 0 || t->v.bad ||
	    nx_tok(ps, k + 1)->sp != 1)
		return j;
	while (s != NULL && !nx_tok_is(ps, k + 1, s->s))
		s = subunit_of(s + 1, a->unit);
	if (s == NULL)
		return j;
	f = t->v;
	nv_div(&f, s->per);
	nv_add(&a->v, &f);
	a->bare = 0;
	return k + 2;
}

/* [currency] [sign] quantity [magnitude] [suffix] */
int
nx_amount(struct nx *x, struct ps *ps, int i, struct amt *a)
{
	const struct tk *t, *u;
	int j = i, k, dollar;

	*a = nx_amt_zero;
	a->i0 = i;
	t = nx_tok(ps, j);
	if (t->t == T_WORD && t->w && t->w->type == W_NEG) {
		a->neg = 1;
		j++;
		/* minus-130 degrees: the word glued by a hyphen */
		if (nx_tok(ps, j)->t == T_DASH && nx_tok(ps, j)->sp == 0 &&
		    nx_tok(ps, j + 1)->t == T_NUM && nx_tok(ps, j + 1)->sp == 0)
			j++;
		else if (nx_tok(ps, j)->sp != 1)
			return -1;
	}
	t = nx_tok(ps, j);
	if (t->t == T_SYM) {
		a->cur = t->cur;
		j++;
	} else if (t->t == T_WORD && t->w && t->w->type == W_CUR) {
		/* US$, HK$, C $, AUD$ */
		u = nx_tok(ps, j + 1);
		dollar = u->t == T_SYM && u->sp <= 1 && strcmp(u->cur, "USD") == 0;
		if ((t->w->flags & F_DOLLAR) && !dollar)
			return -1;
		if ((t->w->flags & F_AMTONLY) && !nx_amount_like(ps, j + 1))
			return -1;
		a->cur = nx_ctx_cur(x, t->w);
		j += dollar ? 2 : 1;
		if (!dollar && nx_tok(ps, j)->t == T_DOT && nx_tok(ps, j)->sp == 0)
			j++;	/* Rs. */
	}
	if (a->cur) {
		a->pre = 1;
		t = nx_tok(ps, j);
		if (t->sp == 2)
			return -1;
		if (t->t == T_DASH && t->grp && nx_tok(ps, j + 1)->sp == 0 &&
		    nx_tok(ps, j + 1)->t == T_WORD)
			j++;	/* KD-five-million */
	}
	t = nx_tok(ps, j);
	if ((t->t == T_DASH || t->t == T_PLUS) && nx_tok(ps, j + 1)->t == T_NUM &&
	    nx_tok(ps, j + 1)->sp == 0 && (j == i || a->cur) &&
	    (t->t == T_PLUS || t->grp || t->e - t->s == 3)) {
		if (t->t == T_DASH)
			a->neg = !a->neg;
		j++;
	}
	if (a->cur && nx_tok(ps, j)->sp == 2)
		return -1;
	k = quantity(ps, j, a);
	if (k < 0)
		return -1;
	k = and_frac(ps, k, a);
	/* "one over three", "2000 over 3": where the divisor ends a phrase */
	if (!a->ord && !a->cur && a->v.e >= 0 && nx_tok_is(ps, k, "over") &&
	    nx_tok(ps, k)->sp == 1 && nx_tok(ps, k + 1)->sp == 1) {
		struct amt b;
		int q;

		b = nx_amt_zero;
		if ((q = quantity(ps, k + 1, &b)) > 0 && !b.ord && b.v.e >= 0 &&
		    b.v.e < 6 && b.v.m > 0 && (b.bare || b.spelled) &&
		    nx_phrase_end(ps, q)) {
			while (b.v.e > 0) {
				b.v.m *= 10;
				b.v.e--;
			}
			nv_div(&a->v, b.v.m);
			a->bare = 0;
			k = q;
		}
	}
	if (a->ord) {
		a->i1 = k;
		return a->cur ? -1 : k;
	}
	t = nx_tok(ps, k);
	if (!a->spelled && nx_tok(ps, k - 1)->t == T_NUM && t->t == T_WORD &&
	    t->sp == 0 && (t->e - t->s) == 2 && !a->cur && a->v.e >= 0) {
		if (nx_set_has(WS_ORDSUFFIX, (const char *)ps->p + t->s, 2) &&
		    !nx_tok(ps, k - 1)->grp) {
			a->ord = 1;
			a->bare = 0;
			a->i1 = k + 1;
			return k + 1;
		}
	}
	u = nx_tok(ps, k);
	a->qend = k;
	k = nx_suffix(x, ps, k, a);
	k = sub_units(ps, k, a);
	if (a->unit && (j = and_a_half(ps, k)) > 0) {
		struct nv h;	/* a decade and a half: 15 years */

		nv_set(&h, 5, a->unitpow - 1);
		nv_add(&a->v, &h);
		nv_norm(&a->v);
		k = j;
	}
	if (a->pre && !a->mexp && nx_tok(ps, k) == u)
		k = nx_money_cents(ps, k, a, 1);	/* $100 and fifty */
	a->i1 = k;
	return k;
}

/*
 * The value of a, exactly: from its digits when they are longer than the
 * mantissa (2222222222222222222, 0.1234567890123456789) and only scaled
 * since (1234567890123456789 million).  Its length, 0 when none fits.
 */
size_t
nx_amt_fmt(const struct amt *a, char *buf, size_t size)
{
	char d[NX_LOOKAHEAD];
	size_t i, n = 0, k = 0, fe;
	long pt = -1, point, j;

	if (!a->lp || a->v.m != a->lm || a->v.inexact)
		return nv_fmt(&a->v, a->neg, buf, size);
	for (i = 0; i < a->ln && n < sizeof d; i++) {
		if (a->lp[i] == '.')
			pt = (long)n;
		else if (ISDIGIT(a->lp[i]))
			d[n++] = (char)a->lp[i];
	}
	/* the value is 0.d times ten to the point */
	point = (pt < 0 ? (long)n : pt) + (a->v.e - a->le);
	for (fe = n; fe > 0 && (long)fe > point && d[fe - 1] == '0'; fe--)
		;
	if (a->neg)
		buf[k++] = '-';
	for (j = 0; j < point; j++)	/* the whole part, no leading zeros */
		if ((j < (long)fe ? d[j] : '0') != '0' || k > (size_t)a->neg ||
		    j == point - 1) {
			if (k + 1 >= size)
				return 0;
			buf[k++] = j < (long)fe ? d[j] : '0';
		}
	if (point <= 0)
		buf[k++] = '0';
	if ((long)fe > point && k + 1 < size)
		buf[k++] = '.';
	for (j = point < 0 ? point : point; j < (long)fe; j++) {
		if (k + 1 >= size)
			return 0;
		buf[k++] = j < 0 ? '0' : d[j];
	}
	return k;
}

void
nx_res_value(struct nx *x, struct res *r, const struct amt *a)
{
	r->vlen = nx_amt_fmt(a, x->value, sizeof x->value);
}

enum nx_kind
nx_amt_kind(const struct amt *a, const char **unit)
{
	*unit = "";
	if (a->other)
		return NX_OTHER;
	if (a->pct) {
		*unit = "%";
		return NX_PERCENT;
	}
	if (a->cur) {
		*unit = a->cur;
		return NX_CURRENCY;
	}
	if (a->age) {
		*unit = "years";
		return NX_NUMBER;
	}
	if (a->unit) {
		*unit = a->unit;
		return NX_DIMENSION;
	}
	if (a->ord)
		return NX_ORDINAL;
	return NX_NUMBER;
}

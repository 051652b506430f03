#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "numbers.h"
#include "utf8.h"
#include "nx.h"

const char *
nx_ctx_cur(const struct nx *x, const struct lx *e)
{
	static const char *const riyal[] = { "SAR", "QAR", "OMR", "YER", NULL };
	static const char *const dinar[] = { "KWD", "JOD", "BHD", "IQD", NULL };
	static const char *const pound[] = { "GBP", "EGP", NULL };
	static const char *const cent[] = { "USD", "EUR", NULL };
	static const char *const fils[] = { "KWD", "BHD", "JOD", "IQD", "AED", NULL };
	static const char *const rupee[] = { "INR", "PKR", "LKR", "NPR", NULL };
	const char *const *l;
	const char *c = x->lastcur;

	if (!(e->flags & F_CTX) || !c)
		return e->unit;
	if (strcmp(e->unit, "QAR") == 0 || strcmp(e->unit, "OMR") == 0)
		l = riyal;
	else if (strcmp(e->unit, "KWD") == 0 && e->type == S_CUR)
		l = dinar;
	else if (strcmp(e->unit, "GBP") == 0)
		l = pound;
	else if (strcmp(e->unit, "USD") == 0)
		l = cent;
	else if (strcmp(e->unit, "KWD") == 0)
		l = fils;
	else if (strcmp(e->unit, "INR") == 0)
		l = rupee;
	else
		return e->unit;
	for (; *l; l++)
		if (strcmp(*l, c) == 0)
			return *l;
	return e->unit;
}


/*
 * Is token j digits glued to a one-letter currency that look like an
 * amount: with a point or separators, or a magnitude after them?
 */
int
nx_amount_like(struct ps *ps, int j)
{
	static const char *const mag[] = { "million", "billion", "trillion",
	    "mn", "bn", "tn", "mil", "bil", "m", "b", NULL };
	const struct tk *t = nx_tok(ps, j), *u = nx_tok(ps, j + 1);
	char w[12];
	size_t n, i;

	if (t->t != T_NUM || t->sp != 0)
		return 0;
	if (t->dot || t->grp)
		return 1;
	n = (size_t)(u->e - u->s);
	if (u->t != T_WORD || u->sp > 1 || n >= sizeof w)
		return 0;
	for (i = 0; i < n; i++)
		w[i] = (char)LOWER(ps->p[u->s + i]);
	return nx_in_list(w, n, mag);
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
	memset(&b, 0, sizeof b);
	if (t->t != T_WORD || !t->w || t->w->type != W_NUM ||
	    (k = nx_words(ps, j, &b, 0)) < 0 || b.ord || b.v.e != 0 ||
	    b.v.m >= 100)
		return -1;
	*v = b.v.m;
	return k;
}

/* Does a suffix phrase (unit, currency, magnitude) start at token j? */
static int
suffix_word(struct ps *ps, int j)
{
	const struct lx *e;

	const struct tk *t = nx_tok(ps, j);

	if (t->t != T_WORD)
		return 0;
	for (e = nx_suf; e < nx_suf + nx_nsuf; e++)
		if (LOWER(e->s[0]) == LOWER(ps->p[t->s]) && nx_phrase(ps, j, e) > 0)
			return 1;
	return 0;
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
	char w[12];
	size_t n = t->e - t->s, i;

	if (t->t != T_WORD || t->sp != 1)
		return 0;
	for (e = nx_suf; e < nx_suf + nx_nsuf; e++)
		if ((e->type == S_DIM || e->type == S_CUR) && e->n > 1 &&
		    LOWER(e->s[0]) == LOWER(ps->p[t->s]) &&
		    nx_phrase(ps, j, e) > 0)
			return 1;
	if (n >= sizeof w)
		return 0;
	for (i = 0; i < n; i++)
		w[i] = (char)LOWER(ps->p[t->s + i]);
	return nx_in_list(w, n, nx_counted);
}

/* Apply a magnitude, percent, currency or unit after the quantity. */
int
nx_suffix(struct nx *x, struct ps *ps, int j, struct amt *a)
{
	const struct tk *t;
	const struct lx *e, *best;
	unsigned c, q;
	int k, bk, round, hy;

	for (round = 0; round < 3; round++) {
		t = nx_tok(ps, j);
		if (t->sp == 2)
			return j;
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
		    nx_tok_is(ps, j + 1, "year") && nx_tok(ps, j + 1)->sp == 0) {
			/* 54-year-old, a 25-year lease */
			a->age = 1;
			a->unit = "years";
			j += 2;
			if (nx_tok(ps, j)->t == T_DASH && nx_tok_is(ps, j + 1, "old") &&
			    nx_tok(ps, j)->sp == 0 && nx_tok(ps, j + 1)->sp == 0)
				j += 2;
			return j;
		}
		/* 3-inch, one-yen: a unit after a hyphen */
		hy = t->t == T_DASH && t->grp && t->sp == 0 &&
		    nx_tok(ps, j + 1)->t == T_WORD && nx_tok(ps, j + 1)->sp == 0;
		t = nx_tok(ps, j + hy);
		if (t->t != T_WORD)
			return j;
		best = NULL;
		bk = -1;
		c = LOWER(ps->p[t->s]) - 'a';
		if (c >= 26)
			return j;
		for (q = x->sufs[c]; q < x->sufs[c + 1]; q++) {
			e = &nx_suf[x->sufi[q]];
			if ((e->flags & F_FINE) && a->fine)
				;	/* 2.33 k, 1,674.5 G */
			else if ((e->flags & F_GLUE) && t->sp != 0)
				continue;
			else if ((e->flags & F_FINE) && !(e->flags & F_GLUE))
				continue;
			if ((e->flags & F_NEEDCUR) && !a->cur)
				continue;
			if (hy && (e->type == S_MAG || e->type == S_PCT))
				continue;
			if (e->type == S_MAG && (a->mexp || a->pct || a->sub ||
			    a->unit))
				continue;
			if (e->type != S_MAG && (a->pct || a->unit ||
			    (a->cur && e->type != S_CUR)))
				continue;
			if (e->type == S_CUR && e->val && a->pre)
				continue;
			/* "$ 10 dollars": the same currency in words, said twice */
			if (e->type == S_CUR && a->cur && (!a->pre ||
			    !(e->s[0] >= 'a' && e->s[0] <= 'z') ||
			    strcmp(a->cur, nx_ctx_cur(x, e)) != 0))
				continue;
			if ((k = nx_phrase(ps, j + hy, e)) > bk) {
				bk = k;
				best = e;
			}
		}
		if (!best)
			return j;
		switch (best->type) {
		case S_MAG:
			if (best->s[0] == 'K' && karat(a)) {
				a->unit = "karat";	/* 24K, 22K gold */
				a->bare = 0;
				return bk;
			}
			a->mexp = best->val;
			a->lastscale = best->val;
			a->v.e += best->val;
			nv_norm(&a->v);
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
			a->v.e -= (a->cur && strcmp(a->cur, "AED") == 0) ? 2 : best->val;
			nv_norm(&a->v);
			break;
		case S_DIM:
			if (best->n == 1 && best->s[0] == 'm' && !a->mexp &&
			    counted_at(ps, bk)) {
				/* 1.2m sq ft, 2.5m passengers: a million */
				a->mexp = 6;
				a->lastscale = 6;
				a->v.e += 6;
				nv_norm(&a->v);
				a->bare = 0;
				j = bk;
				continue;
			}
			a->unit = best->unit;
			/* km2, m2: a glued exponent */
			if (nx_tok(ps, bk)->t == T_NUM && nx_tok(ps, bk)->sp == 0 &&
			    nx_tok(ps, bk)->nd == 1 && !nx_tok(ps, bk)->dot &&
			    nx_tok(ps, bk)->v.m == 2 && (strcmp(a->unit, "km") == 0 ||
			    strcmp(a->unit, "m") == 0)) {
				a->unit = a->unit[0] == 'k' ? "sq km" : "sq m";
				bk++;
			}
			break;
		}
		a->bare = 0;
		j = bk;
		if (best->type == S_CUR && !a->mexp && !hy)
			j = nx_money_cents(ps, j, a, 0);
		if (best->type != S_MAG && best->type != S_CUR)
			return j;
	}
	return j;
}

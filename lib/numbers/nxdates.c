#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "numbers.h"
#include "utf8.h"
#include "nx.h"

/* Is v in the years read alone (NX_YEAR_MIN to NX_YEAR_MAX)? */
static int
year_like(uint64_t v)
{
	return v >= NX_YEAR_MIN && v <= NX_YEAR_MAX;
}

/*
 * Is the amount a, read from token t, a year: four bare digits in the
 * years read alone?  A round year (2000, 1900) too: nx_round_count
 * says when it counts a noun after it instead ("2000 people").
 */
int
nx_is_year(const struct amt *a, const struct tk *t)
{
	uint64_t v = a->v.m;
	int e;

	if (!a->bare || a->neg || a->mexp || a->cur || a->pct || a->unit ||
	    a->ord || t->t != T_NUM || t->nd != 4 || a->v.e < 0 || a->v.e > 3)
		return 0;
	for (e = 0; e < a->v.e; e++)
		v *= 10;
	return year_like(v);
}

/* A day of the month: 1 to 31, maybe with st/nd/rd/th. */
static int
day_at(struct ps *ps, int i)
{
	const struct tk *t = nx_tok(ps, i);

	if (t->t != T_NUM || t->nd > 2 || t->dot || t->grp || t->v.bad)
		return -1;
	if (nv_cmp(&t->v, &(struct nv){ 31, 0, 0, 0 }) > 0 || t->v.m == 0)
		return -1;
	t = nx_tok(ps, i + 1);
	if (t->t == T_WORD && t->sp == 0 && t->e - t->s == 2)
		return i + 2;
	return i + 1;
}

static int
year_at(struct ps *ps, int i)
{
	const struct tk *t = nx_tok(ps, i);
	struct nv v = t->v;

	nv_norm(&v);
	if (t->t != T_NUM || t->nd != 4 || t->dot || t->grp)
		return -1;
	if (nv_cmp(&v, &(struct nv){ 1000, 0, 0, 0 }) < 0 ||
	    nv_cmp(&v, &(struct nv){ NX_YEAR_MAX, 0, 0, 0 }) > 0)
		return -1;
	t = nx_tok(ps, i + 1);
	if (t->t == T_WORD && t->sp == 0)
		return -1;
	return i + 1;
}

/* "5 to 10", "5-10" after a day: the index after the second day. */
static int
day_range(struct ps *ps, int j)
{
	const struct tk *t = nx_tok(ps, j);
	int k;

	if (((t->t == T_DASH && t->sp <= 1) || ((nx_tok_is(ps, j, "to") ||
	    nx_tok_is(ps, j, "and")) && t->sp == 1)) && nx_tok(ps, j + 1)->sp <= 1 &&
	    (k = day_at(ps, j + 1)) > 0)
		return k;
	return j;
}

/* ", 2025" or " 2025" after a day and month: the index after it. */
static int
date_year(struct ps *ps, int j)
{
	int k;

	if (nx_tok(ps, j)->t == T_COMMA && nx_tok(ps, j)->sp == 0 &&
	    nx_tok(ps, j + 1)->sp == 1 && (k = year_at(ps, j + 1)) > 0)
		return k;
	if (nx_tok(ps, j)->sp == 1 && (k = year_at(ps, j)) > 0)
		return k;
	return j;
}

static int
month_at(struct ps *ps, int j)
{
	const struct tk *t = nx_tok(ps, j);

	if (t->t != T_WORD || !t->w || t->w->type != W_MONTH)
		return -1;
	if (nx_tok(ps, j + 1)->t == T_DOT && nx_tok(ps, j + 1)->sp == 0)
		return j + 2;	/* Jan. */
	return j + 1;
}

/*
 * January 24, 2025; Jan. 24; July 2008; March 5 to 10, 2024;
 * January-February 2024; 24 January 2025; 5-10 March; 21st of May.
 */
int
nx_date_words(struct ps *ps, struct res *r)
{
	int j, k;

	if ((j = month_at(ps, 0)) > 0) {
		if (nx_tok(ps, j)->t == T_DASH && nx_tok(ps, j)->sp == 0 &&
		    nx_tok(ps, j + 1)->sp == 0 && (k = month_at(ps, j + 1)) > 0)
			j = k;	/* January-February */
		if (nx_tok(ps, j)->sp != 1)
			return 0;
		if ((k = day_at(ps, j)) > 0)
			j = date_year(ps, day_range(ps, k));
		else if ((k = year_at(ps, j)) > 0)
			j = k;
		else
			return 0;
		r->i0 = 0;
		r->i1 = j;
		r->kind = NX_DATE;
		return 1;
	}
	if ((j = day_at(ps, 0)) < 0)
		return 0;
	j = day_range(ps, j);
	if (nx_tok(ps, j)->sp == 1 && nx_tok_is(ps, j, "of"))
		j++;
	if (nx_tok(ps, j)->sp != 1 || (k = month_at(ps, j)) < 0)
		return 0;
	r->i0 = 0;
	r->i1 = date_year(ps, k);
	r->kind = NX_DATE;
	return 1;
}

static int
ampm(struct ps *ps, int j)
{
	const struct tk *t = nx_tok(ps, j);

	if (t->t != T_WORD || t->sp > 1)
		return -1;
	if (nx_tok_is(ps, j, "am") || nx_tok_is(ps, j, "pm"))
		return j + 1;
	if ((nx_tok_is(ps, j, "a") || nx_tok_is(ps, j, "p")) &&
	    nx_tok(ps, j + 1)->t == T_DOT && nx_tok(ps, j + 1)->sp == 0 &&
	    nx_tok_is(ps, j + 2, "m") && nx_tok(ps, j + 2)->sp == 0) {
		if (nx_tok(ps, j + 3)->t == T_DOT && nx_tok(ps, j + 3)->sp == 0)
			return j + 4;
		return j + 3;
	}
	return -1;
}

/*
 * Digit patterns read as a whole: 10:30, 24/01/2025, 2025-01-24, and
 * runs like 1.31.25 or 192.168.1.2 that are identifiers.
 */
/* Times in digits: 10:30, 10:30:15 pm, 0935 GMT, 9.30am, 10 am. */
static int
time_pattern(struct ps *ps, struct res *r)
{
	const struct tk *t = nx_tok(ps, 0), *u;
	int j, k;

	u = nx_tok(ps, 1);
	/* time */
	if (!t->dot && t->nd <= 2 && u->t == T_COLON && u->sp == 0 &&
	    nx_tok(ps, 2)->t == T_NUM && nx_tok(ps, 2)->sp == 0 &&
	    nx_tok(ps, 2)->nd == 2 && !nx_tok(ps, 2)->dot &&
	    nv_cmp(&t->v, &(struct nv){ 24, 0, 0, 0 }) <= 0 &&
	    nv_cmp(&nx_tok(ps, 2)->v, &(struct nv){ 59, 0, 0, 0 }) <= 0) {
		j = 3;
		if (nx_tok(ps, 3)->t == T_COLON && nx_tok(ps, 3)->sp == 0 &&
		    nx_tok(ps, 4)->t == T_NUM && nx_tok(ps, 4)->sp == 0 &&
		    nx_tok(ps, 4)->nd == 2)
			j = 5;
		if ((k = ampm(ps, j)) > 0)
			j = k;
		r->i0 = 0;
		r->i1 = j;
		r->kind = NX_TIME;
		return 1;
	}
	/* 0935 GMT */
	if (t->nd == 4 && !t->dot && (nx_tok_is(ps, 1, "GMT") || nx_tok_is(ps, 1, "UTC") ||
	    nx_tok_is(ps, 1, "hrs")) && nx_tok(ps, 1)->sp == 1 &&
	    (k = (int)(ps->p[t->s] - '0') * 10 + (ps->p[t->s + 1] - '0')) <= 23 &&
	    (ps->p[t->s + 2] - '0') * 10 + (ps->p[t->s + 3] - '0') <= 59) {
		r->i0 = 0;
		r->i1 = 2;
		r->kind = NX_TIME;
		return 1;
	}
	/* 9.30am, 5.45 p.m.: a point between the hour and the minutes */
	if (t->dot && t->nd <= 2 && t->e - t->s == t->nd + 3 &&
	    (k = ampm(ps, 1)) > 0 &&
	    (ps->p[t->s + t->nd + 1] - '0') * 10 +
	    (ps->p[t->s + t->nd + 2] - '0') <= 59 &&
	    nv_cmp(&t->v, &(struct nv){ 1300, -2, 0, 0 }) < 0) {
		r->i0 = 0;
		r->i1 = k;
		r->kind = NX_TIME;
		return 1;
	}
	/* 10 am, 5 p.m. */
	if (!t->dot && t->nd <= 2 && (k = ampm(ps, 1)) > 0 &&
	    nv_cmp(&t->v, &(struct nv){ 12, 0, 0, 0 }) <= 0) {
		r->i0 = 0;
		r->i1 = k;
		r->kind = NX_TIME;
		return 1;
	}
	return 0;
}

/*
 * Re-read the raw bytes as digit groups joined by one separator
 * character; the tokens split 1.31.25 as "1.31" "." "25".
 */
static int
digit_groups(struct nx *x, struct ps *ps, struct res *r)
{
	const struct tk *t = nx_tok(ps, 0);
	int j, parts, sep;
	uint64_t v[8];
	unsigned nd[8];
	const unsigned char *p = ps->p;
	size_t q = t->s, n = ps->n;
	unsigned g;

	parts = 0;
	sep = 0;
	while (parts < 8) {
		v[parts] = 0;
		for (g = 0; q < n && ISDIGIT(p[q]); q++, g++)
			if (g < 18)
				v[parts] = v[parts] * 10 + (uint64_t)(p[q] - '0');
		nd[parts++] = g;
		if (q + 1 < n && (p[q] == '.' || p[q] == '/' || p[q] == '-') &&
		    ISDIGIT(p[q + 1]) && (sep == 0 || sep == p[q])) {
			sep = p[q];
			q++;
			continue;
		}
		break;
	}
	if (parts < 2 || (q < n && ISALPHA(p[q])))
		return 0;
	if (parts == 2 && sep == '/' && !(nd[0] == 4 && year_like(v[0]) &&
	    (nd[1] == 2 || nd[1] == 4)) &&
	    v[0] < v[1] && nx_frac_den(v[1]))
		return 0;	/* 1/2: a fraction */
	if (parts == 2 && sep != '/')
		return 0;	/* 2.5, 10-15 */
	/* the tokens that cover the bytes read */
	for (j = 0; nx_tok(ps, j)->t != T_END && nx_tok(ps, j)->e < q; j++)
		;
	if (nx_tok(ps, j)->t == T_END || nx_tok(ps, j)->e != q)
		return 0;
	r->i0 = 0;
	r->i1 = j + 1;
	r->kind = NX_OTHER;
	if (parts == 2) {
		/* 2022/23, 2022/2023: a year range; 24/7, 9/11: other */
		if (nd[0] == 4 && year_like(v[0]) &&
		    (nd[1] == 2 || nd[1] == 4)) {
			if (nd[1] == 2)
				v[1] += v[0] / 100 * 100;
			if (v[1] > v[0]) {
				r->kind = NX_YEAR;
				r->vlen = (size_t)snprintf(x->value,
				    sizeof x->value, "%llu-%llu",
				    (unsigned long long)v[0],
				    (unsigned long long)v[1]);
			}
		}
		return 1;
	}
	if (parts == 3 &&
	    ((nd[0] == 4 && v[1] >= 1 && v[1] <= 12 && v[2] >= 1 &&
	    v[2] <= 31 && nd[2] <= 2 && sep != '.') ||
	    ((nd[2] == 4 || (nd[2] == 2 && sep == '/')) && nd[0] <= 2 &&
	    nd[1] <= 2 && v[0] >= 1 && v[1] >= 1 && v[0] <= 31 &&
	    v[1] <= 31 && (v[0] <= 12 || v[1] <= 12))))
		r->kind = NX_DATE;
	return 1;
}

int
nx_digit_pattern(struct nx *x, struct ps *ps, struct res *r)
{
	const struct tk *t = nx_tok(ps, 0);

	if (t->t != T_NUM || t->grp)
		return 0;
	return time_pattern(ps, r) || digit_groups(x, ps, r);
}

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "numbers.h"
#include "utf8.h"
#include "nx.h"

/* A separator between two number words: blanks, a hyphen, or "and". */
static int
word_sep(struct ps *ps, int j, int last)
{
	const struct tk *t = nx_tok(ps, j);

	if (t->sp == 2)
		return -1;
	if (t->t == T_DASH && nx_tok(ps, j + 1)->sp != 2)
		return j + 1;
	if (t->t == T_WORD && t->sp == 1 && (last == K_HUND || last == K_SCALE) &&
	    nx_tok_is(ps, j, "and")) {
		t = nx_tok(ps, j + 1);
		if (t->t == T_WORD && t->w && (t->w->type == W_NUM ||
		    t->w->type == W_ORD) && t->w->cls <= K_TENS && t->w->val)
			return j + 1;
		/* "3 hundred and 21", but "$6 million and 10" are two */
		if (t->t == T_NUM && !t->dot && !t->grp && t->nd <= 2 &&
		    t->v.m != 0 && last == K_HUND)
			return j + 1;
		return -1;
	}
	if (t->sp != 1)
		return -1;
	return j;
}

/* A spelled number read so far. */
struct spelled {
	uint64_t total;		/* the sum of the parts before a scale word */
	uint64_t cur;		/* the part since */
	uint64_t lastadd;	/* what the last words added: two dozen */
	int last;		/* the class of the last word, K_ */
	int top;		/* the power of the last scale word */
};

/*
 * Add the number word w to the spelled number s; 0 when w cannot go on
 * from the last word ("twenty ten", "hundred hundred").
 */
static int
word_add(struct spelled *s, const struct lx *w)
{
	uint64_t p10;
	int e;

	switch (w->cls) {
	case K_UNIT:
		if (s->last != K_NONE && s->last != K_TENS &&
		    s->last != K_HUND && s->last != K_SCALE)
			return 0;
		s->cur += (uint64_t)w->val;
		s->lastadd = s->last == K_TENS ? s->lastadd + (uint64_t)w->val :
		    (uint64_t)w->val;
		return 1;
	case K_TEEN:
	case K_TENS:
		if (s->last != K_NONE && s->last != K_HUND && s->last != K_SCALE)
			return 0;
		if (s->last == K_HUND && s->cur % 100 != 0)
			return 0;
		s->cur += (uint64_t)w->val;
		s->lastadd = (uint64_t)w->val;
		return 1;
	case K_HUND:
		if ((s->last != K_NONE && s->last != K_UNIT &&
		    s->last != K_TEEN) || s->cur >= 100)
			return 0;
		s->cur = (s->cur ? s->cur : 1) * 100;
		return 1;
	case K_SCALE:
		/* a bare "billion" ("a billion-dollar deal") is no number */
		if (w->val >= s->top || (s->last == K_NONE && w->type == W_NUM))
			return 0;
		for (p10 = 1, e = 0; e < w->val; e++)
			p10 *= 10;
		s->total += (s->cur ? s->cur : 1) * p10;
		s->cur = 0;
		s->top = w->val;
		return 1;
	case K_DOZEN:
		if ((s->last != K_UNIT && s->last != K_TEEN &&
		    s->last != K_TENS) || w->type == W_ORD)
			return 0;
		/* three hundred and two dozen: the dozens are the two */
		s->cur += s->lastadd * 11;
		return 1;
	}
	return 0;
}

/*
 * The number word at token k of a spelled number (j: the token after the
 * last word, n: words so far, last: its class); digits count as a word
 * after a hundred or a scale word (3 hundred and 21), with nw for their
 * entry.  NULL where the spelled number ends.
 */
static const struct lx *
word_at(struct ps *ps, int j, int k, int n, int last, struct lx *nw)
{
	const struct tk *t = nx_tok(ps, k);
	uint64_t dv;

	if (t->t == T_NUM && t->nd <= 2 && nx_tok_int(t, &dv) &&
	    (n == 0 || last == K_HUND || last == K_SCALE)) {
		nw->type = W_NUM;
		nw->val = (int)dv;
		nw->cls = dv < 10 ? K_UNIT : K_TEEN;
		nw->flags = 0;
		/* "3 hundred and 2 hundred" is two numbers */
		t = nx_tok(ps, k + 1);
		if (k == j + 1 && t->t == T_WORD && t->w &&
		    t->w->type == W_NUM && t->w->cls >= K_HUND)
			return NULL;
		return nw;
	}
	if (t->t != T_WORD || !t->w ||
	    (t->w->type != W_NUM && t->w->type != W_ORD))
		return NULL;
	return t->w;
}

/*
 * Spelled numbers: "twenty-five", "two hundred and five", "a dozen",
 * "nine hundred ninety-nine thousand", "twenty-first", "4 thousand 3
 * hundred and 21".  plural: a plural ordinal may end it ("fifths").
 */
static int
words_scan(struct ps *ps, int i, int plural, struct nx_wmemo *m)
{
	const struct tk *t;
	struct spelled s = { 0, 0, 0, K_NONE, 99 };
	struct lx nw;
	const struct lx *w;
	int j = i, n = 0, k, good = -1, gord = 0, gscale = 0;
	uint64_t gval = 0;
	struct nv fr;

	t = nx_tok(ps, i);
	if (t->w && t->w->type == W_A) {
		t = nx_tok(ps, i + 1);
		if (t->sp != 1 || !t->w || t->w->type != W_NUM ||
		    (t->w->cls != K_HUND && t->w->cls != K_SCALE &&
		    !(t->w->flags & F_SINGULAR)))
			return -1;
		s.cur = 1;
		s.lastadd = 1;
		s.last = K_UNIT;
		j = i + 1;
		n = 1;
	}
	for (;;) {
		k = n > 0 ? word_sep(ps, j, s.last) : j;
		if (k < 0)
			break;
		/*
		 * "two million and one half": a proper fraction is added to
		 * the whole number; in "one hundred and thirty fifths" the
		 * whole is the numerator.
		 */
		if (k == j + 1 && nx_tok_is(ps, j, "and") &&
		    nx_frac_words(ps, k, &fr) > 0 &&
		    nv_cmp(&fr, &(struct nv){ 1, 0, 0, 0 }) < 0)
			break;
		if ((w = word_at(ps, j, k, n, s.last, &nw)) == NULL)
			break;
		if ((w->flags & F_PLURAL) && !plural)
			break;
		if (w->cls == K_SCALE && w != &nw && nx_scale_phrase_at(ps, k))
			break;	/* one lakh crore: the suffix reads it */
		if ((n > 0 && w->val == 0 && w->cls == K_UNIT) || !word_add(&s, w))
			break;
		s.last = w->cls;
		n++;
		j = k + 1;
		good = j;
		gval = s.total + s.cur;
		gscale = s.last == K_SCALE ? s.top : 0;
		if (w->type == W_ORD) {
			gord = 1;
			break;
		}
		if (w->cls == K_DOZEN || (w->flags & F_FOLD))
			break;
	}
	m->val = gval;
	m->ord = gord;
	m->scale = gscale;
	return good;
}

int
nx_words(struct ps *ps, int i, struct amt *a, int plural)
{
	struct nx_wmemo *m, r;
	int k;

	for (k = 0, m = NULL; k < ps->nwm && m == NULL; k++)
		if (ps->wm[k].i == i && ps->wm[k].plural == plural)
			m = &ps->wm[k];
	if (m == NULL) {
		r.i = i;
		r.plural = plural;
		r.end = words_scan(ps, i, plural, &r);
		k = ps->nwm < 4 ? ps->nwm++ : i & 3;
		ps->wm[k] = r;
		m = &r;
	}
	if (m->end < 0)
		return -1;
	nv_set(&a->v, m->val, 0);
	a->ord = m->ord;
	a->spelled = 1;
	a->lastscale = m->scale;
	if (m->scale)
		a->mexp = m->scale;
	return m->end;
}

/* An ordinal as a denominator ("fifth", "fifths", "hundredths"), >= 3. */
static int
denom(struct ps *ps, int j, uint64_t *d, int *plural)
{
	const struct tk *t = nx_tok(ps, j);
	struct amt b;
	int k;

	if (t->t != T_WORD || !t->w || (t->w->type != W_NUM &&
	    t->w->type != W_ORD))
		return -1;
	b = nx_amt_zero;
	if ((k = nx_words(ps, j, &b, 1)) < 0 || !b.ord || b.v.e != 0 || b.v.m < 3)
		return -1;
	*d = b.v.m;
	*plural = (nx_tok(ps, k - 1)->w->flags & F_PLURAL) != 0;
	return k;
}

/*
 * A fraction in words at j: "a half", "a quarter", "a fifth", "three
 * quarters", "two thirds", "one eighth", "one-eighth", "five eighths".
 * The index after it, -1 if none.
 */
int
nx_frac_words(struct ps *ps, int j, struct nv *f)
{
	const struct tk *t = nx_tok(ps, j);
	struct amt b;
	uint64_t d, num;
	int k, pl, q;

	if (t->t != T_WORD || !t->w)
		return -1;
	if (t->w->type == W_A) {
		num = 1;
		k = j + 1;
		if (nx_tok(ps, k)->sp != 1)
			return -1;
		/* a hundred trillionths */
		b = nx_amt_zero;
		if ((q = nx_words(ps, j, &b, 0)) > 0 && !b.ord && nx_tok(ps, q)->sp == 1 &&
		    denom(ps, q, &d, &pl) > 0 && pl) {
			nv_set(f, b.v.m, 0);
			nv_div(f, d);
			return denom(ps, q, &d, &pl);
		}
		/* a fifth, a hundredth: one word */
		t = nx_tok(ps, k);
		if ((q = denom(ps, k, &d, &pl)) > 0 && !pl &&
		    (q == k + 1 || d < 100)) {
			nv_set(f, 1, 0);
			nv_div(f, d);
			return q;
		}
		if (!t->w || (t->w->type != W_HALF && t->w->type != W_QUARTER))
			return -1;
	} else {
		b = nx_amt_zero;
		if (t->w->type != W_NUM || (k = nx_words(ps, j, &b, 0)) < 0 ||
		    b.ord || b.v.e != 0 || b.v.m == 0)
			return -1;
		num = b.v.m;
		t = nx_tok(ps, k);
		if (t->sp == 2 || (t->sp == 0 && !(t->t == T_DASH && t->grp)))
			return -1;
		if (t->t == T_DASH)
			k++;
	}
	t = nx_tok(ps, k);
	if (t->t != T_WORD || !t->w || t->sp == 2)
		return -1;
	if (t->w->type == W_HALF && num == 1) {
		nv_set(f, 5, -1);
		return k + 1;
	}
	if (t->w->type == W_QUARTER) {
		q = (t->w->flags & F_PLURAL) != 0;	/* quarters */
		if (q != (num > 1) || num > 3)
			return -1;
		nv_set(f, num * 25, -2);
		nv_norm(f);
		return k + 1;
	}
	if ((q = denom(ps, k, &d, &pl)) < 0 || pl != (num > 1))
		return -1;
	nv_set(f, num, 0);
	nv_div(f, d);
	return q;
}

/* Is token j the end of a phrase: the end, punctuation, or "of"? */
int
nx_phrase_end(struct ps *ps, int j)
{
	const struct tk *t = nx_tok(ps, j);

	return t->t == T_END || t->t == T_DOT || t->t == T_COMMA ||
	    t->sp == 2 || nx_tok_is(ps, j, "of") || t->t == T_OTHER;
}

/* Is the word before token i (before the view when i is 0) w? */
int
nx_word_before(struct ps *ps, int i, const char *w)
{
	char pw[16];
	size_t n;

	if (i > 0)
		return nx_tok(ps, i - 1)->t == T_WORD && nx_tok(ps, i)->sp == 1 &&
		    nx_tok_is(ps, i - 1, w);
	n = nx_prev_word(ps, pw, sizeof pw);
	return n > 0 && strlen(w) == n && memcmp(pw, w, n) == 0;
}

/* "point zero three", "point seventy-one" after a spelled number */
int
nx_point_words(struct ps *ps, int j, struct amt *a)
{
	const struct tk *t;
	struct amt b;
	struct nv f;
	uint64_t m = 0;
	int k = j + 1, nd = 0;

	if (!nx_tok_is(ps, j, "point") || nx_tok(ps, j)->sp != 1)
		return j;
	t = nx_tok(ps, k);
	if (t->sp != 1 || !t->w || t->w->type != W_NUM)
		return j;
	if (t->w->cls == K_TEEN || t->w->cls == K_TENS) {
		b = nx_amt_zero;
		if ((k = nx_words(ps, k, &b, 0)) < 0 || b.v.m >= 100)
			return j;
		m = b.v.m;
		nd = m >= 10 ? 2 : 1;
	} else {
		while (nd < 12 && (t = nx_tok(ps, k))->t == T_WORD && t->w &&
		    t->w->type == W_NUM && t->w->cls == K_UNIT &&
		    (nd == 0 || t->sp == 1 || t->sp == 0)) {
			m = m * 10 + (uint64_t)t->w->val;
			nd++;
			k++;
			if (nx_tok(ps, k)->t == T_DASH)
				break;
		}
		if (nd == 0)
			return j;
	}
	nv_set(&f, m, -nd);
	nv_add(&a->v, &f);
	return k;
}

/* Is p[0, n) one space, no-break space or thin space? */
int
nx_one_gap(const unsigned char *p, size_t n)
{
	return (n == 1 && p[0] == ' ') ||
	    (n == 2 && p[0] == 0xC2 && p[1] == 0xA0) ||
	    (n == 3 && p[0] == 0xE2 && p[1] == 0x80 &&
	    (p[2] == 0x89 || p[2] == 0xAF));
}

/*
 * Is d the denominator of a fraction written in digits?  Only small ones
 * and binary ones: 1/2, 3/4, 5/8, 3/16; "9/11" and "24/7" are names.
 */
int
nx_frac_den(uint64_t d)
{
	return d <= 10 || d == 16 || d == 32 || d == 64;
}

/* After a fraction at j: "of a million" scales it (two thirds of a million). */
int
nx_of_a_scale(struct ps *ps, int j, struct amt *a)
{
	if (nx_tok_is(ps, j, "of") && nx_tok(ps, j + 1)->w &&
	    nx_tok(ps, j + 1)->w->type == W_A && nx_tok(ps, j + 2)->w &&
	    nx_tok(ps, j + 2)->w->type == W_NUM &&
	    nx_tok(ps, j + 2)->w->cls == K_SCALE && nx_tok(ps, j)->sp == 1 &&
	    nx_tok(ps, j + 1)->sp == 1 && nx_tok(ps, j + 2)->sp == 1) {
		a->v.e += nx_tok(ps, j + 2)->w->val;
		a->mexp = nx_tok(ps, j + 2)->w->val;
		nv_norm(&a->v);
		return j + 3;
	}
	return j;
}

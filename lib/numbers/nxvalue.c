#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "numbers.h"
#include "utf8.h"
#include "nx.h"


void
nv_mul(struct nv *v, uint64_t k)
{
	if (k != 0 && v->m > NV_MAXM / k)
		v->bad = 1;
	else
		v->m *= k;
	nv_norm(v);
}

/* Drop the last digit, rounding: for sums of rounded fractions. */
static void
nv_shorten(struct nv *v)
{
	v->m = (v->m + 5) / 10;
	v->e++;
	v->inexact = 1;
}

void
nv_add(struct nv *a, const struct nv *b)
{
	struct nv x = *a, y = *b;

	a->bad |= b->bad;
	a->inexact |= b->inexact;
	nv_norm(&x);
	nv_norm(&y);
	if (x.m == 0) {
		a->m = y.m;
		a->e = y.e;
		return;
	}
	if (y.m == 0)
		return;
	while (x.e > y.e) {
		if (x.m > NV_MAXM / 10) {
			if (!y.inexact && !x.inexact) {
				a->bad = 1;
				return;
			}
			nv_shorten(&y);
			continue;
		}
		x.m *= 10;
		x.e--;
	}
	while (y.e > x.e) {
		if (y.m > NV_MAXM / 10) {
			if (!y.inexact && !x.inexact) {
				a->bad = 1;
				return;
			}
			nv_shorten(&x);
			continue;
		}
		y.m *= 10;
		y.e--;
	}
	if (x.m > NV_MAXM - y.m) {
		a->bad = 1;
		return;
	}
	a->m = x.m + y.m;
	a->e = x.e;
	a->inexact |= x.inexact | y.inexact;
	nv_norm(a);
}

/* Divide by d, to 17 significant digits when the quotient does not end. */
void
nv_div(struct nv *v, uint64_t d)
{
	uint64_t q, r, lim = UINT64_C(10000000000000000);	/* 10^16 */
	int e = v->e;

	if (d == 0) {
		v->bad = 1;
		return;
	}
	q = v->m / d;
	r = v->m % d;
	while (r != 0 && q < lim && r <= UINT64_MAX / 10) {
		q = q * 10 + r * 10 / d;
		r = r * 10 % d;
		e--;
	}
	if (r != 0) {
		if (r * 2 >= d)
			q++;
		v->inexact = 1;
	}
	v->m = q;
	v->e = e;
	nv_norm(v);
}

/* v to the power n (1/v^n when neg), keeping 17 significant digits. */
void
nv_pow(struct nv *v, int n, int neg)
{
	struct nv b = *v, r;
	int i;

	nv_norm(&b);
	nv_set(&r, 1, 0);
	for (i = 0; i < n && !r.bad; i++) {
		if (b.m == 0) {
			r.m = 0;
			break;
		}
		/* room for the product: drop the accumulator's last digits */
		while (r.m > UINT64_MAX / b.m || r.m >= UINT64_C(100000000000000000))
			nv_shorten(&r);
		r.m *= b.m;
		r.e += b.e;
		r.inexact |= b.inexact;
		nv_norm(&r);
	}
	if (neg) {
		struct nv q;

		if (r.m == 0) {
			v->bad = 1;
			return;
		}
		nv_set(&q, 1, 0);
		nv_div(&q, r.m);
		q.e -= r.e;
		q.inexact |= r.inexact;
		nv_norm(&q);
		r = q;
	}
	*v = r;
}

/* Write v (negated if neg) as a plain decimal; returns the length. */
size_t
nv_fmt(const struct nv *v, int neg, char *buf, size_t size)
{
	char d[24];
	size_t nd = 0, n = 0, i;
	uint64_t m = v->m;
	int e = v->e;

	if (v->bad || size < 48)
		return 0;
	if (v->inexact) {
		/* a fraction that does not end: 15 significant digits */
		uint64_t p = 1, t;
		int k = 0;

		for (t = m; t >= UINT64_C(1000000000000000); t /= 10) {
			p *= 10;
			k++;
		}
		if (k > 0) {
			m = (m + p / 2) / p;
			e += k;
			while (m % 10 == 0 && m) {
				m /= 10;
				e++;
			}
		}
	}
	do {
		d[nd++] = (char)('0' + m % 10);
		m /= 10;
	} while (m);
	if (neg && v->m != 0)
		buf[n++] = '-';
	if (v->m == 0)
		e = 0;
	if (e >= 0) {
		if (nd + (size_t)e + 2 > size)
			return 0;
		for (i = nd; i > 0; i--)
			buf[n++] = d[i - 1];
		for (i = 0; i < (size_t)e; i++)
			buf[n++] = '0';
		return n;
	}
	if ((size_t)-e >= nd) {
		if ((size_t)-e + 4 > size)
			return 0;
		buf[n++] = '0';
		buf[n++] = '.';
		for (i = nd; i < (size_t)-e; i++)
			buf[n++] = '0';
		for (i = nd; i > 0; i--)
			buf[n++] = d[i - 1];
		return n;
	}
	for (i = nd; i > 0; i--) {
		if (i == (size_t)-e)
			buf[n++] = '.';
		buf[n++] = d[i - 1];
	}
	return n;
}

int
nv_cmp(const struct nv *a, const struct nv *b)
{
	struct nv x = *a, y = *b;

	nv_norm(&x);
	nv_norm(&y);
	while (x.e > y.e && x.m <= NV_MAXM / 10) {
		x.m *= 10;
		x.e--;
	}
	while (y.e > x.e && y.m <= NV_MAXM / 10) {
		y.m *= 10;
		y.e--;
	}
	return x.m < y.m ? -1 : x.m > y.m;
}

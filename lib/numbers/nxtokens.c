#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "numbers.h"
#include "utf8.h"
#include "nx.h"

/*
 * Width of the white space at p[0, n): 0 if none.  *nl notes a blank
 * line: a single line break is white space inside a number, as in
 * hard-wrapped text (USD 30 / million), and a blank line ends it.
 * Only the spaces that sit inside a number ("1 200" with a no-break or
 * thin space) count: not every wide space of u8_isspace.
 */
static size_t
blank(const unsigned char *p, size_t n, int *nl)
{
	size_t i = 0;

	/* most tokens come after one space or none: that one with no branch */
	if (n > 0)
		i = p[0] == ' ';
	while (i < n) {
		if (p[i] == ' ' || p[i] == '\t' || p[i] == '\r')
			i++;
		else if (p[i] == '\n') {
			(*nl)++;
			i++;
		} else if (p[i] == 0xC2 && i + 1 < n && p[i + 1] == 0xA0)
			i += 2;
		else if (p[i] == 0xE2 && i + 2 < n && p[i + 1] == 0x80 &&
		    (p[i + 2] == 0x89 || p[i + 2] == 0xAF || p[i + 2] == 0x8A))
			i += 3;
		else
			break;
	}
	return i;
}

/* Indian grouping at p: 12,34,567 (groups of two, then three). */
static int
indian(const unsigned char *p, size_t n, size_t i)
{
	int pairs = 0;

	while (i + 3 < n && p[i] == ',' && ISDIGIT(p[i + 1]) &&
	    ISDIGIT(p[i + 2]) && p[i + 3] == ',') {
		pairs++;
		i += 3;
	}
	if (pairs > 0 && i + 3 < n && p[i] == ',' && ISDIGIT(p[i + 1]) &&
	    ISDIGIT(p[i + 2]) && ISDIGIT(p[i + 3]) &&
	    (i + 4 >= n || !ISDIGIT(p[i + 4])))
		return pairs + 1;
	return 0;
}

/*
 * A decimal comma at p[i]: one, two or four digits or more (no group of
 * three), then a percent or a magnitude (2,6 %, 4,8 million).  The
 * number of digits after the comma, or 0.
 */
static int
decimal_comma(const unsigned char *p, size_t n, size_t i)
{
	size_t k = i + 1, w, d;

	if (k >= n || p[i] != ',')
		return 0;
	while (k < n && ISDIGIT(p[k]))
		k++;
	d = k - i - 1;
	if (d == 0 || d == 3)
		return 0;
	w = k;
	if (w < n && p[w] == ' ')
		w++;
	if (w < n && p[w] == '%')
		return 1;
	for (k = w; w < n && ISALPHA(p[w]); w++)
		;
	return w > k && nx_set_has(WS_DECIMAL_COMMA, (const char *)p + k,
	    w - k);
}

#if defined __GNUC__ && defined __BYTE_ORDER__ && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define DIGITS8
#define BYTES(b) (UINT64_C(0x0101010101010101) * (b))

/*
 * How many of the 8 bytes at p are digits before the first other byte
 * (8 when all are).  When fewer, their value goes in *m and the count of
 * them from the first that is not 0 in *sig, as read_digits's loop counts
 * them: with no loop, and no branch on each digit.
 */
static inline size_t
digits8(const unsigned char *p, uint64_t *m, int *sig)
{
	uint64_t v, a, other, nonzero;
	size_t k, z;

	memcpy(&v, p, 8);
	a = v ^ BYTES(0x30);	/* a digit's byte is now its value */
	/* the top bit of each byte that is over 9, of each that is not 0 */
	other = (((a & BYTES(0x7F)) + BYTES(0x76)) | a) & BYTES(0x80);
	nonzero = (((a & BYTES(0x7F)) + BYTES(0x7F)) | a) & BYTES(0x80);
	if (other == 0)
		return 8;
	k = (size_t)__builtin_ctzll(other) / 8;
	if (k == 0)
		return 0;
	z = (size_t)__builtin_ctzll(nonzero) / 8;	/* the zeros before */
	/* the k digits to the top bytes, then pairs, fours, eight */
	a <<= 8 * (8 - k);
	a = (a * 10 + (a >> 8)) & UINT64_C(0x00FF00FF00FF00FF);
	a = (a * 100 + (a >> 16)) & UINT64_C(0x0000FFFF0000FFFF);
	*m = (a * 10000 + (a >> 32)) & UINT64_C(0xFFFFFFFF);
	*sig = (int)(k - z);
	return k;
}
#endif

/*
 * Read digits with thousands separators, a decimal part and an exponent
 * (1.3e6, 1.3x10^6).
 */
static size_t
read_digits(const unsigned char *p, size_t n, struct tk *t)
{
	size_t i = 0, k;
	uint64_t m = 0;
	int e = 0, sig = 0, x, xs;

	t->nd = 0;
	t->grp = 0;
	t->dot = 0;
	t->lng = 0;
	t->v.bad = 0;
#ifdef DIGITS8
	/* most runs are under 8 digits: read at once, as the loop would */
	if (n >= 8 && (k = digits8(p, &m, &sig)) > 0 && k < 8) {
		i = k;
		t->nd = (unsigned char)k;
	}
#endif
	for (;;) {
		while (i < n && ISDIGIT(p[i])) {
			if (sig < 18) {
				m = m * 10 + (uint64_t)(p[i] - '0');
				if (m)
					sig++;
			} else {
				e++;
				t->lng = 1;
			}
			if (t->nd < 255)
				t->nd++;
			i++;
		}
		/* A comma then exactly three digits groups thousands. */
		if (i + 3 < n && p[i] == ',' && ISDIGIT(p[i + 1]) &&
		    ISDIGIT(p[i + 2]) && ISDIGIT(p[i + 3]) &&
		    (i + 4 >= n || !ISDIGIT(p[i + 4])) && t->nd <= 3 * (t->grp + 1)) {
			t->grp++;
			i++;
			continue;
		}
		if (t->grp == 0 && t->nd <= 2 && (x = indian(p, n, i)) > 0) {
			/* each ",dd" and the last ",ddd" */
			while (x-- > 0) {
				i++;
				t->grp++;
				while (i < n && ISDIGIT(p[i])) {
					m = m * 10 + (uint64_t)(p[i++] - '0');
					t->nd++;
				}
			}
			break;
		}
		break;
	}
	if (i + 1 < n && (p[i] == '.' || (t->grp == 0 && t->nd <= 3 &&
	    decimal_comma(p, n, i))) && ISDIGIT(p[i + 1])) {
		t->dot = 1;
		i++;
		for (; i < n && ISDIGIT(p[i]); i++) {
			if (sig < 18) {
				m = m * 10 + (uint64_t)(p[i] - '0');
				if (m)
					sig++;
				e--;
			} else if (p[i] != '0')
				t->lng = 1;
		}
	}
	/* 1.3e6, 12.32e+14, -12e-1, 1.3x10^6: nothing alphanumeric after */
	k = i;
	if (k < n && (p[k] == 'e' || p[k] == 'E'))
		k++;
	else if (k + 3 < n && p[k] == 'x' && p[k + 1] == '1' && p[k + 2] == '0' &&
	    p[k + 3] == '^')
		k += 4;
	if (k > i) {
		xs = 1;
		if (k < n && (p[k] == '+' || p[k] == '-'))
			xs = p[k++] == '-' ? -1 : 1;
		for (x = 0; k < n && ISDIGIT(p[k]) && x < 400; k++)
			x = x * 10 + (p[k] - '0');
		if (ISDIGIT(p[k - 1]) && (k >= n || (!ISALPHA(p[k]) &&
		    !ISDIGIT(p[k]))) && x < 400) {
			e += xs * x;
			t->dot = 1;	/* not a plain integer */
			i = k;
		}
	}
	nv_set(&t->v, m, e);
	t->v.bad = t->nd > 19 && !t->lng;
	nv_norm(&t->v);
	/* 1.1^23, 2.5^-1 */
	if (i + 1 < n && p[i] == '^') {
		int neg = 0;
		size_t st;

		for (k = i + 1; k < n && (p[k] == '+' || p[k] == '-'); k++)
			neg ^= p[k] == '-';
		for (x = 0, st = k; k < n && ISDIGIT(p[k]) && x < 100; k++)
			x = x * 10 + (p[k] - '0');
		if (k > st && x <= 64 && (k >= n || (!ISALPHA(p[k]) &&
		    !ISDIGIT(p[k])))) {
			nv_pow(&t->v, x, neg);
			t->dot = 1;
			i = k;
		}
	}
	return i;
}

/* The token at index i, cutting more of the view as needed. */
const struct tk *
nx_tok_cut(struct ps *ps, int i)
{
	static const struct tk end = { 0, 0, T_END, 0, 0, 0, 0, 0, NULL, NULL, { 0, 0, 0, 0 } };
	const unsigned char *p = ps->p;
	struct tk *t;
	size_t q, k;
	int32_t cp;
	int nl;

	while (ps->nt <= i) {
		if (ps->nt == NX_NTOK)
			return &end;
		q = ps->q;
		nl = 0;
		q += blank(p + q, ps->n - q, &nl);
		if (q >= ps->n)
			return &end;
		t = &ps->t[ps->nt];
		t->sp = nl > 1 ? 2 : q > ps->q;
		t->s = (unsigned short)q;
		t->w = NULL;
		t->cur = NULL;
		/* rules read these of any token: never leave them unset */
		t->nd = 0;
		t->grp = 0;
		t->dot = 0;
		nv_set(&t->v, 0, 0);
		if (ISDIGIT(p[q]) || (p[q] == '.' && q + 1 < ps->n &&
		    ISDIGIT(p[q + 1]))) {
			t->t = T_NUM;
			q += read_digits(p + q, ps->n - q, t);
		} else if (ISALPHA(p[q])) {
			k = q;
			q = nx_word_end(p, q, ps->n);
			t->t = T_WORD;
			t->w = nx_hot_find_in(p + k, q - k, ps->n - k);
		} else if (p[q] >= 0x80) {
			size_t j;

			k = u8_decode(p + q, ps->n - q, &cp);
			/*
			 * en dash, figure dash and minus join a range; an em
			 * dash breaks the sentence, so it is no range (10—15)
			 */
			t->t = u8_punct(cp) & (U8_ENDASH | U8_MINUS) ? T_DASH :
			    T_OTHER;
			for (j = 0; j < nx_nu8sym; j++) {
				if (nx_u8sym[j].cp != cp)
					continue;
				t->t = nx_u8sym[j].t;
				t->cur = nx_u8sym[j].cur;
				t->grp = 0;
				if (t->t == T_FRAC) {
					nv_set(&t->v, (uint64_t)nx_u8sym[j].num, 0);
					nv_div(&t->v, (uint64_t)nx_u8sym[j].den);
				}
				break;
			}
			q += k;
		} else {
			switch (p[q]) {
			case '$': t->t = T_SYM; t->cur = "USD"; break;
			case '-': t->t = T_DASH; t->grp = 1; break;
			case '~': t->t = T_DASH; t->grp = 0; break;
			case '+': t->t = T_PLUS; break;
			case '%': t->t = T_PCT; break;
			case '/': t->t = T_SLASH; break;
			case ':': t->t = T_COLON; break;
			case '.': t->t = T_DOT; break;
			case ',': t->t = T_COMMA; break;
			default: t->t = T_OTHER; break;
			}
			q++;
		}
		t->e = (unsigned short)q;
		ps->q = q;
		ps->nt++;
	}
	return &ps->t[i];
}

void
nx_tok_word(struct ps *ps, size_t e, const struct lx *w)
{
	struct tk *t = &ps->t[0];

	/* the fields nx_tok_cut sets for a word at the start of the view */
	t->sp = 0;
	t->s = 0;
	t->e = (unsigned short)e;
	t->t = T_WORD;
	t->w = w;
	t->cur = NULL;
	t->nd = 0;
	t->grp = 0;
	t->dot = 0;
	nv_set(&t->v, 0, 0);
	ps->q = e;
	ps->nt = 1;
}

/* A plain whole number token (no separators, no point) below 10^15. */
int
nx_tok_int(const struct tk *t, uint64_t *v)
{
	uint64_t m;
	int e;

	if (t->t != T_NUM || t->dot || t->grp || t->v.bad || t->nd > 15)
		return 0;
	for (m = t->v.m, e = t->v.e; e > 0; e--)
		m *= 10;
	*v = m;
	return 1;
}

/* The word just before the view, lower-cased into buf; 0 if none. */
size_t
nx_prev_word(const struct ps *ps, char *buf, size_t size)
{
	size_t i = ps->lbn, e, n;
	const unsigned char *b = ps->lb;

	while (i > 0 && (b[i - 1] == ' ' || b[i - 1] == '\t'))
		i--;
	e = i;
	while (i > 0 && ISALPHA(b[i - 1]))
		i--;
	n = e - i;
	if (n == 0 || n >= size)
		return 0;
	for (e = 0; e < n; e++)
		buf[e] = (char)LOWER(b[i + e]);
	return n;
}


int
nx_phrase(struct ps *ps, int i, const struct lx *e)
{
	const char *s = e->s, *sp;
	size_t n;
	const struct tk *t;

	for (;;) {
		/* no memchr: the words are short and this runs often */
		for (sp = s; sp < e->s + e->n && *sp != ' '; sp++)
			;
		n = (size_t)(sp - s);
		if (sp == e->s + e->n)
			sp = NULL;
		t = nx_tok(ps, i);
		if (t->t != T_WORD || (s != e->s && t->sp != 1))
			return -1;
		if (!nx_word_eq(ps->p + t->s, (size_t)(t->e - t->s), s, n,
		    e->flags & F_EXACT))
			return -1;
		i++;
		if (!sp)
			return i;
		s = sp + 1;
	}
}

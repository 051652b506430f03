/*
 * conform: run the number extractor over an English number-recognition
 * spec suite (JSON files of cases: an Input text and the Results expected
 * in it) and print, per file, how many cases pass.
 *
 *   conform [-v] [dir]
 *
 * dir defaults to ../shared/conformance/recognizers-text.  The suite is
 * read from there and never copied into the project; when it is absent
 * the runner says so and exits 0.
 *
 * A case passes when
 *   - every expected result is matched by a distinct extracted span with
 *     the same text (ASCII letters compared without case: the suite
 *     writes some texts in lower case) and an equal value, compared as
 *     exact decimals: "1.50" equals "1.5" (a value of ours of 15
 *     significant digits, a fraction whose decimal does not end, equals
 *     the suite's longer one rounded to 15); a percent's "15%" is 15; a
 *     range's "[5,7)" is 5-7, the kind of bracket ignored; a currency's
 *     unit name is not compared, except that the suite's amounts in
 *     Cent, Pence or Penny are hundredths of ours ("34 cents" is 34
 *     there, 0.34 USD here); and
 *   - no other span of the kind the file is about was extracted (number
 *     for NumberModel, ordinal for OrdinalModel, percent for
 *     PercentModel, currency for CurrencyModel, dimension for
 *     DimensionModel, range for NumberRangeModel).  Spans of other kinds
 *     are not counted: a currency span does not fail a percent case.
 * A duration (days, hours) or a temperature (degrees, °C) is a dimension
 * here; the suite has them in its date-time and temperature models, which
 * are not run: such a span is no extra dimension (it may still match).
 * In the number files a number may also be matched by a currency, percent
 * or dimension span that contains its text with the same value: the tool
 * reports "$20" as an amount of 20 where the suite wants the number 20.
 *
 * NumberRangeModel.json is run with the bounds option (menafn-numbers
 * -b), which reads comparisons ("more than 30", "up to 700") as open
 * ranges.  OrdinalModel.json and PercentModel.json are run with the
 * extended readings (-e): they ask for relative positions ("the last but
 * one" is "end-1" there, -1 with the unit "end" here; "first" counts from
 * the start, an empty unit) and for a percent word alone (value "null"
 * there, empty here).  The other files are run as the tool runs by
 * default; OrdinalModelSuppressExtendedTypes.json is the ordinal file
 * without the extended readings.  An open range is "30-" or "-700",
 * "(30,)" and "(,700]" in the suite.
 *
 * skip.tsv, next to the runner (t/conformance/skip.tsv), lists the cases
 * the project deliberately answers differently: file, case number (from
 * 1, as -v prints it), reason.  They are not run and count as failed in
 * the printed rate.  -v prints each failing case.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numbers.h"

/* ------------------------------------------------------------- JSON */

enum { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ };

struct jv {
	int t;
	char *s;		/* J_STR, J_NUM: text (decoded), NUL-terminated */
	size_t n;		/* its length */
	struct jv *kid;		/* J_ARR, J_OBJ: elements */
	char **key;		/* J_OBJ: their names */
	size_t nkid;
};

struct jp {
	const char *p, *e;
	const char *err;
};

static void *
xalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p) {
		fprintf(stderr, "conform: out of memory\n");
		exit(1);
	}
	return p;
}

static void
ws(struct jp *j)
{
	while (j->p < j->e && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' ||
	    *j->p == '\r'))
		j->p++;
}

static size_t
put_u8(char *d, unsigned long c)
{
	if (c < 0x80) {
		d[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		d[0] = (char)(0xC0 | c >> 6);
		d[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		d[0] = (char)(0xE0 | c >> 12);
		d[1] = (char)(0x80 | (c >> 6 & 0x3F));
		d[2] = (char)(0x80 | (c & 0x3F));
		return 3;
	}
	d[0] = (char)(0xF0 | c >> 18);
	d[1] = (char)(0x80 | (c >> 12 & 0x3F));
	d[2] = (char)(0x80 | (c >> 6 & 0x3F));
	d[3] = (char)(0x80 | (c & 0x3F));
	return 4;
}

static int
hex4(struct jp *j, unsigned long *v)
{
	int i;

	*v = 0;
	if (j->e - j->p < 4)
		return -1;
	for (i = 0; i < 4; i++, j->p++) {
		char c = *j->p;

		*v <<= 4;
		if (c >= '0' && c <= '9')
			*v |= (unsigned long)(c - '0');
		else if (c >= 'a' && c <= 'f')
			*v |= (unsigned long)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			*v |= (unsigned long)(c - 'A' + 10);
		else
			return -1;
	}
	return 0;
}

static char *
jstr(struct jp *j, size_t *len)
{
	char *d = xalloc((size_t)(j->e - j->p) + 1);
	size_t n = 0;
	unsigned long c, c2;

	j->p++;		/* the opening quote */
	while (j->p < j->e && *j->p != '"') {
		if (*j->p != '\\') {
			d[n++] = *j->p++;
			continue;
		}
		if (++j->p >= j->e)
			break;
		switch (*j->p++) {
		case 'n': d[n++] = '\n'; break;
		case 't': d[n++] = '\t'; break;
		case 'r': d[n++] = '\r'; break;
		case 'b': d[n++] = '\b'; break;
		case 'f': d[n++] = '\f'; break;
		case 'u':
			if (hex4(j, &c) != 0) {
				j->err = "bad \\u escape";
				return d;
			}
			if (c >= 0xD800 && c < 0xDC00 && j->e - j->p >= 6 &&
			    j->p[0] == '\\' && j->p[1] == 'u') {
				j->p += 2;
				if (hex4(j, &c2) == 0 && c2 >= 0xDC00 && c2 < 0xE000)
					c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00);
			}
			n += put_u8(d + n, c);
			break;
		default: d[n++] = j->p[-1]; break;	/* \" \\ \/ */
		}
	}
	if (j->p >= j->e)
		j->err = "unterminated string";
	else
		j->p++;
	d[n] = '\0';
	*len = n;
	return d;
}

static void jval(struct jp *j, struct jv *v, int depth);

static void
jlist(struct jp *j, struct jv *v, int obj, int depth)
{
	size_t cap = 8;
	char close = obj ? '}' : ']';

	v->kid = xalloc(cap * sizeof *v->kid);
	v->key = obj ? xalloc(cap * sizeof *v->key) : NULL;
	v->nkid = 0;
	j->p++;
	ws(j);
	if (j->p < j->e && *j->p == close) {
		j->p++;
		return;
	}
	while (!j->err) {
		if (v->nkid == cap) {
			cap *= 2;
			v->kid = realloc(v->kid, cap * sizeof *v->kid);
			if (obj)
				v->key = realloc(v->key, cap * sizeof *v->key);
			if (!v->kid || (obj && !v->key)) {
				fprintf(stderr, "conform: out of memory\n");
				exit(1);
			}
		}
		ws(j);
		if (obj) {
			size_t kn;

			if (j->p >= j->e || *j->p != '"') {
				j->err = "expected a key";
				return;
			}
			v->key[v->nkid] = jstr(j, &kn);
			ws(j);
			if (j->p >= j->e || *j->p != ':') {
				j->err = "expected ':'";
				return;
			}
			j->p++;
		}
		jval(j, &v->kid[v->nkid++], depth + 1);
		ws(j);
		if (j->p < j->e && *j->p == ',') {
			j->p++;
			continue;
		}
		if (j->p < j->e && *j->p == close) {
			j->p++;
			return;
		}
		j->err = "expected ',' or a closing bracket";
	}
}

static void
jval(struct jp *j, struct jv *v, int depth)
{
	const char *s;

	memset(v, 0, sizeof *v);
	ws(j);
	if (depth > 64) {
		j->err = "nested too deep";
		return;
	}
	if (j->p >= j->e) {
		j->err = "unexpected end";
		return;
	}
	switch (*j->p) {
	case '"':
		v->t = J_STR;
		v->s = jstr(j, &v->n);
		return;
	case '[':
		v->t = J_ARR;
		jlist(j, v, 0, depth);
		return;
	case '{':
		v->t = J_OBJ;
		jlist(j, v, 1, depth);
		return;
	}
	for (s = j->p; j->p < j->e && strchr("+-0123456789.eEtruefalsn",
	    *j->p); j->p++)
		;
	if (j->p == s) {
		j->err = "unexpected character";
		return;
	}
	v->n = (size_t)(j->p - s);
	v->s = xalloc(v->n + 1);
	memcpy(v->s, s, v->n);
	v->s[v->n] = '\0';
	v->t = (*s == 't' || *s == 'f') ? J_BOOL : *s == 'n' ? J_NULL : J_NUM;
}

static void
jfree(struct jv *v)
{
	size_t i;

	for (i = 0; i < v->nkid; i++) {
		jfree(&v->kid[i]);
		if (v->key)
			free(v->key[i]);
	}
	free(v->kid);
	free(v->key);
	free(v->s);
}

static const struct jv *
jget(const struct jv *o, const char *key)
{
	size_t i;

	if (!o || o->t != J_OBJ)
		return NULL;
	for (i = 0; i < o->nkid; i++)
		if (strcmp(o->key[i], key) == 0)
			return &o->kid[i];
	return NULL;
}

/* ---------------------------------------------------------- decimals */

/*
 * An exact decimal in canonical form: sign, significant digits without
 * leading or trailing zeros, and the power of ten of the last digit.
 */
struct dec {
	int neg;
	char d[64];
	int exp;
};

static int
dec_parse(const char *s, size_t n, struct dec *x)
{
	size_t i = 0, k = 0;
	int point = 0, frac = 0, any = 0, e = 0, eneg = 0;

	memset(x, 0, sizeof *x);
	if (i < n && (s[i] == '-' || s[i] == '+'))
		x->neg = s[i++] == '-';
	for (; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9') {
			any = 1;
			if (k == 0 && s[i] == '0') {
				if (point)
					frac++;
				continue;
			}
			if (k + 1 >= sizeof x->d)
				return -1;
			x->d[k++] = s[i];
			if (point)
				frac++;
		} else if (s[i] == '.' && !point)
			point = 1;
		else
			break;
	}
	if (!any)
		return -1;
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < n && (s[i] == '-' || s[i] == '+'))
			eneg = s[i++] == '-';
		for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			e = e * 10 + (s[i] - '0');
	}
	if (i != n)
		return -1;
	x->exp = (eneg ? -e : e) - frac;
	while (k > 0 && x->d[k - 1] == '0') {
		k--;
		x->exp++;
	}
	x->d[k] = '\0';
	if (k == 0)
		x->neg = 0, x->exp = 0;
	return 0;
}

/*
 * Round x to 15 significant digits, as the tool writes a fraction whose
 * decimal does not end (the suite writes such values as doubles print,
 * to 16 or 17: 5.166666666666667 is 5.16666666666667 here).
 */
static void
dec_round15(struct dec *x)
{
	size_t k = strlen(x->d), i;

	if (k <= 15)
		return;
	x->exp += (int)(k - 15);
	i = 15;
	x->d[15] = x->d[15] >= '5' ? 'u' : '\0';
	if (x->d[15] == 'u') {
		x->d[15] = '\0';
		while (i > 0 && x->d[i - 1] == '9')
			x->d[--i] = '\0', x->exp++;
		if (i == 0) {
			x->d[0] = '1';
			x->d[1] = '\0';
		} else
			x->d[i - 1]++;
	}
	for (k = strlen(x->d); k > 0 && x->d[k - 1] == '0'; k--) {
		x->d[k - 1] = '\0';
		x->exp++;
	}
}

/* Is a equal to b times 10^shift? */
static int
dec_eq(const char *a, size_t an, const char *b, size_t bn, int shift)
{
	struct dec x, y;

	if (dec_parse(a, an, &x) != 0 || dec_parse(b, bn, &y) != 0)
		return an == bn && memcmp(a, b, an) == 0;
	if (y.d[0] != '\0')
		y.exp += shift;
	if (strlen(x.d) == 15 && strlen(y.d) > 15)
		dec_round15(&y);
	else if (strlen(y.d) == 15 && strlen(x.d) > 15)
		dec_round15(&x);
	return x.neg == y.neg && x.exp == y.exp && strcmp(x.d, y.d) == 0;
}

/* ------------------------------------------------------------ cases */

struct span {
	char text[512];
	size_t tn;
	char value[NX_VALUE_MAX];
	size_t vn;
	enum nx_kind kind;
	char unit[16];
	int used;
	int elsewhere;		/* of a model the suite has but does not run */
};

struct found {
	struct span s[64];
	int n;
};

/* A unit of the suite's date-time or temperature models. */
static int
other_model(const char *u)
{
	static const char *const units[] = {
		"years", "months", "weeks", "days", "hours", "minutes",
		"seconds", "degrees", "\xc2\xb0" "C", "\xc2\xb0" "F"
	};
	size_t i;

	for (i = 0; i < sizeof units / sizeof units[0]; i++)
		if (strcmp(u, units[i]) == 0)
			return 1;
	return 0;
}

static void
on_num(void *ctx, const struct nx_num *m)
{
	struct found *f = ctx;
	struct span *s;
	size_t n = (size_t)(m->end - m->start);

	if (f->n == 64)
		return;
	s = &f->s[f->n++];
	s->tn = n < sizeof s->text ? n : sizeof s->text - 1;
	memcpy(s->text, m->text, s->tn);
	s->vn = m->valuelen;
	memcpy(s->value, m->value, m->valuelen);
	s->kind = m->kind;
	snprintf(s->unit, sizeof s->unit, "%s", m->unit);
	s->elsewhere = m->kind == NX_DIMENSION && other_model(m->unit);
	s->used = 0;
}

/*
 * The expected value in our terms: "15%" is 15, "[5,7)" is 5-7, "null"
 * empty.  A relative position "end-1" is -1 with the unit "end", which
 * is left in from ("" for any other value).
 */
static int
want_value(const char *v, size_t n, char *out, size_t size, char *from,
    size_t fsize)
{
	const char *c;
	size_t i;

	from[0] = '\0';
	if (n == 4 && memcmp(v, "null", 4) == 0)
		return 0;
	for (i = 0; i < n && v[i] >= 'a' && v[i] <= 'z'; i++)
		;
	if (i > 0 && i < n && i < fsize && (v[i] == '+' || v[i] == '-')) {
		memcpy(from, v, i);
		from[i] = '\0';
		if (v[i] == '+')
			i++;
		v += i;
		n -= i;
	}
	if (n > 0 && v[n - 1] == '%')
		n--;
	if (n > 2 && (v[0] == '[' || v[0] == '(') &&
	    (v[n - 1] == ']' || v[n - 1] == ')') &&
	    (c = memchr(v, ',', n)) != NULL) {
		if (n + 1 > size)
			return -1;
		/* "(20,35]" is 20-35, "(30,)" 30-, "(,30]" -30 */
		memcpy(out, v + 1, n - 2);
		out[c - v - 1] = '-';
		return (int)(n - 2);
	}
	if (n + 1 > size)
		return -1;
	memcpy(out, v, n);
	return (int)n;
}

/*
 * Where a range value splits: the first '-' that follows a digit, else
 * a leading '-' (an open low end: "-30", "--30").
 */
static const char *
range_sep(const char *v, size_t n)
{
	size_t i;

	for (i = 1; i < n; i++)
		if (v[i] == '-' && v[i - 1] >= '0' && v[i - 1] <= '9')
			return v + i;
	return n > 0 && v[0] == '-' ? v : NULL;
}

static int
end_eq(const char *a, size_t an, const char *b, size_t bn, int shift)
{
	if (an == 0 || bn == 0)
		return an == bn;
	return dec_eq(a, an, b, bn, shift);
}

static int
value_eq(const struct span *s, const char *w, size_t wn, int shift)
{
	const char *a, *b;

	if (s->kind == NX_RANGE) {
		/* low-high on both sides, either end may be open */
		a = range_sep(s->value, s->vn);
		b = range_sep(w, wn);
		if (!a || !b)
			return 0;
		return end_eq(s->value, (size_t)(a - s->value), w,
		    (size_t)(b - w), shift) && end_eq(a + 1,
		    s->vn - (size_t)(a + 1 - s->value), b + 1,
		    wn - (size_t)(b + 1 - w), shift);
	}
	return end_eq(s->value, s->vn, w, wn, shift);
}

/* Does the span count from the point the suite names ("" the start)? */
static int
from_eq(const struct span *s, const char *from)
{
	return s->kind != NX_ORDINAL || strcmp(s->unit, from) == 0;
}

struct model {
	const char *file;
	enum nx_kind kind;
	int bounds;		/* run with the bounds option (menafn-numbers -b) */
	int extended;		/* with the extended readings (-e) */
};

static const struct model models[] = {
	{ "NumberModel.json", NX_NUMBER, 0, 0 },
	{ "NumberModelPercentMode.json", NX_NUMBER, 0, 0 },
	{ "OrdinalModel.json", NX_ORDINAL, 0, 1 },
	{ "OrdinalModelSuppressExtendedTypes.json", NX_ORDINAL, 0, 0 },
	{ "PercentModel.json", NX_PERCENT, 0, 1 },
	{ "PercentModelPercentMode.json", NX_PERCENT, 0, 0 },
	{ "CurrencyModel.json", NX_CURRENCY, 0, 0 },
	{ "DimensionModel.json", NX_DIMENSION, 0, 0 },
	{ "NumberRangeModel.json", NX_RANGE, 1, 0 },
};

struct skip {
	char *file;
	long n;			/* the case's number in its file, from 1 */
};

static struct skip *skips;
static size_t nskips;

static void
load_skips(const char *path)
{
	FILE *f = fopen(path, "r");
	char line[4096], *t1, *end;
	long n;

	if (!f)
		return;
	while (fgets(line, sizeof line, f)) {
		if (line[0] == '#' || !(t1 = strchr(line, '\t')))
			continue;
		*t1++ = '\0';
		n = strtol(t1, &end, 10);
		if (end == t1 || *end != '\t')
			continue;
		skips = realloc(skips, (nskips + 1) * sizeof *skips);
		if (!skips)
			exit(1);
		skips[nskips].file = strdup(line);
		skips[nskips].n = n;
		nskips++;
	}
	fclose(f);
}

static int
skipped(const char *file, long n)
{
	size_t i;

	for (i = 0; i < nskips; i++)
		if (skips[i].n == n && strcmp(skips[i].file, file) == 0)
			return 1;
	return 0;
}

/* Texts compare with ASCII case folded: the suite lower-cases some. */
static int
same_text(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (a[i] != b[i] && !(((a[i] | 0x20) == (b[i] | 0x20)) &&
		    (a[i] | 0x20) >= 'a' && (a[i] | 0x20) <= 'z'))
			return 0;
	return 1;
}

/* Does a[0, an) contain b[0, bn), ASCII case folded? */
static int
has_text(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i;

	for (i = 0; i + bn <= an; i++)
		if (same_text(a + i, b, bn))
			return 1;
	return 0;
}

/* Kinds that carry a number with its unit. */
static int
in_amount(enum nx_kind k)
{
	return k == NX_CURRENCY || k == NX_PERCENT || k == NX_DIMENSION;
}

static int
run_case(const struct model *m, const struct jv *c, long num, int verbose)
{
	const struct jv *in = jget(c, "Input"), *res = jget(c, "Results"), *r;
	const struct jv *text, *val, *reso, *unit;
	static struct found f;
	struct nx_opts o;
	struct nx x;
	char want[256], from[16];
	int wn, ok = 1, i, k, shift;
	size_t j;

	if (!in || in->t != J_STR || !res || res->t != J_ARR)
		return 0;
	f.n = 0;
	memset(&o, 0, sizeof o);
	o.bounds = m->bounds;
	o.extended = m->extended;
	nx_init(&x, &o);
	nx_scan(&x, in->s, 0, in->n, 1, on_num, &f);
	for (j = 0; j < res->nkid && ok; j++) {
		r = &res->kid[j];
		text = jget(r, "Text");
		reso = jget(r, "Resolution");
		val = jget(reso, "value");
		unit = jget(reso, "unit");
		/* the suite counts cents as cents; we count them as dollars */
		shift = unit && unit->t == J_STR && (strcmp(unit->s, "Cent") == 0 ||
		    strcmp(unit->s, "Pence") == 0 || strcmp(unit->s, "Penny") == 0) ?
		    -2 : 0;
		if (!text || text->t != J_STR || !val || val->t != J_STR ||
		    (wn = want_value(val->s, val->n, want, sizeof want, from,
		    sizeof from)) < 0) {
			ok = 0;
			break;
		}
		for (k = 0; k < f.n; k++)
			if (!f.s[k].used && ((f.s[k].tn == text->n &&
			    same_text(f.s[k].text, text->s, text->n)) ||
			    (m->kind == NX_NUMBER && in_amount(f.s[k].kind) &&
			    has_text(f.s[k].text, f.s[k].tn, text->s, text->n))) &&
			    value_eq(&f.s[k], want, (size_t)wn, shift) &&
			    from_eq(&f.s[k], from))
				break;
		if (k == f.n)
			ok = 0;
		else
			f.s[k].used = 1;
	}
	for (i = 0; i < f.n && ok; i++)
		if (!f.s[i].used && f.s[i].kind == m->kind && !f.s[i].elsewhere)
			ok = 0;
	if (!ok && verbose) {
		printf("FAIL %s %ld: %s\n  want:", m->file, num, in->s);
		for (j = 0; j < res->nkid; j++) {
			text = jget(&res->kid[j], "Text");
			val = jget(jget(&res->kid[j], "Resolution"), "value");
			printf(" [%s = %s]", text && text->s ? text->s : "?",
			    val && val->s ? val->s : "?");
		}
		printf("\n  got:");
		for (i = 0; i < f.n; i++)
			printf(" [%.*s = %.*s %s]", (int)f.s[i].tn, f.s[i].text,
			    (int)f.s[i].vn, f.s[i].value, nx_kind_name[f.s[i].kind]);
		printf("\n");
	}
	return ok;
}

static char *
slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0, k;

	*n = 0;
	if (!f)
		return NULL;
	for (;;) {
		if (*n + 65536 > cap) {
			cap = cap * 2 + 65536;
			buf = realloc(buf, cap);
			if (!buf)
				exit(1);
		}
		k = fread(buf + *n, 1, cap - *n, f);
		*n += k;
		if (k == 0)
			break;
	}
	fclose(f);
	return buf;
}

int
main(int argc, char *argv[])
{
	const char *dir = "../shared/conformance/recognizers-text";
	char path[4096];
	size_t i, j, n;
	int verbose = 0, found = 0, rv = 0;

	for (i = 1; i < (size_t)argc; i++) {
		if (strcmp(argv[i], "-v") == 0)
			verbose = 1;
		else
			dir = argv[i];
	}
	/* skip.tsv sits next to the runner */
	snprintf(path, sizeof path, "%.*s/skip.tsv",
	    strrchr(argv[0], '/') ? (int)(strrchr(argv[0], '/') - argv[0]) : 1,
	    strrchr(argv[0], '/') ? argv[0] : ".");
	load_skips(path);
	for (i = 0; i < sizeof models / sizeof models[0]; i++) {
		const struct model *m = &models[i];
		struct jp jp;
		struct jv root;
		char *buf;
		int pass = 0, fail = 0, skip = 0;

		snprintf(path, sizeof path, "%s/%s", dir, m->file);
		if (!(buf = slurp(path, &n))) {
			if (errno != ENOENT)
				fprintf(stderr, "conform: %s: %s\n", path,
				    strerror(errno));
			continue;
		}
		found++;
		jp.p = buf;
		jp.e = buf + n;
		jp.err = NULL;
		jval(&jp, &root, 0);
		if (jp.err || root.t != J_ARR) {
			fprintf(stderr, "conform: %s: not a JSON array of cases "
			    "(%s at byte %ld)\n", path, jp.err ? jp.err : "not an array",
			    (long)(jp.p - buf));
			rv = 1;
			jfree(&root);
			free(buf);
			continue;
		}
		for (j = 0; j < root.nkid; j++) {
			if (skipped(m->file, (long)j + 1)) {
				skip++;
				fail++;
			} else if (run_case(m, &root.kid[j], (long)j + 1, verbose))
				pass++;
			else
				fail++;
		}
		printf("%-40s cases %4d  passed %4d  failed %4d (skipped %3d)  "
		    "pass rate %5.1f%%\n", m->file, pass + fail, pass, fail, skip,
		    pass + fail ? 100.0 * pass / (pass + fail) : 0.0);
		jfree(&root);
		free(buf);
	}
	if (!found)
		printf("conform: no conformance suite at %s; nothing run\n", dir);
	return rv;
}

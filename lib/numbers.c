/*
 * Number extractor.  The scanner skips, with a byte-class table, to the
 * next byte that can start a number (a digit, a sign, a point, a currency
 * symbol, or a letter at the start of a word); a word is looked up in a
 * small lexicon bucketed by its first letter.  At a candidate the text of
 * the next NX_LOOKAHEAD bytes is cut into tokens on demand and a
 * hand-written grammar reads prefix currency, the quantity in digits or
 * words, magnitude, suffix (percent, currency, unit) and ranges.
 *
 * Values are kept as an exact decimal (a 64-bit mantissa and a power of
 * ten), so 1.5bn is 1500000000 and nothing is lost to binary floating
 * point.
 *
 * Conventions (the man page has them all):
 * - "one" is not a number in "one of", "one another", "one's", and after
 *   no, the, this, that, which, any, every, each, some: there it is a
 *   pronoun.  "a second" is not an ordinal (a time unit, or "another");
 *   "a third" is the ordinal unless it ends a phrase ("a third of").
 * - Digits glued after a word with capitals (MENAFN05..., ID1107) are an
 *   identifier and are skipped; digits after "No.", "#", or a capitalised
 *   word and a hyphen (COVID-19), dotted or slashed sequences that are not
 *   dates (1.31.25, 192.168.1.2, 24/7) and phone numbers are kind other.
 * - Sub-units are converted: 38 cents is 0.38 USD, 25 fils 0.025 KWD.
 * - A comparison is its number ("more than 25" is 25) unless the bounds
 *   option asks for open ranges ("25-").
 * - Dates and times have an empty value; a year's value is the year.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "numbers.h"
#include "utf8.h"

const char *const nx_kind_name[NX_NKINDS] = {
	"number", "ordinal", "percent", "currency", "dimension", "range",
	"year", "date", "time", "other"
};

/* Byte classes: the hot loop looks at nothing else. */
#define C_DIG	0x01
#define C_ALPHA	0x02
#define C_HOT	0x04	/* a letter that starts some lexicon word */
#define C_SYM	0x08	/* $ % + - . < > and lead bytes of € £ ¥ ½ – */

static const unsigned char nx_cls[256] = {
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,8,8,0,0,0,0,0,8,0,8,8,0,
	1,1,1,1,1,1,1,1,1,1,0,0,8,0,8,0,
	0,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
	6,6,6,6,6,6,2,2,2,2,6,0,0,0,0,0,
	0,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
	6,6,6,6,6,6,2,2,2,2,6,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,8,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,8,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0
};

#define ISALPHA(c) (nx_cls[(unsigned char)(c)] & C_ALPHA)
#define ISDIGIT(c) (nx_cls[(unsigned char)(c)] & C_DIG)
#define LOWER(c) ((unsigned char)(c) | 0x20)	/* ASCII letters only */

/* ---------------------------------------------------------------- values */

#define NV_MAXM UINT64_C(999999999999999999)	/* 18 digits */

struct nv {
	uint64_t m;
	int e;			/* value = m * 10^e */
	int bad;		/* out of range: no exact value */
	int inexact;		/* rounded: print 15 significant digits */
};

static void
nv_set(struct nv *v, uint64_t m, int e)
{
	v->m = m;
	v->e = e;
	v->bad = 0;
	v->inexact = 0;
}

static void
nv_norm(struct nv *v)
{
	if (v->m == 0) {
		v->e = 0;
		return;
	}
	while (v->m % 10 == 0) {
		v->m /= 10;
		v->e++;
	}
}

static void
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

static void
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
static void
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
static void
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
static size_t
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

static int
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

/* --------------------------------------------------------------- lexicon */

enum {
	W_NUM = 1, W_ORD, W_HALF, W_QUARTER, W_A, W_BETWEEN, W_FROM, W_NEG,
	W_REL,	/* a relative position (-e): nx_rel */
	W_MONTH, W_CUR, W_PCTPRE, W_CMP,
	S_MAG, S_PCT, S_CUR, S_SUB, S_DIM
};

/* Classes of number words, for the grammar of spelled numbers. */
enum { K_NONE, K_UNIT, K_TEEN, K_TENS, K_HUND, K_SCALE, K_DOZEN };

#define F_EXACT	0x01	/* compare case-sensitively */
#define F_CAP	0x02	/* the first letter must be a capital */
#define F_GLUE	0x04	/* only glued to the digits (10k) */
#define F_NEEDCUR 0x08	/* only in an amount of money ($30 m) */
#define F_CTX	0x10	/* the currency depends on the last one seen */
#define F_DOLLAR 0x20	/* only before "$": HK$, C$ */
#define F_PLURAL 0x40	/* "fifths": only as a fraction's denominator */
#define F_FINE	0x80	/* also spaced, after digits with a point or commas */
#define F_FOLD	0x100	/* a multiplier: nothing is added to it */
#define F_AMTONLY 0x200	/* glued to digits with a point, separators or a
			   magnitude only: N1.5 billion, not N95 */

struct lx {
	const char *s;		/* lower case unless F_EXACT; words split by spaces */
	unsigned char n, type, cls;
	unsigned short flags;
	int val;		/* number, month, power of ten */
	const char *unit;
};

#define NUM(s, k, v) { s, sizeof s - 1, W_NUM, k, 0, v, "" }
#define ORD(s, k, v) { s, sizeof s - 1, W_ORD, k, 0, v, "" }
#define WRD(s, t) { s, sizeof s - 1, t, 0, 0, 0, "" }
#define MON(s, v) { s, sizeof s - 1, W_MONTH, 0, F_CAP, v, "" }
#define COD(s, iso) { s, sizeof s - 1, W_CUR, 0, F_EXACT, 0, iso }
#define ONE(s, iso) { s, sizeof s - 1, W_CUR, 0, F_EXACT | F_AMTONLY, 0, iso }
#define ISO(s, iso) { s, sizeof s - 1, W_CUR, 0, 0, 0, iso }
#define DOL(s, iso, f) { s, sizeof s - 1, W_CUR, 0, F_DOLLAR | (f), 0, iso }
#define ORDS(s, k, v) { s, sizeof s - 1, W_ORD, k, F_PLURAL, v, "" }
/* fivefold: a multiplier, a number that ends a spelled number */
#define FOLD(s, k, v) { s, sizeof s - 1, W_NUM, k, F_FOLD, v, "" }

/*
 * Words that can start a number, sorted by their first letter (case
 * folded): nx_init() indexes the buckets.
 */
static const struct lx nx_hot[] = {
	WRD("a", W_A), WRD("an", W_A), ISO("aed", "AED"), ISO("azn", "AZN"),
	DOL("A", "AUD", F_EXACT), DOL("au", "AUD", 0), ISO("aud", "AUD"),
	WRD("above", W_CMP), WRD("at", W_CMP),
	MON("apr", 4), MON("april", 4), MON("aug", 8), MON("august", 8),
	COD("AFN", "AFN"),
	COD("BD", "BHD"), ISO("bhd", "BHD"), WRD("between", W_BETWEEN),
	WRD("below", W_CMP), WRD("bigger", W_CMP),
	NUM("billion", K_SCALE, 9), ORD("billionth", K_SCALE, 9),
	ORDS("billionths", K_SCALE, 9), ISO("btc", "BTC"),
	COD("BDT", "BDT"), COD("BRL", "BRL"),
	ISO("chf", "CHF"), ISO("cny", "CNY"), DOL("c", "CAD", 0),
	NUM("crore", K_SCALE, 7),
	DOL("ca", "CAD", 0), ISO("cad", "CAD"),
	COD("CZK", "CZK"),
	COD("Dh", "AED"), COD("Dhs", "AED"), COD("DH", "AED"),
	MON("dec", 12), MON("december", 12), NUM("dozen", K_DOZEN, 12),
	NUM("dozens", K_DOZEN, 12), NUM("doz", K_DOZEN, 12),
	NUM("dozs", K_DOZEN, 12), NUM("dz", K_DOZEN, 12), NUM("dzs", K_DOZEN, 12),
	COD("DZD", "DZD"), COD("DKK", "DKK"),
	ISO("egp", "EGP"), ISO("eur", "EUR"), NUM("eight", K_UNIT, 8),
	WRD("equal", W_CMP), WRD("equals", W_CMP), WRD("equaling", W_CMP),
	WRD("exceed", W_CMP), WRD("exceeds", W_CMP), WRD("exceeding", W_CMP),
	ORDS("eighths", K_UNIT, 8),
	NUM("eighteen", K_TEEN, 18), ORD("eighteenth", K_TEEN, 18),
	ORD("eighth", K_UNIT, 8), NUM("eighty", K_TENS, 80),
	FOLD("eightfold", K_UNIT, 8),
	ORD("eightieth", K_TENS, 80), NUM("eleven", K_TEEN, 11),
	ORD("eleventh", K_TEEN, 11),
	MON("feb", 2), MON("february", 2), NUM("fifteen", K_TEEN, 15),
	ORD("fifteenth", K_TEEN, 15), ORD("fifth", K_UNIT, 5),
	ORDS("fifths", K_UNIT, 5), ORDS("firsts", K_UNIT, 1),
	WRD("fewer", W_CMP),
	NUM("fifty", K_TENS, 50), ORD("fiftieth", K_TENS, 50),
	ORD("first", K_UNIT, 1), NUM("five", K_UNIT, 5),
	FOLD("fivefold", K_UNIT, 5), FOLD("fourfold", K_UNIT, 4),
	NUM("forty", K_TENS, 40), ORD("fortieth", K_TENS, 40),
	NUM("four", K_UNIT, 4), NUM("fourteen", K_TEEN, 14),
	ORD("fourteenth", K_TEEN, 14), ORD("fourth", K_UNIT, 4),
	ORDS("fourths", K_UNIT, 4),
	WRD("from", W_FROM),
	ISO("gbp", "GBP"),
	WRD("greater", W_CMP),
	COD("GEL", "GEL"),
	WRD("half", W_HALF), NUM("hundred", K_HUND, 2),
	ORD("hundredth", K_HUND, 2), ORDS("hundredths", K_HUND, 2),
	DOL("hk", "HKD", 0), ISO("hkd", "HKD"),
	WRD("higher", W_CMP),
	COD("HUF", "HUF"),
	ISO("inr", "INR"),
	COD("IQD", "IQD"), COD("IRR", "IRR"), COD("IDR", "IDR"),
	MON("jan", 1), MON("january", 1), COD("JD", "JOD"), ISO("jod", "JOD"),
	ISO("jpy", "JPY"), MON("jul", 7), MON("july", 7), MON("jun", 6),
	MON("june", 6),
	COD("KD", "KWD"), ISO("kwd", "KWD"),
	COD("KZT", "KZT"), COD("KES", "KES"), COD("KRW", "KRW"),
	COD("KSh", "KES"), COD("Ksh", "KES"),
	WRD("larger", W_CMP),
	COD("LE", "EGP"), ISO("lkr", "LKR"), COD("LBP", "LBP"),
	COD("LYD", "LYD"),
	WRD("less", W_CMP), WRD("lower", W_CMP),
	MON("mar", 3), MON("march", 3), MON("may", 5), DOL("mex", "MXN", 0),
	ISO("mxn", "MXN"), ORDS("millionths", K_SCALE, 6),
	WRD("more", W_CMP),
	NUM("million", K_SCALE, 6), ORD("millionth", K_SCALE, 6),
	WRD("minus", W_NEG),
	COD("MAD", "MAD"), COD("MYR", "MYR"),
	WRD("negative", W_NEG), NUM("nine", K_UNIT, 9),
	NUM("nineteen", K_TEEN, 19), ORD("nineteenth", K_TEEN, 19),
	FOLD("ninefold", K_UNIT, 9),
	NUM("ninety", K_TENS, 90), ORD("ninetieth", K_TENS, 90),
	ORD("ninth", K_UNIT, 9), ORDS("ninths", K_UNIT, 9), MON("nov", 11),
	ORD("nineth", K_UNIT, 9),
	MON("november", 11), NUM("naught", K_UNIT, 0), NUM("nought", K_UNIT, 0),
	ISO("npr", "NPR"), COD("NGN", "NGN"), COD("NOK", "NOK"),
	ONE("N", "NGN"),
	DOL("nz", "NZD", 0), ISO("nzd", "NZD"),
	WRD("no", W_CMP), WRD("not", W_CMP),
	ISO("omr", "OMR"), MON("oct", 10),
	MON("october", 10),
	WRD("over", W_CMP),
	NUM("one", K_UNIT, 1),
	WRD("per", W_PCTPRE), WRD("percent", W_PCTPRE),
	WRD("percents", W_PCTPRE),
	COD("PHP", "PHP"), COD("PLN", "PLN"), ISO("pkr", "PKR"),
	ONE("P", "PHP"),
	ISO("qar", "QAR"), COD("QR", "QAR"), WRD("quarter", W_QUARTER),
	WRD("quarters", W_QUARTER),
	COD("RO", "OMR"), { "Rs", 2, W_CUR, 0, F_EXACT | F_CTX, 0, "INR" },
	COD("RM", "MYR"),
	COD("RUB", "RUB"),
	ISO("rmb", "CNY"),
	DOL("S", "SGD", F_EXACT), ISO("sar", "SAR"), COD("SR", "SAR"),
	ONE("Sh", "KES"),
	ISO("sek", "SEK"),
	ORD("second", K_UNIT, 2), ISO("sgd", "SGD"),
	WRD("smaller", W_CMP), WRD("surpass", W_CMP), WRD("surpasses", W_CMP),
	WRD("surpassing", W_CMP),
	MON("sep", 9), MON("sept", 9), MON("september", 9),
	NUM("seven", K_UNIT, 7), NUM("seventeen", K_TEEN, 17),
	FOLD("sevenfold", K_UNIT, 7), FOLD("sixfold", K_UNIT, 6),
	ORD("seventeenth", K_TEEN, 17), ORD("seventh", K_UNIT, 7),
	ORDS("sevenths", K_UNIT, 7),
	NUM("seventy", K_TENS, 70), ORD("seventieth", K_TENS, 70),
	NUM("six", K_UNIT, 6), NUM("sixteen", K_TEEN, 16),
	ORD("sixteenth", K_TEEN, 16), ORD("sixth", K_UNIT, 6),
	ORDS("sixths", K_UNIT, 6),
	NUM("sixty", K_TENS, 60), ORD("sixtieth", K_TENS, 60),
	COD("SYP", "SYP"), COD("SDG", "SDG"),
	NUM("ten", K_TEEN, 10), ORD("tenth", K_TEEN, 10),
	FOLD("tenfold", K_TEEN, 10), FOLD("threefold", K_UNIT, 3),
	FOLD("twofold", K_UNIT, 2),
	ORDS("tenths", K_TEEN, 10),
	ORD("third", K_UNIT, 3), ORDS("thirds", K_UNIT, 3),
	NUM("thirteen", K_TEEN, 13),
	ORD("thirteenth", K_TEEN, 13), NUM("thirty", K_TENS, 30),
	ORD("thirtieth", K_TENS, 30), ORDS("thirtieths", K_TENS, 30),
	NUM("thousand", K_SCALE, 3),
	ORD("thousandth", K_SCALE, 3), ORDS("thousandths", K_SCALE, 3),
	NUM("three", K_UNIT, 3),
	NUM("trillion", K_SCALE, 12), ORD("trillionth", K_SCALE, 12),
	ORDS("trillionths", K_SCALE, 12),
	ORD("twelfth", K_TEEN, 12), ORDS("twelfths", K_TEEN, 12),
	NUM("twelve", K_TEEN, 12),
	ORD("twentieth", K_TENS, 20), ORDS("twentieths", K_TENS, 20),
	NUM("twenty", K_TENS, 20),
	NUM("two", K_UNIT, 2),
	COD("TRY", "TRY"), COD("TND", "TND"), COD("THB", "THB"),
	ISO("uah", "UAH"), DOL("us", "USD", 0), ISO("usd", "USD"),
	WRD("under", W_CMP), WRD("up", W_CMP),
	COD("UZS", "UZS"),
	COD("YER", "YER"), NUM("zero", K_UNIT, 0), COD("ZAR", "ZAR")
};
#define NX_NHOT (sizeof nx_hot / sizeof nx_hot[0])

#define MAG(s, e, f) { s, sizeof s - 1, S_MAG, 0, f, e, "" }
#define PCT(s) { s, sizeof s - 1, S_PCT, 0, 0, 0, "%" }
#define PTS(s) { s, sizeof s - 1, S_PCT, 0, 0, 1, "%" }	/* a change */
#define CUR(s, iso, f) { s, sizeof s - 1, S_CUR, 0, f, 0, iso }
#define SUB(s, iso, e) { s, sizeof s - 1, S_SUB, 0, F_CTX, e, iso }
#define DIM(s, u) { s, sizeof s - 1, S_DIM, 0, 0, 0, u }
#define DIMX(s, u) { s, sizeof s - 1, S_DIM, 0, F_EXACT, 0, u }

/* What may follow a quantity.  Longer phrases first where they overlap. */
static const struct lx nx_suf[] = {
	MAG("thousand", 3, 0), MAG("million", 6, 0), MAG("billion", 9, 0),
	MAG("trillion", 12, 0), MAG("mn", 6, 0), MAG("mln", 6, 0),
	MAG("mil", 6, 0), MAG("bil", 9, 0), { "m", 1, S_MAG, 0, F_EXACT | F_NEEDCUR, 6, "" },
	{ "M", 1, S_MAG, 0, F_EXACT | F_GLUE | F_FINE, 6, "" },
	{ "MM", 2, S_MAG, 0, F_EXACT, 6, "" },
	MAG("bn", 9, 0), MAG("bln", 9, 0),
	{ "b", 1, S_MAG, 0, F_EXACT | F_GLUE, 9, "" },
	{ "B", 1, S_MAG, 0, F_EXACT | F_GLUE | F_NEEDCUR, 9, "" },
	MAG("tn", 12, 0), MAG("tln", 12, 0), MAG("trn", 12, 0),
	{ "k", 1, S_MAG, 0, F_EXACT | F_GLUE | F_FINE, 3, "" },
	{ "K", 1, S_MAG, 0, F_EXACT | F_GLUE | F_FINE, 3, "" },
	{ "G", 1, S_MAG, 0, F_EXACT | F_FINE, 9, "" },
	MAG("lakh crore", 12, 0), MAG("lakh", 5, 0), MAG("lakhs", 5, 0),
	MAG("crore", 7, 0), MAG("crores", 7, 0), MAG("cr", 7, 0),
	MAG("lac", 5, 0), MAG("lacs", 5, 0),
	PTS("percentage points"), PTS("percentage point"), PCT("percent"),
	PCT("per cent"), PCT("pct"), PCT("pc"), PCT("percents"),
	PCT("percentage"),
	CUR("US dollars", "USD", 0), CUR("US dollar", "USD", 0),
	CUR("dollars", "USD", 0), CUR("dollar", "USD", 0),
	CUR("euros", "EUR", 0), CUR("euro", "EUR", 0),
	CUR("pounds sterling", "GBP", 0), CUR("Egyptian pounds", "EGP", 0),
	CUR("pounds", "GBP", F_CTX), CUR("pound", "GBP", F_CTX),
	CUR("yen", "JPY", 0), CUR("yuan", "CNY", 0), CUR("renminbi", "CNY", 0),
	CUR("rupees", "INR", F_CTX), CUR("rupee", "INR", F_CTX),
	CUR("Saudi riyals", "SAR", 0), CUR("Qatari riyals", "QAR", 0),
	CUR("Omani rials", "OMR", 0), CUR("Iranian rials", "IRR", 0),
	CUR("riyals", "QAR", F_CTX), CUR("riyal", "QAR", F_CTX),
	CUR("rials", "OMR", F_CTX), CUR("rial", "OMR", F_CTX),
	CUR("UAE dirhams", "AED", 0), CUR("dirhams", "AED", 0),
	CUR("dirham", "AED", 0),
	CUR("Kuwaiti dinars", "KWD", 0), CUR("Kuwaiti dinar", "KWD", 0),
	CUR("Jordanian dinars", "JOD", 0), CUR("Jordanian dinar", "JOD", 0),
	CUR("Bahraini dinars", "BHD", 0), CUR("Iraqi dinars", "IQD", 0),
	CUR("dinars", "KWD", F_CTX), CUR("dinar", "KWD", F_CTX),
	CUR("manats", "AZN", 0), CUR("manat", "AZN", 0),
	CUR("hryvnias", "UAH", 0), CUR("hryvnia", "UAH", 0),
	CUR("hryvnas", "UAH", 0), CUR("hryvna", "UAH", 0),
	CUR("rubles", "RUB", 0), CUR("roubles", "RUB", 0),
	CUR("ruble", "RUB", 0), CUR("Turkish lira", "TRY", 0),
	CUR("lira", "TRY", 0), CUR("liras", "TRY", 0),
	CUR("Swiss francs", "CHF", 0), CUR("francs", "CHF", 0),
	CUR("franc", "CHF", 0),
	CUR("Australian dollars", "AUD", 0), CUR("Canadian dollars", "CAD", 0),
	CUR("Hong Kong dollars", "HKD", 0), CUR("Singapore dollars", "SGD", 0),
	CUR("New Zealand dollars", "NZD", 0), CUR("Chinese yuan", "CNY", 0),
	CUR("Japanese yen", "JPY", 0), CUR("Indian rupees", "INR", 0),
	CUR("Pakistani rupees", "PKR", 0), CUR("Azerbaijani manat", "AZN", 0),
	CUR("pesetas", "ESP", 0), CUR("guilders", "NLG", 0),
	CUR("markka", "FIM", 0), CUR("rmb", "CNY", 0),
	CUR("Finnish markka", "FIM", 0), CUR("Dutch guilders", "NLG", 0),
	CUR("bitcoins", "BTC", 0), CUR("bitcoin", "BTC", 0),
	CUR("BTC", "BTC", 0), CUR("yuan renminbi", "CNY", 0),
	{ "MUSD", 4, S_CUR, 0, F_EXACT, 6, "USD" },
	{ "MEUR", 4, S_CUR, 0, F_EXACT, 6, "EUR" },
	{ "MGBP", 4, S_CUR, 0, F_EXACT, 6, "GBP" },
	CUR("USD", "USD", 0), CUR("EUR", "EUR", 0),
	CUR("GBP", "GBP", 0), CUR("JPY", "JPY", 0),
	CUR("CNY", "CNY", 0), CUR("QAR", "QAR", 0),
	CUR("AUD", "AUD", 0), CUR("CAD", "CAD", 0), CUR("HKD", "HKD", 0),
	CUR("QR", "QAR", F_EXACT), CUR("AED", "AED", 0),
	CUR("Dhs", "AED", F_EXACT), CUR("Dh", "AED", F_EXACT),
	CUR("SAR", "SAR", F_EXACT), CUR("SR", "SAR", F_EXACT),
	CUR("KWD", "KWD", F_EXACT), CUR("KD", "KWD", F_EXACT),
	CUR("BHD", "BHD", F_EXACT), CUR("BD", "BHD", F_EXACT),
	CUR("OMR", "OMR", F_EXACT), CUR("RO", "OMR", F_EXACT),
	CUR("JOD", "JOD", F_EXACT), CUR("JD", "JOD", F_EXACT),
	CUR("EGP", "EGP", F_EXACT), CUR("LE", "EGP", F_EXACT),
	CUR("INR", "INR", F_EXACT), CUR("AZN", "AZN", F_EXACT),
	CUR("PKR", "PKR", F_EXACT), CUR("LKR", "LKR", F_EXACT),
	/* ISO codes after the amount, in capitals only */
	CUR("AFN", "AFN", F_EXACT), CUR("BDT", "BDT", F_EXACT),
	CUR("BRL", "BRL", F_EXACT), CUR("CZK", "CZK", F_EXACT),
	CUR("DZD", "DZD", F_EXACT), CUR("DKK", "DKK", F_EXACT),
	CUR("GEL", "GEL", F_EXACT), CUR("HUF", "HUF", F_EXACT),
	CUR("IQD", "IQD", F_EXACT), CUR("IRR", "IRR", F_EXACT),
	CUR("IDR", "IDR", F_EXACT), CUR("KZT", "KZT", F_EXACT),
	CUR("KES", "KES", F_EXACT), CUR("KRW", "KRW", F_EXACT),
	CUR("LBP", "LBP", F_EXACT), CUR("LYD", "LYD", F_EXACT),
	CUR("MAD", "MAD", F_EXACT), CUR("MYR", "MYR", F_EXACT),
	CUR("NGN", "NGN", F_EXACT), CUR("NOK", "NOK", F_EXACT),
	CUR("PHP", "PHP", F_EXACT), CUR("PLN", "PLN", F_EXACT),
	CUR("SYP", "SYP", F_EXACT), CUR("SDG", "SDG", F_EXACT),
	CUR("TRY", "TRY", F_EXACT), CUR("TND", "TND", F_EXACT),
	CUR("THB", "THB", F_EXACT), CUR("UZS", "UZS", F_EXACT),
	CUR("YER", "YER", F_EXACT), CUR("ZAR", "ZAR", F_EXACT),
	CUR("lari", "GEL", 0), CUR("tenge", "KZT", 0), CUR("soums", "UZS", 0),
	CUR("soum", "UZS", 0), CUR("taka", "BDT", 0), CUR("naira", "NGN", 0),
	CUR("ringgit", "MYR", 0), CUR("rupiah", "IDR", 0),
	CUR("baht", "THB", 0),
	CUR("Lebanese pounds", "LBP", 0), CUR("Syrian pounds", "SYP", 0),
	CUR("Sudanese pounds", "SDG", 0), CUR("Yemeni rials", "YER", 0),
	CUR("Moroccan dirhams", "MAD", 0), CUR("Tunisian dinars", "TND", 0),
	CUR("Libyan dinars", "LYD", 0), CUR("Algerian dinars", "DZD", 0),
	CUR("Iraqi dinar", "IQD", 0),
	CUR("UAH", "UAH", F_EXACT), CUR("RUB", "RUB", F_EXACT),
	CUR("CHF", "CHF", F_EXACT), CUR("SEK", "SEK", F_EXACT),
	SUB("cents", "USD", 2), SUB("cent", "USD", 2),
	SUB("fils", "KWD", 3), SUB("halalas", "SAR", 2),
	SUB("halala", "SAR", 2), SUB("piastres", "EGP", 2),
	SUB("piastre", "EGP", 2), SUB("piasters", "EGP", 2),
	SUB("piaster", "EGP", 2), SUB("paise", "INR", 2), SUB("paisa", "INR", 2),
	SUB("qapiks", "AZN", 2), SUB("qapik", "AZN", 2),
	SUB("kobo", "NGN", 2), SUB("centavos", "PHP", 2),
	SUB("centavo", "PHP", 2),
	{ "sen", 3, S_SUB, 0, F_CTX | F_EXACT, 2, "MYR" },
	SUB("baisa", "OMR", 3), SUB("baiza", "OMR", 3),
	SUB("kopecks", "RUB", 2), SUB("kopiykas", "UAH", 2),
	SUB("pence", "GBP", 2), SUB("penny", "GBP", 2),
	DIM("square kilometres", "sq km"), DIM("square kilometers", "sq km"),
	DIM("sq km", "sq km"), DIM("km2", "sq km"),
	DIM("kilometres", "km"), DIM("kilometers", "km"),
	DIM("kilometre", "km"), DIM("kilometer", "km"), DIM("km", "km"),
	DIM("square metres", "sq m"), DIM("square meters", "sq m"),
	DIM("sq m", "sq m"), DIM("sqm", "sq m"), DIM("m2", "sq m"),
	DIM("cubic metres", "cu m"), DIM("cubic meters", "cu m"),
	DIM("metres", "m"), DIM("meters", "m"), DIM("metre", "m"),
	DIM("meter", "m"), DIMX("m", "m"),
	DIM("centimetres", "cm"), DIM("centimeters", "cm"), DIM("cm", "cm"),
	DIM("millimetres", "mm"), DIM("millimeters", "mm"), DIM("mm", "mm"),
	DIM("miles per hour", "mph"), DIM("miles an hour", "mph"),
	DIM("kilometers per hour", "km/h"), DIM("kilometres per hour", "km/h"),
	DIM("kmph", "km/h"),
	DIM("miles", "miles"), DIM("mile", "miles"), DIM("feet", "feet"),
	DIM("foot", "feet"), DIM("ft", "feet"),
	DIM("square feet", "sq ft"), DIM("square foot", "sq ft"),
	DIM("sq ft", "sq ft"), DIM("sq feet", "sq ft"), DIM("sqft", "sq ft"),
	DIM("inches", "inches"),
	DIM("inch", "inches"), DIM("yards", "yards"), DIM("yard", "yards"),
	DIM("metric tons", "tons"), DIM("metric tonnes", "tons"),
	DIM("tons", "tons"), DIM("tonnes", "tons"), DIM("ton", "tons"),
	DIM("tonne", "tons"),
	DIM("kilograms", "kg"), DIM("kilogrammes", "kg"), DIM("kilogram", "kg"),
	DIM("kg", "kg"), DIM("kilos", "kg"), DIM("grams", "g"), DIM("gram", "g"),
	DIM("milligrams", "mg"), DIM("mg", "mg"), DIM("micrograms", "mcg"),
	DIM("microgram", "mcg"), DIM("ounces", "oz"), DIM("ounce", "oz"),
	DIM("oz", "oz"), DIM("tablespoons", "tbsp"), DIM("teaspoon", "tsp"),
	DIM("teaspoons", "tsp"), DIM("cups", "cups"), DIM("cup", "cups"),
	DIM("pounds", "lb"), DIM("lbs", "lb"),
	DIM("basis points", "bps"), DIM("basis point", "bps"),
	DIM("bps", "bps"),
	DIM("barrels per day", "bpd"), DIM("bpd", "bpd"), DIM("mbpd", "mbpd"),
	DIM("karat", "karat"), DIM("carat", "karat"),
	DIM("barrels", "barrels"), DIM("barrel", "barrels"),
	DIMX("MW", "MW"), DIMX("GW", "GW"), DIMX("kW", "kW"), DIMX("KW", "kW"),
	DIMX("kWh", "kWh"), DIMX("MWh", "MWh"), DIMX("GWh", "GWh"),
	DIMX("TWh", "TWh"), DIM("megawatts", "MW"), DIM("gigawatts", "GW"),
	DIM("kilowatts", "kW"), DIM("megawatt", "MW"), DIM("gigawatt", "GW"),
	DIM("kilowatt", "kW"), DIM("megawatt hours", "MWh"),
	DIM("hectares", "hectares"), DIM("hectare", "hectares"),
	DIM("acres", "acres"), DIM("feddans", "feddans"),
	DIM("dunums", "dunums"),
	DIM("litres", "litres"), DIM("liters", "litres"), DIM("ml", "ml"),
	DIM("gallons", "gallons"), DIM("gallon", "gallons"),
	DIM("acre", "acres"), DIMX("MB", "MB"), DIM("mb", "MB"), DIMX("GB", "GB"),
	DIMX("TB", "TB"), DIM("megabytes", "MB"), DIM("gigabytes", "GB"), DIM("bcm", "bcm"), DIM("mcm", "mcm"),
	DIM("cubic feet", "cu ft"), DIMX("TEUs", "TEU"), DIMX("TEU", "TEU"),
	DIM("knots", "knots"), DIM("bits", "bits"), DIM("bit", "bits"),
	DIM("decimetres", "dm"), DIM("decimeters", "dm"), DIM("dm", "dm"),
	DIM("picometres", "pm"), DIM("picometers", "pm"), DIM("picometre", "pm"),
	DIM("picometer", "pm"), DIM("radians", "rad"), DIM("rad", "rad"),
	DIM("turns", "turns"), DIM("turn", "turns"), { "t", 1, S_DIM, 0, F_EXACT | F_GLUE, 0, "tons" },
	DIM("micrograms", "mcg"), DIM("microgrammes", "mcg"), DIM("mcg", "mcg"),
	DIM("drachmas", "drachma"), DIM("drachma", "drachma"),
	DIM("kph", "km/h"), DIM("mph", "mph")
};
#define NX_NSUF (sizeof nx_suf / sizeof nx_suf[0])
_Static_assert(NX_NSUF <= NX_SUFMAX, "NX_SUFMAX too small for nx_suf");

/*
 * The extended readings (the -e option) name a quantity without a number
 * in it: a position counted from the end or from the current one ("the
 * last but one"), and a percent word alone ("a small percent").  News
 * text is full of "last year" and "next week", so they are off by
 * default.  A relative position's value is its offset and its unit the
 * point it counts from: "penultimate" is -1 from end, "next" 1 from
 * current.
 *
 * The phrases are lexicon entries matched by phrase() on the tokens, as
 * the words after a number are; the first that matches is taken, so a
 * longer phrase comes before a word it starts with.  val is the offset,
 * unit the point, cls 1 where a trailing "one" may belong to the phrase
 * ("the next one").
 */
#define REL(s, from, off, one) { s, sizeof s - 1, W_REL, one, 0, off, from }
static const struct lx nx_rel[] = {
	REL("the last but one", "end", -1, 0),
	REL("the one before the last", "end", -1, 1),
	REL("the second to last", "end", -1, 0),
	REL("the third to last", "end", -2, 0),
	REL("the fourth to last", "end", -3, 0),
	REL("second to last", "end", -1, 0),
	REL("third to last", "end", -2, 0),
	REL("next to last", "end", -1, 0),
	REL("last but one", "end", -1, 0),
	REL("antepenultimate", "end", -2, 0),
	REL("penultimate", "end", -1, 0),
	REL("last", "end", 0, 1),
	REL("next", "current", 1, 1),
	REL("previous", "current", -1, 1),
	REL("current", "current", 0, 1)
};
#define NX_NREL (sizeof nx_rel / sizeof nx_rel[0])

/* Percent words that name a percent with no number. */
static const struct lx nx_pct_alone[] = {
	PCT("per cent"), PCT("percent"), PCT("percentage"),
	PCT("percentages"), PCT("percents")
};
#define NX_NPCT (sizeof nx_pct_alone / sizeof nx_pct_alone[0])


/*
 * For each first letter (case folded) the span of nx_hot that holds its
 * entries, and a bit for each length of word among them.  The table is kept sorted so the spans are tight, but a word
 * out of place is still found: hot_find compares whole words.
 */
static void
build_buckets(struct nx *x)
{
	unsigned short (*bucket)[3] = x->bucket;
	unsigned short at[27];
	size_t i;
	unsigned b, c;

	for (b = 0; b < 26; b++) {
		bucket[b][0] = (unsigned short)NX_NHOT;
		bucket[b][1] = 0;
		bucket[b][2] = 0;
	}
	for (i = 0; i < NX_NHOT; i++) {
		b = LOWER(nx_hot[i].s[0]) - 'a';
		if (i < bucket[b][0])
			bucket[b][0] = (unsigned short)i;
		bucket[b][1] = (unsigned short)(i + 1);
		/* which word lengths occur: most words are rejected here */
		bucket[b][2] |= (unsigned short)(1u << nx_hot[i].n);
		/* and which second letters for each length: "the" stops here */
		c = LOWER(nx_hot[i].s[1]) - 'a';
		if (nx_hot[i].n > 1 && nx_hot[i].n < 12 && c < 26)
			x->second[b][nx_hot[i].n] |= UINT32_C(1) << c;
	}
	/* the first letters of the relative positions (-e) */
	x->relfirst = 0;
	for (i = 0; i < NX_NREL; i++)
		x->relfirst |= 1u << (nx_rel[i].s[0] - 'a');
	/* nx_suf by first letter, in table order (a counting sort) */
	memset(x->sufs, 0, sizeof x->sufs);
	for (i = 0; i < NX_NSUF; i++)
		if ((b = LOWER(nx_suf[i].s[0]) - 'a') < 26)
			x->sufs[b + 1]++;
	for (b = 0; b < 26; b++)
		x->sufs[b + 1] = (unsigned short)(x->sufs[b + 1] + x->sufs[b]);
	memcpy(at, x->sufs, sizeof at);
	for (i = 0; i < NX_NSUF; i++)
		if ((b = LOWER(nx_suf[i].s[0]) - 'a') < 26)
			x->sufi[at[b]++] = (unsigned short)i;
}

/* Does the word p[0, n) spell entry s (for one word of s)? */
static int
word_eq(const unsigned char *p, size_t n, const char *s, size_t sn, int exact)
{
	size_t i;

	if (n != sn)
		return 0;
	if (exact)
		return memcmp(p, s, n) == 0;
	for (i = 0; i < n; i++)
		if (LOWER(p[i]) != LOWER(s[i]) || !ISALPHA(p[i]) != !ISALPHA(s[i]))
			return 0;
	return 1;
}

static const struct lx *
hot_find(const struct nx *x, const unsigned char *p, size_t n)
{
	const struct lx *w;
	unsigned b, c;
	size_t i;

	b = LOWER(p[0]) - 'a';
	if (b >= 26 || n > 11)
		return NULL;
	if (!(x->bucket[b][2] & (1u << n)))
		return NULL;
	if (n > 1) {
		c = LOWER(p[1]) - 'a';
		if (c >= 26 || !(x->second[b][n] >> c & 1))
			return NULL;
	}
	for (i = x->bucket[b][0]; i < x->bucket[b][1]; i++) {
		w = &nx_hot[i];
		if (w->n != n || !word_eq(p, n, w->s, w->n, w->flags & F_EXACT))
			continue;
		if ((w->flags & F_CAP) && !(p[0] >= 'A' && p[0] <= 'Z'))
			continue;
		return w;
	}
	return NULL;
}

/* --------------------------------------------------------------- tokens */

enum {
	T_END, T_NUM, T_WORD, T_SYM, T_FRAC, T_DASH, T_PLUS, T_PCT, T_SLASH,
	T_COLON, T_DOT, T_COMMA, T_OTHER
};

#define NX_NTOK 40

struct tk {
	unsigned short s, e;	/* in the view */
	unsigned char t;
	unsigned char sp;	/* white space before: 0 none, 1 blanks, 2 a line end */
	unsigned char nd;	/* NUM: integer digits */
	unsigned char grp;	/* NUM: thousands separators; DASH: ascii */
	unsigned char dot;	/* NUM: a decimal point */
	const struct lx *w;	/* WORD: hot entry or NULL */
	const char *cur;	/* SYM: ISO code */
	struct nv v;		/* NUM, FRAC */
};

struct ps {
	const struct nx *x;	/* for the lexicon index */
	const unsigned char *p;	/* the view: from the candidate on */
	size_t n;
	const unsigned char *lb;	/* the bytes before the view */
	size_t lbn;
	size_t q;		/* tokenised up to here */
	int nt;
	struct tk t[NX_NTOK];
};

/* Width of the white space at p[0, n): 0 if none.  *nl notes a line end. */
static size_t
blank(const unsigned char *p, size_t n, int *nl)
{
	size_t i = 0;

	while (i < n) {
		if (p[i] == ' ' || p[i] == '\t' || p[i] == '\r')
			i++;
		else if (p[i] == '\n') {
			*nl = 1;
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

struct u8sym {
	int32_t cp;
	unsigned char t;
	const char *cur;
	int num, den;
};

static const struct u8sym nx_u8sym[] = {
	{ 0x20AC, T_SYM, "EUR", 0, 0 }, { 0xA3, T_SYM, "GBP", 0, 0 },
	{ 0xA5, T_SYM, "JPY", 0, 0 }, { 0x20B9, T_SYM, "INR", 0, 0 },
	{ 0x20BC, T_SYM, "AZN", 0, 0 }, { 0x20B4, T_SYM, "UAH", 0, 0 },
	{ 0x20BD, T_SYM, "RUB", 0, 0 }, { 0x20BF, T_SYM, "BTC", 0, 0 },
	{ 0x20A9, T_SYM, "KRW", 0, 0 }, { 0x20A6, T_SYM, "NGN", 0, 0 },
	{ 0x20BA, T_SYM, "TRY", 0, 0 }, { 0x20B1, T_SYM, "PHP", 0, 0 },
	{ 0x20AA, T_SYM, "ILS", 0, 0 }, { 0x20AB, T_SYM, "VND", 0, 0 },
	{ 0x20A1, T_SYM, "CRC", 0, 0 }, { 0x20BE, T_SYM, "GEL", 0, 0 },
	{ 0x20AD, T_SYM, "LAK", 0, 0 }, { 0x5143, T_SYM, "CNY", 0, 0 },
	{ 0xBD, T_FRAC, NULL, 1, 2 }, { 0xBC, T_FRAC, NULL, 1, 4 },
	{ 0xBE, T_FRAC, NULL, 3, 4 }, { 0x2153, T_FRAC, NULL, 1, 3 },
	{ 0x2154, T_FRAC, NULL, 2, 3 }, { 0x2155, T_FRAC, NULL, 1, 5 },
	{ 0x2159, T_FRAC, NULL, 1, 6 }, { 0x215B, T_FRAC, NULL, 1, 8 },
	{ 0x215C, T_FRAC, NULL, 3, 8 }, { 0x215D, T_FRAC, NULL, 5, 8 },
	{ 0x215E, T_FRAC, NULL, 7, 8 },
	{ 0x2013, T_DASH, NULL, 0, 0 }, { 0x2012, T_DASH, NULL, 0, 0 },
	{ 0x2212, T_DASH, NULL, 0, 0 }
};

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
 * Read digits with thousands separators, a decimal part and an exponent
 * (1.3e6, 1.3x10^6).
 */
static size_t
lex_num(const unsigned char *p, size_t n, struct tk *t)
{
	size_t i = 0, k;
	uint64_t m = 0;
	int e = 0, sig = 0, x, xs;

	t->nd = 0;
	t->grp = 0;
	t->dot = 0;
	t->v.bad = 0;
	for (;;) {
		while (i < n && ISDIGIT(p[i])) {
			if (sig < 18) {
				m = m * 10 + (uint64_t)(p[i] - '0');
				if (m)
					sig++;
			} else
				e++;
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
	if (i + 1 < n && p[i] == '.' && ISDIGIT(p[i + 1])) {
		t->dot = 1;
		i++;
		for (; i < n && ISDIGIT(p[i]); i++) {
			if (sig < 18) {
				m = m * 10 + (uint64_t)(p[i] - '0');
				if (m)
					sig++;
				e--;
			}
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
	t->v.bad = t->nd > 19;
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
static const struct tk *
tok(struct ps *ps, int i)
{
	static const struct tk end = { 0, 0, T_END, 0, 0, 0, 0, NULL, NULL, { 0, 0, 0, 0 } };
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
		t->sp = nl ? 2 : q > ps->q;
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
			q += lex_num(p + q, ps->n - q, t);
		} else if (ISALPHA(p[q])) {
			for (k = q; q < ps->n && ISALPHA(p[q]); q++)
				;
			t->t = T_WORD;
			t->w = hot_find(ps->x, p + k, q - k);
		} else if (p[q] >= 0x80) {
			size_t j;

			k = u8_decode(p + q, ps->n - q, &cp);
			t->t = T_OTHER;
			for (j = 0; j < sizeof nx_u8sym / sizeof nx_u8sym[0]; j++) {
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

static int
tok_is(struct ps *ps, int i, const char *s)
{
	const struct tk *t = tok(ps, i);
	const unsigned char *p = ps->p + t->s;
	size_t n = (size_t)(t->e - t->s), k;

	if (t->t != T_WORD)
		return 0;
	/* no strlen: this runs at every word after a number */
	for (k = 0; k < n; k++)
		if (s[k] == '\0' || LOWER(p[k]) != LOWER(s[k]))
			return 0;
	return s[n] == '\0';
}

/* A plain whole number token (no separators, no point) below 10^15. */
static int
tok_int(const struct tk *t, uint64_t *v)
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
static size_t
prev_word(const struct ps *ps, char *buf, size_t size)
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

static int
in_list(const char *w, size_t n, const char *const *list)
{
	for (; *list; list++)
		if ((*list)[0] == w[0] && strncmp(*list, w, n) == 0 &&
		    (*list)[n] == '\0')
			return 1;
	return 0;
}

/* --------------------------------------------------------------- grammar */

struct amt {
	int i0, i1;		/* its tokens */
	struct nv v;
	int neg;
	const char *cur;	/* ISO code */
	const char *unit;	/* dimension */
	int pct, ord, mexp, spelled, bare, age, other;
	int digits;		/* the quantity was written in digits */
	int sub;		/* in a sub-unit: cents, fils */
	int lastscale;		/* ends in a scale word: its power of ten */
	int pre;		/* the currency came before the amount */
	int fine;		/* digits with a point or separators */
};

/* Match the suffix phrase e at token i; returns the token after it or -1. */
static int
phrase(struct ps *ps, int i, const struct lx *e)
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
		t = tok(ps, i);
		if (t->t != T_WORD || (s != e->s && t->sp != 1))
			return -1;
		if (!word_eq(ps->p + t->s, (size_t)(t->e - t->s), s, n,
		    e->flags & F_EXACT))
			return -1;
		i++;
		if (!sp)
			return i;
		s = sp + 1;
	}
}

static const char *
ctx_cur(const struct nx *x, const struct lx *e)
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

static int words(struct ps *ps, int i, struct amt *a, int plural);

/*
 * Is token j digits glued to a one-letter currency that look like an
 * amount: with a point or separators, or a magnitude after them?
 */
static int
amount_like(struct ps *ps, int j)
{
	static const char *const mag[] = { "million", "billion", "trillion",
	    "mn", "bn", "tn", "mil", "bil", "m", "b", NULL };
	const struct tk *t = tok(ps, j), *u = tok(ps, j + 1);
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
	return in_list(w, n, mag);
}
static int frac_words(struct ps *ps, int j, struct nv *f);

/* A whole number below 100 in digits or words at j; the index after it. */
static int
small_int(struct ps *ps, int j, uint64_t *v)
{
	const struct tk *t = tok(ps, j);
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
	    (k = words(ps, j, &b, 0)) < 0 || b.ord || b.v.e != 0 ||
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

	const struct tk *t = tok(ps, j);

	if (t->t != T_WORD)
		return 0;
	for (e = nx_suf; e < nx_suf + NX_NSUF; e++)
		if (LOWER(e->s[0]) == LOWER(ps->p[t->s]) && phrase(ps, j, e) > 0)
			return 1;
	return 0;
}

/* Is token j one of the words for a hundredth: cents, pence? */
static int
cents_word(struct ps *ps, int j)
{
	return tok(ps, j)->sp == 1 && (tok_is(ps, j, "cents") ||
	    tok_is(ps, j, "cent") || tok_is(ps, j, "pence"));
}

/*
 * After "15 dollars": "50 cents", "and forty-five cents", "and fifty", or
 * a bare "50" ending the sentence, as hundredths.  need_and: only the
 * forms with "and" (after a currency written before the amount).
 */
static int
money_cents(struct ps *ps, int j, struct amt *a, int need_and)
{
	const struct tk *t;
	struct nv f;
	uint64_t v;
	int k = j, e, and = 0;

	if (tok(ps, k)->sp != 1)
		return j;
	if (tok_is(ps, k, "and")) {
		and = 1;
		k++;
		if (tok(ps, k)->sp != 1)
			return j;
	}
	if ((need_and && !and) || a->v.e < 0 || (e = small_int(ps, k, &v)) < 0)
		return j;
	t = tok(ps, e);
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


/* Nouns counted in millions after a glued m: "2.5m passengers". */
static const char *const nx_counted[] = {
	"people", "passengers", "visitors", "tourists", "users", "customers",
	"residents", "subscribers", "shares", "jobs", "vehicles", "cars",
	"homes", "units", "pilgrims", "students", "doses", "viewers",
	"workers", "households", "children", "refugees", "tons", "tonnes",
	"barrels", NULL
};

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
	const struct tk *t = tok(ps, j);
	const struct lx *e;
	char w[12];
	size_t n = t->e - t->s, i;

	if (t->t != T_WORD || t->sp != 1)
		return 0;
	for (e = nx_suf; e < nx_suf + NX_NSUF; e++)
		if ((e->type == S_DIM || e->type == S_CUR) && e->n > 1 &&
		    LOWER(e->s[0]) == LOWER(ps->p[t->s]) &&
		    phrase(ps, j, e) > 0)
			return 1;
	if (n >= sizeof w)
		return 0;
	for (i = 0; i < n; i++)
		w[i] = (char)LOWER(ps->p[t->s + i]);
	return in_list(w, n, nx_counted);
}

/* Apply a magnitude, percent, currency or unit after the quantity. */
static int
suffix(struct nx *x, struct ps *ps, int j, struct amt *a)
{
	const struct tk *t;
	const struct lx *e, *best;
	unsigned c, q;
	int k, bk, round, hy;

	for (round = 0; round < 3; round++) {
		t = tok(ps, j);
		if (t->sp == 2)
			return j;
		if (t->t == T_PCT && !a->pct && !a->cur && !a->unit) {
			a->pct = 1;
			return j + 1;
		}
		/* a symbol after the amount: 10 EUR sign, 100 yuan sign */
		if (t->t == T_SYM && t->sp <= 1 && !a->cur && !a->pct &&
		    !a->unit && tok(ps, j + 1)->t != T_NUM) {
			a->cur = t->cur;
			return j + 1;
		}
		if (t->t == T_DASH && t->sp == 0 && a->bare && !a->mexp &&
		    tok_is(ps, j + 1, "year") && tok(ps, j + 1)->sp == 0) {
			/* 54-year-old, a 25-year lease */
			a->age = 1;
			a->unit = "years";
			j += 2;
			if (tok(ps, j)->t == T_DASH && tok_is(ps, j + 1, "old") &&
			    tok(ps, j)->sp == 0 && tok(ps, j + 1)->sp == 0)
				j += 2;
			return j;
		}
		/* 3-inch, one-yen: a unit after a hyphen */
		hy = t->t == T_DASH && t->grp && t->sp == 0 &&
		    tok(ps, j + 1)->t == T_WORD && tok(ps, j + 1)->sp == 0;
		t = tok(ps, j + hy);
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
			    strcmp(a->cur, ctx_cur(x, e)) != 0))
				continue;
			if ((k = phrase(ps, j + hy, e)) > bk) {
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
			a->cur = ctx_cur(x, best);
			if (best->val) {	/* MUSD */
				a->mexp = best->val;
				a->v.e += best->val;
				nv_norm(&a->v);
			}
			break;
		case S_SUB:
			a->sub = 1;
			a->cur = ctx_cur(x, best);
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
			if (tok(ps, bk)->t == T_NUM && tok(ps, bk)->sp == 0 &&
			    tok(ps, bk)->nd == 1 && !tok(ps, bk)->dot &&
			    tok(ps, bk)->v.m == 2 && (strcmp(a->unit, "km") == 0 ||
			    strcmp(a->unit, "m") == 0)) {
				a->unit = a->unit[0] == 'k' ? "sq km" : "sq m";
				bk++;
			}
			break;
		}
		a->bare = 0;
		j = bk;
		if (best->type == S_CUR && !a->mexp && !hy)
			j = money_cents(ps, j, a, 0);
		if (best->type != S_MAG && best->type != S_CUR)
			return j;
	}
	return j;
}

/* A separator between two number words: blanks, a hyphen, or "and". */
static int
word_sep(struct ps *ps, int j, int last)
{
	const struct tk *t = tok(ps, j);

	if (t->sp == 2)
		return -1;
	if (t->t == T_DASH && tok(ps, j + 1)->sp != 2)
		return j + 1;
	if (t->t == T_WORD && t->sp == 1 && (last == K_HUND || last == K_SCALE) &&
	    tok_is(ps, j, "and")) {
		t = tok(ps, j + 1);
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

/*
 * Spelled numbers: "twenty-five", "two hundred and five", "a dozen",
 * "nine hundred ninety-nine thousand", "twenty-first", "4 thousand 3
 * hundred and 21".  plural: a plural ordinal may end it ("fifths").
 */
static int
words(struct ps *ps, int i, struct amt *a, int plural)
{
	const struct tk *t;
	struct lx nw;
	const struct lx *w;
	uint64_t total = 0, cur = 0, p10;
	int last = K_NONE, top = 99, j = i, n = 0, k, e, good = -1, gord = 0;
	int gscale = 0;
	uint64_t gval = 0, lastadd = 0, dv;
	struct nv fr;

	t = tok(ps, i);
	if (t->w && t->w->type == W_A) {
		t = tok(ps, i + 1);
		if (t->sp != 1 || !t->w || t->w->type != W_NUM ||
		    (t->w->cls != K_HUND && t->w->cls != K_SCALE &&
		    !(t->w->cls == K_DOZEN && t->e - t->s == 5)))
			return -1;
		cur = 1;
		lastadd = 1;
		last = K_UNIT;
		j = i + 1;
		n = 1;
	}
	for (;;) {
		if (n > 0) {
			k = word_sep(ps, j, last);
			if (k < 0)
				break;
		} else
			k = j;
		/*
		 * "two million and one half": a proper fraction is added to
		 * the whole number; in "one hundred and thirty fifths" the
		 * whole is the numerator.
		 */
		if (k == j + 1 && tok_is(ps, j, "and") && frac_words(ps, k, &fr) > 0 &&
		    nv_cmp(&fr, &(struct nv){ 1, 0, 0, 0 }) < 0)
			break;
		t = tok(ps, k);
		if (t->t == T_NUM && t->nd <= 2 && tok_int(t, &dv) &&
		    (n == 0 || last == K_HUND || last == K_SCALE)) {
			/* digits in a spelled number: 3 hundred and 21 */
			nw.type = W_NUM;
			nw.val = (int)dv;
			nw.cls = dv < 10 ? K_UNIT : K_TEEN;
			nw.flags = 0;
			w = &nw;
			/* "3 hundred and 2 hundred" is two numbers */
			if (k == j + 1 && tok(ps, k + 1)->t == T_WORD &&
			    tok(ps, k + 1)->w && tok(ps, k + 1)->w->type == W_NUM &&
			    tok(ps, k + 1)->w->cls >= K_HUND)
				break;
		} else if (t->t != T_WORD || !t->w ||
		    (t->w->type != W_NUM && t->w->type != W_ORD))
			break;
		else
			w = t->w;
		if ((w->flags & F_PLURAL) && !plural)
			break;
		if (n > 0 && w->val == 0 && w->cls == K_UNIT)
			break;
		switch (w->cls) {
		case K_UNIT:
			if (last != K_NONE && last != K_TENS && last != K_HUND &&
			    last != K_SCALE)
				goto out;
			cur += (uint64_t)w->val;
			lastadd = last == K_TENS ? lastadd + (uint64_t)w->val :
			    (uint64_t)w->val;
			break;
		case K_TEEN:
		case K_TENS:
			if (last != K_NONE && last != K_HUND && last != K_SCALE)
				goto out;
			if (last == K_HUND && cur % 100 != 0)
				goto out;
			cur += (uint64_t)w->val;
			lastadd = (uint64_t)w->val;
			break;
		case K_HUND:
			if (last != K_NONE && last != K_UNIT && last != K_TEEN)
				goto out;
			if (cur >= 100)
				goto out;
			cur = (cur ? cur : 1) * 100;
			break;
		case K_SCALE:
			/* a bare "billion" ("a billion-dollar deal") is no number */
			if (w->val >= top || (last == K_NONE && w->type == W_NUM))
				goto out;
			for (p10 = 1, e = 0; e < w->val; e++)
				p10 *= 10;
			total += (cur ? cur : 1) * p10;
			cur = 0;
			top = w->val;
			break;
		case K_DOZEN:
			if (last != K_UNIT && last != K_TEEN && last != K_TENS)
				goto out;
			if (w->type == W_ORD)
				goto out;
			/* three hundred and two dozen: the dozens are the two */
			cur += lastadd * 11;
			break;
		default:
			goto out;
		}
		last = w->cls;
		n++;
		j = k + 1;
		good = j;
		gval = total + cur;
		gscale = last == K_SCALE ? top : 0;
		if (w->type == W_ORD) {
			gord = 1;
			break;
		}
		if (w->cls == K_DOZEN || (w->flags & F_FOLD))
			break;
	}
out:
	if (good < 0)
		return -1;
	nv_set(&a->v, gval, 0);
	a->ord = gord;
	a->spelled = 1;
	a->lastscale = gscale;
	if (gscale)
		a->mexp = gscale;
	return good;
}

/* An ordinal as a denominator ("fifth", "fifths", "hundredths"), >= 3. */
static int
denom(struct ps *ps, int j, uint64_t *d, int *plural)
{
	const struct tk *t = tok(ps, j);
	struct amt b;
	int k;

	if (t->t != T_WORD || !t->w || (t->w->type != W_NUM &&
	    t->w->type != W_ORD))
		return -1;
	memset(&b, 0, sizeof b);
	if ((k = words(ps, j, &b, 1)) < 0 || !b.ord || b.v.e != 0 || b.v.m < 3)
		return -1;
	*d = b.v.m;
	*plural = (tok(ps, k - 1)->w->flags & F_PLURAL) != 0;
	return k;
}

/*
 * A fraction in words at j: "a half", "a quarter", "a fifth", "three
 * quarters", "two thirds", "one eighth", "one-eighth", "five eighths".
 * The index after it, -1 if none.
 */
static int
frac_words(struct ps *ps, int j, struct nv *f)
{
	const struct tk *t = tok(ps, j);
	struct amt b;
	uint64_t d, num;
	int k, pl, q;

	if (t->t != T_WORD || !t->w)
		return -1;
	if (t->w->type == W_A) {
		num = 1;
		k = j + 1;
		if (tok(ps, k)->sp != 1)
			return -1;
		/* a hundred trillionths */
		memset(&b, 0, sizeof b);
		if ((q = words(ps, j, &b, 0)) > 0 && !b.ord && tok(ps, q)->sp == 1 &&
		    denom(ps, q, &d, &pl) > 0 && pl) {
			nv_set(f, b.v.m, 0);
			nv_div(f, d);
			return denom(ps, q, &d, &pl);
		}
		/* a fifth, a hundredth: one word */
		t = tok(ps, k);
		if ((q = denom(ps, k, &d, &pl)) > 0 && !pl &&
		    (q == k + 1 || d < 100)) {
			nv_set(f, 1, 0);
			nv_div(f, d);
			return q;
		}
		if (!t->w || (t->w->type != W_HALF && t->w->type != W_QUARTER))
			return -1;
	} else {
		memset(&b, 0, sizeof b);
		if (t->w->type != W_NUM || (k = words(ps, j, &b, 0)) < 0 ||
		    b.ord || b.v.e != 0 || b.v.m == 0)
			return -1;
		num = b.v.m;
		t = tok(ps, k);
		if (t->sp == 2 || (t->sp == 0 && !(t->t == T_DASH && t->grp)))
			return -1;
		if (t->t == T_DASH)
			k++;
	}
	t = tok(ps, k);
	if (t->t != T_WORD || !t->w || t->sp == 2)
		return -1;
	if (t->w->type == W_HALF && num == 1) {
		nv_set(f, 5, -1);
		return k + 1;
	}
	if (t->w->type == W_QUARTER) {
		q = t->e - t->s == 8;
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
static int
phrase_end(struct ps *ps, int j)
{
	const struct tk *t = tok(ps, j);

	return t->t == T_END || t->t == T_DOT || t->t == T_COMMA ||
	    t->sp == 2 || tok_is(ps, j, "of") || t->t == T_OTHER;
}

/* Is the word before token i (before the view when i is 0) w? */
static int
word_before(struct ps *ps, int i, const char *w)
{
	char pw[16];
	size_t n;

	if (i > 0)
		return tok(ps, i - 1)->t == T_WORD && tok(ps, i)->sp == 1 &&
		    tok_is(ps, i - 1, w);
	n = prev_word(ps, pw, sizeof pw);
	return n > 0 && strlen(w) == n && memcmp(pw, w, n) == 0;
}

/* Is p[0, n) the word w (ASCII case folded)? */
static int
tok_word(struct ps *ps, int j, const char *w)
{
	return tok_is(ps, j, w);
}

/* "point zero three", "point seventy-one" after a spelled number */
static int
point_words(struct ps *ps, int j, struct amt *a)
{
	const struct tk *t;
	struct amt b;
	struct nv f;
	uint64_t m = 0;
	int k = j + 1, nd = 0;

	if (!tok_word(ps, j, "point") || tok(ps, j)->sp != 1)
		return j;
	t = tok(ps, k);
	if (t->sp != 1 || !t->w || t->w->type != W_NUM)
		return j;
	if (t->w->cls == K_TEEN || t->w->cls == K_TENS) {
		memset(&b, 0, sizeof b);
		if ((k = words(ps, k, &b, 0)) < 0 || b.v.m >= 100)
			return j;
		m = b.v.m;
		nd = m >= 10 ? 2 : 1;
	} else {
		while (nd < 12 && (t = tok(ps, k))->t == T_WORD && t->w &&
		    t->w->type == W_NUM && t->w->cls == K_UNIT &&
		    (nd == 0 || t->sp == 1 || t->sp == 0)) {
			m = m * 10 + (uint64_t)t->w->val;
			nd++;
			k++;
			if (tok(ps, k)->t == T_DASH)
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
static int
one_gap(const unsigned char *p, size_t n)
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
static int
frac_den(uint64_t d)
{
	return d <= 10 || d == 16 || d == 32 || d == 64;
}

/* After a fraction at j: "of a million" scales it (two thirds of a million). */
static int
of_a_scale(struct ps *ps, int j, struct amt *a)
{
	if (tok_is(ps, j, "of") && tok(ps, j + 1)->w &&
	    tok(ps, j + 1)->w->type == W_A && tok(ps, j + 2)->w &&
	    tok(ps, j + 2)->w->type == W_NUM &&
	    tok(ps, j + 2)->w->cls == K_SCALE && tok(ps, j)->sp == 1 &&
	    tok(ps, j + 1)->sp == 1 && tok(ps, j + 2)->sp == 1) {
		a->v.e += tok(ps, j + 2)->w->val;
		a->mexp = tok(ps, j + 2)->w->val;
		nv_norm(&a->v);
		return j + 3;
	}
	return j;
}

/* A quantity in digits, symbols or words, with its magnitude words. */
static int
quantity(struct ps *ps, int i, struct amt *a)
{
	const struct tk *t = tok(ps, i), *u;
	struct nv f;
	uint64_t dv;
	int j, k;

	if (t->t == T_NUM) {
		a->digits = 1;
		a->fine = t->dot || t->grp;
		a->v = t->v;
		a->bare = !t->grp && !t->dot;
		j = i + 1;
		u = tok(ps, j);
		if (u->t == T_FRAC && u->sp == 0 && a->bare) {
			nv_add(&a->v, &u->v);
			a->bare = 0;
			return j + 1;
		}
		/* 1/2, 2 1/4: a proper fraction */
		if (u->t == T_SLASH && u->sp == 0 && a->bare &&
		    tok(ps, j + 1)->sp == 0 && tok_int(tok(ps, j + 1), &dv) &&
		    nv_cmp(&t->v, &tok(ps, j + 1)->v) < 0 && frac_den(dv)) {
			nv_div(&a->v, dv);
			a->bare = 0;
			return j + 2;
		}
		if (u->t == T_NUM && u->sp == 1 && a->bare && !u->grp &&
		    !u->dot && tok(ps, j + 1)->t == T_SLASH &&
		    tok(ps, j + 1)->sp == 0 && tok(ps, j + 2)->sp == 0 &&
		    tok_int(tok(ps, j + 2), &dv) &&
		    nv_cmp(&u->v, &tok(ps, j + 2)->v) < 0 && frac_den(dv)) {
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
		    (k = words(ps, i, a, 0)) > 0) {
			a->spelled = 0;
			a->bare = 0;
			return k;
		}
		/* "1 200": groups of three after one blank, clearly one number */
		if (a->bare && t->nd <= 3 && u->t == T_NUM && u->sp == 1 &&
		    u->nd == 3 && !u->grp && one_gap(ps->p + t->e, u->s - t->e)) {
			struct nv w = t->v;
			int g = j;

			while (tok(ps, g)->t == T_NUM && tok(ps, g)->nd == 3 &&
			    !tok(ps, g)->grp && tok(ps, g)->sp == 1 &&
			    one_gap(ps->p + tok(ps, g - 1)->e,
			    tok(ps, g)->s - tok(ps, g - 1)->e) &&
			    !tok(ps, g - 1)->dot) {
				w.e += 3;
				nv_add(&w, &tok(ps, g)->v);
				g++;
			}
			a->v = w;
			a->bare = 0;
			j = g;
		}
		/* 322 hundred, 1.5 million, 2 dozen */
		u = tok(ps, j);
		if (u->t == T_WORD && u->sp == 1 && u->w && u->w->type == W_NUM &&
		    u->w->cls == K_HUND) {
			a->v.e += 2;
			a->bare = 0;
			j++;
			u = tok(ps, j);
		}
		if (u->t == T_DASH && u->grp && u->sp == 0 &&
		    tok(ps, j + 1)->sp == 0 && tok(ps, j + 1)->w &&
		    tok(ps, j + 1)->w->type == W_NUM &&
		    tok(ps, j + 1)->w->cls == K_SCALE)
			u = tok(ps, ++j);	/* a KD 150-million grant */
		if (u->t == T_WORD && u->sp <= 1 && u->w && u->w->type == W_NUM &&
		    u->w->cls == K_SCALE) {
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
	if (t->t == T_FRAC) {
		a->v = t->v;
		return i + 1;
	}
	if (t->t != T_WORD || !t->w)
		return -1;
	/* half, a half, a quarter, quarter million, half a dozen */
	if (t->w->type == W_HALF || (t->w->type == W_QUARTER &&
	    t->e - t->s == 7 && tok(ps, i + 1)->sp == 1 && tok(ps, i + 1)->w &&
	    tok(ps, i + 1)->w->type == W_NUM &&
	    tok(ps, i + 1)->w->cls == K_SCALE) || (t->w->type == W_A &&
	    tok(ps, i + 1)->w && tok(ps, i + 1)->sp == 1 &&
	    (tok(ps, i + 1)->w->type == W_HALF ||
	    tok(ps, i + 1)->w->type == W_QUARTER))) {
		j = i;
		if (t->w->type == W_A)
			j++;
		t = tok(ps, j);
		if (t->e - t->s == 8)		/* "quarters" */
			return -1;
		nv_set(&a->v, t->w->type == W_HALF ? 5 : 25,
		    t->w->type == W_HALF ? -1 : -2);
		a->spelled = 1;
		j++;
		if ((k = of_a_scale(ps, j, a)) > j)
			return k;	/* a quarter of a million */
		/* half a dozen, half a million, half million */
		k = j;
		if (tok(ps, k)->w && tok(ps, k)->w->type == W_A &&
		    tok(ps, k)->sp == 1)
			k++;
		u = tok(ps, k);
		if (u->sp == 1 && u->w && u->w->type == W_NUM &&
		    (u->w->cls == K_SCALE || (u->w->cls == K_DOZEN &&
		    u->e - u->s == 5))) {
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
		if ((j = frac_words(ps, i, &f)) > 0 && (phrase_end(ps, j) ||
		    word_before(ps, i, "by"))) {
			a->v = f;
			a->spelled = 1;
			return j;
		}
	} else if ((j = frac_words(ps, i, &f)) > 0) {
		/* two thirds, one-eighth, three quarters */
		a->v = f;
		a->spelled = 1;
		k = j;
		u = tok(ps, k);
		return of_a_scale(ps, j, a);
	}
	j = words(ps, i, a, 0);
	if (j < 0)
		return -1;
	if (!a->ord)
		j = point_words(ps, j, a);
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

	if (a->ord || a->pct || !tok_is(ps, j, "and") || tok(ps, j)->sp != 1 ||
	    tok(ps, j + 1)->sp != 1)
		return j;
	if ((k = frac_words(ps, j + 1, &f)) < 0)
		return j;
	t = tok(ps, k);
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

/* [currency] [sign] quantity [magnitude] [suffix] */
static int
amount(struct nx *x, struct ps *ps, int i, struct amt *a)
{
	const struct tk *t, *u;
	int j = i, k, dollar;

	memset(a, 0, sizeof *a);
	a->i0 = i;
	t = tok(ps, j);
	if (t->t == T_WORD && t->w && t->w->type == W_NEG) {
		a->neg = 1;
		j++;
		if (tok(ps, j)->sp != 1)
			return -1;
	}
	t = tok(ps, j);
	if (t->t == T_SYM) {
		a->cur = t->cur;
		j++;
	} else if (t->t == T_WORD && t->w && t->w->type == W_CUR) {
		/* US$, HK$, C $, AUD$ */
		u = tok(ps, j + 1);
		dollar = u->t == T_SYM && u->sp <= 1 && strcmp(u->cur, "USD") == 0;
		if ((t->w->flags & F_DOLLAR) && !dollar)
			return -1;
		if ((t->w->flags & F_AMTONLY) && !amount_like(ps, j + 1))
			return -1;
		a->cur = ctx_cur(x, t->w);
		j += dollar ? 2 : 1;
		if (!dollar && tok(ps, j)->t == T_DOT && tok(ps, j)->sp == 0)
			j++;	/* Rs. */
	}
	if (a->cur) {
		a->pre = 1;
		t = tok(ps, j);
		if (t->sp == 2)
			return -1;
		if (t->t == T_DASH && t->grp && tok(ps, j + 1)->sp == 0 &&
		    tok(ps, j + 1)->t == T_WORD)
			j++;	/* KD-five-million */
	}
	t = tok(ps, j);
	if ((t->t == T_DASH || t->t == T_PLUS) && tok(ps, j + 1)->t == T_NUM &&
	    tok(ps, j + 1)->sp == 0 && (j == i || a->cur) &&
	    (t->t == T_PLUS || t->grp || t->e - t->s == 3)) {
		if (t->t == T_DASH)
			a->neg = !a->neg;
		j++;
	}
	if (a->cur && tok(ps, j)->sp == 2)
		return -1;
	k = quantity(ps, j, a);
	if (k < 0)
		return -1;
	k = and_frac(ps, k, a);
	/* "one over three", "2000 over 3": where the divisor ends a phrase */
	if (!a->ord && !a->cur && a->v.e >= 0 && tok_is(ps, k, "over") &&
	    tok(ps, k)->sp == 1 && tok(ps, k + 1)->sp == 1) {
		struct amt b;
		int q;

		memset(&b, 0, sizeof b);
		if ((q = quantity(ps, k + 1, &b)) > 0 && !b.ord && b.v.e >= 0 &&
		    b.v.e < 6 && b.v.m > 0 && (b.bare || b.spelled) &&
		    phrase_end(ps, q)) {
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
	t = tok(ps, k);
	if (!a->spelled && tok(ps, k - 1)->t == T_NUM && t->t == T_WORD &&
	    t->sp == 0 && (t->e - t->s) == 2 && !a->cur && a->v.e >= 0) {
		static const char *const sfx[] = { "st", "nd", "rd", "th", NULL };
		char b[2];

		b[0] = (char)LOWER(ps->p[t->s]);
		b[1] = (char)LOWER(ps->p[t->s + 1]);
		if (in_list(b, 2, sfx) && !tok(ps, k - 1)->grp) {
			a->ord = 1;
			a->bare = 0;
			a->i1 = k + 1;
			return k + 1;
		}
	}
	u = tok(ps, k);
	k = suffix(x, ps, k, a);
	if (a->pre && !a->mexp && tok(ps, k) == u)
		k = money_cents(ps, k, a, 1);	/* $100 and fifty */
	a->i1 = k;
	return k;
}

/* --------------------------------------------------------------- results */

struct res {
	int i0, i1;		/* tokens of the span */
	enum nx_kind kind;
	const char *unit;
	size_t vlen;
};

static void
res_value(struct nx *x, struct res *r, const struct amt *a)
{
	r->vlen = nv_fmt(&a->v, a->neg, x->value, sizeof x->value);
}

static enum nx_kind
amt_kind(const struct amt *a, const char **unit)
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

static int
is_year(const struct amt *a, const struct tk *t)
{
	return a->bare && !a->neg && !a->mexp && !a->cur && !a->pct &&
	    !a->unit && !a->ord && t->t == T_NUM && t->nd == 4 &&
	    a->v.e >= 0 && a->v.m * (a->v.e ? 10 : 1) >= 1800 &&
	    nv_cmp(&a->v, &(struct nv){ 2199, 0, 0, 0 }) <= 0 &&
	    nv_cmp(&a->v, &(struct nv){ 1800, 0, 0, 0 }) >= 0;
}

/* A day of the month: 1 to 31, maybe with st/nd/rd/th. */
static int
day_at(struct ps *ps, int i)
{
	const struct tk *t = tok(ps, i);

	if (t->t != T_NUM || t->nd > 2 || t->dot || t->grp || t->v.bad)
		return -1;
	if (nv_cmp(&t->v, &(struct nv){ 31, 0, 0, 0 }) > 0 || t->v.m == 0)
		return -1;
	t = tok(ps, i + 1);
	if (t->t == T_WORD && t->sp == 0 && t->e - t->s == 2)
		return i + 2;
	return i + 1;
}

static int
year_at(struct ps *ps, int i)
{
	const struct tk *t = tok(ps, i);
	struct nv v = t->v;

	nv_norm(&v);
	if (t->t != T_NUM || t->nd != 4 || t->dot || t->grp)
		return -1;
	if (nv_cmp(&v, &(struct nv){ 1000, 0, 0, 0 }) < 0 ||
	    nv_cmp(&v, &(struct nv){ 2199, 0, 0, 0 }) > 0)
		return -1;
	t = tok(ps, i + 1);
	if (t->t == T_WORD && t->sp == 0)
		return -1;
	return i + 1;
}

/* "5 to 10", "5-10" after a day: the index after the second day. */
static int
day_range(struct ps *ps, int j)
{
	const struct tk *t = tok(ps, j);
	int k;

	if (((t->t == T_DASH && t->sp <= 1) || ((tok_is(ps, j, "to") ||
	    tok_is(ps, j, "and")) && t->sp == 1)) && tok(ps, j + 1)->sp <= 1 &&
	    (k = day_at(ps, j + 1)) > 0)
		return k;
	return j;
}

/* ", 2025" or " 2025" after a day and month: the index after it. */
static int
date_year(struct ps *ps, int j)
{
	int k;

	if (tok(ps, j)->t == T_COMMA && tok(ps, j)->sp == 0 &&
	    tok(ps, j + 1)->sp == 1 && (k = year_at(ps, j + 1)) > 0)
		return k;
	if (tok(ps, j)->sp == 1 && (k = year_at(ps, j)) > 0)
		return k;
	return j;
}

static int
month_at(struct ps *ps, int j)
{
	const struct tk *t = tok(ps, j);

	if (t->t != T_WORD || !t->w || t->w->type != W_MONTH)
		return -1;
	if (tok(ps, j + 1)->t == T_DOT && tok(ps, j + 1)->sp == 0)
		return j + 2;	/* Jan. */
	return j + 1;
}

/*
 * January 24, 2025; Jan. 24; July 2008; March 5 to 10, 2024;
 * January-February 2024; 24 January 2025; 5-10 March; 21st of May.
 */
static int
date_words(struct ps *ps, struct res *r)
{
	int j, k;

	if ((j = month_at(ps, 0)) > 0) {
		if (tok(ps, j)->t == T_DASH && tok(ps, j)->sp == 0 &&
		    tok(ps, j + 1)->sp == 0 && (k = month_at(ps, j + 1)) > 0)
			j = k;	/* January-February */
		if (tok(ps, j)->sp != 1)
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
	if (tok(ps, j)->sp == 1 && tok_is(ps, j, "of"))
		j++;
	if (tok(ps, j)->sp != 1 || (k = month_at(ps, j)) < 0)
		return 0;
	r->i0 = 0;
	r->i1 = date_year(ps, k);
	r->kind = NX_DATE;
	return 1;
}

static int
ampm(struct ps *ps, int j)
{
	const struct tk *t = tok(ps, j);

	if (t->t != T_WORD || t->sp > 1)
		return -1;
	if (tok_is(ps, j, "am") || tok_is(ps, j, "pm"))
		return j + 1;
	if ((tok_is(ps, j, "a") || tok_is(ps, j, "p")) &&
	    tok(ps, j + 1)->t == T_DOT && tok(ps, j + 1)->sp == 0 &&
	    tok_is(ps, j + 2, "m") && tok(ps, j + 2)->sp == 0) {
		if (tok(ps, j + 3)->t == T_DOT && tok(ps, j + 3)->sp == 0)
			return j + 4;
		return j + 3;
	}
	return -1;
}

/*
 * Digit patterns read as a whole: 10:30, 24/01/2025, 2025-01-24, and
 * runs like 1.31.25 or 192.168.1.2 that are identifiers.
 */
static int
digit_pattern(struct nx *x, struct ps *ps, struct res *r)
{
	const struct tk *t = tok(ps, 0), *u;
	int j, parts, sep, k;
	uint64_t v[8];
	unsigned nd[8];

	if (t->t != T_NUM || t->grp)
		return 0;
	u = tok(ps, 1);
	/* time */
	if (!t->dot && t->nd <= 2 && u->t == T_COLON && u->sp == 0 &&
	    tok(ps, 2)->t == T_NUM && tok(ps, 2)->sp == 0 &&
	    tok(ps, 2)->nd == 2 && !tok(ps, 2)->dot &&
	    nv_cmp(&t->v, &(struct nv){ 24, 0, 0, 0 }) <= 0 &&
	    nv_cmp(&tok(ps, 2)->v, &(struct nv){ 59, 0, 0, 0 }) <= 0) {
		j = 3;
		if (tok(ps, 3)->t == T_COLON && tok(ps, 3)->sp == 0 &&
		    tok(ps, 4)->t == T_NUM && tok(ps, 4)->sp == 0 &&
		    tok(ps, 4)->nd == 2)
			j = 5;
		if ((k = ampm(ps, j)) > 0)
			j = k;
		r->i0 = 0;
		r->i1 = j;
		r->kind = NX_TIME;
		return 1;
	}
	/* 0935 GMT */
	if (t->nd == 4 && !t->dot && (tok_is(ps, 1, "GMT") || tok_is(ps, 1, "UTC") ||
	    tok_is(ps, 1, "hrs")) && tok(ps, 1)->sp == 1 &&
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
	/*
	 * Re-read the raw bytes as digit groups joined by one separator
	 * character; the tokens split 1.31.25 as "1.31" "." "25".
	 */
	{
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
		if (parts == 2 && sep == '/' && !(nd[0] == 4 && v[0] >= 1800 &&
		    v[0] <= 2199 && (nd[1] == 2 || nd[1] == 4)) &&
		    v[0] < v[1] && frac_den(v[1]))
			return 0;	/* 1/2: a fraction */
		if (parts == 2 && sep != '/')
			return 0;	/* 2.5, 10-15 */
		/* the tokens that cover the bytes read */
		for (j = 0; tok(ps, j)->t != T_END && tok(ps, j)->e < q; j++)
			;
		if (tok(ps, j)->t == T_END || tok(ps, j)->e != q)
			return 0;
		r->i0 = 0;
		r->i1 = j + 1;
		r->kind = NX_OTHER;
		if (parts == 2) {
			/* 2022/23, 2022/2023: a year range; 24/7, 9/11: other */
			if (nd[0] == 4 && v[0] >= 1800 && v[0] <= 2199 &&
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
}

static int
same_or_none(const char *a, const char *b)
{
	return !a || !b || strcmp(a, b) == 0;
}

/* Join a range: shared magnitude, currency, percent and unit. */
static int
range_join(struct amt *a, struct amt *b)
{
	if (a->ord || b->ord || a->other || b->other || a->neg != b->neg * 0 + a->neg)
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
	if (!a->mexp && b->mexp && !a->spelled == !b->spelled) {
		a->v.e += b->mexp;
		nv_norm(&a->v);
	} else if (!a->mexp && b->mexp) {
		a->v.e += b->mexp;
		nv_norm(&a->v);
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

	n = nv_fmt(&a->v, a->neg, x->value, sizeof x->value / 2);
	m = nv_fmt(&b->v, b->neg, x->value + n + 1, sizeof x->value / 2);
	if (n == 0 || m == 0) {
		r->vlen = 0;
		return;
	}
	x->value[n] = '-';
	r->vlen = n + 1 + m;
}

/*
 * Comparisons, read with the bounds option: "more than 30" is the open
 * range 30-, "up to 700" is -700, "equal to 20" is 20-20.
 */
enum { CMP_LO = 1, CMP_HI, CMP_EQ, CMP_SAME };

struct cmpph {
	const char *s;		/* words and single symbols, split by spaces */
	int dir;
};

static const struct cmpph nx_cmp[] = {
	{ "more than or equal to", CMP_LO }, { "greater than or equal to", CMP_LO },
	{ "higher than or equal to", CMP_LO }, { "larger than or equal to", CMP_LO },
	{ "bigger than or equal to", CMP_LO }, { "more or equal than", CMP_LO },
	{ "greater or equal than", CMP_LO }, { "higher or equal than", CMP_LO },
	{ "larger or equal than", CMP_LO }, { "bigger or equal than", CMP_LO },
	{ "equal to or more than", CMP_LO }, { "equal to or greater than", CMP_LO },
	{ "equal to or higher than", CMP_LO }, { "equal to or larger than", CMP_LO },
	{ "at least or equal to", CMP_LO }, { "at least", CMP_LO },
	{ "no less than", CMP_LO }, { "not less than", CMP_LO },
	{ "no fewer than", CMP_LO }, { "not fewer than", CMP_LO },
	{ "more than", CMP_LO }, { "greater than", CMP_LO },
	{ "larger than", CMP_LO }, { "higher than", CMP_LO },
	{ "bigger than", CMP_LO }, { "over", CMP_LO }, { "above", CMP_LO },
	{ "exceeding", CMP_LO }, { "exceeds", CMP_LO }, { "exceed", CMP_LO },
	{ "surpassing", CMP_LO }, { "surpasses", CMP_LO }, { "surpass", CMP_LO },
	{ "> =", CMP_LO }, { ">", CMP_LO },
	{ "less than or equal to", CMP_HI }, { "fewer than or equal to", CMP_HI },
	{ "smaller than or equal to", CMP_HI }, { "lower than or equal to", CMP_HI },
	{ "less or equal than", CMP_HI }, { "smaller or equal than", CMP_HI },
	{ "lower or equal than", CMP_HI }, { "fewer or equal than", CMP_HI },
	{ "equal to or less than", CMP_HI }, { "equal to or smaller than", CMP_HI },
	{ "equal to or lower than", CMP_HI }, { "equal to or fewer than", CMP_HI },
	{ "at most", CMP_HI }, { "no more than", CMP_HI },
	{ "not more than", CMP_HI }, { "no greater than", CMP_HI },
	{ "up to", CMP_HI }, { "less than", CMP_HI }, { "fewer than", CMP_HI },
	{ "smaller than", CMP_HI }, { "lower than", CMP_HI },
	{ "below", CMP_HI }, { "under", CMP_HI }, { "< =", CMP_HI }, { "<", CMP_HI },
	{ "equal to", CMP_EQ }, { "equals to", CMP_EQ }, { "equals", CMP_EQ },
	{ "equaling to", CMP_EQ }, { "equaling", CMP_EQ }
};

/* After an amount: "or more", "or less", "or equal to" ... */
static const struct cmpph nx_cmp_after[] = {
	{ "or greater than", CMP_LO }, { "or more than", CMP_LO },
	{ "or higher than", CMP_LO }, { "or more", CMP_LO },
	{ "or greater", CMP_LO }, { "or above", CMP_LO }, { "or higher", CMP_LO },
	{ "or over", CMP_LO }, { "and more", CMP_LO }, { "and above", CMP_LO },
	{ "or less than", CMP_HI }, { "or fewer than", CMP_HI },
	{ "or lower than", CMP_HI }, { "or less", CMP_HI }, { "or fewer", CMP_HI },
	{ "or below", CMP_HI }, { "or lower", CMP_HI }, { "or under", CMP_HI },
	{ "and less", CMP_HI }, { "and below", CMP_HI },
	{ "or equal to", CMP_SAME }, { "or equal", CMP_SAME }
};

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
		t = tok(ps, j);
		if (t->t == T_END || t->sp == 2)
			return -1;
		if (ISALPHA(w[0])) {
			if (t->t != T_WORD || (w != s && t->sp != 1) ||
			    !word_eq(ps->p + t->s, (size_t)(t->e - t->s), w, n, 0))
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
	const struct tk *t = tok(ps, j);

	if ((t->t == T_DASH || t->t == T_PLUS) && tok(ps, j + 1)->t == T_NUM &&
	    tok(ps, j + 1)->sp == 0)
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

	if ((k = cmp_at(ps, j, nx_cmp_after, sizeof nx_cmp_after /
	    sizeof nx_cmp_after[0], &d)) < 0 || tok(ps, j)->sp != 1)
		return j;
	if (quantity_at(ps, k) && tok(ps, k)->sp == 1)
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

/* Write an open or closed range: lo-, -hi, lo-hi. */
static void
fmt_bound(struct nx *x, struct res *r, const struct amt *lo,
    const struct amt *hi)
{
	size_t n = 0, m = 0;

	r->vlen = 0;
	if (lo && (n = nv_fmt(&lo->v, lo->neg, x->value, sizeof x->value / 2)) == 0)
		return;
	x->value[n] = '-';
	if (hi && (m = nv_fmt(&hi->v, hi->neg, x->value + n + 1,
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

	if ((k = cmp_at(ps, 0, nx_cmp, sizeof nx_cmp / sizeof nx_cmp[0],
	    &dir)) < 0 || tok(ps, k)->sp == 2 || !quantity_at(ps, k))
		return 0;
	if ((j = amount(x, ps, k, &a)) < 0 || a.ord)
		return 0;
	j = cmp_after(ps, j, &dir);
	r->i0 = 0;
	r->kind = NX_RANGE;
	r->unit = a.pct ? "%" : a.cur ? a.cur : a.unit ? a.unit : "";
	/* a second bound the other way makes a closed range */
	if (dir != CMP_EQ && (tok_is(ps, j, "and") || tok_is(ps, j, "but") ||
	    tok(ps, j)->t == T_COMMA) && tok(ps, j + 1)->sp == 1 &&
	    (k2 = cmp_at(ps, j + 1, nx_cmp, sizeof nx_cmp / sizeof nx_cmp[0],
	    &dir2)) > 0 && (dir2 == CMP_LO || dir2 == CMP_HI) && dir2 != dir &&
	    quantity_at(ps, k2) && (k = amount(x, ps, k2, &b)) > 0 && !b.ord) {
		lo = dir == CMP_LO ? &a : &b;
		hi = dir == CMP_LO ? &b : &a;
		if (amt_below(lo, hi)) {
			r->i1 = cmp_after(ps, k, &dir2);
			fmt_bound(x, r, lo, hi);
			return 1;
		}
	}
	r->i1 = j;
	fmt_bound(x, r, dir == CMP_HI ? NULL : &a, dir == CMP_LO ? NULL : &a);
	return 1;
}

/* Is token j an apostrophe glued to the word before ("one's")? */
static int
apostrophe(struct ps *ps, int j)
{
	const struct tk *t = tok(ps, j);
	const unsigned char *p = ps->p + t->s;

	return t->t == T_OTHER && t->sp == 0 && (p[0] == '\'' ||
	    (t->e - t->s == 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x99));
}

/* Does token j start with a capital letter? */
static int
name_word(struct ps *ps, int j)
{
	const struct tk *t = tok(ps, j);

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

/* "one-off": words after "one-" that make an idiom, not a count */
static const char *const not_one_hyph[] = {
	"off", "on", "stop", "sided", "time", "liner", "upmanship", NULL
};

/* Is token j a word in list? */
static int
in_tok_list(struct ps *ps, int j, const char *const *list)
{
	const struct tk *t = tok(ps, j);
	char w[16];
	size_t n = (size_t)(t->e - t->s), i;

	if (t->t != T_WORD || n >= sizeof w)
		return 0;
	for (i = 0; i < n; i++)
		w[i] = (char)LOWER(ps->p[t->s + i]);
	return in_list(w, n, list);
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

/* A score: "a 3-1 win", "drew 2-2"; the words on either side of it. */
static const char *const score_after[] = {
	"win", "wins", "victory", "draw", "defeat", "loss", "lead", "triumph",
	"scoreline", "thrashing", "drubbing", "rout", "home", "away",
	"aggregate", NULL
};
static const char *const score_before[] = {
	"won", "lost", "drew", "beat", "beating", "defeated", "trailed",
	"trailing", "led", "leading", "ended", "finished", "thrashed",
	"edged", "score", NULL
};

/* Is the view a score: two small whole numbers joined by a dash? */
static int
score(struct ps *ps, struct res *r)
{
	const struct tk *a = tok(ps, 0), *d, *b, *e;
	char pw[16];
	size_t pwn;

	/* the cheap tests first: this runs at every number in digits */
	if (a->nd > 3 || a->dot || a->grp || a->v.e < 0)
		return 0;
	d = tok(ps, 1);
	if (d->t != T_DASH || d->sp != 0)
		return 0;
	b = tok(ps, 2);
	if (b->t != T_NUM || b->sp != 0 || b->nd > 3 || b->dot || b->grp ||
	    b->v.e < 0)
		return 0;
	e = tok(ps, 3);
	if (e->sp == 0 && (e->t == T_NUM || e->t == T_DASH ||
	    e->t == T_WORD || e->t == T_SLASH))
		return 0;
	/*
	 * A falling pair is no range: a score or a tally (84-79).  A rising
	 * one is a score only next to a word of sport (a 1-3 defeat).
	 */
	if (nv_cmp(&a->v, &b->v) < 0 &&
	    !(e->sp == 1 && in_tok_list(ps, 3, score_after)) &&
	    !((pwn = prev_word(ps, pw, sizeof pw)) &&
	    in_list(pw, pwn, score_before)))
		return 0;
	r->i0 = 0;
	r->i1 = 3;
	r->kind = NX_OTHER;
	return 1;
}

static const char *const not_one_before[] = {
	"no", "the", "this", "that", "which", "any", "every", "each", "some",
	"another", "last", "next", "previous", "current", "latest", "final",
	"little", NULL
};

/*
 * Read what starts at the view: returns 1 with r set, or 0 when nothing
 * starts here.
 */
static int
parse(struct nx *x, struct ps *ps, struct res *r)
{
	struct amt a, b;
	const struct tk *t0 = tok(ps, 0), *t;
	char pw[16];
	size_t pwn;
	int j, k;

	memset(r, 0, sizeof *r);
	r->unit = "";
	if (t0->t == T_NUM && digit_pattern(x, ps, r))
		return 1;
	if (t0->t == T_NUM && score(ps, r))
		return 1;
	if ((t0->t == T_NUM || (t0->t == T_WORD && t0->w &&
	    t0->w->type == W_MONTH)) && date_words(ps, r))
		return 1;
	if (t0->t == T_WORD && t0->w &&
	    (t0->w->type == W_BETWEEN || t0->w->type == W_FROM)) {
		const char *mid = t0->w->type == W_BETWEEN ? "and" : "to";

		if (tok(ps, 1)->sp != 1 || (j = amount(x, ps, 1, &a)) < 0)
			return 0;
		if (!tok_is(ps, j, mid) || tok(ps, j)->sp != 1 ||
		    tok(ps, j + 1)->sp != 1 || (k = amount(x, ps, j + 1, &b)) < 0)
			return 0;
		if (!range_join(&a, &b))
			return 0;
		r->i0 = 0;
		r->i1 = k;
		if (is_year(&a, tok(ps, 1)) && is_year(&b, tok(ps, j + 1))) {
			/* from 2010 to 2014: a span of years */
			r->kind = NX_YEAR;
			fmt_range(x, r, &a, &b);
			return 1;
		}
		goto range;
	}
	if (t0->t == T_PLUS && tok(ps, 1)->t == T_NUM && tok(ps, 1)->sp == 0 &&
	    !tok(ps, 1)->dot && !tok(ps, 1)->grp) {
		/* +994 12 555 1234: a phone number */
		for (j = 2; tok(ps, j)->t == T_NUM && tok(ps, j)->sp == 1 &&
		    !tok(ps, j)->dot && !tok(ps, j)->grp; j++)
			;
		if (j >= 4) {
			r->i0 = 0;
			r->i1 = j;
			r->kind = NX_OTHER;
			return 1;
		}
	}
	if (x->opt.bounds && ((t0->t == T_WORD && t0->w &&
	    t0->w->type == W_CMP) || (t0->t == T_OTHER && t0->e - t0->s == 1 &&
	    (ps->p[t0->s] == '<' || ps->p[t0->s] == '>'))))
		return bound(x, ps, r);
	if (t0->t == T_WORD && t0->w && t0->w->type == W_CMP)
		return 0;
	if (t0->t == T_WORD && t0->w && t0->w->type == W_PCTPRE) {
		/* "percent of 10", "per cent of twenty-two" */
		j = 1;
		if (tok_is(ps, 0, "per")) {
			if (!tok_is(ps, 1, "cent") || tok(ps, 1)->sp != 1)
				return 0;
			j = 2;
		}
		if (!tok_is(ps, j, "of") || tok(ps, j)->sp != 1 ||
		    tok(ps, j + 1)->sp != 1 || (k = amount(x, ps, j + 1, &a)) < 0 ||
		    a.pct || a.cur || a.unit || a.ord || a.neg)
			return 0;
		r->i0 = 0;
		r->i1 = k;
		r->kind = NX_PERCENT;
		r->unit = "%";
		res_value(x, r, &a);
		return 1;
	}
	if (t0->t == T_WORD && t0->w && t0->w->type == W_MONTH)
		return 0;
	if ((j = amount(x, ps, 0, &a)) < 0)
		return 0;
	/* the pronoun "one", "a second" */
	if (a.spelled && a.i1 == 1 && a.v.m == 1 && !a.ord && !a.cur &&
	    !a.pct && !a.unit) {
		pwn = prev_word(ps, pw, sizeof pw);
		if (tok_is(ps, 1, "of") || tok_is(ps, 1, "another") ||
		    (pwn && in_list(pw, pwn, not_one_before)) ||
		    apostrophe(ps, 1))
			return 0;	/* one's */
	}
	if (a.spelled && !a.cur && !a.pct && !a.unit && name_word(ps, 0) &&
	    ((name_word(ps, a.i1) && tok(ps, a.i1)->sp == 1) ||
	    (!a.ord && prev_cap(ps))) && !sentence_start(ps))
		return 0;	/* First Deputy, One Za'abeel, the Big Four */
	if (a.spelled && a.i1 == 1 && t0->w && t0->w->val == 1 &&
	    t0->w->type == W_NUM && tok(ps, 1)->t == T_DASH &&
	    tok(ps, 1)->sp == 0 && tok(ps, 2)->sp == 0 &&
	    in_tok_list(ps, 2, not_one_hyph))
		return 0;	/* one-off, one-on-one, one-stop */
	if (a.spelled && a.i1 == 1 && t0->w && t0->w->val == 1 &&
	    t0->w->type == W_NUM && ps->lbn >= 3 &&
	    ps->lb[ps->lbn - 1] == '-' && LOWER(ps->lb[ps->lbn - 3]) == 'o' &&
	    LOWER(ps->lb[ps->lbn - 2]) == 'n' &&
	    (ps->lbn == 3 || !ISALPHA(ps->lb[ps->lbn - 4])))
		return 0;	/* the end of one-on-one */
	if (t0->t == T_WORD && t0->w && t0->w->type == W_A && a.cur &&
	    a.i1 >= 2 && tok(ps, a.i1 - 2)->t == T_DASH &&
	    tok(ps, a.i1 - 1)->t == T_WORD)
		return 0;	/* a billion-dollar industry: no amount */
	if (a.ord && a.i1 == 1 && t0->w && t0->w->val == 2 && t0->w->cls == K_UNIT) {
		pwn = prev_word(ps, pw, sizeof pw);
		if (pwn == 1 && pw[0] == 'a')
			return 0;
	}
	if (a.spelled && a.i1 == 1 && t0->w && t0->w->type == W_HALF) {
		static const char *const per[] = { "first", "second", "other",
		    "latter", "the", NULL };

		pwn = prev_word(ps, pw, sizeof pw);
		if (pwn && in_list(pw, pwn, per))
			return 0;
	}
	/* a range: 10-15, 10 to 15, $10-$15 million, 2024-2025 */
	t = tok(ps, j);
	if (!a.ord && ((t->t == T_DASH && t->sp <= 1 && tok(ps, j + 1)->sp <= 1) ||
	    ((tok_is(ps, j, "to") || tok_is(ps, j, "through")) && t->sp == 1 &&
	    tok(ps, j + 1)->sp == 1)) &&
	    (k = amount(x, ps, j + 1, &b)) > 0 && !b.neg &&
	    a.digits == b.digits && (a.digits || t->t != T_DASH)) {
		/* a third part: a phone number or an identifier */
		if (t->t == T_DASH && tok(ps, k)->t == T_DASH &&
		    tok(ps, k)->sp == 0 && tok(ps, k + 1)->t == T_NUM) {
			for (k += 2; tok(ps, k)->t == T_DASH &&
			    tok(ps, k)->sp == 0 && tok(ps, k + 1)->t == T_NUM &&
			    tok(ps, k + 1)->sp == 0; k += 2)
				;
			r->i0 = 0;
			r->i1 = k;
			r->kind = NX_OTHER;
			return 1;
		}
		if (is_year(&a, t0) && b.bare && !b.neg && !b.cur &&
		    t->t == T_DASH && tok(ps, j + 1)->t == T_NUM &&
		    (tok(ps, j + 1)->nd == 4 || tok(ps, j + 1)->nd == 2)) {
			uint64_t y, z;

			if (tok(ps, j + 1)->nd == 2 && tok_int(t0, &y) &&
			    tok_int(tok(ps, j + 1), &z))
				nv_set(&b.v, y / 100 * 100 + z, 0);	/* 2024-25 */
			r->i0 = 0;
			r->i1 = k;
			r->kind = NX_YEAR;
			fmt_range(x, r, &a, &b);
			return 1;
		}
		if (is_year(&a, t0) && is_year(&b, tok(ps, j + 1))) {
			r->i0 = 0;
			r->i1 = k;
			r->kind = NX_YEAR;
			fmt_range(x, r, &a, &b);
			return 1;
		}
		/*
		 * "fell 2% to 41.5 per dollar": in a "to" range a unit
		 * written after the first end is written after the second;
		 * "rose by $125 million to $11.2 billion" is a change and a
		 * level, not a range
		 */
		pwn = prev_word(ps, pw, sizeof pw);
		if (t->t != T_DASH && pwn == 2 && pw[0] == 'b' && pw[1] == 'y')
			;
		else if ((t->t == T_DASH || !((a.pct && !b.pct) ||
		    (a.unit && !b.unit) ||
		    (a.cur && !a.pre && !b.cur))) && !is_year(&a, t0) &&
		    nv_cmp(&a.v, &b.v) < 0 && range_join(&a, &b)) {
			r->i0 = 0;
			r->i1 = k;
			goto range;
		}
	}
	if (x->opt.bounds && !a.ord) {
		/* "500 or more", "5000 or less" */
		int dir = 0;

		if ((k = cmp_after(ps, a.i1, &dir)) > a.i1) {
			r->i0 = 0;
			r->i1 = k;
			r->kind = NX_RANGE;
			r->unit = a.pct ? "%" : a.cur ? a.cur : a.unit ? a.unit : "";
			fmt_bound(x, r, dir == CMP_HI ? NULL : &a,
			    dir == CMP_LO ? NULL : &a);
			return 1;
		}
	}
	r->i0 = 0;
	r->i1 = a.i1;
	if (is_year(&a, t0)) {
		r->kind = NX_YEAR;
		res_value(x, r, &a);
		/* 1990s */
		t = tok(ps, 1);
		if (t->t == T_WORD && t->sp == 0 && t->e - t->s == 1 &&
		    ps->p[t->s] == 's')
			r->i1 = 2;
		return 1;
	}
	r->kind = amt_kind(&a, &r->unit);
	/* 4x4, 100x200: a size or a name, not two numbers */
	t = tok(ps, a.i1);
	if (t->t == T_WORD && t->sp == 0 && t->e - t->s == 1 &&
	    LOWER(ps->p[t->s]) == 'x' && !a.spelled && !a.cur && !a.pct &&
	    tok(ps, a.i1 + 1)->t == T_NUM && tok(ps, a.i1 + 1)->sp == 0) {
		r->kind = NX_OTHER;
		r->unit = "";
		r->i1 = a.i1 + 2;
		r->vlen = 0;
		return 1;
	}
	/* digits glued to capitals: 5G, 3D */
	if (t->t == T_WORD && t->sp == 0 && !a.spelled &&
	    ps->p[t->s] >= 'A' && ps->p[t->s] <= 'Z') {
		r->kind = NX_OTHER;
		r->unit = "";
		r->i1 = a.i1 + 1;
		r->vlen = 0;
		return 1;
	}
	res_value(x, r, &a);
	if (r->kind == NX_CURRENCY)
		x->lastcur = a.cur;
	return 1;
range:
	r->kind = NX_RANGE;
	r->unit = a.pct ? "%" : a.cur ? a.cur : a.unit ? a.unit : "";
	fmt_range(x, r, &a, &b);
	if (a.cur)
		x->lastcur = a.cur;
	return 1;
}

/* ------------------------------------------------------------- scanning */

void
nx_init(struct nx *x, const struct nx_opts *opt)
{
	memset(x, 0, sizeof *x);
	if (opt)
		x->opt = *opt;
	build_buckets(x);
	nx_reset(x);
}

void
nx_reset(struct nx *x)
{
	x->pos = 0;
	x->lastcur = NULL;
}

/* Words that glue to a number word in feed text: "ofone", "tofive". */
static const char *const nx_glue[] = {
	"of", "to", "in", "and", "the", "for", "by", "at", "with", "from",
	"on", "about", "than", NULL
};
#define NX_NGLUE (sizeof nx_glue / sizeof nx_glue[0] - 1)
/* Their first letters: a b f i o t w */
#define NX_GLUE_FIRST ((1ul << 0) | (1ul << 1) | (1ul << 5) | (1ul << 8) | \
	(1ul << 14) | (1ul << 19) | (1ul << 22))

/*
 * After "a" or "an" at p (the word ends at we): does a number word follow
 * ("a dozen", "a half", "a fifth")?  Looks at most NX_LOOKAHEAD bytes on.
 */
static int
a_number(struct nx *x, const unsigned char *b, size_t we, size_t len,
    size_t p)
{
	const struct lx *w;
	size_t s = we, e;

	while (s < len && s < p + NX_LOOKAHEAD && (b[s] == ' ' || b[s] == '\t'))
		s++;
	for (e = s; e < len && e < p + NX_LOOKAHEAD && ISALPHA(b[e]); e++)
		;
	if (e == s || !(w = hot_find(x, b + s, e - s)))
		return 0;
	return w->type == W_NUM || w->type == W_ORD || w->type == W_HALF ||
	    w->type == W_QUARTER;
}
static const char *const nx_noglue[] = {
	"often", "atone", "tone", "intent", "byone", NULL
};

/*
 * Nouns that name the thing the digits after them identify: a clause of
 * a law, a page, a gate, a phase of a project, a product or a standard
 * (Article 12, page 3, Terminal 3, Phase 2, ISO 9001, Boeing 777).
 */
static const char *const nx_idword[] = {
	"article", "articles", "resolution", "decree", "law", "clause",
	"chapter", "section", "paragraph", "annex", "item", "page", "pages",
	"terminal", "gate", "hall", "phase", "category", "grade", "level",
	"tier", "stage", "round", "edition", "volume", "episode", "version",
	"model", "formula", "vision", "iso", "premium", "super", "boeing",
	"airbus", "iphone", "galaxy", "windows", "falcon", "route", "highway",
	"exit", "flight", "platform", "block", "bloc", "plot", "street",
	"building", "tower", "villa", "floor", "room", "expo", "cop",
	"gasoline", "petrol", "diesel", "special", "hotline", "helpline",
	"dial", NULL
};

/* Words before a telephone number of three digits or more: call 911. */
static const char *const nx_callword[] = { "call", "calling", NULL };

/* Is b[k, k + n) a currency code of nx_suf (SEK, CHF)? */
static int
cur_code(const unsigned char *b, size_t n)
{
	const struct lx *e;

	for (e = nx_suf; e < nx_suf + NX_NSUF; e++)
		if (e->type == S_CUR && e->n == n && memcmp(e->s, b, n) == 0)
			return 1;
	return 0;
}

/*
 * Is the word before p, across one run of blanks, in nx_idword, or an
 * acronym before a whole number (UNGA 79, MAX 8, COP 29)?
 */
static int
id_word(const unsigned char *b, size_t p, size_t len)
{
	size_t k = p, e, n, q;
	char w[12];
	int caps = 1, phone;

	if (k == 0 || b[k - 1] != ' ')
		return 0;
	while (k > 0 && p - k < 4 && b[k - 1] == ' ')
		k--;
	for (e = k; k > 0 && e - k < sizeof w && ISALPHA(b[k - 1]); k--)
		;
	n = e - k;
	if (n == 2 && b[k] <= 'Z' && b[k + 1] <= 'Z' && k > 0 &&
	    b[k - 1] == ' ' && !cur_code(b + k, n)) {
		/* flight EK 512: an airline's code */
		for (q = k - 1; q > 0 && k - q < 4 && b[q - 1] == ' '; q--)
			;
		for (e = q; q > 0 && e - q < 8 && ISALPHA(b[q - 1]); q--)
			;
		return (e - q == 6 || e - q == 7) && (q == 0 ||
		    !ISALPHA(b[q - 1])) && word_eq(b + q, 6, "flight", 6, 0) &&
		    (e - q == 6 || LOWER(b[q + 6]) == 's');
	}
	if (n < 3 || n >= sizeof w || (k > 0 && (ISALPHA(b[k - 1]) ||
	    ISDIGIT(b[k - 1]) || b[k - 1] == '-')))
		return 0;
	for (e = 0; e < n; e++) {
		w[e] = (char)LOWER(b[k + e]);
		if (b[k + e] > 'Z')
			caps = 0;
	}
	if (in_list(w, n, nx_idword))
		return 1;
	phone = !caps && in_list(w, n, nx_callword);
	if (!caps && !phone)
		return 0;
	/* a whole number: no point, no thousands, no unit glued to it */
	for (q = p; q < len && q < p + 8 && ISDIGIT(b[q]); q++)
		;
	if (q < len && (ISALPHA(b[q]) || ((b[q] == '.' || b[q] == ',') &&
	    q + 1 < len && ISDIGIT(b[q + 1])) || b[q] == '%'))
		return 0;
	if (phone)	/* call 911, calling 16000: a telephone number */
		return q - p >= 3;
	return n <= 6 && !cur_code(b + k, n);
}

/*
 * Where the identifier rules say what digits at p are: 0 a number, 1 an
 * identifier to skip, 2 an identifier to report as other.
 */
static int
ident(const unsigned char *b, size_t p, size_t len)
{
	size_t i = p, k;
	int upper = 0;

	/* FY23-24, P5+1: digits that go on an identifier skipped before */
	if (i > 1 && (b[i - 1] == '-' || b[i - 1] == '+') &&
	    ISDIGIT(b[i - 2])) {
		for (k = i - 1; k > 0 && ISDIGIT(b[k - 1]) && i - k < 16; k--)
			;
		for (; k > 0 && ISALPHA(b[k - 1]) && i - k < 32; k--)
			if (b[k - 1] <= 'Z')
				upper = 1;
		if (upper && ISALPHA(b[k]))
			return 1;
		upper = 0;
	}

	if (i > 0 && ISALPHA(b[i - 1])) {
		for (k = i; k > 0 && ISALPHA(b[k - 1]) && i - k < 32; k--)
			if (b[k - 1] <= 'Z')
				upper = 1;
		return upper;
	}
	if (i > 1 && b[i - 1] == '-' && ISALPHA(b[i - 2])) {
		for (k = i - 1; k > 0 && ISALPHA(b[k - 1]) && i - k < 32; k--)
			if (b[k - 1] <= 'Z')
				upper = 1;
		return upper ? 2 : 0;
	}
	if (i > 0 && (b[i - 1] == '#' || (ISDIGIT(b[i - 1]))))
		return 2;
	/* FY2024/25: the rest of an identifier skipped before */
	if (i > 1 && b[i - 1] == '/' && (ISDIGIT(b[i - 2]) || ISALPHA(b[i - 2])))
		return 1;
	/* No. 3720, No 5 */
	k = i;
	while (k > 0 && b[k - 1] == ' ')
		k--;
	if (k > 0 && b[k - 1] == '.')
		k--;
	if (k >= 2 && b[k - 2] == 'N' && b[k - 1] == 'o' &&
	    (k == 2 || !ISALPHA(b[k - 3])) && k < i)
		return 2;
	if (k >= 2 && LOWER(b[k - 2]) == 'n' && LOWER(b[k - 1]) == 'r' &&
	    (k == 2 || !ISALPHA(b[k - 3])) && k < i && b[k] == '.')
		return 2;
	return id_word(b, p, len) ? 2 : 0;
}

/*
 * The end of the run of ASCII letters from p: most of the text is words,
 * and a word's last letter is the scanner's most frequent branch.
 */
static size_t
word_end(const unsigned char *b, size_t p, size_t len)
{
#if defined __SSE2__ && defined __GNUC__
	/* (c | 0x20) + 31 is below -102 as a signed byte for letters only */
	const __m128i low = _mm_set1_epi8(0x20), off = _mm_set1_epi8(31),
	    top = _mm_set1_epi8(-102);

	for (; p + 16 <= len; p += 16) {
		__m128i v, l;
		unsigned m;

		v = _mm_loadu_si128((const __m128i *)(const void *)(b + p));
		l = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, low), off), top);
		m = ~(unsigned)_mm_movemask_epi8(l) & 0xFFFFu;
		if (m)
			return p + (size_t)__builtin_ctz(m);
	}
#endif
	while (p < len && ISALPHA(b[p]))
		p++;
	return p;
}

/* Does the word b[p, we) start a web address: http://, https://, www. */
static int
url_at(const unsigned char *b, size_t p, size_t we, size_t len)
{
	size_t n = we - p;

	if ((n == 4 && word_eq(b + p, n, "http", 4, 0)) ||
	    (n == 5 && word_eq(b + p, n, "https", 5, 0)))
		return we + 2 < len && b[we] == ':' && b[we + 1] == '/' &&
		    b[we + 2] == '/';
	return n == 3 && word_eq(b + p, n, "www", 3, 0) && we < len &&
	    b[we] == '.';
}

/* ------------------------------------------------- extended readings */

/*
 * Words after which a trailing "one" is the pronoun of the phrase ("the
 * last one is"), not a count of what follows ("the last one books"): a
 * verb or a word that starts a clause or a phrase of its own.
 */
static const char *const nx_after_one[] = {
	"and", "are", "as", "at", "but", "by", "can", "could", "for", "from",
	"had", "has", "have", "in", "is", "of", "on", "or", "should", "that",
	"to", "was", "were", "which", "who", "will", "with", "would", NULL
};

/*
 * An extended reading at the start of the view ps: a relative position
 * (rel != 0) or a percent word alone.  Returns the token after it, or
 * 0, with its value in x->value.
 */
static int
extended_at(struct nx *x, struct ps *ps, int rel, struct res *r)
{
	const struct lx *e, *end;
	const struct tk *t;
	int j = -1;

	e = rel ? nx_rel : nx_pct_alone;
	end = rel ? nx_rel + NX_NREL : nx_pct_alone + NX_NPCT;
	for (; e < end; e++)	/* the first letter first: this runs often */
		if (LOWER(ps->p[0]) == (unsigned char)e->s[0] &&
		    (j = phrase(ps, 0, e)) > 0)
			break;
	if (e == end)
		return 0;
	r->unit = e->unit;
	if (!rel) {
		r->kind = NX_PERCENT;
		r->vlen = 0;
		return j;
	}
	if (e->cls && tok(ps, j)->sp == 1 && tok_is(ps, j, "one")) {
		t = tok(ps, j + 1);
		if (t->t == T_END || (t->t != T_WORD && t->t != T_NUM &&
		    t->t != T_DASH) || (t->sp == 1 &&
		    in_tok_list(ps, j + 1, nx_after_one)))
			j++;
	}
	r->kind = NX_ORDINAL;
	r->vlen = (size_t)snprintf(x->value, sizeof x->value, "%d", e->val);
	return j;
}

/* The view of the text from start on, for the grammar. */
static void
view_at(struct nx *x, struct ps *ps, const unsigned char *b, size_t start,
    size_t len)
{
	size_t q = start > NX_LOOKBEHIND ? start - NX_LOOKBEHIND : 0;

	ps->x = x;
	ps->p = b + start;
	ps->n = len - start < NX_LOOKAHEAD ? len - start : NX_LOOKAHEAD;
	ps->lb = b + q;
	ps->lbn = start - q;
	ps->q = 0;
	ps->nt = 0;
}

/* Emit the reading r of win[s, e), the kinds option permitting. */
static void
report(const struct nx *x, const char *win, uint64_t base, size_t s,
    size_t e, const struct res *r, nx_emit_fn *emit, void *ctx)
{
	struct nx_num out;

	if (x->opt.kinds && !(x->opt.kinds & (1u << r->kind)))
		return;
	out.start = base + s;
	out.end = base + e;
	out.text = win + s;
	out.value = x->value;
	out.valuelen = r->vlen;
	out.kind = r->kind;
	out.unit = r->unit ? r->unit : "";
	emit(ctx, &out);
}

uint64_t
nx_scan(struct nx *x, const char *win, uint64_t base, size_t len, int final,
    nx_emit_fn *emit, void *ctx)
{
	const unsigned char *b = (const unsigned char *)win;
	size_t p, lim, we, start, k;
	struct ps ps;
	struct res r;
	const struct lx *w;
	unsigned c;
	int id, j;

	if (x->pos < base)
		x->pos = base;
	p = (size_t)(x->pos - base);
	if (final)
		lim = len;
	else
		lim = len > NX_LOOKAHEAD ? len - NX_LOOKAHEAD : 0;
	while (p < lim) {
		c = b[p];
		if (!nx_cls[c]) {
			p++;
			continue;
		}
		start = p;
		id = 0;
		if (nx_cls[c] & C_ALPHA) {
			we = word_end(b, p, len);
			if (p > 0 && ISALPHA(b[p - 1])) {
				p = we;
				continue;
			}
			if (url_at(b, p, we, len)) {
				/* a web address, to the next blank */
				for (k = p; k < len && k < p + NX_LOOKAHEAD &&
				    b[k] > ' '; k++)
					;
				p = k;
				continue;
			}
			if (x->opt.extended &&
			    (x->relfirst >> (LOWER(c) - 'a') & 1)) {
				view_at(x, &ps, b, p, len);
				if ((j = extended_at(x, &ps, 1, &r)) > 0) {
					k = p + ps.t[j - 1].e;
					report(x, win, base, p, k, &r, emit, ctx);
					p = k;
					continue;
				}
			}
			if (!(nx_cls[c] & C_HOT) || we - p > 11 ||
			    !(w = hot_find(x, b + p, we - p))) {
				/* a number word glued to a small word */
				const char *const *g;
				size_t gn;

				w = NULL;
				if (we - p < 5 || we - p > 16 ||
				    !(NX_GLUE_FIRST >> (LOWER(b[p]) - 'a') & 1))
					g = nx_glue + NX_NGLUE;	/* the cheap test first */
				else
					g = nx_glue;
				for (; *g; g++) {
					if (LOWER(b[p]) != (unsigned char)(*g)[0])
						continue;	/* the cheap test first */
					gn = strlen(*g);
					if (we - p < gn + 3 || !word_eq(b + p, gn, *g, gn, 0))
						continue;
					w = hot_find(x, b + p + gn,
					    we - p - gn);
					if (w && (w->type == W_NUM || w->type == W_ORD) &&
					    w->cls != K_SCALE && w->cls != K_DOZEN &&
					    w->cls != K_HUND && LOWER(b[p + gn]) == b[p + gn]) {
						char lw[16];

						for (k = 0; k < we - p && k < sizeof lw; k++)
							lw[k] = (char)LOWER(b[p + k]);
						if (in_list(lw, we - p, nx_noglue))
							w = NULL;
						else
							start = p + gn;
						break;
					}
					w = NULL;
				}
				if (!w) {
					p = we;
					goto alone;
				}
			}
			if (w->type == W_CMP && !x->opt.bounds) {
				p = we;
				continue;
			}
			if (w->type == W_A && !a_number(x, b, we, len, p)) {
				p = we;	/* the article: most often nothing follows */
				continue;
			}
		} else if (nx_cls[c] & C_DIG) {
			id = ident(b, p, len);
			if (id == 1) {
				/* bounded, so pieces and whole text agree */
				while (p < len && p < start + NX_LOOKAHEAD &&
				    (ISDIGIT(b[p]) || ISALPHA(b[p])))
					p++;
				continue;
			}
		} else if (c == '$') {
			/* fine */
		} else if (c == '%') {
			/* a percent sign alone, with the extended readings */
			if (x->opt.extended && (p == 0 || (!ISALPHA(b[p - 1]) &&
			    !ISDIGIT(b[p - 1]) && b[p - 1] != '%')) &&
			    (p + 1 == len || (!ISALPHA(b[p + 1]) &&
			    !ISDIGIT(b[p + 1]) && b[p + 1] != '%'))) {
				r.kind = NX_PERCENT;
				r.unit = "%";
				r.vlen = 0;
				report(x, win, base, p, p + 1, &r, emit, ctx);
			}
			p++;
			continue;
		} else if (c == '<' || c == '>') {
			if (!x->opt.bounds) {
				p++;
				continue;
			}
		} else if (c == '.' || c == '-' || c == '+') {
			if (p + 1 >= len || !ISDIGIT(b[p + 1]) ||
			    (p > 0 && (ISALPHA(b[p - 1]) || ISDIGIT(b[p - 1]) ||
			    b[p - 1] == '.' || b[p - 1] == ',' || b[p - 1] == '-' ||
			    b[p - 1] == '/'))) {
				p++;
				continue;
			}
			if (c == '-' && p > 0 && b[p - 1] != ' ' && b[p - 1] != '(') {
				p++;
				continue;
			}
		} else {
			/* a lead byte: only currency symbols, fractions */
			int32_t cp;
			size_t i;

			k = u8_decode(b + p, len - p, &cp);
			for (i = 0; i < sizeof nx_u8sym / sizeof nx_u8sym[0]; i++)
				if (nx_u8sym[i].cp == cp && nx_u8sym[i].t != T_DASH)
					break;
			if (i == sizeof nx_u8sym / sizeof nx_u8sym[0]) {
				p += k;
				continue;
			}
		}
		view_at(x, &ps, b, start, len);
		if (!parse(x, &ps, &r)) {
			/* step over the word or digits */
			if (nx_cls[c] & C_ALPHA) {
				p = word_end(b, p, len);
				goto alone;
			}
			else if (nx_cls[c] & C_DIG) {
				while (p < len && p < start + NX_LOOKAHEAD &&
				    ISDIGIT(b[p]))
					p++;
			} else
				p++;
			continue;
alone:
			/* the word read as nothing: a percent word alone? */
			if (x->opt.extended) {
				view_at(x, &ps, b, start, len);
				if ((j = extended_at(x, &ps, 0, &r)) > 0) {
					p = start + ps.t[j - 1].e;
					report(x, win, base, start, p, &r,
					    emit, ctx);
				}
			}
			continue;
		}
		if (id == 2)
			r.kind = NX_OTHER, r.unit = "";
		if (r.kind == NX_DATE || r.kind == NX_TIME ||
		    (r.kind == NX_OTHER && id != 2))
			r.vlen = 0;
		report(x, win, base, start + ps.t[r.i0].s,
		    start + ps.t[r.i1 - 1].e, &r, emit, ctx);
		p = start + ps.t[r.i1 - 1].e;
	}
	x->pos = base + p;
	return x->pos - base > NX_LOOKBEHIND ? x->pos - NX_LOOKBEHIND : base;
}

int
nx_kinds_parse(const char *s, size_t n, unsigned *mask)
{
	size_t i = 0, j;
	int k;

	*mask = 0;
	while (i <= n) {
		for (j = i; j < n && s[j] != ','; j++)
			;
		for (k = 0; k < NX_NKINDS; k++)
			if (strlen(nx_kind_name[k]) == j - i &&
			    memcmp(nx_kind_name[k], s + i, j - i) == 0)
				break;
		if (k == NX_NKINDS)
			return -1;
		*mask |= 1u << k;
		i = j + 1;
	}
	return 0;
}

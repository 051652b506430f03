/*
 * The number extractor's private interface, shared by the files of
 * lib/numbers/ and by its unit tests; the tools use numbers.h alone.
 *
 * Number extractor.  The scanner's screen (nxscreen.c) takes the text 64
 * bytes at a time to the next byte that can start a number (a digit, a
 * currency symbol, or a word that starts one: each word is looked up once,
 * by a key, among the words nx_init derives from the lexicon); a sign or
 * a point is read from the digit after it.  At a candidate the
 * text of the next NX_LOOKAHEAD bytes is cut into tokens on demand and the
 * patterns of the grammar (NX_PATTERNS, in order) read prefix currency,
 * the quantity in digits or words, magnitude, suffix (percent, currency,
 * unit) and ranges.
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
 *
 * The files (named nx*.c: an archive member is named by its base name
 * alone, so they must not meet lib/scan.c), in the order a number is read:
 *   nxlexicon.c the word lists and lexicon tables, data only
 *   nxindex.c   the indexes derived from the tables at nx_init
 *   nxscreen.c  the screen: the bytes and words the scanner looks at
 *   nxtokens.c  the tokenizer: cuts the view into tokens on demand
 *   nxvalue.c   exact decimal arithmetic
 *   nxwords.c   spelled numbers and fractions in words
 *   nxsuffix.c  what follows a quantity: magnitude, percent, currency, unit
 *   nxamount.c  an amount: currency, sign, quantity, suffix
 *   nxdates.c   dates, times, years and digit patterns
 *   nxpatterns.c the grammar: the ordered table of patterns tried at a candidate
 *   nxscan.c    the incremental scan (nx_scan) and the identifier rules
 */
#ifndef NX_H
#define NX_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "lex.h"
#include "numbers.h"

/* Byte classes: the hot loop looks at nothing else. */
#define C_DIG	0x01
#define C_ALPHA	0x02
#define C_SYM	0x08	/* $ % + - . < > and lead bytes of € £ ¥ ½ – */

/* Derived from the tables at nx_init (nxindex.c); read-only after. */
extern unsigned char nx_cls[256];

#define ISALPHA(c) (nx_cls[(unsigned char)(c)] & C_ALPHA)
#define ISDIGIT(c) (nx_cls[(unsigned char)(c)] & C_DIG)
/* The one case fold of lib/lex. */
#define LOWER(c) lex_lower((unsigned char)(c))

/* The first letters (a bit per letter) of the relative positions and of
   the words that glue to a number word; derived at nx_init. */
extern uint32_t nx_relfirst, nx_gluefirst;
/* The first letters of the units that are a power of ten of another
   (decade, century): "a decade" is read as a number. */
extern uint32_t nx_decadefirst, nx_decadelen;
/* The first letters of the plural nouns without an s (people). */
extern uint32_t nx_pluralfirst;

/* ---------------------------------------------------------------- values */

#define NV_MAXM UINT64_C(999999999999999999)	/* 18 digits */

struct nv {
	uint64_t m;
	int e;			/* value = m * 10^e */
	int bad;		/* out of range: no exact value */
	int inexact;		/* rounded: print 15 significant digits */
};

static inline void
nv_set(struct nv *v, uint64_t m, int e)
{
	v->m = m;
	v->e = e;
	v->bad = 0;
	v->inexact = 0;
}

static inline void
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
#define F_MONEY	0x400	/* a magnitude that marks an amount after N, P, Sh */
#define F_SINGULAR 0x800	/* "dozen": may follow "a" and "half a" */

struct lx {
	const char *s;		/* lower case unless F_EXACT; words split by spaces */
	unsigned char n, type, cls;
	unsigned short flags;
	int val;		/* number, month, power of ten */
	const char *unit;
};

/* A row of magnitudes.def: the word, its power and its forms. */
#define MG_SPELLED 1	/* the word is a number word */
#define MG_MONEY 2	/* the word marks an amount after N, P, Sh */
struct nx_magnitude {
	const char *s;
	int power;
	int flags;
	const char *money;	/* forms that mark an amount, split by spaces */
	const char *other;	/* other forms */
};

/*
 * A word shared by several currencies (riyal, dinar, pound, cent, fils,
 * rupee): its row's code unless the last amount's currency is one of
 * members.
 */
struct nx_family {
	unsigned char type;	/* S_CUR or S_SUB only, 0 any */
	const char *unit;	/* the row's code */
	const char *members;	/* codes split by spaces */
};

/* A currency whose sub-unit is not the row's: fils of the dirham. */
struct nx_minor {
	const char *cur;
	int digits;
};

/* A unit after "per" or a slash and its short form there: hours, h. */
struct nx_perunit {
	const char *unit, *per;
};

/*
 * A unit written with a sign after a number, as bytes: 30°C, 120 μg; need
 * is a word set one of whose words must follow (10" long), else 0.
 */
struct nx_unitmark {
	const char *s, *unit;
	int need;
};

/* Word sets: read through nx_set_has() on an index built at nx_init. */
enum {
	WS_COUNTED, WS_NOT_ONE_HYPH, WS_SCORE_AFTER, WS_SCORE_BEFORE,
	WS_NOT_ONE_BEFORE, WS_HALF_OF, WS_NOGLUE, WS_IDWORD, WS_CALLWORD,
	WS_AFTER_ONE, WS_ORDSUFFIX, WS_DECIMAL_COMMA, WS_NP_STOP, WS_PLURAL,
	WS_NOT_RATE, WS_ONE_PRONOUN, WS_SECOND_IDIOM, WS_SIZE_WORD, WS_MARGIN,
	WS_OLD_YEAR_AFTER, WS_CHANGE_FROM, WS_N
};

/*
 * A sub-unit of a unit, read after an amount in that unit: "5 feet 2
 * inches" is 5 + 2/12 feet.  unit is the short form its DIM rows write.
 */
struct nx_subunit {
	const char *unit, *s;	/* the unit; the sub-unit's word */
	unsigned per;		/* how many make one unit */
};
struct nx_wordlist {
	const char *const *w;
	size_t n;
};

/* The first year of the years read alone, and the last of any year. */
#define NX_YEAR_MIN 1800
#define NX_YEAR_MAX 2199

/* --------------------------------------------------------------- tokens */

enum {
	T_END, T_NUM, T_WORD, T_SYM, T_FRAC, T_DASH, T_PLUS, T_PCT, T_SLASH,
	T_COLON, T_DOT, T_COMMA, T_OTHER
};

#define NX_NTOK 40
/* Room for the words after a number, the forms of magnitudes.def too. */
#define NX_SUFMAX 512
/* The longest word that starts a number (the index keeps its length). */
#define NX_HOTLEN 15
/* Room for the rows of nx_hot. */
#define NX_HOTMAX 1024

struct tk {
	unsigned short s, e;	/* in the view */
	unsigned char t;
	unsigned char sp;	/* white space before: 0 none, 1 blanks, 2 a line end */
	unsigned char nd;	/* NUM: integer digits */
	unsigned char grp;	/* NUM: thousands separators; DASH: ascii */
	unsigned char dot;	/* NUM: a decimal point */
	unsigned char lng;	/* NUM: more than 18 significant digits */
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
	/*
	 * The last spelled numbers read (nx_words) in the view, by their
	 * first token: the rules read one again and again (a fraction's
	 * numerator, then the number; a denominator that is the next number).
	 */
	struct nx_wmemo {
		int i, plural, end, ord, scale;
		uint64_t val;
	} wm[4];
	int nwm;
};


/* U+2212, the minus sign of typeset text: it starts a number (-4%). */
#define NX_MINUS 0x2212

/* A symbol or fraction outside ASCII: the dashes are u8_punct's. */
struct u8sym {
	int32_t cp;
	unsigned char t;	/* T_SYM or T_FRAC */
	unsigned char after;	/* written after the amount only: 100 yuan sign */
	const char *cur;
	int num, den;
};

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
	int qend;		/* the token after the quantity, before its suffix */
	int unitpow;		/* the unit is ten to this of another (decade) */
	/*
	 * Digits longer than the mantissa: their text, and the value's
	 * exponent and mantissa when read; while the mantissa is unchanged
	 * the value is the digits scaled by the change of exponent.
	 */
	const unsigned char *lp;
	size_t ln;
	int le;
	uint64_t lm;
};

/*
 * An amount with every field zero, copied to clear one: the copy is nine
 * moves of 16 bytes, where memset of the struct was a rep stos, slower
 * to start and a loop of 18 steps as a simulator counts it.
 */
extern const struct amt nx_amt_zero;


struct res {
	int i0, i1;		/* tokens of the span */
	enum nx_kind kind;
	const char *unit;
	size_t vlen;
	int money;		/* a range of amounts of money: -k currency keeps it */
	int named;		/* kind other with its value: a name's number */
};

/*
 * Comparisons, read with the bounds option: "more than 30" is the open
 * range 30-, "up to 700" is -700, "equal to 20" is 20-20.
 */
enum { CMP_LO = 1, CMP_HI, CMP_EQ, CMP_SAME };

struct cmpph {
	const char *s;		/* words and single symbols, split by spaces */
	int dir;
};

/* ---------------------------------------------------------------- tables */

extern const struct lx nx_hot[];
extern const struct lx nx_suf[];
extern const struct lx nx_rel[];
extern const struct lx nx_pct_alone[];
extern const struct u8sym nx_u8sym[];
extern const struct cmpph nx_cmp[];
extern const struct cmpph nx_cmp_after[];
extern const char *const nx_glue[];
extern const struct nx_magnitude nx_mag[];
extern const struct nx_family nx_families[];
extern const struct nx_perunit nx_per[];
extern const struct nx_unitmark nx_unit_marks[];
extern const struct nx_subunit nx_subunits[];
extern const size_t nx_nsubunits;
extern const struct nx_minor nx_minors[];
extern const struct nx_wordlist nx_wordsets[WS_N];
extern const size_t nx_nmag, nx_nfamilies, nx_nminors;
extern const size_t nx_nhot, nx_nsuf, nx_nrel, nx_npct, nx_nu8sym, nx_ncmp,
    nx_ncmp_after, nx_nglue;

/* ---------------------------------------------------------------- screen */

/* What a word can start, by the screen (nxscreen.c). */
#define SCR_HOT	0x01	/* a row of nx_hot */
#define SCR_HOTCAP 0x02	/* a row of nx_hot, with a capital first letter */
#define SCR_CMP	0x04	/* rows of comparisons only: read with bounds */
#define SCR_GLUE 0x08	/* a small word glued to a number word: ofone */
#define SCR_URL	0x10	/* the start of a web address */
#define SCR_EXT	0x20	/* a relative position, a percent word: -e only */
#define SCR_AFTER_A 0x40	/* makes "a" a number: a dozen, a decade */
#define SCR_ARTICLE 0x80	/* read as the article: "a", "an" */

/* The bytes a block of text is looked at for, with a set of options. */
struct nx_evset {
	unsigned char sym[8];	/* the symbols, 0x20 or-ed in (repeated to fill) */
	unsigned char vec[8][16];	/* each, sixteen times */
	int nvec;		/* how many to compare: 2, 4 or 8 */
	int coarse;		/* and every byte over 0x7F */
	unsigned char cls[256];	/* without SSE2: 1 letter, 2 look at */
};

/* A word of the screen. */
struct nx_key;

/* The scan's place in the text, 64 bytes at a time. */
/* A block of 64 bytes and the 16 after it that a word's key may read. */
#define NX_TAIL 80

struct nx_cursor {
	const unsigned char *b;
	size_t len, lim;	/* the text, and where candidates end */
	size_t whole;		/* blocks before it: neither copied nor cut */
	size_t bb;		/* the block's first byte */
	uint64_t alpha, ev;	/* its letters; its bytes to look at */
	uint64_t ws;		/* its words' first letters, below lim */
	const unsigned char *kb;	/* its bytes, or a copy of them: */
	unsigned char tail[2 * NX_TAIL];	/* the last: its bytes, then zeros */
	const struct nx_evset *set;
	unsigned active;	/* the flags that count with the options */
	const uint32_t *pairs;	/* key lengths by first letters */
	const uint16_t *reads;	/* the same, for a block's words */
	int loaded;
	const struct nx_key *key;	/* the word's, when what is set */
};

/* ------------------------------------------------------------- functions */

/* The token at index i, cutting more of the view as needed. */
const struct tk *nx_tok_cut(struct ps *ps, int i);
static inline const struct tk *
nx_tok(struct ps *ps, int i)
{
	return i < ps->nt ? &ps->t[i] : nx_tok_cut(ps, i);
}

/*
 * The first token of a fresh view, the word p[0, e) whose entry w the
 * scan has found: as nx_tok_cut would cut it, with no second look-up.
 */
void nx_tok_word(struct ps *ps, size_t e, const struct lx *w);
void nv_mul(struct nv *v, uint64_t k);
void nv_add(struct nv *a, const struct nv *b);
void nv_div(struct nv *v, uint64_t d);
void nv_pow(struct nv *v, int n, int neg);
size_t nv_fmt(const struct nv *v, int neg, char *buf, size_t size);
size_t nx_amt_fmt(const struct amt *a, char *buf, size_t size);
int nv_cmp(const struct nv *a, const struct nv *b);
/* nxindex.c: the derived indexes, built once by nx_init. */
void nx_lexicon_init(void);
/* 0, or -1 when a table has outgrown its index (a unit test calls it). */
int nx_lexicon_check(void);
/*
 * Does the word p[0, n) spell entry s (for one word of s)?  Inline: the
 * phrases' words are tested by length first, and most differ in it.
 */
static inline int
nx_word_eq(const unsigned char *p, size_t n, const char *s, size_t sn,
    int exact)
{
	if (n != sn)
		return 0;
	if (exact)
		return memcmp(p, s, n) == 0;
	return lex_eq((const char *)p, n, s, sn);
}
/* The entry of the words that start a number for the word p[0, n). */
const struct lx *nx_hot_find(const unsigned char *p, size_t n);
/* The same, room (n or more) bytes being readable from p: no copy. */
const struct lx *nx_hot_find_in(const unsigned char *p, size_t n,
    size_t room);
/* The same for the word p[0, n) whose key the screen found (may be NULL). */
const struct lx *nx_hot_of(const struct nx_key *k, const unsigned char *p,
    size_t n);
/* nxscreen.c: the screen, built by nx_lexicon_init; -1 when it is full. */
int nx_screen_build(void);
/* The SCR_ flags of the letters p[0, n); 0 when they start nothing. */
#define nx_screen_word(p, n) nx_screen_word_in(p, n, n)
/* The same, room (n or more) bytes being readable from p: no copy. */
unsigned nx_screen_word_in(const unsigned char *p, size_t n, size_t room);
/* Its flag SCR_AFTER_A alone, most words turned away by their first letters. */
unsigned nx_screen_after_a(const unsigned char *p, size_t n, size_t room);
/* May cp be a symbol of nx_u8sym written before an amount (a filter)? */
int nx_sym_before(int32_t cp);
/* Does the word b[p, we) start a web address (http://, www.)? */
int nx_url_at(const unsigned char *b, size_t p, size_t we, size_t len);
/* The end of the run of ASCII letters from p. */
size_t nx_word_end(const unsigned char *b, size_t p, size_t len);
void nx_cursor_init(struct nx_cursor *c, const unsigned char *b, size_t len,
    size_t lim, const struct nx_opts *o);
/*
 * The next byte from p on, below lim, that the scan must read: a digit,
 * a symbol, or the first letter of a word the screen passes (*we its
 * end, *what its SCR_ flags; 0 for the others).  The words it stops are
 * stepped over.  A value of lim or more: no more, the scan ends there.
 */
size_t nx_cursor_next(struct nx_cursor *c, size_t p, size_t *we,
    unsigned *what);
/* nxscan.c: may the symbol c alone start a number, with these options? */
int nx_sym_starts(unsigned c, int extended, int bounds);
/*
 * nxscan.c: after "a" or "an" at p (the word ends at we, the text at b
 * ends at len): does a number word follow ("a dozen", "a half", "a
 * fifth")?  Looks at most NX_LOOKAHEAD bytes on.  The screen asks it.
 */
int nx_a_number(const unsigned char *b, size_t we, size_t len, size_t p);
/* The words after a number: call with *it = 0, then again for the next
   entry whose first word is p[0, n) (hash h = lex_hash(p, n)). */
const struct lx *nx_suf_next(const unsigned char *p, size_t n, uint32_t h,
    uint32_t *it);
/* Each entry of the words after a number, for i from 0 while not NULL. */
const struct lx *nx_suf_at(size_t i);
/* The same for its magnitudes of more than one word (lakh crore). */
const struct lx *nx_magphrase_at(size_t i);
/* Is p[0, n) (ASCII case folded) a word of the set (WS_)? */
int nx_set_has(int set, const char *p, size_t n);
/*
 * Is token i the word s (ASCII case folded)?  Inline, so that the length
 * of a word written in the call is a constant and the test of a token of
 * another length, the most common answer, costs a comparison.
 */
static inline int
nx_tok_is(struct ps *ps, int i, const char *s)
{
	const struct tk *t = nx_tok(ps, i);
	const unsigned char *p = ps->p + t->s;
	size_t n = strlen(s), k;

	if (t->t != T_WORD || (size_t)(t->e - t->s) != n)
		return 0;
	for (k = 0; k < n; k++)
		if (LOWER(p[k]) != LOWER(s[k]))
			return 0;
	return 1;
}
int nx_tok_int(const struct tk *t, uint64_t *v);
size_t nx_prev_word(const struct ps *ps, char *buf, size_t size);
int nx_phrase(struct ps *ps, int i, const struct lx *e);
const char *nx_ctx_cur(const struct nx *x, const struct lx *e);
int nx_amount_like(struct ps *ps, int j);
int nx_scale_phrase_at(struct ps *ps, int j);
int nx_money_cents(struct ps *ps, int j, struct amt *a, int need_and);
int nx_suffix(struct nx *x, struct ps *ps, int j, struct amt *a);
void nx_measure(struct nx *x, struct ps *ps, struct res *r);
int nx_one_pronoun(struct ps *ps, int j);
int nx_counts_noun(struct ps *ps, int j);
int nx_words(struct ps *ps, int i, struct amt *a, int plural);
int nx_frac_words(struct ps *ps, int j, struct nv *f);
int nx_phrase_end(struct ps *ps, int j);
int nx_word_before(struct ps *ps, int i, const char *w);
int nx_point_words(struct ps *ps, int j, struct amt *a);
int nx_one_gap(const unsigned char *p, size_t n);
int nx_frac_den(uint64_t d);
int nx_of_a_scale(struct ps *ps, int j, struct amt *a);
int nx_amount(struct nx *x, struct ps *ps, int i, struct amt *a);
void nx_res_value(struct nx *x, struct res *r, const struct amt *a);
enum nx_kind nx_amt_kind(const struct amt *a, const char **unit);
int nx_is_year(const struct amt *a, const struct tk *t);
int nx_date_words(struct ps *ps, struct res *r);
int nx_digit_pattern(struct nx *x, struct ps *ps, struct res *r);
int nx_in_tok_list(struct ps *ps, int j, int set);
int nx_parse(struct nx *x, struct ps *ps, struct res *r);
void nx_name_number(struct nx *x, const struct res *r);

#endif

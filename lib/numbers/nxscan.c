#include <stdint.h>
#include <stdio.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "numbers.h"
#include "utf8.h"
#include "lex.h"
#include "nx.h"

const char *const nx_kind_name[NX_NKINDS] = {
	"number", "ordinal", "percent", "currency", "dimension", "range",
	"year", "date", "time", "other"
};

/* ------------------------------------------------------------- scanning */

void
nx_init(struct nx *x, const struct nx_opts *opt)
{
	memset(x, 0, sizeof *x);
	if (opt)
		x->opt = *opt;
	nx_lexicon_init();
	nx_reset(x);
}

void
nx_reset(struct nx *x)
{
	x->pos = 0;
	x->lastcur = NULL;
	x->namenum = 0;
	x->toolong = 0;
	x->toolong_at = 0;
	x->skipdigits = 0;
}


/* A unit that is a power of ten of another: decade, century. */
static int
decade_word(const unsigned char *b, size_t n)
{
	const struct lx *e;
	uint32_t it = 0, h = lex_hash((const char *)b, n);

	while ((e = nx_suf_next(b, n, h, &it)) != NULL)
		if (e->type == S_DIM && e->val > 0 && e->n == n)
			return 1;
	return 0;
}

int
nx_a_number(const unsigned char *b, size_t we, size_t len, size_t p)
{
	const struct lx *w;
	size_t s = we, e;

	while (s < len && s < p + NX_LOOKAHEAD && (b[s] == ' ' || b[s] == '\t'))
		s++;
	e = nx_word_end(b, s, len < p + NX_LOOKAHEAD ? len : p + NX_LOOKAHEAD);
	if (e <= s)
		return 0;
	/* a year and a half: any word may be the unit, the parse checks it */
	if (e + 11 <= len && e + 11 <= p + NX_LOOKAHEAD && b[e] == ' ' &&
	    b[e + 1] == 'a' && memcmp(b + e, " and a half", 11) == 0)
		return 1;
	if (!nx_screen_after_a(b + s, e - s, len - s))
		return 0;	/* a word that makes no number: most often */
	if (!(w = nx_hot_find(b + s, e - s)))
		return e - s < 32 && (nx_decadelen >> (e - s) & 1) &&
		    (nx_decadefirst >> ((LOWER(b[s]) - 'a') & 31) & 1) &&
		    decade_word(b + s, e - s);
	return w->type == W_NUM || w->type == W_ORD || w->type == W_HALF ||
	    w->type == W_QUARTER;
}

/* Is b[0, n) a currency code after a number (SEK, CHF)? */
static int
cur_code(const unsigned char *b, size_t n)
{
	const struct lx *e;
	uint32_t it = 0, h = lex_hash((const char *)b, n);

	while ((e = nx_suf_next(b, n, h, &it)) != NULL)
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
		    !ISALPHA(b[q - 1])) && nx_word_eq(b + q, 6, "flight", 6, 0) &&
		    (e - q == 6 || LOWER(b[q + 6]) == 's');
	}
	if (n == 1 && k >= 2 && b[k - 1] == '&' && b[k] <= 'Z' &&
	    ISALPHA(b[k - 2]) && b[k - 2] <= 'Z')
		return 1;	/* S&P 500: an index's name */
	if (n < 3 || n >= sizeof w || (k > 0 && (ISALPHA(b[k - 1]) ||
	    ISDIGIT(b[k - 1]) || b[k - 1] == '-')))
		return 0;
	for (e = 0; e < n; e++) {
		w[e] = (char)LOWER(b[k + e]);
		if (b[k + e] > 'Z')
			caps = 0;
	}
	if (nx_set_has(WS_IDWORD, w, n))
		return 1;
	phone = !caps && nx_set_has(WS_CALLWORD, w, n);
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
 * Digits at i glued after capitals from k: one capital alone is a name
 * (G20, A320, F16: 2, reported as other), more, or letters glued after
 * the digits, an identifier to skip (MENAFN05, ID1107, A1last: 1).
 */
static int
name_code(const unsigned char *b, size_t k, size_t i, size_t len)
{
	size_t q;

	for (q = i; q < len && ISDIGIT(b[q]); q++)
		;
	if (q < len && ISALPHA(b[q]))
		return 1;	/* A1last: letters on both sides */
	return i - k == 1 && (k == 0 || !(ISDIGIT(b[k - 1]) ||
	    b[k - 1] == '-' || b[k - 1] == '+' || b[k - 1] == '/' ||
	    b[k - 1] == '.' || b[k - 1] == '_' || b[k - 1] >= 0x80)) ? 2 : 1;
}

/*
 * Digits at i glued after small letters from k: an identifier to skip
 * (1) when letters are glued after them too (scp173m, abc12def), unless
 * the word before is a small word of nx_glue (to30km).
 */
static int
letters_around(const unsigned char *b, size_t k, size_t i, size_t len)
{
	size_t q, g;

	for (q = i; q < len && ISDIGIT(b[q]); q++)
		;
	if (q >= len || !ISALPHA(b[q]))
		return 0;
	for (g = 0; g < nx_nglue; g++)
		if (nx_word_eq(b + k, i - k, nx_glue[g], strlen(nx_glue[g]), 0))
			return 0;
	return 1;
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
		return upper ? name_code(b, k, i, len) : letters_around(b, k, i, len);
	}
	if (i > 1 && b[i - 1] == '-' && ISALPHA(b[i - 2])) {
		for (k = i - 1; k > 0 && ISALPHA(b[k - 1]) && i - k < 32; k--)
			if (b[k - 1] <= 'Z')
				upper = 1;
		return upper ? 2 : 0;
	}
	if (i > 0 && (b[i - 1] == '#' || (ISDIGIT(b[i - 1]))))
		return 2;
	/* <tweet tweet-id="7216...">: the value of a markup attribute */
	if (i > 1 && (b[i - 1] == '"' || b[i - 1] == '\'') && b[i - 2] == '=')
		return 1;
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

/* ------------------------------------------------- extended readings */


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
	end = rel ? nx_rel + nx_nrel : nx_pct_alone + nx_npct;
	for (; e < end; e++)	/* the first letter first: this runs often */
		if (LOWER(ps->p[0]) == (unsigned char)e->s[0] &&
		    (j = nx_phrase(ps, 0, e)) > 0)
			break;
	if (e == end)
		return 0;
	r->unit = e->unit;
	if (!rel) {
		r->kind = NX_PERCENT;
		r->vlen = 0;
		return j;
	}
	if (e->cls && nx_tok(ps, j)->sp == 1 && nx_tok_is(ps, j, "one")) {
		t = nx_tok(ps, j + 1);
		if (t->t == T_END || (t->t != T_WORD && t->t != T_NUM &&
		    t->t != T_DASH) || (t->sp == 1 &&
		    nx_in_tok_list(ps, j + 1, WS_AFTER_ONE)))
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
	ps->nwm = 0;
}

/* One call of nx_scan: the window and where the rows go. */
struct sc {
	struct nx *x;
	const char *win;
	const unsigned char *b;
	uint64_t base;
	size_t len;
	nx_emit_fn *emit;
	void *ctx;
};

/* Emit the reading r of win[s, e), the kinds option permitting. */
static void
report(const struct sc *sc, size_t s, size_t e, const struct res *r)
{
	const struct nx *x = sc->x;
	struct nx_num out;

	if (x->opt.kinds && !(x->opt.kinds & (1u << r->kind)) &&
	    !(r->money && (x->opt.kinds & (1u << NX_CURRENCY))))
		return;
	out.start = sc->base + s;
	out.end = sc->base + e;
	out.text = sc->win + s;
	out.value = x->value;
	out.valuelen = r->vlen;
	out.kind = r->kind;
	out.unit = r->unit ? r->unit : "";
	sc->emit(sc->ctx, &out);
}

/* What the scanner does at a candidate byte. */
enum { AT_SKIP, AT_PARSE, AT_ALONE };

/*
 * A number word glued to a small word before it, as feed text has them
 * ("ofone", "tofive"): the entry of the number word, its start in *start;
 * NULL when the word b[p, we) is none.
 */
static const struct lx *
glued(const unsigned char *b, size_t p, size_t we, size_t *start)
{
	const char *const *g;
	const struct lx *w;
	size_t gn;

	/* the cheap tests first */
	if (we - p < 5 || we - p > 16 ||
	    !(nx_gluefirst >> (LOWER(b[p]) - 'a') & 1))
		return NULL;
	for (g = nx_glue; *g; g++) {
		if (LOWER(b[p]) != (unsigned char)(*g)[0])
			continue;
		gn = strlen(*g);
		if (we - p < gn + 3 || !nx_word_eq(b + p, gn, *g, gn, 0))
			continue;
		w = nx_hot_find(b + p + gn, we - p - gn);
		if (!w || (w->type != W_NUM && w->type != W_ORD) ||
		    w->cls == K_SCALE || w->cls == K_DOZEN || w->cls == K_HUND ||
		    LOWER(b[p + gn]) != b[p + gn])
			continue;
		if (nx_set_has(WS_NOGLUE, (const char *)b + p, we - p))
			return NULL;	/* often, atone */
		*start = p + gn;
		return w;
	}
	return NULL;
}

/*
 * Does the grammar read nothing from the word w at start, which ends at
 * we, by the token after it alone?  The cases it tells are the failures
 * that cost a parse most often: "from the", "between the" (an amount must
 * follow, after one blank), "November election", "November," (a blank
 * then a day or a year), "U.S." (a currency word written before "$"),
 * "N." (digits glued to it).  It looks at most at the next word, cut as
 * nx_tok_cut cuts it within the view; 0 when it cannot tell.
 */
static int
reads_nothing(const struct sc *sc, const struct lx *w, size_t start,
    size_t we)
{
	const unsigned char *b = sc->b;
	size_t lim = start + (sc->len - start < NX_LOOKAHEAD ?
	    sc->len - start : NX_LOOKAHEAD), e;
	unsigned c, glued, spaced_word;

	if (we >= lim)	/* the view's end: no token after the word */
		return w->type == W_FROM || w->type == W_BETWEEN ||
		    w->type == W_MONTH || w->type == W_CUR;
	c = b[we];
	/* the next token glued to the word: an ASCII byte not a blank */
	glued = c < 0x80 && c != ' ' && c != '\t' && c != '\r' && c != '\n';
	/* one space, then a word of ASCII letters */
	spaced_word = c == ' ' && we + 1 < lim && ISALPHA(b[we + 1]);
	switch (w->type) {
	case W_FROM: case W_BETWEEN:
		if (glued)
			return 1;
		if (!spaced_word)
			return 0;
		e = nx_word_end(b, we + 1, lim);
		return nx_hot_find_in(b + we + 1, e - we - 1, lim - we - 1) ==
		    NULL;
	case W_MONTH:
		return spaced_word || (glued && c != '.' && c != '-' &&
		    c != '~');
	case W_CUR:
		if ((w->flags & F_DOLLAR) && (spaced_word || (glued &&
		    c != '$')))
			return 1;
		return (w->flags & F_AMTONLY) && !ISDIGIT(c) && c != '.';
	default:
		return 0;
	}
}

/*
 * The first letter at *p of a word that ends at we, which the screen
 * passed with the flags what: step over what is no number (a web
 * address, a relative position with -e, which is reported here) and say
 * whether the grammar reads from *start.
 */
static int
at_word(const struct sc *sc, size_t *p, size_t *start, size_t we,
    unsigned what, const struct nx_key *key, const struct lx **hw)
{
	const unsigned char *b = sc->b;
	struct nx *x = sc->x;
	const struct lx *w = NULL;
	size_t k;
	struct ps ps;
	struct res r;
	int j, article;

	if ((what & SCR_URL) && nx_url_at(b, *p, we, sc->len)) {
		/* a web address, to the next blank */
		for (k = *p; k < sc->len && k < *p + NX_LOOKAHEAD && b[k] > ' '; k++)
			;
		*p = k;
		return AT_SKIP;
	}
	if (x->opt.extended && (what & SCR_EXT) &&
	    (nx_relfirst >> (LOWER(b[*p]) - 'a') & 1)) {
		view_at(x, &ps, b, *p, sc->len);
		if ((j = extended_at(x, &ps, 1, &r)) > 0) {
			k = *p + ps.t[j - 1].e;
			report(sc, *p, k, &r);
			*p = k;
			return AT_SKIP;
		}
	}
	/*
	 * an article's key is read as its first row, W_A, whatever its case:
	 * nx_a_number decides before the row is looked up
	 */
	if ((article = (what & SCR_ARTICLE) != 0) &&
	    !nx_a_number(b, we, sc->len, *p)) {
		*p = we;
		return AT_SKIP;
	}
	if (what & (SCR_HOT | SCR_HOTCAP | SCR_CMP))
		w = nx_hot_of(key, b + *p, we - *p);
	if (!w && (!(what & SCR_GLUE) || !(w = glued(b, *p, we, start)))) {
		*p = we;
		return AT_ALONE;
	}
	if ((w->type == W_CMP && !x->opt.bounds) || (w->type == W_A &&
	    !article && !nx_a_number(b, we, sc->len, *p))) {
		*p = we;	/* the article: most often nothing follows */
		return AT_SKIP;
	}
	if (*start == *p && reads_nothing(sc, w, *start, we)) {
		*p = we;	/* as a parse that fails steps over it */
		return AT_ALONE;
	}
	*hw = w;
	return AT_PARSE;
}

/* A sign or a point: only right before digits, not inside a token. */
static int
sign_starts(const unsigned char *b, size_t p, size_t len)
{
	unsigned c = b[p];

	if (p + 1 >= len || !ISDIGIT(b[p + 1]) ||
	    (p > 0 && (ISALPHA(b[p - 1]) || ISDIGIT(b[p - 1]) ||
	    b[p - 1] == '.' || b[p - 1] == ',' || b[p - 1] == '-' ||
	    b[p - 1] == '/')))
		return 0;
	return !(c == '-' && p > 0 && b[p - 1] != ' ' && b[p - 1] != '(');
}

/* A percent sign alone, with the extended readings: reported here. */
static void
percent_alone(const struct sc *sc, size_t p)
{
	const unsigned char *b = sc->b;
	struct res r;

	if (sc->x->opt.extended && (p == 0 || (!ISALPHA(b[p - 1]) &&
	    !ISDIGIT(b[p - 1]) && b[p - 1] != '%')) &&
	    (p + 1 == sc->len || (!ISALPHA(b[p + 1]) &&
	    !ISDIGIT(b[p + 1]) && b[p + 1] != '%'))) {
		r.kind = NX_PERCENT;
		r.unit = "%";
		r.vlen = 0;
		report(sc, p, p + 1, &r);
	}
}

/*
 * May the symbol c (of class C_SYM) start a number by itself, so that the
 * screen must stop at it?  A sign or a point starts one only before a
 * digit, and the scan looks at the byte before each digit for it.
 */
int
nx_sym_starts(unsigned c, int extended, int bounds)
{
	switch (c) {
	case '.': case '-': case '+':
		return 0;
	case '%':
		return extended;
	case '<': case '>':
		return bounds;
	default:
		return 1;
	}
}

/* A symbol at *p: $, a sign, %, < >, or a lead byte of UTF-8. */
static int
at_symbol(const struct sc *sc, size_t *p)
{
	const unsigned char *b = sc->b;
	unsigned c = b[*p];
	int32_t cp;
	size_t i, k;

	switch (c) {
	case '$':
		return AT_PARSE;
	case '%':
		percent_alone(sc, *p);
		break;
	case '<': case '>':
		if (sc->x->opt.bounds)
			return AT_PARSE;
		break;
	case '.': case '-': case '+':
		if (sign_starts(b, *p, sc->len))
			return AT_PARSE;
		break;
	default:
		/* a lead byte: only currency symbols, fractions */
		k = u8_decode(b + *p, sc->len - *p, &cp);
		if (cp == NX_MINUS && *p + k < sc->len && ISDIGIT(b[*p + k]) &&
		    (*p == 0 || b[*p - 1] == ' ' || b[*p - 1] == '('))
			return AT_PARSE;
		if (nx_sym_before(cp))	/* quotation marks, dashes: not */
			for (i = 0; i < nx_nu8sym; i++)
				if (nx_u8sym[i].cp == cp && !nx_u8sym[i].after)
					return AT_PARSE;
		*p += k;
		return AT_SKIP;
	}
	(*p)++;
	return AT_SKIP;
}

/* The word read as nothing: a percent word alone (-e)? */
static size_t
alone(const struct sc *sc, size_t start, size_t p)
{
	struct ps ps;
	struct res r;
	int j;

	if (sc->x->opt.extended) {
		view_at(sc->x, &ps, sc->b, start, sc->len);
		if ((j = extended_at(sc->x, &ps, 0, &r)) > 0) {
			p = start + ps.t[j - 1].e;
			report(sc, start, p, &r);
		}
	}
	return p;
}

/*
 * Read the grammar at start (the candidate at p); report what it reads
 * and return where the scan goes on.  A word the scan has looked up (its
 * entry hw, its end we) is the view's first token as it is.
 */
static size_t
read_at(const struct sc *sc, size_t start, size_t p, int id,
    const struct lx *hw, size_t we)
{
	const unsigned char *b = sc->b;
	unsigned c = b[p];
	struct ps ps;
	struct res r;

	view_at(sc->x, &ps, b, start, sc->len);
	if (hw != NULL)
		nx_tok_word(&ps, we - start, hw);
	if (!nx_parse(sc->x, &ps, &r)) {
		/* step over the word or digits */
		if (nx_cls[c] & C_ALPHA)
			return alone(sc, start, nx_word_end(b, p, sc->len));
		if (nx_cls[c] & C_DIG) {
			while (p < sc->len && p < start + NX_LOOKAHEAD &&
			    ISDIGIT(b[p]))
				p++;
			return p;
		}
		return p + 1;
	}
	if (id == 2) {
		r.kind = NX_OTHER, r.unit = "";
		nx_name_number(sc->x, &r);
	}
	if (r.kind == NX_DATE || r.kind == NX_TIME ||
	    (r.kind == NX_OTHER && id != 2 && !r.named))
		r.vlen = 0;
	report(sc, start + ps.t[r.i0].s, start + ps.t[r.i1 - 1].e, &r);
	return start + ps.t[r.i1 - 1].e;
}

/* The end of the digits and separators between digits from p on. */
static size_t
digits_end(const unsigned char *b, size_t p, size_t len, size_t lim)
{
	while (p < len && p < lim && (ISDIGIT(b[p]) || ((b[p] == ',' ||
	    b[p] == '.') && p + 1 < len && ISDIGIT(b[p + 1]))))
		p++;
	return p;
}

/*
 * Does a number skipped to e go on past the window (b[0, len), not the
 * record's last)?  A separator at its end is decided by the next byte.
 */
static int
goes_on(const unsigned char *b, size_t e, size_t len, int final)
{
	return !final && (e == len || (e + 1 == len && (b[e] == ',' ||
	    b[e] == '.')));
}

/*
 * A number at p longer than the look-ahead: no row, never one of its
 * tail; x notes it for the tool's warning.  Where the scan goes on.
 */
static size_t
too_long(struct nx *x, const struct sc *sc, size_t p, int final)
{
	size_t e, q = p + NX_LOOKAHEAD - 1;

	/* the cheap test first: this runs at every number in digits */
	if (q >= sc->len || !(ISDIGIT(sc->b[q]) || sc->b[q] == ',' ||
	    sc->b[q] == '.'))
		return p;
	if ((e = digits_end(sc->b, p, sc->len, p + NX_LOOKAHEAD)) - p <
	    NX_LOOKAHEAD)
		return p;
	if (x->toolong++ == 0)
		x->toolong_at = sc->base + p;
	e = digits_end(sc->b, e, sc->len, sc->len);
	x->skipdigits = goes_on(sc->b, e, sc->len, final);
	return e;
}

/*
 * The next byte from p on that the scan reads (nx_cursor_next), or a
 * sign or a point right before digits that the screen leaves to the scan:
 * the one before the next digit, or before the first byte at lim.
 */
static size_t
next_at(struct nx_cursor *c, size_t p, size_t *we, unsigned *what)
{
	size_t q = nx_cursor_next(c, p, we, what), s = q < c->lim ? q : c->lim;
	const unsigned char *b = c->b;

	if (s > p && s < c->len && ISDIGIT(b[s]) && (b[s - 1] == '.' ||
	    b[s - 1] == '-' || b[s - 1] == '+')) {
		*what = 0;
		return s - 1;
	}
	return q;
}

uint64_t
nx_scan(struct nx *x, const char *win, uint64_t base, size_t len, int final,
    nx_emit_fn *emit, void *ctx)
{
	const struct sc sc = { x, win, (const unsigned char *)win, base, len,
	    emit, ctx };
	const unsigned char *b = sc.b;
	const struct lx *hw;
	struct nx_cursor cur;
	size_t p, q, we, lim, start;
	unsigned c, what;
	int id, act;

	if (x->pos < base)
		x->pos = base;
	p = (size_t)(x->pos - base);
	if (x->skipdigits) {
		p = digits_end(b, p, len, len);
		x->skipdigits = goes_on(b, p, len, final);
	}
	if (final)
		lim = len;
	else
		lim = len > NX_LOOKAHEAD ? len - NX_LOOKAHEAD : 0;
	q = p;
	if (p >= lim)	/* a short record's first piece: nothing to decide */
		goto done;
	nx_cursor_init(&cur, b, len, lim, &x->opt);
	while ((q = next_at(&cur, p, &we, &what)) < lim) {
		c = b[q];
		p = start = q;
		id = 0;
		hw = NULL;
		if (nx_cls[c] & C_ALPHA)
			act = at_word(&sc, &p, &start, we, what, cur.key, &hw);
		else if (nx_cls[c] & C_DIG) {
			act = AT_PARSE;
			if ((p = too_long(x, &sc, p, final)) > start) {
				if (x->skipdigits)
					break;	/* on in the next window */
				act = AT_SKIP;
			} else if ((id = ident(b, p, len)) == 1) {
				/* bounded, so pieces and whole text agree */
				while (p < len && p < start + NX_LOOKAHEAD &&
				    (ISDIGIT(b[p]) || ISALPHA(b[p])))
					p++;
				act = AT_SKIP;
			}
		} else if (nx_cls[c] & C_SYM)
			act = at_symbol(&sc, &p);
		else {
			/* over 0x7F, or a control byte the block folds with $ */
			p++;
			continue;
		}
		if (act == AT_ALONE && x->opt.extended)
			p = alone(&sc, start, p);
		else if (act == AT_PARSE)
			p = read_at(&sc, start, p, id, hw, we);
	}
done:
	if (q > p)
		p = q;
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

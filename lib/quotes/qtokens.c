/*
 * The speaker search's tokenizer, and the predicates on tokens that tell
 * a reporting verb, a style or a possessive; see toks.h.
 */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>	/* a compiler header, not a library */
#endif

#include "marks.h"
#include "toks.h"
#include "utf8.h"

/* The plain path, in line in the loops that read tokens (GCC, Clang). */
#if defined(__GNUC__) || defined(__clang__)
#define TK_HOT inline __attribute__((always_inline))
#else
#define TK_HOT inline
#endif

/*
 * A character that may join a word to the next one: - ' ’ . and the
 * hyphen U+2010.  Not lib/utf8's classes: ’ and ' join (Jordan’s) but the
 * modifier letter ʼ is a letter already, and the non-breaking hyphen
 * U+2011 was never a joiner here.
 */
static int
joiner(int32_t c)
{
	return c == '-' || c == '\'' || c == 0x2019 || c == '.' ||
	    c == 0x2010;
}

/* One load a byte in the inner loops: lib/utf8's table of every byte. */
#define ALNUM(b) (u8_ascii[b] & (U8_ALPHA | U8_DIGIT))
#define BLANK(b) (u8_ascii[b] & U8_BLANK)

/* The code point at p[j] (before p[end]) and its length. */
static size_t
cp_at(const unsigned char *p, size_t j, size_t end, int32_t *c)
{
	*c = p[j];
	return *c < 0x80 ? 1 : u8_decode(p + j, end - j, c);
}

/*
 * The end of the word whose first character, of l bytes, is at p[i]:
 * letters and digits, and a joiner between two of them.  *stop: the end
 * of what was read to tell where it ends.
 */
static size_t
word_end(const unsigned char *p, size_t i, size_t l, size_t end,
    size_t *stop)
{
	size_t j = i + l, seg = i, m;
	int32_t d, e2;

	for (;;) {
		while (j < end && ALNUM(p[j]))
			j++;
		if (j >= end)
			break;
		m = cp_at(p, j, end, &d);
		if (u8_isalnum(d)) {
			j += m;
			continue;
		}
		/* H.E. and U.S. join; said.Read does not. */
		if (d == '.' && j - seg > 1 && !(tk_digit(p[j - 1]) &&
		    j + 1 < end && tk_digit(p[j + 1])))
			break;
		if (!joiner(d) || j + m >= end)
			break;
		u8_decode(p + j + m, end - j - m, &e2);
		if (!u8_isalnum(e2))
			break;
		j += m;
		seg = j;
	}
	/*
	 * Where a plain ASCII character ends it, that one byte was read;
	 * a joiner, or a character outside ASCII, and the next one too.
	 */
	*stop = j < end && p[j] < 0x80 && !joiner(p[j]) ? j + 1 : j + 8;
	return j;
}

/* A word token from p[i] (its first character c, of l bytes). */
static size_t
word_tok(struct tok *t, const unsigned char *p, size_t i, size_t l,
    size_t end, int32_t c)
{
	size_t stop, j = word_end(p, i, l, end, &stop);

	t->kind = TK_WORD;
	t->cap = u8_isupper(c);
	/* Dr. Mr. H.E. U.S.: the period is no sentence end. */
	if (j < end && p[j] == '.') {
		size_t n = j - i;
		int dotted = memchr(p + i, '.', n) != NULL;

		/* (D-Ore.), R-Ky., : a state's short form before ) or , */
		if (dotted || (n == 1 && t->cap) ||
		    (qw_may(&qw_abbrev_shapes, (const char *)p + i, n) &&
		    qw_word_in(QW_ABBREV, (const char *)p + i, n, end - i)) ||
		    (t->cap && n <= 8 && j + 1 < end && (p[j + 1] == ')' ||
		    p[j + 1] == ',')))
			j++;
	}
	/* a character outside ASCII first: up to four bytes decoded */
	if (p[i] >= 0x80 && stop < i + 4)
		stop = i + 4;
	t->look = (unsigned char)(stop > j ? stop - j : 0);
	return j;
}

/*
 * A punctuation or mark token from p[i] (c, of l bytes); returns its
 * length, which is 2 for the marks `` and ''.
 */
static size_t
punct_tok(struct tok *t, const unsigned char *p, size_t i, size_t l,
    size_t end, int32_t c)
{
	int32_t pair = i + 1 < end ? qm_pair(p[i], p[i + 1]) : 0;

	if (pair != 0)
		c = pair, l = 2;
	t->kind = qm_is_mark(c) ? TK_MARK : TK_PUNCT;
	t->cp = c;
	/* the pair's second byte looked at; outside ASCII, four decoded */
	t->look = (unsigned char)(p[i] < 0x80 ? 2 - l : 4 - l);
	return l;
}

/* A token of kind at p[i], its other fields cleared. */
static void
token_at(struct tok *t, const struct qx_view *v, size_t i, int kind)
{
	t->s = v->base + i;
	t->kind = kind;
	t->cp = 0;
	t->cap = 0;
	t->cls = 0;
	t->look = 0;
}

/*
 * The ASCII bytes that are a token of one byte whatever follows them:
 * no letter, digit or space, no quotation mark and no first byte of a
 * pair of them (``, ''); derived from the marks table once.
 */
static unsigned char plain_punct[128];
/*
 * And the characters U+2000 to U+203F (E2 80 xx: the curly marks, the
 * dashes) that are a token of their own whatever follows them, as
 * TK_PUNCT + 1 or TK_MARK + 1; 0 for the others (spaces, U+2028).
 */
static unsigned char e280_kind[64];
static int plain_built;

static void
plain_init(void)
{
	unsigned b, c;
	int mark;
	int32_t cp;

	for (b = 0; b < 0x80; b++) {
		mark = qm_is_mark((int32_t)b);
		for (c = 0; c < 0x80 && !mark; c++)
			mark = qm_pair((unsigned char)b, (unsigned char)c) != 0;
		plain_punct[b] = !mark && !(u8_ascii[b] & (U8_SPACE |
		    U8_ALPHA | U8_DIGIT));
	}
	for (b = 0; b < 64; b++) {
		cp = 0x2000 + (int32_t)b;
		e280_kind[b] = u8_isspace(cp) || u8_isalnum(cp) ? 0 :
		    (unsigned char)((qm_is_mark(cp) ? TK_MARK : TK_PUNCT) + 1);
	}
	plain_built = 1;
}

/*
 * The end of the run of ASCII letters and digits from p[j], before
 * p[end]: 16 bytes a turn where 16 are left, as ALNUM tells them.
 */
static TK_HOT size_t
alnum_end(const unsigned char *p, size_t j, size_t end)
{
#ifdef __SSE2__
	/*
	 * Biased so that a signed compare tells a range: a digit is
	 * b + 0x50 below -118, a letter (b | 0x20) + 0x1F below -102; no
	 * other byte, those over 0x7F included, falls there.
	 */
	const __m128i dbias = _mm_set1_epi8(0x50), dlim = _mm_set1_epi8(-118),
	    fold = _mm_set1_epi8(0x20), lbias = _mm_set1_epi8(0x1F),
	    llim = _mm_set1_epi8(-102);
	unsigned m;

	while (j + 16 <= end) {
		__m128i b = _mm_loadu_si128((const __m128i *)(const void *)
		    (p + j));
		__m128i d = _mm_cmplt_epi8(_mm_add_epi8(b, dbias), dlim);
		__m128i l = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(b, fold),
		    lbias), llim);

		m = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(d, l)) & 0xFFFFu;
		if (m != 0) {
#if defined(__GNUC__) || defined(__clang__)
			return j + (unsigned)__builtin_ctz(m);
#else
			while (!(m & 1))
				m >>= 1, j++;
			return j;
#endif
		}
		j += 16;
	}
#endif
	while (j < end && ALNUM(p[j]))
		j++;
	return j;
}

/*
 * The end of the word of ASCII letters and digits at p[i], joined by -
 * and ' before another, with its look in *look, as word_tok reads it;
 * 0 where word_tok must read it (a byte outside ASCII, a period inside
 * the word or after one letter of it).
 */
/*
 * A character U+2000 to U+203F at p[j] (E2 80 xx) after a word's letter
 * or digit, as word_end reads it: 1 where it joins the word to the ASCII
 * letter or digit after it (’ and the hyphen U+2010, joiners), 2 where
 * it ends the word (a dash, a mark, the ’ of "ministers’ "), 0 where the
 * general path must tell (a space, what follows outside ASCII, the end).
 */
static TK_HOT int
e280_stop(const unsigned char *p, size_t j, size_t end)
{
	int32_t c;

	if (j + 3 >= end || p[j] != 0xE2 || p[j + 1] != 0x80 ||
	    (p[j + 2] & 0xC0) != 0x80 || e280_kind[p[j + 2] & 0x3F] == 0)
		return 0;
	c = 0x2000 + (p[j + 2] & 0x3F);
	if (!joiner(c))
		return 2;
	if (p[j + 3] >= 0x80)
		return 0;
	return ALNUM(p[j + 3]) ? 1 : 2;
}

static TK_HOT size_t
plain_word(const unsigned char *p, size_t i, size_t end, unsigned char *look)
{
	size_t j = i + 1, seg = i;
	int m;

	for (;;) {
		j = alnum_end(p, j, end);
		/* most words end at a space: the last test below, first */
		if (j < end && p[j] == ' ')
			return *look = 1, j;
		*look = 8;	/* a joiner or the end: its next byte read */
		if (j >= end)
			return j;
		if (p[j] >= 0x80) {
			/* ’ and – ” … after the word: as word_end reads them */
			if ((m = e280_stop(p, j, end)) == 0)
				return 0;
			if (m == 2)
				return j;
			seg = j += 3;
			continue;
		}
		if (p[j] == '-' || p[j] == '\'') {
			if (j + 1 < end && p[j + 1] >= 0x80)
				return 0;
			if (j + 1 >= end || !ALNUM(p[j + 1]))
				return j;
			seg = ++j;
		} else if (p[j] == '.') {
			/* "Lee." and "Gov.": the period of an abbreviation
			   and of "Ann Lee.)" is the word's */
			if (j - seg <= 1 || (tk_digit(p[j - 1]) && j + 1 < end &&
			    tk_digit(p[j + 1])))
				return 0;
			if ((qw_may(&qw_abbrev_shapes, (const char *)p + i,
			    j - i) && qw_word_in(QW_ABBREV, (const char *)p + i,
			    j - i, end - i)) ||
			    (p[i] >= 'A' && p[i] <= 'Z' && j - i <= 8 &&
			    j + 1 < end && (p[j + 1] == ')' || p[j + 1] == ',')))
				return *look = 7, j + 1;
			return j;
		} else {
			*look = 1;	/* any other ASCII byte ends it */
			return j;
		}
	}
}

/*
 * The plainest tokens, most of the text, read at a fraction of the
 * general path's cost: a word of ASCII letters and digits and one byte
 * of plain punctuation; the token is the one the general path gives,
 * fields and all.  Returns its end, or 0 for the general path.
 */
static TK_HOT size_t
plain_tok(struct tok *t, const unsigned char *p, uint64_t base, size_t i,
    size_t end)
{
	size_t j;

	if (ALNUM(p[i])) {
		if ((j = plain_word(p, i, end, &t->look)) == 0)
			return 0;
		t->kind = TK_WORD;
		t->cp = 0;
		t->cap = u8_ascii[p[i]] & U8_UPPER;	/* as u8_isupper */
	} else if (p[i] < 0x80 && plain_punct[p[i]]) {
		j = i + 1;
		t->kind = TK_PUNCT;
		t->cp = p[i];
		t->cap = 0;
		t->look = 1;
	} else if (p[i] < 0x80 && !(u8_ascii[p[i]] & (U8_SPACE | U8_ALPHA |
	    U8_DIGIT))) {
		/* " ' ` and the pairs `` '': as punct_tok has them */
		int32_t c = i + 1 < end ? qm_pair(p[i], p[i + 1]) : 0;

		j = i + 1 + (c != 0);
		if (c == 0)
			c = p[i];
		t->kind = qm_is_mark(c) ? TK_MARK : TK_PUNCT;
		t->cp = c;
		t->cap = 0;
		t->look = (unsigned char)(i + 2 - j);
	} else if (p[i] == 0xE2 && i + 2 < end && p[i + 1] == 0x80 &&
	    (p[i + 2] & 0xC0) == 0x80 && e280_kind[p[i + 2] & 0x3F] != 0) {
		/* “ ” ‘ ’ – —: as punct_tok has them, the next byte read */
		j = i + 3;
		t->kind = (unsigned char)(e280_kind[p[i + 2] & 0x3F] - 1);
		t->cp = 0x2000 + (p[i + 2] & 0x3F);
		t->cap = 0;
		t->look = 1;
	} else
		return 0;
	t->s = base + i;
	t->e = base + j;
	t->cls = 0;
	return j;
}

/*
 * The general path of step() from p[*ip]: blank runs with their line
 * feeds, paragraph breaks, words with joiners or outside ASCII, marks.
 */
static int
step_general(struct tok *t, const struct qx_view *v, size_t *ip, size_t end,
    int *nl)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t i = *ip, l;
	int32_t c;

	for (;;) {
		/* the blanks of ASCII first, at one byte each */
		for (;;) {
			while (i < end && BLANK(p[i]))
				i++;
			if (i >= end || p[i] != '\n' || *nl == 1)
				break;
			++*nl;
			i++;
		}
		if (i >= end) {
			*ip = i;
			return 0;
		}
		l = cp_at(p, i, end, &c);
		if (!u8_isspace(c))
			break;
		i += l;
		if (c == '\n' && ++*nl == 2) {
			token_at(t, v, i - 1, TK_PARA);
			t->e = t->s + 1;
			*ip = i;
			return 1;
		}
	}
	*nl = 0;
	/* Every field set, whatever the kind: rules test cp on any. */
	token_at(t, v, i, TK_WORD);
	if (u8_isalnum(c))
		i = word_tok(t, p, i, l, end, c);
	else
		i += punct_tok(t, p, i, l, end, c);
	t->e = v->base + i;
	*ip = i;
	return 1;
}

/*
 * The next token at or after p[*ip], before end, into *t: returns 1, or 0
 * when only blanks were left.  *nl counts the line feeds of the blank run
 * the tokenizer is in; a token at the second is a paragraph break.  With
 * plain, the plain tokens are read by plain_tok (tk_step); without, by
 * the general path alone (tk_step_any, for the test that they agree).
 * Small, so the loops that read tokens one after another take it in;
 * p and base are v's, which the loops keep in registers (a store to a
 * token might alias v's fields).
 */
static TK_HOT int
step(struct tok *t, const struct qx_view *v, const unsigned char *p,
    uint64_t base, size_t *ip, size_t end, int *nl, int plain)
{
	size_t i = *ip, l;

	while (i < end && BLANK(p[i]))
		i++;
	if (plain && i < end && (l = plain_tok(t, p, base, i, end)) != 0) {
		*nl = 0;
		*ip = l;
		return 1;
	}
	/* blanks are no line feed: the general path reads on alike */
	*ip = i;
	return step_general(t, v, ip, end, nl);
}

int
tk_step(struct tok *t, const struct qx_view *v, size_t *ip, size_t end,
    int *nl)
{
	if (!plain_built)
		plain_init();
	return step(t, v, (const unsigned char *)v->buf, v->base, ip, end, nl,
	    1);
}

int
tk_step_any(struct tok *t, const struct qx_view *v, size_t *ip, size_t end,
    int *nl)
{
	if (!plain_built)
		plain_init();
	return step(t, v, (const unsigned char *)v->buf, v->base, ip, end, nl,
	    0);
}


int
tk_read(struct tok *t, int max, const struct qx_view *v, size_t *ip, int *nl,
    uint64_t upto, int *stopped)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	uint64_t base = v->base, vend = v->base + v->len;
	size_t i = *ip, j;
	int n = *nl, m, k = 0;

	if (!plain_built)
		plain_init();
	*stopped = 0;
	while (k < max && base + i < upto) {
		j = i;
		m = n;
		if (!step(&t[k], v, p, base, &j, v->len, &m, 1) ||
		    t[k].s >= upto || t[k].e + t[k].look > vend) {
			*stopped = 1;
			break;
		}
		i = j;
		n = m;
		k++;
	}
	*ip = i;
	*nl = n;
	return k;
}

/*
 * The count of tokens is kept in a local, and each mode has its loop:
 * the loop's own work is a good part of a plain token's cost.  TK_LAST
 * drops the older half when TK_MAX are held and a byte more is left to
 * read, blank or not.
 */
void
tk_fresh(struct toks *ts, const struct qx_view *v, uint64_t from, uint64_t to,
    int mode)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	uint64_t base = v->base;
	size_t i = (size_t)(from - base), end = (size_t)(to - base);
	int nl = 0, n = 0;

	ts->v = v;
	if (!plain_built)
		plain_init();
	if (mode == TK_FIRST) {
		while (i < end && n < TK_MAX && step(&ts->t[n], v, p, base,
		    &i, end, &nl, 1))
			if (tk_stops(&ts->t[n++]))
				break;
		ts->n = n;
		return;
	}
	while (i < end) {
		if (n == TK_MAX) {
			memmove(ts->t, ts->t + TK_MAX / 2,
			    (TK_MAX - TK_MAX / 2) * sizeof ts->t[0]);
			n = TK_MAX - TK_MAX / 2;
		}
		if (!step(&ts->t[n], v, p, base, &i, end, &nl, 1))
			break;
		n++;
	}
	ts->n = n;
}

/* HE, H.E., HH: an abbreviated style, in capitals. */
int
tk_style_abbr(const struct toks *ts, int i)
{
	const char *p;
	size_t n;

	if (!tk_word(ts, i))
		return 0;
	p = tk_p(ts, i);
	n = tk_n(ts, i);
	return (n == 2 && p[0] == 'H' && (p[1] == 'E' || p[1] == 'H')) ||
	    (n == 4 && p[0] == 'H' && p[1] == '.' && (p[2] == 'E' ||
	    p[2] == 'H') && p[3] == '.');
}

/* A style before a name: His Highness, Her Excellency, HE. */
int
tk_styled(const struct toks *ts, int i)
{
	return tk_style_abbr(ts, i) || (tk_in(ts, i, QW_DET) &&
	    tk_in(ts, i + 1, QW_STYLE));
}

/* Qatar's, Jordan’s: a possessive, which a noun phrase goes on after. */
int
tk_possessive(const struct toks *ts, int i)
{
	const char *p;
	size_t n;
	int32_t c;

	if (!tk_word(ts, i))
		return 0;
	p = tk_p(ts, i);
	n = tk_n(ts, i);
	if (n <= 2 || p[n - 1] != 's')
		return 0;
	u8_decode_back((const unsigned char *)p, n - 1, &c);
	return c == '\'' || c == 0x2019;
}

/*
 * Does a verb rather than a noun seem to stand at i, after a lower-case
 * word: a past tense in -ed or a common irregular one?
 */
int
tk_pastlike(const struct toks *ts, int i)
{
	const char *p = tk_p(ts, i);
	size_t n = tk_n(ts, i);

	return (n > 3 && p[n - 2] == 'e' && p[n - 1] == 'd') ||
	    tk_in(ts, i, QW_PAST);
}

/*
 * Is token i a form of "be" that makes a passive (was, were, is, are,
 * be, been, being)?  By its length first: the word before every verb is
 * asked.
 */
static int
be_form(const struct toks *ts, int i)
{
	size_t n;

	if (!tk_word(ts, i) || (n = tk_n(ts, i)) < 2 || n > 5)
		return 0;
	switch (n) {
	case 2:
		return tk_is(ts, i, "is") || tk_is(ts, i, "be");
	case 3:
		return tk_is(ts, i, "was") || tk_is(ts, i, "are");
	case 4:
		return tk_is(ts, i, "were") || tk_is(ts, i, "been");
	default:
		return tk_is(ts, i, "being");
	}
}

int
tk_verb(const struct toks *ts, int i)
{
	int j;

	if (!tk_word(ts, i) || ts->t[i].cap)
		return 0;
	/*
	 * ",” Trump shot back.", "X fired back: “...”"; a particle that is
	 * a preposition too only after a person: ",” he went on.", not
	 * "the talks went on."
	 */
	if (tk_in(ts, i, QW_PHRASAL) && tk_in(ts, i + 1, QW_VPART) &&
	    !tk_word(ts, i + 2) && !tk_passive(ts, i - 1) &&
	    !tk_in(ts, i - 1, QW_DET | QW_PREP))
		return !tk_in(ts, i + 1, QW_PREP) || tk_cap(ts, i - 1) ||
		    tk_in(ts, i - 1, QW_PRONOUN);
	if (!tk_in(ts, i, QW_VERB))
		return 0;
	/*
	 * "the resolution submitted by the Arab Group": a participle; "X
	 * said by telephone" is not
	 */
	if (tk_is(ts, i + 1, "by") && !tk_in(ts, i + 2, QW_MEDIUM))
		return 0;
	/*
	 * "what he called “...”", "X called for “...”"; not "a plan
	 * called “...”" nor "he called it “...”", a name given.
	 */
	/*
	 * "Arab states", "member states", "36 states": a noun; "the
	 * report states that" is a verb, before that, a colon or a comma
	 */
	if (tk_is(ts, i, "states") && (tk_cap(ts, i - 1) ||
	    tk_is(ts, i - 1, "member") || (tk_word(ts, i - 1) &&
	    tk_digit((unsigned char)tk_p(ts, i - 1)[0])) ||
	    !(tk_is(ts, i + 1, "that") || tk_punct(ts, i + 1, ':') ||
	    tk_punct(ts, i + 1, ','))))
		return 0;
	/* "hailed the win as “...”"; not "hailed “historic” ties" */
	if (tk_is(ts, i, "hailed")) {
		for (j = i + 1; j < ts->n && j < i + 8 && tk_word(ts, j); j++)
			if (tk_is(ts, j, "as"))
				return 1;
		return 0;
	}
	if (tk_is(ts, i, "called"))
		return (tk_in(ts, i - 1, QW_PRONOUN) &&
		    tk_is(ts, i - 2, "what")) || tk_is(ts, i + 1, "on") ||
		    tk_is(ts, i + 1, "for");
	/*
	 * "was said", "the reports", "in remarks": not an attribution;
	 * "one said" is.
	 */
	if ((tk_in(ts, i - 1, QW_DET) && !tk_in(ts, i - 1, QW_ALONE)) ||
	    tk_in(ts, i - 1, QW_PREP) ||
	    be_form(ts, i - 1))
		return 0;
	return 1;
}

int
tk_passive(const struct toks *ts, int i)
{
	return tk_in(ts, i, QW_PASSIVE);
}

/* "as one diplomat put it" (the word at i is one) */
static TK_HOT int
put_it(const struct toks *ts, int i)
{
	size_t n = tk_n(ts, i);

	return (n == 3 || n == 4) &&
	    (tk_is(ts, i, "put") || tk_is(ts, i, "puts")) &&
	    tk_is(ts, i + 1, "it") && !tk_in(ts, i - 1, QW_DET);
}

/* tk_vp past its first look (toks.h): a word at i. */
int
tk_vp_word(const struct toks *ts, int i)
{
	if (!tk_in(ts, i, QW_VP))
		return put_it(ts, i);
	if (tk_verb(ts, i) || put_it(ts, i))
		return 1;
	if (tk_passive(ts, i))
		i++;
	return tk_in(ts, i, QW_QUOTING) && tk_is(ts, i + 1, "as") &&
	    tk_is(ts, i + 2, "saying");
}

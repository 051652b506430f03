/*
 * The names a record gives (-p), read from its text before each
 * quotation into the table of persons.c: every run of two or more
 * capitalised words that is no title, place or day, with the title or
 * the role next to it.  Each byte is read once: the text between the
 * names is stepped over 16 bytes at a time where SSE2 is there; the
 * text after a record's last quotation with a speaker, not at all
 * (pr_learn_later).
 */
#include <stdint.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "lex.h"
#include "marks.h"
#include "qpersons.h"
#include "speaker.h"
#include "utf8.h"

/* A role in lower-case words after the name at m: ", the health minister". */
static int
role_after(const struct toks *ts, int m)
{
	int c;

	if (!tk_punct(ts, m + 1, ',') || !tk_in(ts, m + 2, QW_DET))
		return -1;
	for (c = m + 3; c < m + 7 && tk_word(ts, c) && !ts->t[c].cap; c++)
		if (tk_in(ts, c, QW_TITLE) && !tk_word(ts, c + 1))
			return c;
	return -1;
}

/*
 * Is the word before the name at nb, within [b, nb), an abbreviated
 * title without its period after a title in full: a given name, as Gen
 * in "Defence Minister Gen Nakatani" (not "Gen. Ray Odierno")?
 */
static int
given_title(const struct toks *ts, int b, int nb)
{
	return nb - 2 >= b && tk_in(ts, nb - 1, QW_ABBREV) &&
	    tk_in(ts, nb - 2, QW_TITLE) &&
	    !tk_in(ts, nb - 2, QW_ABBREV) && tk_word(ts, nb - 2);
}

/*
 * A surname alone at m after its title ("Gov. Christie", "Senator
 * Graham", within [b, nb)): the title is the role of the person of
 * that name (pr_role).
 */
static void
surname_title(struct qx *x, const struct toks *ts, int b, int nb, int m)
{
	int t = nb - 1;

	if (m != nb || t < b)
		return;
	if (tk_punct(ts, t, '.') && t > b)
		t--;
	if (tk_in(ts, t, QW_TITLE) && ts->t[m].cap)
		pr_role(x, tk_p(ts, m), tk_n(ts, m), tk_p(ts, t), tk_n(ts, t));
}

/* The classes of a word that is no part of a person's name. */
#define PR_NOTNAME (QW_TITLE | QW_PLACE | QW_DAY | QW_TIME | QW_PRONOUN | \
	QW_DET | QW_STOP)

/*
 * The person named by the capitalised words [b, m], after the title
 * that spk_set() leaves out; the title, or a role in lower case before
 * or after the name, is the person's role.
 */
static void
learn_name(struct qx *x, const struct qx_view *v, const struct toks *ts,
    int b, int m)
{
	struct spk sp = { 0, 0, 0, 0 };
	int nb, i, g, r = -1;
	const char *p;

	/* the last word is read below whatever spk_set gives: first */
	if (tk_in(ts, m, PR_NOTNAME) && !tk_in(ts, m, QW_NAMEPART))
		return;
	spk_set(&sp, ts, b, m);
	for (nb = b; nb < m && ts->t[nb].s < sp.s; nb++)
		;
	g = given_title(ts, b, nb);
	nb -= g;
	if (m - nb < 1) {
		surname_title(x, ts, b, nb, m);
		return;
	}
	/* "Donald Trump's plan": the name without the 's */
	if (tk_possessive(ts, m))
		sp.e -= tk_p(ts, m)[tk_n(ts, m) - 2] == '\'' ? 2 : 4;
	for (i = nb + g; i <= m; i++)
		if (tk_in(ts, i, PR_NOTNAME) && !tk_in(ts, i, QW_NAMEPART))
			return;
	while (nb < m && tk_in(ts, nb, QW_ROLEWORD))
		nb++;
	if (m - nb < 1)
		return;
	sp.s = ts->t[nb].s;
	p = v->buf + (sp.s - v->base);
	if (memchr(p, '\n', (size_t)(sp.e - sp.s)) != NULL)
		return;
	if (nb > b && tk_in(ts, nb - 1, QW_TITLE | QW_ROLEWORD))
		r = nb - 1;
	else if (b > 0 && tk_word(ts, b - 1) && !ts->t[b - 1].cap &&
	    tk_in(ts, b - 1, QW_TITLE))
		r = b - 1;
	/* "Gov. Chris Christie": the abbreviation before its period */
	else if (b > 1 && tk_punct(ts, b - 1, '.') && tk_in(ts, b - 2,
	    QW_TITLE) && tk_in(ts, b - 2, QW_ABBREV))
		r = b - 2;
	else if (b > 0 && tk_in(ts, b - 1, QW_TITLE) &&
	    tk_in(ts, b - 1, QW_ABBREV))
		r = b - 1;
	else
		r = role_after(ts, m);
	pr_add(x, p, (size_t)(sp.e - sp.s), r < 0 ? "" : tk_p(ts, r),
	    r < 0 ? 0 : tk_n(ts, r));
}

/* Every name of two or more capitalised words in the tokens. */
static void
learn_names(struct qx *x, const struct qx_view *v, const struct toks *ts)
{
	int i = 0, b;

	while (i < ts->n) {
		if (!tk_cap(ts, i)) {
			i++;
			continue;
		}
		b = i;
		while (i + 1 < ts->n && (tk_cap(ts, i + 1) ||
		    (tk_cap(ts, i + 2) && tk_in(ts, i + 1, QW_NAMEPART))))
			i++;
		/* "But Ann Lee", "The Minister": not the name's start */
		while (b < i && tk_in(ts, b, QW_LEAD | QW_OPENER | QW_DET |
		    QW_ASIDE | QW_DAY))
			b++;
		if (i - b >= 1 && i - b < 8)
			learn_name(x, v, ts, b, i);
		i++;
	}
}

/*
 * The classes of a byte for the screen: a byte of a word (ASCII letters,
 * digits and joiners, and any of a character outside ASCII) and one that
 * may start a capitalised word.  Set by notable_init.
 */
enum { BC_WORD = 1, BC_CAP = 2 };
static unsigned char bclass[256];

static int
word_byte(unsigned char b)
{
	return bclass[b] & BC_WORD;
}

static int
cap_byte(unsigned char b)
{
	return bclass[b] & BC_CAP;
}

/* The start of the word after the one at p[i], or n. */
static size_t
next_word(const char *p, size_t i, size_t n)
{
	size_t w = i;

	while (i < n && word_byte((unsigned char)p[i]))
		i++;
	/* and the period of a short title: "Gov. Chris Christie" */
	if (i < n && p[i] == '.' && i - w <= 3 && cap_byte((unsigned char)p[w]))
		i++;
	while (i < n && (p[i] == ' ' || p[i] == '\t'))
		i++;
	return i;
}

/* Is p[j] a byte that may start a capitalised word, and starts one? */
static int
cap_start(const unsigned char *p, size_t j)
{
	return cap_byte(p[j]) && (j == 0 || !word_byte(p[j - 1]));
}

/*
 * The first byte of p[i, n) where a capitalised word starts (cap_start),
 * or n: the capitals 16 bytes at a time, and of those the ones after a
 * byte of no word.
 */
static size_t
cap_ahead(const unsigned char *p, size_t i, size_t n)
{
#ifdef __SSE2__
	const __m128i at = _mm_set1_epi8('@'), lb = _mm_set1_epi8('['),
	    bf = _mm_set1_epi8((char)0xBF), zero = _mm_setzero_si128();

	for (; i + 16 <= n; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)
		    (p + i));
		/* A-Z, and 0xC0 to 0xFF, below zero as signed bytes */
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_and_si128(_mm_cmpgt_epi8(v, at), _mm_cmplt_epi8(v, lb)),
		    _mm_and_si128(_mm_cmpgt_epi8(v, bf),
		    _mm_cmplt_epi8(v, zero))));

		for (; m != 0; m &= m - 1)
			if (cap_start(p, i + (size_t)__builtin_ctz(m)))
				return i + (size_t)__builtin_ctz(m);
	}
#endif
	for (; i < n; i++)
		if (cap_start(p, i))
			return i;
	return n;
}

/*
 * The first word in [i, n) that starts with a capital and has another
 * within its next two words ("Ann Lee", "Mohammed bin Salman"): only
 * there can learn_names find a name, so the text before it need not be
 * tokenized; n when there is none.
 */
static size_t
name_ahead(const char *p, size_t i, size_t n)
{
	size_t w, k;

	/* where i begins none, no capitalised word starts before k */
	for (;; i = k) {
		i = cap_ahead((const unsigned char *)p, i, n);
		if (i >= n)
			return n;
		w = next_word(p, i, n);
		if (w < n && cap_byte((unsigned char)p[w]))
			return i;
		k = next_word(p, w, n);
		if (w < n && k > w && k < n && cap_byte((unsigned char)p[k]))
			return i;
	}
}

/* The start of the word before the one at p[i], not before lo. */
static size_t
word_back(const char *p, size_t lo, size_t i)
{
	while (i > lo && (p[i - 1] == ' ' || p[i - 1] == '\t'))
		i--;
	while (i > lo && word_byte((unsigned char)p[i - 1]))
		i--;
	return i;
}

/* A token of no kind learn_names reads, for the text [i, j) left out. */
static void
token_gap(struct tok *t, const struct qx_view *v, size_t i, size_t j)
{
	memset(t, 0, sizeof *t);
	t->kind = TK_PUNCT;
	t->s = v->base + i;
	t->e = v->base + j;
}

/*
 * The bytes where a token that learn_names reads may start: a capital,
 * any byte outside ASCII (a capital, a mark, a blank of its own), and
 * what may end a sentence for TK_FIRST (. ! ? a line feed, the first
 * byte of an ASCII quotation mark, from the marks table).  Between
 * them the text is words in lower case, digits and plain punctuation,
 * whose tokens only count.
 */
static unsigned char notable[256];

static void
notable_init(void)
{
	unsigned b, c;

	if (notable['A'])
		return;
	for (b = 0; b < 256; b++)
		notable[b] = (b >= 'A' && b <= 'Z') || b >= 0x80 || b == '.' ||
		    b == '!' || b == '?' || b == '\n' || b == '\'';
	for (b = 0; b < 0x80; b++)
		for (c = 0; c < 0x80 && !notable[b]; c++)
			notable[b] = qm_is_mark((int32_t)b) ||
			    qm_pair((unsigned char)b, (unsigned char)c) != 0;
	for (b = 0; b < 256; b++) {
		if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') ||
		    (b >= '0' && b <= '9') || b == '\'' || b == '-' || b >= 0x80)
			bclass[b] |= BC_WORD;
		if ((b >= 'A' && b <= 'Z') || b >= 0xC0)
			bclass[b] |= BC_CAP;
	}
}

/* The first notable byte of p[i, n), or n. */
static size_t
notable_ahead(const unsigned char *p, size_t i, size_t n)
{
	for (;;) {
#ifdef __SSE2__
		const __m128i a1 = _mm_set1_epi8('a' - 1),
		    z1 = _mm_set1_epi8('z' + 1), sp = _mm_set1_epi8(' ');

		/* words in lower case and blanks, 16 bytes at a time */
		for (; i + 16 <= n; i += 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)
			    (p + i));
			__m128i plain = _mm_or_si128(_mm_and_si128(
			    _mm_cmpgt_epi8(v, a1), _mm_cmplt_epi8(v, z1)),
			    _mm_cmpeq_epi8(v, sp));
			unsigned m = (unsigned)_mm_movemask_epi8(plain) ^ 0xFFFFu;

			if (m != 0) {
				i += (size_t)__builtin_ctz(m);
				break;
			}
		}
#endif
		for (; i < n && !notable[p[i]]; i++) {
#ifdef __SSE2__
			/* back to 16 at a time at a word in lower case */
			if (i + 16 <= n && p[i] >= 'a' && p[i] <= 'z')
				break;
#endif
		}
		if (i >= n || notable[p[i]])
			return i;
	}
}

static int
blank_byte(unsigned char b)
{
	return u8_ascii[b] & U8_SPACE;
}

/*
 * The start of the blank-separated piece PR_BEFORE pieces before the
 * one that holds p[q], not before i: a token starts there, whatever the
 * tokenizer read before it, and the token learn_name looks at before a
 * capitalised word (a role in lower case, "Gov") lies after it.  One
 * piece: its rule for the word before a period before the name (b - 2)
 * asks only where that period is a token, which ends the sentence, so
 * that no name follows it in the tokens learn_names reads.
 */
#define PR_BEFORE 1

/* The start of the piece that holds p[q], not before i. */
static size_t
piece_start(const unsigned char *p, size_t i, size_t q)
{
	while (q > i && !blank_byte(p[q - 1]))
		q--;
	return q;
}

static size_t
pieces_back(const unsigned char *p, size_t i, size_t q)
{
	int k;

	q = piece_start(p, i, q);
	for (k = 0; k < PR_BEFORE && q > i; k++) {
		while (q > i && blank_byte(p[q - 1]))
			q--;
		while (q > i && !blank_byte(p[q - 1]))
			q--;
	}
	return q;
}

/*
 * The tokens read after a capitalised word, as far as learn_names looks
 * on from the last word of a name: the next name word, or "bin" and the
 * one after it; after ", the" (role_after), the role and the word after
 * it.
 */
#define PR_TAIL 2
#define PR_ROLE 5

/* Does the token just read, n - 1, follow ", " after a capitalised word
   and stand for "the" or "a", where a role may follow? */
static int
role_ahead(const struct toks *ts)
{
	int n = ts->n;

	return n >= 3 && tk_punct(ts, n - 2, ',') && tk_cap(ts, n - 3) &&
	    tk_in(ts, n - 1, QW_DET);
}

enum { SP_LONG, SP_DONE, SP_PLAIN };

/*
 * The bits set in m, up to 3: pair_ahead only asks whether there are
 * more than 2, and __builtin_popcount without the POPCNT instruction is
 * a call into the compiler's library.
 */
static int
few_bits(unsigned m)
{
	int c = 0;

	for (; m != 0 && c < 3; c++)
		m &= m - 1;
	return c;
}

/*
 * Is there a byte that may start a capitalised word (a capital, a byte
 * outside ASCII) after p[q], a capital, in its piece or the two after
 * it?  Where none is, the capital at p[q] begins no name of two words.
 * The runs of blanks are counted 16 bytes at a time, up to the first
 * such byte.
 */
static int
pair_ahead(const unsigned char *p, size_t q, size_t n)
{
	unsigned run = 0;	/* the byte before i is a blank */
	int k = 0;		/* the runs of blanks since p[q] */
	size_t i = q + 1;

#ifdef __SSE2__
	const __m128i ht = _mm_set1_epi8('\t' - 1),
	    cr = _mm_set1_epi8('\r' + 1), sp = _mm_set1_epi8(' '),
	    at = _mm_set1_epi8('@'), lb = _mm_set1_epi8('['),
	    zero = _mm_setzero_si128();

	for (; i + 16 <= n; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)
		    (p + i));
		unsigned b = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_and_si128(_mm_cmpgt_epi8(v, ht), _mm_cmplt_epi8(v, cr)),
		    _mm_cmpeq_epi8(v, sp)));
		unsigned c = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_and_si128(_mm_cmpgt_epi8(v, at), _mm_cmplt_epi8(v, lb)),
		    _mm_cmplt_epi8(v, zero)));
		unsigned starts = b & ~((b << 1) | run);

		if (c != 0)
			return k + few_bits(starts &
			    ((1u << __builtin_ctz(c)) - 1)) <= 2;
		k += few_bits(starts);
		if (k > 2)
			return 0;
		run = b >> 15 & 1;
	}
#endif
	for (; i < n; i++) {
		if (blank_byte(p[i])) {
			if (!run && ++k > 2)
				return 0;
			run = 1;
		} else if ((p[i] >= 'A' && p[i] <= 'Z') || p[i] >= 0x80)
			return 1;
		else
			run = 0;
	}
	return 0;
}

/*
 * Is the character outside ASCII at p[q] no letter, digit or space (a
 * quotation mark, an apostrophe, a dash)?  It begins no word: where it
 * starts a token, the token is itself, and a name after it has that
 * token before it, so the pieces before it need not be read.
 */
static int
sign_at(const unsigned char *p, size_t q, size_t n)
{
	int32_t c;

	u8_decode(p + q, n - q, &c);
	return !u8_isalnum(c) && !u8_isspace(c);
}

/*
 * Where to tokenize from for the notable byte p[q], the text from i
 * being read: PR_BEFORE pieces before a capital that may begin a name,
 * or a byte outside ASCII; the start of the piece of what may end a
 * sentence.  A capital that begins no name, in a piece where nothing
 * else is notable, is passed over: SIZE_MAX, and *look after its piece.
 */
static size_t
notable_from(const unsigned char *p, size_t i, size_t q, size_t n,
    size_t *look)
{
	size_t e;

	if ((p[q] >= 0x80 && !sign_at(p, q, n)) || (p[q] >= 'A' &&
	    p[q] <= 'Z' && pair_ahead(p, q, n)))
		return pieces_back(p, i, q);
	if (p[q] >= 'A' && p[q] <= 'Z') {
		for (e = q + 1; e < n && !blank_byte(p[e]) && !notable[p[e]];
		    e++)
			;
		if (e >= n || blank_byte(p[e])) {
			*look = e;
			return SIZE_MAX;
		}
	}
	return piece_start(p, i, q);
}

/*
 * Is the period at p[q] the end of a sentence after a word of ASCII
 * lower-case letters, the piece from p[s] ("were transferred."), as
 * tokenize() reads them: the word a token, no abbreviation (QW_ABBREV,
 * whose period is its own), and the period one?  The two tokens give
 * learn_names nothing, so one gap token stands for them where no name
 * is being read.
 */
static int
plain_period(const unsigned char *p, size_t s, size_t q, size_t lim,
    size_t end)
{
	size_t k;

	if (q - s < 2 || q + 1 >= lim || !blank_byte(p[q + 1]) ||
	    (s > 0 && !blank_byte(p[s - 1])))
		return 0;
	for (k = s; k < q; k++)
		if (p[k] < 'a' || p[k] > 'z')
			return 0;
	return !qw_word_in(QW_ABBREV, (const char *)p + s, q - s, end - s);
}

/*
 * The sentence from p[from] on as tokenize(TK_FIRST) gives it, but for
 * the stretches between the tokens learn_names reads (PR_BEFORE pieces
 * before a notable byte, PR_TAIL tokens after a capitalised word),
 * which are not tokenized and stand as one gap token each (no word, no
 * mark): so it learns the same names from them at a fraction of the
 * cost.  SP_DONE: the tokens end where the sentence does; SP_PLAIN:
 * only plain text follows up to end, where no name can start; SP_LONG:
 * the sentence may hold more than TK_MAX tokens, where tokenize would
 * cut it, so it is to be tokenized whole.
 */
static int
sparse_sentence(struct toks *ts, const struct qx_view *v, size_t from,
    size_t end)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t i = from, lim = end - from > TK_MAX ? from + TK_MAX : end, q, s;
	size_t look = from;
	int nl = 0, tail = 0;
	struct tok *t;

	ts->n = 0;
	ts->v = v;
	for (;;) {
		if (tail == 0) {
			q = notable_ahead(p, look > i ? look : i, lim);
			if (q >= lim)
				return lim < end ? SP_LONG : SP_PLAIN;
			s = notable_from(p, i, q, lim, &look);
			if (s == SIZE_MAX)
				continue;
			while (i < s && blank_byte(p[i]))
				i++;
			if (i < s) {
				token_gap(&ts->t[ts->n++], v, i, s);
				i = s;
				nl = 0;
			}
			if (ts->n < TK_MAX && p[q] == '.' &&
			    plain_period(p, s, q, lim, end)) {
				token_gap(&ts->t[ts->n++], v, s, q + 1);
				return SP_DONE;
			}
		}
		if (ts->n >= TK_MAX)
			return SP_LONG;
		t = &ts->t[ts->n];
		if (!tk_step(t, v, &i, end, &nl))
			return SP_DONE;
		ts->n++;
		if (t->e - (v->base + from) > TK_MAX)
			return SP_LONG;
		if (tk_stops(t))
			return SP_DONE;
		if (tail > 0)
			tail--;
		if (t->kind == TK_WORD && t->cap && tail < PR_TAIL)
			tail = PR_TAIL;
		else if (t->kind == TK_WORD && tail < PR_ROLE && role_ahead(ts))
			tail = PR_ROLE;
	}
}

/*
 * Read the names in [x->pr_seen, to), before the window lets that text
 * go (qx_scan): an article names most persons in its first paragraphs,
 * long before their quotations.  Only the sentences where two capitals
 * meet are read, from two words before them (a role in lower case
 * before a name is one word), and of those only the tokens near a
 * capital (sparse_sentence), so the rest of the text costs one scan.
 */
void
pr_learn_span(struct qx *x, const struct qx_view *v, uint64_t lo, uint64_t to)
{
	struct toks ts;
	size_t end = (size_t)(to - v->base), at, from;
	int how;

	notable_init();
	while (lo < to) {
		at = name_ahead(v->buf, (size_t)(lo - v->base), end);
		if (at >= end)
			break;
		from = word_back(v->buf, (size_t)(lo - v->base),
		    word_back(v->buf, (size_t)(lo - v->base), at));
		how = sparse_sentence(&ts, v, from, end);
		if (how == SP_LONG)
			tk_fresh(&ts, v, v->base + from, to, TK_FIRST);
		if (ts.n == 0)
			break;
		learn_names(x, v, &ts);
		if (how == SP_PLAIN)
			break;
		lo = ts.t[ts.n - 1].e > v->base + at ? ts.t[ts.n - 1].e :
		    v->base + at + 1;
	}
}

/*
 * The last place in [keep, safe) where no name can be cut, just after
 * a line break or the period of a sentence that ends in a word in lower
 * case ("Gov. Chris Christie" is one name, "said. Chris" two): so the
 * names read are the same however the input is cut into pieces.  keep
 * where there is none; the text before it is let go.
 */
static uint64_t
name_break(const struct qx_view *v, uint64_t keep, uint64_t safe)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t i = (size_t)(safe - v->base), l = (size_t)(keep - v->base);

	size_t w;

	for (; i > l; i--) {
		if (p[i - 1] == '\n')
			return v->base + i;
		if (p[i - 1] != ' ' || i - l < 3 || p[i - 2] != '.')
			continue;
		for (w = i - 2; w > l && tk_alpha(p[w - 1]); w--)
			;
		if (w < i - 2 && p[w] >= 'a' && p[w] <= 'z')
			return v->base + i;
	}
	return keep;
}

/*
 * The deferred spans: the names of a span of text are read as
 * pr_learn_span reads them in the window, with the span's own ends, but
 * only when a quotation is to be resolved after it (pr_learn_flush): the
 * text after a record's last quotation with a speaker, most of what
 * pr_learn is given, is never read.  pr_learn_span reads no byte of a
 * span but [lo, to) and the one before lo, where lo is not the window's
 * first, so a copy of those bytes gives the same names.
 */
static struct qx_defer *
defer_of(struct qx *x)
{
	struct qx_defer *d = &x->pr_defer;

	if (d->rec != x->tok_rec) {
		d->rec = x->tok_rec;
		d->n = 0;
		d->len = 0;
	}
	return d;
}

void
pr_learn_flush(struct qx *x)
{
	struct qx_defer *d = defer_of(x);
	const struct qx_span *sp;
	struct qx_view w;
	int k;

	memset(&w, 0, sizeof w);
	for (k = 0; k < d->n; k++) {
		sp = &d->span[k];
		/* the window starts at lo or just before it, as it did */
		w.base = sp->edge ? sp->lo : sp->lo - 1;
		w.buf = d->text + sp->off;
		w.len = (size_t)(sp->to - w.base);
		pr_learn_span(x, &w, sp->lo, sp->to);
	}
	d->n = 0;
	d->len = 0;
}

void
pr_learn_later(struct qx *x, const struct qx_view *v, uint64_t lo,
    uint64_t to)
{
	struct qx_defer *d = defer_of(x);
	struct qx_span *sp;
	int edge = lo == v->base;
	uint64_t from = edge ? lo : lo - 1;
	size_t n = (size_t)(to - from);

	if (lo >= to)
		return;
	if (d->n == QX_DEFER_SPANS || d->len + n > QX_DEFER)
		pr_learn_flush(x);
	/* too long to keep: read now, after the ones kept */
	if (n > QX_DEFER) {
		pr_learn_span(x, v, lo, to);
		return;
	}
	sp = &d->span[d->n++];
	sp->lo = lo;
	sp->to = to;
	sp->off = d->len;
	sp->edge = edge;
	memcpy(d->text + d->len, v->buf + (from - v->base), n);
	d->len += n;
}

void
pr_learn(struct qx *x, const struct qx_view *v, uint64_t keep, uint64_t safe)
{
	uint64_t to = name_break(v, keep, safe), lo;

	if (to <= x->pr_seen)
		return;
	lo = x->pr_seen > v->base ? x->pr_seen : v->base;
	pr_learn_later(x, v, lo, to);
	x->pr_seen = to;
}

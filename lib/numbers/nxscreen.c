/*
 * The screen: which bytes and words of the text the scanner must look
 * at.  Most of a news text is words that start no number (the, of,
 * said), so the scanner takes it 64 bytes at a time: a mask of its
 * letters, of the first letters of its words, of its digits and of the
 * symbols that may start a number (SSE2 where the compiler has it, a
 * table of bytes else).  Each word is then looked up once, by a key of
 * its letters folded to lower case: a bit filter says no for almost every
 * word, and a table of keys says for the rest what the word can start.
 *
 * The keys are derived from the tables at nx_init, never kept by hand:
 * the first word of each row of nx_hot (with the rows of nx_hot that
 * start with it, for nx_hot_find), each small word of nx_glue glued to a
 * number word of nx_hot (ofone), the relative positions and percent words
 * of the extended readings, the words that start a web address, and the
 * units that make "a" a number (a decade).  A word the screen passes is
 * read by the same code as before; a word it stops is one that code would
 * have stepped over, so the screen changes no output.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>	/* a compiler header, not a library */
#endif

#include "lex.h"
#include "numbers.h"
#include "nx.h"

/* Keys: the longest word a key holds, the room for keys. */
#define KEYMAX 16
#define NKEYS 4096
#define FILTER_BITS 16

struct key {
	uint64_t lo, hi;	/* the letters folded, zero padded */
	unsigned char n, what;
	unsigned short hot, nhot;	/* its rows: hot_rows[hot, hot + nhot) */
};

static struct key keys[NKEYS];
static size_t nkeys;
static uint16_t slot[2 * NKEYS];	/* key + 1, 0 empty */
static uint32_t smask;
static uint64_t filter[(1u << FILTER_BITS) / 64];
static uint16_t hot_rows[NX_HOTMAX];
static int overflow;
/* A key longer than KEYMAX was wanted: longer words go the slow way. */
static int longkeys;

/* The byte sets of nx_block, by nx_evset_of's options. */
static struct nx_evset evsets[4];

/* Words that start a web address, and what must follow them. */
static const struct {
	const char *w, *after;
} url_words[] = { { "http", "://" }, { "https", "://" }, { "www", "." } };

/* ------------------------------------------------------------ keys */

static const unsigned char firstmask[16] = {
	255, 255, 255, 255, 255, 255, 255, 255, 0, 0, 0, 0, 0, 0, 0, 0
};

/* A mask of the first k (0 to 8) bytes of a word in memory. */
static inline uint64_t
first_bytes(size_t k)
{
	uint64_t m;

	memcpy(&m, firstmask + 8 - k, 8);
	return m;
}

/*
 * The key of the n letters at p (1 <= n <= KEYMAX), 16 bytes readable:
 * or-ing 0x20 folds an ASCII letter to lower case.
 */
static inline uint32_t
key_of(const unsigned char *p, size_t n, uint64_t *lo, uint64_t *hi)
{
	const uint64_t fold = UINT64_C(0x2020202020202020);
	uint64_t a, b = 0;

	memcpy(&a, p, 8);
	if (n > 8) {
		memcpy(&b, p + 8, 8);
		b = (b | fold) & first_bytes(n - 8);
		a |= fold;
	} else
		a = (a | fold) & first_bytes(n);
	*lo = a;
	*hi = b;
	return (uint32_t)(((a ^ ((b + n) * UINT64_C(0xC2B2AE3D27D4EB4F))) *
	    UINT64_C(0x9E3779B97F4A7C15)) >> 32);
}

static inline int
filter_has(uint32_t h)
{
	return filter[h >> (32 + 6 - FILTER_BITS)] >> (h >> (32 - FILTER_BITS) & 63) & 1;
}

static inline const struct key *
key_find(uint64_t lo, uint64_t hi, size_t n, uint32_t h)
{
	uint32_t k;
	const struct key *e;

	for (k = h & smask; slot[k] != 0; k = (k + 1) & smask) {
		e = &keys[slot[k] - 1];
		if (e->lo == lo && e->hi == hi && e->n == n)
			return e;
	}
	return NULL;
}

/* The key of p[0, n) wherever it lies: copied, so no byte past n is read. */
static const struct key *
find_any(const unsigned char *p, size_t n)
{
	unsigned char buf[KEYMAX];
	uint64_t lo, hi;
	uint32_t h;

	if (n == 0 || n > KEYMAX)
		return NULL;
	memset(buf, 0, sizeof buf);
	memcpy(buf, p, n);
	h = key_of(buf, n, &lo, &hi);
	return filter_has(h) ? key_find(lo, hi, n, h) : NULL;
}

/* Add the flags what to the key of p[0, n); the key, or NULL. */
static struct key *
key_add(const char *p, size_t n, unsigned what)
{
	unsigned char buf[KEYMAX];
	uint64_t lo, hi;
	uint32_t h, k;
	struct key *e;

	if (n == 0)
		return NULL;
	if (n > KEYMAX) {
		longkeys = 1;
		return NULL;
	}
	memset(buf, 0, sizeof buf);
	memcpy(buf, p, n);
	h = key_of(buf, n, &lo, &hi);
	if ((e = (struct key *)key_find(lo, hi, n, h)) == NULL) {
		if (nkeys == NKEYS) {
			overflow = 1;
			return NULL;
		}
		e = &keys[nkeys++];
		e->lo = lo;
		e->hi = hi;
		e->n = (unsigned char)n;
		for (k = h & smask; slot[k] != 0; k = (k + 1) & smask)
			;
		slot[k] = (uint16_t)nkeys;
		filter[h >> (32 + 6 - FILTER_BITS)] |=
		    UINT64_C(1) << (h >> (32 - FILTER_BITS) & 63);
	}
	e->what |= (unsigned char)what;
	return e;
}

/* The length of the first word of s. */
static size_t
first_len(const char *s)
{
	size_t n;

	for (n = 0; s[n] != '\0' && s[n] != ' '; n++)
		;
	return n;
}

/* What a row of nx_hot makes of its first word. */
static unsigned
hot_what(const struct lx *w)
{
	unsigned f;

	if (w->type == W_CMP)
		f = SCR_CMP;
	else if ((w->flags & F_CAP) || ((w->flags & F_EXACT) &&
	    w->s[0] >= 'A' && w->s[0] <= 'Z'))
		f = SCR_HOTCAP;
	else
		f = SCR_HOT;
	if (w->type == W_NUM || w->type == W_ORD || w->type == W_HALF ||
	    w->type == W_QUARTER)
		f |= SCR_AFTER_A;
	return f;
}

/* Is row i of nx_hot one that nx_hot_find may answer? */
static int
hot_row(size_t i)
{
	const struct lx *w = &nx_hot[i];

	if (w->n == 0 || w->type == 0)
		return 0;
	if (first_len(w->s) > NX_HOTLEN) {
		overflow = 1;
		return 0;
	}
	return 1;
}

/* The rows of nx_hot, by key, each key's in table order. */
static void
add_hot(void)
{
	struct key *e;
	size_t i, used = 0;

	if (nx_nhot > NX_HOTMAX) {
		overflow = 1;
		return;
	}
	for (i = 0; i < nx_nhot; i++)
		if (hot_row(i) && (e = key_add(nx_hot[i].s,
		    first_len(nx_hot[i].s), hot_what(&nx_hot[i]))) != NULL)
			e->nhot++;
	for (i = 0; i < nkeys; i++) {
		keys[i].hot = (unsigned short)used;
		used += keys[i].nhot;
		keys[i].nhot = 0;
	}
	for (i = 0; i < nx_nhot; i++)
		if (hot_row(i) && (e = key_add(nx_hot[i].s,
		    first_len(nx_hot[i].s), 0)) != NULL)
			hot_rows[e->hot + e->nhot++] = (uint16_t)i;
}

/* Each small word of nx_glue before each number word of nx_hot. */
static void
add_glued(void)
{
	char buf[2 * KEYMAX + 1];
	size_t g, i, gn, n;
	const struct lx *w;

	for (g = 0; g < nx_nglue; g++) {
		gn = strlen(nx_glue[g]);
		for (i = 0; i < nx_nhot; i++) {
			w = &nx_hot[i];
			n = first_len(w->s);
			if ((w->type != W_NUM && w->type != W_ORD) || n == 0 ||
			    gn + n > KEYMAX)
				continue;	/* glued() reads no longer word */
			memcpy(buf, nx_glue[g], gn);
			memcpy(buf + gn, w->s, n);
			key_add(buf, gn + n, SCR_GLUE);
		}
	}
}

static void
add_rows(const struct lx *rows, size_t n, unsigned what)
{
	size_t i;

	for (i = 0; i < n; i++)
		key_add(rows[i].s, first_len(rows[i].s), what);
}

/* The symbols that start a number, and the letters and digits. */
static void
build_evsets(void)
{
	unsigned c, o;
	size_t k;

	for (o = 0; o < 4; o++) {
		struct nx_evset *s = &evsets[o];
		int full = 0;

		k = 0;
		for (c = 0; c < 256; c++) {
			s->cls[c] = (unsigned char)(nx_cls[c] & C_ALPHA ? 1 :
			    nx_cls[c] & C_DIG ? 2 : 0);
			if (!(nx_cls[c] & C_SYM) || !nx_sym_starts(c, o & 1, o & 2))
				continue;
			s->cls[c] = 2;
			if (k < sizeof s->sym && !(c >= 0x80 && full))
				s->sym[k++] = (unsigned char)c;
			else if (c >= 0x80)
				full = 1;	/* every byte over 0x7F, then */
			else
				overflow = 1;
		}
		s->coarse = full;
		s->wide = k > 4;
		if (k == 0)
			s->sym[k++] = '0';	/* a digit: found anyway */
		for (; k < sizeof s->sym; k++)
			s->sym[k] = s->sym[k - 1];
	}
}

int
nx_screen_build(void)
{
	size_t i;

	smask = sizeof slot / sizeof slot[0] - 1;
	add_hot();
	add_glued();
	if (nx_nrel > 0)
		add_rows(nx_rel, nx_nrel, SCR_EXT);
	add_rows(nx_pct_alone, nx_npct, SCR_EXT);
	for (i = 0; i < sizeof url_words / sizeof url_words[0]; i++)
		key_add(url_words[i].w, strlen(url_words[i].w), SCR_URL);
	/* "a decade": a unit that is a power of ten of another */
	for (i = 0; i < nx_nsuf; i++)
		if (nx_suf[i].type == S_DIM && nx_suf[i].val > 0)
			key_add(nx_suf[i].s, first_len(nx_suf[i].s), SCR_AFTER_A);
	build_evsets();
	return overflow ? -1 : 0;
}

/* ------------------------------------------------------------ lookups */

unsigned
nx_screen_word(const unsigned char *p, size_t n)
{
	const struct key *e = find_any(p, n);

	return e ? e->what : 0;
}

const struct lx *
nx_hot_find(const unsigned char *p, size_t n)
{
	const struct key *e;
	const struct lx *w;
	size_t i;

	if (n == 0 || n > NX_HOTLEN || (e = find_any(p, n)) == NULL)
		return NULL;
	for (i = e->hot; i < (size_t)e->hot + e->nhot; i++) {
		w = &nx_hot[hot_rows[i]];
		/* the key folds with 0x20: make sure of the letters */
		if ((w->flags & F_EXACT) ? memcmp(p, w->s, n) != 0 :
		    !lex_eq((const char *)p, n, w->s, n))
			continue;
		if ((w->flags & F_CAP) && !(p[0] >= 'A' && p[0] <= 'Z'))
			continue;
		return w;
	}
	return NULL;
}

int
nx_url_at(const unsigned char *b, size_t p, size_t we, size_t len)
{
	size_t i, k, n = we - p;

	for (i = 0; i < sizeof url_words / sizeof url_words[0]; i++) {
		const char *a = url_words[i].after;

		if (!lex_eq((const char *)b + p, n, url_words[i].w,
		    strlen(url_words[i].w)))
			continue;
		for (k = 0; a[k] != '\0' && we + k < len && b[we + k] == a[k]; k++)
			;
		if (a[k] == '\0')
			return 1;
	}
	return 0;
}

const struct nx_evset *
nx_evset_of(const struct nx_opts *o)
{
	return &evsets[(o->extended ? 1 : 0) | (o->bounds ? 2 : 0)];
}

/* ------------------------------------------------------------ blocks */

size_t
nx_word_end(const unsigned char *b, size_t p, size_t len)
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

static inline unsigned
ctz64(uint64_t v)
{
#ifdef __GNUC__
	return (unsigned)__builtin_ctzll(v);
#else
	unsigned n = 0;

	while (!(v & 1)) {
		v >>= 1;
		n++;
	}
	return n;
#endif
}

#if defined __SSE2__ && defined __GNUC__
/* The letters and the bytes to look at of the 16 bytes at p. */
static inline void
block16(const unsigned char *p, const struct nx_evset *s, unsigned *alpha,
    unsigned *ev)
{
	const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i a, e;

	/* letters: as in nx_word_end; digits: c + 0x50 below -118 signed */
	a = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)),
	    _mm_set1_epi8(31)), _mm_set1_epi8(-102));
	e = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x50)),
	    _mm_set1_epi8(-118));
	e = _mm_or_si128(e, _mm_or_si128(
	    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)s->sym[0])),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)s->sym[1]))),
	    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)s->sym[2])),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)s->sym[3])))));
	if (s->wide)
		e = _mm_or_si128(e, _mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)s->sym[4])),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)s->sym[5]))),
		    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)s->sym[6])),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)s->sym[7])))));
	if (s->coarse)	/* signed: a byte over 0x7F is below zero */
		e = _mm_or_si128(e, _mm_cmplt_epi8(v, _mm_setzero_si128()));
	*alpha = (unsigned)_mm_movemask_epi8(a);
	*ev = (unsigned)_mm_movemask_epi8(e);
}
#endif

/* The masks of the block of 64 bytes from c->bb (the text ends at len). */
static void
load_block(struct nx_cursor *c, size_t bb)
{
	unsigned char tail[64];
	const unsigned char *p = c->b + bb;
	uint64_t alpha = 0, ev = 0;
	unsigned i;

	if (bb + 64 > c->len) {
		memset(tail, 0, sizeof tail);
		memcpy(tail, p, c->len - bb);
		p = tail;
	}
#if defined __SSE2__ && defined __GNUC__
	for (i = 0; i < 64; i += 16) {
		unsigned a, e;

		block16(p + i, c->set, &a, &e);
		alpha |= (uint64_t)a << i;
		ev |= (uint64_t)e << i;
	}
#else
	for (i = 0; i < 64; i++) {
		alpha |= (uint64_t)(c->set->cls[p[i]] & 1) << i;
		ev |= (uint64_t)(c->set->cls[p[i]] >> 1) << i;
	}
#endif
	c->bb = bb;
	c->alpha = alpha;
	/* a word's first letter, the byte before it no letter */
	ev |= alpha & ~(alpha << 1 | (bb > 0 && ISALPHA(c->b[bb - 1])));
	if (c->lim - bb < 64)
		ev &= (UINT64_C(1) << (c->lim - bb)) - 1;
	c->ev = ev;
}

void
nx_cursor_init(struct nx_cursor *c, const unsigned char *b, size_t len,
    size_t lim, const struct nx_opts *o)
{
	c->b = b;
	c->len = len;
	c->lim = lim;
	c->set = nx_evset_of(o);
	c->active = SCR_HOT | SCR_GLUE | SCR_URL | (o->bounds ? SCR_CMP : 0) |
	    (o->extended ? SCR_EXT : 0);
	c->bb = 0;
	c->ev = 0;
	c->loaded = 0;
}

/* The screen's flags for the word b[q, q + n), with these options. */
static inline unsigned
word_flags(const struct nx_cursor *c, size_t q, size_t n)
{
	const struct key *e;
	uint64_t lo, hi;
	uint32_t h;

	if (n > KEYMAX)
		return longkeys ? c->active : 0;
	if (q + 16 > c->len)
		e = find_any(c->b + q, n);
	else {
		h = key_of(c->b + q, n, &lo, &hi);
		if (!filter_has(h))
			return 0;
		e = key_find(lo, hi, n, h);
	}
	if (e == NULL)
		return 0;
	if ((e->what & c->active) || ((e->what & SCR_HOTCAP) &&
	    c->b[q] <= 'Z'))
		return e->what;
	return 0;
}

size_t
nx_cursor_next(struct nx_cursor *c, size_t p, size_t *we, unsigned *what)
{
	uint64_t ev, rest;
	size_t q, n, e;

	while (p < c->lim) {
		if (!c->loaded || p < c->bb || p >= c->bb + 64) {
			load_block(c, p);
			c->loaded = 1;
		}
		ev = c->ev & (~UINT64_C(0) << (p - c->bb));
		for (; ev != 0; ev &= ev - 1) {
			e = ctz64(ev);
			q = c->bb + e;
			if (!(c->alpha >> e & 1)) {
				*what = 0;
				*we = q;
				return q;
			}
			rest = ~c->alpha >> e;
			n = rest != 0 ? ctz64(rest) : 64 - e;
			if (n == 64 - e)	/* on past the block */
				n = nx_word_end(c->b, q + n, c->len) - q;
			if ((*what = word_flags(c, q, n)) != 0) {
				*we = q + n;
				return q;
			}
			p = q + n;	/* stepped over */
			if (e + n >= 64)
				break;
		}
		if (ev == 0) {	/* nothing more in the block */
			q = c->bb + 64 < c->lim ? c->bb + 64 : c->lim;
			if (p < q)
				p = q;
		}
	}
	return p;
}

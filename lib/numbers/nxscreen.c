/*
 * The screen: which bytes and words of the text the scanner must look
 * at.  Most of a news text is words that start no number (the, of,
 * said), so the scanner takes it 64 bytes at a time: a mask of its
 * letters, of the first letters of its words, of its digits and of the
 * symbols that may start a number (SSE2 where the compiler has it, a
 * table of bytes else).  One tight pass over the block's words turns
 * away those whose length is no key's under their first two bytes (the,
 * of, said); each word left is then looked up once, by a key of its
 * letters folded to lower case: a bit filter says no for almost every
 * word, and a table of keys says for the rest what the word can start.
 * A character of two or three bytes whose first two are no symbol's
 * (quotation marks, dashes) and an article with no blank after it are
 * stepped over too, as the scan would step over them.
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

struct nx_key {
	uint64_t lo, hi;	/* the letters folded, zero padded */
	unsigned char n, what;
	unsigned char c0, c1;	/* its first two letters */
	unsigned char plain;	/* letters only: equal keys are equal words */
	unsigned short hot, nhot;	/* its rows: hot_rows[hot, hot + nhot) */
};

static struct nx_key keys[NKEYS];
static size_t nkeys;
static uint16_t slot[2 * NKEYS];	/* key + 1, 0 empty */
static uint32_t smask;
static uint64_t filter[(1u << FILTER_BITS) / 64];
static uint16_t hot_rows[NX_HOTMAX];
/*
 * The lengths (a bit each) of the keys by their first two letters, the
 * first letter with its case: the first cheap test.  By the options of
 * nx_evset_of, the keys that count (a capital first letter makes the
 * keys of SCR_HOTCAP count), and [4] every key.  A key of one letter is
 * under every second letter.
 */
#define PAIR(c0, c1) (((unsigned)(c0) & 63) << 5 | ((unsigned)(c1) & 31))
static uint32_t pairs[5][64 * 32];
/* The same for the keys that make "a" a number (SCR_AFTER_A), any case. */
static uint32_t pairs_after_a[64 * 32];
/*
 * The same by the first two bytes of a word as they lie in memory, a
 * bit for each length less one (KEYMAX bits: 16, half the bytes of
 * pairs' entries, so the rows a text uses take fewer lines of the cache):
 * the first test of load_block, one load a word.  Built for a set of
 * options when a scan first uses it.
 */
static uint16_t reads[4][1u << 16];
_Static_assert(KEYMAX <= 16, "reads holds a bit for each key length");
static unsigned char reads_built[4];
static unsigned actives[4];	/* active_of(o), with reads[o] */
static int overflow;
/* A key longer than KEYMAX was wanted: longer words go the slow way. */
static int longkeys;

/* The symbols of nx_u8sym written before an amount: a bit by cp & 1023. */
static uint64_t u8before[1024 / 64];

/*
 * The characters of two or three bytes that may start a number (the
 * symbols of nx_u8sym written before an amount, the minus sign): a bit
 * for the second byte's low six under the lead byte's low six.  A
 * character of another pair of first bytes is stepped over by the
 * screen: quotation marks, dashes, no-break spaces.
 */
static uint64_t u8lead[64];

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

#define FOLD UINT64_C(0x2020202020202020)

/*
 * The hash of the n letters at p (1 <= n <= KEYMAX; 8 bytes readable),
 * from its first eight (folded into *lo: or-ing 0x20 folds an ASCII letter
 * to lower case) and its length: the filter needs no more.
 */
static inline uint32_t
key_head(const unsigned char *p, size_t n, uint64_t *lo)
{
	uint64_t a;

	memcpy(&a, p, 8);
	a = (a | FOLD) & first_bytes(n < 8 ? n : 8);
	*lo = a;
	return (uint32_t)((a * UINT64_C(0x9E3779B97F4A7C15) +
	    n * UINT64_C(0xC2B2AE3D27D4EB4F)) >> 32);
}

/* Letters 9 to 16 of the key, folded (16 bytes readable). */
static inline uint64_t
key_tail(const unsigned char *p, size_t n)
{
	uint64_t b;

	if (n <= 8)
		return 0;
	memcpy(&b, p + 8, 8);
	return (b | FOLD) & first_bytes(n - 8);
}

/* The key of the n letters at p, 16 bytes readable. */
static inline uint32_t
key_of(const unsigned char *p, size_t n, uint64_t *lo, uint64_t *hi)
{
	*hi = key_tail(p, n);
	return key_head(p, n, lo);
}

static inline int
filter_has(uint32_t h)
{
	return filter[h >> (32 + 6 - FILTER_BITS)] >>
	    (h >> (32 - FILTER_BITS) & 63) & 1;
}

static inline const struct nx_key *
key_find(uint64_t lo, uint64_t hi, size_t n, uint32_t h)
{
	uint32_t k;
	const struct nx_key *e;

	for (k = h & smask; slot[k] != 0; k = (k + 1) & smask) {
		e = &keys[slot[k] - 1];
		if (e->lo == lo && e->hi == hi && e->n == n)
			return e;
	}
	return NULL;
}

/* Is n a length of the keys whose first letters are c0, c1? */
static inline int
pair_has(const uint32_t *t, unsigned c0, unsigned c1, size_t n)
{
	return t[PAIR(c0, c1)] >> n & 1;
}

/*
 * The key of p[0, n) wherever it lies, room bytes readable from p: with
 * less than 16 a copy, so no byte past them is read.
 */
static const struct nx_key *
find_in(const unsigned char *p, size_t n, size_t room)
{
	unsigned char buf[KEYMAX];
	uint64_t lo, hi;
	uint32_t h;

	if (n == 0 || n > KEYMAX || !pair_has(pairs[4], p[0],
	    n > 1 ? p[1] : 0, n))
		return NULL;
	if (room < KEYMAX) {
		memset(buf, 0, sizeof buf);
		memcpy(buf, p, n);
		p = buf;
	}
	h = key_of(p, n, &lo, &hi);
	return filter_has(h) ? key_find(lo, hi, n, h) : NULL;
}


/* Add the flags what to the key of p[0, n); the key, or NULL. */
static struct nx_key *
key_add(const char *p, size_t n, unsigned what)
{
	unsigned char buf[KEYMAX];
	uint64_t lo, hi;
	uint32_t h, k;
	struct nx_key *e;

	if (n == 0)
		return NULL;
	if (n > KEYMAX) {
		longkeys = 1;
		return NULL;
	}
	memset(buf, 0, sizeof buf);
	memcpy(buf, p, n);
	h = key_of(buf, n, &lo, &hi);
	if ((e = (struct nx_key *)key_find(lo, hi, n, h)) == NULL) {
		if (nkeys == NKEYS) {
			overflow = 1;
			return NULL;
		}
		e = &keys[nkeys++];
		e->lo = lo;
		e->hi = hi;
		e->n = (unsigned char)n;
		e->c0 = (unsigned char)p[0];
		e->c1 = (unsigned char)(n > 1 ? p[1] : 0);
		for (e->plain = 1, k = 0; k < n; k++)
			if (((unsigned char)p[k] | 0x20) < 'a' ||
			    ((unsigned char)p[k] | 0x20) > 'z')
				e->plain = 0;
		for (k = h & smask; slot[k] != 0; k = (k + 1) & smask)
			;
		slot[k] = (uint16_t)nkeys;
		filter[h >> (32 + 6 - FILTER_BITS)] |=
		    UINT64_C(1) << (h >> (32 - FILTER_BITS) & 63);
	}
	e->what |= (unsigned char)what;
	return e;
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
	if (strcspn(w->s, " ") > NX_HOTLEN) {
		overflow = 1;
		return 0;
	}
	return 1;
}

/* The rows of nx_hot, by key, each key's in table order. */
static void
add_hot(void)
{
	struct nx_key *e;
	size_t i, used = 0;

	if (nx_nhot > NX_HOTMAX) {
		overflow = 1;
		return;
	}
	for (i = 0; i < nx_nhot; i++)
		if (hot_row(i) && (e = key_add(nx_hot[i].s,
		    strcspn(nx_hot[i].s, " "), hot_what(&nx_hot[i]))) != NULL)
			e->nhot++;
	for (i = 0; i < nkeys; i++) {
		keys[i].hot = (unsigned short)used;
		used += keys[i].nhot;
		keys[i].nhot = 0;
	}
	for (i = 0; i < nx_nhot; i++)
		if (hot_row(i) && (e = key_add(nx_hot[i].s,
		    strcspn(nx_hot[i].s, " "), 0)) != NULL)
			hot_rows[e->hot + e->nhot++] = (uint16_t)i;
}

/*
 * The keys that nx_hot_of reads as the article, whatever their case:
 * their first row is W_A, read in any case, and the key holds letters
 * only.  With no blank after it the article starts nothing (a_number),
 * which the screen then tells without the scan: "a"a"a...
 */
static void
mark_articles(void)
{
	const struct lx *w;
	size_t i;

	for (i = 0; i < nkeys; i++) {
		if (keys[i].nhot == 0 || !keys[i].plain)
			continue;
		w = &nx_hot[hot_rows[keys[i].hot]];
		if (w->type == W_A && !(w->flags & (F_EXACT | F_CAP)))
			keys[i].what |= SCR_ARTICLE;
	}
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
			n = strcspn(w->s, " ");
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
		key_add(rows[i].s, strcspn(rows[i].s, " "), what);
}

/* Is the byte c in s->sym[0, k)? */
static int
has_sym(const struct nx_evset *s, size_t k, unsigned c)
{
	while (k > 0)
		if (s->sym[--k] == c)
			return 1;
	return 0;
}

/*
 * The symbols that start a number, and the letters and digits.  The
 * block compares each byte with 0x20 or-ed in, as for its letters, so a
 * symbol stands for its pair too ($ and the control byte 0x04, the lead
 * bytes C2 and E2 of the pound and the euro): the other of a pair is no
 * letter, and the scan steps over a byte that starts nothing.
 */
static void
build_evsets(void)
{
	unsigned c, f, o;
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
			f = c | 0x20;
			if (has_sym(s, k, f) || (c >= 0x80 && full))
				continue;
			if (k < sizeof s->sym)
				s->sym[k++] = (unsigned char)f;
			else if (c >= 0x80)
				full = 1;	/* every byte over 0x7F, then */
			else
				overflow = 1;
		}
		s->coarse = full;
		s->nvec = k > 4 ? 8 : k > 2 ? 4 : 2;
		if (k == 0)
			s->sym[k++] = '0';	/* a digit: found anyway */
		for (; k < sizeof s->sym; k++)
			s->sym[k] = s->sym[k - 1];
		for (k = 0; k < sizeof s->sym; k++)
			memset(s->vec[k], s->sym[k], sizeof s->vec[k]);
	}
}

/* The flags that count for a word, with the options o of nx_evset_of. */
static unsigned
active_of(unsigned o)
{
	return SCR_HOT | SCR_GLUE | SCR_URL | (o & 1 ? SCR_EXT : 0) |
	    (o & 2 ? SCR_CMP : 0);
}

/* The key e under the second letter c1 in each table of pairs. */
static void
pair_add(const struct nx_key *e, unsigned c1)
{
	/* the first letter in lower case, then in capitals */
	unsigned o, c0 = (e->c0 & 31u) | 0x20;

	if (e->what & SCR_AFTER_A) {
		pairs_after_a[PAIR(c0, c1)] |= UINT32_C(1) << e->n;
		pairs_after_a[PAIR(c0 & 31, c1)] |= UINT32_C(1) << e->n;
	}
	for (o = 0; o < 5; o++) {
		if (o == 4 || (e->what & active_of(o)))
			pairs[o][PAIR(c0, c1)] |= UINT32_C(1) << e->n;
		if (o == 4 || (e->what & (active_of(o) | SCR_HOTCAP)))
			pairs[o][PAIR(c0 & 31, c1)] |= UINT32_C(1) << e->n;
	}
}

static void
build_pairs(void)
{
	const struct nx_key *e;
	unsigned c1;

	for (e = keys; e < keys + nkeys; e++)
		if (e->n > 1)
			pair_add(e, e->c1 & 31u);
		else
			for (c1 = 0; c1 < 32; c1++)
				pair_add(e, c1);
}

/*
 * The table reads[o], from pairs[o]: only a letter starts a word.  Never
 * inline: nx_cursor_init, once a record, would save registers for it.
 */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static void
build_reads(unsigned o)
{
	unsigned char two[2];
	uint16_t x;
	unsigned c0, c1;

	for (c0 = 'A'; c0 <= 'z'; c0++)
		for (c1 = 0; c1 < 256 && ISALPHA(c0); c1++) {
			two[0] = (unsigned char)c0;
			two[1] = (unsigned char)c1;
			memcpy(&x, two, 2);
			reads[o][x] = (uint16_t)(pairs[o][PAIR(c0, c1)] >> 1 &
			    ~(~UINT32_C(0) << KEYMAX));
		}
	actives[o] = active_of(o);
	reads_built[o] = 1;
}

/* The first two bytes of cp in UTF-8 in u8lead. */
static void
u8lead_add(int32_t cp)
{
	if (cp >= 0x80 && cp < 0x800)
		u8lead[(cp >> 6) & 63] |= UINT64_C(1) << (cp & 63);
	else if (cp >= 0x800 && cp < 0x10000)
		u8lead[0x20 | (cp >> 12)] |= UINT64_C(1) << (cp >> 6 & 63);
	else
		overflow = 1;	/* four bytes: not in u8lead's pairs */
}

int
nx_screen_build(void)
{
	size_t i;

	smask = sizeof slot / sizeof slot[0] - 1;
	add_hot();
	mark_articles();
	add_glued();
	if (nx_nrel > 0)
		add_rows(nx_rel, nx_nrel, SCR_EXT);
	add_rows(nx_pct_alone, nx_npct, SCR_EXT);
	for (i = 0; i < sizeof url_words / sizeof url_words[0]; i++)
		key_add(url_words[i].w, strlen(url_words[i].w), SCR_URL);
	/* "a decade": a unit that is a power of ten of another */
	for (i = 0; i < nx_nsuf; i++)
		if (nx_suf[i].type == S_DIM && nx_suf[i].val > 0)
			key_add(nx_suf[i].s, strcspn(nx_suf[i].s, " "),
			    SCR_AFTER_A);
	build_evsets();
	build_pairs();
	for (i = 0; i < nx_nu8sym; i++)
		if (!nx_u8sym[i].after) {
			u8before[(nx_u8sym[i].cp & 1023) >> 6] |=
			    UINT64_C(1) << (nx_u8sym[i].cp & 63);
			u8lead_add(nx_u8sym[i].cp);
		}
	u8lead_add(NX_MINUS);
	return overflow ? -1 : 0;
}

/* ------------------------------------------------------------ lookups */

unsigned
nx_screen_word_in(const unsigned char *p, size_t n, size_t room)
{
	const struct nx_key *e = find_in(p, n, room);

	return e ? e->what : 0;
}

unsigned
nx_screen_after_a(const unsigned char *p, size_t n, size_t room)
{
	if (n == 0 || n > KEYMAX || !pair_has(pairs_after_a, p[0],
	    n > 1 ? p[1] : 0, n))
		return 0;
	return nx_screen_word_in(p, n, room) & SCR_AFTER_A;
}

/* Are the n bytes at p those of s?  Words are short: no call to memcmp. */
static inline int
same(const unsigned char *p, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i] != (unsigned char)s[i])
			return 0;
	return 1;
}

const struct lx *
nx_hot_of(const struct nx_key *e, const unsigned char *p, size_t n)
{
	const struct lx *w;
	size_t i;

	if (e == NULL || n > NX_HOTLEN)
		return NULL;
	for (i = e->hot; i < (size_t)e->hot + e->nhot; i++) {
		w = &nx_hot[hot_rows[i]];
		/* the key folds with 0x20: only letters are sure to match */
		if ((w->flags & F_EXACT) ? !same(p, w->s, n) :
		    !e->plain && !lex_eq((const char *)p, n, w->s, n))
			continue;
		if ((w->flags & F_CAP) && !(p[0] >= 'A' && p[0] <= 'Z'))
			continue;
		return w;
	}
	return NULL;
}

const struct lx *
nx_hot_find_in(const unsigned char *p, size_t n, size_t room)
{
	return n > NX_HOTLEN ? NULL : nx_hot_of(find_in(p, n, room), p, n);
}

const struct lx *
nx_hot_find(const unsigned char *p, size_t n)
{
	return nx_hot_find_in(p, n, n);
}

int
nx_sym_before(int32_t cp)
{
	return cp >= 0 && (u8before[(cp & 1023) >> 6] >> (cp & 63) & 1);
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

/* The leading zeros of v, not 0. */
static inline unsigned
clz64(uint64_t v)
{
#ifdef __GNUC__
	return (unsigned)__builtin_clzll(v);
#else
	unsigned n = 0;

	while (!(v >> 63)) {
		v <<= 1;
		n++;
	}
	return n;
#endif
}

#if defined __SSE2__ && defined __GNUC__
#define VEC(s, k) _mm_loadu_si128((const __m128i *)(const void *)(s)->vec[k])

/*
 * The letters and the bytes to look at of the 16 bytes at p, the symbols
 * compared two, four or eight (nvec) at a time, every byte over 0x7F too
 * when coarse: a constant in each caller.
 */
#define ALWAYS_INLINE __attribute__((always_inline))

static inline ALWAYS_INLINE void
block16(const unsigned char *p, const struct nx_evset *s, int nvec,
    int coarse, unsigned *alpha, unsigned *ev)
{
	const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p),
	    f = _mm_or_si128(v, _mm_set1_epi8(0x20));
	__m128i l, m;

	/* letters: as in nx_word_end; digits: c + 0x50 below -118 */
	l = _mm_cmplt_epi8(_mm_add_epi8(f, _mm_set1_epi8(31)),
	    _mm_set1_epi8(-102));
	m = _mm_or_si128(_mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x50)),
	    _mm_set1_epi8(-118)), _mm_or_si128(_mm_cmpeq_epi8(f, VEC(s, 0)),
	    _mm_cmpeq_epi8(f, VEC(s, 1))));
	if (nvec > 2)
		m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(f, VEC(s, 2)),
		    _mm_cmpeq_epi8(f, VEC(s, 3))));
	if (nvec > 4)
		m = _mm_or_si128(m, _mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(f, VEC(s, 4)),
		    _mm_cmpeq_epi8(f, VEC(s, 5))),
		    _mm_or_si128(_mm_cmpeq_epi8(f, VEC(s, 6)),
		    _mm_cmpeq_epi8(f, VEC(s, 7)))));
	if (coarse)	/* signed: a byte over 0x7F is below zero */
		m = _mm_or_si128(m, _mm_cmplt_epi8(v, _mm_setzero_si128()));
	*alpha = (unsigned)_mm_movemask_epi8(l);
	*ev = (unsigned)_mm_movemask_epi8(m);
}

static inline ALWAYS_INLINE void
block64_with(const unsigned char *p, const struct nx_evset *s, int nvec,
    int coarse, uint64_t *alpha, uint64_t *ev)
{
	unsigned a0, a1, a2, a3, e0, e1, e2, e3;

	block16(p, s, nvec, coarse, &a0, &e0);
	block16(p + 16, s, nvec, coarse, &a1, &e1);
	block16(p + 32, s, nvec, coarse, &a2, &e2);
	block16(p + 48, s, nvec, coarse, &a3, &e3);
	*alpha = (uint64_t)a0 | (uint64_t)a1 << 16 | (uint64_t)a2 << 32 |
	    (uint64_t)a3 << 48;
	*ev = (uint64_t)e0 | (uint64_t)e1 << 16 | (uint64_t)e2 << 32 |
	    (uint64_t)e3 << 48;
}

/* The letters and the bytes to look at of the 64 bytes at p. */
static void
block64(const unsigned char *p, const struct nx_evset *s, uint64_t *alpha,
    uint64_t *ev)
{
	if (s->coarse)
		block64_with(p, s, 8, 1, alpha, ev);
	else if (s->nvec == 8)
		block64_with(p, s, 8, 0, alpha, ev);
	else if (s->nvec == 4)
		block64_with(p, s, 4, 0, alpha, ev);
	else
		block64_with(p, s, 2, 0, alpha, ev);
}
#else
static void
block64(const unsigned char *p, const struct nx_evset *s, uint64_t *alpha,
    uint64_t *ev)
{
	uint64_t a = 0, e = 0;
	unsigned i;

	for (i = 0; i < 64; i++) {
		a |= (uint64_t)(s->cls[p[i]] & 1) << i;
		e |= (uint64_t)(s->cls[p[i]] >> 1) << i;
	}
	*alpha = a;
	*ev = e;
}
#endif

/* How many of the 16 bytes at p are letters before the first other one. */
static inline size_t
letters_run16(const unsigned char *p)
{
#if defined __SSE2__ && defined __GNUC__
	const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	unsigned m;

	/* letters as in nx_word_end */
	m = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(
	    _mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8(31)),
	    _mm_set1_epi8(-102)));
	return (size_t)__builtin_ctz(~m);
#else
	size_t r;

	for (r = 0; r < 16 && ISALPHA(p[r]); r++)
		;
	return r;
#endif
}

/*
 * The word starts of a block that the first cheap test, the word's
 * length under its first two bytes (reads), does not turn away; a word
 * longer than a key is turned away as long_word would (unless a key was
 * too long for its index), and so is a word that runs on past the block
 * into the 16 bytes after it, which are readable.  Most words of a text
 * are turned away here, in one tight pass with no branch per word, so
 * the scan's loop sees only the others.
 */
static inline uint64_t
words_to_read(const unsigned char *kb, const uint16_t *rd, uint64_t ws,
    uint64_t alpha)
{
	uint64_t keep = 0, w = ws, ends;
	uint16_t two;
	size_t e, r;
	unsigned n1;

	if (longkeys)
		return ws;	/* the careful way for every word */
	/* each word's last letter; the one that runs on past the block: */
	ends = alpha & ~(alpha >> 1) & ~(UINT64_C(1) << 63);
	if (w != 0 && (alpha >> 63) && ISALPHA(kb[64])) {
		e = 63 - clz64(w);
		if (~alpha >> e == 0) {	/* the block ends inside it */
			w &= ~(UINT64_C(1) << e);
			r = letters_run16(kb + 64);
			memcpy(&two, kb + e, 2);
			if (64 - e + r <= KEYMAX)
				keep = (uint64_t)(rd[two] >> (63 - e + r) & 1) << e;
		}
	}
	ends |= UINT64_C(1) << 63;
	while (w != 0) {
		e = ctz64(w);
		/* a word longer than a key starts nothing: any bit will do */
		n1 = ctz64(ends >> e) & 31;
		memcpy(&two, kb + e, 2);
		/* no branch: a quarter of the words are kept, at random */
		keep |= (uint64_t)(rd[two] >> n1 & 1) << e;
		w &= w - 1;
	}
	return keep;
}

/*
 * The block at bb of the text's last NX_TAIL bytes, as a copy: its bytes,
 * then zeros.  A text of NX_TAIL bytes or more has its last NX_TAIL copied
 * where they end before zeros: copies of one size, no call and no branch
 * on the length (the record's end, at every paragraph).
 */
static const unsigned char *
tail_at(struct nx_cursor *c, size_t bb)
{
	size_t n = c->len - bb;

	if (c->len >= NX_TAIL) {
		memcpy(c->tail, c->b + c->len - NX_TAIL, NX_TAIL);
		memset(c->tail + NX_TAIL, 0, NX_TAIL);
		return c->tail + NX_TAIL - n;
	}
	memset(c->tail, 0, sizeof c->tail);
	memcpy(c->tail, c->b + bb, n);
	return c->tail;
}

/*
 * The masks of the block of 64 bytes from bb.  Near the end of the text
 * the block is a copy, zero padded, so that a word's key may read 16
 * bytes from any letter of it (and the 16 after the block are there).
 */
static void
load_block(struct nx_cursor *c, size_t bb)
{
	uint64_t alpha, ev, ws, lm = ~UINT64_C(0);

	c->kb = c->b + bb;
	if (bb >= c->whole) {	/* the last block or two: one test */
		if (bb + NX_TAIL > c->len)
			c->kb = tail_at(c, bb);
		if (c->lim - bb < 64)
			lm = (UINT64_C(1) << (c->lim - bb)) - 1;
	}
	block64(c->kb, c->set, &alpha, &ev);
	c->bb = bb;
	c->alpha = alpha;
	/*
	 * a word's first letter, the byte before it no letter (none before
	 * the text: no branch, the first block of every record is one); its
	 * last
	 */
	ws = alpha & ~(alpha << 1 | ((bb > 0) &
	    (ISALPHA(c->b[bb - (bb > 0)]) != 0))) & lm;
	c->ws = ws;
	c->ev = (ev & lm) | words_to_read(c->kb, c->reads, ws, alpha);
	c->loaded = 1;
}

void
nx_cursor_init(struct nx_cursor *c, const unsigned char *b, size_t len,
    size_t lim, const struct nx_opts *o)
{
	unsigned i = (o->extended ? 1 : 0) | (o->bounds ? 2 : 0);

	c->b = b;
	c->len = len;
	c->lim = lim;
	/* the first block that is copied (near len) or cut (at lim) */
	c->whole = len < NX_TAIL ? 0 : len - NX_TAIL + 1;
	if (lim < 64)
		c->whole = 0;
	else if (lim - 63 < c->whole)
		c->whole = lim - 63;
	/* once a record or more: the option's tables, built on first use */
	if (!reads_built[i])
		build_reads(i);
	c->set = &evsets[i];
	c->active = actives[i];
	c->pairs = pairs[i];
	c->reads = reads[i];
	c->loaded = 0;
}

/* Do the flags f of the word at q count, with these options? */
static inline unsigned
counts(const struct nx_cursor *c, unsigned f, size_t q)
{
	return (f & c->active) || ((f & SCR_HOTCAP) && c->b[q] <= 'Z') ? f : 0;
}

/* The flags of a word longer than its block holds: read the slow way. */
static unsigned
long_word(struct nx_cursor *c, size_t q, size_t n)
{
	if (n > KEYMAX)
		return longkeys ? c->active : 0;
	if (!pair_has(c->pairs, c->b[q], n > 1 ? c->b[q + 1] : 0, n) ||
	    (c->key = find_in(c->b + q, n, c->len - q)) == NULL)
		return 0;
	return counts(c, c->key->what, q);
}

/* Is the word b[q, q + n) of the block at e one the scan reads? */
static inline unsigned
word_what(struct nx_cursor *c, size_t e, size_t q, size_t n)
{
	uint64_t lo;
	uint32_t h;

	h = key_head(c->kb + e, n, &lo);
	if (!filter_has(h) || (c->key = key_find(lo, key_tail(c->kb + e, n),
	    n, h)) == NULL)
		return 0;
	return counts(c, c->key->what, q);
}

/*
 * The length of the character at s, a byte over 0x7F, when it is whole
 * and starts no number (s[1] and s[2] are readable); else 0, and the
 * scan reads it.  Only the lead bytes whose every sequence of
 * continuation bytes is a character: C2 to DF, E1 to EC, EE and EF.
 */
static inline size_t
u8_stepped(const unsigned char *s)
{
	unsigned c = s[0];

	if ((s[1] & 0xC0) != 0x80 || c < 0xC2 || c > 0xEF || c == 0xE0 ||
	    c == 0xED || (u8lead[c & 63] >> (s[1] & 63) & 1))
		return 0;
	if (c <= 0xDF)
		return 2;
	return (s[2] & 0xC0) == 0x80 ? 3 : 0;
}

/*
 * Where the scan of the block from "from" on ends, p before: past the
 * last word of the block that starts there, which load_block may have
 * turned away unread (the scan goes on from a word's end, never from
 * inside it).
 */
static size_t
past_words(const struct nx_cursor *c, size_t from, size_t p)
{
	uint64_t w = c->ws & (~UINT64_C(0) << (from - c->bb));
	size_t e;

	if (w == 0)
		return p;
	e = nx_word_end(c->b, c->bb + 63 - clz64(w), c->len);
	return e > p ? e : p;
}

/* Is the word with the flags f, which ends at we, an article alone? */
static inline int
article_alone(const struct nx_cursor *c, unsigned f, size_t we)
{
	return (f & (SCR_ARTICLE | SCR_URL | SCR_EXT)) == SCR_ARTICLE &&
	    (we >= c->len || (c->b[we] != ' ' && c->b[we] != '\t'));
}

/*
 * Does nx_a_number say no to the article that ends at we, by what the
 * block tells at once: one space, then a word that ends in the block and
 * that no word after "a" has the first letters and length of, with no
 * "and a half" after it?  0 when the block cannot tell.
 */
static inline int
no_number_after(const struct nx_cursor *c, size_t we, uint64_t alpha)
{
	size_t s = we + 1 - c->bb, n, e;
	const unsigned char *w;

	if (s >= 64 || c->kb[s - 1] != ' ' || !(alpha >> s & 1))
		return 0;
	n = ctz64(~(alpha >> s));
	if (s + n >= 64)
		return 0;	/* it may run on past the block */
	w = c->kb + s;
	if (n <= KEYMAX && pair_has(pairs_after_a, w[0], n > 1 ? w[1] : 0, n))
		return 0;
	e = we + 1 + n;
	return !(w[n] == ' ' && w[n + 1] == 'a' && e + 11 <= c->len &&
	    memcmp(c->b + e, " and a half", 11) == 0);
}

/*
 * Is the word with the flags f, from q to we, the article before what
 * makes no number, as nx_a_number finds?  Most articles are ("a new"):
 * the screen steps over them, as the scan would.
 */
static inline int
article_nothing(const struct nx_cursor *c, unsigned f, size_t q, size_t we,
    uint64_t alpha)
{
	return (f & (SCR_ARTICLE | SCR_URL | SCR_EXT)) == SCR_ARTICLE &&
	    (no_number_after(c, we, alpha) || !nx_a_number(c->b, we, c->len, q));
}

size_t
nx_cursor_next(struct nx_cursor *c, size_t p, size_t *we, unsigned *what)
{
	const unsigned char *kb;
	uint64_t ev, rest, alpha;
	size_t q, n, e, bb, from;
	unsigned f;

	if (p >= c->lim)
		return p;
	from = p;
	if (c->loaded && p >= c->bb && p < c->bb + 64) {
		bb = c->bb;
		alpha = c->alpha;
		kb = c->kb;
		ev = c->ev & (~UINT64_C(0) << (p - bb));
	} else {
		/* the loop loads the block at p: one call, made inline */
		bb = p - 64;
		alpha = 0;
		kb = c->b;
		ev = 0;
	}
	for (;;) {
		while (ev == 0) {	/* the next block, or from p on */
			q = p > bb + 64 ? p : bb + 64;
			if (q >= c->lim) {	/* a word read may end past lim */
				if (c->lim < c->len)	/* none past the text's end */
					p = past_words(c, from, p);
				return p > c->lim ? p : c->lim;
			}
			load_block(c, q);
			bb = c->bb;
			alpha = c->alpha;
			kb = c->kb;
			ev = c->ev;
			from = p > bb ? p : bb;
			ev &= ~UINT64_C(0) << (from - bb);
		}
		e = ctz64(ev);
		q = bb + e;
		if (!(alpha >> e & 1)) {
			if (kb[e] < 0x80 || (n = u8_stepped(kb + e)) == 0) {
				*what = 0;
				*we = q;
				return q;
			}
			/* a quotation mark: on past its bytes */
			p = q + n;
			ev = e + n < 64 ? ev & ~UINT64_C(0) << (e + n) : 0;
			continue;
		}
		rest = ~(alpha >> e);
		n = rest != 0 ? ctz64(rest) : 64;
		if (n + e < 64 && n <= KEYMAX) {
			/* the key: load_block tested the first letters */
			f = word_what(c, e, q, n);
			ev &= ev - 1;
		} else {
			/* on past the block, or long: the careful way */
			if (n + e >= 64)
				n = nx_word_end(c->b, q + n, c->len) - q;
			f = long_word(c, q, n);
			ev = n + e >= 64 ? 0 : ev & (ev - 1);
		}
		p = q + n;
		if (f != 0 && !article_alone(c, f, p) &&
		    !article_nothing(c, f, q, p, alpha)) {
			*what = f;
			*we = p;
			return q;
		}
	}
}

/* The word table and its index; see words.h. */
#include <string.h>

#include "lex.h"
#include "words.h"

const struct qw_row qw_table[] = {
#define QW(text, cls) { text, cls },
#include "words.def"
#include "verbs.def"
#include "titles.def"
#undef QW
};
const size_t qw_count = sizeof qw_table / sizeof qw_table[0];

static uint16_t slots[LEX_SLOTS(sizeof qw_table / sizeof qw_table[0])];
static struct lex_index words;
static int built;

/*
 * A second index for single words, the tokens the speaker search asks
 * about: a row's first word of up to W_KEY bytes, case folded into two
 * 64-bit keys, is hashed and compared as those keys, with no loop over
 * the row's text and no byte compared twice.  A slot holds the first
 * row with that first word, the one lex_first finds; a longer word is
 * looked up in the lib/lex index.
 */
#define W_BITS 12
#define W_SLOTS (1u << W_BITS)
#define W_KEY 16
/* A slot, one load of a cache line: a probe reads nothing else. */
static struct wslot {
	uint64_t key[2];	/* the row's first word, folded */
	uint64_t cls;		/* the row's classes */
	uint16_t row;		/* row + 1, 0 empty */
	unsigned char len;	/* the first word's length */
} wslot[W_SLOTS];

/* The slot of the folded key k of a word of n bytes. */
static uint32_t
key_slot(const uint64_t k[2], size_t n)
{
	return (uint32_t)(((k[0] ^ k[1] * 0x9E3779B97F4A7C15u ^ n) *
	    0xFF51AFD7ED558CCDu) >> (64 - W_BITS));
}

/* p[0, n), n <= W_KEY, folded into k, zeros after it; its slot. */
static uint32_t
word_key(const char *p, size_t n, uint64_t k[2])
{
	unsigned char b[W_KEY] = { 0 };
	size_t i;

	for (i = 0; i < n; i++)
		b[i] = lex_lower((unsigned char)p[i]);
	memcpy(k, b, sizeof b);
	return key_slot(k, n);
}

#define ONES 0x0101010101010101u
#define HIGHS 0x8080808080808080u

/* The first m (0 to 8) bytes of the word v in memory, the rest zero. */
static uint64_t
head_bytes(uint64_t v, size_t m)
{
	const uint16_t one = 1;
	unsigned char little;

	memcpy(&little, &one, 1);
	if (m >= 8)
		return v;
	if (m == 0)
		return 0;
	return little ? v & ((1ull << 8 * m) - 1) : v & ~(~0ull >> 8 * m);
}

/* Each byte of v in A-Z lowered, every other byte as it is. */
static uint64_t
fold8(uint64_t v)
{
	uint64_t t = v & ~HIGHS, ge = (t + 0x3F * ONES) & HIGHS,
	    gt = (t + 0x25 * ONES) & HIGHS;

	return v | (ge & ~gt & ~v & HIGHS) >> 2;
}

/*
 * word_key for a word with W_KEY bytes readable from p: two loads and a
 * fold of 8 bytes at a time, the same key as the byte loop's.
 */
static uint32_t
word_key_wide(const char *p, size_t n, uint64_t k[2])
{
	uint64_t a, b;

	memcpy(&a, p, 8);
	k[0] = fold8(head_bytes(a, n));
	/* most words are of 8 bytes or fewer: their second key is 0 */
	if (n > 8) {
		memcpy(&b, p + 8, 8);
		k[1] = fold8(head_bytes(b, n - 8));
	} else
		k[1] = 0;
	return key_slot(k, n);
}

struct qw_shapes qw_vp_shapes, qw_participle_shapes, qw_abbrev_shapes;

/* Each filter of shapes and the classes it lets by. */
static const struct {
	struct qw_shapes *f;
	uint64_t cls;
} shape_filters[] = {
	{ &qw_vp_shapes, QW_VP },
	{ &qw_participle_shapes, QW_PARTICIPLE },
	{ &qw_abbrev_shapes, QW_ABBREV },
};

/* Let the row word s[0, n) of the classes cls by its filters. */
static void
shapes_add(const char *s, size_t n, uint64_t cls)
{
	uint32_t k;
	size_t f;

	if (n > QW_SHAPE_MAX)
		return;
	k = qw_shape_slot(s, n);
	for (f = 0; f < sizeof shape_filters / sizeof shape_filters[0]; f++)
		if (cls & shape_filters[f].cls)
			shape_filters[f].f->bit[k / 64] |= UINT64_C(1) << (k % 64);
}

static int
words_build(void)
{
	size_t i, n;
	uint32_t k;
	uint64_t key[2];

	for (i = 0; i < qw_count; i++) {
		const char *s = qw_table[i].text;

		for (n = 0; s[n] != '\0' && s[n] != ' '; n++)
			;
		if (n == 0 || n > W_KEY || qw_word_row(s, n) >= 0)
			continue;	/* an earlier row has the word */
		for (k = word_key(s, n, key); wslot[k].row != 0;
		    k = (k + 1) % W_SLOTS)
			;
		if (i + 1 > UINT16_MAX || 2 * (i + 1) > W_SLOTS)
			return -1;
		wslot[k].row = (uint16_t)(i + 1);
		wslot[k].len = (unsigned char)n;
		wslot[k].key[0] = key[0];
		wslot[k].key[1] = key[1];
		wslot[k].cls = qw_table[i].cls;
		shapes_add(s, n, qw_table[i].cls);
	}
	return 0;
}

/* The slot of the word whose key is k and slot h, or NULL. */
static const struct wslot *
key_slot_of(const uint64_t k[2], uint32_t h, size_t n)
{
	for (; wslot[h].row != 0; h = (h + 1) % W_SLOTS)
		if (wslot[h].len == n && wslot[h].key[0] == k[0] &&
		    wslot[h].key[1] == k[1])
			return &wslot[h];
	return NULL;
}

/* The row of the word whose key is k and slot h, or -1. */
static long
key_row(const uint64_t k[2], uint32_t h, size_t n)
{
	const struct wslot *w = key_slot_of(k, h, n);

	return w != NULL ? (long)w->row - 1 : -1;
}

long
qw_word_row(const char *p, size_t n)
{
	uint64_t key[2];

	if (n == 0 || n > W_KEY)
		return qw_find(p, n);
	return key_row(key, word_key(p, n, key), n);
}

uint64_t
qw_word_classes(const char *p, size_t n)
{
	long r = qw_word_row(p, n);

	return r < 0 ? 0 : qw_table[r].cls;
}

uint64_t
qw_word_classes_in(const char *p, size_t n, size_t room)
{
	uint64_t key[2];
	const struct wslot *w;

	if (n == 0 || n > W_KEY || room < W_KEY)
		return qw_word_classes(p, n);
	w = key_slot_of(key, word_key_wide(p, n, key), n);
	return w != NULL ? w->cls : 0;
}

int
qw_init(void)
{
	if (built)
		return 0;
	if (lex_index_build(&words, &qw_table[0].text, sizeof qw_table[0],
	    qw_count, slots, sizeof slots / sizeof slots[0]) != 0)
		return -1;
	if (words_build() != 0)
		return -1;
	built = 1;
	return 0;
}

/* Each word has one row (the unit test checks), so the first is all. */
uint64_t
qw_classes_h(const char *p, size_t n, uint32_t h)
{
	long r = lex_first(&words, p, n, h);

	return r < 0 ? 0 : qw_table[r].cls;
}

uint64_t
qw_classes(const char *p, size_t n)
{
	return qw_classes_h(p, n, lex_hash(p, n));
}

long
qw_find(const char *p, size_t n)
{
	return lex_first(&words, p, n, lex_hash(p, n));
}

/* The word table and its index; see words.h. */
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
 * about: a row's first word hashed by its length and three of its bytes
 * (no loop over the word), its length kept beside the slot to pass most
 * other words without comparing bytes.  A slot holds the first row with
 * that first word, the one lex_first finds.
 */
#define W_BITS 13
#define W_SLOTS (1u << W_BITS)
static uint16_t wslot[W_SLOTS];	/* row + 1, 0 empty */
static unsigned char wlen[W_SLOTS];	/* its first word's length, to 255 */

static uint32_t
word_slot(const char *p, size_t n)
{
	uint32_t h = (uint32_t)n * 0x2F0B5u ^
	    (uint32_t)lex_lower((unsigned char)p[0]) << 16 ^
	    (uint32_t)lex_lower((unsigned char)p[n >> 1]) << 8 ^
	    lex_lower((unsigned char)p[n - 1]);

	return (h * 0x9E3779B1u) >> (32 - W_BITS);
}

/* Is the first word of the row text s the word p[0, n)? */
static int
word_is(const char *p, size_t n, const char *s)
{
	return lex_eq(p, n, s, n) && (s[n] == '\0' || s[n] == ' ');
}

static int
words_build(void)
{
	size_t i, n;
	uint32_t k;

	for (i = 0; i < qw_count; i++) {
		const char *s = qw_table[i].text;

		for (n = 0; s[n] != '\0' && s[n] != ' '; n++)
			;
		if (n == 0 || qw_word_row(s, n) >= 0)
			continue;	/* an earlier row has the word */
		for (k = word_slot(s, n); wslot[k] != 0; k = (k + 1) % W_SLOTS)
			;
		if (i + 1 > UINT16_MAX || 2 * (i + 1) > W_SLOTS)
			return -1;
		wslot[k] = (uint16_t)(i + 1);
		wlen[k] = (unsigned char)(n < 255 ? n : 255);
	}
	return 0;
}

long
qw_word_row(const char *p, size_t n)
{
	uint32_t k;
	unsigned char ln = (unsigned char)(n < 255 ? n : 255);

	if (n == 0)
		return qw_find(p, n);
	for (k = word_slot(p, n); wslot[k] != 0; k = (k + 1) % W_SLOTS)
		if (wlen[k] == ln && word_is(p, n, qw_table[wslot[k] - 1].text))
			return (long)wslot[k] - 1;
	return -1;
}

uint64_t
qw_word_classes(const char *p, size_t n)
{
	long r = qw_word_row(p, n);

	return r < 0 ? 0 : qw_table[r].cls;
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

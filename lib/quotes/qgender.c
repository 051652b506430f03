/* The words that tell a person's sex; see qgender.h. */
#include <string.h>

#include "lex.h"
#include "qgender.h"

const struct qg_row qg_table[] = {
#define QG(text, sex) { text, sex },
#include "qgender.def"
#undef QG
};
const size_t qg_count = sizeof qg_table / sizeof qg_table[0];

/*
 * The index: a word hashed by its length and three of its bytes (no
 * loop over the word, as qwords.c's index of single words), probed on
 * to the next empty slot; four slots or more a row, so probes are short.
 */
#define G_BITS 11
#define G_SLOTS (1u << G_BITS)
static uint16_t gslot[G_SLOTS];	/* row + 1, 0 empty */
static size_t glen[G_SLOTS];	/* its word's length */

static uint32_t
g_slot(const char *p, size_t n)
{
	uint32_t h = (uint32_t)n * 0x2F0B5u ^
	    (uint32_t)lex_lower((unsigned char)p[0]) << 16 ^
	    (uint32_t)lex_lower((unsigned char)p[n >> 1]) << 8 ^
	    lex_lower((unsigned char)p[n - 1]);

	return (h * 0x9E3779B1u) >> (32 - G_BITS);
}

int
qg_init(void)
{
	static int built;
	size_t i, n;
	uint32_t k;

	if (built)
		return 0;
	built = 1;
	if (qg_count * 4 > G_SLOTS)
		return -1;
	for (i = 0; i < qg_count; i++) {
		n = strlen(qg_table[i].text);
		if (n == 0 || qg_word(qg_table[i].text, n) != QG_NONE)
			continue;	/* an earlier row has the word */
		for (k = g_slot(qg_table[i].text, n); gslot[k] != 0;
		    k = (k + 1) & (G_SLOTS - 1))
			;
		gslot[k] = (uint16_t)(i + 1);
		glen[k] = n;
	}
	return 0;
}

int
qg_word(const char *p, size_t n)
{
	uint32_t k;

	if (n == 0)
		return QG_NONE;
	for (k = g_slot(p, n); gslot[k] != 0; k = (k + 1) & (G_SLOTS - 1))
		if (glen[k] == n && lex_eq(p, n, qg_table[gslot[k] - 1].text,
		    n))
			return qg_table[gslot[k] - 1].sex;
	return QG_NONE;
}

int
qg_name(const char *p, size_t n)
{
	size_t i;
	int g;

	for (i = 0; i < n && p[i] != ' '; i++)
		;
	g = qg_word(p, i);
	return g == QG_BODY ? QG_NONE : g;
}

int
qg_last(const char *p, size_t n)
{
	size_t i;

	for (i = n; i > 0 && p[i - 1] != ' '; i--)
		;
	return qg_word(p + i, n - i);
}

int
qg_body(const char *p, size_t n)
{
	return qg_last(p, n) == QG_BODY;
}

int
qg_clash(int a, int b)
{
	return a != QG_NONE && b != QG_NONE && a != b;
}

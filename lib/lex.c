/* The shared word index and phrase matcher; see lex.h. */
#include <string.h>
#include "lex.h"

int
lex_eq(const char *p, size_t n, const char *w, size_t wn)
{
	size_t i;

	if (n != wn)
		return 0;
	for (i = 0; i < n; i++)
		if (lex_lower((unsigned char)p[i]) !=
		    lex_lower((unsigned char)w[i]))
			return 0;
	return 1;
}

/* The length of an entry's first word. */
static size_t
first_word(const char *s)
{
	const char *sp = strchr(s, ' ');

	return sp ? (size_t)(sp - s) : strlen(s);
}

int
lex_index_build(struct lex_index *ix, const char *const *key,
    size_t stride, size_t n, uint16_t *slot, size_t nslot)
{
	uint32_t size = 1, h;
	size_t i;

	if (n >= 65535 || nslot < LEX_SLOTS(n))
		return -1;
	while (size <= 2 * n)
		size *= 2;
	ix->table = (const char *)key;
	ix->stride = stride;
	ix->n = n;
	ix->mask = size - 1;
	ix->slot = slot;
	memset(slot, 0, size * sizeof slot[0]);
	for (i = 0; i < n; i++) {
		const char *s = lex_key(ix, i);

		h = lex_hash(s, first_word(s)) & ix->mask;
		while (slot[h] != 0)
			h = (h + 1) & ix->mask;
		slot[h] = (uint16_t)(i + 1);
	}
	return 0;
}

/*
 * Is p[0, n) the first word of the entry s, ASCII case folded?  Compared
 * without measuring s: this runs at every probe of every lookup.
 */
static int
first_word_is(const char *p, size_t n, const char *s)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] == '\0' || s[i] == ' ' || lex_lower((unsigned char)p[i]) !=
		    lex_lower((unsigned char)s[i]))
			return 0;
	return s[n] == '\0' || s[n] == ' ';
}

/*
 * Entries that share a slot chain are met in the order they were put in,
 * which is table order for entries of the same word: a caller that wants
 * the first match in the table gets it.
 */
long
lex_next(const struct lex_index *ix, const char *p, size_t n, uint32_t h,
    uint32_t *it)
{
	uint32_t k = (h + *it) & ix->mask;

	for (; ix->slot[k] != 0; k = (k + 1) & ix->mask) {
		const char *s = lex_key(ix, ix->slot[k] - 1u);

		(*it)++;
		if (first_word_is(p, n, s))
			return (long)ix->slot[k] - 1;
	}
	return -1;
}

/* The same for a word p[0, n) with no space, as lex_first's callers pass. */
static int
first_word_of(const char *p, size_t n, const char *s)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] == '\0' || lex_lower((unsigned char)p[i]) !=
		    lex_lower((unsigned char)s[i]))
			return 0;
	return s[n] == '\0' || s[n] == ' ';
}

long
lex_first(const struct lex_index *ix, const char *p, size_t n, uint32_t h)
{
	uint32_t k;

	for (k = h & ix->mask; ix->slot[k] != 0; k = (k + 1) & ix->mask)
		if (first_word_of(p, n, lex_key(ix, ix->slot[k] - 1u)))
			return (long)ix->slot[k] - 1;
	return -1;
}

long
lex_find(const struct lex_index *ix, const char *p, size_t n)
{
	uint32_t it = 0;

	return lex_next(ix, p, n, lex_hash(p, n), &it);
}

static int
alnum(unsigned char b)
{
	return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') ||
	    (b >= 'A' && b <= 'Z') || b >= 0x80;
}

size_t
lex_phrase(const char *p, size_t n, const char *phrase, int nl)
{
	size_t i = 0;
	int lf;

	for (;;) {
		for (; *phrase != '\0' && *phrase != ' '; phrase++, i++)
			if (i >= n || lex_lower((unsigned char)p[i]) !=
			    lex_lower((unsigned char)*phrase))
				return 0;
		if (*phrase == '\0')
			return i < n && alnum((unsigned char)p[i]) ? 0 : i;
		phrase++;
		if (i >= n || (p[i] != ' ' && p[i] != '\t' && p[i] != '\n'))
			return 0;
		for (lf = 0; i < n && (p[i] == ' ' || p[i] == '\t' ||
		    (p[i] == '\n' && nl && !lf)); i++)
			lf |= p[i] == '\n';
	}
}

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "numbers.h"
#include "utf8.h"
#include "nx.h"

const unsigned char nx_cls[256] = {
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,8,8,0,0,0,0,0,8,0,8,8,0,
	1,1,1,1,1,1,1,1,1,1,0,0,8,0,8,0,
	0,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
	6,6,6,6,6,6,2,2,2,2,6,0,0,0,0,0,
	0,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,
	6,6,6,6,6,6,2,2,2,2,6,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,8,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,8,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0
};


/*
 * For each first letter (case folded) the span of nx_hot that holds its
 * entries, and a bit for each length of word among them.  The table is kept sorted so the spans are tight, but a word
 * out of place is still found: hot_find compares whole words.
 */
void
nx_build_buckets(struct nx *x)
{
	unsigned short (*bucket)[3] = x->bucket;
	unsigned short at[27];
	size_t i;
	unsigned b, c;

	for (b = 0; b < 26; b++) {
		bucket[b][0] = (unsigned short)nx_nhot;
		bucket[b][1] = 0;
		bucket[b][2] = 0;
	}
	for (i = 0; i < nx_nhot; i++) {
		b = LOWER(nx_hot[i].s[0]) - 'a';
		if (i < bucket[b][0])
			bucket[b][0] = (unsigned short)i;
		bucket[b][1] = (unsigned short)(i + 1);
		/* which word lengths occur: most words are rejected here */
		bucket[b][2] |= (unsigned short)(1u << nx_hot[i].n);
		/* and which second letters for each length: "the" stops here */
		c = LOWER(nx_hot[i].s[1]) - 'a';
		if (nx_hot[i].n > 1 && nx_hot[i].n < 12 && c < 26)
			x->second[b][nx_hot[i].n] |= UINT32_C(1) << c;
	}
	/* the first letters of the relative positions (-e) */
	x->relfirst = 0;
	for (i = 0; i < nx_nrel; i++)
		x->relfirst |= 1u << (nx_rel[i].s[0] - 'a');
	/* nx_suf by first letter, in table order (a counting sort) */
	memset(x->sufs, 0, sizeof x->sufs);
	for (i = 0; i < nx_nsuf; i++)
		if ((b = LOWER(nx_suf[i].s[0]) - 'a') < 26)
			x->sufs[b + 1]++;
	for (b = 0; b < 26; b++)
		x->sufs[b + 1] = (unsigned short)(x->sufs[b + 1] + x->sufs[b]);
	memcpy(at, x->sufs, sizeof at);
	for (i = 0; i < nx_nsuf; i++)
		if ((b = LOWER(nx_suf[i].s[0]) - 'a') < 26)
			x->sufi[at[b]++] = (unsigned short)i;
}

/* Does the word p[0, n) spell entry s (for one word of s)? */
int
nx_word_eq(const unsigned char *p, size_t n, const char *s, size_t sn, int exact)
{
	size_t i;

	if (n != sn)
		return 0;
	if (exact)
		return memcmp(p, s, n) == 0;
	for (i = 0; i < n; i++)
		if (LOWER(p[i]) != LOWER(s[i]) || !ISALPHA(p[i]) != !ISALPHA(s[i]))
			return 0;
	return 1;
}

const struct lx *
nx_hot_find(const struct nx *x, const unsigned char *p, size_t n)
{
	const struct lx *w;
	unsigned b, c;
	size_t i;

	b = LOWER(p[0]) - 'a';
	if (b >= 26 || n > 11)
		return NULL;
	if (!(x->bucket[b][2] & (1u << n)))
		return NULL;
	if (n > 1) {
		c = LOWER(p[1]) - 'a';
		if (c >= 26 || !(x->second[b][n] >> c & 1))
			return NULL;
	}
	for (i = x->bucket[b][0]; i < x->bucket[b][1]; i++) {
		w = &nx_hot[i];
		if (w->n != n || !nx_word_eq(p, n, w->s, w->n, w->flags & F_EXACT))
			continue;
		if ((w->flags & F_CAP) && !(p[0] >= 'A' && p[0] <= 'Z'))
			continue;
		return w;
	}
	return NULL;
}

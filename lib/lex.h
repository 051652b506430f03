/*
 * The lexical layer both extractors share: one ASCII case fold, one word
 * hash, and an immutable index over a table of words or lexicon entries.
 *
 * A table is data: rows whose first member is the entry's text (a C
 * string, words split by single spaces).  lex_index_build() derives the
 * index from the table at init; nothing about the index is kept by hand,
 * and a table of any size gets slots enough (LEX_SLOTS).  The index is
 * keyed by the entry's first word, so a phrase ("per cent", "the last but
 * one") is found from its first word and its other words are then matched
 * by lex_phrase().  Entries that fold to the same word are all found, in
 * table order.
 *
 * The two extractors keep tokenizers of their own on purpose, and share
 * this layer under them.  menafn-numbers cuts at most NX_LOOKAHEAD bytes
 * after a candidate into ASCII words, digit runs and symbols, on demand,
 * since a number and its words are ASCII and most text is never
 * tokenized at all; menafn-quotes tokenizes a quotation's sentence into
 * Unicode words with their joiners (Jordan's, al-Sabah, U.S.), since a
 * speaker's name is any script.  Both look every word up here, by one
 * fold and one hash.
 */
#ifndef LEX_H
#define LEX_H

#include <stddef.h>
#include <stdint.h>

static inline unsigned char
lex_lower(unsigned char b)
{
	return b >= 'A' && b <= 'Z' ? (unsigned char)(b - 'A' + 'a') : b;
}

/* FNV-1a over the case-folded bytes: computed once per word, then used
   to probe every index. */
static inline uint32_t
lex_hash(const char *p, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ lex_lower((unsigned char)p[i])) * 16777619u;
	return h;
}

/* Is p[0, n) the word w[0, wn) with ASCII case folded? */
int lex_eq(const char *p, size_t n, const char *w, size_t wn);

/* Slots for a table of n entries: at least twice n, so a probe is short. */
#define LEX_SLOTS(n) (4 * (size_t)(n) + 4)

struct lex_index {
	const char *table;	/* the first entry's text pointer member */
	size_t stride;		/* bytes from one entry to the next */
	size_t n;		/* entries */
	uint32_t mask;		/* slots used: a power of two, minus one */
	uint16_t *slot;		/* entry + 1, 0 empty */
};

/*
 * Index n entries (n < 65535) laid out stride bytes apart, whose text
 * pointer is at key (the address of the first entry's member), using the
 * nslot slots at slot, nslot >= LEX_SLOTS(n).  Returns 0, or -1 when the
 * slots are too few, which a unit test of every table rules out.
 */
int lex_index_build(struct lex_index *ix, const char *const *key,
    size_t stride, size_t n, uint16_t *slot, size_t nslot);

/* The text of entry i. */
static inline const char *
lex_key(const struct lex_index *ix, size_t i)
{
	return *(const char *const *)(const void *)(ix->table + i * ix->stride);
}

/*
 * The entries whose first word is p[0, n), whose lex_hash is h: call with
 * *it = 0 first, then again with the same *it for the next; returns the
 * entry's number, or -1 when there are no more.
 */
long lex_next(const struct lex_index *ix, const char *p, size_t n,
    uint32_t h, uint32_t *it);

/*
 * The first entry (in table order) whose first word is p[0, n), whose
 * lex_hash is h, or -1: lex_next's first answer, for a caller that wants
 * only that one, comparing each probed entry's bytes without measuring it.
 */
long lex_first(const struct lex_index *ix, const char *p, size_t n,
    uint32_t h);

/* The first entry whose first word is p[0, n), or -1. */
long lex_find(const struct lex_index *ix, const char *p, size_t n);

/* Is p[0, n) the first word of some entry? */
static inline int
lex_has(const struct lex_index *ix, const char *p, size_t n)
{
	return lex_find(ix, p, n) >= 0;
}

/*
 * The length of the longest prefix of p[0, n) that spells the words of
 * phrase (split by one space each) with ASCII case folded, each gap of the
 * text being a run of spaces and tabs (and, if nl, at most one LF), and
 * the last word not running on into a letter or digit; 0 when p does not
 * start with the phrase.
 */
size_t lex_phrase(const char *p, size_t n, const char *phrase, int nl);

#endif

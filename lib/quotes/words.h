/*
 * The quotation extractor's words: one table (words.def) of every word
 * the speaker search asks about, each row a word and the classes it
 * belongs to.  A word's classes come from one lookup through a lib/lex
 * index built by qw_init(); the index is read-only from then on.
 */
#ifndef QUOTES_WORDS_H
#define QUOTES_WORDS_H

#include <stddef.h>
#include <stdint.h>

enum {
	QW_VERB = 1u << 0,	/* a reporting verb: said, told, noted */
	QW_PARTICIPLE = 1u << 1,	/* ..., adding */
	QW_QUOTING = 1u << 2,	/* quoted, cited (as saying) */
	QW_PASSIVE = 1u << 3,	/* was, is: before quoted, cited */
	QW_PAST = 1u << 4,	/* met, held: a verb after a subject */
	QW_TITLE = 1u << 5,	/* a title or body before a name */
	QW_AT_NOUN = 1u << 6,	/* analysts (at a firm) */
	QW_CHANNEL = 1u << 7,	/* (in a) statement, speech */
	QW_HONORIFIC = 1u << 8,	/* Sheikh, Dr: where a name starts */
	QW_STYLE = 1u << 9,	/* (His) Highness */
	QW_ABBREV = 1u << 10,	/* Dr. Gen.: the period ends no sentence */
	QW_NAMEPART = 1u << 11,	/* bin, al, van: inside a person's name */
	QW_PARTICLE = 1u << 12,	/* of, and: inside any name */
	QW_PRONOUN = 1u << 13,	/* he, she, they */
	QW_DET = 1u << 14,	/* the, a, his */
	QW_ALONE = 1u << 15,	/* one, some: a determiner as speaker */
	QW_PREP = 1u << 16,	/* in, with: before a noun, not a verb */
	QW_STOP = 1u << 17,	/* never in a speaker's name */
	QW_ADVERB = 1u << 18,	/* also, has: between subject and verb */
	QW_DAY = 1u << 19,	/* Monday */
	QW_ASIDE = 1u << 20,	/* however, earlier: opens an aside */
	QW_ELISION = 1u << 21,	/* 'n', 'em, 'til: an apostrophe starts it */
	QW_TIME = 1u << 22,	/* the past, hours later: no speaker */
	QW_AUX = 1u << 23,	/* did, does: alone, no speaker */
	QW_LEAD = 1u << 24,	/* But, As: trimmed off a speaker's start */
	QW_OPENER = 1u << 25,	/* Asked, Facing: a speaker never starts so */
	QW_PLACE = 1u << 26,	/* Ohio, New Hampshire: a place, nobody */
	QW_TRAIL = 1u << 27,	/* both, now: trimmed off a speaker's end */
	QW_NOBODY = 1u << 28,	/* those, percent, fact: never a speaker */
	QW_SAYING = 1u << 29	/* (That was the) advice, message (of X) */
};

/* Build the index (once; later calls do nothing).  0, or -1 if the
   table outgrew its slots, which the unit test rules out. */
int qw_init(void);

/* The classes of the word p[0, n), whose lex_hash() is h; 0 if none. */
uint32_t qw_classes_h(const char *p, size_t n, uint32_t h);
uint32_t qw_classes(const char *p, size_t n);

/* The row of the word p[0, n) in qw_table, or -1. */
long qw_find(const char *p, size_t n);

/* The table, for the unit test. */
struct qw_row {
	const char *text;
	uint32_t cls;
};
extern const struct qw_row qw_table[];
extern const size_t qw_count;

#endif

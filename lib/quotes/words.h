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

/* Word classes, one bit each (bit 63 is toks.h's QW_KNOWN). */
#define QW_BIT(n) (UINT64_C(1) << (n))
#define QW_VERB	QW_BIT(0)	/* a reporting verb: said, told, noted */
#define QW_PARTICIPLE	QW_BIT(1)	/* ..., adding */
#define QW_QUOTING	QW_BIT(2)	/* quoted, cited (as saying) */
#define QW_PASSIVE	QW_BIT(3)	/* was, is: before quoted, cited */
#define QW_PAST	QW_BIT(4)	/* met, held: a verb after a subject */
#define QW_TITLE	QW_BIT(5)	/* a title or body before a name */
#define QW_AT_NOUN	QW_BIT(6)	/* analysts (at a firm) */
#define QW_CHANNEL	QW_BIT(7)	/* (in a) statement, speech */
#define QW_HONORIFIC	QW_BIT(8)	/* Sheikh, Dr: where a name starts */
#define QW_STYLE	QW_BIT(9)	/* (His) Highness */
#define QW_ABBREV	QW_BIT(10)	/* Dr. Gen.: the period ends no sentence */
#define QW_NAMEPART	QW_BIT(11)	/* bin, al, van: inside a person's name */
#define QW_PARTICLE	QW_BIT(12)	/* of, and: inside any name */
#define QW_PRONOUN	QW_BIT(13)	/* he, she, they */
#define QW_DET	QW_BIT(14)	/* the, a, his */
#define QW_ALONE	QW_BIT(15)	/* one, some: a determiner as speaker */
#define QW_PREP	QW_BIT(16)	/* in, with: before a noun, not a verb */
#define QW_STOP	QW_BIT(17)	/* never in a speaker's name */
#define QW_ADVERB	QW_BIT(18)	/* also, has: between subject and verb */
#define QW_DAY	QW_BIT(19)	/* Monday */
#define QW_ASIDE	QW_BIT(20)	/* however, earlier: opens an aside */
#define QW_ELISION	QW_BIT(21)	/* 'n', 'em, 'til: an apostrophe starts it */
#define QW_TIME	QW_BIT(22)	/* the past, hours later: no speaker */
#define QW_AUX	QW_BIT(23)	/* did, does: alone, no speaker */
#define QW_LEAD	QW_BIT(24)	/* But, As: trimmed off a speaker's start */
#define QW_OPENER	QW_BIT(25)	/* Asked, Facing: a speaker never starts so */
#define QW_PLACE	QW_BIT(26)	/* Ohio, New Hampshire: a place, nobody */
#define QW_TRAIL	QW_BIT(27)	/* both, now: trimmed off a speaker's end */
#define QW_NOBODY	QW_BIT(28)	/* those, percent, fact: never a speaker */
#define QW_SAYING	QW_BIT(29)	/* (That was the) advice, message (of X) */
#define QW_JUDGE	QW_BIT(30)	/* praised, accused: its subject speaks */
#define QW_NAMING	QW_BIT(31)	/* called, dubbed: (JUDGE) with an object */
#define QW_MODAL	QW_BIT(32)	/* will, would: a verb after a subject */
#define QW_COORD	QW_BIT(33)	/* and, but: joins clauses, opens none */
#define QW_IMPERSONAL	QW_BIT(34)	/* it, you: seldom a sentence's speaker */
#define QW_DOCUMENT	QW_BIT(35)	/* (according to a) statement, report */
#define QW_ISSUED	QW_BIT(36)	/* (a statement) issued, released (by) */
#define QW_ONWARD	QW_BIT(37)	/* went, goes (on to say) */
#define QW_HABIT	QW_BIT(38)	/* used (to tell) */
#define QW_SINGULAR	QW_BIT(39)	/* he, she: one person, named before */
#define QW_SUBORD	QW_BIT(40)	/* after, because: opens a clause with a
					   subject of its own */
#define QW_PHRASAL	QW_BIT(41)	/* shot, fired: reports with a particle
					   after it (shot back) */
#define QW_VPART	QW_BIT(42)	/* back, on: the particle of a PHRASAL
					   verb, before no further word */
#define QW_MEDIUM	QW_BIT(43)	/* telephone: (said) by telephone, an
					   active verb */
#define QW_ROLEWORD	QW_BIT(44)	/* billionaire: a role, no title, that
					   -p leaves out of a person's name */
#define QW_RELATIVE	QW_BIT(45)	/* who, which: opens a relative clause
					   (not that, which is more) */
#define QW_POSTNOUN	QW_BIT(46)	/* of, close to, in: opens a phrase
					   after a noun ("an official close
					   to X", "officials in each state") */
#define QW_POINTER	QW_BIT(47)	/* this, that, there: points at what
					   the text says, no subject's head */
#define QW_GROUP	QW_BIT(48)	/* Liberal, Republican: an adjective of
					   a group, no name before its noun */
#define QW_OFFICE	QW_BIT(49)	/* governor, senator: -p gives "the
					   governor" to the one the report is
					   on (not spokesman, candidate) */

/* Build the index (once; later calls do nothing).  0, or -1 if the
   table outgrew its slots, which the unit test rules out. */
int qw_init(void);

/* The classes of the word p[0, n), whose lex_hash() is h; 0 if none. */
uint64_t qw_classes_h(const char *p, size_t n, uint32_t h);
uint64_t qw_classes(const char *p, size_t n);

/* The row of the word p[0, n) in qw_table, or -1. */
long qw_find(const char *p, size_t n);

/*
 * The same for a word with no space in it, as a token is, from an index
 * of single words that is faster to probe: qw_word_row is qw_find,
 * qw_word_classes is qw_classes, for such a word.
 */
long qw_word_row(const char *p, size_t n);
uint64_t qw_word_classes(const char *p, size_t n);
/* qw_word_classes where room bytes from p may be read, room >= n. */
uint64_t qw_word_classes_in(const char *p, size_t n, size_t room);

/*
 * Filters of word shapes (length and first, middle and last bytes,
 * folded, hashed to one bit) for the classes asked of most words of a
 * sentence: a word whose bit is clear in a class's filter is of none of
 * its classes, told in a few instructions, without the index.  qw_init
 * builds them from the table.  QW_VP: the classes of a reporting verb
 * phrase's first word (toks.h's tk_vp).
 */
#define QW_VP (QW_VERB | QW_PASSIVE | QW_QUOTING | QW_PHRASAL)
#define QW_SHAPE_BITS 12
#define QW_SHAPE_MAX 16		/* longer words pass */
struct qw_shapes {
	uint64_t bit[(1u << QW_SHAPE_BITS) / 64];
};
extern struct qw_shapes qw_vp_shapes, qw_participle_shapes, qw_abbrev_shapes;

static inline uint32_t
qw_shape_slot(const char *p, size_t n)
{
	const unsigned char *b = (const unsigned char *)p;
	/* | 0x20 folds A-Z as lex_lower does, and leaves a folded byte be */
	uint32_t x = (uint32_t)(b[0] | 0x20) | (uint32_t)(b[n / 2] | 0x20) << 8 |
	    (uint32_t)(b[n - 1] | 0x20) << 16 | (uint32_t)n << 24;

	return (x * 0x9E3779B1u) >> (32 - QW_SHAPE_BITS);
}

/* May the word p[0, n), n >= 1, be of a class of the filter f's? */
static inline int
qw_may(const struct qw_shapes *f, const char *p, size_t n)
{
	uint32_t k;

	if (n > QW_SHAPE_MAX)
		return 1;
	k = qw_shape_slot(p, n);
	return (f->bit[k / 64] >> (k % 64) & 1) != 0;
}

/* The same for QW_VP (tk_vp). */
static inline int
qw_may_vp(const char *p, size_t n)
{
	return qw_may(&qw_vp_shapes, p, n);
}

/* The table, for the unit test. */
struct qw_row {
	const char *text;
	uint64_t cls;
};
extern const struct qw_row qw_table[];
extern const size_t qw_count;

#endif

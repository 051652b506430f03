/*
 * Quotation marks as data: one row per mark in marks.c, from which every
 * question the scan asks about a mark is answered.
 */
#ifndef QUOTES_MARKS_H
#define QUOTES_MARKS_H

#include <stddef.h>
#include <stdint.h>

#define CP_EDGE (-2)		/* the start or end of the text */

/* How a mark opens a quotation (prev and next: the code points around it). */
enum {
	QO_NEVER,		/* 」: only closes */
	QO_ALWAYS,		/* “ „ « */
	QO_UNLESS_CLOSER,	/* ": not where it looks like a closer */
	QO_BEFORE_TEXT,		/* » ‘: before text, not before a blank */
	QO_BETWEEN		/* ” ': after a blank and before text */
};

/* How a mark closes a quotation it may close. */
enum {
	QC_PLAIN,		/* wherever it stands */
	QC_AFTER_TEXT,		/* '': after text, not after a blank */
	QC_STRAIGHT,		/* ": after text, or not before text */
	QC_APOS			/* ' ’: as an apostrophe would not stand */
};

#define QM_CLOSERS 4		/* marks that may close one mark's quotation */

struct qm_closer {
	const char *mark;	/* UTF-8, or two ASCII bytes */
	int how;		/* 1: always; 2: only where it looks like a
				   closer and not like an opener */
};

struct qm_row {
	const char *mark;	/* UTF-8 of one code point, or two ASCII
				   bytes (`` '') that are one mark */
	int family;		/* marks that reopen each other's quotation
				   in the next paragraph */
	int open;		/* QO_* */
	int close;		/* QC_* */
	int reopens;		/* opens the next paragraph of a quotation
				   of its family, as well as of its own */
	int apos;		/* may be an apostrophe: never inside a
				   word, and closes only the innermost */
	struct qm_closer closed_by[QM_CLOSERS];
};

extern const struct qm_row qm_table[];
extern const size_t qm_count;

/* Derive the lookups from the table (once).  0, or -1 if the table
   outgrew them, which the unit test rules out. */
int qm_init(void);

/* The row of the mark c (a code point, or qm_pair()'s), or NULL. */
const struct qm_row *qm_find_any(int32_t c);

/* Row + 1 of each ASCII mark, 0 for another byte (qm_init). */
extern unsigned char qm_ascii_row[128];
/* The same for U+2000 to U+203F, the curly marks' block (qm_init). */
#define QM_PUNCT 0x2000
#define QM_PUNCT_N 64
extern unsigned char qm_punct_row[QM_PUNCT_N];

/*
 * qm_find, with ASCII and U+2000 to U+203F in line: the scan asks about
 * every character it stops at, and the one before and after a mark, most
 * of them in one of the two.
 */
static inline const struct qm_row *
qm_find(int32_t c)
{
	if (c >= 0 && c < 0x80)
		return qm_ascii_row[c] != 0 ? &qm_table[qm_ascii_row[c] - 1] :
		    NULL;
	if (c >= QM_PUNCT && c < QM_PUNCT + QM_PUNCT_N)
		return qm_punct_row[c - QM_PUNCT] != 0 ?
		    &qm_table[qm_punct_row[c - QM_PUNCT] - 1] : NULL;
	return qm_find_any(c);
}

static inline int
qm_is_mark(int32_t c)
{
	return qm_find(c) != NULL;
}

/* The two-byte marks by first byte: the second, 0 for none, and the
   code point standing for them (qm_init). */
extern unsigned char qm_pair_second[128];
extern int32_t qm_pair_cp[128];

/*
 * The code point standing for the two-byte mark b0 b1 (`` or ''), or 0
 * if they are none: in line, the scan and the tokenizer ask at every
 * ASCII stop.
 */
static inline int32_t
qm_pair(unsigned char b0, unsigned char b1)
{
	return b0 < 0x80 && qm_pair_second[b0] != 0 &&
	    qm_pair_second[b0] == b1 ? qm_pair_cp[b0] : 0;
}

/*
 * May c close a quotation opened by open?  0 no; 1 yes; 2 only where c
 * looks like a closer and not like an opener (a misused “ or a straight
 * quote inside curly ones).
 */
int qm_closes(int32_t open, int32_t c);

/* Does the mark c reopen, after a paragraph break, the quotation open
   opened? */
int qm_reopens(int32_t open, int32_t c);

/* Is c an ASCII byte that may start a mark (for the scan's fast path)? */
int qm_ascii(unsigned char b);

/*
 * Build every table's index of the quotation extractor (words, marks,
 * the scan's bytes), once; qx_init() calls it.  0, or -1 when a table
 * outgrew its index, which the unit test rules out (pairing.c).
 */
int qx_tables(void);

#endif

/*
 * The quotation marks: one row each, directed (what a mark opens, and
 * which marks close it, and how).  Adding a pair of marks is adding
 * their rows here and naming the closer in the opener's closed_by; every
 * lookup the scan makes is derived from this table by qm_init().
 */
#include <string.h>

#include "marks.h"
#include "utf8.h"

const struct qm_row qm_table[] = {
	/* mark family open close reopens apos: closed by (mark, how) */
	{ "\"", 1, QO_UNLESS_CLOSER, QC_STRAIGHT, 1, 0,
	    { { "\"", 1 }, { "”", 1 }, { "“", 2 } } },
	{ "“", 1, QO_ALWAYS, QC_PLAIN, 1, 0,
	    { { "”", 1 }, { "“", 2 }, { "\"", 2 }, { "''", 2 } } },
	{ "”", 1, QO_BETWEEN, QC_PLAIN, 0, 0, { { "”", 1 } } },
	{ "„", 1, QO_ALWAYS, QC_PLAIN, 1, 0,
	    { { "“", 1 }, { "”", 1 }, { "\"", 2 } } },
	{ "``", 1, QO_ALWAYS, QC_PLAIN, 1, 0,
	    { { "''", 1 }, { "”", 1 }, { "\"", 2 } } },
	{ "''", 1, QO_BETWEEN, QC_AFTER_TEXT, 0, 0, { { "''", 1 } } },
	{ "'", 2, QO_BETWEEN, QC_APOS, 1, 1, { { "'", 1 }, { "’", 1 } } },
	{ "‘", 2, QO_BEFORE_TEXT, QC_APOS, 1, 1, { { "’", 1 }, { "'", 1 } } },
	{ "’", 2, QO_BETWEEN, QC_APOS, 0, 1, { { "’", 1 } } },
	{ "‚", 2, QO_BETWEEN, QC_PLAIN, 1, 0,
	    { { "‘", 1 }, { "’", 1 }, { "‛", 1 } } },
	{ "‛", 2, QO_BEFORE_TEXT, QC_PLAIN, 1, 0, { { "’", 1 } } },
	{ "«", 3, QO_ALWAYS, QC_PLAIN, 0, 0, { { "»", 1 } } },
	{ "»", 3, QO_BEFORE_TEXT, QC_PLAIN, 0, 0, { { "«", 1 } } },
	{ "‹", 4, QO_ALWAYS, QC_PLAIN, 0, 0, { { "›", 1 } } },
	{ "›", 4, QO_BEFORE_TEXT, QC_PLAIN, 0, 0, { { "‹", 1 } } },
	{ "「", 5, QO_ALWAYS, QC_PLAIN, 0, 0, { { "」", 1 } } },
	{ "」", 5, QO_NEVER, QC_PLAIN, 0, 0, { { NULL, 0 } } },
	{ "『", 6, QO_ALWAYS, QC_PLAIN, 0, 0, { { "』", 1 } } },
	{ "』", 6, QO_NEVER, QC_PLAIN, 0, 0, { { NULL, 0 } } },
};
const size_t qm_count = sizeof qm_table / sizeof qm_table[0];

/* The derived lookups: code point to row, in open addressing. */
#define QM_SLOTS 64		/* a power of two, over twice the rows */
#define QM_PAIR_BASE 0x110000	/* two-byte marks: past Unicode */

static int32_t row_cp[sizeof qm_table / sizeof qm_table[0]];
static int32_t closer_cp[sizeof qm_table / sizeof qm_table[0]][QM_CLOSERS];
static unsigned char slot[QM_SLOTS];	/* row + 1, 0 empty */
static unsigned char ascii_start[128];
unsigned char qm_ascii_row[128];
unsigned char qm_punct_row[QM_PUNCT_N];
unsigned char qm_pair_second[128];	/* `` '': the second byte */
int32_t qm_pair_cp[128];
static int built;

static unsigned
cp_slot(int32_t c)
{
	return ((uint32_t)c * 2654435761u) >> 26;
}

/* The code point a row's text stands for, or U8_INVALID. */
static int32_t
text_cp(const char *s, size_t row)
{
	size_t n = strlen(s), l;
	int32_t c;

	if (n == 2 && (unsigned char)s[0] < 0x80 &&
	    (unsigned char)s[1] < 0x80)
		return QM_PAIR_BASE + (int32_t)row;
	l = u8_decode((const unsigned char *)s, n, &c);
	return l == n ? c : U8_INVALID;
}

/* The code point of a mark named in a closed_by list. */
static int32_t
named_cp(const char *s)
{
	size_t r;

	for (r = 0; r < qm_count; r++)
		if (strcmp(qm_table[r].mark, s) == 0)
			return row_cp[r];
	return U8_INVALID;
}

int
qm_init(void)
{
	size_t r, k;
	unsigned h;
	unsigned char b;

	if (built)
		return 0;
	if (2 * qm_count > QM_SLOTS)
		return -1;
	for (r = 0; r < qm_count; r++) {
		row_cp[r] = text_cp(qm_table[r].mark, r);
		if (row_cp[r] == U8_INVALID)
			return -1;
		b = (unsigned char)qm_table[r].mark[0];
		if (b < 0x80)
			ascii_start[b] = 1;
		if (row_cp[r] >= QM_PAIR_BASE) {
			if (qm_pair_second[b] != 0)
				return -1;	/* one pair per first byte */
			qm_pair_second[b] = (unsigned char)qm_table[r].mark[1];
			qm_pair_cp[b] = row_cp[r];
		}
		for (h = cp_slot(row_cp[r]); slot[h] != 0;
		    h = (h + 1) & (QM_SLOTS - 1))
			;
		slot[h] = (unsigned char)(r + 1);
		if (row_cp[r] >= 0 && row_cp[r] < 0x80)
			qm_ascii_row[row_cp[r]] = (unsigned char)(r + 1);
		if (row_cp[r] >= QM_PUNCT && row_cp[r] < QM_PUNCT + QM_PUNCT_N)
			qm_punct_row[row_cp[r] - QM_PUNCT] = (unsigned char)(r + 1);
	}
	for (r = 0; r < qm_count; r++)
		for (k = 0; k < QM_CLOSERS; k++) {
			const char *s = qm_table[r].closed_by[k].mark;

			closer_cp[r][k] = s != NULL ? named_cp(s) : U8_INVALID;
			if (s != NULL && closer_cp[r][k] == U8_INVALID)
				return -1;
		}
	built = 1;
	return 0;
}

static long
find_row(int32_t c)
{
	unsigned h;

	for (h = cp_slot(c); slot[h] != 0; h = (h + 1) & (QM_SLOTS - 1))
		if (row_cp[slot[h] - 1] == c)
			return (long)slot[h] - 1;
	return -1;
}

const struct qm_row *
qm_find_any(int32_t c)
{
	long r = find_row(c);

	return r < 0 ? NULL : &qm_table[r];
}

int
qm_closes(int32_t open, int32_t c)
{
	long r = find_row(open);
	size_t k;

	if (r < 0)
		return 0;
	for (k = 0; k < QM_CLOSERS; k++)
		if (closer_cp[r][k] == c)
			return qm_table[r].closed_by[k].how;
	return 0;
}

int
qm_reopens(int32_t open, int32_t c)
{
	const struct qm_row *o = qm_find(open), *m = qm_find(c);

	return o != NULL && m != NULL && m->family == o->family &&
	    (c == open || m->reopens);
}

int
qm_ascii(unsigned char b)
{
	return b < 0x80 && ascii_start[b];
}

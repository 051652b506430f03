/*
 * Number extractor: I/O-free, over a window of a record's text (see
 * win.h), reporting spans with normalised values.  Used by
 * cmd/menafn-numbers.c and the conformance runner.
 *
 * The scanner is incremental: nx_scan() is called after each piece of a
 * record's text is appended to the window; it reports every number it
 * can decide, remembers where it stopped, and never rescans.  A number
 * and the words that qualify it (magnitude, currency, unit, range) fit in
 * NX_LOOKAHEAD bytes from its first byte; context words before it (No.,
 * a hyphenated identifier) fit in NX_LOOKBEHIND bytes.  So a record fed
 * in pieces gives exactly the rows it gives when fed whole.
 */
#ifndef NUMBERS_H
#define NUMBERS_H

#include <stddef.h>
#include <stdint.h>

#define NX_LOOKAHEAD 256
#define NX_LOOKBEHIND 64
#define NX_VALUE_MAX 640
#define NX_UNIT_MAX 48

enum nx_kind {
	NX_NUMBER,
	NX_ORDINAL,
	NX_PERCENT,
	NX_CURRENCY,
	NX_DIMENSION,
	NX_RANGE,
	NX_YEAR,
	NX_DATE,
	NX_TIME,
	NX_OTHER,
	NX_NKINDS
};

/* Names of the kinds as written in the kind column, by enum nx_kind. */
extern const char *const nx_kind_name[NX_NKINDS];

struct nx_opts {
	unsigned kinds;		/* bit (1u << kind) for each kind to report; 0 = all */
	int bounds;		/* comparisons ("more than 30") as open ranges */
	int extended;		/* relative positions, percent words alone */
};

struct nx_num {
	uint64_t start, end;	/* absolute offsets in the record's text */
	const char *text;	/* the bytes of [start, end), in the window */
	const char *value;	/* plain decimal, "low-high", or empty; with the
				   bounds option "low-" or "-high" too; the
				   first valuelen of NX_VALUE_MAX bytes, all
				   readable (a row may copy more at once) */
	size_t valuelen;
	enum nx_kind kind;
	const char *unit;	/* ISO 4217 code, "%", a unit, a rate (USD/month),
				   the noun counted, or "" */
};

typedef void nx_emit_fn(void *ctx, const struct nx_num *n);

struct nx {
	struct nx_opts opt;
	uint64_t pos;		/* the next offset to scan */
	const char *lastcur;	/* ISO code of the last amount: for cents, fils, riyals */
	uint64_t namenum;	/* the last number of 3 to 9 digits in a name
				   (Boeing 757), 0 if none: "the 757" is it */
	char value[NX_VALUE_MAX];
	char unit[NX_UNIT_MAX];	/* a counted noun, a rate: USD/month */
	/*
	 * Numbers in the record longer than the look-ahead: they give no
	 * row; the tool warns, naming the offset of the first.
	 */
	unsigned long toolong;
	uint64_t toolong_at;
	int skipdigits;		/* inside one, across windows */
};

void nx_init(struct nx *x, const struct nx_opts *opt);
/* A new record: offsets start again at 0. */
void nx_reset(struct nx *x);

/*
 * Scan the window win, which holds text[base, base + len).  Reports, in
 * order of start, each number that starts before the end of the text
 * (final != 0) or at least NX_LOOKAHEAD bytes before the window's end.
 * Returns the offset before which the scanner needs no more text; it is
 * never more than NX_LOOKAHEAD + NX_LOOKBEHIND bytes before base + len,
 * which keeps the WIN_KEEP contract of win.h.
 */
uint64_t nx_scan(struct nx *x, const char *win, uint64_t base, size_t len,
    int final, nx_emit_fn *emit, void *ctx);

/*
 * Parse a comma-separated list of kind names (as for -k) into a bit
 * mask.  Returns 0, or -1 for an unknown or empty name.
 */
int nx_kinds_parse(const char *s, size_t n, unsigned *mask);

#endif

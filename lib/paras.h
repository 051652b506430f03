/*
 * Paragraph splitting, I/O-free and incremental.  Paragraphs are separated
 * by one or more blank lines (only spaces, tabs and CRs).  A text with no
 * blank line in its first cap bytes is either hard-wrapped, when most of
 * its lines there are full (the next line's first word would not have fit
 * on them) and end no sentence, and then its lines are joined into
 * paragraphs as a reader would (a short line after a sentence end, an
 * indented line or a blank line ends one); or it is split at every line
 * break.  Each paragraph is trimmed of
 * spaces, tabs, CRs and LFs at both ends.  At most one paragraph is held,
 * up to the cap: a longer one is reported in pieces of at most cap bytes,
 * cut after a space where there is one.
 */
#ifndef PARAS_H
#define PARAS_H

#include <stddef.h>
#include <stdint.h>

#include "win.h"

/* text: the bytes of [start, end); cut: a piece of a paragraph over the cap */
typedef void paras_emit_fn(void *ctx, uint64_t start, uint64_t end,
    const char *text, int cut);

enum paras_mode { PARAS_UNDECIDED, PARAS_BLANK, PARAS_LINE, PARAS_WRAP };

/* A line's width, in both measures wrappers use. */
struct paras_width {
	size_t chars, bytes;
};

/* The widest lines, in characters, that are taken for hard-wrapped text. */
#define PARAS_WRAP_MIN 30
#define PARAS_WRAP_MAX 250

struct paras {
	size_t cap;
	paras_emit_fn *emit;
	void *ctx;
	struct win w;
	enum paras_mode force;	/* set after paras_init: the mode of every text */
	enum paras_mode mode;
	uint64_t pos;		/* bytes scanned */
	uint64_t dirty;		/* after the last byte TSV escapes, LFs aside */
	int multi;		/* the open paragraph has had more than a line */
	int open;		/* a paragraph has begun */
	uint64_t pstart, pend;	/* its first byte, the end of its last non-blank */
	uint64_t line_start;	/* where the current line began */
	int line_has;		/* the current line has a non-blank byte */
	uint64_t line_first;	/* its first non-blank byte */
	/* Hard-wrapped text: the width, and the last line of the open paragraph. */
	struct paras_width wrap_width;	/* of the widest line; 0 if not wrapped */
	int prev_valid;		/* the break before the current line is open */
	struct paras_width prev_width;
	int prev_sentence;	/* it ends a sentence */
	uint64_t prev_end;	/* the end of its last non-blank */
	uint32_t *lf;		/* where a piece's escapes gave LFs */
};

void paras_init(struct paras *ps, size_t cap, paras_emit_fn *emit, void *ctx);
void paras_free(struct paras *ps);
void paras_begin(struct paras *ps);	/* a new text */
/* The next piece of text, n <= WIN_PIECE. */
void paras_feed(struct paras *ps, const char *p, size_t n);
void paras_end(struct paras *ps);	/* the text has ended */
/*
 * The next piece of text as TSV escapes it, n <= WIN_PIECE - 1, unescaped
 * straight into the window (*pending as for tsv_unescape).
 */
void paras_feed_esc(struct paras *ps, const char *p, size_t n, int *pending);
/*
 * Does the text from off on hold no byte that TSV escapes but LFs, as far
 * as it was fed through paras_feed_esc?  And the paragraph ending now, no
 * LF, when it began on the line it ends on?  Then it is written as it is.
 */
static inline int
paras_plain(const struct paras *ps, uint64_t off)
{
	return ps->dirty <= off && !ps->multi && ps->mode != PARAS_WRAP;
}

#endif

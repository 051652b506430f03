/*
 * Splitting a stream of MENAFN articles: the header
 * "date YYYY-MM-DD (MENAFN- Source)" at the start of a line begins an
 * article (a date that is no calendar day is reported, not passed on);
 * the boilerplate footer is dropped; the whitespace between the
 * header and the body and at the end of the body is trimmed.  Every other
 * byte reaches the body callback exactly as it came.  I/O-free: lines are
 * fed in pieces, and the state is bounded (STRIP_HOLD bytes held at most).
 */
#ifndef STRIP_H
#define STRIP_H

#include <stddef.h>

#define STRIP_HOLD ((size_t)64 * 1024)	/* footer lines, trailing blanks */

struct strip_hdr {
	size_t date_off, date_len;	/* "2025-01-24"; len 0 when absent */
	int date_bad;			/* it has the shape but is no calendar day */
	size_t src_off, src_len;	/* "UkrinForm"; len 0 for "(MENAFN)" */
	size_t body_off;		/* first byte after the header */
};

/*
 * Recognise a header at the start of the line p[0, n).  Returns 1 and
 * fills h, or 0.
 */
int strip_header(const char *p, size_t n, struct strip_hdr *h);

struct strip_ops {
	void (*begin)(void *ctx, const char *date, size_t dlen,
	    const char *src, size_t slen);
	void (*body)(void *ctx, const char *p, size_t n);
	void (*end)(void *ctx);
	/*
	 * Optional: the header's date, as written, is no calendar date
	 * (2025-13-45); begin() then gets an empty date.  Called just before it.
	 */
	void (*bad_date)(void *ctx, const char *date, size_t dlen);
};

enum strip_foot { FOOT_NONE, FOOT_ID, FOOT_DISCLAIMER };

struct strip {
	const struct strip_ops *ops;
	void *ctx;
	int keep_footer;	/* -k */
	int in_article;		/* begin() has been called */
	int leading;		/* still trimming after the header */
	int line_start;		/* the next piece starts a line */
	enum strip_foot foot;	/* lines are held as a possible footer */
	char *ws;		/* trailing whitespace not yet written */
	size_t wslen;
	char *held;		/* footer candidate lines */
	size_t heldlen;
	unsigned long long lines;	/* lines ended so far */
};

void strip_init(struct strip *s, const struct strip_ops *ops, void *ctx,
    int keep_footer);
void strip_free(struct strip *s);
/* The next piece of a line; eol: the piece ends the line (LF dropped). */
void strip_piece(struct strip *s, const char *p, size_t n, int eol);
/*
 * Whole lines p[0, n), the LFs between them kept and the last dropped:
 * the same as strip_piece(s, line, len, 1) for each line in turn.
 */
void strip_lines(struct strip *s, const char *p, size_t n);
/* End of input: ends the last article. */
void strip_finish(struct strip *s);

#endif

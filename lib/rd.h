/*
 * Streaming input over read(2).  A fixed buffer is filled in large
 * blocks; callers take the current line in pieces of at most RD_BLOCK
 * bytes, so a line of any length passes through in bounded memory.
 */
#ifndef RD_H
#define RD_H

#include <stddef.h>
#include <string.h>
#include <sys/types.h>

#define RD_BLOCK (64 * 1024)	/* the most a piece holds */
/*
 * What read(2) is given: several pieces' worth, so that a pipe (which
 * the writer of the tools' output enlarges to 1 MiB) is emptied in a few
 * calls, each waking its writer once, instead of one call and one wake-up
 * per 64 KiB; and the unread tail is moved to the front once in a few
 * pieces.  The pieces are the same whatever read(2) returns.
 */
#define RD_BUF (256 * 1024)

struct rd {
	int fd;
	const char *name;	/* for messages: the operand, "-" for stdin */
	char *buf;		/* the buffer, or the window over a mapped file */
	size_t size;		/* the most a piece holds: RD_BLOCK */
	size_t cap;		/* the buffer's size, RD_BUF (the window's: any) */
	size_t beg, end;	/* unread bytes are buf[beg, end) */
	int eof;		/* read(2) returned 0 */
	int err;		/* errno of a failed read(2), else 0 */
	int midline;		/* the last piece did not end its line */
	unsigned long long lineno;	/* lines ended so far */
	size_t clean;		/* bytes from beg known to hold no LF */
	char *own;		/* the buffer read(2) fills, once allocated */
	int mapped;		/* a regular file, read through the window */
	void *map;		/* the window, maplen bytes from mapoff */
	size_t maplen;
	off_t mapoff, fsize;	/* fsize: the file's size when opened */
};

void rd_init(struct rd *r, int fd, const char *name);
/*
 * A pipe at fd enlarged to RD_PIPE bytes, where the system can (Linux's
 * F_SETPIPE_SZ), so that each side runs longer between switches; never
 * shrunk, and nothing happens on failure or for anything but a pipe.
 * The input's pipe, by rd_init, and the output's, by tsv_init.
 */
#define RD_PIPE (1 << 20)
void rd_grow_pipe(int fd);
void rd_free(struct rd *r);

/*
 * Take the next piece of the current line: at most the buffer's size, the
 * LF not included.  *eol is 1 when the piece ends its line (at an LF, or
 * at the end of input for a last line without one).  A piece that starts
 * a line holds the whole line when it fits in the buffer.  Returns 1 when
 * a piece was taken, 0 at end of input, -1 on a read error (r->err).
 */
int rd_piece_more(struct rd *r, const char **p, size_t *len, int *eol);
/*
 * Inline, as it is called for every line: a line whole in the buffer is
 * one memchr; anything else (the buffer to fill, a line longer than it)
 * is rd_piece_more's, told how far there is no LF.
 */
static inline int
rd_piece(struct rd *r, const char **p, size_t *len, int *eol)
{
	size_t avail = r->end - r->beg;
	size_t lim = avail < r->size ? avail : r->size;
	const char *lf;

	if (r->clean != 0 || lim == 0)
		return rd_piece_more(r, p, len, eol);
	if ((lf = memchr(r->buf + r->beg, '\n', lim)) == NULL) {
		r->clean = lim;
		return rd_piece_more(r, p, len, eol);
	}
	*p = r->buf + r->beg;
	*len = (size_t)(lf - *p);
	*eol = 1;
	r->beg = (size_t)(lf - r->buf) + 1;
	r->midline = 0;
	r->lineno++;
	return 1;
}

/*
 * As rd_piece, but a piece that ends its line at an LF takes with it the
 * whole lines buffered after it: p[0, len) is one or more lines, the LFs
 * between them kept, the last dropped.  r->lineno counts the first
 * only: a caller that needs line numbers counts the LFs in the piece.
 */
int rd_lines(struct rd *r, const char **p, size_t *len, int *eol);

/*
 * Take whatever is buffered next, lines or not (fills first when empty).
 * Returns 1, 0 at end of input, -1 on a read error.
 */
int rd_block(struct rd *r, const char **p, size_t *len);

#endif

#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "msg.h"
#include "rd.h"

void
rd_init(struct rd *r, int fd, const char *name)
{
	memset(r, 0, sizeof *r);
	r->fd = fd;
	r->name = name;
	r->size = RD_BLOCK;
	r->buf = xmalloc(r->size);
}

void
rd_free(struct rd *r)
{
	free(r->buf);
	r->buf = NULL;
}

/* Move the unread bytes to the front and read(2) once into the rest. */
static int
fill(struct rd *r)
{
	ssize_t n;

	if (r->beg > 0) {
		memmove(r->buf, r->buf + r->beg, r->end - r->beg);
		r->end -= r->beg;
		r->beg = 0;
	}
	do
		n = read(r->fd, r->buf + r->end, r->size - r->end);
	while (n < 0 && errno == EINTR);
	if (n < 0) {
		r->err = errno;
		return -1;
	}
	if (n == 0)
		r->eof = 1;
	r->end += (size_t)n;
	return 0;
}

int
rd_piece(struct rd *r, const char **p, size_t *len, int *eol)
{
	size_t scanned = 0;	/* bytes after beg known to hold no LF */

	for (;;) {
		char *lf = memchr(r->buf + r->beg + scanned, '\n',
		    r->end - r->beg - scanned);

		if (lf != NULL) {
			*p = r->buf + r->beg;
			*len = (size_t)(lf - *p);
			*eol = 1;
			r->beg = (size_t)(lf - r->buf) + 1;
			r->midline = 0;
			r->lineno++;
			return 1;
		}
		scanned = r->end - r->beg;
		if (r->eof || r->end - r->beg == r->size) {
			if (scanned == 0 && !r->midline)
				return 0;
			*p = r->buf + r->beg;
			*len = scanned;
			r->beg = r->end;
			/* A full buffer continues the line; the end of input ends it. */
			*eol = r->eof;
			r->midline = !r->eof;
			if (r->eof)
				r->lineno++;
			return 1;
		}
		if (fill(r) < 0)
			return -1;
	}
}

int
rd_lines(struct rd *r, const char **p, size_t *len, int *eol)
{
	int rv = rd_piece(r, p, len, eol);
	size_t last = r->end;

	if (rv <= 0 || !*eol || r->beg == r->end)
		return rv;
	while (last > r->beg && r->buf[last - 1] != '\n')
		last--;
	if (last > r->beg) {
		*len = (size_t)(r->buf + last - 1 - *p);
		r->beg = last;
	}
	return rv;
}

int
rd_block(struct rd *r, const char **p, size_t *len)
{
	if (r->beg == r->end) {
		if (r->eof)
			return 0;
		r->beg = r->end = 0;
		if (fill(r) < 0)
			return -1;
		if (r->beg == r->end)
			return 0;
	}
	*p = r->buf + r->beg;
	*len = r->end - r->beg;
	r->beg = r->end;
	return 1;
}

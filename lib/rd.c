#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifdef __SSE2__
#include <emmintrin.h>	/* a compiler header, not a library */
#endif

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
	size_t scanned = r->clean;	/* bytes after beg known to hold no LF */

	r->clean = 0;

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

/* The offset just after the last LF of p[from, to), or from. */
static size_t
after_last_lf(const char *p, size_t from, size_t to)
{
#ifdef __SSE2__
	const __m128i lf = _mm_set1_epi8('\n');

	for (; to - from >= 16; to -= 16) {
		unsigned bits = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
		    _mm_loadu_si128((const __m128i *)(const void *)
		    (p + to - 16)), lf));

		if (bits != 0)
			return to - 16 + 32 - (size_t)__builtin_clz(bits);
	}
#endif
	while (to > from && p[to - 1] != '\n')
		to--;
	return to;
}

int
rd_lines(struct rd *r, const char **p, size_t *len, int *eol)
{
	int rv = rd_piece(r, p, len, eol);
	size_t last;

	if (rv <= 0 || !*eol || r->beg == r->end)
		return rv;
	last = after_last_lf(r->buf, r->beg, r->end);
	if (last > r->beg) {
		*len = (size_t)(r->buf + last - 1 - *p);
		r->beg = last;
	}
	/* The next search for an LF starts after what this one passed. */
	r->clean = r->end - r->beg;
	return rv;
}

int
rd_block(struct rd *r, const char **p, size_t *len)
{
	r->clean = 0;
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

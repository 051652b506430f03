#define _POSIX_C_SOURCE 200809L
#define _GNU_SOURCE	/* MAP_POPULATE, F_SETPIPE_SZ, where the system has them */

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef __SSE2__
#include <emmintrin.h>	/* a compiler header, not a library */
#endif

#include "msg.h"
#include "rd.h"

/*
 * A regular file is read through a window mapped over it, RD_MAP bytes
 * at a time, so its bytes are not copied out of the page cache first;
 * the window moves on as the buffer would have been refilled, and the
 * pieces are the same as read(2) gives, RD_BLOCK bytes the most.  At the
 * end of the file as it was when opened, reading goes on with read(2),
 * from where the window ended, so a file that grows meanwhile is read to
 * its end as before.
 */
#define RD_MAP ((size_t)1 << 20)

/*
 * A file cut shorter while its window is mapped makes the next read of
 * a page past its new end a SIGBUS.  remap() looks at the size before
 * each window, so this is only the race between that look and the
 * read; the tool then says what happened and exits 1, as for a file it
 * cannot read, rather than dying of the signal.
 */
static const char *volatile bus_name;

static void
put_err(const char *s)
{
	ssize_t w = write(2, s, strlen(s));

	(void)w;
}

static void
on_bus(int sig)
{
	(void)sig;
	put_err(msg_prog != NULL ? msg_prog : "menafn");
	put_err(": ");
	put_err(bus_name != NULL ? bus_name : "input");
	put_err(": the file was cut shorter while it was read\n");
	_exit(1);
}

static void
catch_bus(void)
{
	static int caught;
	struct sigaction sa;

	if (caught)
		return;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_bus;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGBUS, &sa, NULL);
	caught = 1;
}

/* The file's size now: a file cut shorter is read to its new end. */
static void
size_now(struct rd *r)
{
	struct stat st;

	if (fstat(r->fd, &st) == 0 && st.st_size < r->fsize)
		r->fsize = st.st_size;
}

static void
map_init(struct rd *r)
{
	struct stat st;
	off_t at;

	if (fstat(r->fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0)
		return;
	if ((at = lseek(r->fd, 0, SEEK_CUR)) < 0 || at >= st.st_size)
		return;
	r->fsize = st.st_size;
	r->mapoff = at;		/* nothing mapped yet: the window is empty */
	r->mapped = 1;
	bus_name = r->name;
	catch_bus();
}

void
rd_grow_pipe(int fd)
{
#if defined(F_GETPIPE_SZ) && defined(F_SETPIPE_SZ)
	int now = fcntl(fd, F_GETPIPE_SZ);	/* -1 when fd is no pipe */

	if (now > 0 && now < RD_PIPE)
		(void)fcntl(fd, F_SETPIPE_SZ, RD_PIPE);
#else
	(void)fd;
#endif
}

void
rd_init(struct rd *r, int fd, const char *name)
{
	memset(r, 0, sizeof *r);
	r->fd = fd;
	r->name = name;
	r->size = RD_BLOCK;
	r->cap = RD_BUF;
	map_init(r);
	if (!r->mapped) {
		rd_grow_pipe(fd);	/* whoever writes it: cat, zcat, a tool */
		r->buf = r->own = xmalloc(r->cap);
	}
}

static void
unmap(struct rd *r)
{
	if (r->map != NULL)
		munmap(r->map, r->maplen);
	r->map = NULL;
	r->maplen = 0;
}

void
rd_free(struct rd *r)
{
	unmap(r);
	free(r->own);
	r->buf = r->own = NULL;
}

/*
 * read(2) once after the unread bytes (fewer than a piece), moved to the
 * front first when less than a piece's room is left after them.
 */
static int
fill(struct rd *r)
{
	ssize_t n;

	if (r->beg == r->end)
		r->beg = r->end = 0;
	else if (r->cap - r->end < r->size) {
		memmove(r->buf, r->buf + r->beg, r->end - r->beg);
		r->end -= r->beg;
		r->beg = 0;
	}
	do
		n = read(r->fd, r->buf + r->end, r->cap - r->end);
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

/* The unread bytes, n of them from offset at, to a buffer of their own. */
static int
keep_unread(struct rd *r, off_t at, size_t n)
{
	size_t got = 0;

	r->own = xmalloc(RD_BUF);
	if (r->map != NULL && n > 0)
		memcpy(r->own, r->buf + r->beg, n);
	else
		while (got < n) {	/* the window is gone: read them again */
			ssize_t k = pread(r->fd, r->own + got, n - got,
			    at + (off_t)got);

			if (k < 0 && errno == EINTR)
				continue;
			if (k <= 0) {
				r->err = k < 0 ? errno : EIO;
				return -1;
			}
			got += (size_t)k;
		}
	unmap(r);
	r->mapped = 0;
	r->buf = r->own;
	r->cap = RD_BUF;
	r->beg = 0;
	r->end = n;
	return 0;
}

/*
 * The window moved to start at the page of the first unread byte (the
 * old one unmapped first, so that one is mapped at a time); at the end
 * of the file, the unread bytes (fewer than a buffer) are kept in a
 * buffer of their own and read(2) takes over.  A failed mmap, too.
 */
static int
remap(struct rd *r)
{
	long page = sysconf(_SC_PAGESIZE);
	off_t at = r->mapoff + (off_t)r->beg, start;
	size_t len, skip, unread = r->end - r->beg;

	size_now(r);
	bus_name = r->name;
	start = page > 0 ? at - at % page : at;
	skip = (size_t)(at - start);
	len = (size_t)(r->fsize - start) < RD_MAP ? (size_t)(r->fsize - start) :
	    RD_MAP;
	if (at < r->fsize && skip + unread < len) {
		int flags = MAP_PRIVATE;
		void *m;

#ifdef MAP_POPULATE
		flags |= MAP_POPULATE;	/* one call maps the window's pages */
#endif
		unmap(r);
		m = mmap(NULL, len, PROT_READ, flags, r->fd, start);
		if (m != MAP_FAILED) {
			r->map = m;
			r->maplen = len;
			r->buf = m;
			r->end = len;
			r->beg = skip;
			r->mapoff = start;
			return 0;
		}
	}
	if (keep_unread(r, at, unread) < 0)
		return -1;
	if (lseek(r->fd, at + (off_t)unread, SEEK_SET) < 0) {
		r->err = errno;
		return -1;
	}
	return fill(r);
}

/* More bytes after the unread ones: the window moved on, or read(2). */
static int
more(struct rd *r)
{
	return r->mapped ? remap(r) : fill(r);
}

int
rd_piece_more(struct rd *r, const char **p, size_t *len, int *eol)
{
	size_t scanned = r->clean;	/* bytes after beg known to hold no LF */

	r->clean = 0;

	for (;;) {
		size_t avail = r->end - r->beg;
		size_t lim = avail < r->size ? avail : r->size;
		char *lf;

		if (scanned > lim)
			scanned = lim;
		lf = lim > scanned ? memchr(r->buf + r->beg + scanned,
		    '\n', lim - scanned) : NULL;

		if (lf != NULL) {
			*p = r->buf + r->beg;
			*len = (size_t)(lf - *p);
			*eol = 1;
			r->beg = (size_t)(lf - r->buf) + 1;
			r->midline = 0;
			r->lineno++;
			return 1;
		}
		scanned = lim;
		if (r->eof || lim == r->size) {
			if (scanned == 0 && !r->midline)
				return 0;
			*p = r->buf + r->beg;
			*len = scanned;
			r->beg += scanned;
			/* A full buffer continues the line; the end of input ends it. */
			*eol = r->eof;
			r->midline = !r->eof;
			if (r->eof)
				r->lineno++;
			return 1;
		}
		if (more(r) < 0)
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
	size_t last, first, lim;

	if (rv <= 0 || !*eol || r->beg == r->end)
		return rv;
	/* No more than a buffer from the piece's start, as read(2) would. */
	first = (size_t)(*p - r->buf);
	lim = r->end - first > r->size ? first + r->size : r->end;
	last = after_last_lf(r->buf, r->beg, lim);
	if (last > r->beg) {
		*len = (size_t)(r->buf + last - 1 - *p);
		r->beg = last;
	}
	/* The next search for an LF starts after what this one passed. */
	r->clean = lim - r->beg;
	return rv;
}

int
rd_block(struct rd *r, const char **p, size_t *len)
{
	size_t n;

	r->clean = 0;
	if (r->mapped && r->end - r->beg < r->size && more(r) < 0)
		return -1;
	if (r->beg == r->end) {
		if (r->eof)
			return 0;
		r->beg = r->end = 0;
		if (fill(r) < 0)
			return -1;
		if (r->beg == r->end)
			return 0;
	}
	n = r->end - r->beg;
	*p = r->buf + r->beg;
	*len = n < r->size ? n : r->size;
	r->beg += *len;
	return 1;
}

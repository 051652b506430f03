#define _POSIX_C_SOURCE 200809L
#define _GNU_SOURCE		/* F_SETPIPE_SZ, where the system has it */

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include "scan.h"
#include "tsv.h"

/* Bytes that a field escapes: the one test on the hot path. */
static const unsigned char tsv_special[256] = {
	['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r', ['\\'] = '\\',
};

void
tsv_init(struct tsv_out *o, int fd)
{
#ifdef F_SETPIPE_SZ
	/*
	 * Between two tools a pipe of 64 KiB makes a switch per block; a
	 * larger one lets each side run longer.  Best effort: on failure the
	 * pipe stays as it was.
	 */
	(void)fcntl(fd, F_SETPIPE_SZ, 1 << 20);
#endif
	o->fd = fd;
	o->linebuf = 0;
	o->err = 0;
	o->len = 0;
}

static void
write_all(struct tsv_out *o, const char *p, size_t n)
{
	while (n > 0 && o->err == 0) {
		ssize_t k = write(o->fd, p, n);

		if (k < 0) {
			if (errno == EINTR)
				continue;
			o->err = errno;
			return;
		}
		p += k;
		n -= (size_t)k;
	}
}

int
tsv_flush(struct tsv_out *o)
{
	if (o->len > 0 && o->err == 0)
		write_all(o, o->buf, o->len);
	o->len = 0;
	if (o->err != 0) {
		errno = o->err;
		return -1;
	}
	return 0;
}

int
tsv_close(struct tsv_out *o)
{
	return tsv_flush(o);
}

void
tsv_raw(struct tsv_out *o, const char *p, size_t n)
{
	if (o->err != 0)
		return;
	if (n > sizeof o->buf - o->len) {
		tsv_flush(o);
		if (n >= sizeof o->buf) {
			write_all(o, p, n);
			return;
		}
	}
	memcpy(o->buf + o->len, p, n);
	o->len += n;
}

size_t
tsv_escape(char *dst, const char *src, size_t n)
{
	char *d = dst;
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)src[i];
		if (tsv_special[c]) {
			*d++ = '\\';
			*d++ = (char)tsv_special[c];
		} else
			*d++ = (char)c;
	}
	return (size_t)(d - dst);
}

#ifdef __SSE2__
#include <emmintrin.h>

/*
 * The bytes of a block that may need escaping, as a bit mask: every byte
 * up to CR (a coarse test, two instructions) and the backslash.
 */
static unsigned
maybe_special16(__m128i v)
{
	const __m128i cr = _mm_set1_epi8('\r'), bs = _mm_set1_epi8('\\');

	return (unsigned)_mm_movemask_epi8(_mm_or_si128(
	    _mm_cmpeq_epi8(_mm_min_epu8(v, cr), v), _mm_cmpeq_epi8(v, bs)));
}

/*
 * Copy the plain bytes at the start of p[0, n) to the end of the buffer,
 * sixteen at a time while testing them: a block is stored whole and the
 * count advanced to its first special byte only, so the text is read
 * once.  The last short block goes byte by byte, as reading past n may
 * fault.  Stops at a special byte, at n, or at the end of the room;
 * returns the count, which the caller adds to o->len.
 */
static size_t
plain_run(struct tsv_out *o, const char *p, size_t n)
{
	char *d = o->buf + o->len;
	size_t room = sizeof o->buf - o->len, i = 0;
	size_t lim = n < room ? n : room;

	while (i + 16 <= lim) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)
		    (p + i));
		unsigned bits = maybe_special16(v);

		_mm_storeu_si128((__m128i *)(void *)(d + i), v);
		if (bits == 0) {
			i += 16;
			continue;
		}
		i += (unsigned)__builtin_ctz(bits);
		if (tsv_special[(unsigned char)p[i]])
			return i;
		i++;	/* a control byte that stays as it is */
	}
	for (; i < lim && !tsv_special[(unsigned char)p[i]]; i++)
		d[i] = p[i];
	return i;
}
#else
/* Text is mostly plain: runs of it are found by the shared fast scan. */
static const struct scan_set tsv_escaped = {
	{ '\t', '\n', '\r', '\\' }, 0, tsv_special
};

static size_t
plain_run(struct tsv_out *o, const char *p, size_t n)
{
	size_t room = sizeof o->buf - o->len;
	size_t k = scan_plain(p, n < room ? n : room, &tsv_escaped);

	memcpy(o->buf + o->len, p, k);
	return k;
}
#endif

void
tsv_esc(struct tsv_out *o, const char *p, size_t n)
{
	while (n > 0 && o->err == 0) {
		size_t k;

		if (sizeof o->buf - o->len < 18) {
			tsv_flush(o);
			continue;
		}
		k = plain_run(o, p, n);
		o->len += k;
		p += k;
		n -= k;
		if (n > 0 && tsv_special[(unsigned char)*p]) {
			o->buf[o->len++] = '\\';
			o->buf[o->len++] = (char)tsv_special[(unsigned char)*p];
			p++;
			n--;
		}
	}
}

void
tsv_str(struct tsv_out *o, const char *s)
{
	tsv_raw(o, s, strlen(s));
}

/*
 * Offsets are written in every row: two digits a step from a table,
 * straight to their place, since a division per digit and a copy through
 * tsv_raw were a sixth of menafn-paras's time.
 */
size_t
tsv_fmt_u64(char *d, uint64_t v)
{
	static const char pairs[] =
	    "00010203040506070809101112131415161718192021222324252627282930"
	    "31323334353637383940414243444546474849505152535455565758596061"
	    "6263646566676869707172737475767778798081828384858687888990919293"
	    "949596979899";
	static const uint64_t ten[19] = {
		UINT64_C(10), UINT64_C(100), UINT64_C(1000), UINT64_C(10000),
		UINT64_C(100000), UINT64_C(1000000), UINT64_C(10000000),
		UINT64_C(100000000), UINT64_C(1000000000),
		UINT64_C(10000000000), UINT64_C(100000000000),
		UINT64_C(1000000000000), UINT64_C(10000000000000),
		UINT64_C(100000000000000), UINT64_C(1000000000000000),
		UINT64_C(10000000000000000), UINT64_C(100000000000000000),
		UINT64_C(1000000000000000000), UINT64_C(10000000000000000000)
	};
	size_t n = 1, i;

	while (n < 20 && v >= ten[n - 1])	/* the digits, no division */
		n++;
	for (i = n; v >= 100; v /= 100) {
		i -= 2;
		memcpy(d + i, pairs + 2 * (v % 100), 2);
	}
	if (v >= 10)
		memcpy(d + i - 2, pairs + 2 * v, 2);
	else
		d[i - 1] = (char)('0' + v);
	return n;
}

void
tsv_u64(struct tsv_out *o, uint64_t v)
{
	char d[20];

	if (o->err == 0 && sizeof o->buf - o->len >= sizeof d)
		o->len += tsv_fmt_u64(o->buf + o->len, v);
	else
		tsv_raw(o, d, tsv_fmt_u64(d, v));
}

char *
tsv_room(struct tsv_out *o, size_t n)
{
	if (o->err != 0 || n > sizeof o->buf)
		return NULL;
	if (n > sizeof o->buf - o->len && (tsv_flush(o) != 0 || o->err != 0))
		return NULL;
	return o->buf + o->len;
}

void
tsv_tab(struct tsv_out *o)
{
	if (o->len < sizeof o->buf)
		o->buf[o->len++] = '\t';
	else
		tsv_raw(o, "\t", 1);
}

void
tsv_endrow(struct tsv_out *o)
{
	tsv_raw(o, "\n", 1);
	if (o->linebuf)
		tsv_flush(o);
}

static const unsigned char tsv_unesc[256] = {
	['t'] = '\t', ['n'] = '\n', ['r'] = '\r', ['\\'] = '\\',
};

size_t
tsv_unescape(char *dst, const char *src, size_t n, int *pending)
{
	const char *end = src + n;
	char *d = dst;

	if (*pending && src < end) {
		unsigned char c = (unsigned char)*src;
		if (tsv_unesc[c]) {
			*d++ = (char)tsv_unesc[c];
			src++;
		} else
			*d++ = '\\';
		*pending = 0;
	}
	while (src < end) {
		const char *bs = memchr(src, '\\', (size_t)(end - src));
		size_t k = bs ? (size_t)(bs - src) : (size_t)(end - src);

		memmove(d, src, k);
		d += k;
		src += k;
		if (bs == NULL)
			break;
		if (bs + 1 == end) {
			*pending = 1;
			break;
		}
		if (tsv_unesc[(unsigned char)bs[1]]) {
			*d++ = (char)tsv_unesc[(unsigned char)bs[1]];
			src = bs + 2;
		} else {
			/* Any other pair stays as it is: \q is \q. */
			*d++ = '\\';
			src = bs + 1;
		}
	}
	return (size_t)(d - dst);
}

size_t
tsv_unescape_end(char *dst, int *pending)
{
	if (!*pending)
		return 0;
	*pending = 0;
	dst[0] = '\\';
	return 1;
}

#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "rd.h"
#include "scan.h"
#include "tsv.h"

/* Bytes that a field escapes: the one test on the hot path. */
static const unsigned char tsv_special[256] = {
	['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r', ['\\'] = '\\',
};

void
tsv_init(struct tsv_out *o, int fd)
{
	/*
	 * Between two tools a pipe of 64 KiB makes a switch per block; a
	 * larger one lets each side run longer.
	 */
	rd_grow_pipe(fd);
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

/* One byte, escaped when it must be; returns the count written. */
static size_t
esc_byte(char *d, unsigned char c)
{
	if (tsv_special[c]) {
		d[0] = '\\';
		d[1] = (char)tsv_special[c];
		return 2;
	}
	d[0] = (char)c;
	return 1;
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
 * Text is copied sixteen bytes at a time while it is tested: a block is
 * stored whole, the output advanced to its first byte that may need
 * escaping, that byte written, and the loop goes on after it, so the
 * text is read once and a byte escaped costs a few instructions, not a
 * call.  Plain text goes 32 bytes a turn.  A store reaches at most 32
 * bytes past what is written, which the room of 2 * n bytes covers (the
 * output never runs ahead of twice the input).  The last short block
 * goes byte by byte, as reading past n may fault.
 */
size_t
tsv_escape(char *dst, const char *src, size_t n)
{
	char *d = dst;
	size_t i = 0;

	while (i + 16 <= n) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)
		    (src + i));
		unsigned bits = maybe_special16(v);

		if (bits == 0 && i + 32 <= n) {
			__m128i w = _mm_loadu_si128((const __m128i *)
			    (const void *)(src + i + 16));

			if (maybe_special16(w) == 0) {
				_mm_storeu_si128((__m128i *)(void *)d, v);
				_mm_storeu_si128((__m128i *)(void *)(d + 16), w);
				d += 32;
				i += 32;
				continue;
			}
		}
		_mm_storeu_si128((__m128i *)(void *)d, v);
		if (bits == 0) {
			d += 16;
			i += 16;
			continue;
		}
		/* The block up to the byte found is stored; go on after it. */
		{
			size_t k = (size_t)__builtin_ctz(bits);

			d += k;
			d += esc_byte(d, (unsigned char)src[i + k]);
			i += k + 1;
		}
	}
	/*
	 * The last block, when it needs no escape: stored where it ends, over
	 * the bytes before it that it holds too (copied as they were).
	 */
	if (i < n && n >= 16 && maybe_special16(_mm_loadu_si128(
	    (const __m128i *)(const void *)(src + n - 16))) == 0) {
		_mm_storeu_si128((__m128i *)(void *)(d + (n - i) - 16),
		    _mm_loadu_si128((const __m128i *)(const void *)
		    (src + n - 16)));
		return (size_t)(d + (n - i) - dst);
	}
	for (; i < n; i++)
		d += esc_byte(d, (unsigned char)src[i]);
	return (size_t)(d - dst);
}
#else
size_t
tsv_escape(char *dst, const char *src, size_t n)
{
	char *d = dst;
	size_t i;

	for (i = 0; i < n; i++)
		d += esc_byte(d, (unsigned char)src[i]);
	return (size_t)(d - dst);
}
#endif

/*
 * Escaped in pieces that fit the room left, at most twice their size,
 * so that no byte is tested twice.
 */
void
tsv_esc(struct tsv_out *o, const char *p, size_t n)
{
	/* A short field (a number's text, a date) byte by byte, in place. */
	if (n < 16 && sizeof o->buf - o->len >= 32) {
		char *d = o->buf + o->len;
		size_t i;

		for (i = 0; i < n; i++)
			d += esc_byte(d, (unsigned char)p[i]);
		o->len = (size_t)(d - o->buf);
		return;
	}
	while (n > 0 && o->err == 0) {
		size_t room = sizeof o->buf - o->len, k;

		if (room < 64) {
			tsv_flush(o);
			continue;
		}
		k = n < room / 2 ? n : room / 2;
		o->len += tsv_escape(o->buf + o->len, p, k);
		p += k;
		n -= k;
	}
}

void
tsv_str(struct tsv_out *o, const char *s)
{
	tsv_raw(o, s, strlen(s));
}

/* Two digits a step from a table, straight to their place. */
const char tsv_pairs[201] =
    "00010203040506070809101112131415161718192021222324252627282930"
    "31323334353637383940414243444546474849505152535455565758596061"
    "6263646566676869707172737475767778798081828384858687888990919293"
    "949596979899";

size_t
tsv_fmt_u64_long(char *d, uint64_t v)
{
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
	size_t n, i;

	for (n = 1; n < 20 && v >= ten[n - 1]; n++)
		;
	for (i = n; v >= 100; v /= 100) {
		i -= 2;
		memcpy(d + i, tsv_pairs + 2 * (v % 100), 2);
	}
	if (v >= 10)
		memcpy(d + i - 2, tsv_pairs + 2 * v, 2);
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
tsv_room_flush(struct tsv_out *o, size_t n)
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
	if (o->len < sizeof o->buf)
		o->buf[o->len++] = '\n';
	else
		tsv_raw(o, "\n", 1);
	if (o->linebuf)
		tsv_flush(o);
}

static const unsigned char tsv_unesc[256] = {
	['t'] = '\t', ['n'] = '\n', ['r'] = '\r', ['\\'] = '\\',
};

/*
 * The pair at src[0, 2) (src[1] exists) to d; returns how far src goes:
 * \\ \t \n \r become their byte, any other pair stays as it is (\q is
 * \q), so only the backslash is passed.
 */
static size_t
unesc_pair(char *d, const char *src)
{
	unsigned char c = tsv_unesc[(unsigned char)src[1]];

	if (c) {
		*d = (char)c;
		return 2;
	}
	*d = '\\';
	return 1;
}

#ifdef __SSE2__
/* The bytes of v up to CR, as a mask: a raw control byte is rare. */
static unsigned
ctl16(__m128i v)
{
	const __m128i cr = _mm_set1_epi8('\r');

	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(v, cr),
	    v));
}

/*
 * The bytes up to the next backslash of src[0, n) to d, sixteen at a time
 * while they are tested, as in tsv_escape: a block is stored whole and
 * the count advanced to its backslash.  A store reaches at most 16 bytes
 * ahead of what the plain bytes fill, inside the n bytes the caller has.
 * *ctl becomes nonzero when a byte up to CR was passed (maybe more than
 * were copied): the least byte of the blocks is kept in a register and
 * tested once, at the end, since an update of *ctl a block made a chain
 * through memory that held the loop back.  With ahead > 0 the bytes that
 * far on are asked for as it goes (see tsv_unescape_lines).  Inline in
 * each unescaping, so that those which ask for nothing test nothing.
 */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline size_t
plain_to(char *d, const char *src, size_t n, unsigned *ctl, size_t ahead)
{
	const __m128i bs = _mm_set1_epi8('\\');
	__m128i least = _mm_set1_epi8((char)0xFF);
	size_t i = 0, k = n;
	unsigned bits;

	for (; i + 32 <= n; i += 32) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)
		    (src + i));
		__m128i w = _mm_loadu_si128((const __m128i *)(const void *)
		    (src + i + 16));

		_mm_storeu_si128((__m128i *)(void *)(d + i), v);
		_mm_storeu_si128((__m128i *)(void *)(d + i + 16), w);
		if (ahead > 0)	/* a hint, which never faults: past the end too */
			__builtin_prefetch((const void *)((uintptr_t)(src + i) +
			    ahead));
		least = _mm_min_epu8(least, _mm_min_epu8(v, w));
		bits = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, bs)) |
		    (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(w, bs)) << 16;
		if (bits != 0) {
			k = i + (size_t)__builtin_ctz(bits);
			goto done;
		}
	}
	if (n < 16) {
		for (; i < n && src[i] != '\\'; i++) {
			d[i] = src[i];
			*ctl |= (unsigned char)src[i] <= '\r';
		}
		return i;
	}
	/*
	 * What is left, in one or two blocks, the last stored where it ends,
	 * over bytes it shares with the one before (the same, as they came).
	 */
	if (i + 16 <= n) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)
		    (src + i));

		_mm_storeu_si128((__m128i *)(void *)(d + i), v);
		least = _mm_min_epu8(least, v);
		bits = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, bs));
		if (bits != 0) {
			k = i + (size_t)__builtin_ctz(bits);
			goto done;
		}
		i += 16;
	}
	if (i < n) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)
		    (src + n - 16));

		_mm_storeu_si128((__m128i *)(void *)(d + n - 16), v);
		least = _mm_min_epu8(least, v);
		bits = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, bs)) >>
		    (16 - (n - i));
		if (bits != 0)
			k = i + (size_t)__builtin_ctz(bits);
	}
done:
	*ctl |= ctl16(least);
	return k;
}
#else
static size_t
plain_to(char *d, const char *src, size_t n, unsigned *ctl, size_t ahead)
{
	const char *bs = memchr(src, '\\', n);
	size_t k = bs ? (size_t)(bs - src) : n, i;

	(void)ahead;
	memcpy(d, src, k);
	for (i = 0; i < k; i++)
		*ctl |= (unsigned char)src[i] <= '\r';
	return k;
}
#endif


/*
 * The one unescaping loop: lf, when not NULL, takes the offset in dst of
 * every LF an escape gives, so that a reader of lines need not search for
 * them again; ahead as for plain_to.  Inline in each caller, as plain_to.
 */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline size_t
unescape(char *dst, const char *src, size_t n, int *pending, size_t *mark,
    uint32_t *lf, size_t *nlf, size_t ahead)
{
	const char *end = src + n;
	char *d = dst;
	unsigned ctl = 0;
	size_t nl = 0;

	*mark = 0;
	if (*pending && src < end) {
		unsigned char c = (unsigned char)*src;
		if (tsv_unesc[c]) {
			*d++ = (char)tsv_unesc[c];
			src++;
		} else
			*d++ = '\\';
		*pending = 0;
		if (d[-1] != '\n')
			*mark = 1;
		else if (lf != NULL)
			lf[nl++] = 0;
	}
	while (src < end) {
		/* Pairs come in runs (\n\n between paragraphs): no search. */
		size_t k = *src == '\\' ? 0 :
		    plain_to(d, src, (size_t)(end - src), &ctl, ahead);

		d += k;
		src += k;
		if (src == end)
			break;
		if (src + 1 == end) {
			*pending = 1;
			break;
		}
		k = unesc_pair(d++, src);
		src += k;
		if (*(d - 1) != '\n')
			*mark = (size_t)(d - dst);
		else if (lf != NULL)
			lf[nl++] = (uint32_t)(d - 1 - dst);
	}
	if (ctl != 0) {		/* a raw control byte: somewhere, so anywhere */
		*mark = (size_t)(d - dst);
		nl = TSV_LF_UNKNOWN;	/* a raw LF, maybe */
	}
	if (nlf != NULL)
		*nlf = nl;
	return (size_t)(d - dst);
}

size_t
tsv_unescape(char *dst, const char *src, size_t n, int *pending)
{
	size_t mark;

	return unescape(dst, src, n, pending, &mark, NULL, NULL, 0);
}

size_t
tsv_unescape_marked(char *dst, const char *src, size_t n, int *pending,
    size_t *mark)
{
	return unescape(dst, src, n, pending, mark, NULL, NULL, 0);
}

/*
 * A reader of lines (menafn-paras) works on each record's lines, and
 * writes their rows, after it is unescaped, while the memory is idle: the
 * bytes TSV_AHEAD on, the next records', are asked for meanwhile, so the
 * search for their end does not wait for them (on 64 MiB of real text,
 * menafn-paras's CPU time went from 30 to 27 ms).
 */
#define TSV_AHEAD 8192

size_t
tsv_unescape_lines(char *dst, const char *src, size_t n, int *pending,
    size_t *mark, uint32_t *lf, size_t *nlf)
{
	return unescape(dst, src, n, pending, mark, lf, nlf, TSV_AHEAD);
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

#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>	/* a compiler header, not a library */
#endif

#include "scan.h"

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL
#define HAS_ZERO(v) (((v) - ONES) & ~(v) & HIGHS)
#define HAS_LESS(v, b) (((v) - ONES * (b)) & ~(v) & HIGHS)

#ifndef __SSE2__
/* Could a byte of the eight at p end the run?  Never wrong when it says no. */
static int
maybe8(const char *p, const struct scan_set *s)
{
	uint64_t v;

	memcpy(&v, p, 8);
	/* The flags sit in the high bits: test, never narrow, the word. */
	return (HAS_ZERO(v ^ (ONES * s->bytes[0])) |
	    HAS_ZERO(v ^ (ONES * s->bytes[1])) |
	    HAS_ZERO(v ^ (ONES * s->bytes[2])) |
	    HAS_ZERO(v ^ (ONES * s->bytes[3]))) != 0 ||
	    (s->coarse && ((v & HIGHS) != 0 || HAS_LESS(v, 0x20) != 0));
}
#endif

#ifdef __SSE2__
/*
 * The 16 bytes v: those equal to one of the set's bytes, and with lim
 * 0x20 those under 0x20 or over 0x7F (a signed compare; with lim -128
 * none), as a vector of flags.
 */
static inline __m128i
flags16(__m128i v, __m128i b0, __m128i b1, __m128i b2, __m128i b3,
    __m128i lim)
{
	return _mm_or_si128(_mm_or_si128(
	    _mm_or_si128(_mm_cmpeq_epi8(v, b0), _mm_cmpeq_epi8(v, b1)),
	    _mm_or_si128(_mm_cmpeq_epi8(v, b2), _mm_cmpeq_epi8(v, b3))),
	    _mm_cmpgt_epi8(lim, v));
}

/* The lowest set bit of m, not 0. */
static inline unsigned
low_bit(unsigned m)
{
#if defined(__GNUC__) || defined(__clang__)
	return (unsigned)__builtin_ctz(m);
#else
	unsigned k = 0;

	while (!(m >> k & 1))
		k++;
	return k;
#endif
}

/* The byte b in each of 16. */
static inline __m128i
spread(unsigned char b)
{
	return _mm_set1_epi32((int)(b * 0x01010101u));
}

/*
 * 32 bytes a turn after the first 16, one test for both halves (where
 * stops are dense, as in "a"a"a, the first 16 hold the next one): the
 * bytes the filter flags are looked up in the set's table one by one,
 * lowest first, so a block of text with a mark or a letter outside ASCII
 * in it costs one lookup a flagged byte and the scan goes on in the same
 * block.
 */
size_t
scan_plain(const char *p, size_t n, const struct scan_set *s)
{
	const __m128i b0 = spread(s->bytes[0]), b1 = spread(s->bytes[1]),
	    b2 = spread(s->bytes[2]), b3 = spread(s->bytes[3]),
	    lim = _mm_set1_epi8(s->coarse ? 0x20 : -128);
	size_t i = 0, k;
	unsigned m;

	for (;;) {
		/* the first 16 alone: a stop is most often near */
		if (i > 0 && i + 32 <= n) {
			__m128i f0 = flags16(_mm_loadu_si128((const __m128i *)
			    (const void *)(p + i)), b0, b1, b2, b3, lim);
			__m128i f1 = flags16(_mm_loadu_si128((const __m128i *)
			    (const void *)(p + i + 16)), b0, b1, b2, b3, lim);

			if (_mm_movemask_epi8(_mm_or_si128(f0, f1)) == 0) {
				i += 32;
				continue;
			}
			m = (unsigned)_mm_movemask_epi8(f0) |
			    (unsigned)_mm_movemask_epi8(f1) << 16;
		} else if (i + 16 <= n)
			m = (unsigned)_mm_movemask_epi8(flags16(_mm_loadu_si128(
			    (const __m128i *)(const void *)(p + i)), b0, b1, b2,
			    b3, lim));
		else
			break;
		for (; m != 0; m &= m - 1) {
			k = low_bit(m);
			if (s->stop[(unsigned char)p[i + k]])
				return i + k;
		}
		i += i > 0 && i + 32 <= n ? 32 : 16;
	}
	while (i < n && !s->stop[(unsigned char)p[i]])
		i++;
	return i;
}
#else
size_t
scan_plain(const char *p, size_t n, const struct scan_set *s)
{
	size_t i = 0, j0;

	for (;;) {
		while (i + 8 <= n && !maybe8(p + i, s))
			i += 8;
		/* The coarse filter stopped: look byte by byte, then go on. */
		for (j0 = i; i < n && i < j0 + 8 &&
		    !s->stop[(unsigned char)p[i]]; i++)
			;
		if (i == n || s->stop[(unsigned char)p[i]])
			return i;
	}
}
#endif

size_t
scan_caps(const char *p, size_t n)
{
	size_t i = 0;

#ifdef __SSE2__
	const __m128i at = _mm_set1_epi8('@'), lb = _mm_set1_epi8('['),
	    zero = _mm_setzero_si128();

	for (; i + 16 <= n; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)
		    (p + i));
		/* signed: a byte at or over 0x80 is below zero */
		__m128i m = _mm_or_si128(_mm_and_si128(_mm_cmpgt_epi8(v, at),
		    _mm_cmplt_epi8(v, lb)), _mm_cmplt_epi8(v, zero));

		if (_mm_movemask_epi8(m) != 0)
			break;
	}
#endif
	for (; i < n; i++) {
		unsigned char b = (unsigned char)p[i];

		if ((b >= 'A' && b <= 'Z') || b >= 0x80)
			return i;
	}
	return n;
}

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

#ifdef __SSE2__
/* The 16 bytes at p: a mask of those equal to one of the set's bytes. */
static inline int
hits16(const char *p, __m128i b0, __m128i b1, __m128i b2, __m128i b3)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);

	return _mm_movemask_epi8(_mm_or_si128(
	    _mm_or_si128(_mm_cmpeq_epi8(v, b0), _mm_cmpeq_epi8(v, b1)),
	    _mm_or_si128(_mm_cmpeq_epi8(v, b2), _mm_cmpeq_epi8(v, b3))));
}

/*
 * The offset of the first block of 16 at or after i that may hold a stop
 * byte, or the last offset from which 16 bytes do not fit.  Two blocks a
 * turn: the loop's own cost is then small beside the compares.
 */
static size_t
skip16(const char *p, size_t i, size_t n, const struct scan_set *s)
{
	const __m128i b0 = _mm_set1_epi8((char)s->bytes[0]),
	    b1 = _mm_set1_epi8((char)s->bytes[1]),
	    b2 = _mm_set1_epi8((char)s->bytes[2]),
	    b3 = _mm_set1_epi8((char)s->bytes[3]);
	/* A signed compare with 0x20 also catches every byte >= 0x80. */
	const __m128i low = _mm_set1_epi8(0x20);

	if (!s->coarse) {
		for (; i + 32 <= n; i += 32)
			if ((hits16(p + i, b0, b1, b2, b3) |
			    hits16(p + i + 16, b0, b1, b2, b3)) != 0)
				break;
		for (; i + 16 <= n; i += 16)
			if (hits16(p + i, b0, b1, b2, b3) != 0)
				break;
		return i;
	}
	for (; i + 16 <= n; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)
		    (p + i));

		if ((hits16(p + i, b0, b1, b2, b3) |
		    _mm_movemask_epi8(_mm_cmplt_epi8(v, low))) != 0)
			break;
	}
	return i;
}
#endif

size_t
scan_plain(const char *p, size_t n, const struct scan_set *s)
{
	size_t i = 0, j0;

	for (;;) {
#ifdef __SSE2__
		i = skip16(p, i, n, s);
#endif
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

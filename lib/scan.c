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

size_t
scan_plain(const char *p, size_t n, const struct scan_set *s)
{
	size_t i = 0, j0;

	for (;;) {
#ifdef __SSE2__
		const __m128i b0 = _mm_set1_epi8((char)s->bytes[0]),
		    b1 = _mm_set1_epi8((char)s->bytes[1]),
		    b2 = _mm_set1_epi8((char)s->bytes[2]),
		    b3 = _mm_set1_epi8((char)s->bytes[3]);
		/* A signed compare with 0x20 also catches every byte >= 0x80. */
		const __m128i low = _mm_set1_epi8(s->coarse ? 0x20 : -128);

		for (; i + 16 <= n; i += 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)
			    (p + i));
			__m128i m = _mm_or_si128(
			    _mm_or_si128(_mm_cmpeq_epi8(v, b0),
			    _mm_cmpeq_epi8(v, b1)),
			    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, b2),
			    _mm_cmpeq_epi8(v, b3)), _mm_cmplt_epi8(v, low)));

			if (_mm_movemask_epi8(m) != 0)
				break;
		}
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

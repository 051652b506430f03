#include "utf8.h"

size_t
u8_decode(const unsigned char *p, size_t n, int32_t *cp)
{
	unsigned char b = p[0];
	size_t len, i;
	int32_t c, min;

	if (b < 0x80) {
		*cp = b;
		return 1;
	}
	if (b >= 0xC2 && b <= 0xDF) {
		len = 2; c = b & 0x1F; min = 0x80;
	} else if (b >= 0xE0 && b <= 0xEF) {
		len = 3; c = b & 0x0F; min = 0x800;
	} else if (b >= 0xF0 && b <= 0xF4) {
		len = 4; c = b & 0x07; min = 0x10000;
	} else {
		*cp = U8_INVALID;
		return 1;
	}
	if (n < len) {
		*cp = U8_INVALID;
		return 1;
	}
	for (i = 1; i < len; i++) {
		if ((p[i] & 0xC0) != 0x80) {
			*cp = U8_INVALID;
			return 1;
		}
		c = (c << 6) | (p[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
		*cp = U8_INVALID;
		return 1;
	}
	*cp = c;
	return len;
}

size_t
u8_decode_back(const unsigned char *p, size_t n, int32_t *cp)
{
	size_t k;

	if (n == 0) {
		*cp = U8_INVALID;
		return 0;
	}
	/* Step back over at most three continuation bytes to a lead byte. */
	for (k = 1; k <= 4 && k <= n; k++) {
		unsigned char b = p[n - k];
		if ((b & 0xC0) != 0x80) {
			int32_t c;
			if (u8_decode(p + n - k, k, &c) == k) {
				*cp = c;
				return k;
			}
			break;
		}
	}
	*cp = p[n - 1] < 0x80 ? p[n - 1] : U8_INVALID;
	return 1;
}

#define SP (U8_SPACE | U8_BLANK)
#define LO U8_ALPHA
#define UP (U8_ALPHA | U8_UPPER)
#define DG U8_DIGIT
const unsigned char u8_ascii[256] = {
	['\t'] = SP, ['\n'] = U8_SPACE, ['\v'] = SP, ['\f'] = SP, ['\r'] = SP,
	[' '] = SP,
	['0'] = DG, DG, DG, DG, DG, DG, DG, DG, DG, DG,
	['A'] = UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP,
	UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP,
	['a'] = LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO,
	LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO,
};

int
u8_isspace_wide(int32_t c)
{
	return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
	    c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
	    c == 0x3000 || c == 0xFEFF;
}

unsigned
u8_punct(int32_t c)
{
	switch (c) {
	case '-': case 0x2010: case 0x2011:
		return U8_HYPHEN;
	case 0x2012: case 0x2013:
		return U8_ENDASH;
	case 0x2014: case 0x2015:
		return U8_EMDASH;
	case 0x2212:
		return U8_MINUS;
	case '\'': case 0x2019: case 0x02BC:
		return U8_APOS;
	case 0x2018:
		return U8_TURNED;
	}
	return 0;
}

/* Ranges of letters, sorted; coarse on purpose: scripts the feed carries. */
static const int32_t alpha_ranges[][2] = {
	{ 'A', 'Z' }, { 'a', 'z' }, { 0xAA, 0xAA }, { 0xB5, 0xB5 },
	{ 0xBA, 0xBA }, { 0xC0, 0xD6 }, { 0xD8, 0xF6 }, { 0xF8, 0x2AF },
	{ 0x370, 0x373 }, { 0x376, 0x377 }, { 0x37B, 0x37D },
	{ 0x386, 0x386 }, { 0x388, 0x3FF }, { 0x400, 0x481 },
	{ 0x48A, 0x52F }, { 0x531, 0x556 }, { 0x561, 0x587 },
	{ 0x5D0, 0x5EA }, { 0x620, 0x64A }, { 0x671, 0x6D3 },
	{ 0x6FA, 0x6FC }, { 0x904, 0x939 }, { 0x10A0, 0x10FF },
	{ 0x1E00, 0x1FFF }, { 0x3041, 0x3096 }, { 0x30A1, 0x30FA },
	{ 0x4E00, 0x9FFF }, { 0xAC00, 0xD7A3 },
};

int
u8_isalpha_wide(int32_t c)
{
	size_t lo = 0, hi = sizeof alpha_ranges / sizeof alpha_ranges[0];

	if (c < 0x80)
		return c >= 0 && (u8_ascii[c] & U8_ALPHA);
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (c < alpha_ranges[mid][0])
			hi = mid;
		else if (c > alpha_ranges[mid][1])
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

int
u8_isupper_wide(int32_t c)
{
	if (c < 0x80)
		return c >= 0 && (u8_ascii[c] & U8_UPPER);
	if ((c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xDE))
		return 1;
	if (c >= 0x100 && c <= 0x17F)	/* Latin Extended-A alternates */
		return (c & 1) == 0 && c != 0x138;
	if (c >= 0x391 && c <= 0x3AB)
		return c != 0x3A2;
	if (c >= 0x400 && c <= 0x42F)
		return 1;
	if (c >= 0x460 && c <= 0x4FF)
		return (c & 1) == 0;
	return 0;
}

int
u8_latin1_base(int32_t c)
{
	/* U+00C0 to U+00FF in order; '.' where the letter has no base */
	static const char base[] =
	    "AAAAAA.CEEEEIIIIDNOOOOO.OUUUUY.."
	    "aaaaaa.ceeeeiiiidnooooo.ouuuuy.y";

	if (c < 0xC0 || c > 0xFF || base[c - 0xC0] == '.')
		return 0;
	return base[c - 0xC0];
}

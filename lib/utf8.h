/* UTF-8 decoding and character classes that never depend on the locale. */
#ifndef UTF8_H
#define UTF8_H

#include <stddef.h>
#include <stdint.h>

#define U8_INVALID (-1)

/*
 * Decode the code point at p, of which n > 0 bytes are available.  Returns
 * the number of bytes it takes (1 to 4).  An invalid or truncated sequence,
 * an overlong form, a surrogate or a value past U+10FFFF gives *cp =
 * U8_INVALID and length 1, so a caller that steps by the result passes
 * every byte exactly once.
 */
size_t u8_decode(const unsigned char *p, size_t n, int32_t *cp);

/* Decode the code point that ends just before p[n]; returns its length. */
size_t u8_decode_back(const unsigned char *p, size_t n, int32_t *cp);

/*
 * Character classes.  ASCII, most of the text, is answered from a table
 * in the header, so the extractors' inner loops make no call for it.
 * The table has a row for every byte (those from 0x80 have no class),
 * so a loop over bytes tests one load a byte.  U8_BLANK: a space but
 * the line feed, which tokenizers count.
 */
enum { U8_SPACE = 1, U8_ALPHA = 2, U8_DIGIT = 4, U8_UPPER = 8,
	U8_BLANK = 16 };
extern const unsigned char u8_ascii[256];

int u8_isspace_wide(int32_t cp);	/* NBSP, U+2000..200A, U+3000 ... */
int u8_isalpha_wide(int32_t cp);	/* Latin, Greek, Cyrillic, Arabic, CJK ... */
int u8_isupper_wide(int32_t cp);	/* Latin, Greek, Cyrillic capitals */

/*
 * The ASCII letter a letter of Latin-1 (U+00C0 to U+00FF) is written as
 * without its accent (é e, Ç C), or 0 for any other code point and for
 * those with none (Æ, ß, ×).
 */
int u8_latin1_base(int32_t cp);

static inline int
u8_isspace(int32_t cp)
{
	return cp >= 0 && cp < 0x80 ? u8_ascii[cp] & U8_SPACE :
	    u8_isspace_wide(cp);
}

static inline int
u8_isalpha(int32_t cp)
{
	return cp >= 0 && cp < 0x80 ? u8_ascii[cp] & U8_ALPHA :
	    u8_isalpha_wide(cp);
}

static inline int
u8_isupper(int32_t cp)
{
	return cp >= 0 && cp < 0x80 ? u8_ascii[cp] & U8_UPPER :
	    u8_isupper_wide(cp);
}

/*
 * Dashes and apostrophes, one class each, for both extractors.  Each
 * extractor asks for the members it means: a number's minus sign is not
 * the dash that sets off a speaker.
 */
enum {
	U8_HYPHEN = 1,		/* - U+2010 U+2011 */
	U8_ENDASH = 2,		/* U+2012 figure dash, U+2013 en dash */
	U8_EMDASH = 4,		/* U+2014 em dash, U+2015 horizontal bar */
	U8_MINUS = 8,		/* U+2212 */
	U8_DASH = U8_HYPHEN | U8_ENDASH | U8_EMDASH | U8_MINUS,
	U8_APOS = 16,		/* ' U+2019 U+02BC */
	U8_TURNED = 32		/* U+2018, typed for an apostrophe ('90s) */
};
unsigned u8_punct(int32_t cp);

/* ASCII 0-9 only: other scripts' digits are not read as numbers. */
static inline int
u8_isdigit(int32_t cp)
{
	return cp >= '0' && cp <= '9';
}

static inline int
u8_isalnum(int32_t cp)
{
	return cp >= 0 && cp < 0x80 ? u8_ascii[cp] & (U8_ALPHA | U8_DIGIT) :
	    u8_isalpha_wide(cp);
}

#endif

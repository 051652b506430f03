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

int u8_isspace(int32_t cp);	/* ASCII white space, NBSP, U+2000..200A, ... */
int u8_isalpha(int32_t cp);	/* letters of Latin, Greek, Cyrillic, Arabic, CJK ... */
int u8_isupper(int32_t cp);	/* upper-case letters of Latin, Greek, Cyrillic */
int u8_isdigit(int32_t cp);	/* ASCII 0-9 only */
int u8_isalnum(int32_t cp);

#endif

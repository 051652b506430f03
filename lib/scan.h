/*
 * Skipping plain bytes fast: the one inner loop the tools spend most of
 * their time in.  A set names up to four bytes to stop at, and may add
 * every control byte and every byte at or over 0x80 as a coarse filter;
 * the exact answer then comes from the set's table.
 */
#ifndef SCAN_H
#define SCAN_H

#include <stddef.h>

struct scan_set {
	unsigned char bytes[4];	/* stop at these (repeat one to use fewer) */
	int coarse;		/* also look at bytes < 0x20 and >= 0x80 */
	const unsigned char *stop;	/* [256]: nonzero where the run ends */
};

/* The length of the longest prefix of p[0, n) with no byte in stop[]. */
size_t scan_plain(const char *p, size_t n, const struct scan_set *s);

/*
 * The offset of the first byte of p[0, n) that is an ASCII capital or at
 * or over 0x80 (a letter outside ASCII may be a capital), or n.
 */
size_t scan_caps(const char *p, size_t n);

#endif

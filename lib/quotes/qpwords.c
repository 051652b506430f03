/*
 * -p: tests on words alone for persons.c's rules (qpersons.h): a name
 * written with accents and without.
 */
#include <string.h>

#include "lex.h"
#include "qpersons.h"

/*
 * Is a[0, an) b[0, bn) with accents: the same bytes but where a has a
 * letter of Latin-1's two-byte range (é, ç: lead byte 0xC3) and b an
 * ASCII letter ("François Hollande", "Francois Hollande")?
 */
int
pr_accent_variant(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i = 0, j = 0;
	int seen = 0;

	while (i < an && j < bn) {
		if (a[i] == b[j]) {
			i++, j++;
		} else if ((unsigned char)a[i] == 0xC3 && i + 1 < an &&
		    ((b[j] >= 'a' && b[j] <= 'z') || (b[j] >= 'A' &&
		    b[j] <= 'Z'))) {
			i += 2, j++;
			seen = 1;
		} else
			return 0;
	}
	return seen && i == an && j == bn;
}

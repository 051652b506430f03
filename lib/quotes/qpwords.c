/*
 * -p: tests on words alone for persons.c's rules (qpersons.h): a name
 * written with accents and without.
 */

#include "qpersons.h"
#include "utf8.h"

/*
 * Is a[0, an) b[0, bn) with accents: the same bytes but where a has a
 * letter of Latin-1 with an accent and b that letter without it
 * ("François Hollande", "Francois Hollande"; not "José", "Josh")?
 */
int
pr_accent_variant(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i = 0, j = 0, l;
	int32_t cp;
	int seen = 0;

	while (i < an && j < bn) {
		if (a[i] == b[j]) {
			i++, j++;
			continue;
		}
		l = u8_decode((const unsigned char *)a + i, an - i, &cp);
		if (u8_latin1_base(cp) != (unsigned char)b[j] || b[j] == 0)
			return 0;
		i += l, j++;
		seen = 1;
	}
	return seen && i == an && j == bn;
}

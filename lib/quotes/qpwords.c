/*
 * -p: tests on words alone for persons.c's rules (qpersons.h): the
 * titles of an office, a name written with accents and without.
 */
#include <string.h>

#include "lex.h"
#include "qpersons.h"

/*
 * The titles of an office its holder is named by in a report on them
 * ("the governor", "the senator"), unlike those of the others around
 * them ("the spokesman", "the aide", "the former president") and those
 * of a race, which a rival shares ("the Democratic front-runner", "the
 * candidate"): role_subject reads these only.
 */
static const char *const office_titles[] = {
	"governor", "senator", "secretary", "leader", "congressman",
	"congresswoman", "mayor", "lawmaker", "representative",
};

/* Is p[0, n) one of office_titles? */
int
pr_office_title(const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < sizeof office_titles / sizeof office_titles[0]; i++)
		if (strlen(office_titles[i]) == n &&
		    lex_eq(p, n, office_titles[i], n))
			return 1;
	return 0;
}

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

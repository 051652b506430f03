/*
 * -p: the titles of an office, for persons.c's role_subject (qpersons.h).
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


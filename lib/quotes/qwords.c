/* The word table and its index; see words.h. */
#include "lex.h"
#include "words.h"

const struct qw_row qw_table[] = {
#define QW(text, cls) { text, cls },
#include "words.def"
#include "verbs.def"
#include "titles.def"
#undef QW
};
const size_t qw_count = sizeof qw_table / sizeof qw_table[0];

static uint16_t slots[LEX_SLOTS(sizeof qw_table / sizeof qw_table[0])];
static struct lex_index words;
static int built;

int
qw_init(void)
{
	if (built)
		return 0;
	if (lex_index_build(&words, &qw_table[0].text, sizeof qw_table[0],
	    qw_count, slots, sizeof slots / sizeof slots[0]) != 0)
		return -1;
	built = 1;
	return 0;
}

/* Each word has one row (the unit test checks), so the first is all. */
uint64_t
qw_classes_h(const char *p, size_t n, uint32_t h)
{
	long r = lex_first(&words, p, n, h);

	return r < 0 ? 0 : qw_table[r].cls;
}

uint64_t
qw_classes(const char *p, size_t n)
{
	return qw_classes_h(p, n, lex_hash(p, n));
}

long
qw_find(const char *p, size_t n)
{
	return lex_first(&words, p, n, lex_hash(p, n));
}

#include <string.h>

#include "lex.h"
#include "utf8.h"
#include "suites.h"

struct row {
	const char *s;
	int v;
};

static const struct row rows[] = {
	{ "per cent", 1 }, { "percent", 2 }, { "US", 3 }, { "us", 4 },
	{ "the last but one", 5 }, { "the", 6 }, { "trillion", 7 },
};
#define NROWS (sizeof rows / sizeof rows[0])

static uint16_t slots[LEX_SLOTS(NROWS)];
static struct lex_index ix;

static void
build(void)
{
	ck_assert_int_eq(lex_index_build(&ix, &rows[0].s, sizeof rows[0],
	    NROWS, slots, sizeof slots / sizeof slots[0]), 0);
}

START_TEST(finds_every_row)
{
	size_t i, n;

	build();
	for (i = 0; i < NROWS; i++) {
		n = strcspn(rows[i].s, " ");
		ck_assert_int_ge(lex_find(&ix, rows[i].s, n), 0);
	}
	ck_assert_int_eq(lex_find(&ix, LIT("percents")), -1);
	ck_assert_int_eq(lex_find(&ix, LIT("per")), 0);
	ck_assert_int_eq(lex_find(&ix, LIT("PerCent")), 1);
	ck_assert_int_eq(lex_find(&ix, LIT("")), -1);
}
END_TEST

/* Rows that fold to one word are all found, in table order. */
START_TEST(same_word_in_table_order)
{
	uint32_t it = 0, h = lex_hash(LIT("Us"));
	long a, b, c;

	build();
	a = lex_next(&ix, LIT("Us"), h, &it);
	b = lex_next(&ix, LIT("Us"), h, &it);
	c = lex_next(&ix, LIT("Us"), h, &it);
	ck_assert_int_eq(a, 2);
	ck_assert_int_eq(b, 3);
	ck_assert_int_eq(c, -1);
	it = 0;
	h = lex_hash(LIT("the"));
	ck_assert_int_eq(lex_next(&ix, LIT("the"), h, &it), 4);
	ck_assert_int_eq(lex_next(&ix, LIT("the"), h, &it), 5);
	ck_assert_int_eq(lex_next(&ix, LIT("the"), h, &it), -1);
}
END_TEST

/* The slots are derived from the table: too few is refused, not looped. */
START_TEST(too_few_slots)
{
	uint16_t few[8];

	ck_assert_int_eq(lex_index_build(&ix, &rows[0].s, sizeof rows[0],
	    NROWS, few, 8), -1);
	build();
	ck_assert_uint_gt(ix.mask + 1, 2 * NROWS);
	ck_assert_uint_le(ix.mask + 1, LEX_SLOTS(NROWS));
}
END_TEST

START_TEST(phrases)
{
	ck_assert_uint_eq(lex_phrase(LIT("per cent of"), "per cent", 0), 8);
	ck_assert_uint_eq(lex_phrase(LIT("Per  Cent."), "per cent", 0), 9);
	ck_assert_uint_eq(lex_phrase(LIT("per\ncent"), "per cent", 0), 0);
	ck_assert_uint_eq(lex_phrase(LIT("per\ncent"), "per cent", 1), 8);
	ck_assert_uint_eq(lex_phrase(LIT("per\n\ncent"), "per cent", 1), 0);
	ck_assert_uint_eq(lex_phrase(LIT("per cents"), "per cent", 0), 0);
	ck_assert_uint_eq(lex_phrase(LIT("per"), "per cent", 0), 0);
	ck_assert_uint_eq(lex_phrase(LIT("percent"), "per cent", 0), 0);
	ck_assert_uint_eq(lex_phrase(LIT("the last but one,"),
	    "the last but one", 0), 16);
}
END_TEST

START_TEST(fold_and_eq)
{
	ck_assert_int_eq(lex_lower('Q'), 'q');
	ck_assert_int_eq(lex_lower(0xC3), 0xC3);
	ck_assert_int_eq(lex_eq(LIT("Dirham"), LIT("dirham")), 1);
	ck_assert_int_eq(lex_eq(LIT("Dirhams"), LIT("dirham")), 0);
	ck_assert_uint_eq(lex_hash(LIT("THE")), lex_hash(LIT("the")));
}
END_TEST

START_TEST(punct_classes)
{
	ck_assert_uint_eq(u8_punct('-'), U8_HYPHEN);
	ck_assert_uint_eq(u8_punct(0x2013), U8_ENDASH);
	ck_assert_uint_eq(u8_punct(0x2015), U8_EMDASH);
	ck_assert_uint_eq(u8_punct(0x2212), U8_MINUS);
	ck_assert_uint_eq(u8_punct(0x2019), U8_APOS);
	ck_assert_uint_eq(u8_punct(0x2018), U8_TURNED);
	ck_assert_uint_eq(u8_punct('a'), 0);
	ck_assert_uint_eq(u8_punct(U8_INVALID), 0);
}
END_TEST

/* lex_first is lex_next's first answer, found without measuring rows. */
START_TEST(first_is_next_first)
{
	size_t i, n;

	build();
	for (i = 0; i < NROWS; i++) {
		n = strcspn(rows[i].s, " ");
		ck_assert_int_eq(lex_first(&ix, rows[i].s, n,
		    lex_hash(rows[i].s, n)), lex_find(&ix, rows[i].s, n));
	}
	ck_assert_int_eq(lex_first(&ix, LIT("Us"), lex_hash(LIT("Us"))), 2);
	ck_assert_int_eq(lex_first(&ix, LIT("pe"), lex_hash(LIT("pe"))), -1);
	ck_assert_int_eq(lex_first(&ix, LIT("percents"),
	    lex_hash(LIT("percents"))), -1);
}
END_TEST

Suite *
lex_suite(void)
{
	Suite *s = suite_create("lex");
	TCase *tc = tcase_create("lex");

	tcase_add_test(tc, finds_every_row);
	tcase_add_test(tc, same_word_in_table_order);
	tcase_add_test(tc, first_is_next_first);
	tcase_add_test(tc, too_few_slots);
	tcase_add_test(tc, phrases);
	tcase_add_test(tc, fold_and_eq);
	tcase_add_test(tc, punct_classes);
	suite_add_tcase(s, tc);
	return s;
}

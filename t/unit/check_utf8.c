#include "suites.h"
#include "utf8.h"

static void
decodes(const char *s, size_t n, int32_t want, size_t wantlen)
{
	int32_t cp;
	size_t k = u8_decode((const unsigned char *)s, n, &cp);

	ck_assert_int_eq(cp, want);
	ck_assert_uint_eq(k, wantlen);
}

START_TEST(valid)
{
	decodes(LIT("A"), 'A', 1);
	decodes(LIT("\xc2\xab"), 0xAB, 2);		/* « */
	decodes(LIT("\xe2\x80\x9c"), 0x201C, 3);	/* “ */
	decodes(LIT("\xf0\x9f\x98\x80"), 0x1F600, 4);
	decodes(LIT("\xf4\x8f\xbf\xbf"), 0x10FFFF, 4);
}
END_TEST

START_TEST(invalid_steps_one_byte)
{
	decodes(LIT("\xc0\xaf"), U8_INVALID, 1);	/* overlong '/' */
	decodes(LIT("\xe0\x80\xaf"), U8_INVALID, 1);	/* overlong */
	decodes(LIT("\xed\xa0\x80"), U8_INVALID, 1);	/* surrogate D800 */
	decodes(LIT("\xf4\x90\x80\x80"), U8_INVALID, 1);	/* past 10FFFF */
	decodes(LIT("\xe2\x80"), U8_INVALID, 1);	/* truncated */
	decodes(LIT("\x80"), U8_INVALID, 1);		/* lone continuation */
	decodes(LIT("\xff"), U8_INVALID, 1);
	decodes(LIT("\xe2\x28\xa1"), U8_INVALID, 1);	/* bad continuation */
}
END_TEST

START_TEST(backwards)
{
	static const char s[] = "a\xe2\x80\x9d";	/* a” */
	int32_t cp;

	ck_assert_uint_eq(u8_decode_back((const unsigned char *)s, 4, &cp), 3);
	ck_assert_int_eq(cp, 0x201D);
	ck_assert_uint_eq(u8_decode_back((const unsigned char *)s, 1, &cp), 1);
	ck_assert_int_eq(cp, 'a');
	ck_assert_uint_eq(u8_decode_back((const unsigned char *)s, 3, &cp), 1);
	ck_assert_int_eq(cp, U8_INVALID);
}
END_TEST

START_TEST(classes)
{
	ck_assert(u8_isalpha('q'));
	ck_assert(u8_isalpha(0x0457));		/* ї */
	ck_assert(u8_isalpha(0x0639));		/* ع */
	ck_assert(!u8_isalpha('1'));
	ck_assert(!u8_isalpha(0x201C));
	ck_assert(!u8_isalpha(U8_INVALID));
	ck_assert(u8_isupper(0x0416));		/* Ж */
	ck_assert(!u8_isupper(0x0436));		/* ж */
	ck_assert(u8_isupper(0xC9));		/* É */
	ck_assert(!u8_isupper(0xE9));
	ck_assert(u8_isspace(0xA0));
	ck_assert(u8_isspace(0x202F));
	ck_assert(!u8_isspace(0x200B));		/* zero width: not a space */
	ck_assert(u8_isdigit('7') && !u8_isdigit(0x0663));
}
END_TEST

START_TEST(latin1_base)
{
	ck_assert_int_eq(u8_latin1_base(0xE9), 'e');	/* é */
	ck_assert_int_eq(u8_latin1_base(0xC7), 'C');	/* Ç */
	ck_assert_int_eq(u8_latin1_base(0xF1), 'n');	/* ñ */
	ck_assert_int_eq(u8_latin1_base(0xD8), 'O');	/* Ø */
	ck_assert_int_eq(u8_latin1_base(0xFF), 'y');	/* ÿ */
	ck_assert_int_eq(u8_latin1_base(0xC0), 'A');	/* À, the first */
	ck_assert_int_eq(u8_latin1_base(0xDF), 0);	/* ß */
	ck_assert_int_eq(u8_latin1_base(0xD7), 0);	/* × */
	ck_assert_int_eq(u8_latin1_base(0xE6), 0);	/* æ */
	ck_assert_int_eq(u8_latin1_base(0xBF), 0);	/* ¿ */
	ck_assert_int_eq(u8_latin1_base('e'), 0);
	ck_assert_int_eq(u8_latin1_base(0x0101), 0);	/* ā */
	ck_assert_int_eq(u8_latin1_base(U8_INVALID), 0);
}
END_TEST

Suite *
utf8_suite(void)
{
	Suite *s = suite_create("utf8");
	TCase *tc = tcase_create("decode");

	tcase_add_test(tc, valid);
	tcase_add_test(tc, invalid_steps_one_byte);
	tcase_add_test(tc, backwards);
	tcase_add_test(tc, classes);
	tcase_add_test(tc, latin1_base);
	suite_add_tcase(s, tc);
	return s;
}

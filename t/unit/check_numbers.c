#include <stdint.h>
#include <string.h>

#include "numbers.h"
#include "numbers/nx.h"
#include "suites.h"
#include "util.h"
#include "win.h"

Suite *numbers_suite(void);

/* Numbers are logged as value|kind|unit|text; */
static void
on_num(void *ctx, const struct nx_num *n)
{
	log_add(ctx, n->value, n->valuelen);
	log_str(ctx, "|");
	log_str(ctx, nx_kind_name[n->kind]);
	log_str(ctx, "|");
	log_str(ctx, n->unit);
	log_str(ctx, "|");
	log_add(ctx, n->text, (size_t)(n->end - n->start));
	log_str(ctx, ";");
}

/* With offsets: start-end:text; */
static void
on_span(void *ctx, const struct nx_num *n)
{
	log_u64(ctx, n->start);
	log_str(ctx, "-");
	log_u64(ctx, n->end);
	log_str(ctx, ":");
	log_add(ctx, n->text, (size_t)(n->end - n->start));
	log_str(ctx, ";");
}

enum { X_BOUNDS = 1, X_EXTENDED = 2 };	/* the options -b, -e */

/*
 * Feed text in pieces of step bytes through a window, as the tool does,
 * dropping what the scanner says it no longer needs; step 0 means whole.
 */
static void
scan(const char *text, size_t n, size_t step, unsigned kinds, int flags,
    nx_emit_fn *fn, struct log *l)
{
	struct nx_opts o;
	struct nx x;
	struct win w;
	size_t i, k;
	uint64_t keep;

	memset(&o, 0, sizeof o);
	o.kinds = kinds;
	o.bounds = flags & X_BOUNDS;
	o.extended = (flags & X_EXTENDED) != 0;
	nx_init(&x, &o);
	if (step == 0) {
		nx_scan(&x, text, 0, n, 1, fn, l);
		return;
	}
	win_init(&w, NX_LOOKAHEAD + NX_LOOKBEHIND);
	for (i = 0; i < n; i += k) {
		k = n - i < step ? n - i : step;
		win_append(&w, text + i, k);
		keep = nx_scan(&x, w.buf, w.base, w.len, 0, fn, l);
		ck_assert(keep + WIN_KEEP(NX_LOOKAHEAD + NX_LOOKBEHIND) >=
		    w.base + w.len);
		win_drop(&w, keep);
	}
	nx_scan(&x, w.buf, w.base, w.len, 1, fn, l);
	win_free(&w);
}

/* The same rows whole and in pieces of 1, 3, 7, 15 ... bytes. */
#define FINDS_KB(in, kinds, flags, fn, want) do { \
	static struct log l_; \
	static const size_t steps_[] = { 0, 1, 2, 3, 7, 31, 255, 256, 257, 4096 }; \
	size_t s_; \
	for (s_ = 0; s_ < sizeof steps_ / sizeof steps_[0]; s_++) { \
		l_.len = 0; \
		scan(in, sizeof(in) - 1, steps_[s_], kinds, flags, fn, &l_); \
		ck_assert_msg(l_.len == sizeof(want) - 1 && \
		    memcmp(l_.buf, want, l_.len) == 0, \
		    "step %zu: got '%.*s'", steps_[s_], (int)l_.len, l_.buf); \
	} \
} while (0)
#define FINDS_K(in, kinds, fn, want) FINDS_KB(in, kinds, 0, fn, want)
#define FINDS(in, want) FINDS_K(in, 0, on_num, want)
#define FINDS_B(in, want) FINDS_KB(in, 0, X_BOUNDS, on_num, want)
#define FINDS_E(in, want) FINDS_KB(in, 0, X_EXTENDED, on_num, want)

/*
 * Every table of the lexicon fits the index derived from it at nx_init:
 * the slots of each word index, the room for the words after a number
 * with the forms of magnitudes.def, the longest word the length filter
 * knows.  A table that outgrows its index fails here, not in the field.
 */
START_TEST(lexicon_fits_its_indexes)
{
	struct nx x;

	nx_init(&x, NULL);
	ck_assert_int_eq(nx_lexicon_check(), 0);
	/* and the derived first-letter classes know every code's letter */
	ck_assert(nx_cls['Z'] & C_HOT);
	ck_assert(nx_cls['m'] & C_HOT);
}
END_TEST

START_TEST(sample_article)
{
	/* The sentences of sample/ukrinform.txt that hold numbers. */
	FINDS("Lyashko noted that Japan is\xe2\x80\x9c" "one of the most "
	    "reliable and consistent partners\xe2\x80\x9d for Ukraine. "
	    "the supply of modern medical equipment for hospitals worth about "
	    "USD 30 million. Humanitarian aid was also envisaged: in "
	    "particular, 20 ambulances and 5 portable ultrasound machines "
	    "were recently transferred to primary healthcare facilities in "
	    "Kharkiv Oblast. In addition, the medical institutions received "
	    "20 additional vehicles for primary care and 10 modern "
	    "endoscopes.\n\nAs Ukrinform reported earlier, communities in six "
	    "regions of Ukraine received 20 mobile clinics equipped to "
	    "European medical and safety standards.",
	    "30000000|currency|USD|USD 30 million;"
	    "20|number||20;5|number||5;20|number||20;10|number||10;"
	    "6|number||six;20|number||20;");
}
END_TEST

START_TEST(offsets)
{
	/* "worth " is 6 bytes; "USD 30 million" 14; ", " then "20" */
	FINDS_K("worth USD 30 million, 20 cars", 0, on_span,
	    "6-20:USD 30 million;22-24:20;");
	FINDS_K("\xc2\xbd and 3\xc2\xbc", 0, on_span,
	    "0-2:\xc2\xbd;7-10:3\xc2\xbc;");
}
END_TEST

START_TEST(digits)
{
	FINDS("20, 1,200, 1,234,567.89, 0.25, .08, -4, +3 and 5.00",
	    "20|number||20;1200|number||1,200;"
	    "1234567.89|number||1,234,567.89;0.25|number||0.25;"
	    "0.08|number||.08;-4|number||-4;3|number||+3;5|number||5.00;");
	FINDS("a queue of 1 200 people", "1200|number||1 200;");
	FINDS("1/2 of them, \xc2\xbd, 3\xc2\xbc",
	    "0.5|number||1/2;0.5|number||\xc2\xbd;3.25|number||3\xc2\xbc;");
	FINDS("a 30km road, a 5MW plant, a QR2.3bn deal",
	    "30|dimension|km|30km;5|dimension|MW|5MW;"
	    "2300000000|currency|QAR|QR2.3bn;");
	FINDS("one of 31dropped", "31|number||31;");
	/* no binary floating point: 0.1 and 0.2 stay exact */
	FINDS("0.1 and 0.2 and 1.10", "0.1|number||0.1;0.2|number||0.2;"
	    "1.1|number||1.10;");
}
END_TEST

START_TEST(words)
{
	FINDS("twenty-five, two hundred and five, a dozen, a hundred",
	    "25|number||twenty-five;205|number||two hundred and five;"
	    "12|number||a dozen;100|number||a hundred;");
	FINDS("nine hundred ninety-nine thousand nine hundred ninety-nine",
	    "999999|number||nine hundred ninety-nine thousand nine hundred "
	    "ninety-nine;");
	/* a scale word needs a number or "a" before it */
	FINDS("millions; million; a million people",
	    "1000000|number||a million;");
	FINDS("half of them and a quarter of those",
	    "0.5|number||half;0.25|number||a quarter;");
	FINDS("Two dozen cars, one and a half hours, Seven men",
	    "24|number||Two dozen;1.5|number||one and a half;"
	    "7|number||Seven;");
	FINDS("one person was killed", "1|number||one;");
	FINDS("only one survived", "1|number||one;");
	FINDS("communities in six regions", "6|number||six;");
}
END_TEST

START_TEST(word_false_positives)
{
	FINDS("one of the most reliable", "");
	FINDS("no one came; someone did; anyone; the one we saw", "");
	FINDS("a second opinion", "");
	FINDS("often, atone, tone, money, phone, stone, tent, bone", "");
	FINDS("the first half of the year", "1|ordinal||first;");
	/* a capitalised ordinal inside a name, but not at a sentence start */
	FINDS("Kuwait First Deputy Premier. First Deputy Premier, the Fourth "
	    "development plan", "1|ordinal||First;4|ordinal||Fourth;");
	/* a number word glued to the word before it, as feeds have it */
	FINDS("killed ofone civilian", "1|number||one;");
}
END_TEST

START_TEST(magnitudes)
{
	FINDS("USD 30 million, $1.5bn, 3 mln, 2 trillion, 10k, US$ 1MM",
	    "30000000|currency|USD|USD 30 million;"
	    "1500000000|currency|USD|$1.5bn;3000000|number||3 mln;"
	    "2000000000000|number||2 trillion;10000|number||10k;"
	    "1000000|currency|USD|US$ 1MM;");
	FINDS("\xe2\x82\xac" "4.5 m and 7bn", "4500000|currency|EUR|"
	    "\xe2\x82\xac" "4.5 m;7000000000|number||7bn;");
}
END_TEST

START_TEST(ordinals)
{
	FINDS("1st, 2nd, 3rd, 21st, first, twenty-first, hundredth, Fourth",
	    "1|ordinal||1st;2|ordinal||2nd;3|ordinal||3rd;21|ordinal||21st;"
	    "1|ordinal||first;21|ordinal||twenty-first;100|ordinal||hundredth;"
	    "4|ordinal||Fourth;");
}
END_TEST

START_TEST(percents)
{
	FINDS("15%, 15 percent, 15 per cent, 15 pct, fifteen percent, "
	    "0.5 percentage points, 0.85 %",
	    "15|percent|%|15%;15|percent|%|15 percent;15|percent|%|15 per cent;"
	    "15|percent|%|15 pct;15|percent|%|fifteen percent;"
	    "0.5|percent|%|0.5 percentage points;0.85|percent|%|0.85 %;");
}
END_TEST

START_TEST(money)
{
	FINDS("$5 US$6 USD 7 \xe2\x82\xac" "8 EUR 9 \xc2\xa3" "10 GBP 11 "
	    "\xc2\xa5" "12",
	    "5|currency|USD|$5;6|currency|USD|US$6;7|currency|USD|USD 7;"
	    "8|currency|EUR|\xe2\x82\xac" "8;9|currency|EUR|EUR 9;"
	    "10|currency|GBP|\xc2\xa3" "10;11|currency|GBP|GBP 11;"
	    "12|currency|JPY|\xc2\xa5" "12;");
	FINDS("QR 1 QAR 2 AED 3 Dh 4 Dhs 5 SAR 6 SR 7 KD 8 KWD 9 BHD 10 BD 11",
	    "1|currency|QAR|QR 1;2|currency|QAR|QAR 2;3|currency|AED|AED 3;"
	    "4|currency|AED|Dh 4;5|currency|AED|Dhs 5;6|currency|SAR|SAR 6;"
	    "7|currency|SAR|SR 7;8|currency|KWD|KD 8;9|currency|KWD|KWD 9;"
	    "10|currency|BHD|BHD 10;11|currency|BHD|BD 11;");
	FINDS("OMR 1 RO 2 JOD 3 JD 4 EGP 5 LE 6 INR 7 Rs 8 AZN 9 UAH 10",
	    "1|currency|OMR|OMR 1;2|currency|OMR|RO 2;3|currency|JOD|JOD 3;"
	    "4|currency|JOD|JD 4;5|currency|EGP|EGP 5;6|currency|EGP|LE 6;"
	    "7|currency|INR|INR 7;8|currency|INR|Rs 8;9|currency|AZN|AZN 9;"
	    "10|currency|UAH|UAH 10;");
	FINDS("1 manat, 2 hryvnia, 3 dollars, 4 euros, 5 dirhams, 6 rupees, "
	    "7 yen, 8 yuan, 9 pounds",
	    "1|currency|AZN|1 manat;2|currency|UAH|2 hryvnia;"
	    "3|currency|USD|3 dollars;4|currency|EUR|4 euros;"
	    "5|currency|AED|5 dirhams;6|currency|INR|6 rupees;"
	    "7|currency|JPY|7 yen;8|currency|CNY|8 yuan;9|currency|GBP|9 pounds;");
	FINDS("QR628.05bn, to83.78 US dollars, KD-five-million, KD four",
	    "628050000000|currency|QAR|QR628.05bn;"
	    "83.78|currency|USD|83.78 US dollars;"
	    "5000000|currency|KWD|KD-five-million;4|currency|KWD|KD four;");
	FINDS("25 fils per kilowatt, fell 38 cents to USD 52.62",
	    "0.025|currency|KWD|25 fils;0.38|currency|USD|38 cents;"
	    "52.62|currency|USD|USD 52.62;");
	/* riyals and dinars take the country of the last amount */
	FINDS("SAR 5 and 7 riyals; JOD 2 and 3 dinars",
	    "5|currency|SAR|SAR 5;7|currency|SAR|7 riyals;"
	    "2|currency|JOD|JOD 2;3|currency|JOD|3 dinars;");
}
END_TEST

START_TEST(dimensions)
{
	FINDS("5 km, 6 kilometres, 7 tons, 8 tonnes, 9 barrels, 10 bpd, "
	    "11 MW, 12 GW, 13 kg, 14 hectares, 15 sq m, 16 square metres",
	    "5|dimension|km|5 km;6|dimension|km|6 kilometres;"
	    "7|dimension|tons|7 tons;8|dimension|tons|8 tonnes;"
	    "9|dimension|barrels|9 barrels;10|dimension|bpd|10 bpd;"
	    "11|dimension|MW|11 MW;12|dimension|GW|12 GW;13|dimension|kg|13 kg;"
	    "14|dimension|hectares|14 hectares;15|dimension|sq m|15 sq m;"
	    "16|dimension|sq m|16 square metres;");
	FINDS("a 54-year-old man", "54|number|years|54-year-old;");
}
END_TEST

START_TEST(ranges)
{
	FINDS("10-15 percent, 10 to 15, between 5 and 7, from 3 to 4 million",
	    "10-15|range|%|10-15 percent;10-15|range||10 to 15;"
	    "5-7|range||between 5 and 7;"
	    "3000000-4000000|range||from 3 to 4 million;");
	FINDS("$10-15 million", "10000000-15000000|range|USD|$10-15 million;");
	/* a change and a level, not a range */
	FINDS("fell 38 cents to USD 52.62", "0.38|currency|USD|38 cents;"
	    "52.62|currency|USD|USD 52.62;");
}
END_TEST

START_TEST(dates_times_years)
{
	FINDS("in 2024, 2024-2025, 2024-25, the 1990s",
	    "2024|year||2024;2024-2025|year||2024-2025;"
	    "2024-2025|year||2024-25;1990|year||1990s;");
	FINDS("January 24, 2025, 24/01/2025, 2025-01-24, Sept 5, July 2008, "
	    "24 January 2025",
	    "|date||January 24, 2025;|date||24/01/2025;|date||2025-01-24;"
	    "|date||Sept 5;|date||July 2008;|date||24 January 2025;");
	FINDS("the 2022/23 season, 2022/2023 and 24/7",
	    "2022-2023|year||2022/23;2022-2023|year||2022/2023;|other||24/7;");
	FINDS("at 10:30, 18:00 and 5 p.m.",
	    "|time||10:30;|time||18:00;|time||5 p.m.;");
	/* may, the verb, is no month */
	FINDS("it may 5 times", "5|number||5;");
}
END_TEST

START_TEST(identifiers)
{
	FINDS("COVID-19, Decree No. 3720, subparagraph 1.31.25",
	    "19|other||19;3720|other||3720;|other||1.31.25;");
	FINDS("call +1-222-333-4444", "|other||+1-222-333-4444;");
	FINDS("MENAFN05092023000071011013ID1107006744 and G20", "");
	FINDS("5G networks", "|other||5G;");
}
END_TEST

START_TEST(fractions_and_points)
{
	/* 2/3 does not end: 15 significant digits, rounded */
	FINDS("two thirds, one fifth, three quarters, a fifth of the cake",
	    "0.666666666666667|number||two thirds;0.2|number||one fifth;"
	    "0.75|number||three quarters;0.2|number||a fifth;");
	FINDS("five and a half million, two million and one half, one-eighth",
	    "5500000|number||five and a half million;"
	    "2500000|number||two million and one half;0.125|number||one-eighth;");
	FINDS("five point five, two hundred point zero three",
	    "5.5|number||five point five;"
	    "200.03|number||two hundred point zero three;");
	FINDS("2000 over 3", "666.666666666667|number||2000 over 3;");
	/* "a third" before a noun is the ordinal; a plural alone is nothing */
	FINDS("won a third term; the fifths; two seconds",
	    "3|ordinal||third;2|number||two;");
}
END_TEST

START_TEST(notations)
{
	FINDS("1.3e6 and 1.3x10^6 and 2.5^-1",
	    "1300000|number||1.3e6;1300000|number||1.3x10^6;0.4|number||2.5^-1;");
	/* 11^23 / 10^23 exactly, then 15 digits */
	FINDS("1.1^23", "8.95430243255237|number||1.1^23;");
	FINDS("12,34,567.89 rupees and 13 lakh",
	    "1234567.89|currency|INR|12,34,567.89 rupees;"
	    "1300000|number||13 lakh;");
	FINDS("percent of 10", "10|percent|%|percent of 10;");
	/* web addresses are passed over */
	FINDS("see http://x.com/a?id=2020&n=5 now 7, www.b5.com", "7|number||7;");
}
END_TEST

START_TEST(money_compounds)
{
	FINDS("thirteen dollars and forty-five cents; $4.25 and 32 is",
	    "13.45|currency|USD|thirteen dollars and forty-five cents;"
	    "4.25|currency|USD|$4.25;32|number||32;");
}
END_TEST

START_TEST(bounds)
{
	/* by default a comparison is its number, as news gold counts it */
	FINDS("More than 25 combat engagements", "25|number||25;");
	FINDS_B("more than 30 people, up to 700, between 5 and 7, 500 or more, "
	    "more than 10 and less than 20, equal to 20",
	    "30-|range||more than 30;-700|range||up to 700;"
	    "5-7|range||between 5 and 7;500-|range||500 or more;"
	    "10-20|range||more than 10 and less than 20;"
	    "20-20|range||equal to 20;");
	/* the wrong way round: two bounds */
	FINDS_B("more than 40 and less than 10",
	    "40-|range||more than 40;-10|range||less than 10;");
}
END_TEST

START_TEST(extended)
{
	/* off by default: "last year" is no position, "percent" no amount */
	FINDS("last year a small percent; the penultimate round", "");
	/* positions from the end: the offset, the unit the point */
	FINDS_E("Show me the last but one, the penultimate, the "
	    "antepenultimate, the next to last and the third to last.",
	    "-1|ordinal|end|the last but one;-1|ordinal|end|penultimate;"
	    "-2|ordinal|end|antepenultimate;-1|ordinal|end|next to last;"
	    "-2|ordinal|end|the third to last;");
	/* from the current one; "One" is the pronoun only at a phrase's end */
	FINDS_E("the previous one. Current page, the next item",
	    "-1|ordinal|current|previous one;0|ordinal|current|Current;"
	    "1|ordinal|current|next;");
	FINDS_E("the one before the last one is right; the last one books",
	    "-1|ordinal|end|the one before the last one;0|ordinal|end|last;");
	/* a count after the word stays a number */
	FINDS_E("the last two books, the next 3, the next one hundred",
	    "0|ordinal|end|last;2|number||two;1|ordinal|current|next;"
	    "3|number||3;1|ordinal|current|next;100|number||one hundred;");
	/* inside a word, or glued to one, it is not the word */
	FINDS_E("lastly, outlast, nextgen, A1last", "");
	/* a percent word alone; with a number it is the number's */
	FINDS_E("a small percent; the % of it; a percentage; 5 per cent; per day",
	    "|percent|%|percent;|percent|%|%;|percent|%|percentage;"
	    "5|percent|%|5 per cent;");
	/* a sign between other signs, letters or digits is no percent */
	FINDS_E("x%y, the %d code, %% and %", "|percent|%|%;");
	/* the kinds filter applies */
	FINDS_KB("the last 5%", 1u << NX_PERCENT, X_EXTENDED, on_num,
	    "5|percent|%|5%;");
}
END_TEST

START_TEST(scores_codes_points)
{
	/* a score is one identifier, not two numbers nor a range */
	FINDS("after a 3-1 win over Al Duhail; they drew 2-2. A 1-3 defeat",
	    "|other||3-1;|other||2-2;|other||1-3;");
	/* without a word of sport around it a dash joins a range */
	FINDS("1-3 days", "1-3|range||1-3;");
	/* an airline's code after flight; two capitals alone are not one */
	FINDS("flight EK 512 and the EU 27 states",
	    "512|other||512;27|number||27;");
	/* a change in points, then a level in percent: no range */
	FINDS("rose 5.5 percentage points to 55.3 per cent",
	    "5.5|percent|%|5.5 percentage points;"
	    "55.3|percent|%|55.3 per cent;");
	/* a falling pair is a score or a tally, with or without sport */
	FINDS("Al Arabi beat Al Rayyan 84-79 in the final",
	    "|other||84-79;");
	/* a telephone number after call; a count after it is a number */
	FINDS("call 911 now; a call 10 days ago",
	    "911|other||911;10|number||10;");
	/* "by a third": a fraction, though no phrase ends there */
	FINDS("demand fell by a third in volume; a third term",
	    "0.333333333333333|number||a third;3|ordinal||third;");
	/* a fuel grade; paisa are hundredths of a rupee */
	FINDS("gasoline 95 rose; the rupee gained 12 paisa",
	    "95|other||95;0.12|currency|INR|12 paisa;");
	/* "one" after latest or final is the pronoun */
	FINDS("In the latest one, and the final one, 2 died", "2|number||2;");
	FINDS("bread rose by 10 qapiks; by calling 600",
	    "0.1|currency|AZN|10 qapiks;600|other||600;");
}
END_TEST

START_TEST(one_letter_currencies)
{
	/* N, P and Sh only before an amount: a point, commas, a magnitude */
	FINDS("N1.12 trillion, N28.40 and between N1,536 and N1,558; N95 masks",
	    "1120000000000|currency|NGN|N1.12 trillion;"
	    "28.4|currency|NGN|N28.40;"
	    "1536-1558|range|NGN|between N1,536 and N1,558;");
	FINDS("P3.45 a litre, Sh349.4 billion, KSh 2.3 billion; P5+1 talks",
	    "3.45|currency|PHP|P3.45;349400000000|currency|KES|Sh349.4 billion;"
	    "2300000000|currency|KES|KSh 2.3 billion;");
	/* RM with mil and bil; sen, kobo and centavos are hundredths */
	FINDS("RM512.6mil and RM4.38bil; 8.92 sen, 50 kobo, 60 centavos",
	    "512600000|currency|MYR|RM512.6mil;4380000000|currency|MYR|RM4.38bil;"
	    "0.0892|currency|MYR|8.92 sen;0.5|currency|NGN|50 kobo;"
	    "0.6|currency|PHP|60 centavos;");
}
END_TEST

START_TEST(kinds_filter)
{
	unsigned m;

	ck_assert_int_eq(nx_kinds_parse(LIT("currency,percent"), &m), 0);
	ck_assert_uint_eq(m, (1u << NX_CURRENCY) | (1u << NX_PERCENT));
	ck_assert_int_eq(nx_kinds_parse(LIT("number"), &m), 0);
	ck_assert_uint_eq(m, 1u << NX_NUMBER);
	ck_assert_int_eq(nx_kinds_parse(LIT("numbers"), &m), -1);
	ck_assert_int_eq(nx_kinds_parse(LIT(""), &m), -1);
	ck_assert_int_eq(nx_kinds_parse(LIT("number,"), &m), -1);
	FINDS_K("5%, $3, 7 cars in 2024", (1u << NX_CURRENCY) |
	    (1u << NX_PERCENT), on_num,
	    "5|percent|%|5%;3|currency|USD|$3;");
}
END_TEST

START_TEST(bytes_pass)
{
	/* NUL, invalid UTF-8 and long runs without numbers are no trouble */
	FINDS("\xff\xfe 7 \0 8 \xe2\x82", "7|number||7;8|number||8;");
	FINDS("", "");
}
END_TEST

/*
 * The spans of text[0, n) fed in pieces of each size in steps are those
 * of the text fed whole, and there are at least min bytes of them.
 */
static void
same_in_pieces(const char *text, size_t n, const size_t *steps,
    size_t nsteps, size_t min)
{
	static struct log whole, part;
	size_t i;

	whole.len = 0;
	scan(text, n, 0, 0, 0, on_span, &whole);
	ck_assert(whole.len > min);
	for (i = 0; i < nsteps; i++) {
		part.len = 0;
		scan(text, n, steps[i], 0, 0, on_span, &part);
		ck_assert_int_eq(part.len, whole.len);
		ck_assert_mem_eq(part.buf, whole.buf, whole.len);
	}
}

START_TEST(long_text_in_pieces)
{
	/* Numbers at every distance from a piece boundary. */
	static char text[20000];
	static const size_t steps[] = { 1, 5, 64, 255, 256, 300, 4096 };
	size_t n = 0;

	while (n + 80 < sizeof text) {
		static const char s[] = "between 5 and 7 tons, USD 30 million, "
		    "twenty-five ofone 2024-25 QR2.3bn x ";
		memcpy(text + n, s, sizeof s - 1);
		n += sizeof s - 1 - n % 7;
	}
	same_in_pieces(text, n, steps, sizeof steps / sizeof steps[0], 1000);
}
END_TEST

START_TEST(long_runs_in_pieces)
{
	/* Runs of digits and letters longer than the look-ahead. */
	static char text[30000];
	static const size_t steps[] = { 1, 7, 255, 256, 257, 1000 };
	size_t n = 0, k;

	while (n + 1000 < sizeof text) {
		memcpy(text + n, "x ID", 4);
		n += 4;
		for (k = 0; k < 300 + n % 211; k++)
			text[n++] = (char)('0' + k % 10);
		memcpy(text + n, " 5 one ", 7);
		n += 7;
		for (k = 0; k < 270 + n % 97; k++)
			text[n++] = 'a';
		memcpy(text + n, "one 7 ", 6);
		n += 6;
	}
	same_in_pieces(text, n, steps, sizeof steps / sizeof steps[0], 100);
}
END_TEST

/* Rules added from the held-out articles (t/heldout/numbers/). */
START_TEST(rupees_and_subunits)
{
	/* Rs and rupees take the country of the last rupee amount */
	FINDS("PKR 3 billion; Rs 280.25 and 150 rupees",
	    "3000000000|currency|PKR|PKR 3 billion;"
	    "280.25|currency|PKR|Rs 280.25;150|currency|PKR|150 rupees;");
	/* lakh = 100000, crore = 10000000 */
	FINDS("Rs 5 lakh and Rs 2,000 crore",
	    "500000|currency|INR|Rs 5 lakh;"
	    "20000000000|currency|INR|Rs 2,000 crore;");
	FINDS("bread at 20 piasters; down 12 paise",
	    "0.2|currency|EGP|20 piasters;0.12|currency|INR|12 paise;");
	/* cr and lac, as Indian papers abbreviate crore and lakh */
	FINDS("Rs 8,234 cr and Rs 5 lac",
	    "82340000000|currency|INR|Rs 8,234 cr;"
	    "500000|currency|INR|Rs 5 lac;");
}
END_TEST

START_TEST(changes_and_spans)
{
	/* "and" joins digits to a number only after "hundred" */
	FINDS("It costs $6 million and 10-12 per cent.",
	    "6000000|currency|USD|$6 million;10-12|range|%|10-12 per cent;");
	/* by X to Y: a change and the new level */
	FINDS("rose by $125 million to $11.2 billion",
	    "125000000|currency|USD|$125 million;"
	    "11200000000|currency|USD|$11.2 billion;");
	FINDS("raised by 0.25 percentage points to 4.25%",
	    "0.25|percent|%|0.25 percentage points;4.25|percent|%|4.25%;");
	FINDS("between 5 and 7 percent",
	    "5-7|range|%|between 5 and 7 percent;");
	FINDS("minister from 2010 to 2014",
	    "2010-2014|year||from 2010 to 2014;");
	/* an adjective, not an amount */
	FINDS("a billion-dollar industry and a $1 billion deal",
	    "1000000000|currency|USD|$1 billion;");
}
END_TEST

START_TEST(multipliers_and_sizes)
{
	FINDS("a fivefold rise, threefold, twenty-fivefold",
	    "5|number||fivefold;3|number||threefold;"
	    "25|number||twenty-fivefold;");
	FINDS("a 4x4 vehicle", "|other||4x4;");
	/* m before a unit or a counted noun is a million; alone, metres */
	FINDS("1.2m sq ft, 2.5m passengers, a 30m tower",
	    "1200000|dimension|sq ft|1.2m sq ft;2500000|number||2.5m;"
	    "30|dimension|m|30m;");
	FINDS("5m dollars", "5000000|currency|USD|5m dollars;");
	FINDS("20,000 square feet",
	    "20000|dimension|sq ft|20,000 square feet;");
	FINDS("cut by 25 basis points, 50 bps",
	    "25|dimension|bps|25 basis points;50|dimension|bps|50 bps;");
	FINDS("a quarter of a million square metres",
	    "250000|dimension|sq m|a quarter of a million square metres;");
	FINDS("24K gold and 15K fans",
	    "24|dimension|karat|24K;15000|number||15K;");
	/* only small denominators make a fraction */
	FINDS("9/11 and 24/7 and 3/4",
	    "|other||9/11;|other||24/7;0.75|number||3/4;");
}
END_TEST

START_TEST(identifier_nouns)
{
	FINDS("Article 12, page 3, Terminal 3, ISO 9001, Resolution 2231",
	    "12|other||12;3|other||3;3|other||3;9001|other||9001;"
	    "2231|other||2231;");
	FINDS("Vision 2030 and in 2030", "2030|other||2030;2030|year||2030;");
	/* an acronym before a whole number names it; not a code, not 12,050 */
	FINDS("UNGA 79, the MAX 8, TASI 12,050, SEK 100",
	    "79|other||79;8|other||8;12050|number||12,050;"
	    "100|currency|SEK|SEK 100;");
	/* the rest of an identifier: FY23-24, P5+1 */
	FINDS("FY23-24 and the P5+1", "");
}
END_TEST

START_TEST(times_with_points)
{
	/* hour.minutes before am or pm is a time; 13.30 and 9.5 are not */
	FINDS("from 9.30am to 5.45 p.m.; 13.30pm, 9.5 am",
	    "|time||9.30am;|time||5.45 p.m.;13.3|number||13.30;"
	    "9.5|number||9.5;");
}
END_TEST

START_TEST(names_and_idioms)
{
	FINDS("at One Za'abeel with the Big Four, a one-off and one-on-one "
	    "talks; the two sides", "2|number||two;");
	/* at the start of a sentence a capital says nothing */
	FINDS("Four Guards were hurt. The First Lady came.", "4|number||Four;");
}
END_TEST

Suite *
numbers_suite(void)
{
	Suite *s = suite_create("numbers");
	TCase *tc = tcase_create("numbers");

	tcase_add_test(tc, lexicon_fits_its_indexes);
	tcase_add_test(tc, sample_article);
	tcase_add_test(tc, offsets);
	tcase_add_test(tc, digits);
	tcase_add_test(tc, words);
	tcase_add_test(tc, word_false_positives);
	tcase_add_test(tc, magnitudes);
	tcase_add_test(tc, ordinals);
	tcase_add_test(tc, percents);
	tcase_add_test(tc, money);
	tcase_add_test(tc, dimensions);
	tcase_add_test(tc, ranges);
	tcase_add_test(tc, dates_times_years);
	tcase_add_test(tc, identifiers);
	tcase_add_test(tc, fractions_and_points);
	tcase_add_test(tc, notations);
	tcase_add_test(tc, money_compounds);
	tcase_add_test(tc, bounds);
	tcase_add_test(tc, extended);
	tcase_add_test(tc, scores_codes_points);
	tcase_add_test(tc, one_letter_currencies);
	tcase_add_test(tc, kinds_filter);
	tcase_add_test(tc, bytes_pass);
	tcase_add_test(tc, long_text_in_pieces);
	tcase_add_test(tc, long_runs_in_pieces);
	tcase_add_test(tc, rupees_and_subunits);
	tcase_add_test(tc, changes_and_spans);
	tcase_add_test(tc, multipliers_and_sizes);
	tcase_add_test(tc, identifier_nouns);
	tcase_add_test(tc, names_and_idioms);
	tcase_add_test(tc, times_with_points);
	suite_add_tcase(s, tc);
	return s;
}

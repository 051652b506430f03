#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quotes.h"
#include "quotes/marks.h"
#include "quotes/words.h"
#include "suites.h"
#include "utf8.h"
#include "util.h"
#include "win.h"

/*
 * Quotations are logged as start-end|speaker|text; where text is cut from
 * the input at [start, end), so every expectation checks the offsets too.
 * A nested quotation is prefixed with one '>' per level, an unclosed one
 * with '!'.
 */
struct qrun {
	struct log *l;
	const char *in;
};

static void
on_quote(void *ctx, const struct qx_quote *q)
{
	struct qrun *r = ctx;
	int d;

	for (d = 0; d < q->depth; d++)
		log_str(r->l, ">");
	if (q->unclosed)
		log_str(r->l, "!");
	log_u64(r->l, q->start);
	log_str(r->l, "-");
	log_u64(r->l, q->end);
	log_str(r->l, "|");
	log_add(r->l, q->spk, q->spk_len);
	log_str(r->l, "|");
	log_add(r->l, r->in + q->start, (size_t)(q->end - q->start));
	log_str(r->l, ";");
}

/* Whole text in one call (step 0), or in pieces through a window. */
static void
run(const char *in, size_t n, size_t step, const char *flags, size_t cap,
    struct log *l)
{
	struct qx_opts o = { 0, 0, 0, 0 };
	struct qrun r = { l, in };
	static struct qx x;
	struct win w;
	size_t i;

	o.nested = strchr(flags, 'n') != NULL;
	o.unclosed = strchr(flags, 'o') != NULL;
	o.pronoun = strchr(flags, 'p') != NULL;
	o.cap = cap;
	qx_init(&x, &o);
	if (step == 0) {
		ck_assert_uint_eq(qx_scan(&x, in, 0, n, 1, on_quote, &r), n);
		return;
	}
	win_init(&w, cap);
	for (i = 0; i < n; i += step) {
		size_t k = n - i < step ? n - i : step;
		uint64_t keep;

		win_append(&w, in + i, k);
		keep = qx_scan(&x, w.buf, w.base, w.len, 0, on_quote, &r);
		ck_assert_uint_ge(keep, w.base);
		ck_assert_uint_le(keep, w.base + w.len);
		if (w.len > WIN_KEEP(cap))
			ck_assert_uint_ge(keep, w.base + w.len - WIN_KEEP(cap));
		win_drop(&w, keep);
	}
	qx_scan(&x, w.buf, w.base, w.len, 1, on_quote, &r);
	win_free(&w);
}

static int
contains(const struct log *l, const char *s)
{
	size_t n = strlen(s), i;

	for (i = 0; i + n <= l->len; i++)
		if (memcmp(l->buf + i, s, n) == 0)
			return 1;
	return 0;
}

static const size_t steps[] = { 0, 1, 2, 3, 7, 16, 61, 500, 100000 };

static void
expect(const char *in, size_t n, const char *flags, size_t cap,
    const char *want, size_t wn)
{
	static struct log l;
	size_t s;

	for (s = 0; s < sizeof steps / sizeof steps[0]; s++) {
		l.len = 0;
		run(in, n, steps[s], flags, cap, &l);
		ck_assert_msg(l.len == wn && memcmp(l.buf, want, wn) == 0,
		    "step %zu on '%.*s': got '%.*s', want '%.*s'", steps[s],
		    (int)n, in, (int)l.len, l.buf, (int)wn, want);
	}
}

#define QUOTES(in, flags, want) \
	expect(LIT(in), flags, (size_t)1 << 20, LIT(want))
#define QUOTES_CAP(in, flags, cap, want) \
	expect(LIT(in), flags, cap, LIT(want))

START_TEST(sample_three_quotes)
{
	static char buf[8192];
	static struct log l;
	FILE *f = fopen("sample/ukrinform.txt", "rb");
	size_t n;

	ck_assert_ptr_nonnull(f);
	n = fread(buf, 1, sizeof buf, f);
	fclose(f);
	ck_assert_uint_eq(n, 1976);
	/* Offsets found by hand with grep -b; texts as the issue gives them. */
	expect(buf, n, "", (size_t)1 << 20, LIT(
	    "315-706|he|I am confident that our cooperation will only deepen. "
	    "We have many potential areas that we are ready to develop. In "
	    "particular, in the field of mental health and rehabilitation of "
	    "veterans. Ukraine is also interested in localizing the production"
	    " of innovative Japanese medicines in cooperation with Ukrainian "
	    "pharmaceutical manufacturers and in cooperation with Japanese "
	    "business in general,;"
	    "750-798|Lyashko|one of the most reliable and consistent "
	    "partners;"
	    "1609-1717|the Health Minister|I am grateful to Japan for "
	    "supporting Ukraine! Together we are making our country's medical "
	    "system stronger,;"));
	l.len = 0;
	run(buf, n, 0, "p", (size_t)1 << 20, &l);
	/* -p: he is Viktor Lyashko, who announced it two sentences before. */
	ck_assert(contains(&l, "|Viktor Lyashko|I am confident"));
}
END_TEST

START_TEST(each_style)
{
	QUOTES("a “one” b", "", "5-8||one;");
	QUOTES("a \"one\" b", "", "3-6||one;");
	QUOTES("a ``one'' b", "", "4-7||one;");
	QUOTES("a „eins“ b", "", "5-9||eins;");
	QUOTES("a „eins” b", "", "5-9||eins;");
	QUOTES("a ‚eins‘ b", "", "5-9||eins;");
	QUOTES("a «un» b", "", "4-6||un;");
	QUOTES("a « un » b", "", "4-8|| un ;");
	QUOTES("a »ein« b", "", "4-7||ein;");
	QUOTES("a ‹un› b", "", "5-7||un;");
	QUOTES("a ‘one’ b", "", "5-8||one;");
	QUOTES("a 'one' b", "", "3-6||one;");
	QUOTES("a 「one」 b", "", "5-8||one;");
	QUOTES("a 『one』 b", "", "5-8||one;");
	/* Mixed curly and straight marks still pair. */
	QUOTES("a \"one” b", "", "3-6||one;");
	QUOTES("", "", "");
	QUOTES("``It's here,'' he said.", "", "2-12|he|It's here,;");
	QUOTES("“Azeri Light”'s price fell.", "", "3-14||Azeri Light;");
}
END_TEST

START_TEST(missing_spaces)
{
	QUOTES("Japan is“one of the most” for Ukraine.",
	    "", "11-26||one of the most;");
	QUOTES("He said:\"Yes\"and left.", "", "9-12|He|Yes;");
	QUOTES("is\"one\"for", "", "3-6||one;");
	QUOTES("x «un»deux", "", "4-6||un;");
	/* Spaces inside straight marks, and an inch mark that opens nothing. */
	QUOTES("He said: \" We will win .\" "
	    "Then", "", "10-24|He| We will win .;");
	QUOTES("A 12\" pipe and \"x\".", "", "16-17||x;");
}
END_TEST

START_TEST(nesting)
{
	static const char in[] = "“He told me ‘no’"
	    " twice,” she said.";

	QUOTES(in, "", "3-29|she|He told me ‘no’ twice,;");
	QUOTES(in, "n", "3-29|she|He told me ‘no’ twice,;"
	    ">17-19|He|no;");
	QUOTES("\"He called it 'a farce' today,\" he said.", "",
	    "1-30|he|He called it 'a farce' today,;");
	QUOTES("\"He called it 'a farce' today,\" he said.", "n",
	    "1-30|he|He called it 'a farce' today,;>15-22||a farce;");
	QUOTES("'It is \"final\" now,' he said.", "n",
	    "1-19|he|It is \"final\" now,;>8-13||final;");
	/* Straight doubles inside straight doubles still nest. */
	QUOTES("\"He said \"no\" to it,\" she added.", "n",
	    "1-20|she|He said \"no\" to it,;>10-12|He|no;");
	/* An inner quotation left open ends with the outer one. */
	QUOTES("“He said ‘no.” Then", "",
	    "3-17||He said ‘no.;");
}
END_TEST

/* Each must not open a quotation, alone or inside one. */
static const char *const apostrophes[] = {
	"it's", "Qatar's economy", "the '90s", "o'clock", "rock 'n' roll",
	"the Emirates' plan", "Ukrayins'ka Pravda", "Kyiv's mayor",
	"we've", "don't", "I'm", "they're", "the ministers' meeting",
	"Hamas' statement", "O'Brien", "Cote d'Ivoire", "Sana'a",
	"Al-Qur'an", "Ta'if", "'til dawn", "kick 'em out", "in '22",
	"the 1990's", "Kyiv’s mayor", "it’s",
	"the Emirates’ plan", "the ’" "90s",
	"Ukrayins’ka", "the ‘" "90s",
	"Qatar‘s", "the boys' school and the girls' school",
	"rock ’n’ roll",
};

START_TEST(apostrophes_are_not_quotes)
{
	static char in[256], want[512];
	const char *a = apostrophes[_i];
	size_t n = strlen(a);
	int k;

	/* Alone: no quotation at all. */
	k = snprintf(in, sizeof in, "Then %s came. Later %s left.", a, a);
	expect(in, (size_t)k, "", (size_t)1 << 20, "", 0);
	expect(in, (size_t)k, "no", (size_t)1 << 20, "", 0);
	/* Inside double quotation marks: exactly that quotation. */
	k = snprintf(in, sizeof in, "“Then %s came,” he said.",
	    a);
	snprintf(want, sizeof want, "3-%zu|he|Then %s came,;", 3 + 11 + n, a);
	expect(in, (size_t)k, "", (size_t)1 << 20, want, strlen(want));
	k = snprintf(in, sizeof in, "\"Then %s came,\" he said.", a);
	snprintf(want, sizeof want, "1-%zu|he|Then %s came,;", 1 + 11 + n, a);
	expect(in, (size_t)k, "", (size_t)1 << 20, want, strlen(want));
}
END_TEST

START_TEST(multi_paragraph)
{
	static const char in[] = "“We will rebuild.\n\n"
	    "“And we will win,” he said.";

	/* One quotation from the first opening mark to the last closing one. */
	QUOTES(in, "", "3-40|he|We will rebuild.\n\n“"
	    "And we will win,;");
	QUOTES("\"One.\r\n\r\n\"Two,\" Ali said.", "",
	    "1-14|Ali|One.\r\n\r\n\"Two,;");
	/* The next paragraph does not reopen: unclosed. */
	QUOTES("“We will rebuild.\n\nThen more.", "", "");
	QUOTES("“We will rebuild.\n\nThen more.", "o",
	    "!3-19||We will rebuild.;");
	/* One paragraph a line: the reopening mark still continues it. */
	QUOTES("“We will fight.\n“We will win,” he said.", "",
	    "3-33|he|We will fight.\n“We will win,;");
	/* A single line break is no paragraph break. */
	QUOTES("\"We will\nrebuild,\" she said.", "",
	    "1-17|she|We will\nrebuild,;");
	/* No reopening mark, but the next paragraph's first mark closes. */
	QUOTES("He wrote: “One.\n\nTwo.” Then.", "",
	    "13-23|He|One.\n\nTwo.;");
	QUOTES("He wrote: \"One.\n\nTwo.\" Then.", "",
	    "11-21|He|One.\n\nTwo.;");
	/* Its first mark opens: the first paragraph's was unclosed. */
	QUOTES("“One.\n\nTwo “three” four.", "", "16-21||three;");
	QUOTES("“One.\n\nTwo “three” four.", "o",
	    "!3-7||One.;16-21||three;");
	/* Only the paragraph right after: a third one is too far. */
	QUOTES("“One.\n\nTwo.\n\nThree.”", "", "");
	QUOTES("“One.\n\nTwo.\n\nThree.”", "o", "!3-7||One.;");
	QUOTES("“One.\n\nTwo.", "o", "!3-7||One.;");
	/* Not with a mark that may be an apostrophe. */
	QUOTES("‘One.\n\nThe ministers’ plan.", "o", "!3-7||One.;");
}
END_TEST

START_TEST(unclosed)
{
	QUOTES("He said “never closed. Fine.\n\nNext \"one\" here.",
	    "", "38-41||one;");
	QUOTES("He said “never closed. Fine.\n\nNext \"one\" here.",
	    "o", "!11-30|He|never closed. Fine.;38-41||one;");
	QUOTES("Tail “open to the end  \n", "", "");
	QUOTES("Tail “open to the end  \n", "o",
	    "!8-23||open to the end;");
	/* Quotations inside an unreported unclosed one come up a level. */
	QUOTES("“Ali said \"yes\" then", "", "13-16|Ali|yes;");
	QUOTES("“Ali said \"yes\" then", "on",
	    "!3-22||Ali said \"yes\" then;>13-16|Ali|yes;");
	/* Longer than the cap: unclosed. */
	QUOTES_CAP("x \"a quotation longer than sixteen bytes\" y.", "", 16, "");
	QUOTES_CAP("x \"short\" and \"a quotation longer than sixteen\" y.", "",
	    16, "3-8||short;");
}
END_TEST

START_TEST(speakers_after)
{
	QUOTES("“We agree,” he said.", "", "3-12|he|We agree,;");
	QUOTES("\"We agree,\" the Health Minister emphasized.", "",
	    "1-10|the Health Minister|We agree,;");
	QUOTES("\"We agree,\" said Lyashko, the minister of health.", "",
	    "1-10|Lyashko|We agree,;");
	QUOTES("\"We agree,\" said the minister.", "",
	    "1-10|the minister|We agree,;");
	QUOTES("\"Thank you!\" Zelensky "
	    "noted.", "", "1-11|Zelensky|Thank you!;");
	QUOTES("\"We agree,\" Head of the Kherson City Military Administration"
	    " Roman Mrochko posted on Telegram.", "",
	    "1-10|Roman Mrochko|We agree,;");
	QUOTES("\"We agree,\" he also added.", "", "1-10|he|We agree,;");
	QUOTES("\"We agree,\" according to the statement.", "",
	    "1-10|the statement|We agree,;");
	QUOTES("\"We agree,\" Foreign Minister Ayman Safadi told "
	    "reporters.", "",
	    "1-10|Ayman Safadi|We agree,;");
	QUOTES("\"Calm,\" he added.Read also: more", "", "1-6|he|Calm,;");
	QUOTES("“We are ready,” Sheikh Khalifa, Chairman of Qatar Chamber, "
	    "said.", "", "3-16|Sheikh Khalifa|We are ready,;");
	QUOTES("“We hold,” the head of the Regional Administration, Oleksandr "
	    "Prokudin, wrote.", "", "3-11|Oleksandr Prokudin|We hold,;");
	QUOTES("\"We agree,\" KUNA quoted the minister as saying.", "",
	    "1-10|the minister|We agree,;");
	QUOTES("“We agree,” the minister was quoted as saying.", "",
	    "3-12|the minister|We agree,;");
	QUOTES("“Peace,” the Prime Minister of Qatar Sheikh Mohammed bin "
	    "Abdulrahman Al Thani stressed.", "",
	    "3-9|Sheikh Mohammed bin Abdulrahman Al Thani|Peace,;");
}
END_TEST

START_TEST(speakers_before)
{
	QUOTES("Lyashko noted that Japan is “one” for us.", "",
	    "31-34|Lyashko|one;");
	QUOTES("The minister said: “We agree.”", "",
	    "22-31|The minister|We agree.;");
	QUOTES("H E Timmy Davis said:“We agree.”", "",
	    "24-33|H E Timmy Davis|We agree.;");
	QUOTES("According to Dr. Ali Hassan, \"it works\" well.", "",
	    "30-38|Dr. Ali Hassan|it works;");
	QUOTES("Ali said he saw \"nothing.\" Then it rained.", "",
	    "17-25|Ali|nothing.;");
	QUOTES("Sheikh Khalifa bin Jassim Al Thani, Chairman of Qatar Chamber,"
	    " said: “We are ready.”", "",
	    "72-85|Sheikh Khalifa bin Jassim Al Thani|We are ready.;");
	QUOTES("Minister of Health Viktor Lyashko said: “We agree.”", "",
	    "43-52|Viktor Lyashko|We agree.;");
	QUOTES("The minister was quoted by KUNA as saying “We agree.”", "",
	    "45-54|The minister|We agree.;");
	QUOTES("The head of state noted: "
	    "“No.”", "", "28-31|The head of state|No.;");
	QUOTES("Zelensky: “We will win”", "", "13-24|Zelensky|We will win;");
	QUOTES("He praised the talks, adding: \"We agree.\"", "",
	    "31-40|He|We agree.;");
	QUOTES("\"We are ready,\" Ukrinform quotes Zelensky as saying.", "",
	    "1-14|Zelensky|We are ready,;");
	/* A quotation that ends its sentence: only a bare one after it. */
	QUOTES("“We will win.” Zelensky "
	    "said.", "", "3-15|Zelensky|We will win.;");
	QUOTES("“We will win.” He added that it is so.", "",
	    "3-15||We will win.;");
	/* No attribution: empty. */
	QUOTES("The Cabinet hailed \"historic\" ties.", "", "20-28||historic;");
	QUOTES("It was cited as declaring that \"all is well.\"", "",
	    "32-44||all is well.;");
	/* Not from an earlier sentence. */
	QUOTES("Ali said so. The \"plan\" is old.", "", "18-22||plan;");
	/* -p: he and she named from an earlier sentence. */
	QUOTES("Minister Ali Hassan announced it. \"We agree,\" he said.", "p",
	    "35-44|Ali Hassan|We agree,;");
	QUOTES("Ali Hassan said it. \"We agree,\" he said.", "p",
	    "21-30|Ali Hassan|We agree,;");
}
END_TEST

/* Attributions in the shapes of the wires, checked by hand. */
START_TEST(speakers_shapes)
{
	/* A quotation right after the attribution goes on in its voice. */
	QUOTES("“A,” Al-Awadhi told reporters. “No panic.”", "",
	    "3-5|Al-Awadhi|A,;38-47|Al-Awadhi|No panic.;");
	QUOTES("“A,” he said. Talks ended. “B.”", "",
	    "3-5|he|A,;34-36||B.;");
	/* Asides and sentence adverbs are not names. */
	QUOTES("Some motorists, however, said it came “too late”.", "",
	    "41-49|Some motorists|too late;");
	QUOTES("Earlier, Foreign Minister Andrii Sybiha said: “Yes.”", "",
	    "49-53|Andrii Sybiha|Yes.;");
	/* Back over a list of titles between commas to the name. */
	QUOTES("His Highness Sheikh Mohammed bin Rashid Al Maktoum, Vice "
	    "President, Prime Minister and Ruler of Dubai, also wrote: “Eid "
	    "Mubarak.”", "", "118-130|His Highness Sheikh Mohammed bin "
	    "Rashid Al Maktoum|Eid Mubarak.;");
	QUOTES("A KPC official, who asked not to be named, said it was "
	    "“studying offers”.", "",
	    "58-73|A KPC official|studying offers;");
	/* Styles stay with the name; a title before them does not. */
	QUOTES("“Yes,” said H.E. Sheikh Ali.", "",
	    "3-7|H.E. Sheikh Ali|Yes,;");
	QUOTES("Her Excellency Sheikha Latifa bint Mohammed said “more "
	    "events”.", "", "52-63|Her Excellency Sheikha Latifa bint "
	    "Mohammed|more events;");
	QUOTES("“We will not give up,” said HE the Minister of Finance "
	    "Ali Al Kuwari.", "", "3-23|Ali Al Kuwari|We will not give up,;");
	QUOTES("Kuwait Oil Company (KOC) said output was “normal”.", "",
	    "44-50|Kuwait Oil Company|normal;");
	/* The subject of a second verb: X received Y and stressed. */
	QUOTES("Meanwhile, Sheikh Ahmad Al-Sabah received the minister and "
	    "stressed “deep ties”.", "",
	    "71-80|Sheikh Ahmad Al-Sabah|deep ties;");
	QUOTES("In Doha on Sunday, the Emir met the envoy and stressed “deep "
	    "ties”.", "", "58-67|the Emir|deep ties;");
	QUOTES("The Amir praised the youth, describing them as “the real "
	    "wealth”.", "", "50-65|The Amir|the real wealth;");
	QUOTES("Meanwhile, the minister praised the talks, adding: “We "
	    "agree.”", "", "54-63|the minister|We agree.;");
	QUOTES("The foreign minister met his counterpart and stressed “deep "
	    "ties”.", "", "57-66|The foreign minister|deep ties;");
	/* Noun phrases: possessives, quantities, an article's head. */
	QUOTES("“Why?” asked Jordan’s foreign minister at the meeting.",
	    "",
	    "3-7|Jordan’s foreign minister|Why?;");
	QUOTES("Norway's top diplomat described it as \"vital\".", "",
	    "39-44|Norway's top diplomat|vital;");
	QUOTES("As one diplomat put it: “Nobody pays.”", "",
	    "27-39|one diplomat|Nobody pays.;");
	QUOTES("It takes “minutes”, officials said.", "",
	    "12-19|officials|minutes;");
	QUOTES("The so-called “Islamic State” group claimed it.", "",
	    "17-30||Islamic State;");
	QUOTES("Residents (“we were terrified,” one said) fled.", "",
	    "14-32|one|we were terrified,;");
	QUOTES("The minister — “a man of his word,” as one colleague put it "
	    "— resigned.", "", "20-38|one colleague|a man of his word,;");
	/* A passive with "by", and one word of place after a title. */
	QUOTES("“Yes” – this was stated by Mayor of Kyiv Vitali Klitschko.",
	    "", "3-6|Vitali Klitschko|Yes;");
	QUOTES("A spokesman for the ministry said “yes”.", "",
	    "37-40|A spokesman for the ministry|yes;");
	QUOTES("The head of the department said “yes”.", "",
	    "35-38|The head of the department|yes;");
	QUOTES("“Yes,” an official from the ministry told reporters.", "",
	    "3-7|an official from the ministry|Yes,;");
	QUOTES("The deal is “done”, according to a Royal Court statement.",
	    "",
	    "15-19|a Royal Court statement|done;");
	/* More reporting verbs; "called" only where it reports. */
	QUOTES("The communiqué spoke of “shared duty”, but little else.",
	    "",
	    "28-39|The communiqué|shared duty;");
	QUOTES("Ali expressed hope for “a lasting solution”.", "",
	    "26-44|Ali|a lasting solution;");
	QUOTES("He criticized what he called “double standards”.", "",
	    "32-48|he|double standards;");
	QUOTES("A plan called “Vision” began.", "", "17-23||Vision;");
	/* "and described": not a speaker after the closing mark. */
	QUOTES("Albares said Spain \"fully supports\" the plan and described "
	    "it as \"fair\".", "",
	    "20-34|Albares|fully supports;66-70|Albares|fair;");
	/* "in remarks": a noun, so the verb is "said". */
	QUOTES("The minister said in remarks carried by state media that "
	    "“the border is open”.", "",
	    "60-78|The minister|the border is open;");
	QUOTES("UN Secretary-General António Guterres said the situation was "
	    "“deeply alarming”.", "",
	    "65-80|António Guterres|deeply alarming;");
	/* A headline's title; a name alone after a dash. */
	QUOTES("“We are ready” – Minister Bayramov.", "",
	    "3-15|Bayramov|We are ready;");
	QUOTES("Minister of Health: “No shortage”\n\nText.", "",
	    "23-34|Minister of Health|No shortage;");
}
END_TEST

/* Many short words before the attribution: the nearest ones count. */
START_TEST(speakers_roles)
{
	/* A role between a body or an adjective and the name: the name. */
	QUOTES("“It was a derby,” said Al Sadd coach Marco Lemos.", "",
	    "3-18|Marco Lemos|It was a derby,;");
	QUOTES("“We are ready,” Spanish coach Javier Morales said.", "",
	    "3-16|Javier Morales|We are ready,;");
	/* A day between the subject and the verb. */
	QUOTES("Mumbai captain Rohan Deshmukh on Sunday said it was “one of "
	    "the best”.", "", "55-70|Rohan Deshmukh|one of the best;");
	/* A portfolio of two words joined by and. */
	QUOTES("Minister of Water and Irrigation Walid Al-Khasawneh said it is "
	    "“vital”.", "", "66-71|Walid Al-Khasawneh|vital;");
	/* A relative clause between the subject and the verb. */
	QUOTES("Two German fans who flew in for the final said it was "
	    "“incredible.”", "", "57-68|Two German fans|incredible.;");
	/* An abbreviated style before "the Minister" stays. */
	QUOTES("\"Yes,\" HE the Minister said.", "",
	    "1-5|HE the Minister|Yes,;");
	/* One lower-case head after an article, before a verb. */
	QUOTES("The Portuguese tactician singled out the captain, describing "
	    "him as “the heart of this team”.", "",
	    "71-93|The Portuguese tactician|the heart of this team;");
	QUOTES("“Nobody listened,” he complained.", "",
	    "3-19|he|Nobody listened,;");
}
END_TEST

START_TEST(speakers_more_shapes)
{
	/* a second verb of the subject, after but */
	QUOTES("The diplomat noted that trade grew, but described it as "
	    "«modest».", "", "58-64|The diplomat|modest;");
	QUOTES("He also rejected the \"baseless allegations\" outright.", "",
	    "22-42|He|baseless allegations;");
	/* a titled name in apposition to a noun that is no name */
	QUOTES("The petitioners' counsel, Advocate Imran Shafiq, argued it "
	    "caused \"irreparable loss\".", "",
	    "67-83|Imran Shafiq|irreparable loss;");
	/* a name that opens with a particle; a role in lower case */
	QUOTES("“A gift of RO 10,” al Balushi, the bank’s chief, added.", "",
	    "3-19|al Balushi|A gift of RO 10,;");
	QUOTES("“Mega job!” team principal Marco Bellandi told him.", "",
	    "3-12|Marco Bellandi|Mega job!;");
	/* verbs after went on to, used to; in the words of */
	QUOTES("Al-Ruwaili went on to say: \"No pilgrim is allowed.\"", "",
	    "28-50|Al-Ruwaili|No pilgrim is allowed.;");
	QUOTES("My teacher used to tell me: “Whisper.”", "",
	    "31-39|My teacher|Whisper.;");
	QUOTES("In the words of Fahmy, the crisis was \"a stress test\".", "",
	    "39-52|Fahmy|a stress test;");
	QUOTES("Thousands of fans chanted \"Al Annabi!\" after the whistle.",
	    "", "27-37|Thousands of fans|Al Annabi!;");
	/* "no" is no speaker */
	QUOTES("The so-called 'experts' said no.", "", "15-22||experts;");
}
END_TEST

START_TEST(plural_possessive_in_single_quotes)
{
	/* ’n’ inside a single quotation closes nothing */
	QUOTES("‘We had rock ’n’ roll tapes,’ he said. The song 'Rock 'n' "
	    "Roll Raja' won.", "",
	    "3-34|he|We had rock ’n’ roll tapes,;57-75||Rock 'n' Roll Raja;");
	/* in a long quotation s' before a noun is a possessive */
	QUOTES("'We never stopped believing. The fans' support was "
	    "unbelievable,' said captain Akram Hassan.", "",
	    "1-64|Akram Hassan|We never stopped believing. The fans' support "
	    "was unbelievable,;");
	/* before a function word, or in a short one, it closes */
	QUOTES("He said 'we need more investments' and left.", "",
	    "9-33|He|we need more investments;");
	QUOTES("The 'ministers' decision' stands.", "", "5-14||ministers;");
	/* before an article, or before a noun and a reporting verb: closes */
	QUOTES("‘Japan is one of the most reliable and consistent partners’ "
	    "the statement said.", "",
	    "3-60|the statement|Japan is one of the most reliable and "
	    "consistent partners;");
	QUOTES("'The plan is supported by all of our partners' officials "
	    "said.", "", "1-45||The plan is supported by all of our partners;");
}
END_TEST

START_TEST(speakers_wire_shapes)
{
	/* "states" after a capital or "member" is a noun, not a verb;
	 * a place after a title; a style before "the"; the issuer of a
	 * statement; a dateline; a body's name over "for the" */
	QUOTES("Minister Al-Musallam said that the violations of Arab "
	    "states \"constitute a breach\".", "",
	    "62-81|Al-Musallam|constitute a breach;");
	QUOTES("British Deputy Permanent Representative to the UN "
	    "Thomas Whitfield said:“The UK will stand.”", "",
	    "75-93|Thomas Whitfield|The UK will stand.;");
	QUOTES("Head of the EU Delegation to Ukraine Lukas Brenner "
	    "said: \"Yes.\"", "",
	    "58-62|Lukas Brenner|Yes.;");
	QUOTES("His Highness the Prime Minister stressed that \"the "
	    "government will act\".", "",
	    "47-70|His Highness the Prime Minister|the government will act;");
	QUOTES("\"Aid is an obligation,\" according to a statement "
	    "issued by the Ministry of Foreign Affairs.", "",
	    "1-22|the Ministry of Foreign Affairs|Aid is an obligation,;");
	QUOTES("Doha, Qatar: Ambassadors have congratulated the "
	    "country, describing it as \"a milestone\".", "",
	    "75-86|Ambassadors|a milestone;");
	QUOTES("The Coordination Headquarters for the Treatment of "
	    "Prisoners of War said that it became possible thanks to "
	    "\"the mediation of partners\".", "",
	    "108-133|The Coordination Headquarters for the Treatment "
	    "of Prisoners of War|the mediation of partners;");
}
END_TEST

START_TEST(speakers_press_shapes)
{
	/* a quotation split by "said X, an analyst," has X for both */
	QUOTES("“The market has run up 80 percent,” said Sana Tariq, an "
	    "equity strategist, “so profit-taking would be healthy.”", "",
	    "3-36|Sana Tariq|The market has run up 80 percent,;"
	    "82-116|Sana Tariq|so profit-taking would be healthy.;");
	/* a role after the verb, then the name in apposition */
	QUOTES("“Remittances will grow,” said the company’s Chief Executive "
	    "Officer, Olumide Adeyemi.", "",
	    "3-25|Olumide Adeyemi|Remittances will grow,;");
	/* a party after a name is not part of it */
	QUOTES("“Three months of relief?” asked Senator Aliya Durrani of the "
	    "Pakistan Tehreek-e-Insaf in the Senate.", "",
	    "3-26|Aliya Durrani|Three months of relief?;");
	/* a sentence that leads in with a colon speaks through its subject */
	QUOTES("Minister Aset Kuanyshev congratulated the team on his "
	    "Instagram page: \"Kazakhstan is proud of you!\"", "",
	    "71-98|Aset Kuanyshev|Kazakhstan is proud of you!;");
	/* ", which chanted": the noun before it */
	QUOTES("Asked about the crowd, which chanted \"Co-nor! Co-nor!\" all "
	    "night, he smiled.", "", "38-53|the crowd|Co-nor! Co-nor!;");
	/* analysts at a firm; honorifics in a row */
	QUOTES("\"Bitcoin is behaving like gold again,\" analysts at Cobalt "
	    "Ridge Research wrote in a note.", "",
	    "1-37|analysts at Cobalt Ridge Research|Bitcoin is behaving like "
	    "gold again,;");
	QUOTES("Datuk Dr Mohd Zaki Hassan said: \"We are ready.\"", "",
	    "33-46|Datuk Dr Mohd Zaki Hassan|We are ready.;");
	/* a participle before "by" is no reporting verb */
	QUOTES("The council will adopt the draft resolution submitted by the "
	    "Arab Group \"without amendments\".", "", "73-91||without amendments;");
}
END_TEST

START_TEST(speakers_late_and_titles)
{
	/* a body's name goes on over "of the" */
	QUOTES("“Air defense shot down 30 missiles,” according to the Air "
	    "Force of the Armed Forces of Ukraine.", "",
	    "3-37|the Air Force of the Armed Forces of Ukraine|Air defense "
	    "shot down 30 missiles,;");
	/* the attribution later in the sentence, after a comma */
	QUOTES("The deal is \"a floor, not a ceiling\" for climate finance, "
	    "COP29 Chief Negotiator Rashad Mammadli said at a panel.", "",
	    "13-35|Rashad Mammadli|a floor, not a ceiling;");
	/* MP, and a portfolio of two words, are titles */
	QUOTES("\"We will vote,\" MP Osama Al-Zaid said.", "",
	    "1-14|Osama Al-Zaid|We will vote,;");
	QUOTES("Minister of Planning and International Cooperation Rana "
	    "Al-Majali said: \"Growth is back.\"", "",
	    "73-88|Rana Al-Majali|Growth is back.;");
}
END_TEST

START_TEST(speakers_feature_shapes)
{
	/* an age between commas; occupations; an apposition after "and" */
	/* "based in"; a leading As; According to ... as an aside; puts it */
	QUOTES("“He never stopped,” his son, Khalid Al Mheiri, 58, told "
	    "The National.", "",
	    "3-20|Khalid Al Mheiri|He never stopped,;");
	QUOTES("\"My group waited,\" said tour guide Mostafa Ragab, who "
	    "has worked there.", "",
	    "1-17|Mostafa Ragab|My group waited,;");
	QUOTES("\"He never sang for money,\" recalled his son and "
	    "disciple, Kamran Rafiq.", "",
	    "1-25|Kamran Rafiq|He never sang for money,;");
	QUOTES("An exporter based in Coonoor said payment problems had "
	    "“eased somewhat”.", "",
	    "58-72|An exporter based in Coonoor|eased somewhat;");
	QUOTES("As Rashid told my son, handing him dates: ‘Take, take.’", "",
	    "45-56|Rashid|Take, take.;");
	QUOTES("According to court records, the defendant called the "
	    "victims and told them their accounts were “frozen”.", "",
	    "98-104|the defendant|frozen;");
	QUOTES("As the Swedish physiologist Karin Holmqvist puts it, "
	    "heat is \"a debt\".", "",
	    "62-68|Karin Holmqvist|a debt;");
}
END_TEST

START_TEST(speakers_daily_wire)
{
	/* back over a segment whose tail is a name (at Google Cloud); a
	 * body after a title; Ambassador to X late in the sentence;
	 * believes; "In a statement," before the subject */
	QUOTES("Omar Haddad, Regional Director for Qatar at Google "
	    "Cloud, one of the partners, said: “Skills matter.”", "",
	    "88-102|Omar Haddad|Skills matter.;");
	QUOTES("Head of the General Syndicate of Farmers Mohamed Abdel "
	    "Sattar said the rise was “a step”.", "",
	    "83-89|Mohamed Abdel Sattar|a step;");
	QUOTES("Slovakia views Azerbaijan as \"a reliable partner\" in "
	    "gas, Slovak Ambassador to Azerbaijan Martin Hrabovsky "
	    "said.", "",
	    "30-48|Martin Hrabovsky|a reliable partner;");
	QUOTES("Economist Ramil Huseynov believes the growth is "
	    "\"fragile\".", "",
	    "49-56|Ramil Huseynov|fragile;");
	QUOTES("In a statement, the ministry renewed its call to "
	    "\"shoulder their responsibilities\".", "",
	    "50-81|the ministry|shoulder their responsibilities;");
}
END_TEST

START_TEST(speakers_round10)
{
	/* a portfolio "A and B" before the name; an age before it; an
	 * occupation; "hailed" only with "as" after it */
	QUOTES("Minister of Agriculture and Forestry Kemal Aydogan said "
	    "the harvest was \"record\".", "",
	    "73-79|Kemal Aydogan|record;");
	QUOTES("\"We lost everything,\" said 56-year-old Hatice Yilmaz.", "",
	    "1-20|Hatice Yilmaz|We lost everything,;");
	QUOTES("\"Rain will ease,\" PAGASA weather specialist Marco "
	    "Dela Pena said.", "",
	    "1-16|Marco Dela Pena|Rain will ease,;");
	QUOTES("Chief national coach Vikram Sood hailed the win as \"a "
	    "big step forward\".", "",
	    "52-70|Vikram Sood|a big step forward;");
	QUOTES("The cabinet hailed \"historic\" ties.", "", "20-28||historic;");
}
END_TEST

START_TEST(many_words_before_speaker)
{
	static char in[2048];
	size_t n = 0;
	int i;

	for (i = 0; i < 400; i++) {
		memcpy(in + n, "a, ", 3);
		n += 3;
	}
	memcpy(in + n, LIT("He said: “x.”"));
	n += sizeof "He said: “x.”" - 1;
	/* 1200 bytes of "a, ", then "He said: " (9) and “ (3). */
	expect(in, n, "", (size_t)1 << 20, LIT("1212-1214|He|x.;"));
}
END_TEST

/*
 * Every table's index is built, and finds every row: a table that
 * outgrew its index (the marks' slots, the scan's four ASCII bytes)
 * fails here.  A word has one row, in lower case, one word long.
 */
START_TEST(tables_fit_their_indexes)
{
	size_t i, k, n;
	const char *w;

	ck_assert_int_eq(qx_tables(), 0);
	ck_assert_uint_gt(qw_count, 600);
	for (i = 0; i < qw_count; i++) {
		w = qw_table[i].text;
		n = strlen(w);
		ck_assert_msg(qw_find(w, n) == (long)i,
		    "words.def: \"%s\" has a second row", w);
		ck_assert_uint_eq(qw_classes(w, n), qw_table[i].cls);
		ck_assert_uint_ne(qw_table[i].cls, 0);
		for (k = 0; k < n; k++)
			ck_assert_msg(w[k] != ' ' && !(w[k] >= 'A' &&
			    w[k] <= 'Z'), "words.def: \"%s\"", w);
	}
	ck_assert_int_eq(qw_find(LIT("Said")), qw_find(LIT("said")));
	ck_assert_int_eq(qw_find(LIT("saidx")), -1);
	for (i = 0; i < qm_count; i++) {
		const struct qm_row *m = &qm_table[i];
		int32_t c = 0;

		if (strlen(m->mark) == 2 && (unsigned char)m->mark[0] < 0x80)
			c = qm_pair((unsigned char)m->mark[0],
			    (unsigned char)m->mark[1]);
		else
			u8_decode((const unsigned char *)m->mark,
			    strlen(m->mark), &c);
		ck_assert_ptr_eq(qm_find(c), m);
		for (k = 0; k < QM_CLOSERS && m->closed_by[k].mark; k++)
			ck_assert_int_gt(m->closed_by[k].how, 0);
	}
	ck_assert_ptr_null(qm_find('a'));
}
END_TEST

Suite *
quotes_suite(void)
{
	Suite *s = suite_create("quotes");
	TCase *tc = tcase_create("quotes");

	tcase_add_test(tc, tables_fit_their_indexes);
	tcase_add_test(tc, sample_three_quotes);
	tcase_add_test(tc, each_style);
	tcase_add_test(tc, missing_spaces);
	tcase_add_test(tc, nesting);
	tcase_add_loop_test(tc, apostrophes_are_not_quotes, 0,
	    (int)(sizeof apostrophes / sizeof apostrophes[0]));
	tcase_add_test(tc, multi_paragraph);
	tcase_add_test(tc, unclosed);
	tcase_add_test(tc, speakers_after);
	tcase_add_test(tc, speakers_before);
	tcase_add_test(tc, speakers_shapes);
	tcase_add_test(tc, speakers_roles);
	tcase_add_test(tc, speakers_more_shapes);
	tcase_add_test(tc, speakers_wire_shapes);
	tcase_add_test(tc, speakers_press_shapes);
	tcase_add_test(tc, speakers_late_and_titles);
	tcase_add_test(tc, speakers_feature_shapes);
	tcase_add_test(tc, speakers_daily_wire);
	tcase_add_test(tc, speakers_round10);
	tcase_add_test(tc, plural_possessive_in_single_quotes);
	tcase_add_test(tc, many_words_before_speaker);
	suite_add_tcase(s, tc);
	return s;
}

#include <stdio.h>
#include <string.h>

#include "strip.h"
#include "suites.h"
#include "util.h"

static void
header_is(const char *line, const char *date, const char *src,
    const char *body)
{
	struct strip_hdr h;
	size_t n = strlen(line);

	ck_assert_msg(strip_header(line, n, &h), "no header in '%s'", line);
	ck_assert_uint_eq(h.date_len, strlen(date));
	ck_assert_mem_eq(line + h.date_off, date, h.date_len);
	ck_assert_uint_eq(h.src_len, strlen(src));
	ck_assert_mem_eq(line + h.src_off, src, h.src_len);
	ck_assert_str_eq(line + h.body_off, body);
}

START_TEST(header_forms)
{
	header_is(" date 2025-01-24 (MENAFN- UkrinForm) Ukraine is",
	    "2025-01-24", "UkrinForm", " Ukraine is");
	header_is("(MENAFN- Gulf Times) Body", "", "Gulf Times", " Body");
	header_is("date 2023-09-05 (MENAFN- Kuwait News Agency (KUNA)) KUWAIT",
	    "2023-09-05", "Kuwait News Agency (KUNA)", " KUWAIT");
	header_is("date 2020-07-26 (MENAFN) The overall", "2020-07-26", "",
	    " The overall");
	header_is("date  2024-01-02\t(  MENAFN  -  Trend  )x", "2024-01-02",
	    "Trend", "x");
	header_is("(MENAFN-The Peninsula)", "", "The Peninsula", "");
	header_is("(MENAFN\xe2\x80\x93 AzerNews) a", "", "AzerNews", " a");
	header_is("(MENAFN- X)\r", "", "X", "\r");
}
END_TEST

START_TEST(not_headers)
{
	static const char *lines[] = {
		"He said (MENAFN- X) was",	/* not at the line start */
		"(MENAFN- Gulf Times",		/* no closing parenthesis */
		"date 2025-1-24 (MENAFN- X) a",	/* malformed date */
		"date 2025-01-24 Body",		/* no tag */
		"(Menafn- X) a",
		"(MENAFNX) a",
		"",
	};
	struct strip_hdr h;
	size_t i;

	for (i = 0; i < sizeof lines / sizeof lines[0]; i++)
		ck_assert_msg(!strip_header(lines[i], strlen(lines[i]), &h),
		    "header found in '%s'", lines[i]);
}
END_TEST

static void
date_is_calendar(const char *date, int calendar)
{
	char line[64];
	struct strip_hdr h;
	size_t n = (size_t)snprintf(line, sizeof line, "date %s (MENAFN- X) a",
	    date);

	ck_assert_msg(strip_header(line, n, &h), "no header in '%s'", line);
	ck_assert_uint_eq(h.date_off, 5);
	ck_assert_uint_eq(h.date_len, 10);
	ck_assert_msg(h.date_bad == !calendar, "%s: date_bad %d", date,
	    h.date_bad);
}

START_TEST(header_calendar_dates)
{
	date_is_calendar("2024-02-29", 1);	/* divisible by 4 */
	date_is_calendar("2025-02-29", 0);
	date_is_calendar("1900-02-29", 0);	/* by 100, not by 400 */
	date_is_calendar("2000-02-29", 1);	/* by 400 */
	date_is_calendar("2025-02-28", 1);
	date_is_calendar("2024-04-31", 0);
	date_is_calendar("2024-04-30", 1);
	date_is_calendar("2024-01-31", 1);
	date_is_calendar("2024-00-10", 0);
	date_is_calendar("2024-13-01", 0);
	date_is_calendar("2024-12-31", 1);
	date_is_calendar("2024-01-00", 0);
	date_is_calendar("2024-01-32", 0);
	date_is_calendar("2025-13-45", 0);
	date_is_calendar("0000-01-01", 1);
}
END_TEST

/* Articles are logged as {date|source|body}. */
static void
on_begin(void *ctx, const char *d, size_t dn, const char *s, size_t sn)
{
	log_str(ctx, "{");
	log_add(ctx, d, dn);
	log_str(ctx, "|");
	log_add(ctx, s, sn);
	log_str(ctx, "|");
}

static void
on_body(void *ctx, const char *p, size_t n)
{
	log_add(ctx, p, n);
}

static void
on_end(void *ctx)
{
	log_str(ctx, "}");
}

static void
on_bad_date(void *ctx, const char *d, size_t dn)
{
	log_str(ctx, "<");
	log_add(ctx, d, dn);
	log_str(ctx, ">");
}

static const struct strip_ops ops = { on_begin, on_body, on_end, on_bad_date };

/* Feed text line by line, each line in pieces of at most step bytes. */
static void
strip_text(const char *text, size_t n, size_t step, int keep, struct log *l)
{
	struct strip s;
	const char *end = text + n;

	strip_init(&s, &ops, l, keep);
	while (text < end) {
		const char *lf = memchr(text, '\n', (size_t)(end - text));
		const char *le = lf ? lf : end;

		do {
			size_t k = (size_t)(le - text) < step ?
			    (size_t)(le - text) : step;
			strip_piece(&s, text, k, text + k == le);
			text += k;
		} while (text < le);
		text = lf ? lf + 1 : end;
	}
	strip_finish(&s);
	strip_free(&s);
}

/* Whole lines, as rd_piece hands over any line that fits its buffer. */
#define STRIPS_TO(in, keep, want) do { \
	static struct log l_; \
	l_.len = 0; \
	strip_text(in, sizeof(in) - 1, (size_t)-1, keep, &l_); \
	ck_assert_uint_eq(l_.len, sizeof(want) - 1); \
	ck_assert_mem_eq(l_.buf, want, sizeof(want) - 1); \
} while (0)

START_TEST(three_articles)
{
	STRIPS_TO("date 2025-01-01 (MENAFN- A) one\n\ntwo\n"
	    "(MENAFN- B)\n\n  three  \n"
	    "date 2025-01-03 (MENAFN) four\n", 0,
	    "{2025-01-01|A|one\n\ntwo}{|B|three}{2025-01-03||four}");
}
END_TEST

START_TEST(no_header_and_preamble)
{
	STRIPS_TO("\n  plain text\n\n", 0, "{||plain text}");
	STRIPS_TO("", 0, "");
	STRIPS_TO(" \n\t\n", 0, "");
	STRIPS_TO("before\n(MENAFN- X) after", 0, "{||before}{|X|after}");
}
END_TEST

START_TEST(crlf_keeps_inner_cr)
{
	STRIPS_TO("(MENAFN- X)\r\nline one\r\n\r\nline two\r\n", 0,
	    "{|X|line one\r\n\r\nline two}");
}
END_TEST

#define FOOTER "Legal Disclaimer:\n\nMENAFN provides the information " \
	"\xe2\x80\x9c" "as is\xe2\x80\x9d without warranty of any kind. " \
	"... kindly contact the provider above."

START_TEST(footer_dropped)
{
	STRIPS_TO("(MENAFN- K) Body.\n\ngta\n\nMENAFN05092023000071011013ID"
	    "1107006744\n\n" FOOTER "\n", 0, "{|K|Body.\n\ngta}");
	STRIPS_TO("(MENAFN- K) Body.\n" FOOTER "\n(MENAFN- L) Next", 0,
	    "{|K|Body.}{|L|Next}");
}
END_TEST

START_TEST(id_line_ending_article_dropped)
{
	/* Without the disclaimer block: at the end, before a header, at EOF. */
	STRIPS_TO("(MENAFN- K) Body.\n\nMENAFN06032024000071011013ID"
	    "1107944631\n\n", 0, "{|K|Body.}");
	STRIPS_TO("(MENAFN- K) Body.\nMENAFN1ID2\n(MENAFN- L) Next.\n"
	    "MENAFN3ID4", 0, "{|K|Body.}{|L|Next.}");
	STRIPS_TO("(MENAFN- K) Body.\nMENAFN1ID2\n", 1,
	    "{|K|Body.\nMENAFN1ID2}");
	/* A line that only mentions an id is text. */
	STRIPS_TO("(MENAFN- K) Body.\nid MENAFN1ID2\n", 0,
	    "{|K|Body.\nid MENAFN1ID2}");
}
END_TEST

START_TEST(bad_date_left_empty)
{
	/* The header is still a header; only its date is not passed on. */
	STRIPS_TO("date 2025-13-45 (MENAFN- X) a\ndate 2024-02-29 (MENAFN- Y) b"
	    "\n", 0, "<2025-13-45>{|X|a}{2024-02-29|Y|b}");
}
END_TEST

START_TEST(footer_kept)
{
	STRIPS_TO("(MENAFN- K) Body.\n" FOOTER "\n", 1, "{|K|Body.\n" FOOTER "}");
}
END_TEST

START_TEST(unfinished_footer_is_kept)
{
	/* Without its last line the block is text: nothing is dropped. */
	STRIPS_TO("(MENAFN- K) Body.\n\nLegal Disclaimer:\nsomething else\n",
	    0, "{|K|Body.\n\nLegal Disclaimer:\nsomething else}");
	STRIPS_TO("(MENAFN- K) a\nMENAFN1ID2\nnot a footer\n", 0,
	    "{|K|a\nMENAFN1ID2\nnot a footer}");
}
END_TEST

START_TEST(tag_inside_line_does_not_split)
{
	STRIPS_TO("(MENAFN- A) x (MENAFN- B) y\n", 0,
	    "{|A|x (MENAFN- B) y}");
}
END_TEST

/* The text as menafn-strip feeds it: lines at once, through strip_lines. */
static unsigned long long
strip_at_once(const char *text, size_t n, int keep, struct log *l)
{
	struct strip s;
	unsigned long long lines;

	strip_init(&s, &ops, l, keep);
	if (n > 0)
		strip_lines(&s, text, text[n - 1] == '\n' ? n - 1 : n);
	strip_finish(&s);
	lines = s.lines;
	strip_free(&s);
	return lines;
}

/*
 * Runs of plain lines go to the body whole: the same articles as line by
 * line, with headers, footers, blank and empty lines, CRs and blanks at
 * the ends among them, and the lines counted.
 */
START_TEST(lines_at_once_as_line_by_line)
{
	static const char *texts[] = {
		"date 2025-01-01 (MENAFN- A) one\n\ntwo\n(MENAFN- B)\n\n"
		    "  three  \ndate 2025-01-03 (MENAFN) four\n",
		"\n  plain text\n\n",
		"plain\n\n\nmore \n\n",
		"(MENAFN- X)\r\nline one\r\n\r\nline two\r\n",
		"(MENAFN- K) Body.\n\ngta\n\nMENAFN05092023000071011013ID"
		    "1107006744\n\n" FOOTER "\n",
		"(MENAFN- K) Body.\n" FOOTER "\n(MENAFN- L) Next",
		"(MENAFN- K) a\nb\nMENAFN1ID2\nnot a footer\nc\n\n\n",
		"(MENAFN- K) a\nb\n\nLegal Disclaimer:\nsomething else\nx\n",
		"x\ny\ndate 2025-13-45 (MENAFN- X) a\nb\n\n \n\t\nc\n\n",
		"x \t\n\ny\r\n\n\n",
		"text\nMr. Smith said\nLater\n\xef\xbb\xbf(MENAFN- B) b\n",
		"no line end",
		"\n\n\n",
	};
	size_t i;
	int keep;

	for (i = 0; i < sizeof texts / sizeof texts[0]; i++)
		for (keep = 0; keep <= 1; keep++) {
			static struct log a, b;
			size_t n = strlen(texts[i]), lf = 0, k;
			unsigned long long lines;

			a.len = b.len = 0;
			strip_text(texts[i], n, (size_t)-1, keep, &a);
			lines = strip_at_once(texts[i], n, keep, &b);
			ck_assert_uint_eq(b.len, a.len);
			ck_assert_mem_eq(b.buf, a.buf, a.len);
			for (k = 0; k < n; k++)
				lf += texts[i][k] == '\n';
			ck_assert_uint_eq(lines, lf + (n > 0 &&
			    texts[i][n - 1] != '\n'));
		}
}
END_TEST

/*
 * Blank lines held at an article's end: past STRIP_HOLD they go out as
 * line by line, whether they come in one piece or many.
 */
START_TEST(long_blank_tail_at_once)
{
	static char text[5 * STRIP_HOLD];
	static struct log a, b;
	size_t n = 0, k;

	n += (size_t)sprintf(text, "(MENAFN- A) a\nb\n");
	for (k = 0; k < STRIP_HOLD / 50; k++) {
		memset(text + n, ' ', 99);
		text[n + 99] = '\n';
		n += 100;
	}
	n += (size_t)sprintf(text + n, "c\n\n(MENAFN- B) d\n");
	for (k = 0; k < STRIP_HOLD + 100; k++)
		text[n++] = '\n';
	n += (size_t)sprintf(text + n, "e\n");
	for (k = 0; k < STRIP_HOLD + 100; k++)
		text[n++] = '\n';
	a.len = b.len = 0;
	strip_text(text, n, (size_t)-1, 0, &a);
	/* In whole lines of at most STRIP_HOLD bytes, as rd_lines hands them. */
	{
		struct strip s;
		const char *p = text, *end = text + n;

		strip_init(&s, &ops, &b, 0);
		while (p < end) {
			const char *q = p + STRIP_HOLD < end ? p + STRIP_HOLD : end;

			while (q[-1] != '\n')
				q--;
			strip_lines(&s, p, (size_t)(q - 1 - p));
			p = q;
		}
		strip_finish(&s);
		strip_free(&s);
	}
	ck_assert_uint_eq(b.len, a.len);
	ck_assert_mem_eq(b.buf, a.buf, a.len);
}
END_TEST

Suite *
strip_suite(void)
{
	Suite *s = suite_create("strip");
	TCase *tc = tcase_create("header");

	tcase_add_test(tc, header_forms);
	tcase_add_test(tc, not_headers);
	tcase_add_test(tc, header_calendar_dates);
	suite_add_tcase(s, tc);
	tc = tcase_create("articles");
	tcase_add_test(tc, three_articles);
	tcase_add_test(tc, no_header_and_preamble);
	tcase_add_test(tc, crlf_keeps_inner_cr);
	tcase_add_test(tc, footer_dropped);
	tcase_add_test(tc, id_line_ending_article_dropped);
	tcase_add_test(tc, bad_date_left_empty);
	tcase_add_test(tc, footer_kept);
	tcase_add_test(tc, unfinished_footer_is_kept);
	tcase_add_test(tc, tag_inside_line_does_not_split);
	tcase_add_test(tc, lines_at_once_as_line_by_line);
	tcase_add_test(tc, long_blank_tail_at_once);
	suite_add_tcase(s, tc);
	return s;
}

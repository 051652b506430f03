#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>	/* a compiler header, not a library */
#endif

#include "msg.h"
#include "strip.h"

static int
is_blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static size_t
skip_blanks(const char *p, size_t i, size_t n)
{
	while (i < n && (p[i] == ' ' || p[i] == '\t'))
		i++;
	return i;
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The tag's separator: a hyphen, or the en or em dash some feeds use. */
static size_t
dash_len(const char *p, size_t i, size_t n)
{
	if (i < n && p[i] == '-')
		return 1;
	if (i + 2 < n && (unsigned char)p[i] == 0xE2 &&
	    (unsigned char)p[i + 1] == 0x80 &&
	    ((unsigned char)p[i + 2] == 0x93 || (unsigned char)p[i + 2] == 0x94))
		return 3;
	return 0;
}

static int
digits(const char *p, size_t n)
{
	int v = 0;

	while (n-- > 0)
		v = v * 10 + (*p++ - '0');
	return v;
}

/* "YYYY-MM-DD", its shape checked: a day of the Gregorian calendar? */
static int
calendar_date(const char *p)
{
	static const int mdays[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};
	int y = digits(p, 4), m = digits(p + 5, 2), d = digits(p + 8, 2);
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	if (m < 1 || m > 12 || d < 1)
		return 0;
	return d <= mdays[m - 1] + (m == 2 && leap);
}

int
strip_header(const char *p, size_t n, struct strip_hdr *h)
{
	size_t i = 0, k, depth;

	memset(h, 0, sizeof *h);
	/* A byte order mark some exporters put first is part of the header. */
	if (n >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	i = skip_blanks(p, i, n);
	if (n - i >= 4 && memcmp(p + i, "date", 4) == 0) {
		size_t d = skip_blanks(p, i + 4, n);
		static const char shape[] = "dddd-dd-dd";

		if (d == i + 4 || n - d < 10)
			return 0;
		for (k = 0; k < 10; k++)
			if (shape[k] == 'd' ? !is_digit(p[d + k]) : p[d + k] != '-')
				return 0;
		h->date_off = d;
		h->date_len = 10;
		h->date_bad = !calendar_date(p + d);
		i = skip_blanks(p, d + 10, n);
	}
	if (i >= n || p[i] != '(')
		return 0;
	i = skip_blanks(p, i + 1, n);
	if (n - i < 6 || memcmp(p + i, "MENAFN", 6) != 0)
		return 0;
	i += 6;
	if (i < n && p[i] != ' ' && p[i] != '\t' && p[i] != ')' &&
	    dash_len(p, i, n) == 0)
		return 0;
	i = skip_blanks(p, i, n);
	/* "(MENAFN- Source)", "(MENAFN Source)" and the bare "(MENAFN)". */
	if ((k = dash_len(p, i, n)) > 0)
		i = skip_blanks(p, i + k, n);
	h->src_off = i;
	/* The source may hold parentheses of its own: "(KUNA)". */
	for (depth = 0; i < n; i++) {
		if (p[i] == '(')
			depth++;
		else if (p[i] == ')') {
			if (depth == 0)
				break;
			depth--;
		}
	}
	if (i >= n)
		return 0;
	for (k = i; k > h->src_off && (p[k - 1] == ' ' || p[k - 1] == '\t'); k--)
		;
	h->src_len = k - h->src_off;
	h->body_off = i + 1;
	return 1;
}

void
strip_init(struct strip *s, const struct strip_ops *ops, void *ctx,
    int keep_footer)
{
	memset(s, 0, sizeof *s);
	s->ops = ops;
	s->ctx = ctx;
	s->keep_footer = keep_footer;
	s->line_start = 1;
	s->leading = 1;		/* text before any header is trimmed too */
	s->ws = xmalloc(STRIP_HOLD);
	s->held = xmalloc(STRIP_HOLD);
}

void
strip_free(struct strip *s)
{
	free(s->ws);
	free(s->held);
}

/* Body bytes: trimmed at the front after a header, at the back always. */
static void
body(struct strip *s, const char *p, size_t n)
{
	size_t last;

	if (s->leading) {
		while (n > 0 && is_blank((unsigned char)*p))
			p++, n--;
		if (n == 0)
			return;
		s->leading = 0;
	}
	for (last = n; last > 0 && is_blank((unsigned char)p[last - 1]); last--)
		;
	if (last == 0) {
		if (!s->in_article)
			return;		/* blank lines before any text */
		if (s->wslen + n > STRIP_HOLD) {
			/* Too long to hold: it goes out, it is never lost. */
			s->ops->body(s->ctx, s->ws, s->wslen);
			s->wslen = 0;
			if (n > STRIP_HOLD) {
				s->ops->body(s->ctx, p, n);
				return;
			}
		}
		memcpy(s->ws + s->wslen, p, n);
		s->wslen += n;
		return;
	}
	if (!s->in_article) {
		s->ops->begin(s->ctx, "", 0, "", 0);
		s->in_article = 1;
	}
	if (s->wslen > 0) {
		s->ops->body(s->ctx, s->ws, s->wslen);
		s->wslen = 0;
	}
	s->ops->body(s->ctx, p, last);
	if (last < n) {
		memcpy(s->ws, p + last, n - last);
		s->wslen = n - last;
	}
}

static void
release_held(struct strip *s)
{
	s->foot = FOOT_NONE;
	if (s->heldlen > 0)
		body(s, s->held, s->heldlen);
	s->heldlen = 0;
}

static void
end_article(struct strip *s)
{
	/*
	 * Only the id line (and blank lines) held at the end: that is the
	 * footer without its disclaimer block, dropped like the whole one.
	 */
	if (s->foot == FOOT_ID) {
		s->foot = FOOT_NONE;
		s->heldlen = 0;
	}
	release_held(s);
	if (s->in_article)
		s->ops->end(s->ctx);
	s->in_article = 0;
	s->leading = 0;
	s->wslen = 0;
}

void
strip_finish(struct strip *s)
{
	end_article(s);
}

static int
starts_with(const char *p, size_t n, const char *word)
{
	size_t i = skip_blanks(p, 0, n), k = strlen(word);

	return n - i >= k && memcmp(p + i, word, k) == 0;
}

/* "MENAFN05092023000071011013ID1107006744": the feed's article id line. */
static int
is_id_line(const char *p, size_t n)
{
	size_t i = skip_blanks(p, 0, n), d;

	if (n - i < 6 || memcmp(p + i, "MENAFN", 6) != 0)
		return 0;
	for (i += 6, d = i; i < n && is_digit(p[i]); i++)
		;
	if (i == d || n - i < 3 || p[i] != 'I' || p[i + 1] != 'D')
		return 0;
	for (i += 2, d = i; i < n && is_digit(p[i]); i++)
		;
	while (i < n && is_blank((unsigned char)p[i]))
		i++;
	return i > d && i == n;
}

static int
ends_disclaimer(const char *p, size_t n)
{
	static const char tail[] = "kindly contact the provider above.";
	size_t k = sizeof tail - 1;

	while (n > 0 && is_blank((unsigned char)p[n - 1]))
		n--;
	return n >= k && memcmp(p + n - k, tail, k) == 0;
}

static int
is_blank_line(const char *p, size_t n)
{
	while (n > 0 && is_blank((unsigned char)p[n - 1]))
		n--;
	return n == 0;
}

/* A line that may belong to the footer; returns 1 if it was held. */
static int
footer_line(struct strip *s, const char *p, size_t n, int eol)
{
	int starts_disclaimer = starts_with(p, n, "Legal Disclaimer:") ||
	    starts_with(p, n, "MENAFN provides the information");

	if (s->foot == FOOT_NONE) {
		if (starts_disclaimer)
			s->foot = FOOT_DISCLAIMER;
		else if (eol && is_id_line(p, n))
			s->foot = FOOT_ID;
		else
			return 0;
	} else if (s->foot == FOOT_ID) {
		if (starts_disclaimer)
			s->foot = FOOT_DISCLAIMER;
		else if (!(eol && is_blank_line(p, n))) {
			release_held(s);
			return 0;
		}
	}
	if (!eol || s->heldlen + n + 1 > STRIP_HOLD) {
		release_held(s);
		return 0;
	}
	if (s->foot == FOOT_DISCLAIMER && ends_disclaimer(p, n)) {
		s->heldlen = 0;		/* the whole footer: dropped */
		s->foot = FOOT_NONE;
		return 1;
	}
	memcpy(s->held + s->heldlen, p, n);
	s->held[s->heldlen + n] = '\n';
	s->heldlen += n + 1;
	return 1;
}

/*
 * Most lines are text: one look at the first byte after the blanks tells
 * which lines can be a header ("date", "(", a byte order mark) or start
 * a footer ("Legal Disclaimer:", "MENAFN"), so the others skip both.
 */
static int
may_be_header(const char *p, size_t n)
{
	size_t i = skip_blanks(p, 0, n);

	return i < n && (p[i] == 'd' || p[i] == '(' || p[i] == '\xef');
}

static int
may_be_footer(const struct strip *s, const char *p, size_t n)
{
	size_t i = skip_blanks(p, 0, n);

	return s->foot != FOOT_NONE || (i < n && (p[i] == 'L' || p[i] == 'M'));
}

void
strip_piece(struct strip *s, const char *p, size_t n, int eol)
{
	if (s->line_start) {
		struct strip_hdr h;

		s->line_start = eol;
		if (may_be_header(p, n) && strip_header(p, n, &h)) {
			end_article(s);
			if (h.date_bad && s->ops->bad_date != NULL)
				s->ops->bad_date(s->ctx, p + h.date_off,
				    h.date_len);
			s->ops->begin(s->ctx, p + h.date_off,
			    h.date_bad ? 0 : h.date_len, p + h.src_off, h.src_len);
			s->in_article = 1;
			s->leading = 1;
			p += h.body_off;
			n -= h.body_off;
		} else if (!s->keep_footer && may_be_footer(s, p, n) &&
		    footer_line(s, p, n, eol)) {
			s->lines++;	/* a line is held whole, with its end */
			return;
		}
	} else
		s->line_start = eol;
	body(s, p, n);
	if (eol) {
		body(s, "\n", 1);
		s->lines++;
	}
}

/*
 * The first bytes of the lines that strip_piece must see one by one: a
 * header's (blanks, "date", "(", a byte order mark), a footer's ("Legal
 * Disclaimer:", "MENAFN") and a blank line's (CR, LF).  A line that starts
 * otherwise is plain text, and a run of lines from one plain line to
 * another, with empty lines between, goes to the body whole: as it would
 * line by line, since what the body holds back as blanks at a time never
 * grows past the blanks of one line.  Empty lines after the last plain
 * line go one by one, as they may end the article.
 */
static const unsigned char odd_start[256] = {
	[' '] = 1, ['\t'] = 1, ['\r'] = 1, ['\n'] = 1, ['d'] = 1, ['('] = 1,
	[0xEF] = 1, ['L'] = 1, ['M'] = 1,
};

/* How far ahead of the search for LFs the bytes are asked for. */
#define STRIP_AHEAD 2048

struct run {
	size_t end;		/* after the LF of the last plain line so far */
	unsigned long long lfs, at_end;	/* LFs seen, and before end */
	int plain;		/* the current line is plain, not empty */
};

/* The LF at p[j - 1] ends a line; 0 when the line at j stops the run. */
static int
run_line(struct run *r, const char *p, size_t j, size_t n)
{
	r->lfs++;
	if (r->plain) {
		r->end = j;
		r->at_end = r->lfs;
	}
	if (j == n || (p[j] != '\n' && odd_start[(unsigned char)p[j]]))
		return 0;
	r->plain = p[j] != '\n';
	return 1;
}

/*
 * Lines p[0, n) from a plain one: the offset just after the LF of the
 * last plain line of the run, or n when the run takes every line; *lfs:
 * the LFs before it.
 */
static size_t
plain_lines(const char *p, size_t n, unsigned long long *lfs)
{
	struct run r = { 0, 0, 0, 1 };
	size_t i = 0;

#ifdef __SSE2__
	const __m128i lf = _mm_set1_epi8('\n');

	/*
	 * This is the first look at the bytes, so the loop waits on memory:
	 * 64 bytes a turn keep more of them on their way at once than 16 did,
	 * and a hint to fetch the bytes STRIP_AHEAD on has the next page
	 * coming before the loop reaches it.
	 */
	for (; i + 64 <= n; i += 64) {
		const __m128i *q = (const __m128i *)(const void *)(p + i);
		__m128i a = _mm_cmpeq_epi8(_mm_loadu_si128(q), lf);
		__m128i b = _mm_cmpeq_epi8(_mm_loadu_si128(q + 1), lf);
		__m128i c = _mm_cmpeq_epi8(_mm_loadu_si128(q + 2), lf);
		__m128i d = _mm_cmpeq_epi8(_mm_loadu_si128(q + 3), lf);
		uint64_t bits;

		__builtin_prefetch(p + (n - i > STRIP_AHEAD ? i + STRIP_AHEAD : i));
		if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b),
		    _mm_or_si128(c, d))) == 0)
			continue;
		bits = (uint64_t)(unsigned)_mm_movemask_epi8(a) |
		    (uint64_t)(unsigned)_mm_movemask_epi8(b) << 16 |
		    (uint64_t)(unsigned)_mm_movemask_epi8(c) << 32 |
		    (uint64_t)(unsigned)_mm_movemask_epi8(d) << 48;
		for (; bits != 0; bits &= bits - 1)
			if (!run_line(&r, p, i + (size_t)__builtin_ctzll(bits) +
			    1, n))
				goto stop;
	}
	for (; i + 16 <= n; i += 16) {
		unsigned bits = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
		    _mm_loadu_si128((const __m128i *)(const void *)(p + i)),
		    lf));

		for (; bits != 0; bits &= bits - 1)
			if (!run_line(&r, p, i + (size_t)__builtin_ctz(bits) + 1,
			    n))
				goto stop;
	}
#endif
	for (; i < n; i++)
		if (p[i] == '\n' && !run_line(&r, p, i + 1, n))
			goto stop;
	if (r.plain) {
		*lfs = r.lfs;
		return n;
	}
stop:
	*lfs = r.at_end;
	return r.end;
}

void
strip_lines(struct strip *s, const char *p, size_t n)
{
	for (;;) {
		const char *lf;
		size_t k;

		if (s->line_start && s->foot == FOOT_NONE && n > 0 &&
		    !odd_start[(unsigned char)*p]) {
			unsigned long long lfs;

			k = plain_lines(p, n, &lfs);
			s->lines += lfs;
			if (k == n) {
				body(s, p, n);
				body(s, "\n", 1);
				s->lines++;
				return;
			}
			body(s, p, k);
			p += k;
			n -= k;
		}
		lf = memchr(p, '\n', n);
		k = lf != NULL ? (size_t)(lf - p) : n;
		strip_piece(s, p, k, 1);
		if (lf == NULL)
			return;
		p += k + 1;
		n -= k + 1;
	}
}

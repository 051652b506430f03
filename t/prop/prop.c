/*
 * Property checks over generated inputs.  Deterministic: the same seed
 * gives the same inputs.  Each input mixes the sample article's text with
 * random bytes, invalid UTF-8, NULs, lone CRs, CRLF, TABs, backslashes,
 * quotation marks, digits and separators, headers, footers and long runs
 * without a newline, and each check compares the library against a plain
 * model of what the contract promises.
 *
 * usage: t/prop/run [-n count] [-s seed] [-v] [BINDIR]
 * With BINDIR the built tools are run too, on a share of the inputs.
 * Last line: "prop: N passed, M failed"; exit 1 on any failure.
 *
 * The fuzz targets in t/fuzz/ include this file with PROP_NO_MAIN defined
 * and call the chk_* functions on the fuzzer's bytes.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "numbers.h"
#include "opt.h"
#include "paras.h"
#include "quotes.h"
#include "rd.h"
#include "rec.h"
#include "strip.h"
#include "tsv.h"
#include "win.h"

/* ---- growable byte buffers ---- */

struct buf {
	char *p;
	size_t len, size;
};

static void
buf_add(struct buf *b, const void *p, size_t n)
{
	if (b->len + n + 1 > b->size) {
		size_t size = b->size ? b->size : 256;
		while (b->len + n + 1 > size)
			size *= 2;
		b->p = realloc(b->p, size);
		if (b->p == NULL)
			abort();
		b->size = size;
	}
	if (n > 0)
		memcpy(b->p + b->len, p, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static void
buf_fmt(struct buf *b, const char *fmt, ...)
{
	char tmp[128];
	va_list ap;
	int k;

	va_start(ap, fmt);
	k = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	buf_add(b, tmp, k < 0 ? 0 : (size_t)k);
}

/* A length-prefixed item, so that a serialisation is unambiguous. */
static void
buf_item(struct buf *b, const char *p, size_t n)
{
	buf_fmt(b, "%zu:", n);
	buf_add(b, p, n);
}

static void
buf_clear(struct buf *b)
{
	b->len = 0;
	if (b->p != NULL)
		b->p[0] = '\0';
}

static void
buf_free(struct buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->size = 0;
}

/* ---- failure reporting ---- */

static char prop_why[512];

static int
fail(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(prop_why, sizeof prop_why, fmt, ap);
	va_end(ap);
	return -1;
}

/* Where two serialisations first differ, for the message. */
static int
fail_diff(const char *what, const struct buf *a, const struct buf *b)
{
	size_t i = 0;

	while (i < a->len && i < b->len && a->p[i] == b->p[i])
		i++;
	return fail("%s: differ at byte %zu of %zu/%zu: '%.40s' vs '%.40s'",
	    what, i, a->len, b->len, a->p ? a->p + i : "", b->p ? b->p + i : "");
}

static int
same(const char *what, const struct buf *a, const struct buf *b)
{
	if (a->len == b->len && (a->len == 0 || memcmp(a->p, b->p, a->len) == 0))
		return 0;
	return fail_diff(what, a, b);
}

/* ---- models of the byte classes the contract names ---- */

static int
blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* The four escapes, written out plainly: no other pair changes. */
static size_t
ref_unescape(char *dst, const char *s, size_t n)
{
	static const char from[] = "\\tnr", to[] = "\\\t\n\r";
	const char *f;
	size_t i, k = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n && s[i + 1] != '\0' &&
		    (f = strchr(from, s[i + 1])) != NULL) {
			dst[k++] = to[f - from];
			i++;
		} else
			dst[k++] = s[i];
	}
	return k;
}

static void
ref_unescape_buf(struct buf *b, const char *s, size_t n)
{
	char *t = malloc(n + 1);

	buf_add(b, t, ref_unescape(t, s, n));
	free(t);
}

/* Lines as rd(3) gives them: a final LF does not start another line. */
struct line {
	const char *p;
	size_t len;
	int lf;			/* ended by an LF */
};

static size_t
split_lines(const char *in, size_t n, struct line **out)
{
	size_t cnt = 0, i = 0;
	struct line *v = malloc(sizeof *v * (n + 1));

	while (i < n) {
		const char *lf = memchr(in + i, '\n', n - i);
		size_t e = lf ? (size_t)(lf - in) : n;

		v[cnt].p = in + i;
		v[cnt].len = e - i;
		v[cnt].lf = lf != NULL;
		cnt++;
		i = lf ? e + 1 : n;
	}
	*out = v;
	return cnt;
}

/* ---- TSV escaping ---- */

static size_t
split_unescape(char *dst, const char *src, size_t n, size_t cut)
{
	int pending = 0;
	size_t k;

	k = tsv_unescape(dst, src, cut, &pending);
	k += tsv_unescape(dst + k, src + cut, n - cut, &pending);
	k += tsv_unescape_end(dst + k, &pending);
	return k;
}

static int
chk_tsv(const char *in, size_t n)
{
	char *esc = malloc(2 * n + 1), *back = malloc(2 * n + 2);
	char *ref = malloc(n + 1);
	size_t elen, rlen, k, cut, step = n > 1024 ? n / 97 + 1 : 1;
	int pending = 0, rv = 0;

	elen = tsv_escape(esc, in, n);
	if (memchr(esc, '\t', elen) || memchr(esc, '\n', elen) ||
	    memchr(esc, '\r', elen)) {
		rv = fail("tsv_escape left a raw TAB, LF or CR");
		goto out;
	}
	for (cut = 0; cut <= elen; cut += step) {
		k = split_unescape(back, esc, elen, cut);
		if (k != n || memcmp(back, in, n) != 0) {
			rv = fail("escape/unescape split at %zu: %zu bytes back of %zu",
			    cut, k, n);
			goto out;
		}
	}
	/* The input itself read as escaped text. */
	rlen = ref_unescape(ref, in, n);
	for (cut = 0; cut <= n; cut += step) {
		k = split_unescape(back, in, n, cut);
		if (k != rlen || memcmp(back, ref, rlen) != 0) {
			rv = fail("unescape split at %zu differs from whole", cut);
			goto out;
		}
	}
	for (k = 0, cut = 0; cut < n; cut++)
		k += tsv_unescape(back + k, in + cut, 1, &pending);
	k += tsv_unescape_end(back + k, &pending);
	if (k != rlen || memcmp(back, ref, rlen) != 0)
		rv = fail("unescape byte by byte differs from whole");
out:
	free(esc);
	free(back);
	free(ref);
	return rv;
}

/* ---- the header parser ---- */

/* line: p holds no LF, as strip_piece() gives it; else only the bounds. */
static int
chk_header_line(const char *line, size_t n, int isline)
{
	char *p = malloc(n ? n : 1);	/* exact size: over-reads are caught */
	struct strip_hdr h, h2;
	size_t k;
	int rv = 0;

	memcpy(p, line, n);
	if (!strip_header(p, n, &h))
		goto out;
	if (h.body_off == 0 || h.body_off > n || p[h.body_off - 1] != ')') {
		rv = fail("header: body_off %zu does not follow a ')'", h.body_off);
		goto out;
	}
	if (h.src_off > h.body_off - 1 || h.src_len > h.body_off - 1 - h.src_off) {
		rv = fail("header: source [%zu,+%zu) outside the tag", h.src_off,
		    h.src_len);
		goto out;
	}
	for (k = 0; isline && k < h.src_len; k++)
		if (p[h.src_off + k] == '\n') {
			rv = fail("header: source holds an LF");
			goto out;
		}
	if (h.date_len != 0) {
		if (h.date_len != 10 || h.date_off + 10 > h.src_off) {
			rv = fail("header: date [%zu,+%zu)", h.date_off, h.date_len);
			goto out;
		}
		for (k = 0; k < 10; k++)
			if ((k == 4 || k == 7) ? p[h.date_off + k] != '-' :
			    (p[h.date_off + k] < '0' || p[h.date_off + k] > '9')) {
				rv = fail("header: date is not dddd-dd-dd");
				goto out;
			}
	}
	/* What follows the ')' cannot change the parse. */
	if (!strip_header(p, h.body_off, &h2) || memcmp(&h, &h2, sizeof h) != 0)
		rv = fail("header: parse depends on the bytes after ')'");
out:
	free(p);
	return rv;
}

static int
chk_header(const char *in, size_t n)
{
	struct line *v;
	size_t cnt = split_lines(in, n, &v), i;
	int rv = chk_header_line(in, n, 0);

	for (i = 0; i < cnt && rv == 0; i++)
		rv = chk_header_line(v[i].p, v[i].len, 1);
	free(v);
	return rv;
}

/* ---- the strip machine ---- */

static int match_art(const struct buf *head, const char **gp,
    const char *gend, const char *body, size_t blen, size_t trail);

struct srec {
	struct buf out;		/* B date src, body, E: serialised */
	struct buf body;
	int open, bad;
	size_t narts;
};

static void
srec_begin(void *ctx, const char *date, size_t dlen, const char *src,
    size_t slen)
{
	struct srec *r = ctx;

	if (r->open)
		r->bad = 1;
	r->open = 1;
	r->narts++;
	buf_add(&r->out, "B", 1);
	buf_item(&r->out, date, dlen);
	buf_item(&r->out, src, slen);
	buf_clear(&r->body);
}

static void
srec_body(void *ctx, const char *p, size_t n)
{
	struct srec *r = ctx;

	if (!r->open)
		r->bad = 1;
	buf_add(&r->body, p, n);
}

static void
srec_end(void *ctx)
{
	struct srec *r = ctx;

	if (!r->open)
		r->bad = 1;
	r->open = 0;
	buf_item(&r->out, r->body.p, r->body.len);
	buf_add(&r->out, "E", 1);
}

static const struct strip_ops srec_ops = { srec_begin, srec_body, srec_end,
    NULL };

/*
 * Feed the input to the strip machine as rd(3) would with a buffer of
 * size piece: a line in pieces of piece bytes, then the rest (maybe
 * empty) with eol set.
 */
/* One line in pieces of piece bytes, then the rest (maybe empty), eol. */
static void
strip_line_pieces(struct strip *s, const char *p, size_t len, size_t piece)
{
	while (len >= piece) {
		strip_piece(s, p, piece, 0);
		p += piece;
		len -= piece;
	}
	strip_piece(s, p, len, 1);
}

static void
strip_run_begin(struct strip *s, int keep, struct srec *r)
{
	buf_clear(&r->out);
	r->open = r->bad = 0;
	r->narts = 0;
	strip_init(s, &srec_ops, r, keep);
}

/* The end of a run: the machine finished, and its callbacks in order? */
static int
strip_run_end(struct strip *s, struct line *v, const struct srec *r)
{
	strip_finish(s);
	strip_free(s);
	free(v);
	if (r->bad)
		return fail("strip: callbacks out of order");
	if (r->open)
		return fail("strip: article not ended");
	return 0;
}

static int
strip_run(const char *in, size_t n, size_t piece, int keep, struct srec *r)
{
	struct strip s;
	struct line *v;
	size_t cnt = split_lines(in, n, &v), i;

	strip_run_begin(&s, keep, r);
	for (i = 0; i < cnt; i++)
		strip_line_pieces(&s, v[i].p, v[i].len, piece);
	return strip_run_end(&s, v, r);
}

/*
 * Feed it as menafn-strip does, through rd_lines: a line of piece bytes
 * or more in pieces as above, and the others in groups of whole lines of
 * at most piece bytes in all, each group through strip_lines.
 */
static int
strip_run_lines(const char *in, size_t n, size_t piece, int keep,
    struct srec *r)
{
	struct strip s;
	struct line *v;
	size_t cnt = split_lines(in, n, &v), i = 0;

	strip_run_begin(&s, keep, r);
	while (i < cnt) {
		const char *p = v[i].p;
		size_t j = i + 1;

		if (v[i].len >= piece) {
			strip_line_pieces(&s, p, v[i].len, piece);
			i++;
			continue;
		}
		while (j < cnt && v[j].len < piece &&
		    (size_t)(v[j].p + v[j].len - p) < piece)
			j++;
		strip_lines(&s, p, (size_t)(v[j - 1].p + v[j - 1].len - p));
		i = j;
	}
	return strip_run_end(&s, v, r);
}

/*
 * What strip must give with the footer kept and whole lines: a header
 * line starts an article whose body starts after the ')'; each body is
 * trimmed of blanks (space, TAB, CR, LF) at both ends; text before the
 * first header is an article with empty date and source if it holds a
 * non-blank byte.  A trailing blank run longer than STRIP_HOLD may be
 * written rather than held: then any length between the trimmed and the
 * untrimmed body is right, so the check is looser.  A header is seen in
 * the first RD_BLOCK bytes of its line.
 */
static int
strip_model_check(const char *in, size_t n, const struct buf *got)
{
	struct line *v;
	size_t cnt = split_lines(in, n, &v), i;
	struct buf want = { 0 }, body = { 0 };
	int headed = 0, rv = 0;
	const char *g = got->p ? got->p : "", *gend = g + got->len;

	buf_add(&want, "B0:0:", 5);
	for (i = 0; i <= cnt; i++) {
		struct strip_hdr h;
		const struct line *l = &v[i];

		/* Only the first piece of a line (rd's buffer) is looked at. */
		if (i == cnt || strip_header(l->p, l->len < RD_BLOCK ? l->len :
		    RD_BLOCK, &h)) {
			size_t a = 0, e = body.len, t;

			while (a < e && blank((unsigned char)body.p[a]))
				a++;
			for (t = e; t > a && blank((unsigned char)body.p[t - 1]); t--)
				;
			if ((headed || t > a) && (rv = match_art(&want, &g, gend,
			    body.p + a, t - a, e - t)) != 0)
				goto out;
			buf_clear(&want);
			buf_clear(&body);
			if (i == cnt)
				break;
			headed = 1;
			buf_add(&want, "B", 1);
			/* a date that is no calendar day is not passed on */
			buf_item(&want, l->p + h.date_off, h.date_bad ? 0 :
			    h.date_len);
			buf_item(&want, l->p + h.src_off, h.src_len);
			buf_add(&body, l->p + h.body_off, l->len - h.body_off);
		} else
			buf_add(&body, l->p, l->len);
		if (l->lf)
			buf_add(&body, "\n", 1);
	}
	if (g != gend)
		rv = fail("strip: %zu more bytes of output than the model",
		    (size_t)(gend - g));
out:
	buf_free(&want);
	buf_free(&body);
	free(v);
	return rv;
}

/* One article of the serialisation: head, then body within the slack. */
static int
match_art(const struct buf *head, const char **gp, const char *gend,
    const char *body, size_t blen, size_t trail)
{
	const char *g = *gp;
	size_t len;
	char *colon;

	if ((size_t)(gend - g) < head->len ||
	    memcmp(g, head->p, head->len) != 0)
		return fail("strip: article header differs from model: "
		    "'%.60s' vs '%.60s'", g, head->p);
	g += head->len;
	len = (size_t)strtoull(g, &colon, 10);
	if (*colon != ':')
		return fail("strip: bad serialisation");
	g = colon + 1;
	if (len < blen || (trail <= STRIP_HOLD && len != blen) ||
	    len > blen + trail || (size_t)(gend - g) < len + 1 ||
	    memcmp(g, body, blen) != 0 ||
	    (len > blen && memcmp(g + blen, body + blen, len - blen) != 0))
		return fail("strip: body differs from model: %zu bytes, want "
		    "%zu (+%zu blank): '%.50s' vs '%.50s'", len, blen, trail, g,
		    body);
	g += len;
	if (*g != 'E')
		return fail("strip: bad serialisation");
	*gp = g + 1;
	return 0;
}

/*
 * A header cut across pieces cannot be seen; the check feeds in pieces
 * only lines whose first piece settles the header question alike.
 */
static int
piece_safe(const char *in, size_t n, size_t piece)
{
	struct line *v;
	size_t cnt = split_lines(in, n, &v), i;
	int ok = 1;

	for (i = 0; i < cnt && ok; i++) {
		struct strip_hdr a, b;
		if (v[i].len < piece)
			continue;
		if (strip_header(v[i].p, v[i].len, &a) !=
		    strip_header(v[i].p, piece, &b) ||
		    memcmp(&a, &b, sizeof a) != 0)
			ok = 0;
	}
	free(v);
	return ok;
}

/*
 * The footer is recognised by whole lines (rd gives lines of up to 64 KiB
 * whole), so a footer line fed in small pieces is body text.  Inputs
 * with no line that could begin a footer ("Legal Disclaimer:", "MENAFN
 * provides ...", or an id line "MENAFN...ID...") give the same rows in
 * any pieces.
 */
static int
footer_free(const char *in, size_t n)
{
	struct line *v;
	size_t cnt = split_lines(in, n, &v), i, k;
	int ok = 1;

	for (i = 0; i < cnt && ok; i++) {
		const char *p = v[i].p;
		size_t len = v[i].len;

		for (k = 0; k < len && (p[k] == ' ' || p[k] == '\t'); k++)
			;
		if ((len - k >= 6 && memcmp(p + k, "MENAFN", 6) == 0) ||
		    (len - k >= 17 && memcmp(p + k, "Legal Disclaimer:", 17) == 0))
			ok = 0;
	}
	free(v);
	return ok;
}

static size_t
blank_run(const char *in, size_t n)
{
	size_t i, run = 0, most = 0;

	for (i = 0; i < n; i++) {
		run = blank((unsigned char)in[i]) ? run + 1 : 0;
		if (run > most)
			most = run;
	}
	return most;
}

static int
chk_strip(const char *in, size_t n, unsigned sel)
{
	static const size_t pieces[] = { 7, 100, 1000, 4096, 65536 };
	struct srec whole = { 0 }, part = { 0 }, kept = { 0 };
	size_t piece = pieces[sel % 5];
	int rv;

	if ((rv = strip_run(in, n, RD_BLOCK, 1, &kept)) != 0)
		goto out;
	if ((rv = strip_model_check(in, n, &kept.out)) != 0)
		goto out;
	if ((rv = strip_run(in, n, RD_BLOCK, 0, &whole)) != 0)
		goto out;
	if ((rv = strip_run_lines(in, n, RD_BLOCK, 0, &part)) != 0 ||
	    (rv = same("strip: lines at once vs line by line", &whole.out,
	    &part.out)) != 0)
		goto out;
	if ((rv = strip_run_lines(in, n, RD_BLOCK, 1, &part)) != 0 ||
	    (rv = same("strip -k: lines at once vs line by line", &kept.out,
	    &part.out)) != 0)
		goto out;
	if (whole.out.len > kept.out.len + 32 * whole.narts) {
		rv = fail("strip: dropping the footer made the output longer");
		goto out;
	}
	/*
	 * Trailing blanks are held up to STRIP_HOLD bytes; past that they
	 * are written, at a point that depends on the pieces.
	 */
	if (piece_safe(in, n, piece) && blank_run(in, n) <= STRIP_HOLD) {
		if ((rv = strip_run(in, n, piece, 1, &part)) != 0)
			goto out;
		if ((rv = same("strip -k: pieces vs whole lines", &kept.out,
		    &part.out)) != 0)
			goto out;
		/* The footer is told by whole lines: see footer_free(). */
		if (!footer_free(in, n))
			goto out;
		if ((rv = strip_run(in, n, piece, 0, &part)) != 0)
			goto out;
		if ((rv = same("strip: pieces vs whole lines", &whole.out,
		    &part.out)) != 0)
			goto out;
		if ((rv = strip_run_lines(in, n, piece, 0, &part)) != 0)
			goto out;
		rv = same("strip: lines at once in pieces vs whole lines",
		    &whole.out, &part.out);
	}
out:
	buf_free(&whole.out);
	buf_free(&whole.body);
	buf_free(&part.out);
	buf_free(&part.body);
	buf_free(&kept.out);
	buf_free(&kept.body);
	return rv;
}

/* ---- the paragraph splitter ---- */

struct prec {
	const char *in;
	size_t n, cap;
	struct buf out;		/* "start end cut;" per paragraph */
	uint64_t last_end;
	int bad;
	char why[200];
};

static void
prec_emit(void *ctx, uint64_t start, uint64_t end, const char *text, int cut)
{
	struct prec *r = ctx;
	uint64_t i;

	buf_fmt(&r->out, "%llu %llu %d;", (unsigned long long)start,
	    (unsigned long long)end, cut);
	if (r->bad)
		return;
	r->bad = 1;
	if (!(start < end && end <= r->n))
		snprintf(r->why, sizeof r->why, "paras: span [%llu,%llu) of %zu",
		    (unsigned long long)start, (unsigned long long)end, r->n);
	else if (start < r->last_end)
		snprintf(r->why, sizeof r->why, "paras: span [%llu,%llu) "
		    "overlaps the one ending at %llu", (unsigned long long)start,
		    (unsigned long long)end, (unsigned long long)r->last_end);
	else if (memcmp(text, r->in + start, (size_t)(end - start)) != 0)
		snprintf(r->why, sizeof r->why, "paras: text of [%llu,%llu) is "
		    "not the input's bytes", (unsigned long long)start,
		    (unsigned long long)end);
	else if (blank((unsigned char)text[0]) ||
	    blank((unsigned char)text[end - start - 1]))
		snprintf(r->why, sizeof r->why, "paras: [%llu,%llu) not trimmed",
		    (unsigned long long)start, (unsigned long long)end);
	else {
		for (i = r->last_end; i < start; i++)
			if (!blank((unsigned char)r->in[i]))
				break;
		if (i < start)
			snprintf(r->why, sizeof r->why, "paras: byte %llu "
			    "(0x%02x) lost between paragraphs",
			    (unsigned long long)i, (unsigned char)r->in[i]);
		else if (end - start > r->cap)
			snprintf(r->why, sizeof r->why, "paras: [%llu,%llu) "
			    "longer than the cap %zu", (unsigned long long)start,
			    (unsigned long long)end, r->cap);
		else
			r->bad = 0;
	}
	r->last_end = end;
}

/* Set r to check the paragraphs of in[0, n) under the cap, and begin. */
static void
paras_run_begin(const char *in, size_t n, size_t cap, struct paras *ps,
    struct prec *r)
{
	buf_clear(&r->out);
	r->in = in;
	r->n = n;
	r->cap = cap;
	r->last_end = 0;
	r->bad = 0;
	paras_begin(ps);
}

/* End the run: every paragraph was right and no byte after the last lost. */
static int
paras_run_end(const char *in, size_t n, struct paras *ps, struct prec *r,
    const char *how)
{
	size_t i;

	paras_end(ps);
	if (r->bad)
		return fail("%s%s", how, r->why);
	for (i = r->last_end; i < n; i++)
		if (!blank((unsigned char)in[i]))
			return fail("paras: %sbyte %zu (0x%02x) after the last "
			    "paragraph lost", how, i, (unsigned char)in[i]);
	return 0;
}

static int
paras_run(const char *in, size_t n, size_t cap, size_t piece,
    struct paras *ps, struct prec *r)
{
	size_t i, k;

	paras_run_begin(in, n, cap, ps, r);
	for (i = 0; i < n; i += k) {
		k = n - i < piece ? n - i : piece;
		paras_feed(ps, in + i, k);
	}
	return paras_run_end(in, n, ps, r, "");
}

/*
 * The same through paras_feed_esc, as menafn-paras feeds it: the text
 * escaped, in pieces of at most piece bytes cut anywhere, escapes too.
 */
static int
paras_run_esc(const char *in, size_t n, size_t cap, size_t piece,
    struct paras *ps, struct prec *r)
{
	char *esc = malloc(2 * n + 1);
	size_t en, i, k;
	int pending = 0, rv;

	if (esc == NULL)
		return fail("paras: out of memory");
	en = tsv_escape(esc, in, n);
	if (piece > WIN_PIECE - 1)
		piece = WIN_PIECE - 1;
	paras_run_begin(in, n, cap, ps, r);
	for (i = 0; i < en; i += k) {
		k = en - i < piece ? en - i : piece;
		paras_feed_esc(ps, esc + i, k, &pending);
	}
	rv = paras_run_end(in, n, ps, r, "escaped: ");
	free(esc);
	return rv;
}

/*
 * The rule for hard-wrapped text, as menafn-paras(1) states it, on the
 * trimmed non-blank lines of a text with no blank line.  A line's width
 * is counted in characters (bytes that are no UTF-8 continuation byte)
 * and in bytes; its first word is its bytes up to the first blank.
 */
struct pline {
	size_t s, e;		/* the line, trimmed */
	int indented;		/* it starts with a blank */
	size_t chars;
};

static size_t
pm_chars(const char *p, size_t n)
{
	size_t i, c = 0;

	for (i = 0; i < n; i++)
		c += ((unsigned char)p[i] & 0xC0) != 0x80;
	return c;
}

/*
 * Would the first word of b have fitted after a (and a space) within the
 * widest line, in characters and in bytes?  If not, a is full.
 */
static int
pm_fits(const char *in, const struct pline *a, const struct pline *b,
    size_t wchars, size_t wbytes)
{
	size_t k = b->s;

	while (k < b->e && !blank((unsigned char)in[k]))
		k++;
	return a->chars + 1 + pm_chars(in + b->s, k - b->s) <= wchars &&
	    a->e - a->s + 1 + k - b->s <= wbytes;
}

/*
 * Does the line end a sentence: . ! ? or an ellipsis, maybe followed by
 * closing quotation marks or brackets (" ' ) ] and the curly ones, and
 * the guillemet) and no-break spaces?
 */
static int
pm_sentence(const char *in, const struct pline *l)
{
	static const char *const closers[] = {
		"\"", "'", ")", "]", "\xe2\x80\x9d", "\xe2\x80\x99", "\xc2\xbb",
		"\xc2\xa0",
	};
	size_t e = l->e, i, k;

	for (i = 0; i < sizeof closers / sizeof closers[0]; i++) {
		k = strlen(closers[i]);
		if (e - l->s >= k && memcmp(in + e - k, closers[i], k) == 0) {
			e -= k;
			i = (size_t)-1;		/* and look again */
		}
	}
	if (e > l->s && strchr(".!?", in[e - 1]) != NULL && in[e - 1] != '\0')
		return 1;
	return e - l->s >= 3 && memcmp(in + e - 3, "\xe2\x80\xa6", 3) == 0;
}

/*
 * Hard-wrapped: the widest line has 30 to 250 characters and, of the
 * lines that end no sentence, the last aside, more are full than not, and
 * at least two.  A line followed by an indented one counts neither way:
 * the paragraph ends there whatever its width.  Then a paragraph ends
 * before an indented line and after a line that is not full and ends a
 * sentence; otherwise every line is a paragraph.
 */
static void
paras_model_lines(const char *in, const struct pline *l, size_t cnt,
    struct buf *out)
{
	size_t wchars = 0, wbytes = 0, full = 0, open_short = 0, i, ps;
	int wrapped;

	for (i = 0; i < cnt; i++) {
		if (l[i].chars > wchars)
			wchars = l[i].chars;
		if (l[i].e - l[i].s > wbytes)
			wbytes = l[i].e - l[i].s;
	}
	for (i = 0; i + 1 < cnt; i++)
		if (!pm_sentence(in, &l[i]) && !l[i + 1].indented) {
			if (pm_fits(in, &l[i], &l[i + 1], wchars, wbytes))
				open_short++;
			else
				full++;
		}
	wrapped = wchars >= 30 && wchars <= 250 && full >= 2 &&
	    full > open_short;
	for (i = 0, ps = 0; i < cnt; i++) {
		if (i + 1 < cnt && wrapped && !l[i + 1].indented &&
		    !(pm_sentence(in, &l[i]) &&
		    pm_fits(in, &l[i], &l[i + 1], wchars, wbytes)))
			continue;	/* goes on with the next line */
		buf_fmt(out, "%zu %zu 0;", l[ps].s, l[i].e);
		ps = i + 1;
	}
}

/*
 * The splitter's rule for a text within the cap: with an LF-ended line of
 * blanks anywhere, paragraphs are runs of non-blank lines; without one,
 * the lines are hard-wrapped text or one paragraph each (above).  Each
 * is trimmed.
 */
static void
paras_model(const char *in, size_t n, struct buf *out)
{
	struct line *v;
	struct pline *l;
	size_t cnt = split_lines(in, n, &v), i, k, nl = 0;
	int byblank = 0, open = 0;
	size_t ps = 0, pe = 0;

	for (i = 0; i < cnt; i++) {
		for (k = 0; k < v[i].len && blank((unsigned char)v[i].p[k]); k++)
			;
		if (k == v[i].len && v[i].lf)
			byblank = 1;
	}
	buf_clear(out);
	l = malloc(sizeof *l * (cnt + 1));
	for (i = 0; i < cnt; i++) {
		size_t s = (size_t)(v[i].p - in), e = s + v[i].len;

		while (s < e && blank((unsigned char)in[s]))
			s++;
		while (e > s && blank((unsigned char)in[e - 1]))
			e--;
		if (s == e) {
			if (open && v[i].lf)
				buf_fmt(out, "%zu %zu 0;", ps, pe), open = 0;
			continue;
		}
		if (!byblank) {
			l[nl].s = s;
			l[nl].e = e;
			l[nl].indented = s > (size_t)(v[i].p - in);
			l[nl].chars = pm_chars(in + s, e - s);
			nl++;
			continue;
		}
		if (!open)
			ps = s, open = 1;
		pe = e;
	}
	if (open)
		buf_fmt(out, "%zu %zu 0;", ps, pe);
	if (!byblank)
		paras_model_lines(in, l, nl, out);
	free(l);
	free(v);
}

static struct paras prop_ps_big, prop_ps_small;
static int prop_ps_ready;

static int
chk_paras(const char *in, size_t n, unsigned sel)
{
	static const size_t pieces[] = { 1, 3, 64, 1000, WIN_PIECE };
	static const size_t smallcaps[] = { 16, 40, 300 };
	struct prec a = { 0 }, b = { 0 };
	struct buf want = { 0 };
	size_t piece = pieces[sel % 5], cap = smallcaps[(sel / 5) % 3];
	int rv;

	if (!prop_ps_ready) {
		paras_init(&prop_ps_big, OPT_CAP_DEFAULT, prec_emit, NULL);
		prop_ps_ready = 1;
	}
	if (n <= OPT_CAP_DEFAULT) {
		prop_ps_big.ctx = &a;
		if ((rv = paras_run(in, n, OPT_CAP_DEFAULT, WIN_PIECE, &prop_ps_big,
		    &a)) != 0)
			goto out;
		paras_model(in, n, &want);
		if ((rv = same("paras vs model", &a.out, &want)) != 0)
			goto out;
		prop_ps_big.ctx = &b;
		if (n > 200000 && piece < 64)
			piece = 64;
		if ((rv = paras_run(in, n, OPT_CAP_DEFAULT, piece, &prop_ps_big,
		    &b)) != 0)
			goto out;
		if ((rv = same("paras: pieces vs whole", &a.out, &b.out)) != 0)
			goto out;
		if ((rv = paras_run_esc(in, n, OPT_CAP_DEFAULT, piece,
		    &prop_ps_big, &b)) != 0)
			goto out;
		if ((rv = same("paras: escaped pieces vs whole", &a.out,
		    &b.out)) != 0)
			goto out;
	}
	/* A small cap: every paragraph in pieces of at most cap bytes. */
	paras_init(&prop_ps_small, cap, prec_emit, &a);
	rv = paras_run(in, n, cap, piece, &prop_ps_small, &a);
	if (rv == 0) {
		prop_ps_small.ctx = &b;
		rv = paras_run(in, n, cap, 1, &prop_ps_small, &b);
		if (rv == 0)
			rv = same("paras small cap: pieces vs bytes", &a.out, &b.out);
	}
	paras_free(&prop_ps_small);
out:
	buf_free(&a.out);
	buf_free(&b.out);
	buf_free(&want);
	return rv;
}

/* ---- the record reader ---- */

struct rrec {
	struct buf out;
	struct buf text;
	int open, bad;
};

static void
rrec_header(void *ctx, const char *keys, size_t keylen)
{
	struct rrec *r = ctx;

	buf_add(&r->out, "H", 1);
	buf_item(&r->out, keys, keylen);
}

static void
rrec_begin(void *ctx, const char *keys, size_t keylen)
{
	struct rrec *r = ctx;

	if (r->open)
		r->bad = 1;
	r->open = 1;
	buf_add(&r->out, "R", 1);
	buf_item(&r->out, keys, keylen);
	buf_clear(&r->text);
}

static void
rrec_text(void *ctx, const char *p, size_t n)
{
	struct rrec *r = ctx;

	if (!r->open)
		r->bad = 1;
	buf_add(&r->text, p, n);
}

static void
rrec_end(void *ctx)
{
	struct rrec *r = ctx;

	if (!r->open)
		r->bad = 1;
	r->open = 0;
	buf_item(&r->out, r->text.p, r->text.len);
}

static const struct rec_ops rrec_ops = {
	rrec_header, rrec_begin, rrec_text, rrec_end, NULL
};

/* A temporary file holding the bytes, at offset 0. */
static int
tmpfd(const char *in, size_t n)
{
	FILE *f = tmpfile();
	int fd;

	if (f == NULL || fwrite(in, 1, n, f) != n || fflush(f) != 0)
		abort();
	fd = dup(fileno(f));
	fclose(f);
	if (fd < 0 || lseek(fd, 0, SEEK_SET) != 0)
		abort();
	return fd;
}

/* Quiet the library's warnings on malformed input while it runs. */
static int quiet_fd = -1, saved_fd = -1;

static void
quiet(int on)
{
	fflush(stderr);
	if (on) {
		if (quiet_fd < 0)
			quiet_fd = open("/dev/null", O_WRONLY);
		saved_fd = dup(2);
		dup2(quiet_fd, 2);
	} else {
		dup2(saved_fd, 2);
		close(saved_fd);
	}
}

/*
 * The reader's rule for lines that fit in rd's buffer: fields split at
 * every TAB; all but the last are keys, each at most cap bytes; the first
 * row (a header row under -H) fixes the field count; a row with another
 * count or an over-long key is skipped; the text is unescaped.
 */
static void
rec_model(const char *in, size_t n, const struct rec_opts *o, struct buf *out)
{
	struct line *v;
	size_t cnt = split_lines(in, n, &v), i;
	long nfields = 0;
	int header_done = 0;

	buf_clear(out);
	if (o->raw) {
		buf_add(out, "R0:", 3);
		buf_item(out, in, n);
		free(v);
		return;
	}
	for (i = 0; i < cnt; i++) {
		const char *p = v[i].p, *e = p + v[i].len, *t, *last = p;
		long nf = 1;
		int bad = 0;

		for (t = p; (t = memchr(t, '\t', (size_t)(e - t))) != NULL; t++) {
			if ((size_t)(t - last) > o->cap)
				bad = 1;
			if (bad)
				break;
			nf++;
			last = t + 1;
		}
		if (o->header && !header_done) {
			header_done = 1;
			if (!bad) {
				nfields = nf;
				buf_add(out, "H", 1);
				buf_item(out, p, (size_t)(last - p));
			}
			continue;
		}
		if (bad)
			continue;
		if (nfields == 0)
			nfields = nf;
		if (nf != nfields)
			continue;
		buf_add(out, "R", 1);
		buf_item(out, p, (size_t)(last - p));
		{
			struct buf t2 = { 0 };
			ref_unescape_buf(&t2, last, (size_t)(e - last));
			buf_item(out, t2.p ? t2.p : "", t2.len);
			buf_free(&t2);
		}
	}
	free(v);
}

static int
chk_rec(const char *in, size_t n, unsigned sel)
{
	static const size_t caps[] = { 16, 100, OPT_CAP_DEFAULT };
	struct rec_opts o;
	struct rec_in ri;
	struct rd r;
	struct rrec got = { 0 };
	struct buf want = { 0 };
	struct line *v;
	size_t cnt, i, longest = 0;
	int fd, rv = 0, st, overlong = 0;

	o.header = sel & 1;
	o.raw = (sel & 6) == 6;
	o.cap = caps[(sel >> 3) % 3];
	fd = tmpfd(in, n);
	rec_init(&ri, &o);
	rd_init(&r, fd, "prop");
	quiet(1);
	st = rec_run(&ri, &r, &rrec_ops, &got);
	quiet(0);
	rd_free(&r);
	rec_free(&ri);
	close(fd);
	if (got.bad || got.open) {
		rv = fail("rec: callbacks out of order");
		goto out;
	}
	cnt = split_lines(in, n, &v);
	for (i = 0; i < cnt; i++) {
		const char *t = v[i].p, *e = v[i].p + v[i].len, *tab;

		if (v[i].len > longest)
			longest = v[i].len;
		/* A key over the cap is an error however long its line. */
		while (!o.raw && (tab = memchr(t, '\t', (size_t)(e - t)))) {
			if ((size_t)(tab - t) > o.cap)
				overlong = 1;
			t = tab + 1;
		}
	}
	free(v);
	if (overlong && st != 1) {
		rv = fail("rec: a key over the cap, status %d", st);
		goto out;
	}
	/* Lines longer than rd's buffer take another path: see the report. */
	if (longest < RD_BLOCK || o.raw) {
		rec_model(in, n, &o, &want);
		if ((rv = same("rec vs model", &got.out, &want)) != 0)
			goto out;
	}
	if (o.raw && st != 0)
		rv = fail("rec -r: status %d", st);
out:
	buf_free(&got.out);
	buf_free(&got.text);
	buf_free(&want);
	return rv;
}

/* ---- the reader: pieces rebuild the input, whatever the read sizes ---- */

static int
chk_rd(const char *in, size_t n, unsigned sel)
{
	int fds[2], rv = 0, eol, k;
	pid_t pid;
	struct rd r;
	struct buf back = { 0 };
	const char *p;
	size_t len, lines = 0;
	int first = 1;

	if (pipe(fds) != 0)
		abort();
	if ((pid = fork()) == 0) {
		/* Writes of odd sizes, so reads end anywhere. */
		size_t i = 0, step = 1 + sel % 9973;
		close(fds[0]);
		while (i < n) {
			size_t m = n - i < step ? n - i : step;
			ssize_t w = write(fds[1], in + i, m);
			if (w <= 0)
				_exit(1);
			i += (size_t)w;
			step = step * 7 % 70001 + 1;
		}
		_exit(0);
	}
	close(fds[1]);
	rd_init(&r, fds[0], "pipe");
	while ((k = rd_piece(&r, &p, &len, &eol)) > 0) {
		if (len > RD_BLOCK) {
			rv = fail("rd: piece of %zu bytes", len);
			break;
		}
		/* A line that fits must come whole. */
		if (first && !eol && len < RD_BLOCK) {
			rv = fail("rd: short first piece (%zu) of a long line", len);
			break;
		}
		first = eol;
		buf_add(&back, p, len);
		if (eol) {
			buf_add(&back, "\n", 1);
			lines++;
		}
	}
	close(fds[0]);
	waitpid(pid, NULL, 0);
	if (rv == 0 && k < 0)
		rv = fail("rd: read error");
	if (rv == 0) {
		struct buf want = { 0 };
		buf_add(&want, in, n);
		if (n > 0 && in[n - 1] != '\n')
			buf_add(&want, "\n", 1);
		rv = same("rd: pieces vs input", &back, &want);
		if (rv == 0 && r.lineno != lines)
			rv = fail("rd: lineno %llu, %zu lines", r.lineno, lines);
		buf_free(&want);
	}
	rd_free(&r);
	buf_free(&back);
	return rv;
}

/* ---- the extractors, driven over a window as the tools drive them ---- */

struct xrec {
	const char *in;
	size_t n;
	const struct win *w;
	struct buf out;		/* one serialised span per report */
	uint64_t last_start;
	int bad;
	char why[200];
};

static void
xrec_bad(struct xrec *r, const char *fmt, ...)
{
	va_list ap;

	if (r->bad)
		return;
	r->bad = 1;
	va_start(ap, fmt);
	vsnprintf(r->why, sizeof r->why, fmt, ap);
	va_end(ap);
}

/* The span lies in the text and, for the caller to read it, in the window. */
static void
xrec_span(struct xrec *r, uint64_t start, uint64_t end, const char *text)
{
	if (!(start <= end && end <= r->n))
		xrec_bad(r, "span [%llu,%llu) outside the text",
		    (unsigned long long)start, (unsigned long long)end);
	else if (start < r->w->base || end > r->w->base + r->w->len)
		xrec_bad(r, "span [%llu,%llu) outside the window",
		    (unsigned long long)start, (unsigned long long)end);
	else if (text != NULL && end > start &&
	    memcmp(text, r->in + start, (size_t)(end - start)) != 0)
		xrec_bad(r, "text of [%llu,%llu) is not the input's bytes",
		    (unsigned long long)start, (unsigned long long)end);
	else if (start < r->last_start)
		xrec_bad(r, "span at %llu reported after one at %llu",
		    (unsigned long long)start,
		    (unsigned long long)r->last_start);
	r->last_start = start;
}

static void
qrec_emit(void *ctx, const struct qx_quote *q)
{
	struct xrec *r = ctx;

	buf_fmt(&r->out, "%llu %llu %d %d ", (unsigned long long)q->start,
	    (unsigned long long)q->end, q->depth, q->unclosed);
	buf_item(&r->out, q->spk, q->spk_len);
	buf_add(&r->out, ";", 1);
	/* Nested quotations come after the one holding them. */
	if (q->depth == 0)
		xrec_span(r, q->start, q->end, win_at(r->w, q->start));
	else if (q->start > q->end || q->end > r->n)
		xrec_bad(r, "nested span [%llu,%llu) outside the text",
		    (unsigned long long)q->start, (unsigned long long)q->end);
	if (q->depth < 0 || q->depth >= QX_DEPTH)
		xrec_bad(r, "depth %d", q->depth);
}

static void
nrec_emit(void *ctx, const struct nx_num *m)
{
	struct xrec *r = ctx;
	size_t i;

	buf_fmt(&r->out, "%llu %llu %d ", (unsigned long long)m->start,
	    (unsigned long long)m->end, (int)m->kind);
	buf_item(&r->out, m->value, m->valuelen);
	buf_item(&r->out, m->unit, strlen(m->unit));
	buf_add(&r->out, ";", 1);
	xrec_span(r, m->start, m->end, m->text);
	if ((unsigned)m->kind >= NX_NKINDS)
		xrec_bad(r, "kind %d at %llu", (int)m->kind,
		    (unsigned long long)m->start);
	/* Value and unit are written as they are: no byte to escape. */
	if (m->valuelen > NX_VALUE_MAX)
		xrec_bad(r, "value of %zu bytes at %llu", m->valuelen,
		    (unsigned long long)m->start);
	for (i = 0; i < m->valuelen; i++)
		if (strchr("0123456789.-", m->value[i]) == NULL ||
		    m->value[i] == '\0')
			xrec_bad(r, "value byte 0x%02x at %llu",
			    (unsigned char)m->value[i],
			    (unsigned long long)m->start);
	for (i = 0; m->unit[i] != '\0'; i++)
		if (strchr("\t\n\r\\", m->unit[i]) != NULL)
			xrec_bad(r, "unit holds a byte to escape at %llu",
			    (unsigned long long)m->start);
}

/*
 * Drive an extractor as its tool does: append a piece to the window,
 * scan, drop what it no longer needs; at the end, a final scan.  The
 * scan must keep the WIN_KEEP(cap) contract of win.h.
 */
static int
xrun(int quotes, const void *opts, size_t cap, const char *in, size_t n,
    size_t piece, struct xrec *r)
{
	static struct qx qx;
	static struct nx nx;
	/* Windows are kept from run to run: a 1 MiB malloc is slow under ASan. */
	static struct {
		size_t cap;
		struct win w;
	} wins[4];
	struct win *wp = NULL;
	size_t i, k;
	uint64_t keep;
	int rv = 0;

	for (i = 0; i < 4 && wp == NULL; i++) {
		if (wins[i].w.buf == NULL) {
			wins[i].cap = cap;
			win_init(&wins[i].w, cap);
		}
		if (wins[i].cap == cap)
			wp = &wins[i].w;
	}
	if (wp == NULL)
		abort();
	win_reset(wp);
	buf_clear(&r->out);
	r->in = in;
	r->n = n;
	r->w = wp;
	r->bad = 0;
	r->last_start = 0;
	if (quotes)
		qx_init(&qx, opts);
	else
		nx_init(&nx, opts);
	for (i = 0; i <= n; i += k) {
		int final = i == n;

		k = n - i < piece ? n - i : piece;
		if (!final)
			win_append(wp, in + i, k);
		keep = quotes ?
		    qx_scan(&qx, wp->buf, wp->base, wp->len, final, qrec_emit, r) :
		    nx_scan(&nx, wp->buf, wp->base, wp->len, final, nrec_emit, r);
		if (keep > wp->base + wp->len ||
		    (!final && wp->base + wp->len > WIN_KEEP(cap) &&
		    keep < wp->base + wp->len - WIN_KEEP(cap))) {
			rv = fail("%s: scan keeps from %llu, window [%llu,+%zu)",
			    quotes ? "quotes" : "numbers",
			    (unsigned long long)keep, (unsigned long long)wp->base,
			    wp->len);
			break;
		}
		win_drop(wp, keep);
		if (final)
			break;
	}
	if (rv == 0 && r->bad)
		rv = fail("%s: %s", quotes ? "quotes" : "numbers", r->why);
	return rv;
}

/*
 * Fill the stack below us with a byte, so that a scan that reads a
 * variable it never set gives different results on the two runs that are
 * compared.
 */
static void
stack_poison(int c)
{
	volatile unsigned char pad[16384];
	size_t i;

	for (i = 0; i < sizeof pad; i++)
		pad[i] = (unsigned char)c;
}

static int
chk_quotes(const char *in, size_t n, unsigned sel)
{
	static const size_t pieces[] = { 1, 9, 100, 4096, WIN_PIECE };
	struct qx_opts o;
	struct xrec a = { 0 }, b = { 0 };
	size_t piece = pieces[sel % 5];
	int rv;

	memset(&o, 0, sizeof o);	/* options added later are off */
	o.nested = (sel >> 3) & 1;
	o.unclosed = (sel >> 4) & 1;
	o.pronoun = (sel >> 5) & 1;
	o.cap = (sel >> 6) & 1 ? 64 : OPT_CAP_DEFAULT;
	if (n > 100000 && piece < 100)
		piece = 100;
	stack_poison(0xa5);
	if ((rv = xrun(1, &o, o.cap, in, n, WIN_PIECE, &a)) == 0) {
		stack_poison(0x5a);
		rv = xrun(1, &o, o.cap, in, n, piece, &b);
	}
	if (rv == 0)
		rv = same("quotes: pieces vs whole", &a.out, &b.out);
	buf_free(&a.out);
	buf_free(&b.out);
	return rv;
}

static int
chk_numbers(const char *in, size_t n, unsigned sel)
{
	static const size_t pieces[] = { 1, 9, 100, 4096, WIN_PIECE };
	struct nx_opts o;
	struct xrec a = { 0 }, b = { 0 };
	size_t piece = pieces[sel % 5], cap = NX_LOOKAHEAD + NX_LOOKBEHIND;
	int rv;

	memset(&o, 0, sizeof o);	/* options added later are off */
	o.kinds = (sel >> 3) & 1 ? (1u << NX_CURRENCY) | (1u << NX_PERCENT) : 0;
	o.bounds = (sel >> 4) & 1;
	o.extended = (sel >> 5) & 1;
	if (n > 100000 && piece < 100)
		piece = 100;
	stack_poison(0xa5);
	if ((rv = xrun(0, &o, cap, in, n, WIN_PIECE, &a)) == 0) {
		stack_poison(0x5a);
		rv = xrun(0, &o, cap, in, n, piece, &b);
	}
	if (rv == 0)
		rv = same("numbers: pieces vs whole", &a.out, &b.out);
	buf_free(&a.out);
	buf_free(&b.out);
	return rv;
}

/* ---- the built tools, run on a share of the inputs ---- */

static const char *bindir;

/* Run BINDIR/tool args... with stdin from in; stdout into out. */
static int
run_tool(const char *tool, const char *const *args, const char *in, size_t n,
    struct buf *out)
{
	char path[4096], *argv[8];
	int infd = tmpfd(in, n), outfd, st, i;
	pid_t pid;
	FILE *f = tmpfile();
	char blk[65536];
	ssize_t k;

	snprintf(path, sizeof path, "%s/%s", bindir, tool);
	argv[0] = path;
	for (i = 0; args[i] != NULL && i < 6; i++)
		argv[i + 1] = (char *)args[i];
	argv[i + 1] = NULL;
	outfd = dup(fileno(f));
	fclose(f);
	fflush(stdout);
	if ((pid = fork()) == 0) {
		dup2(infd, 0);
		dup2(outfd, 1);
		if (quiet_fd < 0)
			quiet_fd = open("/dev/null", O_WRONLY);
		dup2(quiet_fd, 2);
		execv(path, argv);
		_exit(126);
	}
	close(infd);
	waitpid(pid, &st, 0);
	buf_clear(out);
	lseek(outfd, 0, SEEK_SET);
	while ((k = read(outfd, blk, sizeof blk)) > 0)
		buf_add(out, blk, (size_t)k);
	close(outfd);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

struct row {
	const char *f[16];
	size_t len[16];
	int nf;
};

/*
 * Every line ends in LF and has exactly nf fields; no field holds a raw
 * CR.  Fills rows (at most max).
 */
static int
parse_rows(const struct buf *out, int nf, struct row **rows, size_t *nrows)
{
	const char *p = out->p, *end = out->p + out->len;
	size_t cnt = 0, size = 64;
	struct row *v = malloc(sizeof *v * size);

	if (out->len > 0 && out->p[out->len - 1] != '\n') {
		free(v);
		return fail("tool output does not end in LF");
	}
	while (p < end) {
		const char *lf = memchr(p, '\n', (size_t)(end - p)), *t;
		struct row *r;

		if (cnt == size)
			v = realloc(v, sizeof *v * (size *= 2));
		r = &v[cnt++];
		r->nf = 0;
		if (memchr(p, '\r', (size_t)(lf - p)) != NULL) {
			free(v);
			return fail("row %zu holds a raw CR", cnt);
		}
		for (;;) {
			t = memchr(p, '\t', (size_t)(lf - p));
			if (r->nf == 16)
				break;
			r->f[r->nf] = p;
			r->len[r->nf++] = t ? (size_t)(t - p) : (size_t)(lf - p);
			if (t == NULL)
				break;
			p = t + 1;
		}
		if (r->nf != nf) {
			int got = r->nf;
			free(v);
			return fail("row %zu has %d fields, expected %d", cnt, got, nf);
		}
		p = lf + 1;
	}
	*rows = v;
	*nrows = cnt;
	return 0;
}

static int
u64_field(const char *p, size_t n, uint64_t *v)
{
	size_t i;

	*v = 0;
	if (n == 0 || n > 19)
		return -1;
	for (i = 0; i < n; i++) {
		if (p[i] < '0' || p[i] > '9')
			return -1;
		*v = *v * 10 + (uint64_t)(p[i] - '0');
	}
	return 0;
}

/*
 * Rows of a tool that reports spans: keys (k fields), its number, start,
 * end, ..., text.  The text unescaped is the record's text at [start,
 * end); texts[i] is the text of the record whose doc id is i + 1 (k > 0)
 * or the only one (k == 0).
 */
static int
check_spans(const char *tool, const struct row *rows, size_t nrows, int k,
    const struct buf *texts, size_t ntexts)
{
	size_t i;

	for (i = 0; i < nrows; i++) {
		const struct row *r = &rows[i];
		uint64_t doc = 1, num, s, e;
		const struct buf *t;
		struct buf u = { 0 };
		int rv = 0;

		if ((k > 0 && u64_field(r->f[0], r->len[0], &doc) != 0) ||
		    u64_field(r->f[k], r->len[k], &num) != 0 ||
		    u64_field(r->f[k + 1], r->len[k + 1], &s) != 0 ||
		    u64_field(r->f[k + 2], r->len[k + 2], &e) != 0 ||
		    doc == 0 || doc > ntexts || num == 0)
			return fail("%s: row %zu: bad key, number or offsets", tool,
			    i + 1);
		t = &texts[doc - 1];
		if (!(s <= e && e <= t->len))
			return fail("%s: row %zu: [%llu,%llu) outside text of %zu",
			    tool, i + 1, (unsigned long long)s, (unsigned long long)e,
			    t->len);
		ref_unescape_buf(&u, r->f[r->nf - 1], r->len[r->nf - 1]);
		if (u.len != e - s || (u.len > 0 && memcmp(u.p, t->p + s, u.len)))
			rv = fail("%s: row %zu: text is not the bytes at [%llu,%llu)",
			    tool, i + 1, (unsigned long long)s, (unsigned long long)e);
		buf_free(&u);
		if (rv)
			return rv;
	}
	return 0;
}

static int
tool_exists(const char *tool)
{
	char path[4096];

	snprintf(path, sizeof path, "%s/%s", bindir, tool);
	return access(path, X_OK) == 0;
}

/* Extractors that read strip's rows and write key + ncols + text. */
static const struct {
	const char *tool;
	int ncols;		/* columns it adds, the text included */
} prop_extract[] = {
	{ "menafn-paras", 4 },
	{ "menafn-quotes", 5 },
	{ "menafn-numbers", 7 },
};

static int
chk_tools(const char *in, size_t n)
{
	static const char *const none[] = { NULL }, *const raw[] = { "-r", NULL };
	struct buf out = { 0 }, sout = { 0 }, whole = { 0 }, *texts = NULL;
	struct srec lib = { 0 };
	struct row *rows = NULL;
	size_t nrows = 0, nart = 0, i, j;
	int st, rv;

	st = run_tool("menafn-strip", none, in, n, &sout);
	if (st != 0) {
		rv = fail("menafn-strip: status %d", st);
		goto out;
	}
	if ((rv = parse_rows(&sout, 4, &rows, &nrows)) != 0)
		goto out;
	/* The same articles as the library gives. */
	if ((rv = strip_run(in, n, RD_BLOCK, 0, &lib)) != 0)
		goto out;
	nart = nrows;
	texts = calloc(nart + 1, sizeof *texts);
	for (i = 0; i < nart; i++) {
		uint64_t doc;
		if (u64_field(rows[i].f[0], rows[i].len[0], &doc) != 0 ||
		    doc != i + 1) {
			rv = fail("menafn-strip: row %zu: doc is not %zu", i + 1,
			    i + 1);
			goto out;
		}
		buf_add(&out, "B", 1);
		for (j = 1; j < 4; j++) {
			struct buf u = { 0 };
			ref_unescape_buf(&u, rows[i].f[j], rows[i].len[j]);
			buf_item(&out, u.p ? u.p : "", u.len);
			if (j == 3)
				texts[i] = u;
			else
				buf_free(&u);
		}
		buf_add(&out, "E", 1);
	}
	if ((rv = same("menafn-strip vs library", &out, &lib.out)) != 0)
		goto out;
	free(rows);
	rows = NULL;
	buf_add(&whole, in, n);
	for (j = 0; j < sizeof prop_extract / sizeof prop_extract[0]; j++) {
		const char *tool = prop_extract[j].tool;
		if (!tool_exists(tool))
			continue;
		st = run_tool(tool, none, sout.p ? sout.p : "", sout.len, &out);
		if (st != 0) {
			rv = fail("%s: status %d on strip's rows", tool, st);
			goto out;
		}
		if ((rv = parse_rows(&out, 3 + prop_extract[j].ncols, &rows,
		    &nrows)) != 0 ||
		    (rv = check_spans(tool, rows, nrows, 3, texts, nart)) != 0)
			goto out;
		free(rows);
		rows = NULL;
		/* -r: offsets into the raw input. */
		st = run_tool(tool, raw, in, n, &out);
		if (st != 0) {
			rv = fail("%s -r: status %d", tool, st);
			goto out;
		}
		if ((rv = parse_rows(&out, prop_extract[j].ncols, &rows,
		    &nrows)) != 0 ||
		    (rv = check_spans(tool, rows, nrows, 0, &whole, 1)) != 0)
			goto out;
		free(rows);
		rows = NULL;
	}
out:
	for (i = 0; texts != NULL && i < nart; i++)
		buf_free(&texts[i]);
	free(texts);
	free(rows);
	buf_free(&out);
	buf_free(&sout);
	buf_free(&whole);
	buf_free(&lib.out);
	buf_free(&lib.body);
	return rv;
}

/* ---- generated inputs ---- */

static uint64_t rng;

static uint64_t
rnd(void)
{
	/* xorshift64*: small, fast and the same everywhere. */
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * 2685821657736338717ULL;
}

static size_t
rn(size_t k)
{
	return k ? (size_t)(rnd() % k) : 0;
}

static struct buf sample;

static const char *const gen_headers[] = {
	"date 2025-01-24 (MENAFN- UkrinForm) ",
	" date 2025-01-24 (MENAFN- UkrinForm)",
	"(MENAFN- Gulf Times) DOHA, Qatar: ",
	"date 2023-06-05 (MENAFN- Vietnam News Agency (VNA)) VIETNAM, June 5 - ",
	"\tdate  2024-12-31\t(MENAFN\xe2\x80\x94 KUNA)",
	"(MENAFN) ",
	"date 2025-01-24 (MENAFN- No close ",
	"date 2025-1-24 (MENAFN- Bad date) ",
	"date 2025-01-24 (MENAFN-) ",
	"(MENAFN- a\\b\tc)",
	"(MENAFN- Emirates News Agency (WAM)\r",
};

static const char *const gen_footers[] = {
	("Legal Disclaimer:\nMENAFN provides the information \xe2\x80\x9c" "as is"
	"\xe2\x80\x9d without warranty of any kind. We do not accept any "
	"responsibility or liability for the accuracy, content, images, "
	"videos, licenses, completeness, legality, or reliability of the "
	"information contained in this article. If you have any complaints "
	"or copyright issues related to this article, kindly contact the "
	"provider above.\n"),
	"MENAFN24012025000071011013ID1109123456\n",
	("MENAFN24012025000071011013ID1109123456\r\n\r\nLegal Disclaimer:\r\n"
	"kindly contact the provider above.\r\n"),
	"Legal Disclaimer: kindly contact the provider above.",
	"Legal Disclaimer:\n",
};

static const char *const gen_bits[] = {
	"\xc3", "\xe2\x80", "\xf0\x9f\x98", "\xc0\xaf", "\xed\xa0\x80", "\xff",
	"\xfe\xfe", "\x80", "\xf4\x90\x80\x80", "\xe2\x80\x9c", "\xe2\x80\x9d",
	"\xe2\x80\x98", "\xe2\x80\x99", "\"", "'", "\xc2\xab", "\xc2\xbb",
	"\xe2\x80\x9e", "\xe2\x80\x9a", "\xe2\x80\xb9", "\xe2\x80\xba",
	"\xe3\x80\x8c", "\xe3\x80\x8d", "``", "''", "\xe2\x80\xb3",
	"\r", "\r\n", "\n", "\n\n", " \n", "\t\r\n", "\t", "\\", "\\t", "\\n",
	"\\\\", "\\r", "\\q", "\\N", " ", "   ", "\xc2\xa0", "\xe2\x80\x89",
	"1,234.56", "30 000 000", "$4.5 billion", "25%", "1990-2000", "12:30",
	"3rd", "QAR 500", "-4", "0.25", "1.5 km", "2025-01-24", "No. 7",
	"\xd9\xa1\xd9\xa2", "10\xe2\x80\x93" "20", "USD 1.2bn", "\xe2\x82\xac" "5",
	"50 MW", "1,000,000 barrels", "Jan. 5", ".5", "5.", ",", ".", "-", "%",
	"1990-$0", "2024-25", "$0", "1990-$000",
	"the last", " one", "next to last", "the second to last ", "percent",
	"per cent", "the one before the last", "current", "previous",
	"penultimate", " % ", "more than", "up to",
	"He said ", " said.", ", he said", "according to ", "Ukrinform",
	"(MENAFN- Inside) ", "date 2025-01-24 ", "\n\n\n", "\x00", "\x00\x00",
};

static void
gen_piece(struct buf *b)
{
	size_t k, i;
	char c;

	switch (rn(16)) {
	case 0: case 1: case 2: case 3:
		if (sample.len > 0) {
			i = rn(sample.len);
			k = 1 + rn(400);
			if (k > sample.len - i)
				k = sample.len - i;
			buf_add(b, sample.p + i, k);
		}
		break;
	case 4:
		if (rn(3) == 0)
			buf_add(b, "\n", 1);
		k = rn(sizeof gen_headers / sizeof gen_headers[0]);
		buf_add(b, gen_headers[k], strlen(gen_headers[k]));
		break;
	case 5:
		if (rn(4) != 0)
			break;
		buf_add(b, "\n", 1);
		k = rn(sizeof gen_footers / sizeof gen_footers[0]);
		buf_add(b, gen_footers[k], strlen(gen_footers[k]));
		break;
	case 6:
		for (k = 1 + rn(24); k > 0; k--) {
			c = (char)rnd();
			buf_add(b, &c, 1);
		}
		break;
	case 7: case 8: case 9: case 10: case 11:
		for (k = 1 + rn(6); k > 0; k--) {
			i = rn(sizeof gen_bits / sizeof gen_bits[0]);
			/* The NUL entries are one and two bytes long. */
			buf_add(b, gen_bits[i], gen_bits[i][0] == '\0' ?
			    1 + (gen_bits[i] == gen_bits[sizeof gen_bits /
			    sizeof gen_bits[0] - 1]) : strlen(gen_bits[i]));
		}
		break;
	case 12:
		for (k = rn(5); k > 0; k--)
			buf_add(b, rn(2) ? " \n" : "\n", rn(2) ? 2 : 1);
		break;
	case 13:	/* digits of any length, past the look-ahead too */
		for (k = 1 + rn(rn(2) ? 40 : 600); k > 0; k--) {
			c = (char)('0' + rn(10));
			buf_add(b, &c, 1);
			if (rn(8) == 0)
				buf_add(b, rn(2) ? "," : ".", 1);
		}
		break;
	case 14:	/* an expression broken by line ends */
		i = rn(2);
		buf_add(b, i ? "USD " : "$", i ? 4 : 1);
		buf_add(b, "30", 2);
		for (k = rn(3); k > 0; k--) {
			i = rn(2);
			buf_add(b, i ? "\n" : " \r\n", i ? 1 : 3);
		}
		i = rn(2);
		buf_add(b, i ? "million" : "to 40 million", i ? 7 : 13);
		break;
	default:
		k = 1 + rn(12);
		for (i = 0; i < k; i++) {
			c = (char)('a' + rn(26));
			buf_add(b, &c, 1);
		}
		buf_add(b, " ", 1);
		break;
	}
}

/*
 * Pieces of the numbers' grammar around units, signs, rates, tallies and
 * names, joined by blanks, line breaks and stray bytes: for chk_numbers
 * alone, from a random stream of its own (main keeps the other inputs
 * as they were).
 */
static const char *const gen_nbits[] = {
	"30\xc2\xb0" "C", "80 \xc2\xb0", "\xe2\x84\x83", " \xce\xbc" "g",
	"\xc2\xb5" "m", "10\" long", "\"", "5 feet 2 inches", "5 ft", " 2 in",
	" and ", " km/h", "km/hr", "/month", "/", "-a-plate", "-a-", " per ",
	"hectare", "millisecond", " 46 to 40 percent", "66%-30%", "%-", " to ",
	" from 71 to 55", "from $5 to $3", "a year and a half", "half a century",
	"an hour", " and a half", "half a", "G20", "A320", "N95", "P5+1",
	"scp173m", "to30km", "15-point lead", " points behind", " points over ",
	"Ahmed Helal, 40.", "Supr\xc3\xa9, 56", " (left), 40.", "turns 70",
	"Age: 27", "112-member", "-", "one in which", "one on one", "a second ",
	"term", "opinion", "2000 people", "in 2000", "$353,000", " bucks",
	"\n", "\n\n", " ", "9", "99999999999999999999", ".", ",", "\xe2\x88\x92"
};

static void
gen_numbers(struct buf *b)
{
	size_t k, i;

	buf_clear(b);
	for (k = 1 + rn(40); k > 0; k--) {
		i = rn(sizeof gen_nbits / sizeof gen_nbits[0]);
		buf_add(b, gen_nbits[i], strlen(gen_nbits[i]));
		if (rn(3) == 0)
			buf_add(b, " ", 1);
	}
}

/* A long run without a newline: one byte, a word, or spaces. */
static void
gen_long(struct buf *b)
{
	size_t len = RD_BLOCK - 3 + rn(3 * RD_BLOCK), i;
	static const char *const fill[] = { "x", "word ", " ", "\\", "\xe2\x80\x9c",
	    "\t", "\r", "9," };
	const char *f = fill[rn(sizeof fill / sizeof fill[0])];
	size_t fl = strlen(f);

	for (i = 0; i < len; i += fl)
		buf_add(b, f, fl);
}

static void
gen_text(struct buf *b)
{
	size_t target;

	buf_clear(b);
	switch (rn(100)) {
	case 0:
		if (rn(2) == 0)
			gen_piece(b);
		gen_long(b);
		gen_piece(b);
		return;
	case 1: case 2: case 3: case 4: case 5: case 6: case 7: case 8:
		target = rn(20000);
		break;
	case 9:
		if (sample.len > 0)
			buf_add(b, sample.p, sample.len);
		return;
	default:
		target = rn(1500);
		break;
	}
	while (b->len < target)
		gen_piece(b);
}

/*
 * Hard-wrapped text, as fold -s or a mail reader writes it: words filled
 * into lines of at most a width, a paragraph's last line short after a
 * sentence, now and then an indented line, a CR, a blank kept at the
 * break, a word of several bytes a character; for chk_paras alone, from a
 * random stream of its own.  The width is sometimes outside the range
 * the splitter takes for wrapped text.
 */
static const char *const gen_words[] = {
	"the", "a", "minister", "said", "on", "Tuesday", "that", "exports",
	"of", "gas", "rose", "by", "percent", "in", "caf\xc3\xa9",
	"\xd9\x82\xd8\xb7\xd8\xb1", "\xe2\x80\x9cquoted", "words\xe2\x80\x9d",
	"(KUNA)", "end.", "said.\"", "why?", "now!", "so\xe2\x80\xa6",
	"done.)", "it.\xe2\x80\x9d", "it.\xe2\x80\x99", "fin.\xc2\xbb",
	"nb.\xc2\xa0", "U.S.", "Mr.", "x", "internationalisation",
	"2025-01-24", "\xe2\x80\x94", "-",
};

static void
gen_wrapped(struct buf *b)
{
	size_t width = rn(8) == 0 ? 10 + rn(400) : 28 + rn(90);
	size_t lines = 2 + rn(rn(4) == 0 ? 80 : 16), cur = 0, i, k;

	buf_clear(b);
	while (lines > 0) {
		const char *w;
		size_t wl, wc;
		char word[16];

		if (rn(6) == 0) {	/* a made-up word */
			wl = 1 + rn(sizeof word - 1);
			for (k = 0; k < wl; k++)
				word[k] = (char)('a' + rn(26));
			w = word;
		} else {
			w = gen_words[rn(sizeof gen_words / sizeof gen_words[0])];
			wl = strlen(w);
		}
		for (k = 0, wc = 0; k < wl; k++)
			wc += ((unsigned char)w[k] & 0xC0) != 0x80;
		if (cur > 0 && cur + 1 + wc > width) {
			/* The break: fold -s keeps the blank, most drop it. */
			if (rn(4) == 0)
				buf_add(b, " ", 1);
			if (rn(10) == 0)
				buf_add(b, "\r", 1);
			buf_add(b, "\n", 1);
			cur = 0;
			if (--lines == 0)
				break;
			if (rn(12) == 0)
				for (i = 1 + rn(4); i > 0; i--, cur++)
					buf_add(b, rn(3) ? " " : "\t", 1);
		} else if (cur > 0) {
			buf_add(b, " ", 1);
			cur++;
		}
		buf_add(b, w, wl);
		cur += wc;
		/* A paragraph ends after a sentence, on a short line. */
		if (strchr(".?!", w[wl - 1]) != NULL && rn(5) == 0) {
			buf_add(b, "\n", 1);
			cur = 0;
			lines--;
		}
	}
	if (rn(3) == 0)
		buf_add(b, "last line.", 10);
}

/* Rows for the record reader: fields escaped or raw, counts mostly even. */
static void
gen_tsv(struct buf *b)
{
	struct buf f = { 0 };
	size_t rows = rn(12), r, nf = 1 + rn(5), k;
	char *esc;

	buf_clear(b);
	for (r = 0; r < rows; r++) {
		size_t this = rn(8) == 0 ? 1 + rn(6) : nf;
		for (k = 0; k < this; k++) {
			size_t target = rn(k + 1 == this ? 300 : 40);
			buf_clear(&f);
			while (f.len < target)
				gen_piece(&f);
			if (rn(10) == 0) {
				buf_add(b, f.p, f.len);	/* raw: anything goes */
			} else {
				esc = malloc(2 * f.len + 1);
				buf_add(b, esc, tsv_escape(esc, f.p, f.len));
				free(esc);
			}
			if (k + 1 < this)
				buf_add(b, "\t", 1);
		}
		if (r + 1 < rows || rn(3) != 0)
			buf_add(b, "\n", 1);
	}
	switch (rn(30)) {
	case 0:
		/* One text longer than rd's buffer. */
		gen_long(b);
		buf_add(b, "\n", 1);
		break;
	case 1:
		/* A key longer than rd's buffer, and so than any cap here. */
		for (k = RD_BLOCK + rn(1000); k > 0; k--)
			buf_add(b, "k", 1);
		buf_add(b, "\ttext\n", 6);
		break;
	}
	buf_free(&f);
}

static void
load_sample(const char *argv0)
{
	static const char *const tries[] = { "sample/ukrinform.txt",
	    "../../sample/ukrinform.txt" };
	char path[4096], blk[4096];
	const char *slash = strrchr(argv0, '/');
	size_t i;
	int fd = -1;
	ssize_t k;

	for (i = 0; i < 2 && fd < 0; i++)
		fd = open(tries[i], O_RDONLY);
	if (fd < 0 && slash != NULL) {
		snprintf(path, sizeof path, "%.*s/../../sample/ukrinform.txt",
		    (int)(slash - argv0), argv0);
		fd = open(path, O_RDONLY);
	}
	if (fd < 0) {
		static const char fallback[] =
		    " date 2025-01-24 (MENAFN- UkrinForm) Ukraine is interested "
		    "in localizing the production.\n\n\xe2\x80\x9cI am confident,"
		    "\xe2\x80\x9d he said.";
		buf_add(&sample, fallback, sizeof fallback - 1);
		return;
	}
	while ((k = read(fd, blk, sizeof blk)) > 0)
		buf_add(&sample, blk, (size_t)k);
	close(fd);
}

#ifdef PROP_NO_MAIN
/*
 * The fuzz targets' one step: run a check on the input (with options in
 * its first byte, or without) and abort on a failure, said on stdout
 * because the fuzzer may have closed stderr (-close_fd_mask=2).
 */
static inline int
prop_fuzz_verdict(int rv)
{
	if (rv != 0) {
		printf("property failed: %s\n", prop_why);
		fflush(stdout);
		abort();
	}
	return 0;
}

static inline int
prop_fuzz_sel(int (*chk)(const char *, size_t, unsigned),
    const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	return prop_fuzz_verdict(chk((const char *)data + 1, size - 1,
	    data[0]));
}

static inline int
prop_fuzz_plain(int (*chk)(const char *, size_t), const uint8_t *data,
    size_t size)
{
	return prop_fuzz_verdict(chk((const char *)data, size));
}
#endif

#ifndef PROP_NO_MAIN

static unsigned long prop_pass, prop_fail;

static void
report(const char *name, unsigned long iter, const struct buf *in, int rv)
{
	char path[256];
	int fd;

	if (rv == 0) {
		prop_pass++;
		return;
	}
	prop_fail++;
	if (prop_fail > 20)
		return;
	snprintf(path, sizeof path, "%s/prop-%s-%lu.bin",
	    getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", name, iter);
	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644)) >= 0) {
		if (write(fd, in->p ? in->p : "", in->len) < 0)
			path[0] = '\0';
		close(fd);
	}
	printf("not ok - %s, input %lu (%zu bytes, %s): %s\n", name, iter,
	    in->len, path, prop_why);
}

int
main(int argc, char *argv[])
{
	unsigned long count = 2000, seed = 1, i;
	struct buf in = { 0 }, wrapped = { 0 };
	int ch, verbose = 0;

	while ((ch = getopt(argc, argv, "n:s:v")) != -1) {
		switch (ch) {
		case 'n': count = strtoul(optarg, NULL, 10); break;
		case 's': seed = strtoul(optarg, NULL, 10); break;
		case 'v': verbose = 1; break;
		default:
			fprintf(stderr, "usage: prop [-v] [-n count] [-s seed] "
			    "[bindir]\n");
			return 2;
		}
	}
	if (optind < argc)
		bindir = argv[optind];
	load_sample(argv[0]);
	for (i = 0; i < count; i++) {
		unsigned sel;

		rng = (seed * 0x9E3779B97F4A7C15ULL) ^ (i + 1) * 0xD1B54A32D192ED03ULL;
		rnd();
		sel = (unsigned)rnd();
		gen_text(&in);
		if (verbose)
			printf("# input %lu: %zu bytes\n", i, in.len);
		report("tsv", i, &in, chk_tsv(in.p ? in.p : "", in.len));
		report("header", i, &in, chk_header(in.p ? in.p : "", in.len));
		report("strip", i, &in, chk_strip(in.p ? in.p : "", in.len, sel));
		report("paras", i, &in, chk_paras(in.p ? in.p : "", in.len, sel));
		{
			uint64_t keep = rng;

			rng ^= 0x2545F4914F6CDD1DULL;
			gen_wrapped(&wrapped);
			report("paras-wrapped", i, &wrapped, chk_paras(
			    wrapped.p ? wrapped.p : "", wrapped.len, sel));
			rng = keep;
		}
		report("rec-text", i, &in, chk_rec(in.p ? in.p : "", in.len, sel));
		report("quotes", i, &in, chk_quotes(in.p ? in.p : "", in.len, sel));
		report("numbers", i, &in, chk_numbers(in.p ? in.p : "", in.len,
		    sel));
		if (i % 10 == 0)
			report("rd", i, &in, chk_rd(in.p ? in.p : "", in.len, sel));
		if (bindir != NULL && i % 25 == 0)
			report("tools", i, &in, chk_tools(in.p ? in.p : "", in.len));
		{
			uint64_t keep = rng;

			rng ^= 0x5DEECE66DULL;
			gen_numbers(&in);
			report("numbers-units", i, &in, chk_numbers(in.p ?
			    in.p : "", in.len, sel));
			rng = keep;
		}
		gen_tsv(&in);
		report("rec", i, &in, chk_rec(in.p ? in.p : "", in.len, sel));
		report("tsv-rows", i, &in, chk_tsv(in.p ? in.p : "", in.len));
	}
	buf_free(&in);
	buf_free(&wrapped);
	buf_free(&sample);
	if (prop_ps_ready)
		paras_free(&prop_ps_big);
	printf("prop: %lu passed, %lu failed\n", prop_pass, prop_fail);
	return prop_fail > 0;
}

#endif

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>	/* a compiler header, not a library */
#endif

#include "msg.h"
#include "opt.h"
#include "rec.h"
#include "tsv.h"

/*
 * One line is one record.  Its fields are split at every TAB (an escaped
 * text holds none); all but the last are keys, raw bytes.  A line that
 * comes in one piece, as nearly every line does, is split where it lies
 * and its keys handed over in the reader's buffer, which holds them until
 * the next piece is read, after end(): nothing is copied.  A longer line
 * comes in pieces, and its keys are copied as they pass.  The text only
 * streams once a field outgrows the cap, since a key may not: until then
 * a field is held, and the line's end says it was the text.
 */

struct line {
	struct rec_in *ri;
	const struct rec_ops *ops;
	void *ctx;
	void *esc_ctx;		/* what ri->text_esc is given */
	struct rd *rd;
	char *cur;		/* the field being read, while it is held */
	size_t curlen;
	long nf;		/* fields seen on this line so far */
	const char *keys;	/* the keys handed over: in place, or ri->keys */
	size_t keylen;
	int streaming;		/* the text has begun: begin() was called */
	int skip;		/* the record is malformed: drop the rest */
	int header;		/* this line is the -H header row */
	int counted;		/* this line fixed the field count */
	int pending;		/* unescaping: a backslash ended the last piece */
	int status;
	char out[RD_BLOCK + 1];
};

void
rec_init(struct rec_in *ri, const struct rec_opts *opt)
{
	memset(ri, 0, sizeof *ri);
	ri->opt = *opt;
	ri->keysize = 256;
	ri->keys = xmalloc(ri->keysize);
}

void
rec_free(struct rec_in *ri)
{
	free(ri->keys);
	ri->keys = NULL;
}

/* A line in pieces: its keys are copied, since the pieces do not stay. */
static void
keys_add(struct line *ln, const char *p, size_t n)
{
	struct rec_in *ri = ln->ri;

	if (ri->keylen + n > ri->keysize) {
		while (ri->keylen + n > ri->keysize)
			ri->keysize *= 2;
		ri->keys = xrealloc(ri->keys, ri->keysize);
	}
	memcpy(ri->keys + ri->keylen, p, n);
	ri->keylen += n;
	ln->keys = ri->keys;
	ln->keylen = ri->keylen;
}

static void
malformed(struct line *ln, const char *why)
{
	if (!ln->skip)
		msg_warn("%s: line %llu: %s", ln->rd->name,
		    ln->rd->lineno + (unsigned long long)ln->rd->midline, why);
	ln->skip = 1;
	ln->status = 1;
	/* A malformed record says nothing of how many fields the rest have. */
	if (ln->counted)
		ln->ri->nfields = 0;
}

/* Pass a piece of escaped text on, unescaped, in bounded chunks. */
static void
text_chunks(struct line *ln, const char *p, size_t n)
{
	while (n > 0) {
		size_t k = n < RD_BLOCK ? n : RD_BLOCK;

		if (ln->ri->text_esc != NULL)
			ln->ri->text_esc(ln->esc_ctx, p, k, &ln->pending);
		else {
			size_t m = tsv_unescape(ln->out, p, k, &ln->pending);

			if (m > 0)
				ln->ops->text(ln->ctx, ln->out, m);
		}
		p += k;
		n -= k;
	}
}

/* The same, in line for the common case: one piece, to a tool's text_esc. */
static inline void
text_out(struct line *ln, const char *p, size_t n)
{
	if (ln->ri->text_esc != NULL && n - 1 < RD_BLOCK)
		ln->ri->text_esc(ln->esc_ctx, p, n, &ln->pending);
	else
		text_chunks(ln, p, n);
}

/*
 * A record whose field count is not the one expected: the first fixes it
 * (0 returned); any other is malformed (1).
 */
static int
count_differs(struct line *ln)
{
	struct rec_in *ri = ln->ri;
	char why[96];

	if (ri->nfields == 0) {
		ri->nfields = ln->nf;
		ln->counted = 1;
		return 0;
	}
	snprintf(why, sizeof why, "%ld fields, expected %ld", ln->nf,
	    ri->nfields);
	malformed(ln, why);
	return 1;
}

/* The text field has been recognised: check the field count and begin. */
static inline void
text_begin(struct line *ln)
{
	if (ln->nf != ln->ri->nfields && count_differs(ln))
		return;
	ln->ops->begin(ln->ctx, ln->keys, ln->keylen);
	ln->streaming = 1;
}

/* A key field ends at p[n], a TAB: its start may be held in cur. */
static void
field_end(struct line *ln, const char *p, size_t n)
{
	if (ln->curlen + n > ln->ri->opt.cap) {
		malformed(ln, "key field longer than the cap (-m)");
		return;
	}
	if (ln->curlen > 0)
		keys_add(ln, ln->cur, ln->curlen);
	keys_add(ln, p, n + 1);
	ln->curlen = 0;
	ln->nf++;
}

static void
hold(struct line *ln, const char *p, size_t n)
{
	size_t cap = ln->ri->opt.cap;

	if (ln->curlen + n <= cap) {
		memcpy(ln->cur + ln->curlen, p, n);
		ln->curlen += n;
		return;
	}
	/* Longer than any key may be: this is the text, so let it stream. */
	if (ln->header) {
		malformed(ln, "header row longer than the cap (-m)");
		return;
	}
	text_begin(ln);
	if (ln->skip)
		return;
	text_out(ln, ln->cur, ln->curlen);
	ln->curlen = 0;
	text_out(ln, p, n);
}

static void
piece(struct line *ln, const char *p, size_t n)
{
	const char *end = p + n, *tab;

	if (ln->skip)
		return;
	if (ln->streaming) {
		if (memchr(p, '\t', n) != NULL) {
			malformed(ln, "key field longer than the cap (-m)");
			return;
		}
		text_out(ln, p, n);
		return;
	}
	while ((tab = memchr(p, '\t', (size_t)(end - p))) != NULL) {
		field_end(ln, p, (size_t)(tab - p));
		if (ln->skip)
			return;
		p = tab + 1;
	}
	hold(ln, p, (size_t)(end - p));
}

#ifdef __SSE2__
/* The TABs of the 32 bytes at p, as a mask. */
static inline unsigned
tabs32(const char *p)
{
	const __m128i tab = _mm_set1_epi8('\t');

	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(
	    (const __m128i *)(const void *)p), tab)) |
	    (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(
	    (const __m128i *)(const void *)(p + 16)), tab)) << 16;
}
#endif

/*
 * The keys the field count expects, from p on, in a line no longer than
 * the cap (so no key is over it): their TABs are taken 32 bytes a load,
 * every TAB of a load from its mask (a record of paragraphs has six
 * short keys, and a call of memchr a key was most of its splitting).
 * Returns where the last key found ends; ln->nf counts them.  The last
 * bytes of the line, fewer than a load, are left to memchr.
 */
static const char *
keys_expected(struct line *ln, const char *p, const char *end, long want)
{
	const char *f = p;
#ifdef __SSE2__
	const char *blk = p;
	long nf = ln->nf;
	unsigned bits, last = 0;	/* last: the mask of the last TAB taken */

	if (nf >= want || end - blk < 32)
		return f;
	bits = tabs32(blk);
	for (;;) {
		if (bits == 0) {
			if (last != 0)
				f = blk + __builtin_ctz(last) + 1;
			last = 0;
			blk += 32;
			if (end - blk < 32)
				break;
			bits = tabs32(blk);
			continue;
		}
		last = bits;
		bits &= bits - 1;
		if (++nf >= want) {
			f = blk + __builtin_ctz(last) + 1;
			break;
		}
	}
	ln->nf = nf;
#else
	(void)ln;
	(void)end;
	(void)want;
#endif
	return f;
}

/*
 * The keys of a line that came in one piece, left where they are: those
 * the field count expects by keys_expected, the rest of the line (the
 * text, which should hold no TAB) by memchr, fast over a long text.
 * Returns where the text starts, or NULL when a key is longer than the
 * cap (reported).
 */
static const char *
keys_in_place(struct line *ln, const char *p, const char *end)
{
	const char *f = p, *tab;
	size_t cap = ln->ri->opt.cap;

	if ((size_t)(end - p) <= cap)
		f = keys_expected(ln, p, end, ln->ri->nfields);
	while ((tab = memchr(f, '\t', (size_t)(end - f))) != NULL) {
		if ((size_t)(tab - f) > cap) {
			malformed(ln, "key field longer than the cap (-m)");
			return NULL;
		}
		ln->nf++;
		f = tab + 1;
	}
	ln->keys = p;
	ln->keylen = (size_t)(f - p);
	return f;
}

/* The last piece of a line in pieces: its keys go on being copied. */
static const char *
keys_copied(struct line *ln, const char *p, const char *end)
{
	const char *tab;

	while ((tab = memchr(p, '\t', (size_t)(end - p))) != NULL) {
		field_end(ln, p, (size_t)(tab - p));
		if (ln->skip)
			return NULL;
		p = tab + 1;
	}
	return p;
}

/* The -H header row, its keys split: the first is passed on, the rest checked. */
static void
header_row(struct line *ln)
{
	struct rec_in *ri = ln->ri;

	if (ri->header_done && ln->nf != ri->nfields) {
		char why[96];
		snprintf(why, sizeof why, "header of %ld fields, expected %ld",
		    ln->nf, ri->nfields);
		malformed(ln, why);
	} else if (!ri->header_done) {
		ri->nfields = ln->nf;
		if (ln->ops->header)
			ln->ops->header(ln->ctx, ln->keys, ln->keylen);
	}
}

/* A line has ended in p[0, n): split what is left of it, then pass it on. */
static void
line_end(struct line *ln, const char *p, size_t n)
{
	struct rec_in *ri = ln->ri;
	const char *end = p + n, *text;

	if (!ln->skip && !ln->streaming) {
		/* A line that began in this piece: no field seen, none held. */
		text = ln->nf == 1 && ln->curlen == 0 ?
		    keys_in_place(ln, p, end) : keys_copied(ln, p, end);
		if (text == NULL)
			;
		else if (ln->header)
			header_row(ln);
		else {
			text_begin(ln);
			if (!ln->skip) {
				if (ln->curlen > 0)
					text_out(ln, ln->cur, ln->curlen);
				text_out(ln, text, (size_t)(end - text));
			}
		}
	} else if (!ln->skip)
		piece(ln, p, n);	/* streaming: a TAB is an over-long key */
	if (ln->streaming) {
		if (ln->pending) {	/* a backslash the text ended with */
			size_t m = tsv_unescape_end(ln->out, &ln->pending);

			ln->ops->text(ln->ctx, ln->out, m);
		}
		ln->ops->end(ln->ctx);
	}
	if (ln->header)
		ri->header_done = 1;
	ri->keylen = 0;
	ln->keys = ri->keys;
	ln->keylen = 0;
	ln->curlen = 0;
	ln->nf = 1;
	ln->streaming = ln->skip = ln->pending = ln->counted = 0;
	ln->header = 0;
}

static int
run_raw(struct rd *r, const struct rec_ops *ops, void *ctx)
{
	const char *p;
	size_t n;
	int rv;

	ops->begin(ctx, "", 0);
	while ((rv = rd_block(r, &p, &n)) > 0) {
		ops->text(ctx, p, n);
		if (ops->stop && ops->stop(ctx))
			break;
	}
	ops->end(ctx);
	if (rv < 0) {
		errno = r->err;
		msg_warn_errno("%s", r->name);
		return 1;
	}
	return 0;
}

int
rec_run(struct rec_in *ri, struct rd *r, const struct rec_ops *ops, void *ctx)
{
	struct line *ln;
	const char *p;
	size_t n;
	int eol, rv, status;

	if (ri->opt.raw)
		return run_raw(r, ops, ctx);
	ln = xmalloc(sizeof *ln);
	memset(ln, 0, offsetof(struct line, out));
	ln->ri = ri;
	ln->ops = ops;
	ln->ctx = ctx;
	ln->esc_ctx = ri->esc_ctx != NULL ? ri->esc_ctx : ctx;
	ln->rd = r;
	ln->keys = ri->keys;
	ln->cur = xmalloc(ri->opt.cap + 1);
	ln->nf = 1;
	/* Under -H every input starts with a header row, like awk's FNR == 1. */
	ln->header = ri->opt.header;
	ri->keylen = 0;
	while ((rv = rd_piece(r, &p, &n, &eol)) > 0) {
		if (!eol) {
			piece(ln, p, n);
			continue;
		}
		/* The common case, a whole line in one piece, copies nothing. */
		line_end(ln, p, n);
		ln->header = 0;
		if (ops->stop && ops->stop(ctx))
			break;
	}
	status = ln->status;
	if (rv < 0) {
		errno = r->err;
		msg_warn_errno("%s", r->name);
		status = 1;
	}
	free(ln->cur);
	free(ln);
	return status;
}

/* rec_tool_run's callbacks: the tool's own, and the shared header and stop. */
struct tool_run {
	const struct rec_tool *t;
	struct rec_in ri;
};

static void
tool_header(void *ctx, const char *keys, size_t keylen)
{
	const struct rec_tool *t = ((struct tool_run *)ctx)->t;

	tsv_raw(t->out, keys, keylen);
	tsv_str(t->out, t->columns);
	tsv_endrow(t->out);
}

static void
tool_begin(void *ctx, const char *keys, size_t keylen)
{
	const struct rec_tool *t = ((struct tool_run *)ctx)->t;

	t->row->keys = keys;
	t->row->keylen = keylen;
	t->row->n = 0;
	t->begin(t->ctx);
}

static void
tool_text(void *ctx, const char *p, size_t n)
{
	const struct rec_tool *t = ((struct tool_run *)ctx)->t;

	t->text(t->ctx, p, n);
}

static void
tool_end(void *ctx)
{
	const struct rec_tool *t = ((struct tool_run *)ctx)->t;

	t->end(t->ctx);
}

static int
tool_stop(void *ctx)
{
	return ((struct tool_run *)ctx)->t->out->err != 0;
}

static const struct rec_ops tool_ops = {
	tool_header, tool_begin, tool_text, tool_end, tool_stop
};

static int
tool_input(struct rd *r, void *ctx)
{
	struct tool_run *tr = ctx;

	return rec_run(&tr->ri, r, &tool_ops, tr);
}

int
rec_tool_run(const struct rec_tool *t, const struct rec_opts *opt,
    int argc, char *argv[])
{
	return rec_tool_run_esc(t, NULL, opt, argc, argv);
}

int
rec_tool_run_esc(const struct rec_tool *t,
    void (*text_esc)(void *ctx, const char *p, size_t n, int *pending),
    const struct rec_opts *opt, int argc, char *argv[])
{
	struct tool_run tr;
	int rv;

	tr.t = t;
	if (opt->raw && opt->header)
		tool_header(&tr, "", 0);	/* raw text has no header to extend */
	rec_init(&tr.ri, opt);
	tr.ri.text_esc = text_esc;	/* given the tool's ctx, as it is */
	tr.ri.esc_ctx = t->ctx;
	rv = opt_each_input(argc, argv, tool_input, &tr, tool_stop);
	rec_free(&tr.ri);
	if (tsv_close(t->out) != 0)
		die_errno(1, "write error");
	return rv;
}

void
rec_row_start(struct tsv_out *o, struct rec_row *r, uint64_t start,
    uint64_t end)
{
	char *d = tsv_room(o, REC_ROW_ROOM(r));

	if (d != NULL) {
		tsv_wrote(o, rec_row_fmt(d, r, start, end));
		return;
	}
	tsv_raw(o, r->keys, r->keylen);
	tsv_u64(o, ++r->n);
	tsv_tab(o);
	tsv_u64(o, start);
	tsv_tab(o);
	tsv_u64(o, end);
	tsv_tab(o);
}

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "opt.h"
#include "rec.h"
#include "tsv.h"

/*
 * One line is one record.  Its fields are split at every TAB (an escaped
 * text holds none); all but the last are keys, copied as raw bytes.  The
 * text only streams once a field outgrows the cap, since a key may not:
 * until then a field is held, and the line's end says it was the text.
 */

struct line {
	struct rec_in *ri;
	const struct rec_ops *ops;
	void *ctx;
	struct rd *rd;
	char *cur;		/* the field being read, while it is held */
	size_t curlen;
	long nf;		/* fields seen on this line so far */
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
text_out(struct line *ln, const char *p, size_t n)
{
	while (n > 0) {
		size_t k = n < RD_BLOCK ? n : RD_BLOCK;

		if (ln->ri->text_esc != NULL)
			ln->ri->text_esc(ln->ctx, p, k, &ln->pending);
		else {
			size_t m = tsv_unescape(ln->out, p, k, &ln->pending);

			if (m > 0)
				ln->ops->text(ln->ctx, ln->out, m);
		}
		p += k;
		n -= k;
	}
}

/* The text field has been recognised: check the field count and begin. */
static void
text_begin(struct line *ln)
{
	struct rec_in *ri = ln->ri;

	if (ri->nfields == 0) {
		ri->nfields = ln->nf;
		ln->counted = 1;
	}
	if (ln->nf != ri->nfields) {
		char why[96];
		snprintf(why, sizeof why, "%ld fields, expected %ld",
		    ln->nf, ri->nfields);
		malformed(ln, why);
		return;
	}
	ln->ops->begin(ln->ctx, ri->keys, ri->keylen);
	ln->streaming = 1;
}

static void
field_end(struct line *ln, const char *p, size_t n)
{
	if (ln->curlen + n > ln->ri->opt.cap) {
		malformed(ln, "key field longer than the cap (-m)");
		return;
	}
	keys_add(ln, ln->cur, ln->curlen);
	keys_add(ln, p, n);
	keys_add(ln, "\t", 1);
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

static void
line_end(struct line *ln, const char *p, size_t n)
{
	struct rec_in *ri = ln->ri;
	const char *end = p + n, *tab;

	if (!ln->skip && !ln->streaming) {
		while ((tab = memchr(p, '\t', (size_t)(end - p))) != NULL) {
			field_end(ln, p, (size_t)(tab - p));
			if (ln->skip)
				break;
			p = tab + 1;
		}
		if (!ln->skip && ln->header) {
			if (ri->header_done && ln->nf != ri->nfields) {
				char why[96];
				snprintf(why, sizeof why, "header of %ld fields, "
				    "expected %ld", ln->nf, ri->nfields);
				malformed(ln, why);
			} else if (!ri->header_done) {
				ri->nfields = ln->nf;
				if (ln->ops->header)
					ln->ops->header(ln->ctx, ri->keys,
					    ri->keylen);
			}
			ri->header_done = 1;
		} else if (!ln->skip) {
			text_begin(ln);
			if (!ln->skip) {
				text_out(ln, ln->cur, ln->curlen);
				text_out(ln, p, (size_t)(end - p));
			}
		}
	} else if (!ln->skip)
		piece(ln, p, n);	/* streaming: a TAB is an over-long key */
	if (ln->streaming) {
		size_t m = tsv_unescape_end(ln->out, &ln->pending);
		if (m > 0)
			ln->ops->text(ln->ctx, ln->out, m);
		ln->ops->end(ln->ctx);
	}
	if (ln->header)
		ri->header_done = 1;
	ri->keylen = 0;
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
	ln->rd = r;
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
	void (*text_esc)(void *ctx, const char *p, size_t n, int *pending);
};

static void
tool_text_esc(void *ctx, const char *p, size_t n, int *pending)
{
	const struct tool_run *tr = ctx;

	tr->text_esc(tr->t->ctx, p, n, pending);
}

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
	tr.text_esc = text_esc;
	if (opt->raw && opt->header)
		tool_header(&tr, "", 0);	/* raw text has no header to extend */
	rec_init(&tr.ri, opt);
	if (text_esc != NULL)
		tr.ri.text_esc = tool_text_esc;
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

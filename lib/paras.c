#include <string.h>

#include "paras.h"

static const unsigned char blank[256] = {
	[' '] = 1, ['\t'] = 1, ['\r'] = 1, ['\n'] = 1,
};

void
paras_init(struct paras *ps, size_t cap, paras_emit_fn *emit, void *ctx)
{
	memset(ps, 0, sizeof *ps);
	ps->cap = cap;
	ps->emit = emit;
	ps->ctx = ctx;
	win_init(&ps->w, cap);
}

void
paras_free(struct paras *ps)
{
	win_free(&ps->w);
}

void
paras_begin(struct paras *ps)
{
	win_reset(&ps->w);
	ps->mode = PARAS_UNDECIDED;
	ps->pos = 0;
	ps->open = 0;
	ps->pstart = ps->pend = 0;
	ps->line_start = 0;
	ps->line_has = 0;
}

static void
emit(struct paras *ps, uint64_t start, uint64_t end, int cut)
{
	if (end > start)
		ps->emit(ps->ctx, start, end, win_at(&ps->w, start), cut);
}

/* Before the mode is known, the held text is split at every line. */
static void
emit_lines(struct paras *ps, uint64_t from, uint64_t to)
{
	while (from < to) {
		const char *p = win_at(&ps->w, from);
		const char *lf = memchr(p, '\n', (size_t)(to - from));
		uint64_t e = lf ? from + (uint64_t)(lf - p) : to, s = from;

		while (s < e && blank[(unsigned char)*win_at(&ps->w, s)])
			s++;
		while (e > s && blank[(unsigned char)*win_at(&ps->w, e - 1)])
			e--;
		emit(ps, s, e, 0);
		from = lf ? from + (uint64_t)(lf - p) + 1 : to;
	}
}

/* Non-blank bytes [first, last_end) of the current line were scanned. */
static void
content(struct paras *ps, uint64_t first, uint64_t last_end)
{
	if (!ps->open) {
		ps->open = 1;
		ps->pstart = first;
	}
	ps->pend = last_end;
	ps->line_has = 1;
}

static void
line_done(struct paras *ps)
{
	if (ps->mode == PARAS_LINE || !ps->line_has) {
		/* A line in line mode, or a blank line, ends a paragraph. */
		if (ps->mode == PARAS_UNDECIDED)
			ps->mode = PARAS_BLANK;
		if (ps->open)
			emit(ps, ps->pstart, ps->pend, 0);
		ps->open = 0;
	}
	ps->line_has = 0;
}

/* Holding more than the cap: decide the mode, or cut a piece. */
static void
over_cap(struct paras *ps)
{
	uint64_t lim, c;

	if (ps->mode == PARAS_UNDECIDED) {
		ps->mode = PARAS_LINE;
		if (ps->open && ps->pstart < ps->line_start)
			emit_lines(ps, ps->pstart, ps->line_start);
		ps->open = 0;
		if (ps->line_has) {
			uint64_t s = ps->pstart > ps->line_start ?
			    ps->pstart : ps->line_start;	/* the rest is dropped */
			while (blank[(unsigned char)*win_at(&ps->w, s)])
				s++;
			ps->open = 1;
			ps->pstart = s;
		}
	}
	while (ps->open && ps->pos - ps->pstart > ps->cap) {
		lim = ps->pstart + ps->cap;
		for (c = lim; c > ps->pstart; c--)
			if (blank[(unsigned char)*win_at(&ps->w, c - 1)])
				break;
		if (c == ps->pstart) {
			/* No space: cut at the cap, not inside a UTF-8 character. */
			c = lim;
			while (c > ps->pstart + 1 &&
			    (*win_at(&ps->w, c) & 0xC0) == 0x80)
				c--;
		}
		{
			uint64_t e = c;
			while (e > ps->pstart &&
			    blank[(unsigned char)*win_at(&ps->w, e - 1)])
				e--;
			emit(ps, ps->pstart, e, 1);
		}
		while (c < ps->pos && blank[(unsigned char)*win_at(&ps->w, c)])
			c++;
		if (c == ps->pos)
			ps->open = 0;
		ps->pstart = c;
	}
}

void
paras_feed(struct paras *ps, const char *p, size_t n)
{
	uint64_t end;

	win_append(&ps->w, p, n);
	end = ps->w.base + ps->w.len;
	while (ps->pos < end) {
		const char *s = win_at(&ps->w, ps->pos);
		const char *lf = memchr(s, '\n', (size_t)(end - ps->pos));
		uint64_t segend = lf ? ps->pos + (uint64_t)(lf - s) : end;
		uint64_t a = ps->pos, b = segend;

		while (a < b && blank[(unsigned char)*win_at(&ps->w, a)])
			a++;
		if (a < b) {
			while (blank[(unsigned char)*win_at(&ps->w, b - 1)])
				b--;
			content(ps, a, b);
		}
		ps->pos = segend;
		/* Checked per segment, so the cut does not depend on the pieces. */
		if (ps->open && ps->pos - ps->pstart > ps->cap)
			over_cap(ps);
		if (lf != NULL) {
			ps->pos++;
			line_done(ps);
			ps->line_start = ps->pos;
		}
	}
	/* Only the open paragraph is kept (before the mode is known, all of it). */
	win_drop(&ps->w, ps->open ? ps->pstart : ps->pos);
}

void
paras_end(struct paras *ps)
{
	if (ps->open) {
		if (ps->mode == PARAS_UNDECIDED)
			emit_lines(ps, ps->pstart, ps->pend);
		else
			emit(ps, ps->pstart, ps->pend, 0);
	}
	ps->open = 0;
}

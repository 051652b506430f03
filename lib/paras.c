#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "paras.h"
#include "tsv.h"

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
	ps->lf = xmalloc((WIN_PIECE / 2 + 1) * sizeof *ps->lf);
}

void
paras_free(struct paras *ps)
{
	win_free(&ps->w);
	free(ps->lf);
	ps->lf = NULL;
}

void
paras_begin(struct paras *ps)
{
	win_reset(&ps->w);
	ps->mode = ps->force;
	ps->pos = 0;
	ps->dirty = 0;
	ps->multi = 0;
	ps->open = 0;
	ps->pstart = ps->pend = 0;
	ps->line_start = 0;
	ps->line_has = 0;
	ps->line_first = 0;
	ps->wrap_width.chars = ps->wrap_width.bytes = 0;
	ps->prev_valid = 0;
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

static unsigned char
byte_at(const struct paras *ps, uint64_t off)
{
	return (unsigned char)*win_at(&ps->w, off);
}

/* The width of [s, e): in characters (no UTF-8 continuation byte), in bytes. */
static struct paras_width
width(const struct paras *ps, uint64_t s, uint64_t e)
{
	struct paras_width w = { 0, (size_t)(e - s) };
	const unsigned char *p = (const unsigned char *)win_at(&ps->w, s);
	size_t i;

	for (i = 0; i < w.bytes; i++)
		w.chars += (p[i] & 0xC0) != 0x80;
	return w;
}

/*
 * Would the first word of the line [s, e) have fitted after a line of
 * width prev and a space, in lines of at most widest?  Widths leave out
 * the blanks at the ends of lines, so that this is the rule of wrappers
 * that drop the space at a break and of fold -s, which keeps it but
 * wants room for the word and the space after it.  Counted in characters
 * and in bytes, as wrappers count either (fold(1) counts bytes): a line is
 * full when the word would not fit in one of the two.
 */
static int
word_fits(const struct paras *ps, struct paras_width prev, uint64_t s,
    uint64_t e, struct paras_width widest)
{
	const unsigned char *p = (const unsigned char *)win_at(&ps->w, s);
	size_t n = 0;
	struct paras_width word;

	while (n < e - s && !blank[p[n]])
		n++;
	word = width(ps, s, s + n);
	return prev.chars + 1 + word.chars <= widest.chars &&
	    prev.bytes + 1 + word.bytes <= widest.bytes;
}

static int
ends_with(const struct paras *ps, uint64_t s, uint64_t e, const char *tail,
    size_t k)
{
	return e - s >= k && memcmp(win_at(&ps->w, e - k), tail, k) == 0;
}

/*
 * [s, e) ends in . ! ? or an ellipsis, maybe inside closing quotes or
 * brackets and before no-break spaces.
 */
static int
ends_sentence(const struct paras *ps, uint64_t s, uint64_t e)
{
	for (;;) {
		if (e > s && strchr("\"')]", byte_at(ps, e - 1)) != NULL &&
		    byte_at(ps, e - 1) != 0)
			e--;
		else if (ends_with(ps, s, e, "\xe2\x80\x9d", 3) ||
		    ends_with(ps, s, e, "\xe2\x80\x99", 3))
			e -= 3;
		else if (ends_with(ps, s, e, "\xc2\xbb", 2) ||
		    ends_with(ps, s, e, "\xc2\xa0", 2))	/* », no-break space */
			e -= 2;
		else
			break;
	}
	if (e > s && strchr(".!?", byte_at(ps, e - 1)) != NULL &&
	    byte_at(ps, e - 1) != 0)
		return 1;
	return ends_with(ps, s, e, "\xe2\x80\xa6", 3);
}

/*
 * The next line in [*from, to): it starts at ls, and [s, e) is what it
 * holds, trimmed; moves *from past it.  Returns 0 when there is none.
 */
static int
next_line(const struct paras *ps, uint64_t *from, uint64_t to, uint64_t *ls,
    uint64_t *s, uint64_t *e)
{
	const char *p, *lf;

	if (*from >= to)
		return 0;
	p = win_at(&ps->w, *from);
	lf = memchr(p, '\n', (size_t)(to - *from));
	*ls = *s = *from;
	*e = lf ? *from + (uint64_t)(lf - p) : to;
	*from = lf ? *e + 1 : to;
	while (*s < *e && blank[(unsigned char)p[*s - *ls]])
		(*s)++;
	while (*e > *s && blank[(unsigned char)p[*e - 1 - *ls]])
		(*e)--;
	return 1;
}

/*
 * Are the lines of [from, to), none of them blank, hard-wrapped?  Yes
 * when they are at most a few hundred characters wide and, of the lines
 * that end no sentence (the last aside), more are full than short, and
 * at least two: full when the next line's first word would not have
 * fitted after it.  Text written with a line for each paragraph has lines
 * of very different widths, and those that end no sentence (a heading, a
 * caption, a lead-in) are short.  Returns the width of the widest line,
 * or 0.
 */
static struct paras_width
wrap_width_of(const struct paras *ps, uint64_t from, uint64_t to)
{
	static const struct paras_width none = { 0, 0 };
	uint64_t at = from, ls, s, e;
	struct paras_width w = none, widest = none;
	size_t n = 0, full = 0, open_short = 0;
	int sentence = 0;

	while (next_line(ps, &at, to, &ls, &s, &e)) {
		w = width(ps, s, e);
		if (w.chars > widest.chars)
			widest.chars = w.chars;
		if (w.bytes > widest.bytes)
			widest.bytes = w.bytes;
	}
	if (widest.chars < PARAS_WRAP_MIN || widest.chars > PARAS_WRAP_MAX)
		return none;
	for (at = from; next_line(ps, &at, to, &ls, &s, &e); n++) {
		if (n > 0 && !sentence && s == ls) {
			if (word_fits(ps, w, s, e, widest))
				open_short++;
			else
				full++;
		}
		w = width(ps, s, e);
		sentence = ends_sentence(ps, s, e);
	}
	return full >= 2 && full > open_short ? widest : none;
}

/* Does a paragraph of hard-wrapped text end before the line [s, e)? */
static int
wrap_breaks(const struct paras *ps, uint64_t s, uint64_t e, int indented)
{
	if (indented)
		return 1;
	if (!word_fits(ps, ps->prev_width, s, e, ps->wrap_width))
		return 0;	/* the line before is full: a wrap, not an end */
	/*
	 * A short line that ends no sentence goes on: the first line of an
	 * article is short when its header stood before it.
	 */
	return ps->prev_sentence;
}

/* The whole line [s, e) of hard-wrapped text, trimmed, was scanned. */
static void
wrap_line(struct paras *ps, uint64_t s, uint64_t e, int indented)
{
	if (ps->open && ps->prev_valid && wrap_breaks(ps, s, e, indented)) {
		emit(ps, ps->pstart, ps->prev_end, 0);
		ps->pstart = s;
	} else if (!ps->open) {
		ps->open = 1;
		ps->pstart = s;
	}
	ps->pend = e;
	ps->prev_valid = 1;
	ps->prev_width = width(ps, s, e);
	ps->prev_sentence = ends_sentence(ps, s, e);
	ps->prev_end = e;
}

/* The lines of [from, to) as hard-wrapped text; the last paragraph stays open. */
static void
emit_wrapped(struct paras *ps, uint64_t from, uint64_t to)
{
	uint64_t ls, s, e;

	ps->open = 0;
	ps->prev_valid = 0;
	while (next_line(ps, &from, to, &ls, &s, &e))
		if (s < e)
			wrap_line(ps, s, e, s > ls);
}

/* Non-blank bytes [first, last_end) of the current line were scanned. */
static void
content(struct paras *ps, uint64_t first, uint64_t last_end)
{
	if (!ps->open) {
		ps->open = 1;
		ps->pstart = first;
		ps->prev_valid = 0;
		ps->multi = 0;
	} else if (!ps->line_has)
		ps->multi = 1;
	if (!ps->line_has)
		ps->line_first = first;
	ps->pend = last_end;
	ps->line_has = 1;
}

static void
line_done(struct paras *ps)
{
	if (ps->mode == PARAS_WRAP && ps->line_has) {
		uint64_t s = ps->line_first > ps->pstart ?
		    ps->line_first : ps->pstart;

		if (ps->open)
			wrap_line(ps, s, ps->pend,
			    ps->line_first > ps->line_start);
	} else if (ps->mode == PARAS_LINE || !ps->line_has) {
		/* A line in line mode, or a blank line, ends a paragraph. */
		if (ps->mode == PARAS_UNDECIDED)
			ps->mode = PARAS_BLANK;
		if (ps->open)
			emit(ps, ps->pstart, ps->pend, 0);
		ps->open = 0;
	}
	ps->line_has = 0;
}

/*
 * No blank line in the first cap bytes: the complete lines held are
 * hard-wrapped text or a line for each paragraph.  Either way they are
 * written but for the paragraph the current line may still belong to.
 */
static void
decide_at_cap(struct paras *ps)
{
	uint64_t end = ps->pend;

	if (ps->open && ps->pstart < ps->line_start)
		ps->wrap_width = wrap_width_of(ps, ps->pstart, ps->line_start);
	if (ps->wrap_width.chars > 0) {
		ps->mode = PARAS_WRAP;
		emit_wrapped(ps, ps->pstart, ps->line_start);
		if (ps->line_has)
			ps->pend = end;
		return;
	}
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

/* Has the word x a byte below 0x21, which every blank is? */
static int
has_low_byte(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101u;

	return ((x - ones * 0x21) & ~x & ones * 0x80) != 0;
}

/*
 * The largest c in (lo, hi] with a blank at c - 1, or lo if there is none.
 * Eight bytes at a time, since a line with no space would otherwise cost
 * a byte loop over the whole cap for every piece cut from it.
 */
static uint64_t
after_last_blank(const struct paras *ps, uint64_t lo, uint64_t hi)
{
	const unsigned char *p = (const unsigned char *)win_at(&ps->w, lo);
	size_t n = (size_t)(hi - lo);
	uint64_t x;

	while (n > 0) {
		if (n >= 8) {
			memcpy(&x, p + n - 8, 8);
			if (!has_low_byte(x)) {
				n -= 8;
				continue;
			}
		}
		if (blank[p[n - 1]])
			break;
		n--;
	}
	return lo + n;
}

/* Holding more than the cap: decide the mode, or cut a piece. */
static void
over_cap(struct paras *ps)
{
	uint64_t lim, c;

	if (ps->mode == PARAS_UNDECIDED)
		decide_at_cap(ps);
	if (ps->open && ps->pos - ps->pstart > ps->cap)
		ps->prev_valid = 0;	/* the current line goes on the cut one */
	while (ps->open && ps->pos - ps->pstart > ps->cap) {
		lim = ps->pstart + ps->cap;
		c = after_last_blank(ps, ps->pstart, lim);
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

static void scan(struct paras *ps, const uint32_t *lfs, size_t nlf);

void
paras_feed(struct paras *ps, const char *p, size_t n)
{
	win_append(&ps->w, p, n);
	ps->dirty = ps->w.base + ps->w.len;	/* not looked at */
	scan(ps, NULL, 0);
}

void
paras_feed_esc(struct paras *ps, const char *p, size_t n, int *pending)
{
	char *d = win_room(&ps->w);
	size_t mark, nlf, m = tsv_unescape_lines(d, p, n, pending, &mark,
	    ps->lf, &nlf);

	if (mark > 0)
		ps->dirty = ps->w.base + ps->w.len + mark;
	win_append(&ps->w, d, m);
	scan(ps, nlf == TSV_LF_UNKNOWN ? NULL : ps->lf, nlf);
}

/*
 * The lines of what was appended to the window since the last scan; lfs,
 * when not NULL, holds the offsets of all nlf LFs in it, from its start.
 */
static void
scan(struct paras *ps, const uint32_t *lfs, size_t nlf)
{
	uint64_t end = ps->w.base + ps->w.len, from = ps->pos;
	size_t li = 0;

	while (ps->pos < end) {
		const char *s = win_at(&ps->w, ps->pos);
		/* An empty line, as between paragraphs, needs no search. */
		const char *lf = lfs != NULL ? (li < nlf ?
		    win_at(&ps->w, from + lfs[li++]) : NULL) : *s == '\n' ? s :
		    memchr(s, '\n', (size_t)(end - ps->pos));
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
	if (ps->open && ps->mode == PARAS_UNDECIDED) {
		ps->wrap_width = wrap_width_of(ps, ps->pstart, ps->pend);
		if (ps->wrap_width.chars == 0) {
			emit_lines(ps, ps->pstart, ps->pend);
			ps->open = 0;
			return;
		}
		ps->mode = PARAS_WRAP;
		emit_wrapped(ps, ps->pstart, ps->pend);
	} else if (ps->mode == PARAS_WRAP && ps->line_has)
		line_done(ps);		/* a last line without its LF */
	if (ps->open)
		emit(ps, ps->pstart, ps->pend, 0);
	ps->open = 0;
}

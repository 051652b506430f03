/*
 * Pairing quotation marks.  One pass over the text keeps a stack of open
 * quotations and a queue of quotations in order of their opening marks;
 * a quotation leaves the queue once it is decided (closed and looked past,
 * or found unclosed), and is then given its speaker (sieves.c) and
 * emitted.  Marks are told apart from apostrophes by what stands on
 * either side of them, so missing spaces (is“one) do not matter; what
 * each mark may open and close is its row in marks.c.
 */
#include <string.h>

#include "marks.h"
#include "qgender.h"
#include "quotes.h"
#include "scan.h"
#include "speaker.h"
#include "utf8.h"

/* Before a mark: space-like, so the mark may open a quotation. */
static int
left_space(int32_t c)
{
	return c == CP_EDGE || u8_isspace(c) || c == '(' || c == '[' ||
	    c == '{' || c == '/' || qx_dash(c) || qm_is_mark(c);
}

/*
 * The ASCII punctuation after a mark that lets it close, and its bytes
 * as a table (run_init).
 */
static const char close_before[] = ".,;:!?)]}";
static unsigned char closes_before[128];

/* After a mark: space-like, so the mark may close a quotation. */
static int
right_space(int32_t c)
{
	if (c == CP_EDGE || u8_isspace(c) || qm_is_mark(c) || qx_dash(c))
		return 1;
	if (c < 0x80 && c >= 0)
		return closes_before[c];
	return c == 0x2026;	/* … */
}

/*
 * Does the text at p (n bytes, right after an apostrophe-like mark) start
 * with an elided word or a two-digit year ('90s, '22)?
 */
static int
elided(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i;
	int32_t c;

	for (i = 0; i < n && tk_alpha(u[i]); i++)
		;
	if (i > 0 && qw_in(QW_ELISION, p, i)) {
		if (i == n)
			return 1;
		u8_decode(u + i, n - i, &c);
		return !u8_isalnum(c);
	}
	for (i = 0; i < n && tk_digit(u[i]); i++)
		;
	return i == 2 && (i == n || u[i] == 's' || !tk_alpha(u[i]));
}

/* Is e one of a crowd of quotations (quotes.h, QX_CROWD)? */
static int
crowded(struct qx *x, const struct qx_view *v, const struct qx_ent *e)
{
	unsigned long i;
	uint64_t first;

	if (x->crowd_rec != v->rec) {
		x->crowd_rec = v->rec;
		x->crowd_n = 0;
	}
	i = x->crowd_n++ % QX_CROWD;
	first = x->crowd[i];
	x->crowd[i] = e->start;
	return x->crowd_n > QX_CROWD && e->start >= first &&
	    e->start - first < QX_CROWD_SPAN;
}

static void
emit_ent(struct qx *x, const struct qx_view *v, const struct qx_ent *e)
{
	struct toks ts;
	struct qx_quote q;
	struct spk sp = { 0, 0, 0, 0 };
	int after;

	q.start = e->start;
	q.end = e->end;
	q.depth = e->depth;
	q.unclosed = e->state != QE_CLOSED;
	q.spk = "";
	q.spk_len = 0;
	ts.n = 0;
	after = 0;
	if (!crowded(x, v, e))
		spk_search(&sp, x, v, e, &ts, &after);
	if (e->depth == 0) {
		x->lq_chain = sp.found && sp.s == x->lsp_s &&
		    sp.e == x->lsp_e && x->lq_found ? x->lq_chain + 1 : 0;
		x->lq_found = sp.found && e->state == QE_CLOSED;
		x->lsp_ok = after;
		x->lsp_s = sp.s;
		x->lsp_e = sp.e;
		x->lsp_named = sp.named;
		x->lafter = e->after;
	}
	if (sp.found) {
		q.spk = v->buf + (sp.s - v->base);
		q.spk_len = (size_t)(sp.e - sp.s);
	}
	q.person = "";
	q.person_len = 0;
	if (x->opt.pronoun && e->depth == 0)
		pr_person(x, v, e, &sp, &q, &ts);
	v->emit(v->ctx, &q);
}

/* The queue and the stack. */

static struct qx_ent *
ent(struct qx *x, unsigned long seq)
{
	return &x->q[seq % QX_QMAX];
}

/* Emit or drop the decided quotations at the head of the queue. */
static void
drain(struct qx *x, const struct qx_view *v, int force)
{
	while (x->qfirst != x->qnext) {
		struct qx_ent *e = ent(x, x->qfirst);

		if (e->state == QE_OPEN)
			break;
		if (e->state == QE_CLOSED && !v->final && !force &&
		    x->pbreak < e->after && x->pos < e->after + QX_AHEAD)
			break;
		if ((e->depth == 0 || x->opt.nested) &&
		    (e->state == QE_CLOSED || x->opt.unclosed))
			emit_ent(x, v, e);
		x->qfirst++;
		force = 0;
	}
}

/* The innermost open quotation is unclosed: it ends at end. */
static void
fail_top(struct qx *x, uint64_t end)
{
	unsigned long seq = x->stk[--x->sp], s;
	struct qx_ent *e = ent(x, seq);

	e->state = QE_FAILED;
	e->end = end > e->start ? end : e->start;
	if (x->opt.unclosed)
		return;
	/* Not reported: what it held moves up a level. */
	for (s = seq + 1; s != x->qnext; s++)
		if (ent(x, s)->depth > e->depth)
			ent(x, s)->depth--;
}

static void
fail_all(struct qx *x, uint64_t end)
{
	if (x->pending) {
		/* It ended with its own paragraph. */
		x->pending = 0;
		end = x->pend_end;
	}
	while (x->sp > 0)
		fail_top(x, end);
}

static void
close_at(struct qx *x, int level, uint64_t off, size_t l)
{
	struct qx_ent *e;

	while (x->sp > level + 1)
		fail_top(x, off);
	e = ent(x, x->stk[--x->sp]);
	e->state = QE_CLOSED;
	e->end = off;
	e->after = off + l;
	x->close_end = off + l;
}

static void
open_at(struct qx *x, const struct qx_view *v, int32_t c, uint64_t off,
    size_t l)
{
	struct qx_ent *e;

	if (x->sp == QX_DEPTH)
		return;
	if (x->qnext - x->qfirst == QX_QMAX) {
		/* Full: emit the oldest with what look-ahead there is. */
		drain(x, v, 1);
		if (x->qnext - x->qfirst == QX_QMAX)
			return;
	}
	e = ent(x, x->qnext);
	e->mark = off;
	e->start = e->end = e->after = off + l;
	e->open = c;
	e->depth = x->sp;
	e->state = QE_OPEN;
	x->stk[x->sp++] = x->qnext++;
}

/*
 * After "s" and an apostrophe that could close a long quotation: is the
 * next word a noun the apostrophe makes a plural's possessive of ('We
 * never stopped believing. The fans' support was unbelievable,')?  It is
 * taken as one where a lower-case word follows that is none of the words
 * that follow a closing mark (a reporting verb, a pronoun, an article, a
 * function word) and is not itself followed by a reporting verb (’
 * officials said).  Only QX_MARK_AHEAD - 4 bytes are looked at, however
 * many the window holds, so that pieces and whole text agree; a word cut
 * there counts as no word.
 */
static int
possessive_after(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i, j;

	if (n > QX_MARK_AHEAD - 4)
		n = QX_MARK_AHEAD - 4;
	if (n < 3 || u[0] != ' ' || u[1] < 'a' || u[1] > 'z')
		return 0;
	for (i = 1; i < n && tk_alpha(u[i]); i++)
		;
	if (i == n || qw_in(QW_VERB | QW_STOP | QW_PRONOUN | QW_PREP |
	    QW_DET | QW_ADVERB, p + 1, i - 1))
		return 0;
	if (i + 1 < n && u[i] == ' ') {
		for (j = i + 1; j < n && tk_alpha(u[j]); j++)
			;
		if (j < n && qw_in(QW_VERB, p + i + 1, j - i - 1))
			return 0;
	}
	return 1;
}

/*
 * Is the mark at off the second apostrophe of "rock ’n’ roll": an "n"
 * before it, an apostrophe before that, and a blank or the start before
 * that?  Only the window's bytes before off are looked at.
 */
static int
ends_n_elision(const struct qx_view *v, uint64_t off)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t i = (size_t)(off - v->base), a;
	const struct qm_row *m;
	int32_t c;

	if (i < 2 || (p[i - 1] | 0x20) != 'n')
		return 0;
	a = i - 1 - u8_decode_back(p, i - 1, &c);
	if ((m = qm_find(c)) == NULL || !m->apos)
		return 0;
	return a == 0 || p[a - 1] == ' ' || p[a - 1] == '\t';
}

/* A mark as the scan meets it. */
struct mark_at {
	const struct qm_row *m;
	int32_t c;		/* its code point */
	uint64_t off;		/* where it stands */
	size_t l;		/* its bytes */
	int32_t prev, next;	/* the code points around it */
	int closeish;		/* after text: it may close */
	int openish;		/* before text: it may open */
	const char *after;	/* the bytes after it, for a look ahead */
	size_t avail;
};

/* May the mark close the quotation at level lvl, which it may close how? */
static int
closes_here(const struct qx *x, const struct qx_view *v,
    const struct mark_at *k, int lvl, int how)
{
	if (how == 2)
		return k->closeish && !k->openish;
	switch (k->m->close) {
	case QC_APOS:
		return k->closeish && !u8_isalnum(k->next) &&
		    !(k->prev == 's' && k->off - x->q[x->stk[lvl] %
		    QX_QMAX].start >= 24 && possessive_after(k->after,
		    k->avail)) && !ends_n_elision(v, k->off);
	case QC_STRAIGHT:
		return k->closeish || !k->openish;	/* " we win " */
	case QC_AFTER_TEXT:
		return k->closeish;
	default:
		return 1;
	}
}

/* May the mark open a quotation where it stands? */
static int
opens_here(const struct mark_at *k)
{
	switch (k->m->open) {
	case QO_ALWAYS:
		break;
	case QO_UNLESS_CLOSER:
		if (!k->openish && k->closeish)
			return 0;
		break;
	case QO_BETWEEN:
		if (!k->openish || !left_space(k->prev))
			return 0;
		break;
	case QO_BEFORE_TEXT:
		if (!k->openish)
			return 0;
		break;
	default:
		return 0;	/* 」 』 never open */
	}
	return !k->m->apos || (!u8_isalnum(k->prev) &&
	    !elided(k->after, k->avail));
}

/*
 * A quotation carried into this paragraph without a reopening mark: only
 * a plain closer as the paragraph's first mark ends it here (not one that
 * may be an apostrophe: the ministers’); anything else shows it was
 * unclosed after all.  Returns 1 when the mark closed it.
 */
/*
 * It is a”major step”: feeds type a closing-style ” glued to the word
 * before to open, where no quotation is open to close and a letter
 * follows.
 */
static int
glued_open(const struct qx *x, const struct mark_at *k)
{
	return k->c == 0x201D && x->sp == 0 && u8_isalnum(k->prev) &&
	    k->next < 0x80 && k->next >= 0 && tk_alpha((unsigned char)k->next);
}

static int
pending_mark(struct qx *x, const struct mark_at *k)
{
	if (qm_closes(ent(x, x->stk[0])->open, k->c) && k->closeish &&
	    !k->openish && !k->m->apos) {
		x->pending = 0;
		close_at(x, 0, k->off, k->l);
		return 1;
	}
	fail_all(x, k->off);
	return 0;
}

/* A mark c of l bytes at off, between the code points prev and next. */
static void
mark(struct qx *x, const struct qx_view *v, int32_t c, uint64_t off,
    size_t l, int32_t prev, int32_t next)
{
	struct mark_at k;
	int lvl, how;

	k.m = qm_find(c);
	k.c = c;
	k.off = off;
	k.l = l;
	k.prev = prev;
	k.next = next;
	/*
	 * After text it may close; so it may right after a mark that closed
	 * a quotation: “A ‘B “C”’” closes three, the ’ one level out.
	 */
	k.closeish = !left_space(prev) || off == x->close_end;
	/* '"Go home," he told me,' she said: before another family's mark */
	k.openish = !right_space(next) || (!k.closeish && qm_is_mark(next) &&
	    qm_find(next) != NULL && qm_find(next)->family != k.m->family);
	k.after = v->buf + (off + l - v->base);
	k.avail = (size_t)(v->base + v->len - (off + l));
	/* it's, o'clock, Ukrayins'ka: inside a word it is an apostrophe. */
	if (k.m->apos && u8_isalnum(prev) && u8_isalnum(next))
		return;
	if (x->pending && pending_mark(x, &k))
		return;
	for (lvl = x->sp - 1; lvl >= 0; lvl--) {
		how = qm_closes(ent(x, x->stk[lvl])->open, c);
		if (how == 0 && k.m->apos)
			break;	/* an apostrophe closes only the top */
		if (how == 0)
			continue;
		if (!closes_here(x, v, &k, lvl, how))
			break;
		close_at(x, lvl, off, l);
		return;
	}
	if (opens_here(&k) || glued_open(x, &k))
		open_at(x, v, c, off, l);
}

/*
 * Is c, ended at p[j], an apostrophe inside a word, between x->prev and
 * an ASCII letter or digit: it's, Qatar’s?  mark() passes over such a
 * one first thing; the scan tells it before decoding what follows.
 */
static int
inner_apostrophe(const struct qx *x, const unsigned char *p, size_t j,
    size_t len, int32_t c)
{
	const struct qm_row *m = qm_find(c);

	return m != NULL && m->apos && !x->in_ws && j < len && p[j] < 0x80 &&
	    u8_isalnum(p[j]) && u8_isalnum(x->prev);
}

/*
 * u8_decode with ASCII and U+2000 to U+203F (E2 80 xx: the curly marks,
 * the dashes) in line: most of what the scan decodes.
 */
static inline size_t
scan_decode(const unsigned char *p, size_t n, int32_t *c)
{
	if (p[0] < 0x80) {
		*c = p[0];
		return 1;
	}
	if (n >= 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] & 0xC0) == 0x80) {
		*c = 0x2000 + (p[2] & 0x3F);
		return 3;
	}
	return u8_decode(p, n, c);
}

/* Does the mark c reopen the outermost open quotation? */
static int
reopens(const struct qx *x, int32_t c)
{
	return x->sp > 0 && qm_reopens(x->q[x->stk[0] % QX_QMAX].open, c);
}

/*
 * A line starts with c, after a blank line when para, else after a single
 * line break; the text before it ended at end.  A quotation still open
 * goes on where the line opens with a mark of its family, as newspapers
 * mark a quotation that runs over paragraphs.  Otherwise, after a blank
 * line, it is pending: feeds also drop the reopening mark, so it goes on
 * if the first mark of the new paragraph closes it, and else ended
 * unclosed with the paragraph before.  Returns 1 when c was taken as the
 * reopening mark.
 */
static int
line_start(struct qx *x, int32_t c, uint64_t end, int para)
{
	if (para) {
		x->pbreak = end;
		if (x->pending)
			fail_all(x, end);
	}
	if (!x->pending && reopens(x, c)) {
		while (x->sp > 1)
			fail_top(x, end);
		return 1;
	}
	if (para && x->sp > 0) {
		/* Maybe closed in this paragraph with no mark to reopen. */
		while (x->sp > 1)
			fail_top(x, end);
		x->pending = 1;
		x->pend_end = end;
	}
	return 0;
}

/*
 * Markup in the text, such as <tweet id="6721" author="@x">: a tag holds
 * no quotation, so its marks are passed over.  A tag is < and a letter,
 * / or !, up to the next > within QX_TAGMAX bytes on the same line with
 * no < between; anything else is text (a < b, <3).  Returns the tag's
 * length from p[i], 0 for no tag, or -1 when the window ends before that
 * is known (final: the text ends there, so no tag).
 */
static long
markup_len(const unsigned char *p, size_t i, size_t len, int final)
{
	size_t j;

	if (i + 1 >= len)
		return final ? 0 : -1;
	if (!tk_alpha(p[i + 1]) && p[i + 1] != '/' && p[i + 1] != '!')
		return 0;
	for (j = i + 1; j < len && j - i < QX_TAGMAX; j++) {
		if (p[j] == '>')
			return (long)(j + 1 - i);
		if (p[j] == '<' || p[j] == '\n')
			return 0;
	}
	return j < len || final ? 0 : -1;
}

/*
 * Bytes that end a run of plain ones: LF, the marks' ASCII bytes, the <
 * that may open markup, other control bytes and anything non-ASCII.  Plain bytes (letters, digits,
 * other punctuation, blanks but LF) need no look, and most text is long
 * runs of them.  Derived from the marks' table by run_init().
 */
static unsigned char run_end[256];
static struct scan_set marks_set;	/* the marks' ASCII bytes, coarse */
static int run_built;

static int
run_init(void)
{
	int b, nb = 0;

	if (run_built)
		return 0;
	for (b = 0; close_before[b] != '\0'; b++)
		closes_before[(unsigned char)close_before[b]] = 1;
	for (b = 0; b < 256; b++) {
		run_end[b] = b >= 0x80 || (b < 0x20 && b != '\t' &&
		    b != '\v' && b != '\f' && b != '\r') ||
		    qm_ascii((unsigned char)b) || b == '<';
		if (b < 0x80 && (qm_ascii((unsigned char)b) || b == '<')) {
			if (nb == 4)
				return -1;	/* scan_set holds four */
			marks_set.bytes[nb++] = (unsigned char)b;
		}
	}
	if (nb == 0)
		return -1;
	while (nb < 4) {
		marks_set.bytes[nb] = marks_set.bytes[nb - 1];
		nb++;
	}
	marks_set.coarse = 1;
	marks_set.stop = run_end;
	run_built = 1;
	return 0;
}

int
qx_tables(void)
{
	return qw_init() != 0 || qm_init() != 0 || run_init() != 0 ||
	    qg_init() != 0 ? -1 : 0;
}

void
qx_init(struct qx *x, const struct qx_opts *opt)
{
	/* The tables are constant: the unit test proves this succeeds. */
	(void)qx_tables();
	memset(x, 0, sizeof *x);
	x->opt = *opt;
	if (x->opt.cap == 0)
		x->opt.cap = (size_t)1 << 20;
	qx_reset(x);
}

void
qx_reset(struct qx *x)
{
	x->pos = 0;
	x->prev = CP_EDGE;
	x->in_ws = 0;
	x->nl = 0;
	x->ws_start = 0;
	x->pbreak = 0;
	x->close_end = UINT64_MAX;
	x->pending = 0;
	x->lsp_ok = 0;
	x->lq_found = 0;
	x->lq_chain = 0;
	x->qfirst = x->qnext = 0;
	x->sp = 0;
	x->namelen = 0;
	x->personlen = 0;
	x->pr_asis = 0;
	x->pr_next = 0;
	x->pr_seen = 0;
	x->pr_after = 0;
	x->tok_rec = tk_record();
}

/* The end of the run of plain bytes that starts at p[i], before p[end]. */
static size_t
plain_end(const unsigned char *p, size_t i, size_t end)
{
	return i + scan_plain((const char *)p + i, end - i, &marks_set);
}

static int
blank_byte(unsigned char b)
{
	return b == ' ' || b == '\t' || b == '\r' || b == '\v' || b == '\f';
}

/*
 * Pass the run of plain bytes at p[i, j), as the character loop would:
 * no LF, so no line starts; the last byte becomes prev and a trailing run
 * of blanks the current white space.
 */
static void
skip_run(struct qx *x, const unsigned char *p, uint64_t base, size_t i,
    size_t j)
{
	size_t k = j;
	uint64_t cap_at;

	if (x->sp > 0) {
		/* The first byte past the cap makes the quotation unclosed. */
		cap_at = x->q[x->stk[0] % QX_QMAX].start + x->opt.cap + 1;
		if (cap_at < base + j)
			fail_all(x, cap_at > base + i ? cap_at : base + i);
	}
	while (k > i && blank_byte(p[k - 1]))
		k--;
	if (k == j)
		x->in_ws = 0;
	else if (k > i || !x->in_ws) {
		x->in_ws = 1;
		x->nl = 0;
		x->ws_start = base + k;
	}
	x->prev = p[j - 1];
	x->pos = base + j;
}

uint64_t
qx_scan(struct qx *x, const char *win, uint64_t base, size_t len, int final,
    qx_emit_fn *emit, void *ctx)
{
	const unsigned char *p = (const unsigned char *)win;
	uint64_t stop = base + len, keep, safe;
	struct qx_view v;

	v.buf = win;
	v.base = base;
	v.len = len;
	v.emit = emit;
	v.ctx = ctx;
	v.final = final;
	v.rec = x->tok_rec;
	v.tc = &x->tc;
	/* Leave room to see a mark and the word after it (QX_MARK_AHEAD). */
	if (!final)
		stop = len > QX_MARK_AHEAD ? base + len - QX_MARK_AHEAD : base;
	if (x->pos < base)
		x->pos = base;
	while (x->pos < stop) {
		size_t i = (size_t)(x->pos - base), l;
		int32_t c, next, pair;
		uint64_t off = x->pos;
		long tag;

		if (!run_end[p[i]] && !(x->in_ws && x->nl > 0)) {
			size_t j = plain_end(p, i + 1, (size_t)(stop - base));

			skip_run(x, p, base, i, j);
			drain(x, &v, 0);
			continue;
		}
		/* an LF or an ASCII mark most often: no decoding */
		pair = 0;
		if (p[i] < 0x80) {
			c = p[i];
			l = 1;
			if (i + 1 < len && (pair = qm_pair(p[i], p[i + 1])) != 0)
				c = pair, l = 2;
		} else
			l = scan_decode(p + i, len - i, &c);
		x->pos += l;
		/* Open longer than the cap: unclosed (blanks count too). */
		if (x->sp > 0 && off - ent(x, x->stk[0])->start > x->opt.cap)
			fail_all(x, off);
		/* `` and '' are no apostrophe */
		if (pair == 0 && inner_apostrophe(x, p, i + l, len, c)) {
			x->prev = c;
			drain(x, &v, 0);
			continue;
		}
		if (u8_isspace(c)) {
			if (!x->in_ws) {
				x->in_ws = 1;
				x->nl = 0;
				x->ws_start = off;
			}
			if (c == '\n')
				x->nl++;
			x->prev = c;
			continue;
		}
		if (x->in_ws) {
			x->in_ws = 0;
			if (x->nl > 0 && line_start(x, c, x->ws_start,
			    x->nl >= 2)) {
				x->prev = c;
				continue;
			}
		}
		if (c == '<' && (tag = markup_len(p, i, len, final)) != 0) {
			/* Wait for the rest of the tag, or pass over it. */
			x->pos = tag < 0 ? off : off + (uint64_t)tag;
			if (tag < 0)
				break;
			drain(x, &v, 0);
			continue;
		}
		if (qm_is_mark(c)) {
			if (i + l < len)
				scan_decode(p + i + l, len - i - l, &next);
			else
				next = CP_EDGE;
			mark(x, &v, c, off, l, x->prev, next);
		}
		x->prev = c;
		drain(x, &v, 0);
	}
	if (final) {
		fail_all(x, x->in_ws ? x->ws_start : x->pos);
		drain(x, &v, 0);
		return base + len;
	}
	drain(x, &v, 0);
	safe = x->pos;
	if (x->qfirst != x->qnext && ent(x, x->qfirst)->mark < safe)
		safe = ent(x, x->qfirst)->mark;
	keep = safe > base + QX_BEHIND ? safe - QX_BEHIND : base;
	/* -p: the names of the text the window lets go */
	if (x->opt.pronoun && safe > x->pr_seen) {
		v.rec = 0;	/* text behind the cache's: not kept */
		pr_learn(x, &v, keep, safe);
	}
	return keep;
}

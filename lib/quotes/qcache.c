/*
 * The token cache.  The speaker search asks for the tokens of stretches
 * of text that overlap: each quotation's sentence up to its mark, the
 * sentence after it (up to three times), the text since the last
 * quotation; where quotations are dense, tens of them share one
 * sentence.  So the tokens of one stretch of the record are kept, read
 * once, in a ring, and a request takes them from there.  Only the tokens
 * at a request's two ends are read again: at its start, until the
 * tokenizer started there meets a kept token (both stand at the start of
 * the same token then, with no blank run behind them, and go on alike);
 * at its end, the tokens whose reading went past it (struct tok's
 * look).  The answer is the one tk_fresh gives, whatever was asked
 * before.
 *
 * Each extractor has its cache (struct qx's tc, which its views point
 * to): it holds the tokens of one record (struct qx_view's rec), and a
 * request of another is answered after it is emptied.  Its size is a
 * constant.
 */
#include <limits.h>
#include <string.h>

#include "toks.h"
#include "utf8.h"

#define TC_GAP 64	/* the text read to join a request on */
#define TC_EDGE 64	/* tokens read again at either end at most */
#define TC_LOOK 8	/* the most a token's look can be */

/*
 * The cache of the request being answered, its view's: set by
 * tokenize(), which no other request interrupts.
 */
static struct tk_cache *tc;

static unsigned long records;

unsigned long
tk_record(void)
{
	return ++records;
}

static uint64_t
tk_read_end(const struct tok *t)
{
	return t->e + t->look;
}

static struct tok *
tc_at(unsigned long k)
{
	return &tc->t[k % TC_MAX];
}

/* Copy the n kept tokens from k on to dst: two runs at most. */
static void
tc_copy_out(struct tok *dst, unsigned long k, int n)
{
	size_t at = k % TC_MAX, m = (size_t)n;

	if (m > TC_MAX - at)
		m = TC_MAX - at;
	memcpy(dst, &tc->t[at], m * sizeof *dst);
	memcpy(dst + m, &tc->t[0], ((size_t)n - m) * sizeof *dst);
}

/* Keep the n tokens src at k on. */
static void
tc_copy_in(unsigned long k, const struct tok *src, int n)
{
	size_t at = k % TC_MAX, m = (size_t)n;

	if (m > TC_MAX - at)
		m = TC_MAX - at;
	memcpy(&tc->t[at], src, m * sizeof *src);
	memcpy(&tc->t[0], src + m, ((size_t)n - m) * sizeof *src);
}

static void
tc_reset(unsigned long rec, uint64_t at)
{
	tc->rec = rec;
	tc->lo = tc->pos = at;
	tc->nl = 0;
	/* room to read back before them: tc_prepend counts down */
	tc->first = tc->next = ULONG_MAX / 2;
}

/*
 * Keep the tokens on from tc->pos that start before upto, and whose
 * reading stayed before the window's end, which makes them the same
 * whatever text comes after it.
 */
static void
tc_extend(const struct qx_view *v, uint64_t upto)
{
	size_t i = (size_t)(tc->pos - v->base);
	int nl = tc->nl, max, k, stopped = 0;
	unsigned long at;

	while (tc->pos < upto && !stopped) {
		/* full: the oldest goes for each token read */
		if (tc->next - tc->first == TC_MAX) {
			tc->lo = tc_at(tc->first++)->e;
			max = 1;
		} else {
			at = tc->next % TC_MAX;
			max = (int)(TC_MAX - (tc->next - tc->first));
			if ((unsigned long)max > TC_MAX - at)
				max = (int)(TC_MAX - at);
		}
		k = tk_read(tc_at(tc->next), max, v, &i, &nl, upto, &stopped);
		if (k > 0) {
			tc->next += (unsigned long)k;
			tc->pos = v->base + i;
			tc->nl = nl;
		}
	}
}

/*
 * The tokens of [from, tc->lo), read before the kept ones: 1 where the
 * tokenizer started at from meets the first kept token that is no
 * paragraph break (the ones before it go), 0 where it does not.
 */
static int
tc_prepend(const struct qx_view *v, uint64_t from)
{
	struct tok *pre = tc->pre;
	size_t i = (size_t)(from - v->base);
	unsigned long k = tc->first;
	int n = 0, nl = 0;

	while (k < tc->next && tc_at(k)->kind == TK_PARA)
		k++;
	if (k == tc->next)
		return 0;
	while (n < TC_MAX / 2 && tk_step(&pre[n], v, &i, v->len, &nl)) {
		if (pre[n].s >= tc_at(k)->s)
			break;
		n++;
	}
	if (n == TC_MAX / 2 || pre[n].s != tc_at(k)->s ||
	    pre[n].kind == TK_PARA)
		return 0;
	/* room before the kept ones: the newest go where there is none */
	tc->first = k;
	if (tc->next - tc->first + (unsigned long)n > TC_MAX) {
		tc->next = tc->first + TC_MAX - (unsigned long)n;
		tc->pos = tc_at(tc->next - 1)->e;
		tc->nl = tc_at(tc->next - 1)->kind == TK_PARA ? 2 : 0;
	}
	while (n > 0)
		*tc_at(--tc->first) = pre[--n];
	tc->lo = from;
	return 1;
}

/*
 * Make the kept tokens the ones of a stretch that a request for [from,
 * to) joins: 0 where it lies before them all, and is better read apart.
 */
static int
tc_fit(const struct qx_view *v, uint64_t from, uint64_t to)
{
	if (tc->rec != v->rec || tc->pos < v->base || from > tc->pos + TC_GAP) {
		tc_reset(v->rec, from);
		return 1;
	}
	if (to <= tc->lo)
		return 0;
	if (from < tc->lo && !tc_prepend(v, from))
		tc_reset(v->rec, from);
	else if (from > tc->pos)
		tc_extend(v, from);
	/* the gap could not be read: the window ends before from */
	if (from > tc->pos)
		tc_reset(v->rec, from);
	return 1;
}

/* The first kept token that starts at or after at. */
static unsigned long
tc_find(uint64_t at)
{
	unsigned long lo = tc->first, hi = tc->next, m;

	while (lo < hi) {
		m = lo + (hi - lo) / 2;
		if (tc_at(m)->s < at)
			lo = m + 1;
		else
			hi = m;
	}
	return lo;
}

/*
 * The first kept token from k whose reading went to or past to: the
 * tokens before it are the ones a tokenizer that stops at to reads.  A
 * token reads TC_LOOK bytes past its end at most.
 */
static unsigned long
tc_stable_end(unsigned long k, uint64_t to)
{
	unsigned long lo = k, hi = tc->next, m;

	while (lo < hi) {
		m = lo + (hi - lo) / 2;
		if (tc_at(m)->e + TC_LOOK <= to)
			lo = m + 1;
		else
			hi = m;
	}
	while (lo < tc->next && tk_read_end(tc_at(lo)) <= to)
		lo++;
	return lo;
}

/* A request: its three parts, the middle one kept tokens. */
struct req {
	const struct qx_view *v;
	uint64_t to;
	size_t i;		/* the tokenizer at the start or the end */
	int nl;
	struct tok pre[TC_EDGE], suf[TC_EDGE];
	int npre, nsuf;
	unsigned long a0;	/* the first kept token it takes */
	unsigned long a, b;	/* the kept tokens [a, b) */
};

/*
 * Is [from, to) ASCII blanks with one line feed at most, which the
 * tokenizer passes over without a paragraph break?
 */
static int
blanks(const struct qx_view *v, uint64_t from, uint64_t to)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t i = (size_t)(from - v->base), end = (size_t)(to - v->base);
	int nl = 0;

	for (; i < end; i++) {
		if (p[i] >= 0x80 || !(u8_ascii[p[i]] & U8_SPACE))
			return 0;
		if (p[i] == '\n' && ++nl == 2)
			return 0;
	}
	return 1;
}

/*
 * Read from the request's start until a token is one kept, r->a: 1; 0
 * where the answer ended before, all of it in r->pre; -1 where neither
 * came within TC_EDGE tokens.
 */
static int
req_start(struct req *r, uint64_t from, int mode)
{
	unsigned long a = tc_find(from);
	struct tok *t;

	r->i = (size_t)(from - r->v->base);
	r->nl = 0;
	r->npre = 0;
	/* blanks with one line feed at most, then the kept token: met */
	if (a < tc->next && tc_at(a)->kind != TK_PARA &&
	    tk_read_end(tc_at(a)) <= r->to && blanks(r->v, from, tc_at(a)->s)) {
		r->a0 = a;
		return 1;
	}
	for (; r->npre < TC_EDGE; r->npre++) {
		t = &r->pre[r->npre];
		if (!tk_step(t, r->v, &r->i, (size_t)(r->to - r->v->base),
		    &r->nl))
			return 0;
		if (t->kind != TK_PARA) {
			while (a < tc->next && tc_at(a)->s < t->s)
				a++;
			if (a < tc->next && tc_at(a)->s == t->s &&
			    tc_at(a)->kind != TK_PARA &&
			    tk_read_end(tc_at(a)) <= r->to) {
				r->a0 = a;
				return 1;
			}
		}
		if (mode == TK_FIRST && tk_stops(t)) {
			r->npre++;
			return 0;
		}
	}
	return -1;
}

/* The tokenizer where the kept token k leaves it. */
static void
req_resume(struct req *r, unsigned long k)
{
	const struct tok *t = tc_at(k);

	r->i = (size_t)(t->e - r->v->base);
	/* after a paragraph break, the run's second line feed */
	r->nl = t->kind == TK_PARA ? 2 : 0;
}

/* Where the request's last token ends. */
static uint64_t
req_end(const struct req *r)
{
	if (r->nsuf > 0)
		return r->suf[r->nsuf - 1].e;
	if (r->b > r->a)
		return tc_at(r->b - 1)->e;
	return r->npre > 0 ? r->pre[r->npre - 1].e : 0;
}

/* TK_LAST: the last TK_MAX tokens, as tk_fresh keeps them; 0: too many
   to read again at the end. */
static int
req_last(struct req *r, struct toks *ts, int synced)
{
	int keep = TK_MAX - TK_MAX / 2, n, k, from, m, j;

	r->nsuf = 0;
	r->a = r->b = 0;
	if (synced) {
		r->b = tc_stable_end(r->a = r->a0, r->to);
		req_resume(r, r->b - 1);
		while (tk_step(&r->suf[r->nsuf], r->v, &r->i,
		    (size_t)(r->to - r->v->base), &r->nl))
			if (++r->nsuf == TC_EDGE)
				return 0;
	}
	m = (int)(r->b - r->a);
	n = r->npre + m + r->nsuf;
	/*
	 * tk_fresh drops the older half each time it holds TK_MAX and
	 * there is a byte more to read, after the last token too
	 */
	k = n <= TK_MAX ? n : keep + 1 + (n - TK_MAX - 1) % (TK_MAX - keep);
	if (k == TK_MAX && req_end(r) < r->to)
		k = keep;
	from = n - k;
	ts->n = 0;
	for (j = from; j < r->npre; j++)
		ts->t[ts->n++] = r->pre[j];
	j = from > r->npre ? from - r->npre : 0;
	if (j < m) {
		tc_copy_out(&ts->t[ts->n], r->a + (unsigned long)j, m - j);
		ts->n += m - j;
	}
	for (j = from > r->npre + m ? from - r->npre - m : 0; j < r->nsuf; j++)
		ts->t[ts->n++] = r->suf[j];
	return 1;
}

/* Add t to a TK_FIRST answer: 0 when the answer is complete. */
static int
first_add(struct toks *ts, const struct tok *t)
{
	ts->t[ts->n++] = *t;
	return ts->n < TK_MAX && !tk_stops(t);
}

/* TK_FIRST: the tokens up to a sentence end or a mark, TK_MAX at most. */
static void
req_first(struct req *r, struct toks *ts, int synced)
{
	unsigned long k = r->a0;
	struct tok t;
	int j;

	ts->n = 0;
	for (j = 0; j < r->npre; j++)
		if (!first_add(ts, &r->pre[j]))
			return;
	if (!synced)
		return;
	for (; k < tc->next && tk_read_end(tc_at(k)) <= r->to; k++) {
		ts->t[ts->n] = *tc_at(k);
		if (++ts->n == TK_MAX || tk_stops(&ts->t[ts->n - 1]))
			return;
	}
	req_resume(r, k - 1);
	while (tk_step(&t, r->v, &r->i, (size_t)(r->to - r->v->base), &r->nl))
		if (!first_add(ts, &t))
			return;
}

/*
 * A TK_LAST request where nothing is kept: read afresh, and its tokens
 * kept, up to the first whose reading went to its end, where it holds
 * them all (fewer than tk_fresh keeps after it drops the older half).
 */
static void
tc_adopt(struct toks *ts, const struct qx_view *v, uint64_t from,
    uint64_t to)
{
	int j;

	tk_fresh(ts, v, from, to, TK_LAST);
	if (ts->n >= TK_MAX - TK_MAX / 2)
		return;
	/*
	 * The first token whose reading went to or past to: back from the
	 * end while a token ends within TC_LOOK of to (the ones before read
	 * no further than to), then on.
	 */
	for (j = ts->n; j > 0 && ts->t[j - 1].e + TC_LOOK > to; j--)
		;
	while (j < ts->n && tk_read_end(&ts->t[j]) <= to)
		j++;
	tc_copy_in(tc->next, ts->t, j);
	tc->next += (unsigned long)j;
	if (j > 0) {
		tc->pos = ts->t[j - 1].e;
		tc->nl = ts->t[j - 1].kind == TK_PARA ? 2 : 0;
	}
}

/*
 * The last TK_FIRST answer read afresh: the sieves after a closing mark
 * ask for the same sentence up to three times.
 */
static void
first_fresh(struct toks *ts, const struct qx_view *v, uint64_t from,
    uint64_t to)
{
	if (tc->again.rec == v->rec && tc->again.from == from && tc->again.to == to) {
		memcpy(ts->t, tc->again.t, (size_t)tc->again.n * sizeof ts->t[0]);
		ts->n = tc->again.n;
		ts->v = v;
		return;
	}
	tk_fresh(ts, v, from, to, TK_FIRST);
	tc->again.rec = v->rec;
	tc->again.from = from;
	tc->again.to = to;
	tc->again.n = ts->n;
	memcpy(tc->again.t, ts->t, (size_t)ts->n * sizeof ts->t[0]);
}

/*
 * A request is answered from the kept tokens; TK_LAST ones, a sentence
 * before a mark, are kept, since the next quotation's is most often the
 * same or overlaps it.  TK_FIRST ones, a sentence after a mark, take the
 * kept tokens there are and read on afresh: they seldom overlap.
 */
void
tokenize(struct toks *ts, const struct qx_view *v, uint64_t from, uint64_t to,
    int mode)
{
	struct req r;
	int st;

	if (v->rec == 0 || v->tc == NULL || to <= from) {
		tk_fresh(ts, v, from, to, mode);
		return;
	}
	tc = v->tc;
	if (mode == TK_FIRST && !(tc->rec == v->rec && tc->pos >= v->base &&
	    from >= tc->lo && from < tc->pos)) {
		first_fresh(ts, v, from, to);
		return;
	}
	if (mode == TK_LAST) {
		if (!tc_fit(v, from, to)) {
			tk_fresh(ts, v, from, to, mode);
			return;
		}
		if (tc->next == tc->first && tc->pos == from) {
			tc_adopt(ts, v, from, to);
			return;
		}
		tc_extend(v, to);
	}
	ts->v = v;
	r.v = v;
	r.to = to;
	st = req_start(&r, from, mode);
	if (st < 0 || (mode == TK_LAST && !req_last(&r, ts, st)))
		tk_fresh(ts, v, from, to, mode);
	else if (mode == TK_FIRST)
		req_first(&r, ts, st);
}

/*
 * The classes of the word token i, from the single-word index: one
 * probe, cheaper than remembering the answer (each word of the text
 * near a quotation is asked about once or twice).
 */
uint64_t
tk_classes(const struct toks *ts, int i)
{
	const struct tok *t = &ts->t[i];

	return QW_KNOWN | qw_word_classes_in(tk_p(ts, i), tk_n(ts, i),
	    (size_t)(ts->v->base + ts->v->len - t->s));
}

void
tk_ahead(struct toks *ts, const struct qx_view *v, uint64_t after)
{
	uint64_t vend = v->base + v->len;

	tokenize(ts, v, after, after + QX_AHEAD < vend ? after + QX_AHEAD :
	    vend, TK_FIRST);
}

int
tk_after(struct toks *ts, const struct qx_view *v, uint64_t after)
{
	int k;

	tk_ahead(ts, v, after);
	/*
	 * A sentence end or a mark stops TK_FIRST (tk_stops), so the last
	 * token is the only one that may be either
	 */
	k = ts->n - 1;
	if (k >= 0 && (tk_send(ts, k) || ts->t[k].kind == TK_MARK)) {
		ts->n = k;
		return ts->t[k].kind == TK_MARK;
	}
	return 0;
}

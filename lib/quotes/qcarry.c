/*
 * A quotation that opens a sentence with no attribution of its own goes
 * on in the voice of the sentence before it, read again from the text:
 *
 *   “A,” Christie said on ABC's “This Week.” “B.”   (a title between)
 *   “A,” said Mr. Ekovich, who noted prices had “cratered.” “B.”
 *   Corker said they were “meticulous” about it. “B.”
 *   The ACLU will watch the case, dos Santos says. “B.”
 *   Iowa State University's Dianne Bystrom agreed. (paragraph) “B.”
 *
 * The last quotation's speaker, which the goes-on and next-para sieves
 * carry, is that of a title or a word quoted inside the attribution in
 * the first two; the third and fourth name the voice around quotations
 * or after them.  The sentence before is one in the same paragraph, or
 * the last of the paragraph before when the quotation opens one; a
 * question before a new paragraph is answered by another voice.
 */
#include <string.h>

#include "speaker.h"

static int
blank(unsigned char b)
{
	return b == ' ' || b == '\t' || b == '\r' || b == '\n';
}

static int plural_possessive(const struct toks *ts, int k);
static int aside_name(struct spk *sp, const struct toks *ts);

/*
 * Does the mark token i close a quotation: does text stand right before
 * it?  Not a blank, an opening bracket or a dash.  The byte before the
 * first token is not looked at: the window may not hold it.
 */
static int
closes(const struct toks *ts, int i, uint64_t lo)
{
	const unsigned char *p = (const unsigned char *)ts->v->buf;
	size_t s = (size_t)(ts->t[i].s - ts->v->base);
	unsigned char b;

	if (ts->t[i].s <= lo)
		return 0;
	b = p[s - 1];
	if (blank(b) || b == '(' || b == '[')
		return 0;
	/* an en or em dash: E2 80 93, E2 80 94 */
	return !(s >= lo - ts->v->base + 3 && p[s - 3] == 0xe2 &&
	    p[s - 2] == 0x80 && (b == 0x93 || b == 0x94));
}

/*
 * The first token of the sentence that ends with token m, reading back
 * over quotations (their ! ? . end no sentence of ours); -1 where a
 * mark does not pair or no sentence end is found (a plural's possessive
 * apostrophe is no mark).  A period before a
 * closing mark and a capital after it end one; at_break says the
 * tokens start after a sentence break, or at the record's start.
 */
static int
sentence_start(const struct toks *ts, int m, uint64_t lo, int at_break)
{
	int i, in = 0;

	for (i = m; i >= 0; i--) {
		if (ts->t[i].kind == TK_MARK && plural_possessive(ts, i))
			continue;
		if (ts->t[i].kind == TK_MARK) {
			/* ... like this.” When I began: a sentence ended */
			if (in == 0 && i < m && closes(ts, i, lo) &&
			    tk_punct(ts, i - 1, '.') && tk_cap(ts, i + 1))
				return i + 1;
			if (closes(ts, i, lo))
				in++;
			else if (in-- == 0)
				return -1;
		} else if (ts->t[i].kind == TK_PARA) {
			return in ? -1 : i + 1;
		} else if (in == 0 && tk_send(ts, i)) {
			return i + 1;
		}
	}
	/* the tokens start at a sentence break, or the record's start */
	return in == 0 && at_break ? 0 : -1;
}

/* The mark that closes the quotation opened by the mark at i, or -1. */
static int
closing_mark(const struct toks *ts, int i, int n, uint64_t lo)
{
	int j, depth = 0;

	for (j = i + 1; j < n; j++) {
		if (ts->t[j].kind != TK_MARK || plural_possessive(ts, j))
			continue;
		if (!closes(ts, j, lo))
			depth++;
		else if (depth-- == 0)
			return j;
	}
	return -1;
}

/*
 * “A,” Christie said on ABC's “This Week.”: the sentence [s0, n) opens
 * with a quotation; its attribution after the closing mark, up to the
 * next mark, is the voice.  A question before a new paragraph is not.
 */
static int
quote_then_voice(struct spk *sp, struct toks *ts, int s0, int n,
    uint64_t lo, int para)
{
	int cm = closing_mark(ts, s0, n, lo), k, strict, sep;

	if (cm < 0 || cm == s0 + 1 || cm + 1 >= n)
		return 0;
	strict = tk_punct(ts, cm - 1, '.');
	sep = tk_punct(ts, cm - 1, ',') || tk_punct(ts, cm - 1, '?') ||
	    tk_punct(ts, cm - 1, '!');
	if (para && tk_punct(ts, cm - 1, '?'))
		return 0;
	for (k = cm + 1; k < n && (ts->t[k].kind != TK_MARK ||
	    plural_possessive(ts, k)); k++)
		;
	memmove(ts->t, ts->t + cm + 1, (size_t)(k - cm - 1) * sizeof ts->t[0]);
	ts->n = k - cm - 1;
	return spk_after(sp, ts, strict, sep) || (!strict && aside_name(sp, ts));
}

/*
 * Corker said they were “meticulous” about it.  Bystrom agreed.  The
 * case will go on, dos Santos says.  The sentence [s0, n) opens with its
 * subject: the subject of its reporting verb before any quotation, a
 * name or a pronoun; or a name and its verb that end it after a comma.
 */
static int
subject_voice(struct spk *sp, struct toks *ts, int s0, int n)
{
	int fm, vk, a, i;

	for (fm = s0; fm < n && ts->t[fm].kind != TK_MARK; fm++)
		;
	ts->n = fm;
	if (before_verb(sp, ts, s0, &vk, &a) || vk < 0 || a >= 0 ||
	    !tk_verb(ts, vk) || !np_backward(sp, ts, s0, vk))
		return 0;
	for (i = s0; i < vk && ts->t[i].s != sp->s; i++)
		;
	/* ..., dos Santos says.  ..., digital consultant Phil Musser says. */
	if (vk == n - 1 && fm == n && (sp->named || tk_in(ts, i, QW_NAMEPART))) {
		for (a = vk - 1; a > s0 && tk_word(ts, a); a--)
			;
		if (tk_punct(ts, a, ',') && a < i)
			return 1;
	}
	/* the sentence's own subject */
	return i == skip_asides(ts, s0, vk) &&
	    (sp->named || tk_in(ts, i, QW_PRONOUN));
}

/*
 * The end of the text before the quotation's mark, blanks aside, and
 * whether a paragraph break stands there (*para); 0 where the quotation
 * does not open a sentence: a look at the bytes before any tokens.
 */
static uint64_t
sentence_before(const struct qx_view *v, const struct qx_ent *e,
    uint64_t lo, int *para)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t k = (size_t)(e->mark - v->base), l = (size_t)(lo - v->base), j;

	*para = 0;
	for (;;) {
		if (k > l && blank(p[k - 1])) {
			if (p[--k] == '\n')
				*para = 1;
		} else if (k > l + 1 && p[k - 1] == 0xa0 && p[k - 2] == 0xc2) {
			k -= 2;	/* a no-break space */
		} else {
			break;
		}
	}
	if (k == l)
		return 0;
	/* . ! ? alone or before a closing mark ” ’ '' " (up to 3 bytes) */
	for (j = k; j > l && k - j < 4 && (p[j - 1] == '"' ||
	    p[j - 1] == '\'' || p[j - 1] >= 0x80); j--)
		;
	if (j > l && (p[j - 1] == '.' || p[j - 1] == '!' || p[j - 1] == '?'))
		return v->base + k;
	return 0;
}

/*
 * Does the quotation's sentence go on after its closing mark (“A,”, or
 * “A?” asked): then its attribution is there, though none was read.
 */
static int
goes_on_after(const struct sieve_ctx *c)
{
	const struct qx_view *v = c->v;
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t k = (size_t)(c->e->end - v->base), s = (size_t)(c->e->start -
	    v->base);

	if (!c->closed)
		return 1;
	if (!c->sep)
		return 0;
	while (k > s && blank(p[k - 1]))
		k--;
	if (k > s && p[k - 1] == ',')
		return 1;
	k = (size_t)(c->e->after - v->base);
	while (k < v->len && blank(p[k]) && p[k] != '\n')
		k++;
	return k == v->len || !(p[k] >= 'A' && p[k] <= 'Z');
}

/* “A,” X said on “This Week.” “B.”: B goes on in X's voice. */
void
sv_voice_before(struct spk *sp, struct sieve_ctx *c)
{
	const struct qx_view *v = c->v;
	struct toks *ts = c->ts;
	uint64_t lo = c->e->mark > v->base + QX_BEHIND ? c->e->mark -
	    QX_BEHIND : v->base, end, from;
	int para, n, m, s0, tries;

	if (c->e->depth != 0 || goes_on_after(c) ||
	    (end = sentence_before(v, c->e, lo, &para)) == 0)
		return;
	/*
	 * From the last sure break before the sentence's end, and from the
	 * one before that where the break was inside a quotation.
	 */
	for (tries = 0, from = end - 1;; tries++) {
		from = tries < 3 ? sure_break(NULL, v, lo, from) : lo;
		tokenize(ts, v, from, end, TK_LAST);
		n = ts->n;
		if (n < 3 || n == TK_MAX)
			return;
		/* It ends with . ! ? or with a closing mark after one. */
		m = n - 1;
		if (ts->t[m].kind == TK_MARK && closes(ts, m, lo) &&
		    tk_send(ts, m - 1))
			s0 = sentence_start(ts, m, lo, from > lo || lo == 0);
		else if (tk_send(ts, m) && ts->t[m].kind == TK_PUNCT)
			s0 = sentence_start(ts, m - 1, lo, from > lo || lo == 0);
		else
			return;
		if (s0 >= 0 || from == lo)
			break;
		from--;
	}
	if (s0 < 0 || s0 + 2 > m)
		return;
	if (ts->t[s0].kind == TK_MARK) {
		if (!quote_then_voice(sp, ts, s0, m, lo, para))
			sp->found = 0;
		return;
	}
	if (!subject_voice(sp, ts, s0, m))
		sp->found = 0;
}

/*
 * Is the mark token k the apostrophe of a plural's possessive, glued to
 * the word before and followed by a blank or a comma: Sanders’ manager?
 */
static int
plural_possessive(const struct toks *ts, int k)
{
	const struct tok *t = &ts->t[k];
	const unsigned char *p = (const unsigned char *)ts->v->buf;
	size_t e = (size_t)(t->e - ts->v->base);

	if ((t->cp != '\'' && t->cp != 0x2019) || !tk_word(ts, k - 1) ||
	    ts->t[k - 1].e != t->s || e >= ts->v->len ||
	    !(blank(p[e]) || p[e] == ','))
		return 0;
	return p[t->s - ts->v->base - 1] == 's';
}

/*
 * The tokens after the closing mark, to the sentence's end or the next
 * mark (not kept), as the after sieve reads them; a plural's possessive
 * apostrophe is no mark here.
 */
void
rest_of_sentence(struct toks *ts, const struct sieve_ctx *c)
{
	const struct qx_view *v = c->v;
	uint64_t vend = v->base + v->len, a = c->e->after;
	uint64_t to = a + QX_AHEAD < vend ? a + QX_AHEAD : vend;
	struct toks more;
	int k, j, pass;

	tokenize(ts, v, a, to, TK_FIRST);
	for (pass = 0; pass < 3; pass++) {
		for (k = 0; k < ts->n; k++)
			if (tk_send(ts, k) || ts->t[k].kind == TK_MARK)
				break;
		if (k == ts->n || ts->t[k].kind != TK_MARK ||
		    !plural_possessive(ts, k) || k + 1 < ts->n)
			break;
		/* Sanders’ campaign manager: read on past the apostrophe */
		tokenize(&more, v, ts->t[k].e, to, TK_FIRST);
		for (j = 0; j < more.n && ts->n < TK_MAX; j++)
			ts->t[ts->n++] = more.t[j];
	}
	for (k = 0; k < ts->n; k++)
		if (tk_send(ts, k) || (ts->t[k].kind == TK_MARK &&
		    !plural_possessive(ts, k)))
			break;
	ts->n = k;
}

/*
 * “...” about the decision, said RoseAnn DeMoro; “...” like the market's
 * swings, said Richard Curtin, the chief economist: a partial quotation
 * whose clause goes on, then an inverted attribution after a comma.
 */
void
sv_said_late(struct spk *sp, struct sieve_ctx *c)
{
	struct toks *ts = c->ts;
	int k;

	if (!c->closed || c->period)
		return;
	rest_of_sentence(ts, c);
	for (k = 1; k < ts->n && k < 40; k++) {
		if (!tk_punct(ts, k, ',') || !tk_verb(ts, k + 1))
			continue;
		if (tk_is(ts, k + 2, "according") || !tk_cap(ts, k + 2) ||
		    !np_forward(sp, ts, k + 2) || !sp->named)
			sp->found = 0;
		return;
	}
}

/*
 * “...,” Jeff Weaver, Sanders' campaign manager, said; “...,” Harry
 * Bond, 30, of Raleigh, N.C., who was polled, said: a name, then
 * whatever its apposition holds up to a comma and the reporting verb.
 */
static int
aside_name(struct spk *sp, const struct toks *ts)
{
	int i = 0, m, k;

	if (tk_punct(ts, 0, ','))
		i++;
	for (m = i; m < ts->n && m < i + 6 && (tk_cap(ts, m) ||
	    (m > i && tk_in(ts, m, QW_NAMEPART | QW_PARTICLE) &&
	    tk_cap(ts, m + 1))); m++)
		;
	if (m == i || !tk_punct(ts, m, ',') || tk_in(ts, i, QW_DET) ||
	    tk_in(ts, i, QW_PRONOUN) || !namelike(ts, i, m - 1))
		return 0;
	for (k = m + 1; k < ts->n && k < m + 40; k++) {
		if (tk_verb(ts, k) && !tk_punct(ts, k - 1, ','))
			return 0;
		if (tk_punct(ts, k, ',') && tk_vp(ts, k + 1)) {
			spk_set(sp, ts, i, m - 1);
			return 1;
		}
	}
	return 0;
}

void
sv_after_aside(struct spk *sp, struct sieve_ctx *c)
{
	if (!c->closed || c->period)
		return;
	rest_of_sentence(c->ts, c);
	aside_name(sp, c->ts);
}

/* Is token i a reporting verb written in title case: Says, Calls? */
static int
title_verb(const struct toks *ts, int i)
{
	return tk_cap(ts, i) && tk_in(ts, i, QW_VERB | QW_JUDGE) &&
	    !tk_in(ts, i, QW_PLACE | QW_TITLE);
}

/*
 * The name of one to four capitalised words that tokens [b, ...) open,
 * ending before a title-case verb: its last token, or -1.
 */
static int
headline_name(const struct toks *ts, int b)
{
	int c;

	for (c = b; c < ts->n && c < b + 4 && (tk_cap(ts, c) ||
	    (c > b && tk_in(ts, c, QW_NAMEPART) && tk_cap(ts, c + 1))) &&
	    !title_verb(ts, c); c++)
		;
	if (c == b || !title_verb(ts, c) || tk_in(ts, b, QW_DET) ||
	    tk_in(ts, b, QW_PRONOUN) || !namelike(ts, b, c - 1))
		return -1;
	return c - 1;
}

/*
 * Francois Hollande Says Donald Trump ‘Makes You Want To Retch.’; ‘ISIS
 * Truther’ Donald Trump Is Like A Client, Trevor Noah Says.  On the
 * record's first line, a headline in title case: a name and a reporting
 * verb written in title case that open it, or a comma, a name and its
 * verb that end it, speak every quotation of the line.
 */
void
sv_headline(struct spk *sp, struct sieve_ctx *c)
{
	const struct qx_view *v = c->v;
	const unsigned char *p = (const unsigned char *)v->buf;
	struct toks *ts = c->ts;
	uint64_t k, end;
	int m, j;

	/* The window holds QX_BEHIND bytes before the mark: all of them. */
	if (c->e->depth != 0 || c->e->mark > QX_BEHIND || v->base != 0)
		return;
	for (k = 0; k < c->e->mark; k++)
		if (p[k] == '\n')
			return;
	tokenize(ts, v, 0, c->e->mark, TK_LAST);
	if (ts->n > 0 && ts->t[0].s <= 3 && (m = headline_name(ts, 0)) >= 0) {
		spk_set(sp, ts, 0, m);
		return;
	}
	/* the end of the line, within what is held after the mark */
	for (end = c->e->after; end < v->len && end < c->e->after + QX_AHEAD &&
	    p[end] != '\n'; end++)
		;
	if (!c->closed || (end == v->len && !v->final) ||
	    end == c->e->after + QX_AHEAD)
		return;
	tokenize(ts, v, c->e->after, end, TK_LAST);
	if (ts->n < 3 || ts->n == TK_MAX)
		return;
	j = tk_punct(ts, ts->n - 1, '.') ? ts->n - 2 : ts->n - 1;
	for (k = 0; j > 0 && k < 4 && tk_cap(ts, j - 1); j--, k++)
		;
	if (!tk_punct(ts, j - 1, ',') || (m = headline_name(ts, j)) < 0 ||
	    m + 1 != (tk_punct(ts, ts->n - 1, '.') ? ts->n - 2 : ts->n - 1))
		return;
	spk_set(sp, ts, j, m);
}

/*
 * The first token of a name that ends at token m, read back over
 * capitalised words, name particles and an "and" between names; m + 1
 * where there is none.
 */
static int
label_start(const struct toks *ts, int m)
{
	int b;

	for (b = m; b >= 0 && m - b < 8 && (tk_cap(ts, b) ||
	    (b < m && tk_cap(ts, b - 1) && (tk_is(ts, b, "and") ||
	    tk_in(ts, b, QW_NAMEPART)))); b--)
		;
	return b + 1;
}

/*
 * "Former secretary of state Hillary Rodham Clinton:" opening a
 * transcript's line: a role of up to six words in lower case after the
 * first, the last a title, opens the sentence [i0, b) before the name
 * [b, m] of two words or more.
 */
static int
role_label(const struct toks *ts, int i0, int b, int m)
{
	int i;

	if (b - i0 < 1 || b - i0 > 6 || m - b < 1 ||
	    !tk_in(ts, b - 1, QW_TITLE))
		return 0;
	for (i = i0; i < b; i++)
		if (!tk_word(ts, i) || (i > i0 && ts->t[i].cap) ||
		    tk_in(ts, i, QW_DET | QW_PRONOUN | QW_VERB | QW_OPENER) ||
		    (tk_in(ts, i, QW_STOP) && !tk_in(ts, i, QW_PARTICLE)))
			return 0;
	return 1;
}

/*
 * ... JUST TOO EARLY - Mark Blumenthal and Jon Cohen: “...”; More from
 * Blumenthal and Cohen: “...”; Rep. Trey Gowdy (R-S.C.): “...”: a name
 * alone before the colon that leads into the quotation, after a dash,
 * after "More from", or opening its sentence with a party tag, speaks it.
 */
void
sv_label_colon(struct spk *sp, struct sieve_ctx *c)
{
	const struct qx_view *v = c->v;
	struct toks *ts = c->ts;
	uint64_t lo = c->e->mark > v->base + QX_BEHIND ? c->e->mark -
	    QX_BEHIND : v->base;
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t k = (size_t)(c->e->mark - v->base);
	int m, b, i0 = 0, i, tag;

	/* a colon before the mark, blanks aside: a look before any tokens */
	while (k > (size_t)(lo - v->base) && blank(p[k - 1]) && p[k - 1] != '\n')
		k--;
	if (c->e->depth != 0 || k == (size_t)(lo - v->base) || p[k - 1] != ':')
		return;
	tokenize(ts, v, sure_break(NULL, v, lo, c->e->mark), c->e->mark,
	    TK_LAST);
	m = ts->n - 2;
	if (m < 0 || !tk_punct(ts, m + 1, ':'))
		return;
	for (i = m; i >= 0; i--)
		if (tk_send(ts, i)) {
			i0 = i + 1;
			break;
		}
	/* a party tag: (R-S.C.) */
	tag = m >= 3 && tk_punct(ts, m, ')') && spk_party_tag(ts, m - 1) &&
	    tk_punct(ts, m - 2, '(');
	if (tag)
		m -= 3;
	b = label_start(ts, m);
	if (b > m || b < i0 || tk_in(ts, b, QW_DET) || tk_in(ts, b, QW_PRONOUN))
		return;
	/* one word alone: not a place, a dateline's capitals, an adverb */
	if (b == m && (tk_in(ts, b, QW_PLACE) || (tk_n(ts, b) > 2 &&
	    tk_p(ts, b)[tk_n(ts, b) - 1] == 'y' &&
	    tk_p(ts, b)[tk_n(ts, b) - 2] == 'l') || (tk_n(ts, b) > 1 &&
	    tk_p(ts, b)[1] >= 'A' && tk_p(ts, b)[1] <= 'Z')))
		return;
	/* each name of "X and Y" is namelike */
	for (i = b; i <= m; i++)
		if (!tk_is(ts, i, "and") && !namelike(ts, i, i))
			return;
	/*
	 * at the sentence's start only a name with its tag or after its
	 * role: not "Watch:"
	 */
	if (!((b == i0 && tag) || role_label(ts, i0, b, m) || (b > i0 && ts->t[b - 1].kind == TK_PUNCT &&
	    qx_dash(ts->t[b - 1].cp)) || (tk_is(ts, b - 1, "from") &&
	    tk_is(ts, b - 2, "more") && (b - 2 == i0 ||
	    (ts->t[b - 3].kind == TK_PUNCT && qx_dash(ts->t[b - 3].cp))))))
		return;
	spk_set(sp, ts, b, m);
}

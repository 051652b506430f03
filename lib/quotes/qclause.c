/*
 * The speaker sieves of a quotation inside a clause whose speaker is
 * the clause's subject, beside those of sieves.c (their rows are in its
 * sieves[] table):
 *
 *   same-clause  a partial quotation that follows another in the same
 *              clause, a few words between and no attribution of its
 *              own, speaks in that one's voice: Trump accused Cruz of
 *              being “politically correct” and “very queasy”.
 *   late-clause  a partial quotation whose sentence ends, past other
 *              quotations, with an attribution after a comma: speculative
 *              words like “maybe” and “perhaps”, he told reporters.
 *   aside-subject  a sentence that opens with a name or a pronoun, an
 *              aside between commas and the verb: its subject speaks a
 *              quotation later in it: Clinton, during a town hall in
 *              Columbus, Ohio, said she was “going to put ...”.
 *   speech-subject  a sentence with a reporting verb before a
 *              quotation whose subject no sieve found: the sentence's
 *              subject, past other quotations: She declared “What a
 *              night!” and said her campaign would go on “to win”.
 *
 * Their examples are in t/corpus/quotes/speakers-clause.tsv.
 */
#include "speaker.h"

/* The bytes between two quotations of one clause, at most. */
#define BRIDGE_BYTES 160
/* and their tokens */
#define BRIDGE_TOKENS 12

/*
 * Do the tokens between the last quotation and this one, all of ts,
 * join two parts of one clause: a few words and commas, no sentence
 * end, no other quotation, no verb that reports speech (which names a
 * voice of its own: "“A,” she said, and he replied “B”")?
 */
static int
one_clause(const struct toks *ts)
{
	int i;

	if (ts->n == 0 || ts->n > BRIDGE_TOKENS || ts->t[0].cap)
		return 0;
	for (i = 0; i < ts->n; i++) {
		if (ts->t[i].kind != TK_WORD && !tk_punct(ts, i, ','))
			return 0;
		if (tk_vp(ts, i))
			return 0;
	}
	return 1;
}

/*
 * A cheap look at the bytes [from, to) before their tokens: no byte
 * that ends a sentence or a line, and few enough blanks.
 */
static int
bridge_bytes(const struct qx_view *v, uint64_t from, uint64_t to)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t i = (size_t)(from - v->base), n = (size_t)(to - v->base);
	int blanks = 0;

	for (; i < n; i++) {
		if (p[i] == '.' || p[i] == '!' || p[i] == '?' || p[i] == ':' ||
		    p[i] == ';' || p[i] == '\n')
			return 0;
		if (p[i] == ' ' && ++blanks > BRIDGE_TOKENS)
			return 0;
	}
	return 1;
}

/*
 * He rails against its “protectionism” and pledges to stand firm
 * against its “cheating” and “financial blackmail.”
 */
void
sv_same_clause(struct spk *sp, struct sieve_ctx *c)
{
	const struct qx *x = c->x;
	const struct qx_ent *e = c->e;

	if (e->depth != 0 || !x->lq_found || !held(x->lsp_s, e) ||
	    x->lafter < c->v->base || x->lafter > e->mark ||
	    e->mark - x->lafter > BRIDGE_BYTES || !bridge_bytes(c->v,
	    x->lafter, e->mark))
		return;
	tokenize(c->ts, c->v, x->lafter, e->mark, TK_LAST);
	if (!one_clause(c->ts))
		return;
	sp->s = x->lsp_s;
	sp->e = x->lsp_e;
	sp->found = 1;
	sp->named = x->lsp_named;
}

/* The first token of the sentence that the tokens ts end in. */
static int
sentence_start(const struct toks *ts)
{
	int i;

	for (i = ts->n - 1; i >= 0; i--)
		if (tk_send(ts, i) || tk_punct(ts, i, ':'))
			return i + 1;
	return 0;
}

/*
 * Does a word or a comma stand just before the mark at m, blanks aside,
 * so that the quotation may be inside its sentence (a cheap look before
 * the tokens)?
 */
int
mid_sentence(const struct qx_view *v, uint64_t m)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t k = (size_t)(m - v->base);

	while (k > 0 && (p[k - 1] == ' ' || p[k - 1] == '\t'))
		k--;
	return k > 0 && (p[k - 1] == ',' || p[k - 1] >= 0x80 ||
	    tk_digit(p[k - 1]) || tk_alpha(p[k - 1]));
}

/* The longest aside between a subject and its verb, in tokens. */
#define ASIDE_TOKENS 32

/*
 * Does the sentence [i0, n) open with a name or a pronoun (in *sp) and a
 * comma?  The comma's index, or -1.
 */
static int
subject_comma(struct spk *sp, const struct toks *ts, int i0, int n)
{
	int b = skip_asides(ts, i0, n), e, m;

	/* "And Trump, in Ohio, said" */
	if (tk_in(ts, b, QW_COORD) && tk_word(ts, b + 1))
		b++;
	if (!(tk_cap(ts, b) || tk_in(ts, b, QW_PRONOUN)) ||
	    tk_in(ts, b, QW_IMPERSONAL | QW_DET | QW_OPENER | QW_LEAD |
	    QW_PREP | QW_ASIDE | QW_TIME | QW_DAY) || !np_forward(sp, ts, b))
		return -1;
	for (e = b; e < n && ts->t[e].s < sp->e; e++)
		;
	if (!tk_punct(ts, e, ','))
		return -1;
	/* a name, after its role ("Band member Flea"), or a pronoun */
	for (m = b; m < e && ts->t[m].s < sp->s; m++)
		;
	if (sp->named ? !all_name(ts, m, e - 1) : !tk_in(ts, b, QW_PRONOUN))
		return -1;
	return e;
}

/*
 * Does the sentence [i0, n) open with a name or a pronoun (in *sp), a
 * comma, an aside and a comma before a verb: "Clinton, during a town
 * hall in Columbus, Ohio, said", "Sanders, meanwhile, who sits at zero
 * endorsements, said", "Silverman, herself a supporter, incurred"?  The
 * verb's index, or -1.
 */
static int
aside_subject(struct spk *sp, const struct toks *ts, int i0, int n)
{
	int e = subject_comma(sp, ts, i0, n), c;

	if (e < 0)
		return -1;
	for (c = e + 1; c < n && c <= e + ASIDE_TOKENS; c++) {
		if (ts->t[c].kind == TK_MARK || tk_send(ts, c))
			return -1;
		if (tk_punct(ts, c, ',') && c > e + 1 && verb_after(ts, c + 1))
			return c + 1;
	}
	return -1;
}

/*
 * Jones, citing “a long record,” said the candidate could win: the
 * sentence [i0, n) opens with a name or a pronoun and a comma, then a
 * participle in lower case and at most three words before the mark, and
 * the quotation's sentence goes on to a reporting verb after the
 * closing mark (a cheap look at its bytes): the subject speaks it.
 */
static int
cited_aside(struct spk *sp, const struct toks *ts, const struct qx_view *v,
    const struct qx_ent *q)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t k = (size_t)(q->end - v->base), a = (size_t)(q->after - v->base);
	size_t w, n = v->len;
	int e = subject_comma(sp, ts, sentence_start(ts), ts->n), c;

	if (e < 0 || ts->n - e - 1 < 1 || ts->n - e - 1 > 4 || k == 0 ||
	    !tk_ing(ts, e + 1) || ts->t[e + 1].cap)
		return 0;
	for (c = e + 1; c < ts->n; c++)
		if (!tk_word(ts, c))
			return 0;
	/* “...,” said or “...”, said */
	if (a < n && p[a] == ',')
		a++;
	else if (p[k - 1] != ',')
		return 0;
	while (a < n && p[a] == ' ')
		a++;
	for (w = a; w < n && w < a + 24 && p[w] >= 'a' && p[w] <= 'z'; w++)
		;
	return w > a && (qw_classes((const char *)p + a, w - a) & QW_VERB);
}

/*
 * Clinton, during a town hall meeting in Columbus, Ohio, said she was
 * “going to put a lot of coal companies out of business”: the subject
 * before the aside speaks a quotation in the middle of its sentence,
 * where no other quotation and no relative clause stands between its
 * verb and the quotation.  Not a title ("Trump, in Ohio, praised
 * “The Apprentice”").
 */
static int
aside_find(struct spk *sp, const struct toks *ts)
{
	int i0 = sentence_start(ts), k, i;

	if (ts->n - i0 < 4 || !(tk_word(ts, ts->n - 1) ||
	    tk_punct(ts, ts->n - 1, ',')))
		return 0;
	k = aside_subject(sp, ts, i0, ts->n);
	/* nor another's voice: "won because of Mr. Obama's suggestion" */
	for (i = k; k >= 0 && i < ts->n; i++)
		if (ts->t[i].kind == TK_MARK || tk_in(ts, i, QW_RELATIVE) ||
		    (tk_cap(ts, i) && tk_possessive(ts, i)))
			k = -1;
	return k >= 0;
}

void
sv_aside_subject(struct spk *sp, struct sieve_ctx *c)
{
	if (c->aside.found)
		*sp = c->aside;
}

/*
 * Is [c + 1, k) an attribution after a comma: ", he told reporters",
 * ", DFA spokesman Neil Sroka said", ", said the bureau's director"?
 * The speaker in *sp.
 */
static int
attribution_at(struct spk *sp, const struct toks *ts, int c, int k)
{
	int j;

	/* ", said the bureau's director"; not ", said of the encounter" */
	if (tk_verb(ts, c + 1))
		return (tk_cap(ts, c + 2) || tk_in(ts, c + 2, QW_DET)) &&
		    !tk_in(ts, c + 2, QW_LEAD | QW_ASIDE | QW_OPENER) &&
		    after_verb(sp, ts, c + 1);
	if (!(tk_cap(ts, c + 1) || tk_in(ts, c + 1, QW_DET) ||
	    tk_in(ts, c + 1, QW_PRONOUN)) || tk_in(ts, c + 1, QW_LEAD |
	    QW_ASIDE | QW_OPENER))
		return 0;
	for (j = c + 2; j < k && j <= c + 10 && tk_word(ts, j); j++) {
		if (tk_vp(ts, j)) {
			if (tk_in(ts, j - 1, QW_DET | QW_STOP))
				return 0;
			spk_set(sp, ts, c + 1, j - 1);
			return 1;
		}
		if (tk_in(ts, j, QW_STOP) && !tk_in(ts, j, QW_PARTICLE) &&
		    !(tk_is(ts, j, "to") && tk_in(ts, j - 1, QW_TITLE)))
			return 0;
	}
	return 0;
}

/*
 * Does the period at p[d] end a word of three or more letters, the last
 * in lower case ("Louis.", not "St." or "B.")?
 */
static int
word_end(const unsigned char *p, size_t l, size_t d)
{
	size_t w = d;

	while (w > l && tk_alpha(p[w - 1]))
		w--;
	return d - w >= 3 && p[d - 1] >= 'a' && p[d - 1] <= 'z';
}

/*
 * A cheap look at the bytes from a, before their tokens: the offset
 * just past the first byte that may end the sentence (. ! ? or a line
 * feed) where a comma comes before it, else 0.
 */
static uint64_t
sentence_rest(const struct qx_view *v, uint64_t a, uint64_t lim)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t i = (size_t)(a - v->base), n = (size_t)(lim - v->base);
	int comma = 0;

	for (; i < n; i++) {
		if (p[i] == ',')
			comma = 1;
		else if (p[i] == '!' || p[i] == '?' || p[i] == '\n' ||
		    (p[i] == '.' && word_end(p, (size_t)(a - v->base), i)))
			return comma ? v->base + i + 1 : 0;
	}
	return 0;
}

/*
 * People should not wave around words like “maybe” and “perhaps”, he
 * told reporters; his endorsements will carry “a great deal of weight”
 * and bring the “firepower” they need, DFA spokesman Neil Sroka said:
 * a partial quotation whose sentence goes on, past other quotations,
 * to an attribution after its last comma with no quotation after it.
 */
void
sv_late_clause(struct spk *sp, struct sieve_ctx *c)
{
	const struct qx_view *v = c->v;
	struct toks *ts = c->ts;
	uint64_t vend = v->base + v->len, a = c->e->after, end;
	uint64_t lim = a + QX_AHEAD < vend ? a + QX_AHEAD : vend;
	int k, j, marks = 0;

	if (!c->closed || c->period || c->e->depth != 0)
		return;
	/* the later sieve's tokens, to the sentence end or the next mark */
	tokenize(ts, v, a, lim, TK_FIRST);
	if (ts->n > 0 && ts->t[ts->n - 1].kind == TK_MARK) {
		/* past other quotations: a cheap look at the bytes first */
		if ((end = sentence_rest(v, a, lim)) == 0)
			return;
		tokenize(ts, v, a, end, TK_LAST);
	}
	for (k = 0; k < ts->n && !tk_send(ts, k); k++)
		marks += ts->t[k].kind == TK_MARK;
	/* a sentence end inside a quotation ("to “read one.”") is its own */
	if (k == ts->n || marks % 2 != 0)
		return;
	for (j = k - 1; j > 0 && ts->t[j].kind != TK_MARK; j--)
		if (tk_punct(ts, j, ',') && attribution_at(sp, ts, j, k))
			return;
	sp->found = 0;
}

/*
 * The first token of the sentence the tokens ts end in, where a sentence
 * end just inside a closing mark before a word in lower case ends only
 * its quotation: She declared “What a night!” and said ...
 */
static int
quoted_sentence_start(const struct toks *ts)
{
	int i;

	for (i = ts->n - 1; i >= 0; i--) {
		if (!tk_send(ts, i) && !tk_punct(ts, i, ':'))
			continue;
		if (ts->t[i].kind == TK_PUNCT && ts->t[i].cp != ':' &&
		    i + 2 < ts->n && ts->t[i + 1].kind == TK_MARK &&
		    tk_word(ts, i + 2) && !ts->t[i + 2].cap)
			continue;
		return i + 1;
	}
	return 0;
}

/*
 * "The Florida senator is telling reporters", "The Republican candidate
 * appeared to assert ... by saying": a sentence that opens with an
 * article, up to four words of its noun phrase and a verb; the phrase in
 * *sp.
 */
static int
article_subject(struct spk *sp, const struct toks *ts, int i0, int lim)
{
	int b = skip_asides(ts, i0, lim), e;

	if (!(tk_is(ts, b, "the") || tk_is(ts, b, "a") || tk_is(ts, b, "an")) ||
	    !np_forward(sp, ts, b))
		return 0;
	for (e = b; e < lim && ts->t[e].s < sp->e; e++)
		;
	return e < lim && e - b <= 5 && ts->t[e - 1].kind == TK_WORD &&
	    !ts->t[e - 1].cap && verb_after(ts, e);
}

/*
 * She declared “What a night!” and said that her campaign would go on
 * “to break barriers”; Weaver, unimpressed, was telling reporters,
 * “...”: a reporting verb or participle stands in the quotation's
 * sentence, and the sentence's subject, a name or a pronoun with its
 * verb before the first quotation, speaks.  Not a title, nor after a
 * relative clause between.
 */
static int
speech_find(struct spk *sp, const struct toks *ts)
{
	int i0 = quoted_sentence_start(ts), lim, i, speech, b, inside;

	for (lim = i0; lim < ts->n && ts->t[lim].kind != TK_MARK; lim++)
		;
	/* a relative clause between, outside the quotations */
	for (i = lim, inside = 0; i < ts->n; i++)
		if (ts->t[i].kind == TK_MARK)
			inside = !inside;
		else if (!inside && tk_in(ts, i, QW_RELATIVE))
			return 0;
	if (lim - i0 < 2 || !(np_sentence_subject(sp, ts, i0, lim) ||
	    article_subject(sp, ts, i0, lim)))
		return 0;
	for (b = i0; b < lim && ts->t[b].e <= sp->e; b++)
		;
	/* the reporting verb or participle nearest the quotation */
	for (speech = ts->n - 1; speech > b && !tk_vp(ts, speech) &&
	    !tk_in(ts, speech, QW_PARTICIPLE); speech--)
		;
	if (speech == b)
		return 0;
	/*
	 * Not the verb of a clause of its own: "X is assuring voters after
	 * a woman in Worcester, Mass., told him she is “too nice”"
	 */
	for (; b < speech; b++)
		if (tk_in(ts, b, QW_SUBORD))
			return 0;
	return 1;
}

void
sv_speech_subject(struct spk *sp, struct sieve_ctx *c)
{
	if (c->speech.found)
		*sp = c->speech;
}

/*
 * The finds of aside-subject and speech-subject, from the tokens of the
 * quotation's sentence that sv_before holds in c->ts, for their rows.
 */
void
clause_finds(struct sieve_ctx *c)
{
	const struct qx_view *v = c->v;
	const struct qx_ent *e = c->e;
	struct toks *ts = c->ts;
	uint64_t lo = e->mark > v->base + QX_BEHIND ? e->mark - QX_BEHIND :
	    v->base;

	if (e->depth != 0 || !mid_sentence(v, e->mark) || title_case(v, e))
		return;
	/*
	 * “What a night!” and said: the tokens began after the ! of the
	 * quotation before, which ends no sentence before a word in lower
	 * case; from the sentence before it
	 */
	if (ts->n > 1 && ts->t[0].kind == TK_MARK && tk_word(ts, 1) &&
	    !ts->t[1].cap && ts->t[0].s > lo)
		tokenize(ts, v, sure_break(NULL, v, lo, ts->t[0].s - 1), e->mark,
		    TK_LAST);
	if (!(aside_find(&c->aside, ts) || cited_aside(&c->aside, ts, v, e)) ||
	    !spk_tidy(&c->aside, ts))
		c->aside.found = 0;
	if (!c->aside.found && (!speech_find(&c->speech, ts) ||
	    !spk_tidy(&c->speech, ts)))
		c->speech.found = 0;
}

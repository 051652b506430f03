/*
 * Sieves for quotations that are no speech of their own, or whose voice
 * stands a clause away, tried last, where no other sieve named anyone
 * (rows of sieves.c's table):
 *
 *   wide-subject  a quotation inside its sentence, after no reporting
 *              verb, whose sentence opens with its subject, a name or a
 *              pronoun, and its verb: the subject is its source, a title
 *              in capitals too, past a plural's apostrophe: Rivera
 *              reviewed the novel “Salt and Iron”; She applauded him for
 *              fighting for Americans’ liberties “over and over again”;
 *              and a subject inside a clause that opens the sentence:
 *              After he blasted the film “Frozen” ...  Not a noun phrase
 *              with an article ("The Cabinet hailed “historic” ties"),
 *              which names no source as often as it names one.
 *
 *   verb-lead  a quotation led in by a comma after a reporting verb,
 *              where the before sieve read no subject: the name after
 *              the verb in commas (But, said Solovey, “...”), the
 *              subject just before the verb in its clause (... that Gov.
 *              Chris Christie said, “...”), the sentence's subject before
 *              a participle (And then Trump went on the attack, saying,
 *              “...”).
 *
 * Each takes only the shape it names: no relative or subordinate clause,
 * no other quotation between the subject and the quotation, so that the
 * subject is the one whose words or terms these are.
 */
#include "speaker.h"

/*
 * Is the mark token i an apostrophe after a plural, no quotation mark:
 * "Americans’ liberties", "Sanders' plan"?
 */
static int
plural_possessive(const struct toks *ts, int i)
{
	const char *p;

	if (ts->t[i].kind != TK_MARK || (ts->t[i].cp != 0x2019 &&
	    ts->t[i].cp != '\'') || !tk_word(ts, i - 1) ||
	    ts->t[i].s != ts->t[i - 1].e || !tk_word(ts, i + 1))
		return 0;
	p = tk_p(ts, i - 1);
	return p[tk_n(ts, i - 1) - 1] == 's';
}

/* Is the word i in capitals, two letters or more: MENAFN? */
static int
all_capitals(const struct toks *ts, int i)
{
	const char *p = tk_p(ts, i);
	size_t n = tk_n(ts, i), k;

	for (k = 0; k < n; k++)
		if (!(p[k] >= 'A' && p[k] <= 'Z'))
			return 0;
	return n >= 2;
}

/*
 * The first token of the sentence the tokens end in: past the marks
 * that close a quotation glued to its end (...,” he said, “a good
 * time.”<LF>Trump claimed), which open no sentence of their own.
 */
static int
sentence_at(const struct toks *ts)
{
	int i;

	for (i = ts->n - 1; i >= 0; i--)
		if (tk_send(ts, i) || tk_punct(ts, i, ':') ||
		    tk_punct(ts, i, ';'))
			break;
	if (i < 0)
		return 0;
	while (i + 1 < ts->n - 1 && ts->t[i + 1].kind == TK_MARK &&
	    ts->t[i + 1].s == ts->t[i].e)
		i++;
	return i + 1;
}

/* The token just past the speaker *sp in [b, lim). */
static int
past_speaker(const struct spk *sp, const struct toks *ts, int b, int lim)
{
	while (b < lim && ts->t[b].s < sp->e)
		b++;
	return b;
}

/*
 * Do the tokens [b, n) before the quotation stay in the subject's
 * clause: no other quotation, no relative or subordinate clause (nor
 * "that" after a noun: "a foundation that focuses on the “...”"), no
 * aside after a dash, and, where comma is 0, no comma?  And is the
 * subject's verb at b no "be" of a passive or a copula, whose subject
 * is told or named, not the one who speaks ("his salespersons were
 * told", "The program was a “good thing”")?
 */
static int
same_clause(const struct toks *ts, int b, int n, int comma)
{
	int i;

	if (tk_passive(ts, b) && !tk_ing(ts, b + 1))
		return 0;
	for (i = b; i < n; i++) {
		if (ts->t[i].kind == TK_MARK && !plural_possessive(ts, i))
			return 0;
		if (tk_in(ts, i, QW_SUBORD | QW_RELATIVE) ||
		    (!comma && tk_punct(ts, i, ',')) ||
		    (ts->t[i].kind == TK_PUNCT && qx_dash(ts->t[i].cp)))
			return 0;
		if (tk_is(ts, i, "that") && !verb_after(ts, i - 1))
			return 0;
		/* "as the rock classic “...” blared": a clause of its own */
		if (tk_is(ts, i, "as") && tk_in(ts, i + 1, QW_DET) &&
		    i + 2 < n)
			return 0;
		/* "videos he calls “...”", "a sign saying “...”" */
		if ((tk_in(ts, i, QW_PRONOUN) || tk_in(ts, i, QW_PARTICIPLE)) &&
		    tk_word(ts, i - 1) && !tk_in(ts, i - 1, QW_VERB) &&
		    !tk_pastlike(ts, i - 1) && !tk_is(ts, i - 1, "that"))
			return 0;
	}
	/* "a book, “...”": a title in apposition */
	return !tk_punct(ts, n - 1, ',');
}

/*
 * Does the sentence go on after the closing mark at a to a reporting
 * verb of its own: “dozens” of canvassers ..., Jeff Weaver said;
 * according to Jeff Weaver?
 */
static int
reported_later(struct toks *ts, const struct qx_view *v, uint64_t a)
{
	int i;

	tk_ahead(ts, v, a);
	for (i = 0; i < ts->n && !tk_send(ts, i); i++)
		if (tk_vp(ts, i) || (tk_is(ts, i, "according") &&
		    tk_is(ts, i + 1, "to")))
			return 1;
	return 0;
}

/*
 * The subject of the sentence [i0, n) that a quotation at n is inside
 * of; its end in the tokens, or -1.
 */
static int
wide_find(struct spk *sp, const struct toks *ts, int i0, int n)
{
	int b = skip_asides(ts, i0, n), e;

	if (tk_in(ts, b, QW_COORD) && tk_word(ts, b + 1))
		b++;
	/* "After he blasted the film “Frozen”": the clause's subject */
	if (tk_in(ts, b, QW_SUBORD) && np_sentence_subject(sp, ts, b + 1, n))
		return same_clause(ts, past_speaker(sp, ts, b + 1, n), n, 0) ?
		    n : -1;
	if (!np_sentence_subject(sp, ts, b, n))
		return -1;
	e = past_speaker(sp, ts, b, n);
	/* "MENAFN provides the information “as is”": a body's boilerplate */
	if (e == b + 1 && all_capitals(ts, b))
		return -1;
	return same_clause(ts, e, n, 1) ? e : -1;
}

void
sv_wide_subject(struct spk *sp, struct sieve_ctx *c)
{
	const struct qx_view *v = c->v;
	const struct qx_ent *e = c->e;
	struct toks *ts = c->ts;
	uint64_t lo = e->mark > v->base + QX_BEHIND ? e->mark - QX_BEHIND :
	    v->base, from;
	int i0;

	if (e->depth != 0 || !c->closed || !mid_sentence(v, e->mark))
		return;
	from = sure_break(c->x, v, lo, e->mark);
	tokenize(ts, v, from, e->mark, TK_LAST);
	if (ts->n < 2 || !(tk_word(ts, ts->n - 1) ||
	    tk_punct(ts, ts->n - 1, ',')))
		return;
	i0 = sentence_at(ts);
	/* a subject and its verb are enough: Clinton opposed “pay raises” */
	if (ts->n - i0 < 2 || wide_find(sp, ts, i0, ts->n) < 0) {
		sp->found = 0;
		return;
	}
	/* the speaker's tokens again, for the look at its edges after */
	if (reported_later(ts, v, e->after))
		sp->found = 0;
	else
		tokenize(ts, v, from, e->mark, TK_LAST);
}

/*
 * The sentence's subject before the token k, where the clause between
 * them is its own ("And then Trump went on the attack" before ",
 * saying,"): 1 with the subject in *sp.
 */
static int
lead_subject(struct spk *sp, const struct toks *ts, int i0, int k)
{
	int v = tk_in(ts, i0, QW_COORD) ? i0 + 1 : i0;

	if (tk_in(ts, v, QW_ASIDE) && tk_cap(ts, v + 1))
		v++;
	return np_sentence_subject(sp, ts, v, k) &&
	    same_clause(ts, past_speaker(sp, ts, v, k), k, 1);
}

/*
 * The participle of a reporting verb that leads in the quotation after
 * the comma at n - 1: ", saying,", ", telling reporters,", "by saying,"
 * (up to two words of its object after it); its index, or -1.
 */
static int
lead_participle(const struct toks *ts, int i0, int n)
{
	int k;

	for (k = n - 2; k > i0 && k >= n - 4 && tk_word(ts, k); k--)
		if (tk_in(ts, k, QW_PARTICIPLE))
			return tk_punct(ts, k - 1, ',') || (k == n - 2 &&
			    tk_is(ts, k - 1, "by")) ? k : -1;
	return -1;
}

/*
 * The subject that speaks a quotation led in by the tokens before its
 * mark, [i0, n) ending in a comma: ", said Solovey," after
 * the verb; "Christie said," before it; "Trump went on the attack,
 * saying," or "Weaver shrugged it off, telling reporters," the
 * sentence's, and "Clinton shook her head and said," or "went on to
 * say," where the verb goes on from the sentence's own.  1 with the
 * speaker in *sp.
 */
static int
lead_find(struct spk *sp, const struct toks *ts, int i0, int n)
{
	int k = n - 2, v;

	/* ", said Solovey, “...”": the verb before the name */
	for (v = k; v > i0 && v > k - 4 && tk_cap(ts, v); v--)
		;
	if (v < k && tk_verb(ts, v) && tk_punct(ts, v - 1, ',') &&
	    after_verb(sp, ts, v) && sp->named && sp->e == ts->t[k].e)
		return 1;
	sp->found = 0;
	if (tk_verb(ts, k) && !tk_cap(ts, k) && k - 1 > i0 &&
	    (tk_in(ts, k - 1, QW_COORD) || tk_is(ts, k - 1, "to")))
		return lead_subject(sp, ts, i0, k - 1);
	/* "... bill that Gov. Chris Christie said, “...”": from the clause */
	if (tk_verb(ts, k) && !tk_cap(ts, k)) {
		for (v = k - 1; v > i0 && !tk_is(ts, v, "that") &&
		    !tk_in(ts, v, QW_RELATIVE | QW_SUBORD); v--)
			;
		return np_backward(sp, ts, v > i0 ? v + 1 : i0, k) &&
		    ts->t[k - 1].e == sp->e && (sp->named ||
		    tk_in(ts, k - 1, QW_PRONOUN));
	}
	/* "And then Trump went on the attack, saying, “...”" */
	v = lead_participle(ts, i0, n);
	return v > i0 + 1 && lead_subject(sp, ts, i0, v - 1);
}

/* But, said Solovey, “...”: see lead_find. */
void
sv_verb_lead(struct spk *sp, struct sieve_ctx *c)
{
	const struct qx_view *v = c->v;
	const struct qx_ent *e = c->e;
	const unsigned char *p = (const unsigned char *)v->buf;
	struct toks *ts = c->ts;
	uint64_t lo = e->mark > v->base + QX_BEHIND ? e->mark - QX_BEHIND :
	    v->base;
	size_t k = (size_t)(e->mark - v->base);

	while (k > 0 && (p[k - 1] == ' ' || p[k - 1] == '\t'))
		k--;
	if (e->depth != 0 || k == 0 || p[k - 1] != ',')
		return;
	tokenize(ts, v, sure_break(c->x, v, lo, e->mark), e->mark, TK_LAST);
	if (ts->n < 3 || !lead_find(sp, ts, sentence_at(ts) > ts->n - 2 ? 0 :
	    sentence_at(ts), ts->n))
		sp->found = 0;
}

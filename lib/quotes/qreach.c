/*
 * Sieves that reach a speaker past a word between it and its verb, tried
 * last, where no other sieve named anyone (rows of sieves.c's table; but
 * after-ampersand first, before the after sieve reads AT&T as AT, and
 * after-between after after-end, before next-para and goes-on give the
 * quotation the voice of the one before though its own follows it):
 *
 *   after-between  after the closing mark, a subject, then a party tag
 *              in brackets or a modal before the reporting verb:
 *              “...,” Sen. Jason Holsman (D) said.  “...,” he will say.
 *   relative-naming  a naming verb in a relative clause whose subject
 *              speaks, an auxiliary, a time or an aside between:
 *              the deal, which Trump had called a “disaster”; what aide
 *              Kevin Phillips called “...”; who Beck on Wednesday called
 *   time-between  a time between the subject and the reporting verb
 *              before the quotation: Priebus later Thursday told Fox
 *              News: “...”; Lee on Monday said “...”
 *   named-between  a quotation that opens the sentence after the last
 *              one's, whose sentence names its speaker and reports:
 *              “A,” another friend, Mariam Emara told CNN. “B.”
 *   after-apostrophe  the attribution after the apostrophe that a
 *              quotation nested in single quotes leaves after the
 *              closing mark: ''... 'for real,''' Mr. English said.
 *   after-ampersand  a name joined by an ampersand before or after the
 *              reporting verb after the closing mark: “...,” one
 *              P&G employee told Y; “...,” Ernst & Young said.
 *   colon-subject  a sentence that leads in with a colon speaks through
 *              its clause's subject, past an aside or an opening phrase:
 *              Clinton, exasperated, famously responded: “...”
 *
 * Each takes only the shape it names, so that a quotation with no such
 * shape keeps no speaker: a wrong name is worse than none.
 */
#include <string.h>

#include "speaker.h"

/*
 * The word that ends at p[k] (blanks before k skipped), as [*ws, end);
 * a cheap look at the bytes before a quotation's mark, before tokens.
 */
static size_t
word_before(const unsigned char *p, size_t l, size_t k, size_t *ws)
{
	while (k > l && (p[k - 1] == ' ' || p[k - 1] == '\t' ||
	    p[k - 1] == '\n' || p[k - 1] == '\r'))
		k--;
	*ws = k;
	while (*ws > l && tk_alpha(p[*ws - 1]))
		(*ws)--;
	return k;
}

/* Is the word [s, e) of the bytes a, an, the or as? */
static int
article_or_as(const unsigned char *p, size_t s, size_t e)
{
	return (e - s == 1 && (p[s] == 'a' || p[s] == 'A')) || (e - s == 2 &&
	    ((p[s] == 'a' && p[s + 1] == 'n') || (p[s] == 'a' &&
	    p[s + 1] == 's'))) || (e - s == 3 && memcmp(p + s, "the", 3) == 0);
}

/* Does a naming verb (called, dubbed) end the bytes before the mark? */
static int
naming_before(const struct qx_view *v, const struct qx_ent *e)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t l = e->mark > v->base + 64 ? (size_t)(e->mark - v->base) - 64 :
	    0, k = (size_t)(e->mark - v->base), ws;

	k = word_before(p, l, k, &ws);
	if (article_or_as(p, ws, k))
		k = word_before(p, l, ws, &ws);
	return k > ws && qw_in(QW_NAMING, (const char *)p + ws, k - ws);
}

/* Is the word p[s, e) a time the sieve reads past, or ends it in "day"? */
static int
time_bytes(const unsigned char *p, size_t s, size_t e)
{
	return (e - s >= 3 && memcmp(p + e - 3, "day", 3) == 0) ||
	    qw_in(QW_TIME | QW_DAY, (const char *)p + s, e - s);
}

/*
 * Is the quotation led into (a colon, a comma, a reporting verb or
 * "that" before its mark), and might a time stand in the 96 bytes before
 * it, near enough for the verb after it to lead in: a day or one of the
 * time words the sieve reads past?  A look at the bytes, before tokens.
 */
static int
time_near(const struct qx_view *v, const struct qx_ent *e)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t k = (size_t)(e->mark - v->base), l = k > 96 ? k - 96 : 0, i,
	    w = l, ws;

	/* a colon or a comma, a reporting verb or "that" leads into it */
	i = word_before(p, l, k, &ws);
	if (!(i > l && (p[i - 1] == ':' || p[i - 1] == ',')) && !(i > ws &&
	    (qw_in(QW_VERB, (const char *)p + ws, i - ws) ||
	    (i - ws == 4 && memcmp(p + ws, "that", 4) == 0))))
		return 0;
	for (i = l; i < k; i++) {
		if (tk_alpha(p[i]))
			continue;
		if (p[i] == ' ' && i - w >= 3 && time_bytes(p, w, i))
			return 1;
		w = i + 1;
	}
	return 0;
}

/* The text looked at before an opening mark: its sentence, in tokens. */
static int
before_toks(struct sieve_ctx *c)
{
	const struct qx_view *v = c->v;
	const struct qx_ent *e = c->e;
	uint64_t lo = e->mark > v->base + QX_BEHIND ? e->mark - QX_BEHIND :
	    v->base;
	int i;

	tokenize(c->ts, v, sure_break(NULL, v, lo, e->mark), e->mark, TK_LAST);
	for (i = c->ts->n - 1; i >= 0; i--)
		if (tk_send(c->ts, i) || c->ts->t[i].kind == TK_MARK)
			return i + 1;
	return 0;
}

/* (D), (D-Nev.), (R-S.C.): a party tag in brackets from i, or i. */
static int
past_tag(const struct toks *ts, int i)
{
	int j;

	if (!tk_punct(ts, i, '('))
		return i;
	for (j = i + 1; j < ts->n && j <= i + 4 && !tk_punct(ts, j, ')'); j++)
		if (!tk_word(ts, j) && !tk_punct(ts, j, '-') &&
		    !tk_punct(ts, j, '.'))
			return i;
	if (!tk_punct(ts, j, ')') || j == i + 1 || !tk_cap(ts, i + 1) ||
	    tk_n(ts, i + 1) > 6)
		return i;
	return j + 1;
}

/*
 * The subject [i, *mp] after a closing mark: a pronoun, or capitalised
 * words (a title and a name; lower-case role words before them), with
 * the name particles inside.  0 for none.
 */
static int
subject_after(const struct toks *ts, int i, int *mp)
{
	int j = i, caps = 0;

	if (tk_in(ts, i, QW_PRONOUN) && !tk_in(ts, i, QW_IMPERSONAL)) {
		*mp = i;
		return 1;
	}
	/* "state Sen. X": a role in lower case before the title */
	while (j < ts->n && j < i + 2 && tk_word(ts, j) && !ts->t[j].cap &&
	    !tk_in(ts, j, QW_STOP | QW_DET | QW_PRONOUN | QW_VERB |
	    QW_ADVERB | QW_MODAL))
		j++;
	for (; j < ts->n && j < i + 8 && (tk_cap(ts, j) ||
	    (tk_in(ts, j, QW_NAMEPART | QW_PARTICLE) && tk_cap(ts, j + 1) &&
	    caps > 0)); j++)
		caps += tk_cap(ts, j);
	if (caps == 0 || !namelike(ts, i, j - 1))
		return 0;
	*mp = j - 1;
	return 1;
}

/*
 * “...,” Sen. Jason Holsman (D) said; “...,” he will say: after the
 * closing mark, a subject, then a party tag in brackets or a modal (and
 * an adverb), then the reporting verb.
 */
void
sv_after_between(struct spk *sp, struct sieve_ctx *c)
{
	struct toks *ts = c->ts;
	uint64_t a = c->e->after;
	int i, m, k;

	if (!c->closed || c->period || !c->sep)
		return;
	tk_ahead(ts, c->v, a);
	i = tk_past_lead(ts, 0);
	if (!subject_after(ts, i, &m))
		return;
	k = past_tag(ts, m + 1);
	if (k == m + 1) {
		if (!tk_in(ts, k, QW_MODAL))
			return;
		k++;
		if (tk_in(ts, k, QW_ADVERB) && !tk_in(ts, k, QW_VERB))
			k++;
	}
	if (!tk_vp(ts, k) || ts->t[k].cap)
		return;
	spk_set(sp, ts, i, m);
	c->after = 1;
}

/* A time between a subject and its verb: later, Thursday, on Monday. */
static int
time_word(const struct toks *ts, int i)
{
	return tk_in(ts, i, QW_DAY) || (tk_in(ts, i, QW_TIME) &&
	    !ts->t[i].cap);
}

/*
 * Back from the verb at k over what may stand between it and its
 * subject: has, had, also; a time (later, Thursday, on Monday, this
 * morning); an aside in commas (", for one,").  The index of the
 * subject's last token.
 */
static int
back_between(const struct toks *ts, int i0, int k)
{
	int m = k - 1, b;

	while (m > i0) {
		if (tk_punct(ts, m, ',')) {
			for (b = m - 1; b > i0 && b > m - 5 && tk_word(ts, b) &&
			    !ts->t[b].cap; b--)
				;
			if (b == m - 1 || !tk_punct(ts, b, ','))
				return m;
			m = b - 1;
		} else if (time_word(ts, m) || (tk_in(ts, m, QW_ADVERB) &&
		    !ts->t[m].cap)) {
			m--;
			/* on Monday, this morning, last week */
			if (m > i0 && (tk_is(ts, m, "on") || tk_is(ts, m, "this") ||
			    tk_is(ts, m, "last")) && time_word(ts, m + 1))
				m--;
		} else
			return m;
	}
	return m;
}

/*
 * The subject of a relative clause, [b, m], right after its relative
 * word: a pronoun, or a noun phrase of up to five words that ends in a
 * capitalised word or a person's noun (one Latino conservative).
 */
static int
relative_subject(const struct toks *ts, int i0, int m, int *bp)
{
	int b;

	if (tk_in(ts, m, QW_PRONOUN) && !tk_in(ts, m, QW_IMPERSONAL)) {
		*bp = m;
		return tk_in(ts, m - 1, QW_RELATIVE);
	}
	for (b = m; b > i0 && b > m - 5 && tk_word(ts, b) &&
	    !tk_in(ts, b, QW_STOP | QW_PRONOUN | QW_VERB | QW_TIME |
	    QW_DAY | QW_NOBODY | QW_POINTER); b--)
		;
	if (b == m || !(tk_in(ts, b, QW_RELATIVE) || tk_is(ts, b, "that")))
		return 0;
	*bp = b + 1;
	/* not "which the party called": a body's determiner, no person */
	return ts->t[m].cap || tk_in(ts, b + 1, QW_ALONE);
}

/*
 * The deal, which Trump had called a “disaster”; in what one Latino
 * conservative has dubbed “the yuca primary”; charges that Rush Limbaugh,
 * for one, called “...”; Bannon, who Beck on Wednesday called “...”:
 * a naming verb right before the quotation (an article or "as" between)
 * whose subject follows a relative word speaks for the quotation.
 */
void
sv_relative_naming(struct spk *sp, struct sieve_ctx *c)
{
	struct toks *ts = c->ts;
	int i0, k, m, b, n;

	if (c->e->depth != 0 || !naming_before(c->v, c->e))
		return;
	i0 = before_toks(c);
	k = ts->n - 1;
	if (tk_is(ts, k, "a") || tk_is(ts, k, "an") || tk_is(ts, k, "the") ||
	    tk_is(ts, k, "as"))
		k--;
	if (k <= i0 || !tk_in(ts, k, QW_NAMING) || ts->t[k].cap)
		return;
	m = back_between(ts, i0, k);
	if (m <= i0 || !tk_word(ts, m) || !relative_subject(ts, i0, m, &b))
		return;
	/* "what aide Kevin Phillips called": a role before a name is left out */
	for (n = b; n < m && tk_word(ts, n) && !ts->t[n].cap &&
	    !tk_in(ts, n, QW_DET | QW_ALONE); n++)
		;
	if (n > b && n < m && all_name(ts, n, m))
		b = n;
	spk_set(sp, ts, b, m);
}

/*
 * Priebus later Thursday told Fox News: “...”; Lee on Monday said that
 * “...”: the reporting verb nearest before the quotation has a time
 * between it and its subject, read past it.
 */
void
sv_time_between(struct spk *sp, struct sieve_ctx *c)
{
	struct toks *ts = c->ts;
	struct spk t;
	int i0, k, a, m;

	if (c->e->depth != 0 || !time_near(c->v, c->e))
		return;
	i0 = before_toks(c);
	t.found = 0;
	if (before_verb(&t, ts, i0, &k, &a) || k <= i0 || a > k)
		return;
	if (!time_word(ts, k - 1))
		return;
	m = back_between(ts, i0, k);
	/*
	 * a name or a pronoun before the time: not "The State Department
	 * less than two weeks ago said", where the time has a number
	 */
	if (m < i0 || !(tk_cap(ts, m) || tk_in(ts, m, QW_PRONOUN)) ||
	    tk_in(ts, m, QW_TIME | QW_DAY | QW_STOP | QW_IMPERSONAL))
		return;
	np_backward(sp, ts, i0, m + 1);
}

/*
 * “A,” another friend, Mariam Emara told CNN. “B.”; ''A,'' as his
 * father dreamed, Mr. Turry said. ''B.'': a quotation that opens the
 * sentence after the last one's, in the same paragraph, goes on in its
 * voice where that sentence names the last speaker and has a reporting
 * verb, however the last speaker was found.
 */
void
sv_named_between(struct spk *sp, struct sieve_ctx *c)
{
	const struct qx *x = c->x;
	const struct qx_view *v = c->v;
	const struct qx_ent *e = c->e;
	const unsigned char *p = (const unsigned char *)v->buf;
	struct toks *ts = c->ts;
	size_t k, l;
	int i, verb = 0;

	if (e->depth != 0 || !x->lq_found || !held(x->lsp_s, e) ||
	    x->lafter < v->base || x->lafter > x->lsp_s ||
	    x->lsp_e > e->mark || e->mark - x->lafter > 400)
		return;
	l = (size_t)(x->lafter - v->base);
	/* past the apostrophe a nested quotation left (after-apostrophe) */
	l += l >= 2 && p[l] == '\'' && p[l - 1] == '\'' && p[l - 2] == '\'';
	for (k = (size_t)(e->mark - v->base); k > l && (p[k - 1] == ' ' ||
	    p[k - 1] == '\t'); k--)
		;
	if (k == l || p[k - 1] != '.' || memchr(p + l, '\n', k - l) != NULL)
		return;
	tokenize(ts, v, v->base + l, v->base + k, TK_LAST);
	if (ts->n == TK_MAX)
		return;
	for (i = 0; i < ts->n; i++) {
		if (ts->t[i].kind == TK_MARK || ts->t[i].kind == TK_PARA ||
		    (tk_send(ts, i) && i + 1 < ts->n))
			return;
		verb |= tk_vp(ts, i) && !ts->t[i].cap;
	}
	if (!verb)
		return;
	sp->s = x->lsp_s;
	sp->e = x->lsp_e;
	sp->found = 1;
	sp->named = x->lsp_named;
}

/*
 * ''... 'Hey, this is for real,''' Mr. English said: where a quotation
 * nested in single quotes ends with its outer one, the closing mark's
 * two apostrophes leave the inner one's after them; the attribution
 * follows that apostrophe.
 */
void
sv_after_apostrophe(struct spk *sp, struct sieve_ctx *c)
{
	struct toks *ts = c->ts;
	const struct qx_view *v = c->v;
	const unsigned char *p = (const unsigned char *)v->buf;
	uint64_t vend = v->base + v->len, a = c->e->after;

	if (!c->closed || c->period || a < v->base + 2 || a >= vend ||
	    p[a - v->base] != '\'' || p[a - v->base - 1] != '\'' ||
	    p[a - v->base - 2] != '\'')
		return;
	a++;
	tk_after(ts, v, a);
	c->after = spk_after(sp, ts, 0, 1);
}

/*
 * A name joined by ampersands from i on: AT&T, P&G Amiens, Ernst &
 * Young; its last token, or -1 where no ampersand joins two capitalised
 * words (a name without one is the other sieves' business) or a word
 * is a possessive.
 */
static int
ampersand_name(const struct toks *ts, int i)
{
	int j, amp = 0;

	for (j = i; j < ts->n && j < i + 8; j++) {
		if (tk_punct(ts, j, '&') && j > i && tk_cap(ts, j - 1) &&
		    tk_cap(ts, j + 1))
			amp = 1;
		/* "AT&T": a word at an ampersand is the name's, "at" or not */
		else if (!tk_cap(ts, j) || (tk_in(ts, j, QW_PRONOUN | QW_DET |
		    QW_STOP | QW_VERB) && !tk_punct(ts, j + 1, '&') &&
		    !tk_punct(ts, j - 1, '&')))
			break;
		if (tk_word(ts, j) && tk_possessive(ts, j))
			return -1;
	}
	return amp && j > i ? j - 1 : -1;
}

/*
 * The speaker whose name has an ampersand, from token i: the name (one
 * P&G employee, a role in lower case after it), or the person named
 * after the role (AT&T chief executive John Stankey); -1, or the index
 * past the phrase with [*bp, *mp] set.
 */
static int
ampersand_phrase(const struct toks *ts, int i, int *bp, int *mp)
{
	int b = i, m, j, c;

	if (tk_in(ts, i, QW_ALONE) && !ts->t[i].cap)
		i++;
	if ((m = ampersand_name(ts, i)) < 0)
		return -1;
	for (j = m + 1; j < ts->n && j < m + 4 && tk_word(ts, j) &&
	    !ts->t[j].cap && !tk_in(ts, j, QW_STOP | QW_DET | QW_PRONOUN |
	    QW_VERB | QW_ADVERB | QW_MODAL); j++)
		;
	for (c = j; c < ts->n && c < j + 4 && tk_cap(ts, c); c++)
		;
	/* "AT&T chief executive John Stankey": the person, not the role */
	if (j > m + 1 && c - j >= 2 && namelike(ts, j, c - 1)) {
		*bp = j;
		*mp = c - 1;
		return c;
	}
	*bp = b;
	*mp = j - 1;
	return j;
}

/*
 * “...,” said AT&T chief executive John Stankey; “...,” one P&G Amiens
 * employee told Y; “...,” Ernst & Young said: after the closing mark, a
 * name with an ampersand before or after the reporting verb.
 */
void
sv_after_ampersand(struct spk *sp, struct sieve_ctx *c)
{
	struct toks *ts = c->ts;
	const struct qx_view *v = c->v;
	uint64_t vend = v->base + v->len, a = c->e->after;
	int i, b, m, k;

	if (!c->closed || c->period || a >= vend ||
	    memchr(v->buf + (a - v->base), '&', (size_t)(a + 80 < vend ?
	    80 : vend - a)) == NULL)
		return;
	tk_ahead(ts, v, a);
	i = tk_past_lead(ts, 0);
	if (tk_verb(ts, i) && !ts->t[i].cap) {
		if (ampersand_phrase(ts, i + 1, &b, &m) < 0)
			return;
	} else if ((k = ampersand_phrase(ts, i, &b, &m)) < 0 ||
	    !tk_vp(ts, k) || ts->t[k].cap)
		return;
	spk_set(sp, ts, b, m);
	c->after = 1;
}

/*
 * May a lead-in's subject start at token s: a name, a pronoun that
 * names a person or a noun phrase with an article, not "there" or "it"?
 */
static int
lead_subject(const struct toks *ts, int s)
{
	return (tk_cap(ts, s) || tk_in(ts, s, QW_PRONOUN | QW_DET)) &&
	    !tk_in(ts, s, QW_IMPERSONAL | QW_LEAD | QW_OPENER | QW_ASIDE |
	    QW_PREP | QW_SUBORD | QW_NOBODY | QW_POINTER);
}

/*
 * The noun phrase from s and, past an aside in commas, adverbs and a
 * modal, the verb of the lead-in's clause; 1 with the phrase in sp.
 */
static int
lead_clause(struct spk *sp, const struct toks *ts, int s, int n)
{
	int j, b, modal;

	if (!lead_subject(ts, s) || !np_forward(sp, ts, s))
		return 0;
	for (j = s; j < n && ts->t[j].s < sp->e; j++)
		;
	/* "Clinton, exasperated, famously responded" */
	if (tk_punct(ts, j, ',')) {
		for (b = j + 1; b < n && b < j + 16 && !tk_punct(ts, b, ','); b++)
			if (ts->t[b].kind != TK_WORD)
				return 0;
		if (!tk_punct(ts, b, ','))
			return 0;
		j = b + 1;
	}
	for (modal = 0; j < n && !ts->t[j].cap && (tk_in(ts, j, QW_ADVERB |
	    QW_MODAL) || tk_ly(ts, j)) && !tk_in(ts, j, QW_VERB); j++)
		modal |= tk_in(ts, j, QW_MODAL);
	/*
	 * a verb, not a noun after a capitalised word ("Giant screens
	 * hanging"): a reporting or past form, or any verb after a modal
	 */
	if (j >= n || !verb_after(ts, j) || tk_in(ts, j, QW_PREP) ||
	    !(modal || tk_pastlike(ts, j) || tk_in(ts, j, QW_VERB |
	    QW_JUDGE | QW_PAST | QW_PASSIVE)))
		return 0;
	/*
	 * not where a clause of its own leads in: "Bundy says to him, who
	 * responds:", "was so odd that a spokesman could only quip:"
	 */
	for (b = j + 1; b < n; b++)
		if (tk_in(ts, b, QW_RELATIVE | QW_SUBORD) ||
		    tk_is(ts, b, "that") || tk_is(ts, b, "where"))
			return 0;
	return 1;
}

/*
 * A familiar voice celebrated the attacks on Twitter: “...”; Clinton,
 * exasperated, famously responded: “...”; In the hours after X, a
 * familiar voice ...: a sentence that leads into the quotation with a
 * colon speaks through the subject of its clause, at its start or after
 * an opening phrase (one that opens with a preposition, an aside or a
 * subordinating word, up to a comma).
 */
void
sv_colon_subject(struct spk *sp, struct sieve_ctx *c)
{
	const struct qx_view *v = c->v;
	const unsigned char *p = (const unsigned char *)v->buf;
	struct toks *ts = c->ts;
	size_t k = (size_t)(c->e->mark - v->base);
	int i0, n, s, open;

	while (k > 0 && (p[k - 1] == ' ' || p[k - 1] == '\t'))
		k--;
	if (c->e->depth != 0 || k == 0 || p[k - 1] != ':')
		return;
	i0 = before_toks(c);
	n = ts->n - 1;
	if (n - i0 < 2 || n == TK_MAX - 1 || !tk_punct(ts, n, ':'))
		return;
	s = skip_asides(ts, i0, n);
	if (lead_clause(sp, ts, s, n))
		return;
	sp->found = 0;
	/* past an opening phrase: "In the hours after ..., Calif., a voice" */
	open = tk_in(ts, s, QW_PREP | QW_SUBORD | QW_ASIDE | QW_LEAD |
	    QW_OPENER);
	for (; open && s < n; s++) {
		if (tk_punct(ts, s, ',') && lead_clause(sp, ts, s + 1, n))
			return;
		sp->found = 0;
	}
}

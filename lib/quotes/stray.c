/*
 * The last look at a speaker a sieve found: a word that stands where a
 * subject would but names nobody (a day, an adverb, a place, an
 * auxiliary, the first word of a sentence) is no speaker.  A wrong name
 * is worse than none, so such a speaker is dropped and the next sieve
 * looks; a conjunction or an adverb at its edge is trimmed instead.
 * The examples are in t/corpus/quotes/no-speaker.tsv.
 */
#include <string.h>

#include "speaker.h"

/*
 * received, highlighted: a past form in lower case, no name's word; but
 * the head of "those surveyed", a verb's subject though read short.
 */
static int
past_form(const struct toks *ts, int i)
{
	const char *p = tk_p(ts, i);
	size_t n = tk_n(ts, i);

	return tk_word(ts, i) && !ts->t[i].cap && n > 3 && p[n - 2] == 'e' &&
	    p[n - 1] == 'd';
}

/* he'd, she's, I'm: the length of the pronoun before the apostrophe. */
static size_t
contraction(const struct toks *ts, int i)
{
	const char *p = tk_p(ts, i);
	size_t n = tk_n(ts, i), k;

	for (k = 0; k < n && tk_alpha((unsigned char)p[k]); k++)
		;
	if (k == 0 || k == n || !qw_in(QW_PRONOUN, p, k))
		return 0;
	if (p[k] == '\'')
		return k;
	if (n - k >= 3 && memcmp(p + k, "\xe2\x80\x99", 3) == 0)
		return k;
	return 0;
}

/*
 * "Stated Stone: “...”", "Continued Stone:": a reporting verb that opens
 * a label in capitals, before the name; not Said, a first name.
 */
static int
lead_verb(const struct toks *ts, int i)
{
	return tk_cap(ts, i) && tk_cap(ts, i + 1) && tk_in(ts, i, QW_VERB) &&
	    !tk_is(ts, i, "said");
}

/* R-Pa., D-Nev.: a party tag, which follows a name and is none. */
int
spk_party_tag(const struct toks *ts, int i)
{
	const char *p = tk_p(ts, i);

	return tk_word(ts, i) && tk_n(ts, i) >= 3 && (p[0] == 'R' || p[0] == 'D' ||
	    p[0] == 'I') && p[1] == '-' && p[2] >= 'A' && p[2] <= 'Z';
}

/* Is every word of [b, m] a place: Ohio, New Hampshire, WASHINGTON? */
static int
all_place(const struct toks *ts, int b, int m)
{
	for (; b <= m; b++)
		if (!tk_in(ts, b, QW_PLACE))
			return 0;
	return 1;
}

/*
 * "75 percent of Republicans said", "31% of likely voters say": the
 * speaker at b is the whole of a share of a poll, which names nobody.
 */
static int
share_of(const struct toks *ts, int b)
{
	int c = b - 1;

	/* "of likely voters": the speaker left the adjective out */
	if (c > 0 && tk_word(ts, c) && !ts->t[c].cap && !tk_is(ts, c, "of"))
		c--;
	if (c < 1 || !tk_is(ts, c, "of"))
		return 0;
	return tk_in(ts, c - 1, QW_NOBODY) || tk_punct(ts, c - 1, '%');
}

/* The tokens [*bp, *mp] that the speaker is, or 0 where it is none. */
static int
spk_span(const struct spk *sp, const struct toks *ts, int *bp, int *mp)
{
	int b, m;

	for (b = 0; b < ts->n && ts->t[b].s != sp->s; b++)
		;
	for (m = b; m < ts->n && ts->t[m].e != sp->e; m++)
		;
	if (b >= ts->n || m >= ts->n || ts->t[b].s > sp->e)
		return 0;
	*bp = b;
	*mp = m;
	return 1;
}

/*
 * Trim or drop the speaker sp, whose tokens are in ts; returns 0 when
 * it is no speaker.  "But Tom Miller" gives Tom Miller, "Hillary Clinton
 * frequently" Hillary Clinton, "he'd" he; "Tuesday", "the past",
 * "angrily", "did", "Asked", "New Hampshire", "Trump's", "R-Pa.",
 * "received", "the" give none; "Obama himself has even" gives Obama, "Stated
 * Stone" Stone.
 */
int
spk_tidy(struct spk *sp, const struct toks *ts)
{
	int b, m, i;
	size_t k;

	if (!spk_span(sp, ts, &b, &m))
		return 1;
	while (b < m && (tk_in(ts, b, QW_LEAD) || lead_verb(ts, b)))
		b++;
	/*
	 * "Obama himself has even", "Ed Krayewski may"; but "those
	 * surveyed" keeps its -ed, and "Will" in capitals may be a name.
	 * Nor does a speaker end in an article or a preposition, once such
	 * a word after it is gone: "Trump at the (rally)".
	 */
	while (m > b && (tk_ly(ts, m) ||
	    tk_in(ts, m, QW_TRAIL | QW_AUX | QW_ADVERB) ||
	    (!tk_cap(ts, m) && tk_in(ts, m, QW_PAST | QW_MODAL)) ||
	    (!tk_cap(ts, m) && tk_in(ts, m, QW_DET | QW_POSTNOUN) &&
	    !tk_in(ts, m, QW_ALONE))))
		m--;
	/* "At" opens no name, but "AT&T" is one */
	if ((tk_in(ts, b, QW_LEAD | QW_OPENER) && !(b < m &&
	    tk_punct(ts, b + 1, '&'))) || tk_possessive(ts, m) ||
	    all_place(ts, b, m))
		return 0;
	for (i = b; i <= m; i++)
		if (tk_in(ts, i, QW_DAY | QW_TIME | QW_NOBODY))
			return 0;
	if (share_of(ts, b))
		return 0;
	/* "the", "his" alone name nobody; "one", "another" may */
	if (b == m && tk_in(ts, b, QW_DET) && !tk_in(ts, b, QW_ALONE))
		return 0;
	if (b == m && (tk_ly(ts, b) || tk_in(ts, b, QW_AUX) ||
	    (past_form(ts, b) && !tk_in(ts, b - 1, QW_DET | QW_NOBODY)) ||
	    spk_party_tag(ts, b) ||
	    tk_digit((unsigned char)tk_p(ts, b)[0])))
		return 0;
	sp->s = ts->t[b].s;
	sp->e = ts->t[m].e;
	if (b == m && (k = contraction(ts, b)) > 0)
		sp->e = sp->s + k;
	sp->named = tk_cap(ts, b) && !tk_in(ts, b, QW_PRONOUN) &&
	    !tk_in(ts, b, QW_DET);
	return 1;
}

/*
 * The speaker search: an ordered table of sieves (at the end of this
 * file), each looking in one place around a quotation.  The first that
 * finds a speaker decides; a quotation none of them speaks for has no
 * speaker.  In order:
 *
 *   after      right after the closing mark, in the same sentence:
 *              “We agree,” he said.  “Yes,” said Foreign Minister X.
 *   label-colon  a name alone before the colon that leads into the
 *              quotation, after a dash or "More from" (qcarry.c):
 *              ... TOO EARLY - Jane Doe: “...”  Rep. X (R-S.C.): “...”
 *   before     before the opening mark, in the same sentence:
 *              The minister said: “We agree.”  X noted that “...”
 *   colon-para a quotation that opens a paragraph after one that
 *              ended with a colon: Cruz continued: (paragraph) “...”
 *   headline   the record's first line, a name and a verb in title
 *              case before the quotation or after it (qcarry.c):
 *              Glenn Beck Says Trump, ‘Alt Right’ Pose A Threat.
 *   later      later in the sentence, after a comma:
 *              ... is “a floor” for finance, Chief Negotiator X said.
 *   said-late  an inverted attribution later, after a comma (qcarry.c):
 *              “...” about the decision, said RoseAnn DeMoro.
 *   after-aside  a name after the closing mark, its apposition, then
 *              the verb after a comma (qcarry.c):
 *              “...,” Jeff Weaver, Sanders' campaign manager, said.
 *   late-clause  (qclause.c) the same past other quotations, or
 *              after a later comma: “maybe” and “perhaps”, he told X.
 *   after-end  after a quotation that ended its sentence, a bare
 *              attribution only: “We will win.” Zelensky said.
 *   partial    a partial quotation in a clause that judges or names:
 *              Smith praised the plan's “clear goals”.
 *   same-clause  (qclause.c) a partial quotation after another in the
 *              same clause: accused Cruz of being “X” and “Y”.
 *   goes-on    a quotation that opens the sentence right after the
 *              last one's attribution: “A,” X told reporters. “B.”
 *   points-back  the sentence after it points back and names the
 *              speaker: “...” That was the advice of Dr X.
 *   next-para  a quotation that opens a paragraph after one that ended
 *              with the last quotation: “A,” X said. (paragraph) “B.”
 *   said-before  a quotation that opens a sentence after one with a
 *              reporting verb and none: Adelson said so. “It changes.”
 *   voice-before  a quotation that opens a sentence after one whose
 *              voice is named around quotations of its own (qcarry.c):
 *              “A,” X said on “This Week.” “B.”
 *   subject    a partial quotation in the middle of a sentence: the
 *              sentence's subject, a name or a pronoun and its verb:
 *              Trump launched into a lament for the “countless Americans”.
 *   aside-subject  (qclause.c) the same, past an aside after the
 *              subject: Clinton, in Columbus, Ohio, said she was “...”.
 *   speech-subject  (qclause.c) a reporting verb in the sentence, its
 *              subject not found: the sentence's, past other quotations:
 *              She declared “Yes!” and said she would go on “to win”.
 *
 * Whatever a sieve finds, stray.c may trim or drop (a day, an adverb).
 *
 * Each sieve's examples, and inputs none may take, are in
 * t/corpus/quotes/ (speakers-after.tsv, speakers-before.tsv, ...).
 */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>	/* a compiler header, not a library */
#endif

#include "speaker.h"

/*
 * ,” said X: the noun phrase after the verb at i, or the name in
 * apposition after a role (,” said the company's chief executive,
 * Olumide Adeyemi).
 */
int
after_verb(struct spk *sp, const struct toks *ts, int i)
{
	int j, c;

	if (tk_is(ts, i + 1, "out") || (tk_in(ts, i, QW_PHRASAL) &&
	    tk_in(ts, i + 1, QW_VPART)))
		i++;
	if (!np_forward(sp, ts, i + 1))
		return 0;
	/* ,” said the company's chief executive, Olumide Adeyemi. */
	for (j = i + 1; j < ts->n && ts->t[j].s < sp->e; j++)
		;
	/* ,” said the candidate could win: the said clause's subject */
	if (clause_verb(ts, j)) {
		sp->found = 0;
		return 0;
	}
	/* ,” recalled his son and disciple, Kamran Rafiq. */
	if (tk_is(ts, j, "and") && tk_word(ts, j + 1) &&
	    !ts->t[j + 1].cap && tk_punct(ts, j + 2, ','))
		j += 2;
	if (!sp->named && tk_punct(ts, j, ',') && tk_cap(ts, j + 1)) {
		for (c = j + 1; c < ts->n && (tk_cap(ts, c) ||
		    (tk_in(ts, c, QW_NAMEPART) && tk_cap(ts, c + 1))); c++)
			;
		if (c - j - 1 >= 2 && (c == ts->n || !tk_word(ts, c)) &&
		    !titled(ts, j + 1, c - 1) && namelike(ts, j + 1, c - 1))
			spk_set(sp, ts, j + 1, c - 1);
	}
	return 1;
}

/*
 * ,” Sheikh Khalifa, Chairman of X, said: the subject [i, j) ends at
 * the comma j, an apposition follows and then the verb; the name is
 * whichever of the two is no title.
 */
static int
after_apposition(struct spk *sp, const struct toks *ts, int i, int j)
{
	int c, ne;

	if (j == i || ts->t[j].kind != TK_PUNCT || ts->t[j].cp != ',')
		return 0;
	for (c = j + 1; c < ts->n && c - j < 16 && tk_word(ts, c); c++)
		;
	/* ,” his son, Khalid Al Mheiri, 58, told The National */
	ne = c - 1;
	if (tk_punct(ts, c, ',') && tk_word(ts, c + 1) &&
	    tk_digit((unsigned char)tk_p(ts, c + 1)[0]) &&
	    tk_punct(ts, c + 2, ',') && tk_vp(ts, c + 3))
		c += 2;
	if (c >= ts->n || c <= j + 1 || ts->t[c].kind != TK_PUNCT ||
	    ts->t[c].cp != ',' || !tk_vp(ts, c + 1))
		return 0;
	/* ,” Rep. Glenn Thompson, R-Pa., said: the tag is no name */
	if (titled(ts, i, j - 1) && name_back(ts, j + 1, ne) == j + 1 &&
	    !titled(ts, j + 1, ne) && !(ne == j + 1 && spk_party_tag(ts, ne)))
		spk_set(sp, ts, j + 1, ne);
	else
		spk_set(sp, ts, i, j - 1);
	return 1;
}

/*
 * ,” the minister said, ,” an official from the ministry said, ,” KUNA
 * quoted the minister as saying: a subject from i and its verb.
 */
static int
after_subject(struct spk *sp, const struct toks *ts, int i)
{
	int j, c, m, pn = -1;

	for (j = i; j < ts->n && j - i <= 12; j++) {
		/* ,” Sanders’ campaign said: the owner's apostrophe */
		if (!tk_word(ts, j) && j > i && s_owner(ts, j) &&
		    !tk_vp(ts, j + 1))
			continue;
		if (!tk_word(ts, j))
			return after_apposition(sp, ts, i, j);
		/* ," KUNA quoted the minister as saying */
		if (j > i && tk_in(ts, j, QW_QUOTING) && !tk_passive(ts, j - 1)) {
			for (c = j + 1; c < ts->n && c < j + 10; c++)
				if (tk_is(ts, c, "as") &&
				    tk_is(ts, c + 1, "saying"))
					return c > j + 1 &&
					    np_forward(sp, ts, j + 1);
		}
		if (j > i && tk_vp(ts, j)) {
			for (m = j - 1; m > i && tk_in(ts, m, QW_ADVERB); m--)
				;
			/* ,” one said: a det that stands alone */
			if ((tk_in(ts, m, QW_DET) && !(m == i &&
			    tk_in(ts, m, QW_ALONE))) || tk_in(ts, m, QW_STOP))
				return 0;
			/* ,” Ann Lee in Ohio said: the name, not its phrase */
			if (pn > i && name_words(ts, i, pn - 1))
				m = pn - 1;
			spk_set(sp, ts, i, m);
			return 1;
		}
		/* ,” an official close to Smith said: the noun's phrase */
		if (pn < 0 && j > i && tk_in(ts, j, QW_POSTNOUN) &&
		    tk_word(ts, j - 1) && !tk_in(ts, j - 1, QW_STOP | QW_DET)) {
			pn = j;
			continue;
		}
		/* ,” an official from the ministry said */
		if (tk_in(ts, j, QW_STOP) && !tk_in(ts, j, QW_PARTICLE) &&
		    !tk_is(ts, j, "from") && !(tk_is(ts, j, "at") &&
		    tk_in(ts, j - 1, QW_AT_NOUN)))
			return 0;
	}
	return 0;
}

/* PAC, CEO: a word of two or more capitals and nothing else. */
static int
all_caps(const struct toks *ts, int i)
{
	const char *p = tk_p(ts, i);
	size_t n = tk_n(ts, i), k;

	for (k = 0; k < n && p[k] >= 'A' && p[k] <= 'Z'; k++)
		;
	return n >= 2 && k == n;
}

/*
 * ,” super PAC spokeswoman Kellyanne Conway said; ,” former presidential
 * candidate Herman Cain said: up to six words in lower case (or an
 * acronym) before a name of two or more words and its verb; the name is
 * the speaker, the words before it a role.
 */
static int
after_role_name(struct spk *sp, const struct toks *ts, int i)
{
	int j, c;

	for (j = i; j < ts->n && j < i + 6 && tk_word(ts, j) &&
	    (!ts->t[j].cap || all_caps(ts, j)) &&
	    !tk_in(ts, j, QW_STOP | QW_DET | QW_PRONOUN | QW_VERB); j++)
		;
	if (j == i || tk_cap(ts, i))
		return 0;
	for (c = j; c < ts->n && c < j + 5 && tk_cap(ts, c) &&
	    !all_caps(ts, c); c++)
		;
	if (c - j < 2 || !tk_vp(ts, c) || !namelike(ts, j, c - 1))
		return 0;
	spk_set(sp, ts, j, c - 1);
	return 1;
}

/*
 * After the closing mark: ,” he said / ,” said X / ,” according to X /
 * ” – Minister X.  strict: the quotation ended its sentence, so only a
 * bare attribution counts; sep: it ended with , ? or !, so its sentence
 * goes on.
 */
int
spk_after(struct spk *sp, const struct toks *ts, int strict, int sep)
{
	int i = tk_past_lead(ts, 0), j, c;

	/* ,” as one colleague put it */
	if (tk_is(ts, i, "as") && tk_word(ts, i + 1) && !tk_verb(ts, i + 1))
		i++;
	if (!tk_word(ts, i))
		return 0;
	/*
	 * After a quotation that ended its sentence, only a bare
	 * attribution: ."  Zelensky said.  Not ."  He added that ...
	 */
	if (strict)
		for (j = i; j < ts->n; j++)
			if (tk_is(ts, j, "that") ||
			    (ts->t[j].kind == TK_PUNCT && ts->t[j].cp == ':'))
				return 0;
	if (tk_is(ts, i, "according") && tk_is(ts, i + 1, "to"))
		return np_according(sp, ts, i + 2);
	/* A headline's “...” – Minister Bayramov: a name alone after a dash. */
	if (i > 0 && qx_dash(ts->t[i - 1].cp) && ts->n - i <= 8) {
		for (j = i; j < ts->n && (tk_cap(ts, j) ||
		    (tk_in(ts, j, QW_NAMEPART) && j > i)); j++)
			;
		if (j == ts->n && namelike(ts, i, j - 1)) {
			spk_set(sp, ts, i, j - 1);
			return 1;
		}
	}
	/* ” – this was stated by X, ” was posted on Telegram by X */
	j = i + (tk_is(ts, i, "this") || tk_is(ts, i, "that") ||
	    tk_is(ts, i, "it"));
	if (tk_passive(ts, j) && tk_in(ts, j + 1, QW_VERB)) {
		for (c = j + 2; c < ts->n && c < j + 8 && tk_word(ts, c); c++)
			if (tk_is(ts, c, "by"))
				return np_forward(sp, ts, c + 1);
		return 0;
	}
	if (tk_verb(ts, i))
		return after_verb(sp, ts, i);
	/* ,” officials said; not “Islamic State” group claimed */
	if ((sep || i > 0) && !ts->t[i].cap && tk_vp(ts, i + 1) &&
	    !tk_in(ts, i, QW_STOP) && !tk_in(ts, i, QW_ADVERB) &&
	    !tk_in(ts, i, QW_ASIDE)) {
		spk_set(sp, ts, i, i);
		return 1;
	}
	if (after_role_name(sp, ts, i))
		return 1;
	/*
	 * ,” al Balushi added; ,” team principal X told him: a name
	 * particle or a role in lower case may open the name
	 */
	if (!ts->t[i].cap && !tk_in(ts, i, QW_DET) && !tk_in(ts, i, QW_PRONOUN) &&
	    !(tk_in(ts, i, QW_NAMEPART) && tk_cap(ts, i + 1)) &&
	    !role_before_name(ts, i) && !tk_in(ts, i, QW_AT_NOUN))
		return 0;
	return after_subject(sp, ts, i);
}

/*
 * The reporting verb nearest before the quotation in its sentence [i0,
 * n), in *k, and an "according to" or "in the words of" in *a (the
 * index of "according" or "words"); -1 for none.  Returns 1 where "X
 * quoted Y as saying" named the speaker on the way.
 */
int
before_verb(struct spk *sp, const struct toks *ts, int i0, int *kp, int *ap)
{
	int i, j, k = -1, a = -1;
	size_t n;

	/* both found, the words before have nothing more to tell */
	for (i = ts->n - 1; i >= i0 && (k < 0 || a < 0); i--) {
		/* each test below is of a word at i, by its length first */
		if (ts->t[i].kind != TK_WORD)
			continue;
		n = tk_n(ts, i);
		/* "Ginsburg's comments “...”", "his remarks": a noun */
		if (k < 0 && tk_vp(ts, i) && !tk_possessive(ts, i - 1) &&
		    !tk_in(ts, i - 1, QW_DET) && !s_owner(ts, i - 1))
			k = i;
		/* "X was quoted by KUNA as saying" */
		for (j = i - 2; k < 0 && n == 6 && tk_is(ts, i, "saying") &&
		    tk_is(ts, i - 1, "as") && j >= i0 && j > i - 10; j--) {
			if (!tk_in(ts, j, QW_QUOTING))
				continue;
			k = j;
			if (tk_passive(ts, j - 1))
				k = j - 1;
			else if (j + 1 < i - 1 && np_forward(sp, ts, j + 1))
				return 1;	/* KUNA quoted him */
		}
		if (a < 0 && n == 9 && tk_is(ts, i, "according") &&
		    tk_is(ts, i + 1, "to"))
			a = i;
		/* "in the words of X": as according to, two tokens on */
		if (a < 0 && n == 2 && tk_is(ts, i, "in") &&
		    tk_is(ts, i + 1, "the") && tk_is(ts, i + 2, "words") &&
		    tk_is(ts, i + 3, "of"))
			a = i + 2;
	}
	*kp = k;
	*ap = a;
	return 0;
}

/*
 * No reporting verb before the quotation: "In a statement, X ...", "He
 * praised the talks, adding: “...”", a headline's "Zelensky: “...”", or
 * a sentence that leads in with a colon.
 */
static int
before_no_verb(struct spk *sp, const struct toks *ts, int i0)
{
	int i, j;

	/* "In a statement, the ministry renewed its call to “...”" */
	if (tk_is(ts, i0, "in") && tk_in(ts, i0 + 1, QW_DET) &&
	    tk_in(ts, i0 + 2, QW_CHANNEL)) {
		for (j = i0 + 3; j < ts->n && j < i0 + 8 && tk_word(ts, j); j++)
			;
		if (tk_punct(ts, j, ',') && (tk_cap(ts, j + 1) ||
		    tk_in(ts, j + 1, QW_DET) || tk_in(ts, j + 1, QW_PRONOUN)))
			return np_forward(sp, ts, j + 1);
	}
	/* "He praised the talks, adding: “...”": the sentence's subject. */
	for (i = ts->n - 1; i > i0; i--) {
		/* both ways below need a participle in lower case at i */
		if (!tk_in_shaped(ts, i, QW_PARTICIPLE, &qw_participle_shapes) ||
		    ts->t[i].cap)
			continue;
		/* "with Sen. John McCain calling it a “Chinese menu”" */
		if (tk_cap(ts, i - 1) && !tk_possessive(ts, i - 1) &&
		    !tk_in(ts, i - 1, QW_OPENER | QW_LEAD))
			return np_backward(sp, ts, i0, i) && sp->named;
		if (ts->t[i - 1].kind == TK_PUNCT && ts->t[i - 1].cp == ',') {
			/* "Doha, Qatar: Ambassadors ...": after a dateline */
			for (j = i - 1; j > i0 && !tk_punct(ts, j, ':'); j--)
				;
			/* "Hours later, Trump returned it, telling X, “" */
			if (np_sentence_subject(sp, ts, j > i0 ? j + 1 : i0, i))
				return 1;
			j = skip_asides(ts, j > i0 ? j + 1 : i0, i);
			return (tk_cap(ts, j) || tk_in(ts, j, QW_PRONOUN) ||
			    tk_in(ts, j, QW_DET)) && np_forward(sp, ts, j);
		}
	}
	/* A headline's "Zelensky: “...”" or "Minister of Health: “...”" */
	if (ts->n - 2 < i0 || !tk_punct(ts, ts->n - 1, ':'))
		return 0;
	for (i = i0; i < ts->n - 1; i++)
		if (!tk_cap(ts, i) && !(tk_in(ts, i, QW_PARTICLE) &&
		    tk_cap(ts, i + 1)))
			break;
	if (i == ts->n - 1 && tk_cap(ts, i0) && !tk_in(ts, i0, QW_DET) &&
	    namelike(ts, i0, ts->n - 2)) {
		spk_set(sp, ts, i0, ts->n - 2);
		return 1;
	}
	/*
	 * "X congratulated the team on Instagram: “...”": a sentence that
	 * leads into the quotation with a colon speaks through its subject
	 */
	/*
	 * "When Wallace died, President Clinton released a statement:",
	 * "Columnist X calls Cruz “a chameleon”:"
	 */
	if (np_sentence_subject(sp, ts, i0, ts->n - 1))
		return 1;
	j = skip_asides(ts, i0, ts->n - 1);
	for (i = j + 1; i < ts->n - 1; i++)
		if (!ts->t[i].cap && tk_word(ts, i) && tk_pastlike(ts, i))
			break;
	if (i == ts->n - 1)
		return 0;
	return (tk_cap(ts, j) || tk_in(ts, j, QW_PRONOUN)) &&
	    np_forward(sp, ts, j);
}

/*
 * A headline's "Issa: Hillary Clinton's ‘Honesty Is In Question.’" or
 * "De Blasio: Trust Bratton, not ‘blowhard’ Trump": on the record's first
 * line, a name of up to five capitalised words before its first colon
 * speaks every quotation of the line.
 */
static int
headline_colon(struct spk *sp, const struct toks *ts, int i0)
{
	int c, i;

	if (i0 != 0 || ts->n == 0 || ts->t[0].s > 3)
		return 0;
	for (c = 0; c < ts->n && c <= 5 && (tk_cap(ts, c) ||
	    (tk_in(ts, c, QW_NAMEPART) && c > 0)); c++)
		;
	/* not a dateline: "DOHA: The ministry said “...”" */
	if (c == 0 || c > 5 || !tk_punct(ts, c, ':') || tk_in(ts, 0, QW_DET) ||
	    !namelike(ts, 0, c - 1) || all_caps(ts, c - 1))
		return 0;
	/* "Carly Fiorina Endorses Ted Cruz:": the name before its verb */
	for (i = 1; i < c && !(tk_in(ts, i, QW_VERB | QW_JUDGE) &&
	    !tk_in(ts, i, QW_PLACE | QW_TITLE)); i++)
		;
	spk_set(sp, ts, 0, i - 1);
	return 1;
}

/* Before the opening mark, in the same sentence: X said: “ / X noted that. */
static int
spk_before(struct spk *sp, const struct toks *ts)
{
	int i0 = 0, i, k, a;

	for (i = ts->n - 1; i >= 0; i--)
		if (tk_send(ts, i)) {
			i0 = i + 1;
			break;
		}
	if (before_verb(sp, ts, i0, &k, &a))
		return 1;
	if (a > k)
		return np_according(sp, ts, a + 2);
	/* “...,” said X, an analyst, “...”: the verb right after a mark */
	if (k > 0 && (ts->t[k - 1].kind == TK_MARK || (tk_punct(ts, k - 1, ',') &&
	    k > 1 && ts->t[k - 2].kind == TK_MARK)) && (tk_cap(ts, k + 1) ||
	    tk_in(ts, k + 1, QW_DET) || tk_in(ts, k + 1, QW_PRONOUN)) &&
	    np_forward(sp, ts, k + 1))
		return 1;
	if (k >= 0)
		return np_backward(sp, ts, i0, k);
	return before_no_verb(sp, ts, i0) || headline_colon(sp, ts, i0);
}

/*
 * ... is “a floor, not a ceiling” for climate finance, COP29 Chief
 * Negotiator X said: an attribution later in the sentence, after a
 * comma, as a name or a noun phrase and its reporting verb.
 */
static int
spk_late(struct spk *sp, const struct toks *ts)
{
	int j, k;

	for (j = 0; j < ts->n && j < 24 && tk_word(ts, j); j++)
		;
	/* ... yet in the glass ceiling for women, she said */
	if (j >= ts->n || !tk_punct(ts, j, ',') ||
	    !(tk_cap(ts, j + 1) || tk_in(ts, j + 1, QW_DET) ||
	    tk_in(ts, j + 1, QW_PRONOUN)))
		return 0;
	for (k = j + 1; k < ts->n && k <= j + 10 && tk_word(ts, k); k++) {
		if (k > j + 1 && tk_vp(ts, k)) {
			if (tk_in(ts, k - 1, QW_DET) || tk_in(ts, k - 1, QW_STOP))
				return 0;
			spk_set(sp, ts, j + 1, k - 1);
			return 1;
		}
		/* "Slovak Ambassador to Azerbaijan X said" */
		if (tk_in(ts, k, QW_STOP) && !tk_in(ts, k, QW_PARTICLE) &&
		    !(tk_is(ts, k, "to") && tk_in(ts, k - 1, QW_TITLE)))
			return 0;
	}
	return 0;
}

/*
 * "which Mr. Trump called “a disgrace”", "in what X called “...”": the
 * naming verb at k has its object before its subject, a relative word.
 */
static int
relative_object(const struct toks *ts, int i0, int k)
{
	int b = k - 1, e;

	/* "what X, a treasurer for Y, called" */
	if (tk_punct(ts, b, ',')) {
		for (b--; b > i0 && b > k - 18 && !tk_punct(ts, b, ','); b--)
			;
		b--;
	}
	for (e = b; b > i0 && (tk_cap(ts, b) || tk_in(ts, b, QW_NAMEPART) ||
	    tk_in(ts, b, QW_PRONOUN)) && b > e - 5; b--)
		;
	return b < e && b >= i0 && (tk_is(ts, b, "which") || tk_is(ts, b, "what") ||
	    tk_is(ts, b, "whom"));
}

/*
 * Smith praised the plan's “clear goals”; she called the ruling “a
 * disgrace”; Palmieri accused Sanders of “using an attack”: a partial
 * quotation in a clause whose verb judges, promises or names, within
 * 14 tokens before it, speaks for that verb's subject.  A naming verb
 * needs an object between ("a plan called “Y”" gives a name, not
 * words); a quotation of one word only follows a naming verb ("The
 * Cabinet hailed “historic” ties" quotes a word, nobody's words).
 */
static int
spk_judging(struct spk *sp, const struct toks *ts, int oneword)
{
	int i0 = 0, i, k = -1, w = 0;

	for (i = ts->n - 1; i >= 0; i--)
		if (tk_send(ts, i)) {
			i0 = i + 1;
			break;
		}
	if (ts->n == 0 || !tk_word(ts, ts->n - 1))
		return 0;
	for (i = ts->n - 1; i > i0 && ts->n - i <= 14 && k < 0; i--) {
		if (ts->t[i].kind == TK_MARK || tk_punct(ts, i, ':'))
			return 0;
		if (tk_in(ts, i, QW_JUDGE) && !ts->t[i].cap)
			k = i;
		else if (tk_word(ts, i) && !tk_in(ts, i, QW_DET))
			w++;
	}
	if (k < 0 || (oneword && !tk_in(ts, k, QW_NAMING)) ||
	    (w == 0 && tk_in(ts, k, QW_NAMING) && !relative_object(ts, i0, k)))
		return 0;
	if (!np_backward(sp, ts, i0, k))
		return 0;
	/*
	 * ", called “X”" names a thing ("the plan, called “Vision”"), but
	 * "Beruff, a Scott ally, called the standards “strong”": a
	 * person's name or pronoun before the apposition judges.
	 */
	return !tk_punct(ts, k - 1, ',') || sp->named ||
	    qw_in(QW_PRONOUN, ts->v->buf + (sp->s - ts->v->base),
	    (size_t)(sp->e - sp->s));
}

/* -p: the last named subject of a reporting verb before the quote. */
int
spk_name_before(struct spk *sp, const struct toks *ts)
{
	int i, i0;

	for (i = ts->n - 1; i >= 0; i--) {
		if (!tk_verb(ts, i))
			continue;
		for (i0 = i - 1; i0 >= 0 && !tk_send(ts, i0); i0--)
			;
		if (np_backward(sp, ts, i0 + 1, i) && sp->named)
			return 1;
	}
	sp->found = 0;
	return 0;
}

/*
 * Does the period at p[d] end a sentence for tokenize()?  Surely so after
 * a word of two or more ASCII letters that stands after a blank and is no
 * abbreviation: tokenize makes such a period a token of its own.
 */
static int
word_period(const unsigned char *p, size_t l, size_t d)
{
	size_t w = d;

	while (w > l && tk_alpha(p[w - 1]))
		w--;
	if (d - w < 2 || w == l || (p[w - 1] != ' ' && p[w - 1] != '\n'))
		return 0;
	return !qw_may(&qw_abbrev_shapes, (const char *)p + w, d - w) ||
	    !qw_word_in(QW_ABBREV, (const char *)p + w, d - w, d - w);
}

/*
 * The last byte that may end a sentence (! ? . or a line feed) in
 * p[stop, i), as the index just past it; 0 for none.  16 bytes a turn
 * (SSE2), from the end back.
 */
static size_t
prev_end(const unsigned char *p, size_t i, size_t stop)
{
#ifdef __SSE2__
	const __m128i ex = _mm_set1_epi8('!'), qu = _mm_set1_epi8('?'),
	    pe = _mm_set1_epi8('.'), lf = _mm_set1_epi8('\n');
	unsigned m;

	while (i >= stop + 16) {
		__m128i b = _mm_loadu_si128((const __m128i *)(const void *)
		    (p + i - 16));

		m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(b, ex), _mm_cmpeq_epi8(b, qu)),
		    _mm_or_si128(_mm_cmpeq_epi8(b, pe), _mm_cmpeq_epi8(b, lf))));
		if (m != 0) {
			/* the highest of them, the last byte in the text */
#if defined(__GNUC__) || defined(__clang__)
			return i - 15 + (size_t)(31 - __builtin_clz(m));
#else
			while (!(m & 0x8000u))
				m <<= 1, i--;
			return i;
#endif
		}
		i -= 16;
	}
#endif
	for (; i > stop; i--)
		if (p[i - 1] == '!' || p[i - 1] == '?' || p[i - 1] == '.' ||
		    p[i - 1] == '\n')
			return i;
	return 0;
}

/*
 * The last sure sentence end that the scan back from p[i] meets at
 * p[stop] or after (l: where the text looked at starts, mk: the mark the
 * scan started at), as the index just past it; 0 for none.
 */
static size_t
last_break(const unsigned char *p, size_t l, size_t i, size_t stop, size_t mk)
{
	size_t k;
	unsigned char b;

	while ((i = prev_end(p, i, stop)) != 0) {
		b = p[i - 1];
		if (b == '!' || b == '?')
			return i;
		if (b == '.') {
			if (i < mk && (p[i] == ' ' || p[i] == '\n') &&
			    word_period(p, l, i - 1))
				return i;
			i--;
			continue;
		}
		/* a line feed: a blank line if another is before the blanks */
		for (k = i - 1; k > l && (p[k - 1] == ' ' || p[k - 1] == '\t' ||
		    p[k - 1] == '\r'); k--)
			;
		if (k > l && p[k - 1] == '\n')
			return k;
		i = k;
	}
	return 0;
}

/*
 * The speaker before a quotation stands in its sentence, so words before
 * a certain sentence end need no tokens: after the last ! or ? or blank
 * line in [lo, mark), tokens are the same as from lo, and far fewer.
 *
 * x (or NULL) keeps the last answer, so the next quotation's scan reads
 * only the bytes after the last mark: a later lo only takes sentence
 * ends away (the word before a period, or the blanks before a line
 * feed, may now reach lo), so the last answer still stands where it is
 * one at the new lo, and there was none before where there was none.
 */
uint64_t
sure_break(struct qx *x, const struct qx_view *v, uint64_t lo, uint64_t mark)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t m = (size_t)(mark - v->base), l = (size_t)(lo - v->base), r = 0, a;
	int known = 0;

	if (x != NULL && v->rec != 0 && x->sb_rec == v->rec &&
	    lo >= x->sb_lo && mark >= x->sb_mark && x->sb_mark > lo) {
		r = last_break(p, l, m, (size_t)(x->sb_mark - v->base) - 1, m);
		a = x->sb_at > lo ? (size_t)(x->sb_at - v->base) : 0;
		known = r != 0 || x->sb_at == x->sb_lo;
		if (r == 0 && known)
			r = l;
		else if (r == 0 && a > l && (p[a - 1] != '.' ||
		    word_period(p, l, a - 1)))
			r = a, known = 1;
	}
	if (!known && (r = last_break(p, l, m, l, m)) == 0)
		r = l;
	if (x != NULL && v->rec != 0) {
		x->sb_rec = v->rec;
		x->sb_lo = lo;
		x->sb_mark = mark;
		x->sb_at = v->base + r;
	}
	return v->base + r;
}

/*
 * “...,” Al-Awadhi told reporters. “There is no reason for panic.”  A
 * quotation that opens the sentence right after the attribution of the one
 * before, in the same paragraph, with none of its own, goes on in the same
 * voice.
 */
static int
goes_on(const struct qx *x, const struct qx_view *v, const struct qx_ent *e,
    struct toks *ts)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t k;
	int i;

	if (!x->lsp_ok || x->lafter < v->base || x->lafter >= e->mark ||
	    e->mark - x->lafter > QX_BEHIND)
		return 0;
	/* The sentence between must end with a period: a cheap look first. */
	for (k = (size_t)(e->mark - v->base); k > (size_t)(x->lafter -
	    v->base) && (p[k - 1] == ' ' || p[k - 1] == '\t' ||
	    p[k - 1] == '\r' || p[k - 1] == '\n'); k--)
		;
	if (k == (size_t)(x->lafter - v->base) || p[k - 1] != '.')
		return 0;
	tokenize(ts, v, x->lafter, e->mark, TK_LAST);
	if (ts->n < 2 || ts->n == TK_MAX || !tk_punct(ts, ts->n - 1, '.'))
		return 0;
	for (i = 0; i < ts->n - 1; i++)
		if (tk_send(ts, i) || ts->t[i].kind == TK_MARK)
			return 0;
	return 1;
}

/*
 * “...,” Adelson said.  (new paragraph) “It is changing every day.”  A
 * quotation that opens a paragraph, with no attribution of its own,
 * right after a paragraph that ended with the last quotation or with
 * that quotation's attribution, goes on in its voice; over three
 * paragraphs at most, where a new voice is usually named again.
 */
static int
next_para(const struct qx *x, const struct qx_view *v,
    const struct qx_ent *e, struct toks *ts)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t k, lo;

	if (!x->lq_found || x->lq_chain >= 3 || x->lafter < v->base ||
	    x->lafter > e->mark || e->mark - x->lafter > QX_BEHIND / 2)
		return 0;
	lo = (size_t)(x->lafter - v->base);
	/* Only blanks between the line break and the opening mark. */
	for (k = (size_t)(e->mark - v->base); k > lo && (p[k - 1] == ' ' ||
	    p[k - 1] == '\t' || p[k - 1] == '\r'); k--)
		;
	if (k == lo || p[k - 1] != '\n')
		return 0;
	tokenize(ts, v, x->lafter, v->base + k, TK_LAST);
	if (ts->n == TK_MAX)
		return 0;
	while (ts->n > 0 && ts->t[ts->n - 1].kind == TK_PARA)
		ts->n--;
	/* The rest of the last one's sentence: one sentence, no mark. */
	for (k = 0; k < (size_t)ts->n; k++)
		if (ts->t[k].kind == TK_MARK || ts->t[k].kind == TK_PARA ||
		    (tk_send(ts, (int)k) && k + 1 < (size_t)ts->n))
			return 0;
	return ts->n == 0 || tk_send(ts, ts->n - 1) ||
	    tk_punct(ts, ts->n - 1, ':');
}

/*
 * “Drink water.” That was the advice of Dr X, who heads ...; “Do not
 * risk your life.” This was the message spokesman Y directed at ...: the
 * sentence after the quotation points back at it and names its speaker.
 */
static int
points_back(struct spk *sp, const struct toks *ts)
{
	int i = 2;

	if (!(tk_is(ts, 0, "this") || tk_is(ts, 0, "that")) ||
	    !(tk_is(ts, 1, "was") || tk_is(ts, 1, "is")))
		return 0;
	if (tk_is(ts, i, "the"))
		i++;
	if (!tk_in(ts, i, QW_SAYING))
		return 0;
	i += tk_is(ts, i + 1, "of") || tk_is(ts, i + 1, "from") ? 2 : 1;
	if (!tk_cap(ts, i) && !tk_in(ts, i, QW_DET) && !role_before_name(ts, i))
		return 0;
	return np_forward(sp, ts, i) && sp->named;
}

/*
 * Is the quotation's text in title case: every word that starts with a
 * letter starts with a capital ("Saturday Night Live", "Vito")?  Such a
 * text names a show, a book or a nickname rather than words said.
 */
int
title_case(const struct qx_view *v, const struct qx_ent *e)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t i = (size_t)(e->start - v->base), n = (size_t)(e->end - v->base);
	int words = 0, start = 1;

	for (; i < n; i++) {
		if (start && tk_alpha(p[i])) {
			if (p[i] >= 'a' && p[i] <= 'z')
				return 0;
			words++;
		}
		start = p[i] == ' ' || p[i] == '\n' || p[i] == '-' || p[i] == '(';
	}
	return words > 0;
}

/*
 * Trump launched into a lament for the “countless Americans”; He has
 * coined a new phrase, “undocumented Democrats”: a partial quotation
 * in the middle of a sentence with no attribution of its own speaks
 * for the sentence's subject, a name or a person's pronoun followed by
 * its verb.  Not a title ("a gig on “Saturday Night Live”").
 */
static int
spk_clause_subject(struct spk *sp, const struct toks *ts,
    const struct qx_view *v, const struct qx_ent *e)
{
	int i0 = 0, i, n = ts->n, b;

	for (i = n - 1; i >= 0; i--)
		if (tk_send(ts, i) || ts->t[i].kind == TK_PARA ||
		    tk_punct(ts, i, ':')) {
			i0 = i + 1;
			break;
		}
	if (n - i0 < 3 || !(tk_word(ts, n - 1) || tk_punct(ts, n - 1, ',')) ||
	    title_case(v, e) || !np_sentence_subject(sp, ts, i0, n))
		return 0;
	for (b = i0; b < n && ts->t[b].s != sp->s; b++)
		;
	/* "MENAFN provides the information “as is”": a body's boilerplate */
	if (all_caps(ts, b) && ts->t[b].e == sp->e)
		return 0;
	/*
	 * Not across another quotation, a relative clause or a clause with
	 * a subject of its own: "X started it in 2009, and his first
	 * videos show ... “...”"; "a man who praised “...”".
	 */
	for (i = b + 1; i < n; i++)
		if (ts->t[i].kind == TK_MARK || tk_is(ts, i, "who") ||
		    tk_is(ts, i, "which") || tk_is(ts, i, "what"))
			return 0;
	return 1;
}

/* ---------------------------------------------------------------- */
/* The sieves, in order (struct sieve_ctx is in speaker.h). */

/* “We agree,” he said.  ,” said the minister.  ,” according to X. */
static void
sv_after(struct spk *sp, struct sieve_ctx *c)
{
	if (!c->closed || c->period)
		return;
	/* ,” Sanders’ campaign said: the ’ is no mark */
	rest_of_sentence(c->ts, c);
	c->after = spk_after(sp, c->ts, 0, c->sep);
}

/* The minister said: “We agree.”  Lyashko noted that Japan is “one”. */
static void
sv_before(struct spk *sp, struct sieve_ctx *c)
{
	const struct qx_view *v = c->v;
	const struct qx_ent *e = c->e;
	uint64_t lo = e->mark > v->base + QX_BEHIND ? e->mark - QX_BEHIND :
	    v->base;

	const char *q = v->buf + (e->start - v->base);
	struct spk t;

	tokenize(c->ts, v, sure_break(c->x, v, lo, e->mark), e->mark, TK_LAST);
	spk_before(sp, c->ts);
	/* The partial sieve's find, from the same tokens, for later. */
	if (!sp->found && e->depth == 0 && spk_judging(&c->partial, c->ts,
	    memchr(q, ' ', (size_t)(e->end - e->start)) == NULL) &&
	    !spk_tidy(&c->partial, c->ts))
		c->partial.found = 0;
	/* and the subject sieve's */
	if (!sp->found && !c->partial.found && e->depth == 0 &&
	    (!spk_clause_subject(&c->subject, c->ts, v, e) ||
	    !spk_tidy(&c->subject, c->ts)))
		c->subject.found = 0;
	/*
	 * and those of qclause.c's subject sieves, also where a stray word
	 * is all this sieve found
	 */
	t = *sp;
	if (!c->partial.found && !c->subject.found && (!sp->found ||
	    !spk_tidy(&t, c->ts)))
		clause_finds(c);
}

/*
 * Where the opening mark starts a paragraph after one that ended with a
 * colon, the offset just past the colon; else 0.
 */
static uint64_t
colon_para(const struct qx_view *v, const struct qx_ent *e, uint64_t lo)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t k = (size_t)(e->mark - v->base), l = (size_t)(lo - v->base);

	while (k > l && (p[k - 1] == ' ' || p[k - 1] == '\t' ||
	    p[k - 1] == '\r'))
		k--;
	if (k == l || p[k - 1] != '\n')
		return 0;
	while (k > l && (p[k - 1] == ' ' || p[k - 1] == '\t' ||
	    p[k - 1] == '\r' || p[k - 1] == '\n'))
		k--;
	return k > l && p[k - 1] == ':' ? v->base + k : 0;
}

/* Cruz continued: (paragraph) “You look at the questions ...” */
static void
sv_colon_para(struct spk *sp, struct sieve_ctx *c)
{
	const struct qx_view *v = c->v;
	uint64_t lo = c->e->mark > v->base + QX_BEHIND ? c->e->mark -
	    QX_BEHIND : v->base, to;

	if (c->e->depth != 0 || (to = colon_para(v, c->e, lo)) == 0)
		return;
	tokenize(c->ts, v, sure_break(NULL, v, lo, to), to, TK_LAST);
	spk_before(sp, c->ts);
}

/*
 * Adelson said during the interview in Macau. “It is changing every
 * day.”  A quotation that opens a sentence right after one with a
 * reporting verb and no quotation of its own speaks for that verb's
 * subject, a name or a pronoun.
 */
static void
sv_said_before(struct spk *sp, struct sieve_ctx *c)
{
	const struct qx_view *v = c->v;
	const unsigned char *p = (const unsigned char *)v->buf;
	uint64_t lo = c->e->mark > v->base + QX_BEHIND ? c->e->mark -
	    QX_BEHIND : v->base;
	size_t k = (size_t)(c->e->mark - v->base);
	struct toks *ts = c->ts;
	int i, i0 = 0, vk, a;

	while (k > (size_t)(lo - v->base) && (p[k - 1] == ' ' ||
	    p[k - 1] == '\t'))
		k--;
	if (c->e->depth != 0 || k == (size_t)(lo - v->base) || p[k - 1] != '.')
		return;
	tokenize(ts, v, sure_break(NULL, v, lo, v->base + k), v->base + k,
	    TK_LAST);
	if (ts->n < 3 || ts->n == TK_MAX || !tk_punct(ts, ts->n - 1, '.'))
		return;
	ts->n--;
	for (i = ts->n - 1; i >= 0; i--) {
		if (ts->t[i].kind == TK_MARK)
			return;
		if (tk_send(ts, i)) {
			i0 = i + 1;
			break;
		}
	}
	if (before_verb(sp, ts, i0, &vk, &a) || vk < 0 || a >= 0 ||
	    !tk_verb(ts, vk) || !np_backward(sp, ts, i0, vk))
		return;
	/* the sentence's own subject, a name or a pronoun */
	i = skip_asides(ts, i0, vk);
	if (ts->t[i].s != sp->s || (!sp->named && !tk_in(ts, i, QW_PRONOUN)))
		sp->found = 0;
}

/* The deal is “a floor” for finance, Chief Negotiator X said at a panel. */
static void
sv_later(struct spk *sp, struct sieve_ctx *c)
{
	if (!c->closed || c->period)
		return;
	tk_after(c->ts, c->v, c->e->after);
	spk_late(sp, c->ts);
}

/* “We will win.” Zelensky said.  Not: “We will win.” He added that ... */
static void
sv_after_end(struct spk *sp, struct sieve_ctx *c)
{
	if (!c->closed || !c->period || tk_after(c->ts, c->v, c->e->after))
		return;
	c->after = spk_after(sp, c->ts, 1, c->sep);
}

/* Smith praised the plan's “clear goals”: the clause's subject. */
static void
sv_partial(struct spk *sp, struct sieve_ctx *c)
{
	if (c->partial.found)
		*sp = c->partial;
}

/* Trump launched into a lament for the “countless Americans”. */
static void
sv_subject(struct spk *sp, struct sieve_ctx *c)
{
	if (c->subject.found)
		*sp = c->subject;
}

/*
 * Is the earlier speaker at offset s still in the text held for the
 * quotation e?  The window keeps QX_BEHIND bytes before every open mark
 * and no more: a speaker before a long quotation may be gone, and the
 * answer must not depend on how the text was cut into pieces.
 */
int
held(uint64_t s, const struct qx_ent *e)
{
	return s + QX_BEHIND >= e->mark;
}

/* An earlier quotation's speaker [s, e) speaks again. */
static void
carry_on(struct spk *sp, uint64_t s, uint64_t e, int named)
{
	sp->s = s;
	sp->e = e;
	sp->found = 1;
	sp->named = named;
}

/* “A,” Al-Awadhi told reporters. “No panic.”: the same voice goes on. */
static void
sv_goes_on(struct spk *sp, struct sieve_ctx *c)
{
	if (c->e->depth != 0 || !held(c->x->lsp_s, c->e) ||
	    !goes_on(c->x, c->v, c->e, c->ts))
		return;
	carry_on(sp, c->x->lsp_s, c->x->lsp_e, c->x->lsp_named);
}

/* “Drink water.” That was the advice of Dr X. */
static void
sv_points_back(struct spk *sp, struct sieve_ctx *c)
{
	if (!c->closed || !c->period || tk_after(c->ts, c->v, c->e->after))
		return;
	if (!points_back(sp, c->ts))
		sp->found = 0;
}

/* “A,” Adelson said.  (new paragraph) “B.”: the voice goes on. */
static void
sv_next_para(struct spk *sp, struct sieve_ctx *c)
{
	if (c->e->depth != 0 || !held(c->x->lsp_s, c->e) ||
	    !next_para(c->x, c->v, c->e, c->ts))
		return;
	carry_on(sp, c->x->lsp_s, c->x->lsp_e, c->x->lsp_named);
}

static const struct sieve {
	const char *name;
	sieve_fn *fn;
} sieves[] = {
	{ "after-ampersand", sv_after_ampersand },
	{ "after", sv_after },
	{ "label-colon", sv_label_colon },
	{ "before", sv_before },
	{ "colon-para", sv_colon_para },
	{ "headline", sv_headline },
	{ "later", sv_later },
	{ "said-late", sv_said_late },
	{ "after-aside", sv_after_aside },
	{ "late-clause", sv_late_clause },
	{ "after-end", sv_after_end },
	{ "after-between", sv_after_between },
	{ "partial", sv_partial },
	{ "same-clause", sv_same_clause },
	{ "goes-on", sv_goes_on },
	{ "points-back", sv_points_back },
	{ "next-para", sv_next_para },
	{ "said-before", sv_said_before },
	{ "voice-before", sv_voice_before },
	{ "subject", sv_subject },
	{ "aside-subject", sv_aside_subject },
	{ "speech-subject", sv_speech_subject },
	{ "relative-naming", sv_relative_naming },
	{ "time-between", sv_time_between },
	{ "named-between", sv_named_between },
	{ "after-apostrophe", sv_after_apostrophe },
	{ "colon-subject", sv_colon_subject },
	{ "wide-subject", sv_wide_subject },
	{ "verb-lead", sv_verb_lead },
};

void
spk_search(struct spk *sp, struct qx *x, const struct qx_view *v,
    const struct qx_ent *e, struct toks *ts, int *after)
{
	struct sieve_ctx c;
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t k, s = (size_t)(e->start - v->base), i;

	/* How the quotation's text ends, blanks aside. */
	for (k = (size_t)(e->end - v->base); k > s && (p[k - 1] == ' ' ||
	    p[k - 1] == '\t' || p[k - 1] == '\n' || p[k - 1] == '\r'); k--)
		;
	c.x = x;
	c.v = v;
	c.e = e;
	c.ts = ts;
	c.closed = e->state == QE_CLOSED;
	/* A quote that ends its sentence is seldom followed by "he said". */
	c.period = k > s && p[k - 1] == '.';
	/* “...,” or “...?”: the sentence goes on to an attribution. */
	c.sep = k > s && (p[k - 1] == ',' || p[k - 1] == '?' ||
	    p[k - 1] == '!');
	c.after = 0;
	c.partial.found = 0;
	c.subject.found = 0;
	c.aside.found = 0;
	c.speech.found = 0;
	ts->n = 0;
	for (i = 0; i < sizeof sieves / sizeof sieves[0] && !sp->found; i++) {
		sieves[i].fn(sp, &c);
		/* A stray word is no speaker: the next sieve looks. */
		if (sp->found && !spk_tidy(sp, ts)) {
			sp->found = 0;
			c.after = 0;
		}
	}
	*after = c.after;
}

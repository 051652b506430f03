/*
 * Noun phrases over tokens: the speaker named after a reporting verb
 * (np_forward), after "according to" (np_according), or before the verb
 * as its subject (np_backward), and the name inside a title (spk_set).
 */
#include <string.h>

#include "speaker.h"
/*
 * The first token from i, before lim, past an opening adverbial:
 * "Meanwhile,", "On Monday,", "In Doha on Sunday,".
 */
int
skip_asides(const struct toks *ts, int i, int lim)
{
	int j;

	while (i < lim && tk_in(ts, i, QW_ASIDE)) {
		for (j = i + 1; j < lim && j < i + 8 && tk_word(ts, j); j++)
			;
		i = tk_punct(ts, j, ',') ? j + 1 : i + 1;
	}
	return i;
}

/* Could [b, m] be a name: no aside, no function word inside? */
int
namelike(const struct toks *ts, int b, int m)
{
	for (; b <= m; b++)
		if (tk_in(ts, b, QW_ASIDE) || (tk_in(ts, b, QW_STOP) &&
		    !tk_in(ts, b, QW_NAMEPART)))
			return 0;
	return 1;
}

/*
 * "Sanders’ campaign", "Sanders' campaign": is token j the apostrophe
 * of a possessive after a word in s?
 */
int
s_owner(const struct toks *ts, int j)
{
	const char *p;

	if (j < 1 || j + 1 >= ts->n || (ts->t[j].kind != TK_PUNCT &&
	    ts->t[j].kind != TK_MARK) || (ts->t[j].cp != '\'' &&
	    ts->t[j].cp != 0x2019) || !tk_word(ts, j - 1) ||
	    ts->t[j - 1].e != ts->t[j].s || !tk_word(ts, j + 1) ||
	    ts->t[j + 1].s == ts->t[j].e)
		return 0;
	p = tk_p(ts, j - 1);
	return p[tk_n(ts, j - 1) - 1] == 's';
}

/*
 * A sign no word takes that may stand inside one: a combining accent or
 * a Latin-1 sign, as in a name's UTF-8 read twice ("PeA\xcc\x83\xc2\xb1a
 * Nieto" for Pe\xc3\xb1a Nieto).
 */
static int
glued_sign(const struct toks *ts, int i)
{
	return ts->t[i].kind == TK_PUNCT && ts->t[i].cp >= 0x80 &&
	    ts->t[i].cp <= 0x36f;
}

/*
 * A name's last word m goes on through such signs glued to it and the
 * letters after them, eight pieces at most: the token where it ends.
 */
static int
glued_end(const struct toks *ts, int m)
{
	int j = m;

	while (j + 1 < ts->n && j < m + 8 && ts->t[j + 1].s == ts->t[j].e &&
	    (glued_sign(ts, j + 1) || (ts->t[j + 1].kind == TK_WORD &&
	    glued_sign(ts, j))))
		j++;
	while (j > m && ts->t[j].kind != TK_WORD)
		j--;
	return j;
}

/* The first token of the word in pieces (eight at most) that ends at j. */
static int
glued_start(const struct toks *ts, int j)
{
	int k = j;

	while (k > 0 && k > j - 8 && ts->t[k].s == ts->t[k - 1].e &&
	    (glued_sign(ts, k - 1) || (ts->t[k - 1].kind == TK_WORD &&
	    glued_sign(ts, k))))
		k--;
	return k;
}

/*
 * The last title or body in [b, m] (b - 1 if none), and in *r the last
 * token after it that is no part of a name: *r is the title itself when
 * all that follows it is a name ("Health Minister Viktor Lyashko").
 */
static int
title_split(const struct toks *ts, int b, int m, int *r)
{
	int t;

	for (t = m; t >= b && !tk_in(ts, t, QW_TITLE); t--)
		;
	for (*r = m; *r > t && (tk_cap(ts, *r) ||
	    tk_in(ts, *r, QW_NAMEPART) || glued_start(ts, *r) < *r); (*r)--)
		;
	return t;
}

/* Does a possessive stand in [b, m): "Party’s Nachman Shai"? */
static int
owner_within(const struct toks *ts, int b, int m)
{
	for (; b < m; b++)
		if (tk_possessive(ts, b) || s_owner(ts, b + 1))
			return 1;
	return 0;
}

void
spk_set(struct spk *sp, const struct toks *ts, int b, int m)
{
	int t, r, h;

	/*
	 * "Health Minister Viktor Lyashko", "Head of the City Administration
	 * Roman Mrochko": the name after the last title or body is the
	 * speaker, where all of what follows it is a name.
	 */
	t = title_split(ts, b, m, &r);
	if (t >= b && t < m) {
		/* "the Zionist Union Party’s Nachman Shai": the owner's own */
		if (r == t && tk_cap(ts, t + 1) && !owner_within(ts, t + 1, m))
			b = t + 1;
		/*
		 * "Mayor of Kyiv Vitali Klitschko", "Representative to the
		 * UN Thomas Whitfield": one word of place, then the name.
		 */
		else if ((r == t + 1 || (r == t + 2 && tk_is(ts, r, "the"))) &&
		    (tk_is(ts, t + 1, "of") || tk_is(ts, t + 1, "to") ||
		    tk_is(ts, t + 1, "in") || (r == t + 1 &&
		    tk_is(ts, r, "and"))) && m - (r + 2) >= 1 &&
		    tk_cap(ts, r + 2) && !tk_in(ts, r + 1, QW_TITLE))
			b = r + 2;	/* also "of Agriculture and Forestry X" */
	}
	/* "the Prime Minister of Qatar Sheikh Mohammed": from the honorific. */
	for (h = m; h > b && (tk_cap(ts, h) || tk_in(ts, h, QW_NAMEPART));
	    h--)
		if (h < m && tk_in(ts, h, QW_HONORIFIC)) {
			/* "Datuk Dr Mohd Zaki": honorifics in a row */
			while (h - 1 >= b && tk_in(ts, h - 1, QW_HONORIFIC))
				h--;
			/* "Her Excellency Sheikha Latifa": the style too. */
			if (h - 2 >= b && tk_styled(ts, h - 2))
				h -= 2;
			else if (h - 1 >= b && tk_style_abbr(ts, h - 1))
				h--;
			b = h;
			break;
		}
	/* "56-year-old Hatice Yilmaz": the age is no part of the name */
	if (b >= 0 && b < m && tk_cap(ts, b + 1) && tk_word(ts, b) &&
	    tk_digit((unsigned char)tk_p(ts, b)[0]) && tk_n(ts, b) > 9 &&
	    memcmp(tk_p(ts, b) + tk_n(ts, b) - 9, "-year-old", 9) == 0)
		b++;
	sp->s = ts->t[b].s;
	sp->e = ts->t[glued_end(ts, m)].e;
	sp->found = 1;
	sp->named = tk_cap(ts, b) && !tk_in(ts, b, QW_PRONOUN) &&
	    !tk_in(ts, b, QW_DET);
}

/*
 * Does a person's name end just before m: two or more capitalised words
 * that are no title, after a title ("Senator Aliya Durrani")?
 */
static int
person_before(const struct toks *ts, int i, int m)
{
	int c, n = 0;

	for (c = m - 1; c >= i && (tk_cap(ts, c) ||
	    tk_in(ts, c, QW_NAMEPART)) && !tk_in(ts, c, QW_TITLE); c--)
		n += tk_cap(ts, c) != 0;
	return n >= 2 && c >= i && tk_in(ts, c, QW_TITLE);
}

/*
 * Is the word at c a finite verb that no noun phrase goes on with: were,
 * has, will, did?  After "said X" it makes X the subject of the clause
 * said: ,” said the candidate could win.
 */
int
clause_verb(const struct toks *ts, int c)
{
	return tk_word(ts, c) && !ts->t[c].cap && (tk_in(ts, c, QW_PASSIVE |
	    QW_MODAL | QW_AUX) || tk_is(ts, c, "are") || tk_is(ts, c, "has") ||
	    tk_is(ts, c, "have") || tk_is(ts, c, "had"));
}

/* Is the word at c surely a verb after a subject: said, were, has, will? */
static int
verb_next(const struct toks *ts, int c)
{
	return tk_vp(ts, c) || clause_verb(ts, c);
}

/*
 * After the determiner b and capitalised words, where the lower-case words
 * from m (three at most) end the phrase, they are its head: "a Royal
 * Court statement", "one unaligned Florida Republican strategist", "a
 * former U.S. law enforcement official who"; the token after the
 * phrase, or m where they do not end it.  Before a preposition they
 * may be an adjective or a verb ("familiar with", "sought to"): there
 * only one word after an article is the head ("a German user from").
 */
static int
head_after(const struct toks *ts, int b, int m)
{
	int c;

	for (c = m; c < m + 3 && tk_word(ts, c) && !ts->t[c].cap &&
	    !tk_in(ts, c, QW_STOP) && !tk_vp(ts, c) && !tk_pastlike(ts, c);
	    c++)
		;
	if (c == m || (tk_word(ts, c) && !tk_in(ts, c, QW_STOP) &&
	    !verb_next(ts, c) && (ts->t[c].cap || !tk_pastlike(ts, c))))
		return m;
	/* "a German user from Hanover"; not "one Democrat familiar with" */
	if ((tk_in(ts, c, QW_PREP) || tk_is(ts, c, "to")) && (c > m + 1 ||
	    !(tk_is(ts, b, "a") || tk_is(ts, b, "an") || tk_is(ts, b, "the"))))
		return m;
	return c;
}

/*
 * After a body or a place in capitals, do up to three lower-case words
 * from m, a role, end just before a name of two capitalised words or
 * more that ends the phrase ("Huckabee campaign spokesman Hogan Gidley",
 * "Concord resident Whit Symms", "Air Force 1st Lt. Tyler Livingston")?
 * The name's first token, or m if not; not across "secretary of state",
 * a title's own words.
 */
static int
role_then_name(const struct toks *ts, int m)
{
	int c, e;

	for (c = m; c < m + 3 && tk_word(ts, c) && !ts->t[c].cap &&
	    !tk_in(ts, c, QW_STOP | QW_PREP | QW_ADVERB | QW_TIME | QW_DAY |
	    QW_DET | QW_PRONOUN | QW_AUX) && !tk_vp(ts, c) &&
	    !tk_pastlike(ts, c); c++)
		;
	if (c == m)
		return m;
	for (e = c; e < c + 5 && (tk_cap(ts, e) || (tk_in(ts, e,
	    QW_NAMEPART) && tk_cap(ts, e + 1))); e++)
		if (tk_in(ts, e, QW_PRONOUN | QW_PLACE | QW_DAY | QW_TIME))
			return m;
	if (e - c < 2 || (tk_word(ts, e) && !tk_in(ts, e, QW_STOP) &&
	    !tk_vp(ts, e) && !verb_after(ts, e)))
		return m;
	return c;
}

/* A noun phrase from token i on: "the minister", "X" in said X, ... */
int
np_forward(struct spk *sp, const struct toks *ts, int i)
{
	int b = i, m, k = 0, c;

	/* he, but not the HE of "HE the Minister" */
	if (tk_in(ts, i, QW_PRONOUN) && !(tk_style_abbr(ts, i) &&
	    (tk_cap(ts, i + 1) || tk_is(ts, i + 1, "the")))) {
		spk_set(sp, ts, i, i);
		return 1;
	}
	if (tk_in(ts, i, QW_DET))
		i++;
	for (m = i; tk_word(ts, m) && k < 14; m++, k++) {
		if (m > i && tk_cap(ts, m))
			m = glued_end(ts, m);	/* "PeA\xcc\x83\xc2\xb1a Nieto" */
		/* "Senator Aliya Durrani of the PTI": a party, not the name */
		if ((tk_is(ts, m, "of") || tk_is(ts, m, "for")) &&
		    person_before(ts, i, m))
			break;
		if (tk_in(ts, m, QW_PARTICLE) && m > i && tk_cap(ts, m + 1))
			continue;
		/* "the Head of the Regional Administration X" */
		if (tk_is(ts, m, "of") && m > i && tk_is(ts, m + 1, "the") &&
		    tk_cap(ts, m + 2)) {
			m++;
			continue;
		}
		/* "His Highness the Prime Minister Sheikh X" */
		if (tk_is(ts, m, "the") && m > i && tk_cap(ts, m + 1) &&
		    (tk_styled(ts, m - 2) || tk_style_abbr(ts, m - 1)))
			continue;
		/* "said Will Doyle": a modal in capitals before a name */
		if (m == i && ts->t[m].cap && tk_in(ts, m, QW_MODAL) &&
		    tk_cap(ts, m + 1) && !tk_in(ts, m + 1, QW_STOP |
		    QW_PRONOUN | QW_DET | QW_VERB))
			continue;
		if (tk_in(ts, m, QW_STOP) || tk_verb(ts, m))
			break;
		/* "said Al Sadd coach Marco Lemos": a role, then the name */
		if (!ts->t[m].cap && m > i && tk_in(ts, m, QW_TITLE)) {
			for (c = m; c < m + 3 && tk_word(ts, c) && !ts->t[c].cap &&
			    tk_in(ts, c, QW_TITLE); c++)
				;
			if (tk_cap(ts, c) && !tk_in(ts, c, QW_PRONOUN)) {
				m = c - 1;
				continue;
			}
		}
		/* "the minister praised the talks": a subject ends there. */
		if (b < i && m > i && !ts->t[m].cap && !tk_cap(ts, m - 1) &&
		    tk_pastlike(ts, m))
			break;
		/*
		 * A name ends where lower-case words follow it, but not a
		 * possessive: "Jordan's foreign minister"; after an article
		 * one lower-case word ending the phrase is its head: "a
		 * Royal Court statement".
		 */
		if (!ts->t[m].cap && m > i && tk_cap(ts, m - 1) &&
		    !tk_possessive(ts, m - 1)) {
			/*
			 * "said Huckabee campaign spokesman Hogan Gidley",
			 * "said Concord resident Whit Symms": the name
			 */
			if ((c = role_then_name(ts, m)) > m) {
				b = c;
				m = c - 1;
				continue;
			}
			if (b < i)
				m = head_after(ts, b, m);
			break;
		}
	}
	if (m == i)
		return 0;
	spk_set(sp, ts, b, m - 1);
	return 1;
}

/*
 * After "according to": the speaker, or the issuer of a document that
 * stands for them ("a statement issued by the ministry").
 */
int
np_according(struct spk *sp, const struct toks *ts, int i)
{
	int j = i + 2;

	if (tk_in(ts, i, QW_DET) && tk_in(ts, i + 1, QW_DOCUMENT)) {
		if (tk_in(ts, j, QW_ISSUED))
			j++;
		if (tk_is(ts, j, "by") && np_forward(sp, ts, j + 1))
			return 1;
	}
	return np_forward(sp, ts, i);
}

/* A name read backwards from m: capitalised words and name particles. */
int
name_back(const struct toks *ts, int i0, int m)
{
	int b = m;

	if (!tk_cap(ts, m))
		return -1;
	while (b - 1 >= i0 && (tk_cap(ts, b - 1) ||
	    (tk_in(ts, b - 1, QW_NAMEPART) && tk_cap(ts, b - 2))))
		b--;
	return b;
}

/* A title or body rather than a name: "Chairman of Qatar Chamber". */
int
titled(const struct toks *ts, int b, int m)
{
	int j;

	if ((tk_in(ts, b, QW_DET) && !tk_styled(ts, b)) || !ts->t[b].cap)
		return 1;
	for (j = b; j <= m; j++)
		if (tk_in(ts, j, QW_TITLE))
			return 1;
	return 0;
}

/*
 * "Leaders of the organization have said", "Proponents of the new bill
 * say": a plural noun in capitals that opens the sentence at j, no
 * title or name.
 */
static int
plural_opener(const struct toks *ts, int i0, int j)
{
	return j >= i0 && (j == i0 || !tk_word(ts, j - 1)) && tk_s_form(ts, j) &&
	    ts->t[j].cap && !tk_in(ts, j, QW_TITLE | QW_PLACE | QW_DET |
	    QW_PRONOUN | QW_LEAD | QW_OPENER | QW_ASIDE | QW_NOBODY);
}

/*
 * A phrase from the article at b, such as "the ministry", may end a
 * longer one: "a spokesman for the ministry", "the head of the
 * department".  Where it does, the longer one's start.
 */
static int
of_phrase(const struct toks *ts, int i0, int b)
{
	int j;

	while (tk_in(ts, b, QW_DET) && (tk_is(ts, b - 1, "of") ||
	    tk_is(ts, b - 1, "from") || tk_is(ts, b - 1, "for"))) {
		for (j = b - 2; j >= i0 && j > b - 5 && tk_word(ts, j) &&
		    !ts->t[j].cap && !tk_in(ts, j, QW_DET) &&
		    !tk_in(ts, j, QW_STOP) && !tk_verb(ts, j); j--)
			;
		if (j == b - 2 && plural_opener(ts, i0, j))
			return j;
		if (j < i0 || j == b - 2 || !tk_in(ts, j, QW_DET))
			break;
		b = j;
	}
	return b;
}

/*
 * Does [b, m] hold a title with at least two capitalised words after it
 * that are no title, all a name?
 */
static int
trims_to_name(const struct toks *ts, int b, int m)
{
	int r, t = title_split(ts, b, m, &r);

	return t >= b && r == t && m - t >= 2;
}

/*
 * The last word of the subject of the verb at k: back over adverbs ("he
 * also said", "X has stated"), a day ("X on Sunday said", "X on Monday
 * evening also said") and "went on to", "used to" ("X went on to say",
 * "X used to tell me").
 */
static int
subject_end(const struct toks *ts, int i0, int k)
{
	int m = k - 1, c;

	while (m >= i0 && tk_in(ts, m, QW_ADVERB))
		m--;
	c = m - (tk_word(ts, m) && !ts->t[m].cap && tk_in(ts, m - 1, QW_DAY));
	if (c - 1 >= i0 && tk_in(ts, c, QW_DAY) && tk_is(ts, c - 1, "on"))
		for (m = c - 2; m >= i0 && tk_in(ts, m, QW_ADVERB); m--)
			;
	if (tk_is(ts, m, "to") && tk_in(ts, m - 1, QW_HABIT))
		m -= 2;
	else if (tk_is(ts, m, "to") && tk_is(ts, m - 1, "on") &&
	    tk_in(ts, m - 2, QW_ONWARD))
		m -= 3;
	return m;
}

/*
 * "X, Vice President, Prime Minister and Ruler of Dubai, said": from the
 * name [b, m] back over titles between commas to the name.
 */
static int
titles_back(struct spk *sp, const struct toks *ts, int i0, int b, int m)
{
	int n, k = b, e = m, c;

	for (n = 0; n < 4; n++) {
		/* not the tail of "... at Google Cloud" */
		if (!titled(ts, k, e) && namelike(ts, k, e) && (k == i0 ||
		    !tk_word(ts, k - 1))) {
			spk_set(sp, ts, k, e);
			return 1;
		}
		for (c = k; c > i0 && tk_word(ts, c - 1); c--)
			;
		e = c - 2;
		if (!tk_punct(ts, c - 1, ',') || (k = name_back(ts, i0, e)) < 0)
			break;
	}
	return 0;
}

static int party_tag(const struct toks *ts, int i);
static int subject_back(struct spk *sp, const struct toks *ts, int i0,
    int k, int widen);
static int before_paren(const struct toks *ts, int i0, int m);

/*
 * "X, Chairman of Y, said": the comma at *m ends an apposition or an
 * aside.  Returns 1 with the speaker set, 0 for none, or -1 to go on
 * reading back from the new *m.
 */
static int
np_apposition(struct spk *sp, const struct toks *ts, int i0, int *mp)
{
	int m = *mp, b, c;

	/*
	 * "X, chairman of Y (a Republican PAC), tweeted"; "Oliver Hedge,
	 * who appraises golf courses for Cushman & Wakefield, said": up
	 * to 28 tokens, a name's & and a title's marks among them
	 */
	for (c = m - 1; c > i0 && c > m - 28 && (tk_word(ts, c) ||
	    tk_punct(ts, c, '(') || tk_punct(ts, c, ')') ||
	    tk_punct(ts, c, '&') || ts->t[c].kind == TK_MARK); c--)
		;
	if (c <= i0 || c >= m - 1 || !tk_punct(ts, c, ','))
		return 0;
	/* a long one opens as a clause or a noun phrase does, not "Miami," */
	if (c < m - 16 && !tk_in(ts, c + 1, QW_RELATIVE) &&
	    !tk_is(ts, c + 1, "whose") && !tk_in(ts, c + 1, QW_DET))
		return 0;
	/* ", Gov. John Kasich (R-OH), said": the name before the tag */
	if (tk_punct(ts, m - 1, ')') && (b = before_paren(ts, c, m - 1)) <
	    m - 1 && name_back(ts, c + 1, b) == c + 1) {
		if (!titles_back(sp, ts, c + 1, c + 1, b))
			spk_set(sp, ts, c + 1, b);
		return 1;
	}
	/* "Mitch McConnell, R-Ky., said": the party tag is an aside */
	if (m - c - 1 == 1 && party_tag(ts, c + 1)) {
		*mp = c - 1;
		return -1;
	}
	if (tk_in(ts, c + 1, QW_ASIDE) && m - c - 1 <= 6) {
		/* "X, however, said", "X, in turn, noted": an aside. */
		for (m = c - 1; m >= i0 && tk_in(ts, m, QW_ADVERB); m--)
			;
		*mp = m;
		return -1;
	}
	/* "the head of X, Oleksandr Prokudin, said" */
	if (name_back(ts, c + 1, m - 1) == c + 1 && !titled(ts, c + 1, m - 1)) {
		spk_set(sp, ts, c + 1, m - 1);
		return 1;
	}
	/*
	 * "the petitioners' counsel, Advocate Imran Shafiq, argued": a
	 * titled name after a noun that is none
	 */
	if (name_back(ts, c + 1, m - 1) == c + 1 && tk_word(ts, c - 1) &&
	    !ts->t[c - 1].cap && !tk_in(ts, c + 1, QW_DET) &&
	    trims_to_name(ts, c + 1, m - 1)) {
		spk_set(sp, ts, c + 1, m - 1);
		return 1;
	}
	/* "A KPC official, who heads Y, said": before it. */
	*mp = m = c - 1;
	if ((b = name_back(ts, i0, m)) < 0)
		return -1;
	if (!titles_back(sp, ts, i0, b, m))
		spk_set(sp, ts, b, m);
	return 1;
}

/*
 * Where a body's or a person's name that ends at m starts, read back:
 * capitalised words, possessives, "of the", "to" after a title
 * ("the Ministry of the Interior", "the EU Delegation to Ukraine X",
 * "Analysts at Tristar Capital"); an article ends it.
 */
static int
name_start(const struct toks *ts, int i0, int m)
{
	int b, j, c;

	for (b = m; b - 1 >= i0; b--) {
		j = b - 1;
		/* "Procter & Gamble said", "AT&T said": one name */
		if (tk_punct(ts, j, '&') && j - 1 >= i0 && tk_cap(ts, j - 1) &&
		    tk_cap(ts, b))
			continue;
		/* "Sanders’ campaign said": the owner's name goes on */
		if (s_owner(ts, j))
			continue;
		if (!tk_word(ts, j))
			break;
		/* "Enrique PeA\xcc\x83\xc2\xb1a Nieto": a word in pieces */
		if ((c = glued_start(ts, j)) < j && c >= i0 && tk_cap(ts, c)) {
			b = c + 1;
			continue;
		}
		if (tk_is(ts, j, "the") && j - 2 >= i0 && tk_cap(ts, j - 2) &&
		    (tk_is(ts, j - 1, "of") || tk_is(ts, j - 1, "to") ||
		    tk_is(ts, j - 1, "for"))) {
			b = j - 1;
			continue;
		}
		if (tk_in(ts, j, QW_DET))
			return j;
		if (ts->t[j].cap)
			continue;
		/* the ministry's spokesman, Norway's top diplomat */
		if (tk_possessive(ts, j) || tk_possessive(ts, j - 1) ||
		    s_owner(ts, j - 1))
			continue;
		if (tk_in(ts, j, QW_PARTICLE) && tk_cap(ts, j - 1))
			continue;
		/* ", de Blasio tweeted", ", dos Santos says": it opens it */
		if (tk_in(ts, j, QW_NAMEPART) && tk_cap(ts, b) && (j == i0 ||
		    !tk_word(ts, j - 1)))
			return j;
		/* "Ambassador to Kuwait X", "the World Bank office in Dushanbe" */
		if ((tk_is(ts, j, "to") || tk_is(ts, j, "in")) &&
		    tk_cap(ts, b) && tk_in(ts, j - 1, QW_TITLE))
			continue;
		if (tk_in(ts, j, QW_TITLE) && (tk_is(ts, j + 1, "to") ||
		    tk_is(ts, j + 1, "in")))
			continue;
		if (tk_is(ts, j, "at") && tk_cap(ts, b) &&
		    tk_in(ts, j - 1, QW_AT_NOUN))
			return j - 1;
		break;
	}
	return b;
}

/* speaking, obtained: a participle in lower case after a noun */
static int
participle(const struct toks *ts, int i)
{
	return tk_word(ts, i) && !ts->t[i].cap && tk_word(ts, i - 1) &&
	    !tk_in(ts, i - 1, QW_PASSIVE | QW_AUX | QW_PRONOUN | QW_ADVERB) &&
	    !tk_in(ts, i - 1, QW_RELATIVE) &&
	    (tk_ing(ts, i) || tk_pastlike(ts, i));
}

/*
 * A word inside the noun phrase before a preposition: no article, verb
 * or adverb ("The ad then cuts to"), nor a verb in -s after a name
 * ("Ginsburg apologizes for").
 */
static int
noun_word(const struct toks *ts, int j)
{
	return tk_word(ts, j) && !tk_in(ts, j, QW_DET | QW_STOP | QW_ADVERB) &&
	    !tk_verb(ts, j) && !tk_digit((unsigned char)tk_p(ts, j)[0]) &&
	    !(!ts->t[j].cap && tk_cap(ts, j - 1) && verb_after(ts, j));
}

/*
 * Does the head of a subject start at j, the first word of a sentence
 * or of a clause after a comma ("Officials in each state say") or a
 * subordinator ("when Trump in his speech called"), or after a
 * conjunction that opens it ("But officials in the city said")?
 */
static int
head_opens(const struct toks *ts, int i0, int j)
{
	return ((tk_cap(ts, j) && (j == i0 || !tk_word(ts, j - 1) ||
	    tk_in(ts, j - 1, QW_SUBORD))) ||
	    (tk_word(ts, j) && tk_in(ts, j - 1, QW_COORD | QW_LEAD) &&
	    (j - 1 == i0 || !tk_word(ts, j - 2)))) &&
	    !tk_in(ts, j, QW_OPENER | QW_LEAD | QW_ASIDE | QW_PREP | QW_DAY |
	    QW_TIME | QW_COORD | QW_PRONOUN);
}

/*
 * Is [a, c] a name: all its words capitalised, no owner's s, no title
 * ("Ann Lee", not "Kuwait's Permanent Representative to the UN")?  A
 * phrase after a name is no part of the speaker as written (SPEC.md);
 * after a noun it is ("Officials in each state say").
 */
int
name_words(const struct toks *ts, int a, int c)
{
	int j;

	for (j = a; j <= c; j++)
		if (!tk_cap(ts, j) || !tk_word(ts, j) || tk_possessive(ts, j))
			return 0;
	return !titled(ts, a, c) && namelike(ts, a, c);
}

/* A name that no sentence start explains ("when Trump in his speech"). */
static int
name_head(const struct toks *ts, int i0, int a, int c)
{
	return name_words(ts, a, c) && (c > a || (a > i0 &&
	    tk_word(ts, a - 1)));
}

/*
 * The phrase from b is the object of a preposition after the subject's
 * noun ("an official close to Smith said", "officials in each state
 * say", "officials speaking on condition of anonymity said"): the
 * subject's start, read back over up to three such phrases to an
 * article or to the head that opens the sentence; b where there is none,
 * or where the first phrase is an adverbial's ("At a rally in Ohio Trump
 * said").  *part: a participle before a preposition ("a source speaking
 * to the newspaper"), the last word of the subject; else -1.
 */
static int
post_noun(const struct toks *ts, int i0, int b, int *part)
{
	int n, c, j, s = b;

	*part = -1;
	for (n = 0; n < 3 && b - 2 >= i0 && tk_in(ts, b - 1, QW_POSTNOUN);
	    n++) {
		c = b - 2;
		if (participle(ts, c) && !tk_is(ts, b - 1, "of")) {
			*part = c;
			return s;
		}
		for (j = c; j >= i0 && j > c - 5 && noun_word(ts, j); j--)
			if (s_owner(ts, j - 1))	/* "Sanders’ fundraising email" */
				j--;
		if (j == c) {
			if (!tk_in(ts, c, QW_ALONE))
				break;
			b = c;	/* "One of the protesters" */
			continue;
		}
		if (j >= i0 && tk_in(ts, j, QW_DET))
			b = j;
		else if (head_opens(ts, i0, j + 1)) {
			if (name_head(ts, i0, j + 1, c)) {
				*part = c + 1;	/* the name, not its adverbial */
				return s;
			}
			return j + 1;
		}
		else if (j >= i0 && tk_in(ts, j, QW_POSTNOUN) && !ts->t[c].cap)
			b = j + 1;	/* "on condition of": a phrase before */
		else
			break;
	}
	/* the phrase opens the clause: not "He sent a memo to X in April" */
	if (b == s || !tk_in(ts, b, QW_DET) || !(b == i0 ||
	    !tk_word(ts, b - 1) || tk_in(ts, b - 1, QW_LEAD | QW_ASIDE |
	    QW_COORD | QW_SUBORD)) || tk_in(ts, b - 1, QW_PREP | QW_OPENER))
		return s;
	return b;
}

/*
 * The subject [b, m] of a verb, b found by name_start(): trimmed or
 * widened at its start ("As Rashid told", "An exporter based in Coonoor
 * said", "HE the Minister said", "Sheikh Khalifa, Chairman of Qatar
 * Chamber said").
 */
static int
np_subject(struct spk *sp, const struct toks *ts, int i0, int m, int widen)
{
	int b = of_phrase(ts, i0, name_start(ts, i0, m)), c, part;

	/* "As Rashid told my son": the conjunction is no part of it */
	if (b < m && tk_is(ts, b, "as"))
		b++;
	/* "An exporter based in Coonoor said": the noun before based */
	if (b - 2 > i0 && (tk_is(ts, b - 1, "in") || tk_is(ts, b - 1, "at")) &&
	    tk_is(ts, b - 2, "based")) {
		for (c = b - 3; c >= i0 && c > b - 7 && tk_word(ts, c) &&
		    !ts->t[c].cap && !tk_in(ts, c, QW_DET) &&
		    !tk_in(ts, c, QW_STOP); c--)
			;
		if (c >= i0 && c < b - 3 && tk_in(ts, c, QW_DET)) {
			spk_set(sp, ts, c, m);
			return 1;
		}
	}
	/*
	 * "a source speaking to Fox News said", "a letter obtained by The
	 * Associated Press warns": the participle's object; the subject
	 * is the phrase before the participle
	 */
	if (b - 2 >= i0 && participle(ts, b - 2) && (tk_is(ts, b - 1, "to") ||
	    (tk_in(ts, b - 1, QW_PREP) && !tk_in(ts, b - 1, QW_SUBORD) &&
	    !tk_is(ts, b - 1, "of"))))
		return np_backward(sp, ts, i0, b - 2);
	if (widen && ((c = post_noun(ts, i0, b, &part)) < b || part >= 0)) {
		if (part >= 0)
			return subject_back(sp, ts, i0, part, 1);
		spk_set(sp, ts, c, m);
		return 1;
	}
	/* "HE the Minister said", "His Highness the Prime Minister": the style */
	if (b - 1 >= i0 && tk_is(ts, b, "the") && tk_style_abbr(ts, b - 1))
		b--;
	else if (b - 2 >= i0 && tk_is(ts, b, "the") && tk_styled(ts, b - 2))
		b -= 2;
	/* "Sheikh Khalifa, Chairman of Qatar Chamber said" */
	if (titled(ts, b, m) && b - 2 >= i0 && ts->t[b - 1].kind == TK_PUNCT &&
	    ts->t[b - 1].cp == ',' && (c = name_back(ts, i0, b - 2)) >= 0 &&
	    !titled(ts, c, b - 2) && namelike(ts, c, b - 2) &&
	    (c == i0 || !tk_word(ts, c - 1))) {
		spk_set(sp, ts, c, b - 2);
		return 1;
	}
	spk_set(sp, ts, b, m);
	return 1;
}

/*
 * "Kuwait Oil Company (KOC) said", "Sen. Ann Lee (D-Ore.) said": where
 * a short form or a party tag in parentheses ends at m, the word before
 * it; else m.
 */
static int
before_paren(const struct toks *ts, int i0, int m)
{
	int c;

	if (!tk_punct(ts, m, ')'))
		return m;
	for (c = m - 1; c > i0 && c > m - 8 && (tk_word(ts, c) ||
	    tk_punct(ts, c, '.') || tk_punct(ts, c, '-')); c--)
		;
	if (c < m - 1 && tk_punct(ts, c, '(') && tk_word(ts, c - 1))
		return c - 1;
	return m;
}

/* A party tag: R-Ky., D-Ore., I-Vt. */
static int
party_tag(const struct toks *ts, int i)
{
	const char *p = tk_p(ts, i);

	return tk_word(ts, i) && tk_n(ts, i) >= 3 && (p[0] == 'D' ||
	    p[0] == 'R' || p[0] == 'I') && p[1] == '-' &&
	    p[2] >= 'A' && p[2] <= 'Z';
}

/* his, her, their: a determiner that names an owner. */
static int
owner(const struct toks *ts, int i)
{
	return tk_in(ts, i, QW_DET) && !tk_in(ts, i, QW_ALONE | QW_STOP) &&
	    !tk_is(ts, i, "the") && !tk_is(ts, i, "a") && !tk_is(ts, i, "an");
}

/*
 * The subject of the verb at k, read backwards; widen: it may be a noun
 * before a preposition's phrase (post_noun), not so the antecedent of a
 * relative pronoun ("the report, which notes").
 */
static int opener_at(const struct toks *ts, int i);

/* Does a quotation mark stand in [b, m)? */
static int
mark_within(const struct toks *ts, int b, int m)
{
	for (; b < m; b++)
		if (ts->t[b].kind == TK_MARK)
			return 1;
	return 0;
}

static int
subject_back(struct spk *sp, const struct toks *ts, int i0, int k, int widen)
{
	int m = subject_end(ts, i0, k), b, c, r;

	/* "the crowd, which chanted", "the man who said": before it */
	if (tk_in(ts, m, QW_RELATIVE) && m - 1 > i0 &&
	    (tk_punct(ts, m - 1, ',') || tk_is(ts, m, "who")) &&
	    (tk_word(ts, m - 2) || tk_word(ts, m - 1)))
		return subject_back(sp, ts, i0, tk_punct(ts, m - 1, ',') ?
		    m - 1 : m, 0);
	/*
	 * "fans who flew in for the final said": the subject before who;
	 * not "He praised those who left but said", a verb of its own
	 */
	if (!tk_is(ts, m, "but") && !tk_is(ts, m, "and"))
		for (c = m; c > i0 && c > m - 12 && tk_word(ts, c); c--)
			if (tk_is(ts, c, "who") && c < m &&
			    tk_word(ts, c - 1) && !tk_in(ts, c - 1, QW_STOP))
				return subject_back(sp, ts, i0, c, 0);
	m = before_paren(ts, i0, m);
	if (m > i0 && tk_punct(ts, m, ',') &&
	    (r = np_apposition(sp, ts, i0, &m)) >= 0)
		return r;
	/* "Sen. Ann Lee (D-Ore.), a member of the panel, said" */
	m = before_paren(ts, i0, m);
	/*
	 * "Sheikh X received the minister and stressed “...”": the
	 * sentence's subject, where it is a name or a pronoun.
	 */
	if (m > i0 && (tk_is(ts, m, "and") || tk_is(ts, m, "but"))) {
		b = skip_asides(ts, i0, m);
		/* "Asked on Monday, Mrs. X shook her head and said" */
		if (b < m && opener_at(ts, b) && !mark_within(ts, b, m) &&
		    np_sentence_subject(sp, ts, i0, m))
			return 1;
		if (b < m && (tk_cap(ts, b) || tk_in(ts, b, QW_DET) ||
		    tk_in(ts, b, QW_PRONOUN)))
			return np_forward(sp, ts, b);
		return 0;
	}
	if (m < i0 || !tk_word(ts, m) || tk_in(ts, m, QW_STOP) ||
	    tk_in(ts, m, QW_DET))
		return 0;
	if (tk_in(ts, m, QW_PRONOUN)) {
		spk_set(sp, ts, m, m);
		return 1;
	}
	/* "the head of state", "the ministry's spokesman": from the article. */
	for (b = m - 1; b >= i0 && b > m - 6 && tk_word(ts, b) &&
	    !tk_in(ts, b, QW_DET) && !tk_verb(ts, b) &&
	    (!tk_in(ts, b, QW_STOP) || tk_is(ts, b, "of")); b--)
		;
	if (b >= i0 && b < m && tk_in(ts, b, QW_DET) && !ts->t[m].cap) {
		/* "over her recovered emails “...”": emails is no verb */
		if (b == m - 1 && owner(ts, b) && tk_pastlike(ts, m))
			return 0;
		b = of_phrase(ts, i0, b);
		if (widen && ((c = post_noun(ts, i0, b, &r)) < b || r >= 0)) {
			if (r >= 0)
				return subject_back(sp, ts, i0, r, 1);
			b = c;
		}
		spk_set(sp, ts, b, m);
		return 1;
	}
	/* "roused the crowd to spontaneous chants of “...”": an object */
	if (!ts->t[m].cap && (tk_is(ts, m - 1, "to") || (tk_in(ts, m - 1,
	    QW_PREP) && !tk_is(ts, m - 1, "of"))))
		return 0;
	return np_subject(sp, ts, i0, m, widen);
}

/* The subject of the verb at k, read backwards. */
int
np_backward(struct spk *sp, const struct toks *ts, int i0, int k)
{
	return subject_back(sp, ts, i0, k, 1);
}


/*
 * Could a subject's verb stand at i: a lower-case word that is no
 * preposition, article or conjunction ("Trump launched", "He has coined",
 * "Mills forwards", "the nominee is")?
 */
int
verb_after(const struct toks *ts, int i)
{
	if (!tk_word(ts, i) || ts->t[i].cap)
		return 0;
	if (tk_in(ts, i, QW_PASSIVE | QW_ADVERB | QW_VERB | QW_JUDGE |
	    QW_MODAL) || tk_pastlike(ts, i))
		return 1;
	/* "forwards", "says": a present tense, not "this" */
	return tk_s_form(ts, i) &&
	    !tk_in(ts, i, QW_PREP | QW_DET | QW_STOP | QW_TIME);
}

/* After a pronoun, any word but a function word is its verb: "he cut". */
static int
pronoun_verb(const struct toks *ts, int i)
{
	return tk_word(ts, i) && !ts->t[i].cap &&
	    !tk_in(ts, i, QW_PREP | QW_DET | QW_STOP | QW_TIME | QW_PRONOUN) &&
	    !tk_digit((unsigned char)tk_p(ts, i)[0]);
}

/* Is [b, m] a name: capitalised words and the particles inside one? */
int
all_name(const struct toks *ts, int b, int m)
{
	for (; b <= m; b++)
		if (!tk_cap(ts, b) && !tk_in(ts, b, QW_NAMEPART | QW_PARTICLE))
			return 0;
	return 1;
}

/* A sentence's opener: "In October,", "Speaking at X,", "Hours later,". */
static int
opener_at(const struct toks *ts, int i)
{
	const char *p = tk_p(ts, i);
	size_t n = tk_n(ts, i);

	if (!tk_word(ts, i))
		return 1;
	if (tk_in(ts, i, QW_OPENER | QW_LEAD | QW_ASIDE | QW_TIME | QW_DAY |
	    QW_PREP) || tk_digit((unsigned char)p[0]))
		return 1;
	/* "Speaking at a town hall,": a participle in capitals */
	if (ts->t[i].cap && tk_ing(ts, i))
		return 1;
	/* "Preceded at the lectern by X,": not "Ahmed said" */
	return ts->t[i].cap && n > 5 && memcmp(p + n - 2, "ed", 2) == 0 &&
	    (tk_in(ts, i + 1, QW_PREP) || tk_is(ts, i + 1, "by"));
}

/*
 * Past a party or a state after a subject's name, from e: "Sen. Ann Lee
 * (D-Ore.) visited", "Susan Collins (Maine) joined", "Mitch McConnell,
 * R-Ky., told".
 */
static int
past_tag(const struct toks *ts, int e, int lim)
{
	int c;

	if (tk_punct(ts, e, ',') && e + 2 < lim && party_tag(ts, e + 1) &&
	    tk_punct(ts, e + 2, ','))
		return e + 3;
	if (!tk_punct(ts, e, '('))
		return e;
	for (c = e + 1; c < lim && c < e + 6 && (tk_word(ts, c) ||
	    tk_punct(ts, c, '.') || tk_punct(ts, c, '-')); c++)
		;
	return c > e + 1 && tk_punct(ts, c, ')') ? c + 1 : e;
}

/*
 * After a name, up to three nouns in lower case from m, the last a
 * plural, before a verb that is surely one: "Clinton officials were",
 * "Obama administration officials say", "Top Senate candidates
 * pointing".  The verb's token, or m (not "Trump slams Cruz", "Sanders
 * later told", "Trump blasts media").
 */
static int
plural_head(const struct toks *ts, int m, int lim)
{
	int c, v;

	for (c = m; c + 1 < lim && c < m + 3 && tk_word(ts, c) &&
	    !ts->t[c].cap && !tk_in(ts, c, QW_STOP | QW_ADVERB | QW_TIME |
	    QW_DAY | QW_AUX | QW_MODAL | QW_PASSIVE | QW_PREP | QW_DET |
	    QW_PRONOUN | QW_TRAIL | QW_VERB) && !tk_pastlike(ts, c); c++) {
		v = c + 1;
		if (tk_s_form(ts, c) && tk_word(ts, v) && !ts->t[v].cap &&
		    (tk_in(ts, v, QW_VERB | QW_PASSIVE | QW_MODAL | QW_AUX |
		    QW_JUDGE) || tk_pastlike(ts, v) || tk_ing(ts, v)))
			return v;
	}
	return m;
}

/* politicians, voters: a plural in lower case that is no verb */
static int
lower_plural(const struct toks *ts, int i)
{
	return tk_s_form(ts, i) && !ts->t[i].cap && !tk_in(ts, i, QW_VERB | QW_JUDGE | QW_STOP |
	    QW_PREP | QW_DET | QW_ADVERB);
}

/*
 * Is [c, ...) a name or a pronoun with a verb after it, before lim:
 * "Trump launched", "He has coined" (not "The lack of places was")?
 * The phrase in *t.
 */
static int
subject_at(struct spk *t, const struct toks *ts, int c, int lim)
{
	int e, n, ne, h = 0;

	/* not "it may have an impact:", "You have to go back" */
	if (!((tk_cap(ts, c) && !opener_at(ts, c)) ||
	    tk_in(ts, c, QW_PRONOUN)) || tk_in(ts, c, QW_IMPERSONAL) ||
	    !np_forward(t, ts, c))
		return 0;
	for (e = c; e < lim && ts->t[e].s < t->e; e++)
		;
	/* the name after a role: "Band member Flea" */
	for (n = c; n < e && ts->t[n].s < t->s; n++)
		;
	ne = e;
	/* "Liberal politicians fear": the group's noun is the head */
	if (t->named && e == c + 1 && tk_in(ts, c, QW_GROUP) && e + 1 < lim &&
	    lower_plural(ts, e) && pronoun_verb(ts, e + 1)) {
		t->e = ts->t[e].e;
		e = h = e + 1;
	/* "Legal observers note", "Clinton officials were": the head */
	} else if (t->named && (h = plural_head(ts, e, lim)) > e) {
		t->e = ts->t[h - 1].e;
		e = h;
	} else if (t->named)
		e = past_tag(ts, e, lim);
	if (e >= lim || !(verb_after(ts, e) || ((!t->named || h > ne) &&
	    pronoun_verb(ts, e))) || (t->named ? !all_name(ts, n, ne - 1) :
	    !tk_in(ts, c, QW_PRONOUN)))
		return 0;
	/* "X led it, and within weeks the effort had ...": another clause */
	for (; e + 2 < lim; e++)
		if (tk_punct(ts, e, ',') && (tk_is(ts, e + 1, "and") ||
		    tk_is(ts, e + 1, "but")) && tk_word(ts, e + 2) &&
		    !verb_after(ts, e + 2))
			return 0;
	return 1;
}

/*
 * The subject of the sentence [i0, lim), where its verb follows it
 * (subject_at); past an opener, after the first comma where one stands
 * ("At a summit in Hilton Head, S.C., Rubio offered", "Hours later,
 * Trump returned").  A sentence that opens with a noun phrase has no
 * other subject: "Trump, in Kentucky, said" gives none, not a later
 * name.
 */
int
np_sentence_subject(struct spk *sp, const struct toks *ts, int i0, int lim)
{
	int b = skip_asides(ts, i0, lim), c;
	struct spk t = { 0, 0, 0, 0 };

	/* "And Mr. Christie gloated:", "But Tom Miller said" */
	if (b == i0 && tk_in(ts, b, QW_COORD) && tk_word(ts, b + 1))
		b = i0 = b + 1;

	/* "Then he cut into Bush, calling him": not an aside to the comma */
	if (b > i0 && tk_in(ts, i0, QW_ASIDE) && subject_at(&t, ts, i0 + 1,
	    lim)) {
		*sp = t;
		return 1;
	}
	if (!opener_at(ts, b) && b == i0) {
		if (!subject_at(&t, ts, b, lim))
			return 0;
		*sp = t;
		return 1;
	}
	/* "Speaking in Salem, Mass., Trump went": the aside goes on */
	for (c = b; c < lim && c < b + 32; c++)
		if ((c == b || tk_punct(ts, c - 1, ',')) &&
		    subject_at(&t, ts, c, lim)) {
			*sp = t;
			return 1;
		}
	return 0;
}

/*
 * Do up to three lower-case words from i end in a role just before a
 * capitalised name: "team principal Marco Bellandi"?
 */
int
role_before_name(const struct toks *ts, int i)
{
	int c;

	for (c = i; c < i + 3 && tk_word(ts, c) && !ts->t[c].cap &&
	    !tk_in(ts, c, QW_STOP); c++)
		;
	return c > i && tk_in(ts, c - 1, QW_TITLE) && tk_cap(ts, c) &&
	    !tk_in(ts, c, QW_PRONOUN);
}

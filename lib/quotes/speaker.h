/*
 * The speaker of a quotation: noun phrases read forwards and backwards
 * over tokens (nphrase.c), and the sieves that look for one around a
 * quotation, in order (sieves.c).
 */
#ifndef QUOTES_SPEAKER_H
#define QUOTES_SPEAKER_H

#include "toks.h"

/* A speaker: the text [s, e). */
struct spk {
	uint64_t s, e;
	int found;
	int named;		/* starts with a capital, not a pronoun */
};

/* The speaker is the tokens [b, m], trimmed to the name in a title. */
void spk_set(struct spk *sp, const struct toks *ts, int b, int m);

/* A noun phrase from token i on: "the minister", "X" in said X. */
int np_forward(struct spk *sp, const struct toks *ts, int i);
/* After "according to": the speaker, or the issuer of a document. */
int np_according(struct spk *sp, const struct toks *ts, int i);
/* The subject of the sentence [i0, lim), where its verb follows it. */
int np_sentence_subject(struct spk *sp, const struct toks *ts, int i0,
    int lim);
/* The subject of the verb at k, read backwards to i0 at most. */
int np_backward(struct spk *sp, const struct toks *ts, int i0, int k);

/* Trim or drop a speaker that names nobody (stray.c); 0: none. */
int spk_tidy(struct spk *sp, const struct toks *ts);
/* Is token i a party tag after a name: R-Pa., D-Nev. (stray.c)? */
int spk_party_tag(const struct toks *ts, int i);

int skip_asides(const struct toks *ts, int i, int lim);
int namelike(const struct toks *ts, int b, int m);
int name_words(const struct toks *ts, int a, int c);
/* "Sanders’ campaign": is token j the apostrophe of an owner in s? */
int s_owner(const struct toks *ts, int j);
int name_back(const struct toks *ts, int i0, int m);
int titled(const struct toks *ts, int b, int m);
int role_before_name(const struct toks *ts, int i);
/* A finite verb no noun phrase goes on with: were, has, will, did. */
int clause_verb(const struct toks *ts, int i);
/* Could a subject's verb stand at i ("launched", "has", "forwards")? */
int verb_after(const struct toks *ts, int i);
/* Is [b, m] a name: capitalised words and the particles inside one? */
int all_name(const struct toks *ts, int b, int m);

/* The states of a quotation in the queue (struct qx_ent). */
enum { QE_OPEN, QE_CLOSED, QE_FAILED };

struct qx_ent;
struct qx;

/*
 * The speaker of the quotation e, from the sieves in order; sets *after
 * when a sieve after the closing mark found it (a later quotation may go
 * on in that voice).
 */
void spk_search(struct spk *sp, struct qx *x, const struct qx_view *v,
    const struct qx_ent *e, struct toks *ts, int *after);

/*
 * The attribution after a closing mark, in the tokens from 0 on: strict,
 * only a bare one; sep, the quotation ended with , ? or ! (sieves.c).
 */
int spk_after(struct spk *sp, const struct toks *ts, int strict, int sep);
/* The reporting verb before the tokens' end in [i0, n), "according to". */
int before_verb(struct spk *sp, const struct toks *ts, int i0, int *kp,
    int *ap);

/* -p: the last named subject of a reporting verb before the quote. */
int spk_name_before(struct spk *sp, const struct toks *ts);

/*
 * -p: learn the names of the text before keep, which the window lets
 * go, and on to a break before safe, where no quotation waits (persons.c).
 */
void pr_learn(struct qx *x, const struct qx_view *v, uint64_t keep,
    uint64_t safe);
/* -p: the person column of the quotation e (persons.c). */
void pr_person(struct qx *x, const struct qx_view *v, const struct qx_ent *e,
    const struct spk *sp, struct qx_quote *q, struct toks *ts);

/* What the sieves share about the quotation they look at (sieves.c). */
struct sieve_ctx {
	struct qx *x;
	const struct qx_view *v;
	const struct qx_ent *e;
	struct toks *ts;
	int closed;		/* the quotation was closed */
	int period;		/* it ends its sentence with a period */
	int sep;		/* it ends with , ? or !: the sentence goes on */
	int after;		/* a sieve after the closing mark found one */
	struct spk partial;	/* what the partial sieve will give */
	struct spk subject;	/* and the subject sieve */
	struct spk aside;	/* and aside-subject's (qclause.c) */
	struct spk speech;	/* and speech-subject's */
};

typedef void sieve_fn(struct spk *, struct sieve_ctx *);

/* Is the earlier speaker at offset s still in the text held for e? */
int held(uint64_t s, const struct qx_ent *e);
/* ,” said X: the speaker after the reporting verb at i (sieves.c). */
int after_verb(struct spk *sp, const struct toks *ts, int i);
/*
 * The last sure sentence break in [lo, mark), or lo (sieves.c); x keeps
 * the last answer for the next quotation's marks, and NULL keeps none
 * (for a look back that is not the quotation's own).
 */
uint64_t sure_break(struct qx *x, const struct qx_view *v, uint64_t lo,
    uint64_t mark);
/* Is the quotation's text in title case, a name rather than words said? */
int title_case(const struct qx_view *v, const struct qx_ent *e);

/* The sieves of qcarry.c (sieves.c's table). */
sieve_fn sv_voice_before;	/* in the voice of the sentence before */
sieve_fn sv_label_colon;	/* - Jane Doe: “...”: a name alone */
sieve_fn sv_headline;		/* Glenn Beck Says Trump ‘...’ */
sieve_fn sv_said_late;		/* “...” about it, said X */
sieve_fn sv_after_aside;	/* “...,” X, Y's manager, said */
/* The tokens after e's closing mark, past a plural's possessive ’. */
void rest_of_sentence(struct toks *ts, const struct sieve_ctx *c);

/* The sieves of qreach.c: past a word between subject and verb. */
sieve_fn sv_after_between;	/* “...,” Sen. X (D) said; he will say */
sieve_fn sv_relative_naming;	/* which Trump had called a “...” */
sieve_fn sv_time_between;	/* Priebus later Thursday told X: “...” */
sieve_fn sv_named_between;	/* “A,” a friend, X told CNN. “B.” */
sieve_fn sv_after_apostrophe;	/* ''... 'for real,''' X said */
sieve_fn sv_after_ampersand;	/* “...,” said AT&T chief X */
sieve_fn sv_colon_subject;	/* a voice celebrated it on Twitter: “...” */

/* The sieves of qcover.c: no speech of its own (sieves.c's table). */
sieve_fn sv_wide_subject;	/* The campaign projects that “...” */
sieve_fn sv_verb_lead;		/* But, said Solovey, “...” */

/* The sieves of qclause.c: a quotation inside a clause (sieves.c's table). */
sieve_fn sv_same_clause;
sieve_fn sv_late_clause;
sieve_fn sv_aside_subject;
sieve_fn sv_speech_subject;
/* Their finds, from the tokens before the quotation (sv_before). */
void clause_finds(struct sieve_ctx *c);
/* Does a word or a comma stand just before the mark at m, blanks aside? */
int mid_sentence(const struct qx_view *v, uint64_t m);

#endif

/*
 * The speaker search's token (toks.h has the tokenizer and the rules'
 * functions on tokens) and what the token cache (qcache.c) keeps between
 * requests: each extractor's own, in its struct qx.
 */
#ifndef QUOTES_QCACHE_H
#define QUOTES_QCACHE_H

#include <stddef.h>
#include <stdint.h>

enum { TK_WORD, TK_PUNCT, TK_MARK, TK_PARA };
#define TK_MAX 320

/* 32 bytes: the search copies tokens, and writes every field of each */
struct tok {
	uint64_t s, e;
	uint64_t cls;		/* TK_WORD: its classes (QW_*) once asked
				   for, with QW_KNOWN; else 0 */
	int32_t cp;		/* TK_PUNCT, TK_MARK: the character */
	unsigned char kind;
	unsigned char cap;	/* TK_WORD: starts with a capital */
	unsigned char look;	/* how far past e its reading went: the
				   token is the same in any text that
				   agrees up to e + look (qcache.c) */
};

#define TC_MAX 4096	/* tokens kept: more than QX_BEHIND + QX_AHEAD
			   bytes hold, a token being a byte at least */

struct tk_cache {
	unsigned long rec;	/* the record the tokens are of, 0: none */
	uint64_t lo;		/* every token from here to pos is kept */
	uint64_t pos;		/* where the tokenizer stopped, */
	int nl;			/* and its line feeds there */
	unsigned long first, next;	/* kept: sequence numbers */
	struct tok t[TC_MAX];
	struct tok pre[TC_MAX / 2];	/* read before the kept ones */
	/* the last TK_FIRST answer read afresh */
	struct {
		unsigned long rec;
		uint64_t from, to;
		int n;
		struct tok t[TK_MAX];
	} again;
};

#endif

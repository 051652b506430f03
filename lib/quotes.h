/*
 * Quotation extractor: I/O-free and incremental, over a sliding window of
 * one record's text (see win.h).  It pairs quotation marks (curly,
 * straight, typewriter, low-9, guillemets, corner brackets), tells
 * apostrophes from single quotes, joins quotations that run over
 * paragraphs in the newspaper convention, and names the speaker from the
 * attribution next to the quote.  Offsets are absolute byte offsets into
 * the record's text.
 */
#ifndef QUOTES_H
#define QUOTES_H

#include <stddef.h>
#include <stdint.h>

#include "quotes/qcache.h"

#define QX_DEPTH 8		/* open quotations tracked at once */
#define QX_QMAX 256		/* quotations held until decided */
#define QX_BEHIND 1024		/* text kept before an opening mark */
/*
 * A quotation that starts within QX_CROWD_SPAN bytes of the start of
 * the QX_CROWD-th quotation before it, in the same record, is one of a
 * crowd that no prose has ('a' 'a' 'a' ..., marks 10,000 deep): it gets
 * no speaker, and costs no search, so such text stays fast.
 */
#define QX_CROWD 16
#define QX_CROWD_SPAN 256
#define QX_AHEAD 1024		/* text looked at after a closing mark */
#define QX_MARK_AHEAD 32	/* bytes seen after a mark when it is read */
#define QX_TAGMAX 512		/* longest markup tag passed over */
#define QX_NAMEMAX 256		/* longest remembered name (-p) */
#define QX_PERSONS 64		/* persons remembered per record (-p); a
				   slot is a bit of a uint64_t: 64 at most */
#define QX_PR_HASH 256		/* hashes of the persons' index (-p) */
#define QX_ROLEMAX 32		/* longest remembered role (-p) */
#define QX_DEFER 65536		/* text let go kept unread for names (-p) */
#define QX_DEFER_SPANS 64	/* and its spans, as the scans cut it */

struct qx_opts {
	int nested;		/* -n: report nested quotations too */
	int unclosed;		/* -o: report unclosed ones too */
	int pronoun;		/* -p: the person column */
	size_t cap;		/* -m: a longer quotation is unclosed */
};

struct qx_quote {
	uint64_t start, end;	/* the text between the marks */
	const char *spk;	/* speaker as written, "" if none; valid
				   during the emit call only */
	size_t spk_len;		/* 0 if none */
	const char *person;	/* -p: the fullest name for the speaker */
	size_t person_len;
	int depth;		/* 0 outer, 1 nested ... */
	int unclosed;
};

typedef void qx_emit_fn(void *ctx, const struct qx_quote *q);

struct qx_ent {
	uint64_t mark;		/* offset of the opening mark */
	uint64_t start, end;	/* the text between the marks */
	uint64_t after;		/* just past the closing mark */
	int32_t open;		/* the opening mark */
	int depth;
	int state;
};

struct qx {
	struct qx_opts opt;
	uint64_t pos;		/* next byte to scan */
	int32_t prev;		/* the code point before pos */
	int in_ws;		/* inside a run of white space */
	int nl;			/* LFs in that run */
	uint64_t ws_start;	/* where the run began */
	uint64_t pbreak;	/* start of the last paragraph break */
	uint64_t close_end;	/* just past the last closing mark */
	int pending;		/* the outermost quotation ran into a new
				   paragraph without a reopening mark */
	uint64_t pend_end;	/* where that paragraph ended */
	uint64_t lsp_s, lsp_e;	/* the speaker of the last quotation, */
	uint64_t lafter;	/* just past its closing mark, */
	int lsp_named;		/* it is a name, */
	int lsp_ok;		/* 1: found after the closing mark, */
	int lq_found;		/* 0: it had none, */
	int lq_chain;		/* paragraphs it has gone on over */
	unsigned long qfirst, qnext;	/* queue: sequence numbers */
	unsigned long stk[QX_DEPTH];	/* open quotations, outermost first */
	int sp;
	struct qx_ent q[QX_QMAX];
	char name[QX_NAMEMAX];	/* last named speaker's person (-p) */
	size_t namelen;
	/* -p: the persons the record named, newest at pr_next - 1 */
	struct qx_person {
		char name[QX_NAMEMAX];
		size_t len;
		char role[QX_ROLEMAX];	/* minister: the title before the
					   name, lower case; "" if none */
		size_t rlen;
		int spoke;	/* the person of a quotation: 1 written in
				   full or as a pronoun, 2 as a surname */
		unsigned first;	/* pr_next when it was first named */
	} pr[QX_PERSONS];
	unsigned pr_next;	/* persons added, the slot is mod QX_PERSONS */
	/*
	 * -p: pr's index, kept by persons.c as persons come and go: the
	 * slots (bits) of the persons with a word of each hash, and of
	 * those whose whole name has each hash
	 */
	uint64_t pr_word[QX_PR_HASH], pr_whole[QX_PR_HASH];
	char person[QX_NAMEMAX];	/* the person of the quotation emitted */
	size_t personlen;	/* its length; 0: it named nobody */
	int pr_asis;	/* it named nobody and was written as a pronoun or
			   a noun of this sex (qgender.h): "the woman" */
	uint64_t pr_seen;	/* the text before this is read for names */
	uint64_t pr_after;	/* just past the last quotation -p resolved */
	/*
	 * -p: the spans of text whose names are not read yet, as the scans
	 * cut them, each with a copy of its bytes (qnames.c): read when the
	 * next quotation of record rec needs the persons, never when none
	 * comes
	 */
	struct qx_defer {
		unsigned long rec;	/* the record (tok_rec), 0: none */
		size_t len;		/* the bytes of text held */
		int n;
		struct qx_span {
			uint64_t lo, to;
			size_t off;	/* its bytes in text, from lo or
					   the byte before */
			int edge;	/* lo was the window's first byte */
		} span[QX_DEFER_SPANS];
		char text[QX_DEFER];
	} pr_defer;
	unsigned long tok_rec;	/* the record's number for the token cache */
	/* the speaker search's last sure sentence end (sieves.c) */
	unsigned long sb_rec;	/* its record's tok_rec, 0: none */
	uint64_t sb_lo, sb_mark, sb_at;	/* [lo, mark) had its last at at,
					   or none where at is lo */
	/* the starts of the last QX_CROWD quotations of record crowd_rec */
	uint64_t crowd[QX_CROWD];
	unsigned long crowd_rec, crowd_n;
	/* the tokens the speaker search read near the last quotations */
	struct tk_cache tc;
};

void qx_init(struct qx *x, const struct qx_opts *opt);
void qx_reset(struct qx *x);	/* a new record */

/*
 * Scan text[base, base + len) held at win, emitting every quotation that
 * can be decided, in order of their opening marks.  final says the record
 * ends with this window.  Returns the offset before which the text is no
 * longer needed; with final == 0 it is at least base + len -
 * WIN_KEEP(cap).  A quotation open for more than cap bytes is unclosed.
 */
uint64_t qx_scan(struct qx *x, const char *win, uint64_t base, size_t len,
    int final, qx_emit_fn *emit, void *ctx);

#endif

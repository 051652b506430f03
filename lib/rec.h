/*
 * The record stream shared by every tool that reads TSV: key fields are
 * passed through as raw bytes, the last field is the text, unescaped and
 * handed over in pieces as it is read, so a text larger than memory
 * streams through.  Under -r each input is one raw text with no keys.
 */
#ifndef REC_H
#define REC_H

#include <stddef.h>
#include <stdint.h>

#include <string.h>

#include "rd.h"
#include "tsv.h"

struct rec_ops {
	/*
	 * A header row (-H): keys are its key column names, each followed
	 * by a TAB (raw, as read); the text column's name is dropped.  The
	 * keys are valid during the call only.
	 */
	void (*header)(void *ctx, const char *keys, size_t keylen);
	/*
	 * A record starts: keys as for header(), empty under -r; valid until
	 * end() returns (most often they lie in the reader's buffer).
	 */
	void (*begin)(void *ctx, const char *keys, size_t keylen);
	/* The next piece of the record's unescaped text. */
	void (*text)(void *ctx, const char *p, size_t n);
	/* The record has ended. */
	void (*end)(void *ctx);
	/* Nonzero to stop reading (after a write error). */
	int (*stop)(void *ctx);
};

struct rec_opts {
	int header;		/* -H: the first line is a header row */
	int raw;		/* -r: the input is one raw text */
	size_t cap;		/* -m: longest key field */
};

struct rec_in {
	struct rec_opts opt;
	long nfields;		/* fields per record, fixed by the first; 0 = unknown */
	int header_done;	/* a header row has been read and written (-H) */
	char *keys;		/* key fields of a line read in pieces, copied */
	size_t keylen, keysize;
	/*
	 * Optional (rec_init leaves it NULL): takes the text as it is
	 * escaped, at most RD_BLOCK bytes a call, to unescape it itself
	 * (tsv_unescape and *pending); text() then gets only a backslash
	 * left dangling at the end of the record.
	 */
	void (*text_esc)(void *ctx, const char *p, size_t n, int *pending);
	void *esc_ctx;		/* text_esc's ctx; NULL (rec_init): rec_run's */
};

void rec_init(struct rec_in *ri, const struct rec_opts *opt);
void rec_free(struct rec_in *ri);

/*
 * Read all records of one input.  Returns 0, or 1 after a warning for a
 * read error or a malformed record (which is skipped).  Under -H each
 * input begins with a header row; only the first is passed to header().
 * The field count, fixed by the first header or record, holds for all.
 */
int rec_run(struct rec_in *ri, struct rd *r, const struct rec_ops *ops,
    void *ctx);



/*
 * What every tool that reads TSV does after its options: under -H write
 * the header row (the input's key names, or under -r nothing, then the
 * tool's columns), read every operand as records, stop at the first
 * write error, close the output.  The tool gives its columns ("para\tstart
 * \tend\ttext") and its begin, text and end callbacks.  Returns the exit
 * status; a write error is reported and exits 1.
 */
struct rec_row {
	const char *keys;	/* the current record's, valid until end() */
	size_t keylen;
	uint64_t n;		/* rows written for it so far */
};

struct rec_tool {
	const char *columns;
	struct tsv_out *out;
	struct rec_row *row;	/* set at each record's start */
	void (*begin)(void *ctx);
	void (*text)(void *ctx, const char *p, size_t n);
	void (*end)(void *ctx);
	void *ctx;
};

int rec_tool_run(const struct rec_tool *t, const struct rec_opts *opt,
    int argc, char *argv[]);
/*
 * The same for a tool that unescapes the text itself, as it copies it:
 * text_esc(t->ctx, ...) as rec_in's text_esc.
 */
int rec_tool_run_esc(const struct rec_tool *t,
    void (*text_esc)(void *ctx, const char *p, size_t n, int *pending),
    const struct rec_opts *opt, int argc, char *argv[]);

/*
 * The columns each extractor's row starts with: the record's keys, the
 * row's number within the record (counted here), start and end, each
 * followed by a TAB.
 */
void rec_row_start(struct tsv_out *o, struct rec_row *r, uint64_t start,
    uint64_t end);
/* The same columns written at d, which has room for REC_ROW_ROOM(r) bytes;
   returns their length.  Inline, as it is written for every row. */
#define REC_ROW_ROOM(r) ((r)->keylen + 63)
static inline size_t
rec_row_fmt(char *d, struct rec_row *r, uint64_t start, uint64_t end)
{
	size_t k = r->keylen;

	memcpy(d, r->keys, k);
	k += tsv_fmt_u64(d + k, ++r->n);
	d[k++] = '\t';
	k += tsv_fmt_u64(d + k, start);
	d[k++] = '\t';
	k += tsv_fmt_u64(d + k, end);
	d[k++] = '\t';
	return k;
}

#endif

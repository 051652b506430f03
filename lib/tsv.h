/*
 * TSV output and escaping.  Inside a field exactly four bytes are escaped:
 * backslash as \\, TAB as \t, LF as \n, CR as \r; every other byte is
 * written as it came.  Output is buffered in 256 KiB and written with a
 * write(2) loop; after the first write error nothing more is written and
 * tsv_close() reports it.
 */
#ifndef TSV_H
#define TSV_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/*
 * A quarter of the 1 MiB pipe tsv_init asks for: a reader that keeps up
 * (menafn-paras after menafn-strip) is woken once a write, so a write of
 * 256 KiB wakes it a quarter as often as one of 64 KiB did.
 */
#define TSV_BUFSIZE (256 * 1024)

struct tsv_out {
	int fd;
	int linebuf;		/* -u: flush after every row */
	int err;		/* errno of the first failed write, else 0 */
	size_t len;
	char buf[TSV_BUFSIZE];
};

void tsv_init(struct tsv_out *o, int fd);
void tsv_raw(struct tsv_out *o, const char *p, size_t n);	/* as is */
void tsv_esc(struct tsv_out *o, const char *p, size_t n);	/* escaped */
void tsv_str(struct tsv_out *o, const char *s);		/* C string, as is */
void tsv_u64(struct tsv_out *o, uint64_t v);			/* decimal */
void tsv_tab(struct tsv_out *o);
void tsv_endrow(struct tsv_out *o);	/* LF; flushes under -u */
int tsv_flush(struct tsv_out *o);	/* 0, or -1 with errno */
/*
 * Room for n more bytes, for a row written in place: a pointer into the
 * buffer (flushed first when it has less), then tsv_wrote() with the count
 * written.  NULL after an error or when n is more than the buffer holds:
 * write with the calls above then.
 */
char *tsv_room_flush(struct tsv_out *o, size_t n);	/* the rest of it */
static inline char *
tsv_room(struct tsv_out *o, size_t n)
{
	/* Inline: asked for every row, and most often there is room. */
	if (o->err == 0 && n <= sizeof o->buf - o->len)
		return o->buf + o->len;
	return tsv_room_flush(o, n);
}
static inline void
tsv_wrote(struct tsv_out *o, size_t k)
{
	o->len += k;
}
/*
 * v in decimal at d, which has room for 20 bytes; returns the length.
 * The bytes after the digits, within the 20, may be overwritten.
 * Offsets are written in every row, so the common lengths are made here,
 * inline: a call a field, a division per digit and a branch on the count
 * of digits (mispredicted every third offset or so) were each a part of
 * menafn-paras's time.
 */
extern const char tsv_pairs[201];	/* "00" "01" ... "99" */
size_t tsv_fmt_u64_long(char *d, uint64_t v);	/* any v */
static inline size_t
tsv_fmt_u64(char *d, uint64_t v)
{
	if (v < 100) {			/* a row's number, a short offset */
		if (v < 10) {
			d[0] = (char)('0' + v);
			return 1;
		}
		memcpy(d, tsv_pairs + 2 * v, 2);
		return 2;
	}
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	/* Three to five digits, made in a register and stored at once. */
	if (v < 100000) {
		uint32_t x = (uint32_t)v, r = x % 10000;
		uint16_t hi, lo;
		uint64_t w;
		size_t n = (size_t)3 + (x >= 1000) + (x >= 10000);

		memcpy(&hi, tsv_pairs + 2 * (r / 100), 2);
		memcpy(&lo, tsv_pairs + 2 * (r % 100), 2);
		w = (uint64_t)('0' + x / 10000) | (uint64_t)hi << 8 |
		    (uint64_t)lo << 24;
		w >>= 8 * (5 - n);
		memcpy(d, &w, 8);
		return n;
	}
#endif
	return tsv_fmt_u64_long(d, v);
}
int tsv_close(struct tsv_out *o);	/* flush; 0, or -1 with errno */

/*
 * Escape src into dst (room for 2 * n bytes); returns the length written.
 */
size_t tsv_escape(char *dst, const char *src, size_t n);

/*
 * Incremental unescaping, for text that arrives in pieces: *pending
 * carries a backslash left at the end of the previous piece (start it at
 * 0).  Writes at most n + 1 bytes to dst and returns the count.  \\ \t \n
 * \r become their bytes; any other pair stays as it is.
 * tsv_unescape_end() gives back a dangling backslash (0 or 1 bytes).
 */
size_t tsv_unescape(char *dst, const char *src, size_t n, int *pending);
size_t tsv_unescape_end(char *dst, int *pending);
/*
 * tsv_unescape that also gives *mark: the count of bytes written up to
 * the last one the writer escapes, LF aside (TAB, CR, backslash), or 0;
 * a raw byte up to CR passed anywhere makes it the whole count.  So the
 * bytes written from *mark on hold nothing to escape but LFs.
 */
size_t tsv_unescape_marked(char *dst, const char *src, size_t n,
    int *pending, size_t *mark);
/*
 * tsv_unescape_marked that also gives the offsets in dst of the LFs it
 * writes, in order, at lf (room for n / 2 + 1), and their count at *nlf;
 * or *nlf = TSV_LF_UNKNOWN when a raw byte up to CR was passed, which may
 * be a raw LF the list lacks.
 */
#define TSV_LF_UNKNOWN ((size_t)-1)
size_t tsv_unescape_lines(char *dst, const char *src, size_t n, int *pending,
    size_t *mark, uint32_t *lf, size_t *nlf);

#endif

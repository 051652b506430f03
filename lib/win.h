/*
 * A sliding window over one record's text, for the extractors that must
 * see a span before they report it.  The driver appends each piece of
 * text, lets the extractor scan, then drops what the extractor says it no
 * longer needs.  Offsets are absolute byte offsets into the record's
 * unescaped text.
 *
 * The contract with an extractor's scan function: after a scan with
 * final == 0, the extractor keeps at most WIN_KEEP(cap) bytes, i.e. the
 * offset it returns is at least base + len - WIN_KEEP(cap).  Then a window
 * of WIN_LIMIT(cap) bytes always has room for the next piece.
 */
#ifndef WIN_H
#define WIN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define WIN_PIECE ((size_t)64 * 1024 + 1)	/* largest piece rec_run hands over */
#define WIN_KEEP(cap) ((cap) + (size_t)64 * 1024)
#define WIN_LIMIT(cap) (WIN_KEEP(cap) + WIN_PIECE)

struct win {
	char *buf;
	size_t size;		/* allocated: WIN_LIMIT(cap) */
	size_t len;		/* bytes held: text[base, base + len) */
	uint64_t base;		/* offset of buf[0] in the record's text */
};

void win_init(struct win *w, size_t cap);
void win_free(struct win *w);
void win_reset(struct win *w);		/* a new record: empty, base 0 */
/*
 * Append a piece (n <= WIN_PIECE, and the window must have room).  A
 * piece already written at win_room() is only counted.
 */
_Noreturn void win_overflow(const struct win *w, size_t n);
static inline void
win_append(struct win *w, const char *p, size_t n)
{
	/* Inline: a record's every piece comes here. */
	if (n > w->size - w->len)
		win_overflow(w, n);
	if (p != w->buf + w->len)	/* not written in place (win_room) */
		memcpy(w->buf + w->len, p, n);
	w->len += n;
}
/* Where the next piece goes: WIN_PIECE bytes after a scan kept its share. */
static inline char *
win_room(struct win *w)
{
	return w->buf + w->len;
}
/* Drop the text before absolute offset off (base <= off <= base + len). */
void win_drop(struct win *w, uint64_t off);
/* The bytes of text[start, end), which must be in the window. */
static inline const char *
win_at(const struct win *w, uint64_t off)
{
	return w->buf + (off - w->base);
}

#endif

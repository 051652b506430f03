#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "win.h"

void
win_init(struct win *w, size_t cap)
{
	w->size = WIN_LIMIT(cap);
	w->buf = xmalloc(w->size);
	w->len = 0;
	w->base = 0;
}

void
win_free(struct win *w)
{
	free(w->buf);
	w->buf = NULL;
}

void
win_reset(struct win *w)
{
	w->len = 0;
	w->base = 0;
}

void
win_overflow(const struct win *w, size_t n)
{
	die(1, "internal error: window overflow (%zu + %zu > %zu)", w->len, n,
	    w->size);
}

void
win_drop(struct win *w, uint64_t off)
{
	size_t k;

	if (off <= w->base)
		return;
	k = (size_t)(off - w->base);
	if (k > w->len)
		k = w->len;
	memmove(w->buf, w->buf + k, w->len - k);
	w->len -= k;
	w->base += k;
}


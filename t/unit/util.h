/* Helpers the unit suites share: temp files as input, a growing log. */
#ifndef UTIL_H
#define UTIL_H

#include <stddef.h>

#include "quotes.h"

/* An fd reading back exactly n bytes of p (a temp file, already unlinked). */
int tmp_input(const char *p, size_t n);

/* A byte log the callbacks append to, compared with ck_assert_mem_eq. */
struct log {
	char buf[1 << 20];
	size_t len;
};
void log_add(struct log *l, const char *p, size_t n);
void log_str(struct log *l, const char *s);
void log_u64(struct log *l, unsigned long long v);

/*
 * One quotation of the text in as start-end|speaker|text; with > per
 * level, ! when unclosed, and =person after the speaker when person.
 */
void log_quote(struct log *l, const char *in, const struct qx_quote *q,
    int person);

#endif

#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>

#include "util.h"

int
tmp_input(const char *p, size_t n)
{
	char name[] = "/tmp/menafn-unit-XXXXXX";
	int fd = mkstemp(name);

	ck_assert_int_ge(fd, 0);
	unlink(name);
	ck_assert_int_eq(write(fd, p, n), (ssize_t)n);
	ck_assert_int_eq(lseek(fd, 0, SEEK_SET), 0);
	return fd;
}

void
log_add(struct log *l, const char *p, size_t n)
{
	ck_assert_uint_le(l->len + n, sizeof l->buf);
	memcpy(l->buf + l->len, p, n);
	l->len += n;
}

void
log_str(struct log *l, const char *s)
{
	log_add(l, s, strlen(s));
}

void
log_u64(struct log *l, unsigned long long v)
{
	char d[32];

	snprintf(d, sizeof d, "%llu", v);
	log_str(l, d);
}

void
log_quote(struct log *l, const char *in, const struct qx_quote *q,
    int person)
{
	int d;

	for (d = 0; d < q->depth; d++)
		log_str(l, ">");
	if (q->unclosed)
		log_str(l, "!");
	log_u64(l, q->start);
	log_str(l, "-");
	log_u64(l, q->end);
	log_str(l, "|");
	log_add(l, q->spk, q->spk_len);
	if (person) {
		log_str(l, "=");
		log_add(l, q->person, q->person_len);
	}
	log_str(l, "|");
	log_add(l, in + q->start, (size_t)(q->end - q->start));
	log_str(l, ";");
}

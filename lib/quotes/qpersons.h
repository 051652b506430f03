/*
 * Between the two halves of -p: persons.c keeps the table of persons and
 * resolves speakers, qnames.c reads the names the text gives into it.
 */
#ifndef QPERSONS_H
#define QPERSONS_H

#include <stddef.h>
#include <stdint.h>

#include "quotes.h"
#include "toks.h"

/* Remember the person p[0, n), with the role r[0, rn), as the newest. */
void pr_add(struct qx *x, const char *p, size_t n, const char *r, size_t rn);

/* The title r[0, rn) before the surname p[0, n) alone ("Gov. Christie"):
   the role of the newest person of that name, if it had none. */
void pr_role(struct qx *x, const char *p, size_t n, const char *r, size_t rn);

/* Read the names of the text [lo, to) of the view into the table. */
void pr_learn_span(struct qx *x, const struct qx_view *v, uint64_t lo,
    uint64_t to);

/*
 * pr_learn_span of [lo, to) when the persons are next needed, with the
 * spans kept before it (pr_learn_flush): a copy of the bytes is kept.
 */
void pr_learn_later(struct qx *x, const struct qx_view *v, uint64_t lo,
    uint64_t to);
/* Read the names of the spans kept, in order. */
void pr_learn_flush(struct qx *x);

/*
 * Is a[0, an) b[0, bn) with accents ("François", "Francois";
 * qpwords.c)?
 */
int pr_accent_variant(const char *a, size_t an, const char *b, size_t bn);

#endif

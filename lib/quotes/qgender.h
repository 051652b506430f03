/*
 * -p: the sex a word tells of a person (he, Mrs., woman, Hillary), or
 * that a name is a body's (Institute), from
 * the rows of qgender.def, whose index qg_init builds (qx_tables).
 */
#ifndef QUOTES_QGENDER_H
#define QUOTES_QGENDER_H

#include <stddef.h>

/* QG_BODY: the last word of a body's name, no person's (Institute) */
enum { QG_NONE, QG_HE, QG_SHE, QG_BODY };

struct qg_row {
	const char *text;
	int sex;
};

extern const struct qg_row qg_table[];
extern const size_t qg_count;

/* Build the index (once); 0, or -1 if the table outgrew its slots. */
int qg_init(void);

/* The sex the word p[0, n) tells (any case), or QG_NONE. */
int qg_word(const char *p, size_t n);

/* The sex of the name p[0, n) by its first word ("Mr. Ali", "Ann Lee");
   QG_NONE for a body's word. */
int qg_name(const char *p, size_t n);

/* The sex the last word of the phrase p[0, n) tells ("the woman"). */
int qg_last(const char *p, size_t n);

/* Is p[0, n) a body's name by its last word ("Right Wing Watch")? */
int qg_body(const char *p, size_t n);

/* Do the sexes a and b differ, both known? */
int qg_clash(int a, int b);

#endif

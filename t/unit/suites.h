#ifndef SUITES_H
#define SUITES_H

#include <check.h>

Suite *tsv_suite(void);
Suite *rd_suite(void);
Suite *utf8_suite(void);
Suite *scan_suite(void);
Suite *rec_suite(void);
Suite *strip_suite(void);
Suite *paras_suite(void);
Suite *quotes_suite(void);
Suite *corpus_quotes_suite(void);
Suite *numbers_suite(void);
Suite *lex_suite(void);
Suite *corpus_numbers_suite(void);
Suite *screen_suite(void);

/* Bytes of a string literal, NUL excluded: tests pass spans, not strings. */
#define LIT(s) (s), (sizeof(s) - 1)

#endif

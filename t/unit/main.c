/*
 * All unit suites in one runner.  CK_RUN_SUITE / CK_RUN_CASE pick one;
 * CK_FORK=no runs in-process for a debugger.
 */
#include <stdlib.h>

#include "suites.h"

int
main(void)
{
	SRunner *sr = srunner_create(tsv_suite());
	int failed;

	srunner_add_suite(sr, rd_suite());
	srunner_add_suite(sr, utf8_suite());
	srunner_add_suite(sr, scan_suite());
	srunner_add_suite(sr, lex_suite());
	srunner_add_suite(sr, rec_suite());
	srunner_add_suite(sr, strip_suite());
	srunner_add_suite(sr, paras_suite());
	srunner_add_suite(sr, quotes_suite());
	srunner_add_suite(sr, corpus_quotes_suite());
	srunner_add_suite(sr, numbers_suite());
	srunner_add_suite(sr, corpus_numbers_suite());
	srunner_add_suite(sr, screen_suite());
	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

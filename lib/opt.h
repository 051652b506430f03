/* What every tool's command line shares: --help, --version, sizes, operands. */
#ifndef OPT_H
#define OPT_H

#include <stddef.h>

#include "rd.h"

#define MENAFN_VERSION "0.2.0"	/* the top entry of NEWS */
#define OPT_CAP_DEFAULT ((size_t)1 << 20)	/* -m: 1 MiB */

/*
 * Before getopt: scan argv up to "--" for --help/-h and --version/-V,
 * print to stdout and exit 0 (non-zero when that write fails).  optstring
 * is the tool's getopt string, so that an option's argument (-p -h) is
 * skipped, not read as an option.  Any other long option is unknown: its
 * name, the usage, exit 2.  help starts with the usage line.
 */
void opt_longopts(int argc, char *argv[], const char *optstring,
    const char *help);

/* Print the usage line (the first line of help) and a hint; exit 2. */
_Noreturn void opt_usage(const char *help);

/*
 * getopt returned ch for a bad option (the tools set opterr = 0 and start
 * their option strings with ':', so ':' means a missing argument): say
 * which, as "tool: ...", then the usage; exit 2.
 */
_Noreturn void opt_bad(int ch, const char *help);

/*
 * A size such as 4096, 64K, 1M, 2G; outside [min, max] or with trailing
 * junk: a message naming the option, exit 2.
 */
size_t opt_size(const char *arg, const char *name, size_t min, size_t max);

/*
 * Run fn over every operand (none or "-" is stdin), like cat.  An operand
 * that will not open gets a warning and status 1; the others still run.
 * fn returns 0 or 1.  Stops early when stop() says so.  Returns the worst
 * status.
 */
int opt_each_input(int argc, char *argv[],
    int (*fn)(struct rd *r, void *ctx), void *ctx, int (*stop)(void *ctx));

#endif

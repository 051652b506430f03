#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "msg.h"
#include "opt.h"

/* Print the help or the version line and exit 0; a failed write exits 1. */
static _Noreturn void
print_and_exit(int version, const char *help)
{
	int ok;

	if (version)
		ok = printf("%s (menafn-tools) %s\n", msg_prog,
		    MENAFN_VERSION) >= 0;
	else
		ok = fputs(help, stdout) >= 0;
	if (fflush(stdout) != 0 || ferror(stdout) || !ok)
		die_errno(1, "write error");
	exit(0);
}

/*
 * The letters of one argument of short options, as getopt reads them:
 * help or version is honoured; a letter that takes an argument ends the
 * cluster, and when nothing follows it the argument is the next element.
 * Returns how many elements after this one the cluster uses (0 or 1).
 */
static int
scan_cluster(const char *a, const char *optstring, const char *help)
{
	const char *o;

	for (a++; *a != '\0'; a++) {
		if (*a == 'h' || *a == 'V')
			print_and_exit(*a == 'V', help);
		if (*a == ':' || (o = strchr(optstring, *a)) == NULL)
			continue;	/* getopt reports it */
		if (o[1] == ':')
			return a[1] == '\0';
	}
	return 0;
}

void
opt_longopts(int argc, char *argv[], const char *optstring,
    const char *help)
{
	int i;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (strcmp(a, "--") == 0)
			return;
		if (a[0] != '-' || a[1] == '\0')
			continue;	/* an operand, or "-" for stdin */
		if (a[1] != '-') {
			i += scan_cluster(a, optstring, help);
			continue;
		}
		if (strcmp(a, "--help") == 0 || strcmp(a, "--version") == 0)
			print_and_exit(a[2] == 'v', help);
		fprintf(stderr, "%s: unknown option %s\n", msg_prog, a);
		opt_usage(help);
	}
}

void
opt_usage(const char *help)
{
	const char *nl = strchr(help, '\n');
	int n = nl ? (int)(nl - help) : (int)strlen(help);

	fprintf(stderr, "%.*s\nTry '%s --help' for more information.\n",
	    n, help, msg_prog);
	exit(2);
}

void
opt_bad(int ch, const char *help)
{
	if (ch == ':')
		fprintf(stderr, "%s: option -%c needs an argument\n", msg_prog,
		    optopt);
	else
		fprintf(stderr, "%s: unknown option -%c\n", msg_prog, optopt);
	opt_usage(help);
}

size_t
opt_size(const char *arg, const char *name, size_t min, size_t max)
{
	unsigned long long v = 0, mult = 1;
	const char *s = arg;

	if (*s < '0' || *s > '9')
		goto bad;
	for (; *s >= '0' && *s <= '9'; s++) {
		if (v > (~0ULL - 9) / 10)
			goto bad;
		v = v * 10 + (unsigned)(*s - '0');
	}
	switch (*s) {
	case 'k': case 'K': mult = 1ULL << 10; s++; break;
	case 'm': case 'M': mult = 1ULL << 20; s++; break;
	case 'g': case 'G': mult = 1ULL << 30; s++; break;
	}
	if (*s != '\0' || v > max / mult || v * mult < min)
		goto bad;
	return (size_t)(v * mult);
bad:
	fprintf(stderr, "%s: %s: invalid size '%s' (from %zu to %zu bytes)\n",
	    msg_prog, name, arg, min, max);
	exit(2);
}

int
opt_each_input(int argc, char *argv[],
    int (*fn)(struct rd *r, void *ctx), void *ctx, int (*stop)(void *ctx))
{
	static char *stdin_only[] = { "-", NULL };
	int i, status = 0;

	if (argc == 0) {
		argc = 1;
		argv = stdin_only;
	}
	for (i = 0; i < argc; i++) {
		struct rd r;
		int fd, rv;

		if (stop && stop(ctx))
			break;
		if (strcmp(argv[i], "-") == 0)
			fd = STDIN_FILENO;
		else if ((fd = open(argv[i], O_RDONLY)) < 0) {
			msg_warn_errno("%s", argv[i]);
			status = 1;
			continue;
		}
		rd_init(&r, fd, argv[i]);
		rv = fn(&r, ctx);
		if (rv > status)
			status = rv;
		rd_free(&r);
		if (fd != STDIN_FILENO)
			close(fd);
	}
	return status;
}

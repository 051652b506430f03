/*
 * menafn-strip: split a stream of MENAFN articles and strip the header and
 * the boilerplate footer; one TSV row per article: doc date source text.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "msg.h"
#include "opt.h"
#include "rd.h"
#include "strip.h"
#include "tsv.h"

/* getopt's; opt_longopts reads it too, to skip the options' arguments. */
static const char optstring[] = ":Hkp:u";

static const char help_text[] =
"usage: menafn-strip [-Hku] [-p prefix] [file ...]\n"
"Split MENAFN articles and strip header and footer; write TSV rows\n"
"  doc  date  source  text\n"
"  -H         write a header row first\n"
"  -k         keep the Legal Disclaimer footer\n"
"  -p prefix  name documents prefix:N (default: FILE:N for a named file, N for stdin)\n"
"  -u         flush after every row\n"
"  -h, --help     this help\n"
"  -V, --version  version\n";

static struct tsv_out out;
static const char *prefix;
static int kflag;

struct doc {
	const char *name;	/* prefix of the ids, or NULL */
	unsigned long long n;
	const char *input;	/* for messages: the operand, "-" for stdin */
	const struct strip *strip;	/* its count of lines */
};

static void
begin(void *ctx, const char *date, size_t dlen, const char *src, size_t slen)
{
	struct doc *d = ctx;

	d->n++;
	if (d->name != NULL) {
		tsv_esc(&out, d->name, strlen(d->name));
		tsv_raw(&out, ":", 1);
	}
	tsv_u64(&out, d->n);
	tsv_tab(&out);
	tsv_esc(&out, date, dlen);
	tsv_tab(&out);
	tsv_esc(&out, src, slen);
	tsv_tab(&out);
}

static void
body(void *ctx, const char *p, size_t n)
{
	(void)ctx;
	tsv_esc(&out, p, n);
}

static void
end(void *ctx)
{
	(void)ctx;
	tsv_endrow(&out);
}

/* A warning, not an error: the article is written, with an empty date. */
static void
bad_date(void *ctx, const char *date, size_t dlen)
{
	struct doc *d = ctx;

	msg_warn("%s: line %llu: not a calendar date: %.*s", d->input,
	    d->strip->lines + 1, (int)dlen, date);
}

static const struct strip_ops ops = { begin, body, end, bad_date };

static int
stopped(void *ctx)
{
	(void)ctx;
	return out.err != 0;
}

static int
strip_input(struct rd *r, void *ctx)
{
	/* With -p one name covers every input: its count runs on across them. */
	static struct doc prefixed;
	struct doc own, *d = prefix ? &prefixed : &own;
	struct strip s;
	const char *p;
	size_t n;
	int eol, rv;

	(void)ctx;
	if (prefix)
		d->name = prefix;
	else {
		d->name = strcmp(r->name, "-") == 0 ? NULL : r->name;
		d->n = 0;
	}
	d->input = r->name;
	d->strip = &s;
	strip_init(&s, &ops, d, kflag);
	while ((rv = rd_lines(r, &p, &n, &eol)) > 0 && out.err == 0) {
		if (eol)
			strip_lines(&s, p, n);
		else
			strip_piece(&s, p, n, 0);
	}
	strip_finish(&s);
	strip_free(&s);
	if (rv < 0) {
		errno = r->err;
		msg_warn_errno("%s", r->name);
		return 1;
	}
	return 0;
}

int
main(int argc, char *argv[])
{
	int ch, hflag = 0, rv;

	msg_init("menafn-strip");
	opt_longopts(argc, argv, optstring, help_text);
	tsv_init(&out, STDOUT_FILENO);
	opterr = 0;
	while ((ch = getopt(argc, argv, optstring)) != -1) {
		switch (ch) {
		case 'H': hflag = 1; break;
		case 'k': kflag = 1; break;
		case 'p': prefix = optarg; break;
		case 'u': out.linebuf = 1; break;
		default: opt_bad(ch, help_text);
		}
	}
	argc -= optind;
	argv += optind;
	if (hflag) {
		tsv_str(&out, "doc\tdate\tsource\ttext");
		tsv_endrow(&out);
	}
	rv = opt_each_input(argc, argv, strip_input, NULL, stopped);
	if (tsv_close(&out) != 0)
		die_errno(1, "write error");
	return rv;
}

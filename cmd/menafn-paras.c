/*
 * menafn-paras: split each record's text into paragraphs; one TSV row per
 * paragraph: key... para start end text.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "msg.h"
#include "opt.h"
#include "paras.h"
#include "rd.h"
#include "rec.h"
#include "tsv.h"

/* getopt's; opt_longopts reads it too, to skip the options' arguments. */
static const char optstring[] = ":Hblm:ru";

static const char help_text[] =
"usage: menafn-paras [-Hblru] [-m size] [file ...]\n"
"Split the text (last TSV field) of each record into paragraphs; write\n"
"  key...  para  para_start  para_end  text\n"
"  -H       the first line is a header row; write it extended\n"
"  -b       only blank lines end a paragraph (join wrapped lines)\n"
"  -l       every line is a paragraph\n"
"  -m size  longest paragraph held (default 1M); longer ones are cut\n"
"  -r       read each input as one raw text, not TSV\n"
"  -u       flush after every row\n"
"  -h, --help     this help\n"
"  -V, --version  version\n";

static const char columns[] = "para\tpara_start\tpara_end\ttext";

static struct tsv_out out;

struct para_run {
	struct paras ps;
	struct rec_row row;	/* keys and row count, set by rec_tool_run */
	int warned;
};

/*
 * A paragraph's row, written in place when the buffer has room for it
 * escaped (as most have): one check of room for the row, not one a field.
 */
static void
row(struct para_run *pr, uint64_t start, uint64_t end, const char *text)
{
	struct rec_row *r = &pr->row;
	size_t n = (size_t)(end - start);
	char *d = n <= TSV_BUFSIZE / 4 ?
	    tsv_room(&out, REC_ROW_ROOM(r) + 2 * n + 1) : NULL;

	if (d != NULL && !out.linebuf) {
		size_t k = rec_row_fmt(d, r, start, end);

		/* Most paragraphs need no escape: copied, not tested again. */
		if (paras_plain(&pr->ps, start)) {
			memcpy(d + k, text, n);
			k += n;
		} else
			k += tsv_escape(d + k, text, n);
		d[k++] = '\n';
		tsv_wrote(&out, k);
		return;
	}
	rec_row_start(&out, r, start, end);
	tsv_esc(&out, text, n);
	tsv_endrow(&out);
}

static void
emit(void *ctx, uint64_t start, uint64_t end, const char *text, int cut)
{
	struct para_run *pr = ctx;

	if (cut && !pr->warned) {
		msg_warn("paragraph longer than %zu bytes written in pieces "
		    "(-m to raise the cap)", pr->ps.cap);
		pr->warned = 1;
	}
	row(pr, start, end, text);
}

static void
begin(void *ctx)
{
	struct para_run *pr = ctx;

	paras_begin(&pr->ps);
}

static void
text(void *ctx, const char *p, size_t n)
{
	struct para_run *pr = ctx;

	paras_feed(&pr->ps, p, n);
}

/* The text is unescaped straight into the paragraph window. */
static void
text_esc(void *ctx, const char *p, size_t n, int *pending)
{
	struct para_run *pr = ctx;

	paras_feed_esc(&pr->ps, p, n, pending);
}

static void
end(void *ctx)
{
	struct para_run *pr = ctx;

	paras_end(&pr->ps);
}

int
main(int argc, char *argv[])
{
	static struct para_run pr;
	struct rec_opts ro = { 0, 0, OPT_CAP_DEFAULT };
	struct rec_tool tool = { columns, &out, &pr.row, begin, text, end,
	    &pr };
	enum paras_mode force = PARAS_UNDECIDED;
	int ch, rv;

	msg_init("menafn-paras");
	opt_longopts(argc, argv, optstring, help_text);
	tsv_init(&out, STDOUT_FILENO);
	opterr = 0;
	while ((ch = getopt(argc, argv, optstring)) != -1) {
		switch (ch) {
		case 'H': ro.header = 1; break;
		case 'b': force = PARAS_BLANK; break;	/* the last of -b, -l counts */
		case 'l': force = PARAS_LINE; break;
		case 'm': ro.cap = opt_size(optarg, "-m", 16, (size_t)1 << 30); break;
		case 'r': ro.raw = 1; break;
		case 'u': out.linebuf = 1; break;
		default: opt_bad(ch, help_text);
		}
	}
	argc -= optind;
	argv += optind;
	paras_init(&pr.ps, ro.cap, emit, &pr);
	pr.ps.force = force;
	rv = rec_tool_run_esc(&tool, text_esc, &ro, argc, argv);
	paras_free(&pr.ps);
	return rv;
}

/*
 * menafn-quotes: find the quotations in each record's text; one TSV row
 * per quotation: key... quote start end speaker text.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <unistd.h>

#include "msg.h"
#include "opt.h"
#include "quotes.h"
#include "rd.h"
#include "rec.h"
#include "tsv.h"
#include "win.h"

/* getopt's; opt_longopts reads it too, to skip the options' arguments. */
static const char optstring[] = ":Hm:nopru";

static const char help_text[] =
"usage: menafn-quotes [-Hnopru] [-m size] [file ...]\n"
"Find the quotations in the text (last TSV field) of each record; write\n"
"  key...  quote  quote_start  quote_end  speaker  text\n"
"  -H       the first line is a header row; write it extended\n"
"  -m size  longest quotation (default 1M); a longer one is unclosed\n"
"  -n       also report quotations nested in others, as extra rows\n"
"  -o       also report unclosed quotations, to the end of the paragraph\n"
"  -p       add the column person: who the speaker is, by name\n"
"  -r       read each input as one raw text, not TSV\n"
"  -u       flush after every row\n"
"  -h, --help     this help\n"
"  -V, --version  version\n";

static const char columns[] = "quote\tquote_start\tquote_end\tspeaker\ttext";
/* -p: the person column just before the text */
static const char columns_p[] =
    "quote\tquote_start\tquote_end\tspeaker\tperson\ttext";

static struct tsv_out out;

struct quote_run {
	struct qx qx;
	struct win w;
	struct rec_row row;	/* keys and row count, set by rec_tool_run */
};

static void
emit(void *ctx, const struct qx_quote *q)
{
	struct quote_run *qr = ctx;

	rec_row_start(&out, &qr->row, q->start, q->end);
	tsv_esc(&out, q->spk, q->spk_len);
	tsv_tab(&out);
	if (qr->qx.opt.pronoun) {
		tsv_esc(&out, q->person, q->person_len);
		tsv_tab(&out);
	}
	tsv_esc(&out, win_at(&qr->w, q->start), (size_t)(q->end - q->start));
	tsv_endrow(&out);
}

static void
begin(void *ctx)
{
	struct quote_run *qr = ctx;

	win_reset(&qr->w);
	qx_reset(&qr->qx);
}

/* Each piece is scanned as it comes: -p's persons depend on it. */
static void
scan(struct quote_run *qr)
{
	uint64_t keep = qx_scan(&qr->qx, qr->w.buf, qr->w.base, qr->w.len, 0,
	    emit, qr);

	win_drop(&qr->w, keep);
}

static void
text(void *ctx, const char *p, size_t n)
{
	struct quote_run *qr = ctx;

	win_append(&qr->w, p, n);
	scan(qr);
}

/* The text is unescaped straight into the window: no copy of its own. */
static void
text_esc(void *ctx, const char *p, size_t n, int *pending)
{
	struct quote_run *qr = ctx;
	char *d = win_room(&qr->w);

	win_append(&qr->w, d, tsv_unescape(d, p, n, pending));
	scan(qr);
}

static void
end(void *ctx)
{
	struct quote_run *qr = ctx;

	qx_scan(&qr->qx, qr->w.buf, qr->w.base, qr->w.len, 1, emit, qr);
}

int
main(int argc, char *argv[])
{
	static struct quote_run qr;
	struct rec_tool tool = { columns, &out, &qr.row, begin, text, end,
	    &qr };
	struct rec_opts ro = { 0, 0, OPT_CAP_DEFAULT };
	struct qx_opts qo = { 0, 0, 0, OPT_CAP_DEFAULT };
	int ch, rv;

	msg_init("menafn-quotes");
	opt_longopts(argc, argv, optstring, help_text);
	tsv_init(&out, STDOUT_FILENO);
	opterr = 0;
	while ((ch = getopt(argc, argv, optstring)) != -1) {
		switch (ch) {
		case 'H': ro.header = 1; break;
		case 'm': ro.cap = opt_size(optarg, "-m", 16, (size_t)1 << 30); break;
		case 'n': qo.nested = 1; break;
		case 'o': qo.unclosed = 1; break;
		case 'p': qo.pronoun = 1; break;
		case 'r': ro.raw = 1; break;
		case 'u': out.linebuf = 1; break;
		default: opt_bad(ch, help_text);
		}
	}
	argc -= optind;
	argv += optind;
	qo.cap = ro.cap;
	if (qo.pronoun)
		tool.columns = columns_p;
	win_init(&qr.w, ro.cap);
	qx_init(&qr.qx, &qo);
	rv = rec_tool_run_esc(&tool, text_esc, &ro, argc, argv);
	win_free(&qr.w);
	return rv;
}

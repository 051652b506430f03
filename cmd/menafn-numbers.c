/*
 * menafn-numbers: find the numbers in each record's text; one TSV row per
 * number: key... num start end value kind unit text.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "msg.h"
#include "numbers.h"
#include "opt.h"
#include "rd.h"
#include "rec.h"
#include "tsv.h"
#include "win.h"

/* getopt's; opt_longopts reads it too, to skip the options' arguments. */
static const char optstring[] = ":beHk:m:ru";

static const char help_text[] =
"usage: menafn-numbers [-beHru] [-k kinds] [-m size] [file ...]\n"
"Find the numbers in the text (last TSV field) of each record; write\n"
"  key...  num  num_start  num_end  value  kind  unit  text\n"
"  -b        comparisons (more than 30, up to 700) as open ranges 30-, -700\n"
"  -e        extended readings: positions counted from the end or the\n"
"            current one (last, next, penultimate) as ordinals, value the\n"
"            offset, unit end or current; a percent word alone as a percent\n"
"  -H        the first line is a header row; write it extended\n"
"  -k kinds  report only these kinds, comma-separated: number, ordinal,\n"
"            percent, currency, dimension, range, year, date, time, other\n"
"            (given more than once, the lists add up)\n"
"  -m size   longest key field (default 1M)\n"
"  -r        read each input as one raw text, not TSV\n"
"  -u        flush after every row\n"
"  -h, --help     this help\n"
"  -V, --version  version\n";

static const char our_cols[] =
    "num\tnum_start\tnum_end\tvalue\tkind\tunit\ttext";

static struct tsv_out out;
/* The lengths of nx_kind_name's names, measured once in main. */
static size_t kind_len[NX_NKINDS];

struct num_run {
	struct nx nx;
	struct win w;
	struct rec_row row;	/* keys and row count, set by rec_tool_run */
};

/* The row written with the calls of tsv.h: a key longer than the buffer. */
static void
emit_slow(struct num_run *nr, const struct nx_num *nm)
{
	rec_row_start(&out, &nr->row, nm->start, nm->end);
	tsv_raw(&out, nm->value, nm->valuelen);
	tsv_tab(&out);
	tsv_str(&out, nx_kind_name[nm->kind]);
	tsv_tab(&out);
	tsv_str(&out, nm->unit);
	tsv_tab(&out);
	tsv_esc(&out, nm->text, (size_t)(nm->end - nm->start));
	tsv_endrow(&out);
}

/* Copy the n bytes at s to d and a TAB after them; the length written. */
static size_t
field(char *d, const char *s, size_t n)
{
	memcpy(d, s, n);
	d[n] = '\t';
	return n + 1;
}

/*
 * A row is written in place, in one piece: a row is short and there is
 * one for every number, so the per-field calls cost more than the bytes.
 */
static void
emit(void *ctx, const struct nx_num *nm)
{
	struct num_run *nr = ctx;
	const char *kind = nx_kind_name[nm->kind];
	size_t tn = (size_t)(nm->end - nm->start), kn = kind_len[nm->kind],
	    un = strlen(nm->unit), k;
	char *d = tsv_room(&out, REC_ROW_ROOM(&nr->row) + nm->valuelen +
	    kn + un + 2 * tn + 4);

	if (d == NULL) {
		emit_slow(nr, nm);
		return;
	}
	k = rec_row_fmt(d, &nr->row, nm->start, nm->end);
	k += field(d + k, nm->value, nm->valuelen);
	k += field(d + k, kind, kn);
	k += field(d + k, nm->unit, un);
	k += tsv_escape(d + k, nm->text, tn);
	d[k++] = '\n';
	tsv_wrote(&out, k);
	if (out.linebuf)
		tsv_flush(&out);
}

static void
begin(void *ctx)
{
	struct num_run *nr = ctx;

	nx_reset(&nr->nx);
	win_reset(&nr->w);
}

static void
scan(struct num_run *nr, int final)
{
	uint64_t keep;

	keep = nx_scan(&nr->nx, nr->w.buf, nr->w.base, nr->w.len, final,
	    emit, nr);
	win_drop(&nr->w, keep);
}

/*
 * Room in the window for n more bytes.  The scan decides what it can and
 * the window drops the rest only when the room lacks: a record that fits
 * is scanned once, at its end, which gives the rows it gives in pieces.
 * With -u each piece is scanned as it comes (appended), for its rows.
 */
static void
room(struct num_run *nr, size_t n)
{
	if (n > nr->w.size - nr->w.len)
		scan(nr, 0);
}

static void
appended(struct num_run *nr)
{
	if (out.linebuf)
		scan(nr, 0);
}

static void
text(void *ctx, const char *p, size_t n)
{
	struct num_run *nr = ctx;
	size_t k;

	/* rec_run's pieces are at most WIN_PIECE; cut anyway to be safe. */
	while (n > 0) {
		k = n < WIN_PIECE ? n : WIN_PIECE;
		room(nr, k);
		win_append(&nr->w, p, k);
		appended(nr);
		p += k;
		n -= k;
	}
}

/* The text as TSV escapes it (n <= RD_BLOCK), unescaped into the window. */
static void
text_esc(void *ctx, const char *p, size_t n, int *pending)
{
	struct num_run *nr = ctx;
	char *d;

	room(nr, n + 1);	/* a backslash left from the last piece */
	d = win_room(&nr->w);
	win_append(&nr->w, d, tsv_unescape(d, p, n, pending));
	appended(nr);
}

static void
end(void *ctx)
{
	struct num_run *nr = ctx;

	scan(nr, 1);
	/* the extractor is I/O-free: it notes, the tool warns, once a record */
	if (nr->nx.toolong)
		msg_warn("offset %llu: a number longer than the look-ahead "
		    "(%d bytes) has no row%s", (unsigned long long)nr->nx.toolong_at,
		    NX_LOOKAHEAD, nr->nx.toolong > 1 ? ", nor do the others" : "");
}

/* -k: each list adds to the kinds of the ones before, as users expect. */
static void
add_kinds(unsigned *kinds, const char *arg)
{
	unsigned these;

	if (nx_kinds_parse(arg, strlen(arg), &these) != 0) {
		msg_warn("-k: unknown kind in '%s'", arg);
		opt_usage(help_text);
	}
	*kinds |= these;
}

int
main(int argc, char *argv[])
{
	static struct num_run nr;
	struct rec_tool tool = { our_cols, &out, &nr.row, begin, text, end,
	    &nr };
	struct rec_opts ro = { 0, 0, OPT_CAP_DEFAULT };
	struct nx_opts xo = { 0 };
	int ch, rv, k;

	msg_init("menafn-numbers");
	opt_longopts(argc, argv, optstring, help_text);
	tsv_init(&out, STDOUT_FILENO);
	opterr = 0;
	while ((ch = getopt(argc, argv, optstring)) != -1) {
		switch (ch) {
		case 'b': xo.bounds = 1; break;
		case 'e': xo.extended = 1; break;
		case 'H': ro.header = 1; break;
		case 'k': add_kinds(&xo.kinds, optarg); break;
		case 'm': ro.cap = opt_size(optarg, "-m", 16, (size_t)1 << 30); break;
		case 'r': ro.raw = 1; break;
		case 'u': out.linebuf = 1; break;
		default: opt_bad(ch, help_text);
		}
	}
	argc -= optind;
	argv += optind;
	nx_init(&nr.nx, &xo);
	for (k = 0; k < NX_NKINDS; k++)
		kind_len[k] = strlen(nx_kind_name[k]);
	/* The extractor keeps only its look-behind and look-ahead. */
	win_init(&nr.w, NX_LOOKAHEAD + NX_LOOKBEHIND);
	rv = rec_tool_run_esc(&tool, text_esc, &ro, argc, argv);
	win_free(&nr.w);
	return rv;
}

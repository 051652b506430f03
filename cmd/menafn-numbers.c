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
/*
 * The kinds' names with their TAB, each in 16 bytes, and their lengths,
 * made once in main: a row copies its kind in one move of 16 bytes, with
 * no call (a call of memcpy a field cost about one mispredicted branch).
 */
#define KIND_ROOM 16
static char kind_field[NX_NKINDS][KIND_ROOM];
static size_t kind_len[NX_NKINDS];
/* A value this short, most of them, is copied in one move of this many. */
#define VALUE_ROOM 32

struct num_run {
	struct nx nx;
	struct win w;
	struct rec_row row;	/* keys and row count, set by rec_tool_run */
	int unscanned;		/* the window's last piece is not scanned yet */
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

/*
 * The value at d and a TAB after it; the length written.  d has room for
 * VALUE_ROOM bytes more, and nm->value is NX_VALUE_MAX bytes long.
 */
static size_t
value_field(char *d, const struct nx_num *nm)
{
	size_t n = nm->valuelen;

	if (n < VALUE_ROOM)
		memcpy(d, nm->value, VALUE_ROOM);	/* fixed: no call */
	else
		memcpy(d, nm->value, n);
	d[n] = '\t';
	return n + 1;
}

/* The unit at d and a TAB after it: a few bytes, most often none. */
static size_t
unit_field(char *d, const char *u)
{
	size_t n;

	for (n = 0; u[n] != '\0'; n++)
		d[n] = u[n];
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
	size_t tn = (size_t)(nm->end - nm->start), k;
	char *d = tsv_room(&out, REC_ROW_ROOM(&nr->row) + nm->valuelen +
	    VALUE_ROOM + KIND_ROOM + strlen(nm->unit) + 2 * tn + 4);

	if (d == NULL) {
		emit_slow(nr, nm);
		return;
	}
	k = rec_row_fmt(d, &nr->row, nm->start, nm->end);
	k += value_field(d + k, nm);
	memcpy(d + k, kind_field[nm->kind], KIND_ROOM);
	k += kind_len[nm->kind] + 1;
	k += unit_field(d + k, nm->unit);
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
	if (!final)	/* the record's end: begin() empties the window */
		win_drop(&nr->w, keep);
}

/*
 * Where the next piece goes.  A piece is scanned when the next one comes
 * or the record ends, not as it comes: a record in one piece, as most
 * are (a paragraph), is then scanned once, not twice.
 */
static char *
next_piece(struct num_run *nr)
{
	if (nr->unscanned)
		scan(nr, 0);
	nr->unscanned = 1;
	return win_room(&nr->w);
}

/* Under -u a piece is scanned as it comes: its rows wait for no more input. */
static void
piece_added(struct num_run *nr)
{
	if (out.linebuf) {
		scan(nr, 0);
		nr->unscanned = 0;
	}
}

static void
text(void *ctx, const char *p, size_t n)
{
	struct num_run *nr = ctx;
	size_t k;

	/* rec_run's pieces are at most WIN_PIECE; cut anyway to be safe. */
	while (n > 0) {
		k = n < WIN_PIECE ? n : WIN_PIECE;
		next_piece(nr);
		win_append(&nr->w, p, k);
		piece_added(nr);
		p += k;
		n -= k;
	}
}

/* The text is unescaped straight into the window: no copy of its own. */
static void
text_esc(void *ctx, const char *p, size_t n, int *pending)
{
	struct num_run *nr = ctx;
	char *d = next_piece(nr);

	win_append(&nr->w, d, tsv_unescape(d, p, n, pending));
	piece_added(nr);
}

static void
end(void *ctx)
{
	struct num_run *nr = ctx;

	scan(nr, 1);
	nr->unscanned = 0;
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
	for (k = 0; k < NX_NKINDS; k++) {
		kind_len[k] = strlen(nx_kind_name[k]);
		if (kind_len[k] >= KIND_ROOM) {
			msg_warn("kind '%s': a name longer than %d bytes",
			    nx_kind_name[k], KIND_ROOM - 1);
			return 2;
		}
		memcpy(kind_field[k], nx_kind_name[k], kind_len[k]);
		kind_field[k][kind_len[k]] = '\t';
	}
	/* The extractor keeps only its look-behind and look-ahead. */
	win_init(&nr.w, NX_LOOKAHEAD + NX_LOOKBEHIND);
	rv = rec_tool_run_esc(&tool, text_esc, &ro, argc, argv);
	win_free(&nr.w);
	return rv;
}

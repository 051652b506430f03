#define _POSIX_C_SOURCE 200809L
/*
 * The examples of t/corpus/numbers (every .tsv file there): every input, fed whole and in
 * pieces of every size from 1 byte to its length, gives exactly the rows
 * its file says.  A failure names the file and line of the example.
 *
 * The format (each file's header says it too): lines starting with # and
 * blank lines are comments; "input<TAB>text" (or "input -b", "input -e",
 * "input -be" for the options) starts an example; each "row<TAB>start<TAB>
 * end<TAB>value<TAB>kind<TAB>unit<TAB>text" after it is one row expected,
 * in order, with byte offsets into the text.  Text is escaped as the
 * tools' TSV is: \t \n \r \\.  An example with no row line expects none
 * (t/corpus/numbers/none.tsv holds only such).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numbers.h"
#include "suites.h"
#include "win.h"

Suite *corpus_numbers_suite(void);

#define CORPUS_DIR "t/corpus/numbers"
#define TEXT_MAX 4096
#define ROWS_MAX 16384

/* The rows as the file writes them, one per line, text escaped. */
struct rows {
	char buf[ROWS_MAX];
	size_t len;
	int over;
};

static void
put(struct rows *r, const char *p, size_t n)
{
	if (r->len + n >= sizeof r->buf) {
		r->over = 1;
		return;
	}
	memcpy(r->buf + r->len, p, n);
	r->len += n;
}

static void
put_esc(struct rows *r, const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		switch (p[i]) {
		case '\t': put(r, "\\t", 2); break;
		case '\n': put(r, "\\n", 2); break;
		case '\r': put(r, "\\r", 2); break;
		case '\\': put(r, "\\\\", 2); break;
		default: put(r, p + i, 1); break;
		}
	}
}

static void
on_row(void *ctx, const struct nx_num *n)
{
	struct rows *r = ctx;
	char num[64];
	int k;

	k = snprintf(num, sizeof num, "row\t%llu\t%llu\t",
	    (unsigned long long)n->start, (unsigned long long)n->end);
	put(r, num, (size_t)k);
	put(r, n->value, n->valuelen);
	put(r, "\t", 1);
	put(r, nx_kind_name[n->kind], strlen(nx_kind_name[n->kind]));
	put(r, "\t", 1);
	put(r, n->unit, strlen(n->unit));
	put(r, "\t", 1);
	put_esc(r, n->text, (size_t)(n->end - n->start));
	put(r, "\n", 1);
}

/* Scan text whole (step 0) or in pieces of step bytes, as the tool does. */
static void
scan_rows(const char *text, size_t n, size_t step, const struct nx_opts *o,
    struct rows *r)
{
	struct nx x;
	struct win w;
	size_t i, k;

	r->len = 0;
	r->over = 0;
	nx_init(&x, o);
	if (step == 0) {
		nx_scan(&x, text, 0, n, 1, on_row, r);
		return;
	}
	win_init(&w, NX_LOOKAHEAD + NX_LOOKBEHIND);
	for (i = 0; i < n; i += k) {
		k = n - i < step ? n - i : step;
		win_append(&w, text + i, k);
		win_drop(&w, nx_scan(&x, w.buf, w.base, w.len, 0, on_row, r));
	}
	nx_scan(&x, w.buf, w.base, w.len, 1, on_row, r);
	win_free(&w);
}

/* Unescape the TSV field p[0, n) into out; its length, or -1. */
static long
unescape(const char *p, size_t n, char *out, size_t size)
{
	size_t i, o = 0;

	for (i = 0; i < n && o < size; i++) {
		if (p[i] != '\\' || i + 1 == n) {
			out[o++] = p[i];
			continue;
		}
		switch (p[++i]) {
		case 't': out[o++] = '\t'; break;
		case 'n': out[o++] = '\n'; break;
		case 'r': out[o++] = '\r'; break;
		default: out[o++] = p[i]; break;
		}
	}
	return i < n ? -1 : (long)o;
}

/* One example: its place, options, text and the rows expected. */
struct example {
	const char *file;
	int line;
	struct nx_opts opt;
	char text[TEXT_MAX];
	size_t n;
	struct rows want;
};

static struct rows got;

/* Check the example whole and in pieces; 0 or the number of failures. */
static int
check_example(struct example *ex)
{
	size_t step;

	for (step = 0; step <= ex->n; step++) {
		scan_rows(ex->text, ex->n, step, &ex->opt, &got);
		if (got.over || got.len != ex->want.len ||
		    memcmp(got.buf, ex->want.buf, got.len) != 0) {
			if (step)
				fprintf(stderr, "%s:%d: in pieces of %zu:",
				    ex->file, ex->line, step);
			else
				fprintf(stderr, "%s:%d: whole:", ex->file,
				    ex->line);
			fprintf(stderr, " got\n%.*swant\n%.*s", (int)got.len,
			    got.buf, (int)ex->want.len, ex->want.buf);
			return 1;
		}
	}
	return 0;
}

/* Read the options of "input -be". */
static int
options(const char *p, size_t n, struct nx_opts *o)
{
	size_t i;

	memset(o, 0, sizeof *o);
	if (n == 5)
		return 0;
	if (n < 8 || p[5] != ' ' || p[6] != '-')
		return -1;
	for (i = 7; i < n; i++) {
		if (p[i] == 'b')
			o->bounds = 1;
		else if (p[i] == 'e')
			o->extended = 1;
		else
			return -1;
	}
	return 0;
}

/* Run every example of one file; the number of failures. */
static int
run_file(const char *path)
{
	static struct example ex;
	char line[TEXT_MAX * 2];
	FILE *f = fopen(path, "r");
	int lineno = 0, open = 0, bad = 0, examples = 0;
	size_t n;
	char *tab;
	long k;

	if (!f) {
		fprintf(stderr, "%s: cannot open\n", path);
		return 1;
	}
	while (fgets(line, sizeof line, f)) {
		lineno++;
		n = strcspn(line, "\n");
		line[n] = '\0';
		if (n == 0 || line[0] == '#')
			continue;
		tab = strchr(line, '\t');
		if (tab && strncmp(line, "row\t", 4) == 0 && open) {
			put(&ex.want, line, n);
			put(&ex.want, "\n", 1);
			continue;
		}
		if (open)
			bad += check_example(&ex);
		open = 0;
		if (!tab || strncmp(line, "input", 5) != 0 ||
		    options(line, (size_t)(tab - line), &ex.opt) != 0 ||
		    (k = unescape(tab + 1, n - (size_t)(tab + 1 - line),
		    ex.text, sizeof ex.text)) < 0) {
			fprintf(stderr, "%s:%d: not an input or row line\n",
			    path, lineno);
			bad++;
			continue;
		}
		ex.file = path;
		ex.line = lineno;
		ex.n = (size_t)k;
		ex.want.len = 0;
		ex.want.over = 0;
		open = 1;
		examples++;
	}
	if (open)
		bad += check_example(&ex);
	fclose(f);
	if (examples == 0) {
		fprintf(stderr, "%s: no examples\n", path);
		bad++;
	}
	return bad;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

START_TEST(every_example_whole_and_in_pieces)
{
	DIR *d = opendir(CORPUS_DIR);
	struct dirent *e;
	char *names[64], path[512];
	size_t n = 0, i, len;
	int bad = 0;

	ck_assert_msg(d != NULL, CORPUS_DIR ": cannot open (run from the top)");
	while ((e = readdir(d)) != NULL && n < 64) {
		len = strlen(e->d_name);
		if (len > 4 && strcmp(e->d_name + len - 4, ".tsv") == 0)
			names[n++] = strdup(e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof names[0], by_name);
	ck_assert_msg(n > 0 && names[0] != NULL, "no corpus files");
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof path, "%s/%s", CORPUS_DIR, names[i]);
		bad += run_file(path);
		free(names[i]);
	}
	ck_assert_msg(bad == 0, "%d examples of " CORPUS_DIR
	    " failed (listed above)", bad);
}
END_TEST

Suite *
corpus_numbers_suite(void)
{
	Suite *s = suite_create("corpus_numbers");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, every_example_whole_and_in_pieces);
	suite_add_tcase(s, tc);
	return s;
}

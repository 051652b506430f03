/*
 * The quotation examples in t/corpus/quotes/ (every .tsv file) (format in
 * t/corpus/quotes/README): every example of every file, the input whole
 * and fed in pieces of several sizes, must give exactly its rows.  A
 * failure names the file and the line of the example.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quotes.h"
#include "suites.h"
#include "util.h"
#include "win.h"

#define CORPUS "t/corpus/quotes"
#define MAXFILES 64
#define TEXTMAX 8192

struct example {
	const char *file;
	int line;
	char in[TEXTMAX];
	size_t n;
	char flags[8];
	char want[TEXTMAX];	/* rows as the log writes them */
	size_t wn;
};

struct qrun {
	struct log *l;
	const char *in;
	int person;		/* -p: speaker=person */
};

/* Under -p every row shows its person, empty or not. */
static void
on_quote(void *ctx, const struct qx_quote *q)
{
	struct qrun *r = ctx;

	log_quote(r->l, r->in, q, r->person);
}

/* The example's input whole (step 0) or in pieces of step bytes. */
static void
run(const struct example *ex, size_t step, struct log *l)
{
	struct qx_opts o = { 0, 0, 0, (size_t)1 << 20 };
	struct qrun r = { l, ex->in, 0 };
	static struct qx x;
	struct win w;
	size_t i, k;

	o.nested = strchr(ex->flags, 'n') != NULL;
	o.unclosed = strchr(ex->flags, 'o') != NULL;
	o.pronoun = strchr(ex->flags, 'p') != NULL;
	r.person = o.pronoun;
	qx_init(&x, &o);
	if (step == 0) {
		qx_scan(&x, ex->in, 0, ex->n, 1, on_quote, &r);
		return;
	}
	win_init(&w, o.cap);
	for (i = 0; i < ex->n; i += step) {
		k = ex->n - i < step ? ex->n - i : step;
		win_append(&w, ex->in + i, k);
		win_drop(&w, qx_scan(&x, w.buf, w.base, w.len, 0, on_quote,
		    &r));
	}
	qx_scan(&x, w.buf, w.base, w.len, 1, on_quote, &r);
	win_free(&w);
}

/* TSV-unescape p[0, n) into out (TEXTMAX); returns the length. */
static size_t
unescape(const char *p, size_t n, char *out)
{
	size_t i, o = 0;

	for (i = 0; i < n && o < TEXTMAX; i++) {
		if (p[i] != '\\' || i + 1 == n) {
			out[o++] = p[i];
			continue;
		}
		switch (p[++i]) {
		case 't': out[o++] = '\t'; break;
		case 'n': out[o++] = '\n'; break;
		case 'r': out[o++] = '\r'; break;
		case '\\': out[o++] = '\\'; break;
		default: out[o++] = '\\'; out[o++] = p[i]; break;
		}
	}
	return o;
}

static void
want_add(struct example *ex, const char *p, size_t n)
{
	ck_assert_msg(ex->wn + n < TEXTMAX, "%s:%d: rows too long",
	    ex->file, ex->line);
	memcpy(ex->want + ex->wn, p, n);
	ex->wn += n;
}

/*
 * An expected row: START END SPEAKER TEXT, tab-separated, START with its
 * > and ! marks; TEXT must be what the input holds at [START, END).
 */
static void
want_row(struct example *ex, const char *line, size_t n, int lno)
{
	static char f[4][TEXTMAX];
	size_t fl[4], i, k = 0, s = 0;
	const char *st;
	unsigned long a, b;

	for (i = 0; i <= n && k < 4; i++)
		if (i == n || (line[i] == '\t' && k < 3)) {
			fl[k] = unescape(line + s, i - s, f[k]);
			k++;
			s = i + 1;
		}
	ck_assert_msg(k == 4, "%s:%d: a row has 4 fields", ex->file, lno);
	f[0][fl[0]] = f[1][fl[1]] = '\0';
	for (st = f[0]; *st == '>' || *st == '!'; st++)
		;
	a = strtoul(st, NULL, 10);
	b = strtoul(f[1], NULL, 10);
	ck_assert_msg(a <= b && b <= ex->n && b - a == fl[3] &&
	    memcmp(ex->in + a, f[3], fl[3]) == 0,
	    "%s:%d: the input does not hold \"%.*s\" at %lu-%lu", ex->file,
	    lno, (int)fl[3], f[3], a, b);
	want_add(ex, f[0], fl[0]);
	want_add(ex, "-", 1);
	want_add(ex, f[1], fl[1]);
	want_add(ex, "|", 1);
	want_add(ex, f[2], fl[2]);
	want_add(ex, "|", 1);
	want_add(ex, f[3], fl[3]);
	want_add(ex, ";", 1);
}

static const size_t steps[] = { 0, 1, 2, 3, 7, 16, 61, 500, 100000 };

/* Run one example; returns the number of runs that failed. */
static int
check(const struct example *ex)
{
	static struct log l;
	size_t s;
	int bad = 0;

	if (ex->line == 0)
		return 0;
	for (s = 0; s < sizeof steps / sizeof steps[0]; s++) {
		l.len = 0;
		run(ex, steps[s], &l);
		if (l.len == ex->wn && memcmp(l.buf, ex->want, ex->wn) == 0)
			continue;
		fprintf(stderr, "%s:%d: %s: got '%.*s', want '%.*s'\n",
		    ex->file, ex->line, steps[s] ? "in pieces" : "whole",
		    (int)l.len, l.buf, (int)ex->wn, ex->want);
		bad++;
		break;
	}
	return bad;
}

/* Every example of one file; returns the failures and counts examples. */
static int
check_file(const char *path, int *count)
{
	static char buf[1 << 20];
	static struct example ex;
	FILE *f = fopen(path, "rb");
	size_t n, i, e;
	int lno = 0, bad = 0;
	const char *line;

	ck_assert_msg(f != NULL, "%s: cannot open", path);
	n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	ex.line = 0;
	ex.file = path;
	for (i = 0; i < n; i = e + 1) {
		for (e = i; e < n && buf[e] != '\n'; e++)
			;
		line = buf + i;
		lno++;
		if (e == i || line[0] == '#')
			continue;
		if (e - i >= 6 && memcmp(line, "input\t", 6) == 0) {
			bad += check(&ex);
			*count += 1;
			ex.line = lno;
			ex.n = unescape(line + 6, e - i - 6, ex.in);
			ex.flags[0] = '\0';
			ex.wn = 0;
		} else if (e - i > 8 && memcmp(line, "options\t", 8) == 0 &&
		    e - i - 8 < sizeof ex.flags) {
			memcpy(ex.flags, line + 8, e - i - 8);
			ex.flags[e - i - 8] = '\0';
		} else {
			ck_assert_msg(ex.line != 0, "%s:%d: a row before any "
			    "input", path, lno);
			want_row(&ex, line, e - i, lno);
		}
	}
	return bad + check(&ex);
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

START_TEST(every_corpus_example)
{
	static char names[MAXFILES][256];
	char *sorted[MAXFILES];
	DIR *d = opendir(CORPUS);
	struct dirent *de;
	size_t nf = 0, i, len;
	int bad = 0, count = 0;

	ck_assert_msg(d != NULL, "%s: cannot open", CORPUS);
	while ((de = readdir(d)) != NULL && nf < MAXFILES) {
		len = strlen(de->d_name);
		if (len < 5 || len > 200 ||
		    strcmp(de->d_name + len - 4, ".tsv") != 0)
			continue;
		snprintf(names[nf], sizeof names[nf], "%s/%s", CORPUS,
		    de->d_name);
		sorted[nf] = names[nf];
		nf++;
	}
	closedir(d);
	qsort(sorted, nf, sizeof sorted[0], by_name);
	ck_assert_uint_ge(nf, 8);
	for (i = 0; i < nf; i++)
		bad += check_file(sorted[i], &count);
	ck_assert_msg(bad == 0, "%d of %d corpus examples failed (listed "
	    "above)", bad, count);
}
END_TEST

Suite *
corpus_quotes_suite(void)
{
	Suite *s = suite_create("corpus_quotes");
	TCase *tc = tcase_create("corpus_quotes");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, every_corpus_example);
	suite_add_tcase(s, tc);
	return s;
}

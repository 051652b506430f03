#define _POSIX_C_SOURCE 200809L

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rd.h"
#include "suites.h"
#include "util.h"

/* Read all of fd as pieces, logging "piece|" and "$" at each line end. */
static void
read_all(int fd, struct log *l)
{
	struct rd r;
	const char *p;
	size_t n;
	int eol, rv;

	rd_init(&r, fd, "test");
	while ((rv = rd_piece(&r, &p, &n, &eol)) > 0) {
		log_add(l, p, n);
		log_str(l, eol ? "$" : "|");
	}
	ck_assert_int_eq(rv, 0);
	rd_free(&r);
	close(fd);
}

/* The same through rd_lines: each piece that ends a line takes the others. */
static void
read_lines(int fd, struct log *l)
{
	struct rd r;
	const char *p;
	size_t n;
	int eol, rv;

	rd_init(&r, fd, "test");
	while ((rv = rd_lines(&r, &p, &n, &eol)) > 0) {
		log_add(l, p, n);
		log_str(l, eol ? "$" : "|");
	}
	ck_assert_int_eq(rv, 0);
	rd_free(&r);
	close(fd);
}

START_TEST(lines_at_once)
{
	static struct log l;
	static char big[RD_BLOCK + 10];

	read_lines(tmp_input(LIT("a\r\n\nbc")), &l);
	ck_assert_uint_eq(l.len, 7);
	ck_assert_mem_eq(l.buf, "a\r\n$bc$", 7);
	/* A line longer than the buffer still comes in pieces, then whole lines. */
	l.len = 0;
	memset(big, 'y', sizeof big);
	big[RD_BLOCK + 2] = '\n';
	big[RD_BLOCK + 5] = '\n';
	read_lines(tmp_input(big, sizeof big), &l);
	ck_assert_uint_eq(l.len, sizeof big + 2);
	ck_assert_mem_eq(l.buf + RD_BLOCK, "|yy\nyy$yyyy$", 12);
}
END_TEST

START_TEST(empty_input)
{
	static struct log l;

	read_all(tmp_input("", 0), &l);
	ck_assert_uint_eq(l.len, 0);
}
END_TEST

START_TEST(lines_and_missing_final_lf)
{
	static struct log l;

	read_all(tmp_input(LIT("a\r\n\nbc")), &l);
	ck_assert_uint_eq(l.len, 7);
	ck_assert_mem_eq(l.buf, "a\r$$bc$", 7);
}
END_TEST

START_TEST(long_line_in_pieces)
{
	/* 64 KiB + 1 bytes, then LF, then "z": the line comes in two pieces. */
	static struct log l;
	size_t n = RD_BLOCK + 1;
	char *big = malloc(n + 2);

	memset(big, 'x', n);
	big[n] = '\n';
	big[n + 1] = 'z';
	read_all(tmp_input(big, n + 2), &l);
	ck_assert_uint_eq(l.len, n + 4);
	ck_assert_mem_eq(l.buf + RD_BLOCK, "|x$z$", 5);
	free(big);
}
END_TEST

START_TEST(full_buffer_line_at_eof)
{
	/* Exactly one buffer, no LF: a full piece, then an empty one ends it. */
	static struct log l;
	char *big = malloc(RD_BLOCK);

	memset(big, 'y', RD_BLOCK);
	read_all(tmp_input(big, RD_BLOCK), &l);
	ck_assert_uint_eq(l.len, RD_BLOCK + 2);
	ck_assert_mem_eq(l.buf + RD_BLOCK, "|$", 2);
	free(big);
}
END_TEST

START_TEST(read_error_is_reported)
{
	struct rd r;
	const char *p;
	size_t n;
	int eol, fd = open("/", O_RDONLY);

	ck_assert_int_ge(fd, 0);
	rd_init(&r, fd, "/");
	ck_assert_int_eq(rd_piece(&r, &p, &n, &eol), -1);
	ck_assert_int_ne(r.err, 0);
	rd_free(&r);
	close(fd);
}
END_TEST

START_TEST(blocks)
{
	struct rd r;
	const char *p;
	size_t n, total = 0;

	rd_init(&r, tmp_input(LIT("no\nlines\r\nhere")), "test");
	while (rd_block(&r, &p, &n) > 0)
		total += n;
	ck_assert_uint_eq(total, 14);
	close(r.fd);
	rd_free(&r);
}
END_TEST

/*
 * A pipe whose writer sends a few hundred bytes a write: read(2) returns
 * what is there, yet the pieces are those of the same bytes in a file
 * (lines whole up to RD_BLOCK, longer ones in pieces of RD_BLOCK), over
 * more than the reader's buffer holds.
 */
START_TEST(pipe_gives_the_pieces_of_a_file)
{
	static struct log want, got;
	static char text[3 * RD_BUF];
	size_t n = 0, i;
	int fd[2];
	pid_t pid;

	for (i = 0; n + 4 * RD_BLOCK < sizeof text; i++) {
		size_t len = i == 40 ? 3 * RD_BLOCK + 5 : (i * 7919) % 3001;

		memset(text + n, 'a' + (int)(i % 26), len);
		n += len;
		text[n++] = '\n';
	}
	memcpy(text + n, "no final LF", 11);
	n += 11;
	read_all(tmp_input(text, n), &want);
	ck_assert_int_eq(pipe(fd), 0);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		close(fd[0]);
		for (i = 0; i < n; i += 777) {
			size_t k = n - i < 777 ? n - i : 777;

			if (write(fd[1], text + i, k) != (ssize_t)k)
				_exit(1);
		}
		_exit(0);
	}
	close(fd[1]);
	read_all(fd[0], &got);
	waitpid(pid, NULL, 0);
	ck_assert_uint_eq(got.len, want.len);
	ck_assert_mem_eq(got.buf, want.buf, want.len);
}
END_TEST

Suite *
rd_suite(void)
{
	Suite *s = suite_create("rd");
	TCase *tc = tcase_create("read");

	tcase_add_test(tc, empty_input);
	tcase_add_test(tc, lines_at_once);
	tcase_add_test(tc, lines_and_missing_final_lf);
	tcase_add_test(tc, long_line_in_pieces);
	tcase_add_test(tc, full_buffer_line_at_eof);
	tcase_add_test(tc, read_error_is_reported);
	tcase_add_test(tc, blocks);
	tcase_add_test(tc, pipe_gives_the_pieces_of_a_file);
	suite_add_tcase(s, tc);
	return s;
}

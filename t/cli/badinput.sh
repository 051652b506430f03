#!/bin/sh
# Hostile input for every tool found in BINDIR: empty and blank input, NUL
# bytes, invalid UTF-8, a 64 MB line, a million tiny articles, broken
# headers, input that ends inside a character or an escape, rows with too
# few fields.  Every run must end with the expected status, write only
# well-formed rows (the promised number of fields, no raw CR, an LF at the
# end), lose nothing and stay within its memory bound.  The big inputs are
# generated here, never stored.
#
# usage: sh t/cli/badinput.sh BINDIR
# Last line: "badinput: N passed, M failed".

bindir=$(cd "${1:-cmd}" && pwd) || exit 1
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
LC_ALL=C
export LC_ALL

n=0
failed=0
note=

# Columns each tool adds after the key columns (the text included).
ncols() {
	case $1 in
	menafn-strip) echo 4 ;;
	menafn-paras) echo 4 ;;
	menafn-quotes) echo 5 ;;
	menafn-numbers) echo 7 ;;
	esac
}

tools=
for t in menafn-strip menafn-paras menafn-quotes menafn-numbers; do
	[ -x "$bindir/$t" ] && tools="$tools $t"
done
readers=
for t in $tools; do
	[ "$t" = menafn-strip ] || readers="$readers $t"
done

# Peak memory of the last run, in KiB, when GNU time is here (its line
# is taken off the end of stderr); a time limit when timeout(1) is here.
timecmd=
if [ -x /usr/bin/time ] && /usr/bin/time -q -f %M true 2>/dev/null; then
	timecmd="/usr/bin/time -q -f %M"
fi
asan=
for t in $tools; do
	grep -q __asan_init "$bindir/$t" 2>/dev/null && asan=1
done
limit=
if command -v timeout >/dev/null 2>&1; then
	limit="timeout 120"
fi

# run "" STATUS NF INPUT CMD...: run CMD <INPUT; check the status, that
# every row has NF fields (unless NF is -), that no row holds a raw CR,
# that the output ends in LF, and that stderr is empty when STATUS is 0
# (unless warn_ok is set: a warning is allowed).  Sets $why.
run() {
	want=$2 nf=$3 input=$4
	shift 4
	$limit $timecmd "$@" <"$input" >"$tmp/out" 2>"$tmp/err"
	st=$?
	[ "$st" = 124 ] && [ -n "$limit" ] && st="124 (timed out)"
	[ -n "$timecmd" ] && tail -n 1 "$tmp/err" >"$tmp/rss" &&
	    sed '$d' "$tmp/err" >"$tmp/e" && mv "$tmp/e" "$tmp/err"

	why=
	if [ "$st" != "$want" ]; then
		why="status $st, expected $want"
	elif [ "$want" = 0 ] && [ -s "$tmp/err" ] && [ -z "$warn_ok" ]; then
		why="unexpected stderr: $(head -c 200 "$tmp/err")"
	elif [ -s "$tmp/out" ] && [ "$(tail -c 1 "$tmp/out" | od -An -c |
	    tr -d ' ')" != '\n' ]; then
		why="output does not end in LF"
	elif [ "$(tr -d -c '\r' <"$tmp/out" | wc -c)" -ne 0 ]; then
		why="a raw CR in the output"
	elif [ "$nf" != - ] && ! awk -F '\t' -v nf="$nf" 'NF != nf {
	    printf "row %d has %d fields, expected %d\n", NR, NF, nf; exit 1 }' \
	    "$tmp/out" >"$tmp/nf"; then
		why=$(cat "$tmp/nf")
	fi
	warn_ok=
}

ok() {
	n=$((n + 1))
	if [ -z "$why" ]; then
		printf 'ok %d - %s%s\n' "$n" "$1" "$note"
		note=
		return
	fi
	note=
	failed=$((failed + 1))
	printf 'not ok %d - %s: %s\n' "$n" "$1" "$why"
	if [ -s "$tmp/err" ]; then
		head -n 5 "$tmp/err" | sed 's/^/#   stderr: /'
	fi
}

# same FILE: the output is exactly FILE.
same() {
	if [ -z "$why" ] && ! cmp -s "$tmp/out" "$1"; then
		why="output differs"
		echo "# expected:"; od -c "$1" | head -n 8 | sed 's/^/#   /'
		echo "# actual:"; od -c "$tmp/out" | head -n 8 | sed 's/^/#   /'
	fi
}

# rows COUNT: the output has COUNT rows.
rows() {
	if [ -z "$why" ]; then
		got=$(wc -l <"$tmp/out" | tr -d ' ')
		[ "$got" = "$1" ] || why="$got rows, expected $1"
	fi
}

# rss_below KIB: the peak memory of the last run stayed below KIB (not
# measured for tools built with AddressSanitizer, whose shadow memory
# is no part of the bound).
rss_below() {
	if [ -z "$why" ] && [ -n "$timecmd" ] && [ -z "$asan" ]; then
		rss=$(tail -n 1 "$tmp/rss")
		note=" (peak $rss KiB)"
		[ "$rss" -lt "$1" ] ||
		    why="peak memory $rss KiB, bound $1 KiB"
	fi
}

# err_has TEXT: stderr holds TEXT.
err_has() {
	if [ -z "$why" ] && ! grep -F -q -e "$1" "$tmp/err"; then
		why="stderr lacks '$1'"
	fi
}

# --- inputs ---
: >"$tmp/empty"
printf ' \t\r\n\n   \n\t\r\n' >"$tmp/blank"
printf ' date 2025-01-24 (MENAFN- UkrinForm) a\000b "c\000" 5\000' >"$tmp/nul"
printf '(MENAFN- S) \377\376 \303( \355\240\200 \364\220\200\200 \300\257 end\n' \
    >"$tmp/badutf8"
printf 'date 2025-01-24 (MENAFN- UkrinForm Ukraine is interested\n' \
    >"$tmp/noparen"
printf '(MENAFN- A) one (MENAFN- B) two\nthree (MENAFN- C) four\n' \
    >"$tmp/inline"
printf '(MENAFN- S) caf\303' >"$tmp/cut-utf8"
printf '(MENAFN- S) path C:\\' >"$tmp/cut-escape"
printf '(MENAFN- S) one\r\n\r\ntwo\r\n' >"$tmp/crlf"
printf '(MENAFN- S) a\rb\r' >"$tmp/lonecr"
# 64 MB without a newline, in words so that a cap can cut at spaces.
awk 'BEGIN { for (i = 0; i < 4096; i++) printf "word%d and more words, ", i }' |
    head -c 65536 >"$tmp/block"
# 2 MB dense with quotation marks, numbers and escapes, no newline.
awk 'BEGIN { for (i = 0; i < 100000; i++)
    printf "\"q%d\" \342\200\234x\\ 25%%, $%d.5 \342\200\235 ", i, i }' |
    head -c 2097152 >"$tmp/dense"
cat "$tmp/block" "$tmp/block" "$tmp/block" "$tmp/block" >"$tmp/x4"
cat "$tmp/x4" "$tmp/x4" "$tmp/x4" "$tmp/x4" >"$tmp/x16"
cat "$tmp/x16" "$tmp/x16" "$tmp/x16" "$tmp/x16" >"$tmp/x64"
cat "$tmp/x64" "$tmp/x64" "$tmp/x64" "$tmp/x64" >"$tmp/x256"
cat "$tmp/x256" "$tmp/x256" "$tmp/x256" "$tmp/x256" >"$tmp/huge"
rm -f "$tmp/x4" "$tmp/x16" "$tmp/x64" "$tmp/x256"
awk 'BEGIN { for (i = 1; i <= 1000000; i++) printf "(MENAFN- S) a%d\n", i }' \
    >"$tmp/million"

# --- menafn-strip on articles ---
case " $tools " in *" menafn-strip "*)
	s=$bindir/menafn-strip
	run "strip empty" 0 4 "$tmp/empty" "$s"; rows 0
	ok "menafn-strip: empty input, no rows"
	run "strip blank" 0 4 "$tmp/blank" "$s"; rows 0
	ok "menafn-strip: only white space, no rows"
	printf '1\t2025-01-24\tUkrinForm\ta\000b "c\000" 5\000\n' >"$tmp/want"
	run "" 0 4 "$tmp/nul" "$s"; same "$tmp/want"
	ok "menafn-strip: NUL bytes pass through"
	printf '1\t\tS\t\377\376 \303( \355\240\200 \364\220\200\200 \300\257 end\n' \
	    >"$tmp/want"
	run "" 0 4 "$tmp/badutf8" "$s"; same "$tmp/want"
	ok "menafn-strip: invalid UTF-8 passes through byte for byte"
	printf '1\t\t\tdate 2025-01-24 (MENAFN- UkrinForm Ukraine is interested\n' \
	    >"$tmp/want"
	run "" 0 4 "$tmp/noparen" "$s"; same "$tmp/want"
	ok "menafn-strip: header without ')' is text, nothing dropped"
	printf '1\t\tA\tone (MENAFN- B) two\\nthree (MENAFN- C) four\n' \
	    >"$tmp/want"
	run "" 0 4 "$tmp/inline" "$s"; same "$tmp/want"
	ok "menafn-strip: (MENAFN- inside a line does not split"
	printf '1\t\tS\tcaf\303\n' >"$tmp/want"
	run "" 0 4 "$tmp/cut-utf8" "$s"; same "$tmp/want"
	ok "menafn-strip: input ends inside a UTF-8 character"
	printf '1\t\tS\tpath C:\\\\\n' >"$tmp/want"
	run "" 0 4 "$tmp/cut-escape" "$s"; same "$tmp/want"
	ok "menafn-strip: input ends in a backslash"
	printf '1\t\tS\tone\\r\\n\\r\\ntwo\n' >"$tmp/want"
	run "" 0 4 "$tmp/crlf" "$s"; same "$tmp/want"
	ok "menafn-strip: CRLF kept as \\r, trailing CRLF trimmed"
	printf '1\t\tS\ta\\rb\n' >"$tmp/want"
	run "" 0 4 "$tmp/lonecr" "$s"; same "$tmp/want"
	ok "menafn-strip: lone CRs"
	run "" 0 4 "$tmp/huge" "$s"; rows 1; rss_below 32768
	if [ -z "$why" ]; then
		# The text is the line, byte for byte, after "1<TAB><TAB><TAB>".
		tail -c +5 "$tmp/out" | head -c 67108864 | cmp -s - "$tmp/huge" ||
		    why="the 64 MB text differs from the input"
	fi
	ok "menafn-strip: a 64 MB line, whole, in bounded memory"
	mv "$tmp/out" "$tmp/huge-rows"
	run "" 0 4 "$tmp/million" "$s"; rows 1000000
	if [ -z "$why" ]; then
		[ "$(tail -n 1 "$tmp/out")" = "$(printf '1000000\t\tS\ta1000000')" ] ||
		    why="last row: $(tail -n 1 "$tmp/out" | head -c 100)"
	fi
	ok "menafn-strip: a million tiny articles"
	mv "$tmp/out" "$tmp/million-rows"
	;;
esac

# Rows for the readers when there is no menafn-strip to make them.
[ -f "$tmp/huge-rows" ] || { printf '1\t\tS\t'; cat "$tmp/huge"; echo; } \
    >"$tmp/huge-rows"
[ -f "$tmp/million-rows" ] || awk 'BEGIN { for (i = 1; i <= 1000000; i++)
    printf "%d\t\tS\ta%d\n", i, i }' >"$tmp/million-rows"

printf '1\t\t\t  \\t \\r\\n  \\n\n' >"$tmp/r-blank"
printf '1\t\t\ta\000b\n' >"$tmp/r-nul"
printf '1\t\t\t\377\376\303(\355\240\200\n' >"$tmp/r-badutf8"
printf '1\t\t\tabc\\\n' >"$tmp/r-escape"
printf '1\t\t\tx\342\200' >"$tmp/r-cut-utf8"
printf 'a\tb\tone\nc\ttwo\nd\te\tthree\n' >"$tmp/r-fewer"
printf 'kkkkkkkkkkkkkkkkkkkkkkkkk\ttext\nk\tmore text\n' >"$tmp/r-longkey"
# The same with a line longer than the reader's 64 KiB buffer.
{ head -c 70000 "$tmp/huge" | tr -c 'a-z' 'k'; printf '\ttext\nk\tmore text\n'; } \
    >"$tmp/r-longkey-line"

# --- the readers, on rows and on raw articles (-r) ---
for t in $readers; do
	b=$bindir/$t
	c=$(ncols "$t")
	kc=$((c + 3))
	for f in empty blank nul badutf8 noparen inline cut-utf8 cut-escape \
	    crlf lonecr; do
		run "" 0 "$c" "$tmp/$f" "$b" -r
		ok "$t -r: $f"
	done
	warn_ok=1
	run "" 0 "$c" "$tmp/dense" "$b" -r
	rss_below 65536
	ok "$t -r: 2 MB dense with marks, numbers and escapes"
	warn_ok=1
	run "" 0 "$c" "$tmp/huge" "$b" -r
	rss_below 65536
	ok "$t -r: a 64 MB line in bounded memory"
	warn_ok=1
	run "" 0 "$kc" "$tmp/huge-rows" "$b"
	rss_below 65536
	ok "$t: a 64 MB text field in bounded memory"
	run "" 0 "$kc" "$tmp/million-rows" "$b"
	ok "$t: a million tiny records"
	run "" 0 "$kc" "$tmp/empty" "$b"; rows 0
	ok "$t: empty input"
	run "" 0 "$kc" "$tmp/r-blank" "$b"
	ok "$t: a text of white space"
	run "" 0 "$kc" "$tmp/r-nul" "$b"
	ok "$t: NUL in a text"
	run "" 0 "$kc" "$tmp/r-badutf8" "$b"
	ok "$t: invalid UTF-8 in a text"
	run "" 0 "$kc" "$tmp/r-escape" "$b"
	ok "$t: a text ending in a lone backslash"
	run "" 0 "$kc" "$tmp/r-cut-utf8" "$b"
	ok "$t: a text ending inside a character, no final LF"
	run "" 1 "$((c + 2))" "$tmp/r-fewer" "$b"; err_has "line 2"
	ok "$t: a row with too few fields: status 1, named, others kept"
	run "" 1 "$((c + 1))" "$tmp/r-longkey" "$b" -m 16; err_has "line 1"
	ok "$t -m 16: a key longer than the cap: status 1, named"
	# The rows written for such a first record are not checked: see
	# the report on issue 5 (the first record fixes the field count).
	warn_ok=1
	run "" 1 - "$tmp/r-longkey-line" "$b" -m 16; err_has "line 1"
	ok "$t -m 16: a key over the cap in a 70 kB line: status 1, named"
done

# Exact rows where menafn-paras makes them plain to state.
case " $readers " in *" menafn-paras "*)
	p=$bindir/menafn-paras
	run "" 0 7 "$tmp/r-blank" "$p"; rows 0
	ok "menafn-paras: a text of white space has no paragraph"
	printf '1\t\t\t1\t0\t3\ta\000b\n' >"$tmp/want"
	run "" 0 7 "$tmp/r-nul" "$p"; same "$tmp/want"
	ok "menafn-paras: NUL kept, offsets count it"
	printf '1\t\t\t1\t0\t7\t\377\376\303(\355\240\200\n' >"$tmp/want"
	run "" 0 7 "$tmp/r-badutf8" "$p"; same "$tmp/want"
	ok "menafn-paras: invalid UTF-8 kept byte for byte"
	printf '1\t\t\t1\t0\t4\tabc\\\\\n' >"$tmp/want"
	run "" 0 7 "$tmp/r-escape" "$p"; same "$tmp/want"
	ok "menafn-paras: a lone final backslash is a backslash"
	printf '1\t\t\t1\t0\t3\tx\342\200\n' >"$tmp/want"
	run "" 0 7 "$tmp/r-cut-utf8" "$p"; same "$tmp/want"
	ok "menafn-paras: a text cut inside a character"
	printf 'a\tb\t1\t0\t3\tone\nd\te\t1\t0\t5\tthree\n' >"$tmp/want"
	run "" 1 6 "$tmp/r-fewer" "$p"; same "$tmp/want"
	ok "menafn-paras: the rows around a short one are kept"
	warn_ok=1
	run "" 0 7 "$tmp/huge-rows" "$p"
	if [ -z "$why" ]; then
		# Pieces of at most 1 MiB, cut at spaces, nothing lost but the
		# spaces at the cuts; one warning.
		awk -F '\t' 'length($7) > 1048576 { exit 1 }' "$tmp/out" ||
		    why="a piece longer than 1 MiB"
		[ "$(grep -c 'written in pieces' "$tmp/err")" = 1 ] ||
		    why="not one warning"
		got=$(cut -f 7 "$tmp/out" | tr -d ' \n' | wc -c)
		want=$(tr -d ' \n' <"$tmp/huge" | wc -c)
		[ "$got" -eq "$want" ] ||
		    why="$got non-blank bytes out of $want"
	fi
	ok "menafn-paras: a 64 MB paragraph in pieces of at most 1 MiB"
	;;
esac

# A file cut shorter while menafn-strip reads it through its mapped
# window: the tool is held by a full pipe, the file is emptied, then the
# pipe is drained.  It must not die of SIGBUS: it ends at the file's new
# end (status 0) or says the file was cut (status 1).
case " $tools " in
*" menafn-strip "*)
	awk 'BEGIN { for (i = 0; i < 200000; i++)
	    print "date 2020-01-01 (MENAFN- X) a line of text to cut" }' \
	    >"$tmp/cut"
	mkfifo "$tmp/fifo"
	"$bindir/menafn-strip" "$tmp/cut" >"$tmp/fifo" 2>"$tmp/err" &
	pid=$!
	exec 3<"$tmp/fifo"
	sleep 1
	: >"$tmp/cut"
	cat <&3 >/dev/null
	exec 3<&-
	wait "$pid"
	st=$?
	why=
	case $st in
	0) ;;
	1) err_has "was cut shorter while it was read" ;;
	*) why="status $st" ;;
	esac
	ok "menafn-strip: a file cut shorter while it is read"
	;;
esac

echo "1..$n"
echo "badinput: $((n - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]

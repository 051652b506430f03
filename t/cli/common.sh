#!/bin/sh
# What every tool must do, checked for each tool found in BINDIR: write
# errors, a closed stdout, a reader that goes away, --help and --version,
# "-" for stdin, a missing final newline, bad options and bad operands.
# Prints TAP; a check that cannot run here (no /dev/full, SIGPIPE ignored
# by whoever started us) is reported as skipped.
#
# usage: sh t/cli/common.sh BINDIR
# Last line: "common: N passed, M failed".

bindir=$(cd "${1:-cmd}" && pwd) || exit 1
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
LC_ALL=C
export LC_ALL

n=0
failed=0
skipped=0

pass() {
	n=$((n + 1))
	echo "ok $n - $1"
}

flunk() {
	n=$((n + 1))
	failed=$((failed + 1))
	echo "not ok $n - $1"
	shift
	for line in "$@"; do
		printf '%s\n' "$line" | sed 's/^/#   /'
	done
	if [ -s "$tmp/err" ]; then
		echo "#   stderr:"
		head -n 5 "$tmp/err" | sed 's/^/#     /'
	fi
}

skip() {
	n=$((n + 1))
	skipped=$((skipped + 1))
	echo "ok $n - $1 # skip $2"
}

# Inputs: the sample for menafn-strip, strip's rows of it for the others.
sample=$top/sample/ukrinform.txt
cp "$sample" "$tmp/article"
i=0
: >"$tmp/big-article"
while [ $i -lt 12 ]; do
	cat "$tmp/article" "$tmp/article" "$tmp/article" "$tmp/article" \
	    >>"$tmp/big-article"
	printf '\n' >>"$tmp/big-article"
	i=$((i + 1))
done
# 48 articles; doubling to about 6 MB, well past any pipe buffer.
i=0
while [ $i -lt 6 ]; do
	cat "$tmp/big-article" "$tmp/big-article" >"$tmp/x" &&
	    mv "$tmp/x" "$tmp/big-article"
	i=$((i + 1))
done
if [ -x "$bindir/menafn-strip" ]; then
	"$bindir/menafn-strip" "$tmp/article" >"$tmp/rows" 2>/dev/null
	"$bindir/menafn-strip" <"$tmp/big-article" >"$tmp/big-rows" 2>/dev/null
else
	printf '1\t2025-01-24\tUkrinForm\tOne paragraph.\\n\\nTwo, "said" he, 25%%.\n' \
	    >"$tmp/rows"
	cp "$tmp/rows" "$tmp/big-rows"
fi
printf 'x\t\t\tNo final newline: 5 "words".' >"$tmp/rows-nonl"
printf 'x\t\t\tNo final newline: 5 "words".\n' >"$tmp/rows-nl"
printf ' date 2025-01-24 (MENAFN- UkrinForm) No final newline: 5 "words".' \
    >"$tmp/article-nonl"
printf ' date 2025-01-24 (MENAFN- UkrinForm) No final newline: 5 "words".\n' \
    >"$tmp/article-nl"

# Is SIGPIPE at its default here?  A shell cannot restore it if not.
sigpipe_default=1
if [ -n "$( { yes | head -n 1 >/dev/null; } 2>&1)" ]; then
	sigpipe_default=0
fi

# Count the lines of a file (0 for an empty one).
lines() {
	wc -l <"$1" | tr -d ' '
}

for tool in menafn-strip menafn-paras menafn-quotes menafn-numbers; do
	bin=$bindir/$tool
	[ -x "$bin" ] || continue
	if [ "$tool" = menafn-strip ]; then
		in=$tmp/article big=$tmp/big-article
		nonl=$tmp/article-nonl nl=$tmp/article-nl
	else
		in=$tmp/rows big=$tmp/big-rows nonl=$tmp/rows-nonl nl=$tmp/rows-nl
	fi

	# A full disk: status 1, one message, saying so.
	if [ -w /dev/full ]; then
		"$bin" "$in" >/dev/full 2>"$tmp/err"
		st=$?
		if [ "$st" = 1 ] && [ "$(lines "$tmp/err")" = 1 ] &&
		    grep -q 'write error' "$tmp/err"; then
			pass "$tool >/dev/full: status 1, one message"
		else
			flunk "$tool >/dev/full" "status $st (want 1)," \
			    "$(lines "$tmp/err") stderr lines (want 1 with 'write error')"
		fi
		"$bin" <"$big" >/dev/full 2>"$tmp/err"
		st=$?
		if [ "$st" = 1 ] && [ "$(lines "$tmp/err")" = 1 ]; then
			pass "$tool >/dev/full on a big input: status 1, one message"
		else
			flunk "$tool >/dev/full on a big input" "status $st," \
			    "$(lines "$tmp/err") stderr lines"
		fi
		"$bin" --help >/dev/full 2>"$tmp/err"
		st=$?
		if [ "$st" != 0 ]; then
			pass "$tool --help >/dev/full: status $st"
		else
			flunk "$tool --help >/dev/full: status 0"
		fi
		"$bin" --version >/dev/full 2>"$tmp/err"
		st=$?
		if [ "$st" != 0 ]; then
			pass "$tool --version >/dev/full: status $st"
		else
			flunk "$tool --version >/dev/full: status 0"
		fi
	else
		skip "$tool >/dev/full" "no /dev/full"
		skip "$tool >/dev/full on a big input" "no /dev/full"
		skip "$tool --help >/dev/full" "no /dev/full"
		skip "$tool --version >/dev/full" "no /dev/full"
	fi

	# Standard output closed.
	"$bin" "$in" >&- 2>"$tmp/err"
	st=$?
	if [ "$st" = 1 ]; then
		pass "$tool >&-: status 1"
	else
		flunk "$tool >&-: status $st (want 1)"
	fi

	# A reader that goes away while SIGPIPE is ignored: EPIPE is a
	# write error like any other.
	(trap '' PIPE; "$bin" "$big" 2>"$tmp/err"; echo $? >"$tmp/st") |
	    head -n 1 >/dev/null
	st=$(cat "$tmp/st")
	if [ "$st" = 1 ] && [ "$(lines "$tmp/err")" = 1 ] &&
	    grep -q 'write error' "$tmp/err"; then
		pass "$tool | head -n1, SIGPIPE ignored: status 1, write error"
	else
		flunk "$tool | head -n1, SIGPIPE ignored" "status $st (want 1)," \
		    "$(lines "$tmp/err") stderr lines (want 1 with 'write error')"
	fi

	# The same with SIGPIPE at its default: ends quietly.
	if [ "$sigpipe_default" = 1 ]; then
		("$bin" "$big" 2>"$tmp/err"; echo $? >"$tmp/st") |
		    head -n 1 >/dev/null
		st=$(cat "$tmp/st")
		if [ ! -s "$tmp/err" ]; then
			pass "$tool | head -n1: quiet (status $st)"
		else
			flunk "$tool | head -n1: stderr not empty"
		fi
	else
		skip "$tool | head -n1: quiet" "SIGPIPE ignored by the caller"
	fi

	# --version: one line, "TOOL (menafn-tools) VERSION".
	"$bin" --version >"$tmp/out" 2>"$tmp/err"
	st=$?
	if [ "$st" = 0 ] && [ "$(lines "$tmp/out")" = 1 ] &&
	    grep -E -q "^$tool \\(menafn-tools\\) [0-9]+(\\.[0-9]+)*\$" \
	    "$tmp/out"; then
		pass "$tool --version: $(cat "$tmp/out")"
	else
		flunk "$tool --version: status $st" "output: $(head -c 200 "$tmp/out")"
	fi

	# --help: usage first, on stdout, status 0.
	"$bin" --help >"$tmp/out" 2>"$tmp/err"
	st=$?
	if [ "$st" = 0 ] && head -n 1 "$tmp/out" | grep -q "^usage: $tool " &&
	    [ ! -s "$tmp/err" ]; then
		pass "$tool --help"
	else
		flunk "$tool --help: status $st" "first line: $(head -n 1 "$tmp/out")"
	fi

	# "-" among the operands is stdin, in its place.
	"$bin" "$in" >"$tmp/a" 2>"$tmp/err" &&
	    "$bin" <"$in" >>"$tmp/a" 2>>"$tmp/err" &&
	    "$bin" "$in" >>"$tmp/a" 2>>"$tmp/err"
	"$bin" "$in" - "$in" <"$in" >"$tmp/b" 2>>"$tmp/err"
	st=$?
	if [ "$st" = 0 ] && [ -s "$tmp/a" ] && cmp -s "$tmp/a" "$tmp/b" &&
	    [ ! -s "$tmp/err" ]; then
		pass "$tool FILE - FILE <FILE reads stdin in its place"
	else
		flunk "$tool FILE - FILE <FILE: status $st" \
		    "output differs from the three runs apart"
	fi

	# No final newline: the same rows as with one.
	"$bin" <"$nonl" >"$tmp/a" 2>"$tmp/err"
	st=$?
	"$bin" <"$nl" >"$tmp/b" 2>>"$tmp/err"
	if [ "$st" = 0 ] && [ -s "$tmp/a" ] && cmp -s "$tmp/a" "$tmp/b" &&
	    [ "$(tail -c 1 "$tmp/a" | od -An -c | tr -d ' ')" = '\n' ]; then
		pass "$tool: input without a final newline"
	else
		flunk "$tool: input without a final newline: status $st" \
		    "rows differ from those with the newline, or lack an LF"
	fi

	# An unknown option: usage on stderr, status 2, nothing on stdout.
	"$bin" -Z "$in" >"$tmp/out" 2>"$tmp/err"
	st=$?
	if [ "$st" = 2 ] && grep -q "^usage: $tool" "$tmp/err" &&
	    [ ! -s "$tmp/out" ]; then
		pass "$tool -Z: usage, status 2"
	else
		flunk "$tool -Z: status $st (want 2 and usage on stderr)"
	fi

	# A directory as an operand: a message naming it, status 1.
	mkdir -p "$tmp/a-dir"
	"$bin" "$tmp/a-dir" >"$tmp/out" 2>"$tmp/err"
	st=$?
	if [ "$st" = 1 ] && grep -q "a-dir" "$tmp/err"; then
		pass "$tool DIR: status 1, message names it"
	else
		flunk "$tool DIR: status $st (want 1, a message naming it)"
	fi

	# A file that is not there: a message, status 1, the others still read.
	"$bin" "$in" >"$tmp/a" 2>/dev/null
	"$bin" "$tmp/no-such-file" "$in" >"$tmp/b" 2>"$tmp/err"
	st=$?
	if [ "$st" = 1 ] && grep -q "no-such-file" "$tmp/err" &&
	    [ -s "$tmp/a" ] && cmp -s "$tmp/a" "$tmp/b"; then
		pass "$tool MISSING FILE: status 1, message, FILE still read"
	else
		flunk "$tool MISSING FILE: status $st (want 1)" \
		    "and the rows of FILE alone"
	fi
done

echo "1..$n"
echo "common: $((n - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]

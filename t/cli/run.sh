#!/bin/sh
# Run every command-line case under t/cli/TOOL/CASE/ and print TAP.
#
# A case is a directory holding:
#   args      arguments for TOOL, one line, as the shell splits them
#   cmd       or instead a shell command line (a pipeline, say); the tools
#             are first on PATH
#   input     bytes for stdin (none: /dev/null)
#   expected  the exact bytes expected on stdout
#   status    the expected exit status (none: 0)
#   stderr    text that stderr must contain (none: stderr must be empty)
# Each case runs under LC_ALL=C and again under a UTF-8 locale, which must
# give the same bytes.
#
# usage: sh t/cli/run.sh BINDIR

bindir=$(cd "${1:-cmd}" && pwd) || exit 1
here=$(cd "$(dirname "$0")" && pwd)
PATH=$bindir:$PATH
export PATH
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

utf8=$(locale -a 2>/dev/null | grep -E -i -x 'en_US\.utf-?8' | head -n 1)
[ -n "$utf8" ] || utf8=$(locale -a 2>/dev/null | grep -E -i -x 'C\.utf-?8' | head -n 1)

n=0
failed=0
for dir in "$here"/*/*/; do
	dir=${dir%/}
	[ -f "$dir/expected" ] || continue
	tool=$(basename "$(dirname "$dir")")
	name=$tool/$(basename "$dir")
	if [ -f "$dir/cmd" ]; then
		cmd=$(cat "$dir/cmd")
	else
		cmd="$tool $(cat "$dir/args" 2>/dev/null)"
	fi
	# A tool not built yet is skipped; make check builds them all first.
	if [ ! -x "$bindir/$tool" ]; then
		n=$((n + 1))
		echo "ok $n - $name # skip: $tool is not built"
		continue
	fi
	input=/dev/null
	[ -f "$dir/input" ] && input=$dir/input
	want=0
	[ -f "$dir/status" ] && want=$(cat "$dir/status")
	for loc in C $utf8; do
		n=$((n + 1))
		(cd "$dir" && LC_ALL=$loc exec sh -c "$cmd") <"$input" \
		    >"$tmp/out" 2>"$tmp/err"
		got=$?
		why=
		if [ "$got" != "$want" ]; then
			why="status $got, expected $want"
		elif ! cmp -s "$tmp/out" "$dir/expected"; then
			why="output differs"
		elif [ -f "$dir/stderr" ]; then
			grep -F -q -f "$dir/stderr" "$tmp/err" ||
			    why="stderr lacks: $(cat "$dir/stderr")"
		elif [ -s "$tmp/err" ]; then
			why="unexpected stderr"
		fi
		if [ -z "$why" ]; then
			echo "ok $n - $name (LC_ALL=$loc)"
			continue
		fi
		failed=$((failed + 1))
		echo "not ok $n - $name (LC_ALL=$loc): $why"
		echo "# command: $cmd < $input"
		echo "# expected:"; od -c "$dir/expected" | head -n 20 | sed 's/^/#   /'
		echo "# actual:"; od -c "$tmp/out" | head -n 20 | sed 's/^/#   /'
		echo "# stderr:"; sed 's/^/#   /' "$tmp/err" | head -n 10
	done
done
echo "1..$n"
echo "cli: $((n - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]

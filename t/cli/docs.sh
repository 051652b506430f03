#!/bin/sh
# The README and the man pages checked against the tools themselves:
#  - each tool's usage line (the first line of TOOL --help) is in its
#    README section, verbatim, and is its man page's SYNOPSIS;
#  - the options a tool accepts (asked of the tool: every letter that it
#    does not call unknown) are the usage line's, each one has an entry in
#    the man page's OPTIONS and in the help text, and is named in the
#    README, in the tool's section or the contract every tool keeps;
#  - the README's examples that show output give it;
#  - every tool's --version is the top entry of NEWS;
#  - the scores the README quotes are the ones the tools get
#    (t/eval/figures.sh -c).
#
# usage: sh t/cli/docs.sh BINDIR [SHARED]
set -u
bin=$(cd "${1:-cmd}" && pwd) || exit 1
shared=${2:-../shared}
top=$(cd "$(dirname "$0")/../.." && pwd) || exit 1
readme=$top/README
tmp=$(mktemp -d "${TMPDIR:-/tmp}/menafn-docs.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' HUP INT TERM

. "$top/t/cli/tap.sh"

# The README's section NAME...: from its title (a line underlined with
# dashes) to the next title.
section() {
	awk -v t="$1" '
	{ line[NR] = $0 }
	END {
		for (i = 1; i < NR; i++) {
			title = line[i + 1] ~ /^--+$/
			if (title && inside)
				break
			if (title && index(line[i], t) == 1)
				inside = 1
			if (inside)
				print line[i]
		}
	}' "$readme"
}

# The SYNOPSIS of a man page as the usage line writes it.
synopsis() {
	awk '
	/^\.Sh / { inside = $2 == "SYNOPSIS"; next }
	!inside || !/^\.Op / { next }
	$2 == "Fl" && NF == 3 { s = s " [-" $3 "]"; next }
	$2 == "Fl" && $4 == "Ar" { s = s " [-" $3 " " $5 "]"; next }
	$2 == "Ar" && NF == 2 { s = s " [file ...]"; next }
	{ s = s " ?" $0 }
	END { print substr(s, 2) }' "$1"
}

usage_in_readme() {	# tool usage
	section "$1:" | grep -q -x -F -e "    $2" ||
	    { echo "README's $1 section lacks the line:"; echo "    $2"; return 1; }
}

usage_is_synopsis() {	# page usage
	syn=$(synopsis "$1")
	[ "$syn" = "$2" ] ||
	    { echo "SYNOPSIS: $syn"; echo "usage:    $2"; return 1; }
}

# The letters of the options in a usage line, sorted.
usage_letters() {
	printf '%s\n' "$1" | tr ' ' '\n' | sed -n 's/^\[-\([A-Za-z]*\)\]*$/\1/p' |
	    fold -w 1 | LC_ALL=C sort | tr -d '\n'
}

# The letters the tool accepts: run each on no input and keep those it
# does not call unknown (-h and -V print help and version instead).
accepted_letters() {	# tool
	for c in a b c d e f g i j k l m n o p q r s t u v w x y z \
	    A B C D E F G H I J K L M N O P Q R S T U W X Y Z; do
		"$bin/$1" -$c </dev/null >/dev/null 2>"$tmp/err"
		grep -q -F "unknown option -$c" "$tmp/err" || printf '%s\n' "$c"
	done | LC_ALL=C sort | tr -d '\n'
}

same_letters() {	# tool usage
	acc=$(accepted_letters "$1")
	use=$(usage_letters "$2")
	[ "$acc" = "$use" ] ||
	    { echo "accepted: $acc"; echo "usage:    $use"; return 1; }
}

documented() {	# tool page letters
	ok=0
	section "$1:" >"$tmp/section"
	section "The contract every tool keeps" >>"$tmp/section"
	"$bin/$1" --help >"$tmp/help"
	for c in $(printf '%s' "$3" | fold -w 1) h V; do
		grep -q -E "^\\.It Fl $c( |\$)" "$2" ||
		    { echo "$2: no .It Fl $c"; ok=1; }
		grep -q -E "^  -$c( |,)" "$tmp/help" ||
		    { echo "$1 --help: no -$c"; ok=1; }
		case $c in h|V) continue ;; esac
		grep -q -E "\`-$c( [a-zA-Z]+)?\`" "$tmp/section" ||
		    { echo "README: $1's section and the contract never name \`-$c\`"; ok=1; }
	done
	grep -q -E '^\.It Fl h , Fl \\-help$' "$2" || { echo "$2: no --help"; ok=1; }
	grep -q -E '^\.It Fl V , Fl \\-version$' "$2" || { echo "$2: no --version"; ok=1; }
	return $ok
}

for t in menafn-strip menafn-paras menafn-quotes menafn-numbers; do
	page=$top/man/$t.1
	line=$("$bin/$t" --help | head -n 1)
	usage=${line#usage: }
	check "$t: usage line in the README" usage_in_readme "$t" "$usage"
	check "$t: usage line is the SYNOPSIS" usage_is_synopsis "$page" \
	    "${usage#$t }"
	check "$t: the options it accepts are the usage line's" \
	    same_letters "$t" "$usage"
	check "$t: every option in the man page, --help and README" \
	    documented "$t" "$page" "$(usage_letters "$usage")"
done
# The README's examples that show their output ("    $ command" and the
# lines under it) give that output, run from the top of the tree.
examples_hold() {
	rm -rf "$tmp/ex"
	mkdir "$tmp/ex"
	awk -v d="$tmp/ex" '
	function close_ex() { if (cmd != "" && out > 0) print cmd > (d "/" k ".cmd"); cmd = "" }
	/^    \$ / {
		close_ex()
		k++; cmd = substr($0, 7); out = 0
		next
	}
	cmd != "" && /^        / { cmd = ""; next }	# continued: shows no output
	cmd != "" && /^    / {
		print substr($0, 5) > (d "/" k ".out")
		out++
		next
	}
	{ close_ex() }
	END { close_ex() }' "$readme"
	ok=0
	ran=0
	for c in "$tmp"/ex/*.cmd; do
		[ -f "$c" ] || continue
		ran=$((ran + 1))
		(cd "$top" && PATH=$bin:$PATH LC_ALL=C sh -c "$(cat "$c")") \
		    >"$tmp/got" 2>&1
		if ! cmp -s "$tmp/got" "${c%.cmd}.out"; then
			echo "README: \$ $(cat "$c")"
			diff "${c%.cmd}.out" "$tmp/got" | head -n 10
			ok=1
		fi
	done
	[ "$ran" -gt 0 ] || { echo "no example with output found"; return 1; }
	return $ok
}
check "the README's examples give the output it shows" examples_hold

# The version of every tool is NEWS's top entry.
version_is_news() {	# tool
	news=$(sed -n 's/^menafn-tools \([0-9][0-9.]*\)$/\1/p' "$top/NEWS" | head -n 1)
	[ -n "$news" ] || { echo "NEWS has no entry 'menafn-tools N.N.N'"; return 1; }
	got=$("$bin/$1" --version)
	[ "$got" = "$1 (menafn-tools) $news" ] ||
	    { echo "$1 --version: $got"; echo "NEWS's top entry: $news"; return 1; }
}

for t in menafn-strip menafn-paras menafn-quotes menafn-numbers; do
	check "$t: --version is NEWS's top entry" version_is_news "$t"
done
check "README scores are make eval's" sh "$top/t/eval/figures.sh" -c "$bin" \
    "$shared"

tap_end docs

#!/bin/sh
# The scores of make eval and the pass rates of make conformance as the
# tables the README quotes, so that its figures cannot drift from the
# tools'.
#
# usage: sh t/eval/figures.sh [-w | -c] BINDIR [SHARED]
#   print the table;
#   -w  write it to t/eval/figures.txt and into the README between its
#       two marker lines (make figures; needs SHARED for the devset rows);
#   -c  check that the README's block is t/eval/figures.txt and that the
#       tools score what it says: every row when SHARED has the devset and
#       the conformance suite, else the held-out rows, which the tree
#       holds (make check).
# The conformance table needs t/conformance/conform built.
set -u
mode=print
case ${1:-} in
-w) mode=write; shift ;;
-c) mode=check; shift ;;
esac
bin=${1:-cmd}
shared=${2:-../shared}
here=$(cd "$(dirname "$0")" && pwd) || exit 1
top=$(cd "$here/../.." && pwd) || exit 1
stored=$top/t/eval/figures.txt
readme=$top/README
begin='<!-- make figures: t/eval/figures.txt -->'
end='<!-- end of make figures -->'
tmp=$(mktemp -d "${TMPDIR:-/tmp}/menafn-figures.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' HUP INT TERM

devset=0
[ -d "$shared/devset/corpus" ] && devset=1
conform=0
[ -d "$shared/conformance/recognizers-text" ] && conform=1
if [ "$conform" -eq 1 ] && [ ! -x "$top/t/conformance/conform" ]; then
	echo "figures: t/conformance/conform not built (make t/conformance/conform)"
	exit 1
fi

# The scorers' output, each run headed "== TOOL: SET" as eval-all.sh does.
scores() {
	if [ "$devset" -eq 1 ]; then
		echo "== quotes: devset"
		sh "$here/eval-quotes.sh" "$shared/devset" "$bin" || return 1
		echo "== numbers: devset"
		sh "$here/eval-numbers.sh" "$shared/devset" "$bin" || return 1
	fi
	sh "$top/t/heldout/eval-all.sh" "$bin" || return 1
	if [ "$devset" -eq 1 ]; then
		echo "== quotes: polnear-train"
		sh "$here/eval-polnear.sh" "$shared/polnear-train" "$bin" || return 1
		echo "== numbers: polnear-numbers"
		sh "$here/eval-numbers-polnear.sh" "$shared/polnear-train" "$bin" || return 1
		echo "== numbers: polnear-numbers-b"
		EVAL_GOLD=$here/polnear-numbers-b.tsv sh "$here/eval-numbers-polnear.sh" \
		    "$shared/polnear-train" "$bin" || return 1
	fi
	if [ "$conform" -eq 1 ]; then
		echo "== conformance"
		"$top/t/conformance/conform" "$shared/conformance/recognizers-text"
	fi
}

# One row per scored set from the scorers' summary lines: for quotes
# precision, recall, F1 and speakers lenient (exact); for numbers value
# precision, recall, F1 and value-plus-unit F1.
table() {
	printf '%-8s %-16s %9s %7s %6s  %s\n' tool set precision recall F1 \
	    'speakers lenient (exact) / value+unit F1'
	awk -F '\t' '
	/^== conformance/ {
		printf "\n%-38s %5s %6s %7s %9s\n", "conformance suite", \
		    "cases", "passed", "skipped", "pass rate"
		conf = 1
		FS = " "
		next
	}
	conf {
		$0 = $0
		if (/ pass rate /) {
			suite = $1; sub(/\.json$/, "", suite)
			skipped = $9; sub(/\)$/, "", skipped)
			printf "%-38s %5s %6s %7s %9s\n", suite, $3, $5, skipped, $NF
		}
		next
	}
	/^== / {
		split($0, w, " ")
		tool = w[2]; sub(/:$/, "", tool); set = w[3]
		if (set ~ /articles\.txt$/) {
			n = set; sub(/.*\//, "", n); sub(/articles\.txt$/, "", n)
			sub(/^round/, "", n); sub(/-$/, "", n)
			set = "held-out " (n == "" ? 1 : n)
		}
		next
	}
	$1 == "summary" && NF == 11 {
		printf "%-8s %-16s %9s %7s %6s  %s (%s)\n", tool, set, $3, $4, $5, $8, $7
	}
	$1 == "summary" && NF == 8 {
		printf "%-8s %-16s %9s %7s %6s  %s\n", tool, set, $3, $4, $5, $8
	}'
}

scores >"$tmp/scores" || { cat "$tmp/scores"; echo "figures: a scorer failed"; exit 1; }
table <"$tmp/scores" >"$tmp/table"
[ "$(wc -l <"$tmp/table")" -gt 1 ] || { echo "figures: nothing scored"; exit 1; }

# The README's lines between the markers, without their indent.
block() {
	awk -v b="$begin" -v e="$end" '
	$0 == e { inside = 0 }
	inside { sub(/^    /, ""); print }
	$0 == b { inside = 1 }' "$readme"
}

case $mode in
print)
	cat "$tmp/table"
	;;
write)
	if [ "$devset" -eq 0 ] || [ "$conform" -eq 0 ]; then
		echo "figures: no devset or conformance suite in $shared; the tables need them (SHARED=...)"
		exit 1
	fi
	grep -q -x -F -e "$begin" "$readme" && grep -q -x -F -e "$end" "$readme" ||
	    { echo "figures: README lacks the marker lines"; exit 1; }
	cp "$tmp/table" "$stored" || exit 1
	awk -v b="$begin" -v e="$end" -v t="$tmp/table" '
	$0 == e { inside = 0 }
	inside { next }
	{ print }
	$0 == b {
		inside = 1
		while ((getline l < t) > 0)
			print (l == "" ? "" : "    " l)
	}' "$readme" >"$tmp/readme" && cp "$tmp/readme" "$readme" || exit 1
	echo "figures: wrote $stored and the README's block"
	;;
check)
	failed=0
	block >"$tmp/block"
	if ! cmp -s "$tmp/block" "$stored"; then
		echo "figures: the README's block differs from t/eval/figures.txt (make figures):"
		diff "$stored" "$tmp/block"
		failed=1
	fi
	# Without ../shared: the held-out rows, up to the conformance table.
	if [ "$devset" -eq 1 ] && [ "$conform" -eq 1 ]; then
		cp "$stored" "$tmp/want"
	elif [ "$devset" -eq 0 ] && [ "$conform" -eq 0 ]; then
		awk '/^$/ { exit } !/^[a-z]+ +(devset|polnear)/ { print }' "$stored" \
		    >"$tmp/want"
		echo "figures: nothing in $shared; held-out rows only"
	else
		echo "figures: $shared has only one of devset and conformance"
		exit 1
	fi
	if ! cmp -s "$tmp/want" "$tmp/table"; then
		echo "figures: the tools score otherwise than t/eval/figures.txt says (make figures):"
		diff "$tmp/want" "$tmp/table"
		failed=1
	fi
	[ "$failed" -eq 0 ] || exit 1
	echo "figures: README and t/eval/figures.txt agree with make eval"
	;;
esac

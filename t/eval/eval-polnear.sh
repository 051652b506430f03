#!/bin/sh
# Score menafn-quotes on polnear-train (real news, 840 articles):
#   t/eval/eval-polnear.sh [polnear-dir [bin-dir]]
# Each docs/<doc>.txt is read raw (-r), as its README says; gold.tsv has
# doc quote kind speaker.  Scores as t/eval/score-quotes.awk says; with
# EVAL_MISSES=FILE the misses are written there.  EVAL_HALF=odd or even
# scores only the docs at odd (1st, 3rd, ...) or even positions in name
# order, with their gold rows: one half to take rules from, one to check.
# A no-break space is a space here, in the tool's rows as in the gold's:
# the tool writes the text's bytes, the gold a plain space for U+00A0.
set -u
dir=${1:-../shared/polnear-train}
bin=${2:-cmd}
here=$(dirname "$0")
if [ ! -d "$dir/docs" ] || [ ! -f "$dir/gold.tsv" ]; then
	echo "eval-polnear: no polnear-train at $dir; nothing scored"
	exit 0
fi
[ -x "$bin/menafn-quotes" ] || { echo "eval-polnear: $bin/menafn-quotes not built (run make)" >&2; exit 1; }
LC_ALL=C
export LC_ALL
status=0
half=${EVAL_HALF:-}
case $half in
''|odd|even) ;;
*) echo "eval-polnear: EVAL_HALF must be odd or even" >&2; exit 2 ;;
esac
n=0
{
	for f in "$dir"/docs/*.txt; do
		n=$((n + 1))
		[ "$half" = odd ] && [ $((n % 2)) -eq 0 ] && continue
		[ "$half" = even ] && [ $((n % 2)) -eq 1 ] && continue
		doc=${f##*/}
		doc=${doc%.txt}
		"$bin/menafn-quotes" -r ${EVAL_QUOTES_OPTS:-} "$f" |
		awk -F '\t' -v doc="$doc" '{ print "P\t" doc "\t" $NF "\t" $4 }' ||
		    status=1
		echo "D	$doc"
	done
	awk -F '\t' 'NR > 1 { print "G\t" $1 "\t" $2 "\t" $4 "\t" $3 }' "$dir/gold.tsv"
} | awk -F '\t' -v half="$half" '
	# the gold writes a no-break space (U+00A0) of the text as a space
	{ gsub(/\302\240/, " ") }
	half == "" { if ($1 != "D") print; next }
	$1 == "D" { keep[$2] = 1; next }
	$1 == "G" && !($2 in keep) { next }
	{ print }' | awk -v name=polnear-train -v misses="${EVAL_MISSES:-}" -f "$here/score-quotes.awk"
exit $status

#!/bin/sh
# Score menafn-quotes on polnear-train (real news, 840 articles):
#   t/eval/eval-polnear.sh [polnear-dir [bin-dir]]
# Each docs/<doc>.txt is read raw (-r), as its README says; gold.tsv has
# doc quote kind speaker.  Scores as t/eval/score-quotes.awk says; with
# EVAL_MISSES=FILE the misses are written there.
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
{
	for f in "$dir"/docs/*.txt; do
		doc=${f##*/}
		doc=${doc%.txt}
		"$bin/menafn-quotes" -r ${EVAL_QUOTES_OPTS:-} "$f" |
		awk -F '\t' -v doc="$doc" '{ print "P\t" doc "\t" $NF "\t" $4 }' ||
		    status=1
	done
	awk -F '\t' 'NR > 1 { print "G\t" $1 "\t" $2 "\t" $4 "\t" $3 }' "$dir/gold.tsv"
} | awk -v name=polnear-train -v misses="${EVAL_MISSES:-}" -f "$here/score-quotes.awk"
exit $status

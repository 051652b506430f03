#!/bin/sh
# Score menafn-numbers on the polnear-train articles annotated by hand in
# t/eval/polnear-numbers.tsv (doc text value kind unit counted; the texts
# stay in ../shared and are read raw, -r):
#   t/eval/eval-numbers-polnear.sh [polnear-dir [bin-dir]]
# Value F1 and value-plus-unit F1 as t/eval/score-numbers.awk says;
# EVAL_MISSES=FILE writes the misses.
set -u
dir=${1:-../shared/polnear-train}
bin=${2:-cmd}
here=$(dirname "$0")
gold=${EVAL_GOLD:-$here/polnear-numbers.tsv}
name=$(basename "$gold" .tsv)
if [ ! -d "$dir/docs" ]; then
	echo "eval-numbers-polnear: no polnear-train at $dir; nothing scored"
	exit 0
fi
[ -x "$bin/menafn-numbers" ] || { echo "eval-numbers-polnear: $bin/menafn-numbers not built (run make)" >&2; exit 1; }
LC_ALL=C
export LC_ALL
status=0
{
	for doc in $(awk -F '\t' 'NR > 1 && !seen[$1]++ { print $1 }' "$gold"); do
		"$bin/menafn-numbers" -r ${EVAL_NUMBERS_OPTS:-} "$dir/docs/$doc.txt" |
		awk -F '\t' -v doc="$doc" '{ print "P\t" doc "\t" $NF "\t" $4 "\t" $5 "\t" $6 }' ||
		    status=1
	done
	awk -F '\t' 'NR > 1 { print "G\t" $0 }' "$gold"
} | awk -v name="$name" -v misses="${EVAL_MISSES:-}" -f "$here/score-numbers.awk"
exit $status

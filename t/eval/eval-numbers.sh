#!/bin/sh
# Score menafn-numbers against a development set of real articles:
#   t/eval/eval-numbers.sh [devset-dir [bin-dir]]
#   t/eval/eval-numbers.sh articles-file gold-file [bin-dir]
# devset-dir holds corpus/NNN.txt and gold/numbers.tsv (doc text value
# kind unit); bin-dir holds menafn-strip and menafn-numbers.  Each article
# is run through menafn-strip | menafn-numbers.  In the second form the
# articles are all in one file and doc is the article's number in it,
# from 1, as menafn-strip counts them.
#
# Rows of kind year, date, time and other are "not a quantity": a gold row
# of those kinds is not required, and a row the tool labels so is not
# counted against it; the rest as t/eval/score-numbers.awk says (value F1,
# and value plus unit); EVAL_MISSES=FILE writes the misses and extras.
set -u

if [ $# -ge 2 ] && [ -f "$1" ]; then
	articles=$1
	gold=$2
	bin=${3:-cmd}
else
	articles=
	dev=${1:-../shared/devset}
	gold=$dev/gold/numbers.tsv
	bin=${2:-cmd}
fi

if [ -z "$articles" ] && { [ ! -d "$dev/corpus" ] || [ ! -f "$gold" ]; }; then
	echo "eval-numbers: no devset at $dev (corpus/ and gold/numbers.tsv); nothing scored"
	exit 0
fi
for t in menafn-strip menafn-numbers; do
	if [ ! -x "$bin/$t" ]; then
		echo "eval-numbers: $bin/$t not built (run make)" >&2
		exit 1
	fi
done

LC_ALL=C
export LC_ALL
tmp=${TMPDIR:-/tmp}/eval-numbers.$$
trap 'rm -f "$tmp"' EXIT HUP INT TERM

status=0
: > "$tmp"
# strip writes doc date source text; numbers adds num start end value
# kind unit text: value is field 7, kind 8, text 10.
if [ -n "$articles" ]; then
	"$bin/menafn-strip" < "$articles" | "$bin/menafn-numbers" |
	awk -F '\t' '{ print "P\t" $1 "\t" $10 "\t" $7 "\t" $8 "\t" $9 }' \
	    >> "$tmp" || status=1
else
	for f in "$dev"/corpus/*.txt; do
		doc=${f##*/}
		doc=${doc%.txt}
		"$bin/menafn-strip" < "$f" | "$bin/menafn-numbers" |
		awk -F '\t' -v doc="$doc" \
		    '{ print "P\t" doc "\t" $10 "\t" $7 "\t" $8 "\t" $9 }' \
		    >> "$tmp" || status=1
	done
fi
awk -F '\t' 'NR > 1 { print "G\t" $0 }' "$gold" >> "$tmp"

name=${EVAL_NAME:-${articles:-$dev}}
awk -v name="$name" -v misses="${EVAL_MISSES:-}" -v countless=1 -f "$(dirname "$0")/score-numbers.awk" "$tmp"
exit $status

#!/bin/sh
# Score menafn-quotes against a development set of real articles:
#   t/eval/eval-quotes.sh [devset-dir [bin-dir]]
#   t/eval/eval-quotes.sh articles-file gold-file [bin-dir]
# devset-dir holds corpus/NNN.txt and gold/quotes.tsv (doc quote kind
# speaker); bin-dir holds menafn-strip and menafn-quotes.  Each article is
# run through menafn-strip | menafn-quotes.  In the second form the
# articles are all in one file and doc is the article's number in it,
# from 1, as menafn-strip counts them.  A quotation matches a gold row
# of the same article when their texts agree with quotation marks removed
# and white space collapsed.  Prints precision, recall, F1 and the speaker
# scores of t/eval/score-quotes.awk; EVAL_MISSES=FILE writes the misses.
set -u

if [ $# -ge 2 ] && [ -f "$1" ]; then
	articles=$1
	gold=$2
	bin=${3:-cmd}
else
	articles=
	dev=${1:-../shared/devset}
	gold=$dev/gold/quotes.tsv
	bin=${2:-cmd}
fi

if [ -z "$articles" ] && { [ ! -d "$dev/corpus" ] || [ ! -f "$gold" ]; }; then
	echo "eval-quotes: no devset at $dev (corpus/ and gold/quotes.tsv); nothing scored"
	exit 0
fi
for t in menafn-strip menafn-quotes; do
	if [ ! -x "$bin/$t" ]; then
		echo "eval-quotes: $bin/$t not built (run make)" >&2
		exit 1
	fi
done

LC_ALL=C
export LC_ALL
tmp=${TMPDIR:-/tmp}/eval-quotes.$$
trap 'rm -f "$tmp"' EXIT HUP INT TERM

status=0
: > "$tmp"
# strip writes doc date source text; quotes adds quote start end speaker
# text: speaker is field 7, the quotation field 8.
if [ -n "$articles" ]; then
	"$bin/menafn-strip" < "$articles" | "$bin/menafn-quotes" |
	awk -F '\t' '{ print "P\t" $1 "\t" $8 "\t" $7 }' >> "$tmp" ||
	    status=1
else
	for f in "$dev"/corpus/*.txt; do
		doc=${f##*/}
		doc=${doc%.txt}
		"$bin/menafn-strip" < "$f" | "$bin/menafn-quotes" |
		awk -F '\t' -v doc="$doc" \
		    '{ print "P\t" doc "\t" $8 "\t" $7 }' >> "$tmp" || status=1
	done
fi
awk -F '\t' 'NR > 1 { print "G\t" $1 "\t" $2 "\t" $4 "\t" $3 }' \
    "$gold" >> "$tmp"

name=${EVAL_NAME:-${articles:-$dev}}
awk -v name="$name" -v misses="${EVAL_MISSES:-}" -f "$(dirname "$0")/score-quotes.awk" "$tmp"
exit $status

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
# counted against it.  A gold quantity row is found when an unused tool
# row of the same article overlaps its text (one text contains the other)
# and has the same value (numerically; ranges as written).  Prints the
# misses and the extra rows, then precision, recall and F1.
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
	awk -F '\t' '{ print "P\t" $1 "\t" $10 "\t" $7 "\t" $8 }' \
	    >> "$tmp" || status=1
else
	for f in "$dev"/corpus/*.txt; do
		doc=${f##*/}
		doc=${doc%.txt}
		"$bin/menafn-strip" < "$f" | "$bin/menafn-numbers" |
		awk -F '\t' -v doc="$doc" \
		    '{ print "P\t" doc "\t" $10 "\t" $7 "\t" $8 }' \
		    >> "$tmp" || status=1
	done
fi
awk -F '\t' 'NR > 1 { print "G\t" $1 "\t" $2 "\t" $3 "\t" $4 }' \
    "$gold" >> "$tmp"

awk -F '\t' '
function quantity(k) {
	return k != "year" && k != "date" && k != "time" && k != "other"
}
function same(a, b) {
	if (a ~ /^-?[0-9.]+$/ && b ~ /^-?[0-9.]+$/)
		return a + 0 == b + 0
	return a == b
}
function overlap(a, b) {
	return index(a, b) > 0 || index(b, a) > 0
}
!(($2) in seen) { seen[$2] = 1; docs[++nd] = $2 }
$1 == "P" && quantity($5) {
	n = ++np[$2]
	ptext[$2, n] = $3
	pval[$2, n] = $4
	ptot++
}
$1 == "G" && quantity($5) {
	n = ++ng[$2]
	gtext[$2, n] = $3
	gval[$2, n] = $4
	gtot++
}
END {
	for (x = 1; x <= nd; x++) {
		d = docs[x]
		for (i = 1; i <= ng[d]; i++) {
			for (j = 1; j <= np[d]; j++)
				if (!used[d, j] && same(pval[d, j], gval[d, i]) &&
				    overlap(ptext[d, j], gtext[d, i]))
					break
			if (j <= np[d]) {
				used[d, j] = 1
				tp++
			} else
				printf "missed %s: %s (%s)\n", d, gtext[d, i], gval[d, i]
		}
		for (j = 1; j <= np[d]; j++)
			if (!used[d, j])
				printf "extra  %s: %s (%s)\n", d, ptext[d, j], pval[d, j]
	}
	p = ptot ? tp / ptot : 0
	r = gtot ? tp / gtot : 0
	f = p + r ? 2 * p * r / (p + r) : 0
	printf "numbers: gold %d, found %d, matched %d\n", gtot, ptot, tp
	printf "precision %.3f  recall %.3f  F1 %.3f\n", p, r, f
}' "$tmp"
exit $status

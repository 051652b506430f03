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
# and white space collapsed.  Prints precision, recall, F1, and the share
# of gold speech quotations whose speaker the tool names exactly.
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

awk -F '\t' '
function norm(s) {
	gsub(/\\n|\\t|\\r/, " ", s)
	gsub(/\342\200\234|\342\200\235|\342\200\236|\342\200\230|\342\200\231|\342\200\232|\302\253|\302\273|\342\200\271|\342\200\272|\343\200\214|\343\200\215|\343\200\216|\343\200\217|"|\047|`/, "", s)
	gsub(/[ \t]+/, " ", s)
	sub(/^ /, "", s)
	sub(/ $/, "", s)
	return s
}
$1 == "P" { k = $2 SUBSEP norm($3); pred[k]++; pspk[k, pred[k]] = norm($4); np++ }
$1 == "G" { ng++; k = $2 SUBSEP norm($3); gold[++gn] = k; gk[gn] = $5; gs[gn] = norm($4) }
END {
	for (i = 1; i <= gn; i++) {
		k = gold[i]
		if (used[k] < pred[k]) {
			used[k]++
			tp++
			if (gk[i] == "speech") {
				ns++
				if (pspk[k, used[k]] == gs[i])
					ok++
				else {
					split(k, a, SUBSEP)
					printf "speaker %s: want \"%s\", got \"%s\"\n", a[1], gs[i], pspk[k, used[k]]
				}
			}
		} else {
			split(k, a, SUBSEP)
			if (gk[i] == "speech")
				ns++
			printf "missed %s: %s\n", a[1], substr(a[2], 1, 70)
		}
	}
	for (k in pred)
		if (pred[k] > used[k]) {
			split(k, a, SUBSEP)
			printf "extra  %s: %s\n", a[1], substr(a[2], 1, 70)
		}
	p = np ? tp / np : 1
	r = ng ? tp / ng : 1
	f = p + r ? 2 * p * r / (p + r) : 0
	printf "quotes: predicted %d, gold %d, matched %d\n", np, ng, tp
	printf "precision %.3f  recall %.3f  F1 %.3f\n", p, r, f
	printf "speakers: %d of %d speech quotations right (%.3f)\n", ok, ns, ns ? ok / ns : 1
}' "$tmp"
exit $status

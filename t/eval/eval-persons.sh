#!/bin/sh
# Score menafn-quotes -p's person column on t/eval/polnear-persons.tsv:
#   t/eval/eval-persons.sh [polnear-dir [bin-dir]]
# Each row names a gold row of polnear-train's gold.tsv (its number after
# the header), its doc and the person read by hand.  The doc is run
# through menafn-quotes -r -p; the row whose text is the gold row's
# quotation (the first such) gives the tool's person, which is right when
# it equals the hand person after trimming, or holds all its words.
#
# EVAL_DRAW=c prints the rows (row, doc, speaker) of the third sample,
# polnear-persons-c.tsv, by its fixed rule: of the qualifying speech rows
# (a pronoun he she they I we, one capitalised word with or without Mr.
# Mrs. Ms. Dr., or a role starting "the", under LC_ALL=C), those of the
# docs at odd positions in name order (the half rules are taken from)
# that neither earlier sample holds, every 25th from the 13th, the first
# 100.  EVAL_DRAW=d prints the fourth, polnear-persons-d.tsv: the same
# qualifying rows of the odd half that none of the first three samples
# holds, every 25th from the 1st, the first 100.
set -u
dir=${1:-../shared/polnear-train}
bin=${2:-cmd}
here=$(dirname "$0")
gold=${EVAL_GOLD:-$here/polnear-persons.tsv}
name=$(basename "$gold" .tsv)
if [ ! -d "$dir/docs" ] || [ ! -f "$dir/gold.tsv" ]; then
	echo "eval-persons: no polnear-train at $dir; nothing scored"
	exit 0
fi
[ -x "$bin/menafn-quotes" ] || { echo "eval-persons: $bin/menafn-quotes not built (run make)" >&2; exit 1; }
LC_ALL=C
export LC_ALL
case ${EVAL_DRAW:-} in
c)	used="$here/polnear-persons.tsv $here/polnear-persons-b.tsv" first=13 ;;
d)	used="$here/polnear-persons.tsv $here/polnear-persons-b.tsv"
	used="$used $here/polnear-persons-c.tsv" first=1 ;;
*)	used= ;;
esac
if [ -n "$used" ]; then
	ls "$dir/docs" | sort | awk 'NR % 2 == 1 { sub(/\.txt$/, ""); print }' |
	awk -F '\t' -v used="$used" -v first="$first" '
	BEGIN {
		n = split(used, f, " ")
		for (i = 1; i <= n; i++)
			while ((getline l < f[i]) > 0) {
				split(l, c, "\t")
				taken[c[1]] = 1
			}
	}
	FILENAME == "-" { odd[$0] = 1; next }
	FNR > 1 && $3 == "speech" && ($4 ~ /^([Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)$/ ||
	    $4 ~ /^((Mr|Mrs|Ms|Dr)\. )?[A-Z][[:alpha:]\342\200\231\047.-]+$/ ||
	    $4 ~ /^the [a-z]/) && ($1 in odd) && !((FNR - 1) in taken) {
		if (++k % 25 == first % 25 && ++drawn <= 100)
			print FNR - 1 "\t" $1 "\t" $4
	}' - "$dir/gold.tsv"
	exit 0
fi
status=0
{
	for doc in $(awk -F '\t' 'NR > 1 { print $2 }' "$gold" | sort -u); do
		"$bin/menafn-quotes" -r -p "$dir/docs/$doc.txt" |
		awk -F '\t' -v doc="$doc" '{ print "P\t" doc "\t" $6 "\t" $5 "\t" $4 }' ||
		    status=1
	done
	awk -F '\t' 'NR > 1 { print "G\t" NR - 1 "\t" $2 }' "$dir/gold.tsv"
	awk -F '\t' 'NR > 1 { print "H\t" $1 "\t" $2 "\t" $4 }' "$gold"
} | awk -F '\t' -v name="$name" -v misses="${EVAL_MISSES:-}" '
function trim(s) { gsub(/^[ \t]+|[ \t]+$/, "", s); return s }
# Is every word of h among the words of t?
function words_in(h, t,    hw, tw, n, m, i, j, seen) {
	n = split(h, hw, / +/)
	m = split(t, tw, / +/)
	for (j = 1; j <= m; j++) seen[tw[j]] = 1
	for (i = 1; i <= n; i++) if (!(hw[i] in seen)) return 0
	return n > 0
}
$1 == "P" {
	k = $2 SUBSEP $3
	if (!(k in tool)) { tool[k] = $4; said[k] = $5 }
	next
}
$1 == "G" { quote[$2] = $3; next }
$1 == "H" {
	n++
	k = $3 SUBSEP quote[$2]
	got = (k in tool) ? trim(tool[k]) : ""
	want = trim($4)
	if (got == want || words_in(want, got)) { right++; next }
	if (got == "") none++
	else if (got == trim(said[k])) kept++
	else other++
	if (misses != "") print $2 "\t" $3 "\twant " want "\tgot " got > misses
}
END {
	printf "%s: %d of %d right (%.3f)\n", name, right, n, n ? right / n : 0
	printf "%s wrong: %d another name, %d left as written, %d no speaker\n",
	    name, other, kept, none
	printf "summary\t%s\t%d\t%d\t%.3f\n", name, right, n, n ? right / n : 0
}'
exit $status

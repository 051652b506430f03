#!/bin/sh
# make eval: score both extractors on the development set, every held-out
# round and polnear-train (and -p's persons on polnear-persons.tsv), then
# print one table of the quotation scores.
# usage: t/eval/all.sh [shared-dir [bin-dir]]
set -u
shared=${1:-../shared}
bin=${2:-cmd}
here=$(dirname "$0")
tmp=$(mktemp "${TMPDIR:-/tmp}/menafn-eval.XXXXXX") || exit 1
trap 'rm -f "$tmp"' EXIT
rv=0
{
	echo "== quotes: devset"
	EVAL_NAME=devset sh "$here/eval-quotes.sh" "$shared/devset" "$bin" || rv=1
	echo "== numbers: devset"
	EVAL_NAME=devset sh "$here/eval-numbers.sh" "$shared/devset" "$bin" || rv=1
	sh "$here/../heldout/eval-all.sh" "$bin" || rv=1
	echo "== numbers: polnear-train, annotated"
	sh "$here/eval-numbers-polnear.sh" "$shared/polnear-train" "$bin" || rv=1
	echo "== numbers: polnear-train, second annotated set (held out)"
	EVAL_GOLD=$here/polnear-numbers-b.tsv \
	    sh "$here/eval-numbers-polnear.sh" "$shared/polnear-train" "$bin" || rv=1
	echo "== quotes: polnear-train"
	sh "$here/eval-polnear.sh" "$shared/polnear-train" "$bin" || rv=1
	echo "== quotes -p: polnear-persons (who the speaker is)"
	sh "$here/eval-persons.sh" "$shared/polnear-train" "$bin" || rv=1
	echo "== quotes -p: polnear-persons-b (second sample, held out)"
	EVAL_GOLD=$here/polnear-persons-b.tsv \
	    sh "$here/eval-persons.sh" "$shared/polnear-train" "$bin" || rv=1
	echo "== quotes -p: polnear-persons-c (third sample, odd half)"
	EVAL_GOLD=$here/polnear-persons-c.tsv \
	    sh "$here/eval-persons.sh" "$shared/polnear-train" "$bin" || rv=1
	echo "== quotes -p: polnear-persons-d (fourth sample, odd half)"
	EVAL_GOLD=$here/polnear-persons-d.tsv \
	    sh "$here/eval-persons.sh" "$shared/polnear-train" "$bin" || rv=1
} | tee "$tmp" | grep -v '^summary'
echo
echo "Numbers: value P, R, F1 over the quantities (year, date, time and other"
echo "rows neither required nor counted); value plus unit P, R, F1."
awk -F '\t' '
BEGIN { printf "%-22s %6s %6s %6s %7s %7s %7s\n", "set", "P", "R", "F1", "unit P", "unit R", "unit F1" }
$1 == "summary" && NF == 8 {
	n = $2
	sub(/^.*\//, "", n)
	sub(/-articles\.txt$|\.txt$/, "", n)
	if (n == "articles") n = "round1"
	printf "%-22s %6s %6s %6s %7s %7s %7s\n", n, $3, $4, $5, $6, $7, $8
}' "$tmp"
echo
echo "Quotations: P, R, F1 over all gold rows; speakers over gold speech rows"
echo "with a speaker that were found (n): exact, lenient, pronouns alone"
echo "(lenient), named (a speaker given), right (lenient, where one is given)."
awk -F '\t' '
BEGIN { printf "%-22s %6s %6s %6s %5s %6s %6s %6s %6s %6s\n", "set", "P", "R", "F1", "n", "exact", "lenien", "pron", "named", "right" }
$1 == "summary" && NF == 11 {
	n = $2
	sub(/^.*\//, "", n)
	sub(/-articles\.txt$|\.txt$/, "", n)
	if (n == "articles") n = "round1"
	printf "%-22s %6s %6s %6s %5s %6s %6s %6s %6s %6s\n", n, $3, $4, $5, $6, $7, $8, $9, $10, $11
}' "$tmp"
exit $rv

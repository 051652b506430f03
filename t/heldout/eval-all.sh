#!/bin/sh
# Score menafn-quotes and menafn-numbers on every round of held-out
# articles: t/heldout/TOOL/articles.txt with gold.tsv, then
# roundN-articles.txt with roundN-gold.tsv for N = 2, 3, ... while there
# is one, with the scorers of make eval (t/eval/).
# usage: t/heldout/eval-all.sh [bin-dir]
set -u

here=$(dirname "$0")
bin=${1:-cmd}
rv=0

score() {	# tool articles gold
	echo "== $1: ${2#"$here"/}"
	sh "$here/../eval/eval-$1.sh" "$2" "$3" "$bin" || rv=1
}

for tool in quotes numbers; do
	score "$tool" "$here/$tool/articles.txt" "$here/$tool/gold.tsv"
	n=2
	while [ -f "$here/$tool/round$n-articles.txt" ]; do
		score "$tool" "$here/$tool/round$n-articles.txt" \
		    "$here/$tool/round$n-gold.tsv"
		n=$((n + 1))
	done
done
exit $rv

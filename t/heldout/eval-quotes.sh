#!/bin/sh
# Score menafn-quotes against a held-out set of articles written in the
# MENAFN input format, all in one file:
#   t/heldout/eval-quotes.sh [articles gold [bin-dir]]
# articles holds the articles one after another (each starts with its
# `date ... (MENAFN- Source)` header); gold is a TSV `doc quote kind
# speaker` whose doc is the article's number in the file, from 1.  The file
# is cut into one file per article and scored by t/eval/eval-quotes.sh, so
# the figures mean the same as make eval's.
set -u

here=$(dirname "$0")
arts=${1:-$here/quotes/articles.txt}
gold=${2:-$here/quotes/gold.tsv}
bin=${3:-cmd}

for f in "$arts" "$gold"; do
	if [ ! -f "$f" ]; then
		echo "eval-quotes: $f: no such file" >&2
		exit 1
	fi
done

tmp=${TMPDIR:-/tmp}/heldout-quotes.$$
trap 'rm -rf "$tmp"' EXIT HUP INT TERM
mkdir -p "$tmp/corpus" "$tmp/gold" || exit 1
cp "$gold" "$tmp/gold/quotes.tsv" || exit 1

# A header at the start of a line begins the next article, as for
# menafn-strip.
LC_ALL=C awk -v dir="$tmp/corpus" '
/^[ \t]*(date [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ \t]+)?\(MENAFN/ {
	if (out != "")
		close(out)
	out = dir "/" ++n ".txt"
}
out != "" { print > out }
' "$arts" || exit 1

sh "$here/../eval/eval-quotes.sh" "$tmp" "$bin"

#!/bin/sh
# bench/icount.sh [MB]: instructions per tool under callgrind, on the same
# corpora every run, so a change's cost is compared without the
# machine's noise: generated articles (bench/gen MB 1, default 16), and
# real text (the devset's articles and polnear-train's texts once, each
# with a MENAFN header, about 3.9 MB) when $BENCH_SHARED (default
# ../shared) has them, with tr -d '\r' on the same bytes for the ratio.
# menafn-strip reads the articles; the others read its output.
set -u
mb=${1:-16}
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${BENCH_BIN:-$top/cmd}
shared=${BENCH_SHARED:-$top/../shared}
command -v valgrind >/dev/null 2>&1 || { echo "icount: valgrind is not installed"; exit 0; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/menafn-icount.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
ir() {
	valgrind --tool=callgrind --callgrind-out-file="$tmp/cg" "$@" \
	    >/dev/null 2>"$tmp/log" || { cat "$tmp/log"; return 1; }
	awk '/Collected/ { print $NF }' "$tmp/log"
}
table() {
	"$bin/menafn-strip" <"$tmp/in.txt" >"$tmp/in.tsv" || exit 1
	echo "tool	options	instructions ($1)"
	printf 'menafn-strip\t\t%s\n' "$(ir "$bin/menafn-strip" "$tmp/in.txt")"
	for t in paras quotes numbers; do
		printf 'menafn-%s\t\t%s\n' $t "$(ir "$bin/menafn-$t" "$tmp/in.tsv")"
	done
	printf 'menafn-quotes\t-p\t%s\n' "$(ir "$bin/menafn-quotes" -p "$tmp/in.tsv")"
	printf 'menafn-numbers\t-be\t%s\n' "$(ir "$bin/menafn-numbers" -be "$tmp/in.tsv")"
}
"$top/bench/gen" "$mb" 1 >"$tmp/in.txt" || exit 1
table "$mb MiB generated"
sh "$top/bench/realtext.sh" "$shared" >"$tmp/in.txt" || {
	echo "icount: no devset or polnear-train at $shared: real text left out"
	exit 0
}
echo
table "real text, $(wc -c <"$tmp/in.txt") bytes"
printf 'tr\t-d \\r\t%s\n' "$(ir tr -d '\r' <"$tmp/in.txt")"

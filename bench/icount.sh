#!/bin/sh
# bench/icount.sh [MB]: instructions per tool under callgrind, on the same
# generated corpus every run (bench/gen MB 1, default 16), so a change's
# cost is compared without the machine's noise.  menafn-strip reads the
# articles; the others read its output.
set -u
mb=${1:-16}
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${BENCH_BIN:-$top/cmd}
command -v valgrind >/dev/null 2>&1 || { echo "icount: valgrind is not installed"; exit 0; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/menafn-icount.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
"$top/bench/gen" "$mb" 1 >"$tmp/in.txt" || exit 1
"$bin/menafn-strip" <"$tmp/in.txt" >"$tmp/in.tsv" || exit 1
ir() {
	valgrind --tool=callgrind --callgrind-out-file="$tmp/cg" "$@" \
	    >/dev/null 2>"$tmp/log" || { cat "$tmp/log"; return 1; }
	awk '/Collected/ { print $NF }' "$tmp/log"
}
echo "tool	options	instructions ($mb MiB)"
printf 'menafn-strip\t\t%s\n' "$(ir "$bin/menafn-strip" "$tmp/in.txt")"
for t in paras quotes numbers; do
	printf 'menafn-%s\t\t%s\n' $t "$(ir "$bin/menafn-$t" "$tmp/in.tsv")"
done
printf 'menafn-quotes\t-p\t%s\n' "$(ir "$bin/menafn-quotes" -p "$tmp/in.tsv")"
printf 'menafn-numbers\t-be\t%s\n' "$(ir "$bin/menafn-numbers" -be "$tmp/in.tsv")"

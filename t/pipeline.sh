#!/bin/sh
# Every pipeline over every file of a data directory: each exits 0 and
# writes rows with one field count.
#
# usage: sh t/pipeline.sh BINDIR DATADIR
set -u
bin=$(cd "${1:-cmd}" && pwd) || exit 1
data=${2:-t/data}
tmp=$(mktemp) || exit 1
trap 'rm -f "$tmp"' EXIT
rc=0
runs=0
for f in "$data"/*; do
	for tail in "menafn-paras" "menafn-paras | menafn-quotes" \
	    "menafn-quotes" "menafn-paras | menafn-numbers" \
	    "menafn-quotes | menafn-numbers"; do
		missing=
		for t in $tail; do
			case $t in menafn-*) [ -x "$bin/$t" ] || missing=$t;; esac
		done
		[ -z "$missing" ] || continue
		PATH=$bin:$PATH bash -c "set -o pipefail; menafn-strip \"\$1\" | $tail" \
		    sh "$f" >"$tmp"
		status=$?
		counts=$(awk -F '\t' '{ print NF }' "$tmp" | sort -u | tr '\n' ' ')
		runs=$((runs + 1))
		case $counts in
		*" "?*) ok=0 ;;	# more than one count
		*) ok=1 ;;
		esac
		if [ "$status" -ne 0 ] || [ "$ok" -eq 0 ]; then
			echo "pipeline: $f | $tail: status $status, field counts: $counts"
			rc=1
		fi
	done
done
[ "$rc" -eq 0 ] && echo "pipeline: $runs runs over $data, each with one field count"
exit "$rc"

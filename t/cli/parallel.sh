#!/bin/sh
# Scale-out: every tool after menafn-strip is a map over lines, and
# menafn-strip a map over files.  GNU parallel cutting the work up must give,
# after sort, exactly the rows of the sequential pipeline.
#
# usage: sh t/cli/parallel.sh BINDIR
set -u
bin=$(cd "${1:-cmd}" && pwd) || exit 1
PATH=$bin:$PATH
export PATH
if ! command -v parallel >/dev/null 2>&1; then
	echo "1..0 # skip: GNU parallel is not installed"
	exit 0
fi
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
top=$(cd "$(dirname "$0")/../.." && pwd)

# Forty articles in four files, with varied dates, numbers and quotes.
i=0
while [ $i -lt 40 ]; do
	f=$tmp/feed$((i % 4)).txt
	{
		printf 'date 2025-01-%02d (MENAFN- Source %d) Article %d.\n\n' \
		    $((i % 28 + 1)) $((i % 3)) $i
		cat "$top/sample/ukrinform.txt"
		printf '\n\n\342\200\234Quote number %d,\342\200\235 he said, adding %d percent.\n' \
		    $i $((i * 7))
	} >>"$f"
	i=$((i + 1))
done

n=0
failed=0
check() {
	n=$((n + 1))
	if cmp -s "$tmp/seq" "$tmp/par"; then
		echo "ok $n - $1"
	else
		failed=$((failed + 1))
		echo "not ok $n - $1"
		diff "$tmp/seq" "$tmp/par" | head -n 5 | sed 's/^/# /'
	fi
}

cat "$tmp"/feed*.txt | menafn-strip > "$tmp/stripped"
for tail in menafn-paras menafn-quotes menafn-numbers \
    "menafn-paras | menafn-quotes" "menafn-paras | menafn-numbers"; do
	first=${tail%% *}
	[ -x "$bin/$first" ] || continue
	case $tail in *'|'*) last=${tail##* }; [ -x "$bin/$last" ] || continue;; esac
	sh -c "$tail" < "$tmp/stripped" | sort > "$tmp/seq"
	parallel --will-cite --pipe --block 4k -j2 "$tail" < "$tmp/stripped" | sort > "$tmp/par"
	check "parallel --pipe $tail"
done

(cd "$tmp" && menafn-strip feed0.txt feed1.txt feed2.txt feed3.txt) | sort > "$tmp/seq"
(cd "$tmp" && parallel --will-cite -j2 menafn-strip ::: feed0.txt feed1.txt feed2.txt feed3.txt) |
    sort > "$tmp/par"
check "parallel menafn-strip ::: files"

echo "1..$n"
echo "parallel: $((n - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]

#!/bin/sh
# The golden record: every tool under every option set, on every input
# form, over a fixed corpus, reduced to one SHA-256 of stdout, the exit
# status and one SHA-256 of stderr per run.  Restructuring must leave the
# record byte-identical; a change of output on purpose rewrites it in the
# same commit.
#
# usage: sh t/golden/run.sh [-w] BINDIR [SHARED]
#   compare with t/golden/record (exit 1 and the differing runs listed);
#   -w writes the record instead.
#
# The corpus: bench/gen at a fixed size and seed (also as one line), t/data,
# the sample, and, when SHARED is there, its devset articles and its
# polnear-train texts (read from there, given a header each).  Every tool
# reads stdin, and menafn-strip names documents by -p, so no path reaches
# the output.
set -u
write=0
[ "${1:-}" = -w ] && { write=1; shift; }
bin=$(cd "${1:-cmd}" && pwd) || exit 1
shared=${2:-../shared}
top=$(cd "$(dirname "$0")/../.." && pwd)
record=$top/t/golden/record
tmp=$(mktemp -d "${TMPDIR:-/tmp}/menafn-golden.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' HUP INT TERM

[ -x "$top/bench/gen" ] || { echo "golden: build bench/gen first (make bench/gen)"; exit 1; }
"$top/bench/gen" 4 7 >"$tmp/gen.txt" || exit 1
"$top/bench/gen" -1 1 11 >"$tmp/genline.txt" || exit 1
cat "$top"/t/data/*.txt >"$tmp/tdata.txt"
cp "$top/sample/ukrinform.txt" "$tmp/sample.txt"
corpora="gen genline tdata sample"
if [ -d "$shared/devset/corpus" ] && [ -d "$shared/polnear-train/docs" ]; then
	cat "$shared"/devset/corpus/*.txt >"$tmp/devset.txt"
	for f in "$shared"/polnear-train/docs/*.txt; do
		d=${f##*/}
		printf 'date 2016-01-01 (MENAFN- polnear %s)\n' "${d%.txt}"
		cat "$f"
		printf '\n'
	done >"$tmp/polnear.txt"
	corpora="$corpora devset polnear"
else
	echo "golden: $shared has no devset or polnear-train; those runs are left out"
fi

sha() { sha256sum | cut -c1-16; }

# run NAME TOOL INPUT [OPTIONS...]: one line of the record.
run() {
	name=$1 tool=$2 in=$3
	shift 3
	"$bin/$tool" "$@" <"$in" >"$tmp/out" 2>"$tmp/err"
	st=$?
	printf '%s\t%s\t%s\t%s\n' "$name" "$(sha <"$tmp/out")" "$st" \
	    "$(sha <"$tmp/err")"
}

# Option sets, ';'-separated; '-' is the default run.
paras_opts='-;-b;-l;-m 4096'
quotes_opts='-;-n;-o;-p;-nop;-m 4096;-np'
numbers_opts='-;-b;-e;-be;-k currency,percent;-k number -k year;-bek range;-m 4096'


for c in $corpora; do
	src=$tmp/$c.txt
	for o in '' -k -H -kH; do
		# shellcheck disable=SC2086
		run "$c strip $o" menafn-strip "$src" -p "$c" $o
	done
	"$bin/menafn-strip" -p "$c" <"$src" >"$tmp/s.tsv" 2>/dev/null
	"$bin/menafn-strip" -H -p "$c" <"$src" >"$tmp/sh.tsv" 2>/dev/null
	"$bin/menafn-paras" <"$tmp/s.tsv" >"$tmp/p.tsv" 2>/dev/null
	"$bin/menafn-paras" -H <"$tmp/sh.tsv" >"$tmp/ph.tsv" 2>/dev/null
	for t in paras quotes numbers; do
		eval "opts=\$${t}_opts"
		for form in strip paras raw; do
			case $form in
			strip) in=$tmp/s.tsv; r= ;;
			paras) in=$tmp/p.tsv; r= ;;
			raw) in=$src; r=-r ;;
			esac
			IFS=';'
			for o in $opts; do
				unset IFS
				[ "$o" = - ] && o=
				# shellcheck disable=SC2086
				run "$c $form $t $r $o" "menafn-$t" "$in" $r $o
				IFS=';'
			done
			unset IFS
		done
		run "$c strip-H $t -H" "menafn-$t" "$tmp/sh.tsv" -H
		run "$c paras-H $t -H" "menafn-$t" "$tmp/ph.tsv" -H
	done
done >"$tmp/now"

if [ $write -eq 1 ]; then
	cp "$tmp/now" "$record"
	echo "golden: wrote $(wc -l <"$record" | tr -d ' ') runs to t/golden/record"
	exit 0
fi
# Compare only the runs whose corpus is here, so a tree without SHARED
# still checks the rest.
awk -F'\t' 'NR == FNR { have[$1] = 1; next } ($1 in have)' \
    "$tmp/now" "$record" >"$tmp/want"
if cmp -s "$tmp/want" "$tmp/now"; then
	echo "golden: $(wc -l <"$tmp/now" | tr -d ' ') runs identical to the record"
	exit 0
fi
echo "golden: these runs differ from t/golden/record (recorded, now):"
diff "$tmp/want" "$tmp/now" | grep '^[<>]'
exit 1

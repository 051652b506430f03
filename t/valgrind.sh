#!/bin/sh
# Run each tool found in BINDIR under valgrind on the sample and on a few
# bad inputs: memory errors or definite/indirect leaks fail the run.
# Skipped (exit 0, with a note) when valgrind is not installed.
#
# usage: sh t/valgrind.sh BINDIR
# Last line: "valgrind: N passed, M failed".

bindir=$(cd "${1:-cmd}" && pwd) || exit 1
top=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v valgrind >/dev/null 2>&1; then
	echo "1..0 # skip valgrind not installed"
	echo "valgrind: 0 passed, 0 failed, 1 skipped"
	exit 0
fi
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
LC_ALL=C
export LC_ALL

n=0
failed=0

# vg NAME STATUS INPUT TOOL ARGS...: under valgrind, TOOL must end with
# STATUS and valgrind must report no error and no definite leak.  Output
# goes to $vgout if set.
vg() {
	name=$1 want=$2 input=$3
	shift 3
	n=$((n + 1))
	valgrind -q --error-exitcode=1 --leak-check=full \
	    --errors-for-leak-kinds=definite,indirect \
	    --log-file="$tmp/vg" "$@" <"$input" >"${vgout:-$tmp/out}" \
	    2>"$tmp/err"
	st=$?
	if [ "$st" = "$want" ] && ! grep -q '^==[0-9]*== [A-Za-z]' "$tmp/vg"
	then
		echo "ok $n - $name"
		return
	fi
	failed=$((failed + 1))
	echo "not ok $n - $name: status $st (want $want)"
	grep '^==' "$tmp/vg" | head -n 20 | sed 's/^/#   /'
}

sample=$top/sample/ukrinform.txt
: >"$tmp/empty"
printf ' date 2025-01-24 (MENAFN- UkrinForm) a\000b \342\200\234c\000\342\200\235 5%% \377\376\303' \
    >"$tmp/bad"
printf '(MENAFN- S) one\r\n\r\ntwo\r\nMENAFN24012025000071011013ID1109123456\r\n\r\nLegal Disclaimer:\r\nkindly contact the provider above.\r\n(MENAFN) x\\' \
    >"$tmp/crlf"
printf 'a\tb\tone\nc\ttwo\nd\te\t\342\200\234three\\\n' >"$tmp/fewer"
# Numbers and marks that have tripped the extractors before.
printf '1990-$0 2:30, QAR 1,234.56 mil, 25%%, 1990-$000, 3rd, Jan. 5, 2024,\n' \
    >"$tmp/tricky"
printf '$4.5bn, 50 MW, -4, 0.25, 1,040,000 barrels, No. 7, \331\241\331\242 \342\202\2545 5\342\200\22310 km\n' \
    >>"$tmp/tricky"
printf '"Yes," he said. \342\200\234It\342\200\231s \342\200\230fine\342\200\231 now\342\200\235, said Ali. \302\253 Non \302\273 ``old'"''"'\n\n\342\200\234One\n\n\342\200\234Two.\342\200\235 \342\200\234' \
    >>"$tmp/tricky"
awk 'BEGIN { for (i = 0; i < 30000; i++) printf "w%d \342\200\234q\342\200\235 %d,5%% ", i, i }' \
    >"$tmp/long"

if [ -x "$bindir/menafn-strip" ]; then
	s=$bindir/menafn-strip
	"$s" "$sample" >"$tmp/rows" 2>/dev/null
	"$s" "$tmp/bad" "$tmp/crlf" "$tmp/long" >"$tmp/badrows" 2>/dev/null
	vg "menafn-strip: sample" 0 "$tmp/empty" "$s" -H "$sample"
	vg "menafn-strip: empty" 0 "$tmp/empty" "$s"
	vg "menafn-strip: NUL, bad UTF-8" 0 "$tmp/bad" "$s"
	vg "menafn-strip: CRLF, footer" 0 "$tmp/crlf" "$s"
	vg "menafn-strip -k: CRLF, footer" 0 "$tmp/crlf" "$s" -k
	vg "menafn-strip: missing file" 1 "$tmp/empty" "$s" "$tmp/none" "$sample"
	[ -w /dev/full ] && vgout=/dev/full &&
	    vg "menafn-strip >/dev/full" 1 "$tmp/empty" "$s" "$sample"
	vgout=
else
	printf '1\t\t\tOne.\\n\\nTwo "q" 5%%.\n' >"$tmp/rows"
	cp "$tmp/rows" "$tmp/badrows"
fi

for t in menafn-paras menafn-quotes menafn-numbers; do
	b=$bindir/$t
	[ -x "$b" ] || continue
	vg "$t: sample rows" 0 "$tmp/rows" "$b"
	vg "$t -r: sample" 0 "$sample" "$b" -r
	vg "$t: bad rows" 0 "$tmp/badrows" "$b"
	vg "$t -r: NUL, bad UTF-8" 0 "$tmp/bad" "$b" -r
	vg "$t -r: tricky numbers and marks" 0 "$tmp/tricky" "$b" -r
	vg "$t: too few fields" 1 "$tmp/fewer" "$b"
	vg "$t -m 64: a long text" 0 "$tmp/long" "$b" -r -m 64
	vg "$t: empty" 0 "$tmp/empty" "$b"
	vg "$t: missing file" 1 "$tmp/empty" "$b" "$tmp/none" "$tmp/rows"
	[ -w /dev/full ] && vgout=/dev/full &&
	    vg "$t >/dev/full" 1 "$tmp/rows" "$b"
	vgout=
done

echo "1..$n"
echo "valgrind: $((n - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]

#!/bin/sh
# Miller reading every chain's -H output, as a user's script would:
#  - the header names are the ones the man pages give, none repeated, so
#    mlr renames nothing and `mlr --tsv cat` gives back every byte;
#  - `mlr cut -f num_start` (and the other offsets) is the column of that
#    name, the row's own offset;
#  - the text field as mlr decodes it is the source's bytes at the row's
#    offsets (the source is an article with no MENAFN header, which
#    menafn-strip keeps whole, so offsets into its text are offsets into
#    the file).
# Skipped (exit 0) only when mlr is not installed; t/check.sh installs it.
#
# usage: sh t/cli/miller.sh BINDIR
bin=$(cd "${1:-cmd}" && pwd) || exit 1
top=$(cd "$(dirname "$0")/../.." && pwd) || exit 1
if ! command -v mlr >/dev/null 2>&1; then
	echo "miller: skip: mlr is not installed (apt-get install miller)"
	exit 0
fi
PATH=$bin:$PATH
LC_ALL=C
export PATH LC_ALL
tmp=$(mktemp -d "${TMPDIR:-/tmp}/menafn-miller.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' HUP INT TERM

. "$top/t/cli/tap.sh"

# CRLF lines, a TAB and a backslash inside a paragraph, curly quotes,
# numbers inside and outside quotations; no header, no final newline.
src=$tmp/src.txt
printf '%s\r\n\r\n%s\r\n\r\n%s' \
    'Trade rose 5% to $30 million in 2024, the minister said.' \
    '“We expect 20 ambulances and	a third more,” he said; a back\slash 1,200.' \
    'Ukraine plans: “It is 10-15 percent of 7 km,” said Viktor Lyashko.' >"$src"
cat "$src" "$top/sample/ukrinform.txt" "$top"/t/data/*.txt >"$tmp/all.txt"

T='	'
strip_h="doc${T}date${T}source"
paras_h="para${T}para_start${T}para_end"
quotes_h="quote${T}quote_start${T}quote_end${T}speaker"
numbers_h="num${T}num_start${T}num_end${T}value${T}kind${T}unit"

# chain NAME TOOLS...: menafn-strip -H | each tool -H, over file $in.
chain() {
	out=$1
	shift
	cmdline="menafn-strip -H"
	for t in "$@"; do
		cmdline="$cmdline | menafn-$t -H"
	done
	sh -c "$cmdline" <"$in" >"$out"
}

header_is() {	# file expected
	got=$(head -n 1 "$1")
	[ "$got" = "$2" ] || { echo "header: $got"; echo "wanted: $2"; return 1; }
}

mlr_gives_back() {	# file
	mlr --tsv cat "$1" >"$tmp/cat" || return 1
	cmp "$1" "$tmp/cat" || { diff "$1" "$tmp/cat" | head -n 5; return 1; }
}

# mlr's column NAME is column N of the file.
cut_is_column() {	# file name n
	mlr --itsv --onidx cut -f "$2" "$1" >"$tmp/mlr" || return 1
	awk -F '\t' -v n="$3" 'NR > 1 { print $n }' "$1" >"$tmp/awk"
	[ -s "$tmp/awk" ] || { echo "no rows"; return 1; }
	cmp "$tmp/mlr" "$tmp/awk" || { echo "mlr cut -f $2 is not column $3"; return 1; }
}

# A field of mlr's, or a number as it is.
field() {
	case $1 in
	[0-9]*) echo "$1" ;;
	*) echo "\$$1" ;;
	esac
}

# Every row's text, decoded by mlr, is the source's bytes at its offsets:
# base + start to base + end, base being the offset of the enclosing row.
text_at_offsets() {	# file base start end (fields or numbers)
	rm -rf "$tmp/rows"
	mkdir "$tmp/rows"
	b=$(field "$2") s=$(field "$3") e=$(field "$4")
	mlr --itsv --onidx put -q "
	    printn > \"$tmp/rows/\" . NR, \$text;
	    print NR . \" \" . ($b + $s) . \" \" . ($e - $s)" "$1" \
	    >"$tmp/spans" || return 1
	[ -s "$tmp/spans" ] || { echo "no rows"; return 1; }
	bad=0
	while read -r nr off len; do
		tail -c +"$((off + 1))" "$src" | head -c "$len" >"$tmp/want"
		cmp -s "$tmp/want" "$tmp/rows/$nr" ||
		    { echo "row $nr: text is not bytes $off+$len of the source"; bad=1; }
	done <"$tmp/spans"
	return $bad
}

in=$tmp/all.txt
chain "$tmp/pq" paras quotes
chain "$tmp/pn" paras numbers
chain "$tmp/qn" quotes numbers
for c in pq pn qn; do
	case $c in
	pq) h="$strip_h$T$paras_h$T$quotes_h${T}text"; name="strip|paras|quotes" ;;
	pn) h="$strip_h$T$paras_h$T$numbers_h${T}text"; name="strip|paras|numbers" ;;
	qn) h="$strip_h$T$quotes_h$T$numbers_h${T}text"; name="strip|quotes|numbers" ;;
	esac
	check "$name -H: header names" header_is "$tmp/$c" "$h"
	check "$name -H: mlr --tsv cat gives back every byte" \
	    mlr_gives_back "$tmp/$c"
done
check "strip|paras|numbers: mlr cut -f para_start is column 5" \
    cut_is_column "$tmp/pn" para_start 5
check "strip|paras|numbers: mlr cut -f num_start is column 8" \
    cut_is_column "$tmp/pn" num_start 8
check "strip|paras|numbers: mlr cut -f num_end is column 9" \
    cut_is_column "$tmp/pn" num_end 9
check "strip|quotes|numbers: mlr cut -f quote_start is column 5" \
    cut_is_column "$tmp/qn" quote_start 5
check "strip|quotes|numbers: mlr cut -f num_start is column 9" \
    cut_is_column "$tmp/qn" num_start 9
check "strip|paras|quotes: mlr cut -f quote_end is column 9" \
    cut_is_column "$tmp/pq" quote_end 9

in=$src
menafn-strip -H <"$src" >"$tmp/s"
chain "$tmp/p" paras
chain "$tmp/pq" paras quotes
chain "$tmp/pn" paras numbers
chain "$tmp/qn" quotes numbers
check "strip: mlr's text is the whole source" \
    text_at_offsets "$tmp/s" 0 0 "$(wc -c <"$src" | tr -d ' ')"
check "strip|paras: mlr's text is the source at para_start, para_end" \
    text_at_offsets "$tmp/p" 0 para_start para_end
check "strip|paras|quotes: the source at para_start + quote_start ..." \
    text_at_offsets "$tmp/pq" para_start quote_start quote_end
check "strip|paras|numbers: the source at para_start + num_start ..." \
    text_at_offsets "$tmp/pn" para_start num_start num_end
check "strip|quotes|numbers: the source at quote_start + num_start ..." \
    text_at_offsets "$tmp/qn" quote_start num_start num_end

tap_end miller

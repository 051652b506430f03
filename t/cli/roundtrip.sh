#!/bin/sh
# menafn-strip loses nothing but whitespace: undoing the four escapes of
# each row's text and putting a header back in front of it gives the input
# again, byte for byte, less the blanks trimmed after each header and at
# the end of each article.  And each paragraph menafn-paras writes is the
# span start..end of that unescaped text.
#
# usage: sh t/cli/roundtrip.sh [BINDIR]

bindir=$(cd "${1:-cmd}" && pwd) || exit 1
here=$(cd "$(dirname "$0")" && pwd)
sample=$here/../../sample/ukrinform.txt
PATH=$bindir:$PATH
LC_ALL=C
export PATH LC_ALL
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

pass=0
fail=0

# Undo \\ \t \n \r in s; any other backslash pair stays as it is.  A
# backslash comes out as byte 001 (no test input holds one), which keeps
# every step a gsub, linear in any awk; rebuild turns it back with tr.
unesc='
function unesc(s) {
	gsub(/\\\\/, "\001", s)
	gsub(/\\t/, "\t", s)
	gsub(/\\n/, "\n", s)
	gsub(/\\r/, "\r", s)
	gsub(/\\/, "\001", s)
	return s
}'

# Rows "doc date source text" back to articles, one LF between them.
rebuild() {
	awk -F '\t' "$unesc"'
	{
		printf "%s", (NR > 1 ? "\n" : "")
		if ($2 != "")
			printf "date %s ", $2
		printf "(MENAFN- %s) %s", $3, unesc($4)
	}' | tr '\001' '\134'
}

# Each paragraph row must be the span start..end of its record's text.
spans() {
	awk -F '\t' "$unesc"'
	NR == FNR { text[$1] = unesc($4); next }
	{
		want = substr(text[$1], $5 + 1, $6 - $5)
		if (unesc($7) != want) {
			printf "doc %s para %s: %s..%s is not the paragraph\n",
			    $1, $4, $5, $6
			bad = 1
		}
		rows++
	}
	END { if (rows == 0) print "no paragraphs"; exit bad || rows == 0 }' "$@"
}

result() {
	if [ "$2" = 0 ]; then
		pass=$((pass + 1))
		echo "ok - $1"
	else
		fail=$((fail + 1))
		echo "not ok - $1"
	fi
}

# check NAME INPUT EXPECTED [OPTION]: strip INPUT, rebuild, compare with
# EXPECTED.
check() {
	menafn-strip ${4:+"$4"} <"$2" >"$tmp/rows" &&
	    rebuild <"$tmp/rows" >"$tmp/back" &&
	    cmp "$3" "$tmp/back"
	result "strip $1" $?
	menafn-paras <"$tmp/rows" >"$tmp/paras" &&
	    spans "$tmp/rows" "$tmp/paras"
	result "paras $1" $?
}

# The sample: only its leading blank, before the header, is trimmed.
if [ -f "$sample" ]; then
	tail -c +2 "$sample" >"$tmp/sample.want"
	check sample "$sample" "$tmp/sample.want"
else
	result "sample: $sample missing" 1
fi

# Articles built from parts: header, gap (trimmed), body, tail (trimmed).
# The bodies hold CRLF line ends, TABs, backslashes, a literal "\t" and
# "\n", a backslash at the very end, and one has no final newline.
: >"$tmp/multi.in"
: >"$tmp/multi.want"
part() {
	printf '%s' "$1" >>"$tmp/multi.in"
	printf "$2" >>"$tmp/multi.in"
	printf "$3" >>"$tmp/multi.in"
	printf "$4" >>"$tmp/multi.in"
	printf '%s ' "$1" >>"$tmp/multi.want"
	printf "$3" >>"$tmp/multi.want"
	printf "$5" >>"$tmp/multi.want"
}
part 'date 2025-01-01 (MENAFN- Alpha)' '  \r\n\r\n' \
    'Line one\twith a tab.\r\n\r\nC:\\new and \\t as text\r\nend' \
    '\r\n\r\n' '\n'
part 'date 2025-01-02 (MENAFN- Kuwait News Agency (KUNA))' ' ' \
    'KUWAIT -- two \\\\ backslashes\n\n\tindented \\n line \\' \
    ' \t\n' '\n'
part 'date 2025-01-03 (MENAFN- Gamma)' '\n' \
    'Last\tone\r\nwith no final newline' '' ''
check multi "$tmp/multi.in" "$tmp/multi.want"

# With -k nothing but blanks goes, the footers included.
foot='MENAFN provides the information \342\200\234as is\342\200\235 without warranty of any kind. If you have any complaints or copyright issues related to this article, kindly contact the provider above.'
printf "date 2023-09-05 (MENAFN- KUNA) Body one.\n\ngta\n\nMENAFN05092023000071011013ID1107006744\n\nLegal Disclaimer:\n\n$foot\ndate 2023-09-06 (MENAFN- KUNA) Body two.\n$foot" >"$tmp/foot.want"
{ cat "$tmp/foot.want"; printf '\n\n'; } >"$tmp/foot.in"
check footer-kept "$tmp/foot.in" "$tmp/foot.want" -k

# One 300 KB line of TABs, backslashes and CRs, so that escapes straddle
# the 64 KiB reads, then 6000 bytes of blank lines to trim.
awk 'BEGIN {
	printf "date 2025-01-04 (MENAFN- Long) "
	for (i = 0; i < 30000; i++)
		printf "w%d\t\\\r", i
	printf "x"
	for (i = 0; i < 1000; i++)
		printf "  \t \r\n"
}' >"$tmp/long.in"
head -c "$(($(wc -c <"$tmp/long.in") - 6000))" "$tmp/long.in" \
    >"$tmp/long.want"
check long-line "$tmp/long.in" "$tmp/long.want"

echo "roundtrip: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

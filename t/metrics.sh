#!/bin/sh
# The size limits of lib/: no file over 1,200 lines, no function over 120
# lines, no block nested more than four levels inside a function.  Prints
# the largest file, the longest function and the deepest nesting, and
# exits 1 when one is over its limit.
#
# usage: sh t/metrics.sh [DIR]     (default lib)
#
# Functions are found in the house style: the name at the start of a line,
# the body's braces in column 1.  Nesting counts the braces open inside a
# body plus a bare if/else/for/while/do whose statement is not braced.
set -u
dir=${1:-lib}
MAXFILE=${MAXFILE:-1200} MAXFUNC=${MAXFUNC:-120} MAXNEST=${MAXNEST:-4}
export MAXFILE MAXFUNC MAXNEST
find "$dir" -name '*.[ch]' -o -name '*.def' | sort | xargs awk '
function strip(s) {
	gsub(/"([^"\\]|\\.)*"/, "\"\"", s)	# strings
	gsub(/'\''([^'\''\\]|\\.)*'\''/, "0", s)	# characters
	gsub(/\/\*.*\*\//, "", s)
	sub(/\/\/.*/, "", s)
	return s
}
FNR == 1 {
	if (prev != "") fileend(prev)
	prev = FILENAME; infn = 0; incomment = 0
}
{
	line = $0
	if (incomment) {
		if (index(line, "*/") == 0) next
		line = substr(line, index(line, "*/") + 2); incomment = 0
	}
	line = strip(line)
	if (match(line, /\/\*/)) { line = substr(line, 1, RSTART - 1); incomment = 1 }
}
!infn && /^[A-Za-z_][A-Za-z0-9_]*\(/ { fname = $0; sub(/\(.*/, "", fname); fline = FNR }
!infn && /^\{/ { infn = 1; depth = 0; maxd = 0; start = FNR; hang = 0; next }
infn && /^\}/ {
	len = FNR - start - 1
	if (len > bestlen) { bestlen = len; bestfn = FILENAME ":" fname }
	if (len > ENVIRON["MAXFUNC"]) { print "over: " FILENAME ":" fline ": " fname " is " len " lines"; bad = 1 }
	if (maxd > bestnest) { bestnest = maxd; nestfn = FILENAME ":" fname }
	if (maxd > ENVIRON["MAXNEST"]) { print "over: " FILENAME ":" fline ": " fname " nests " maxd " levels"; bad = 1 }
	infn = 0; next
}
infn {
	n = split(line, ch, "")
	opened = 0
	for (i = 1; i <= n; i++) {
		if (ch[i] == "{") { depth++; opened = 1; if (depth > maxd) maxd = depth }
		else if (ch[i] == "}") depth--
	}
	# an unbraced control statement adds a level to the next line
	d = depth + hang
	if (d > maxd) maxd = d
	hang = 0
	if (!opened && line ~ /^[ \t]*(\}[ \t]*)?(if|else|for|while|do)([ \t(]|$)/ && line !~ /;[ \t]*$/)
		hang = 1
}
function fileend(f) {
	if (FNR_last[f] > bestfile) { bestfile = FNR_last[f]; bigfile = f }
}
{ FNR_last[FILENAME] = FNR }
END {
	if (prev != "") fileend(prev)
	for (f in FNR_last) {
		if (FNR_last[f] > ENVIRON["MAXFILE"]) { print "over: " f " has " FNR_last[f] " lines"; bad = 1 }
	}
	printf "largest file: %s, %d lines (limit %d)\n", bigfile, bestfile, ENVIRON["MAXFILE"]
	printf "longest function: %s, %d lines (limit %d)\n", bestfn, bestlen, ENVIRON["MAXFUNC"]
	printf "deepest nesting: %s, %d levels (limit %d)\n", nestfn, bestnest, ENVIRON["MAXNEST"]
	exit bad
}'

#!/bin/sh
# bench/stress.sh: peak memory of every tool on large inputs.
#
# Two inputs of STRESS_MB MiB (default 256): one single line with no LF
# (bench/gen -1) and ordinary articles (bench/gen).  On each, menafn-strip
# reads the raw text; menafn-paras, -quotes and -numbers read strip's
# output of it, and again the raw text with -r.  Prints the peak resident
# set size of each run ("Maximum resident set size" of /usr/bin/time -v)
# and exits 1 when any run reaches STRESS_LIMIT KiB (default 8192) or
# exits non-zero; 77 (skipped) without /usr/bin/time.  A tool not built
# yet is reported as missing.  STRESS_BIN: the tools' directory (cmd/).

set -u

mb=${STRESS_MB:-256}
limit=${STRESS_LIMIT:-8192}
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${STRESS_BIN:-$top/cmd}
timebin=${STRESS_TIME:-/usr/bin/time}

case $mb$limit in
*[!0-9]*) echo "stress.sh: STRESS_MB and STRESS_LIMIT are numbers" >&2; exit 2 ;;
esac
if ! command -v "$timebin" >/dev/null 2>&1; then
	echo "stress.sh: $timebin missing: cannot measure peak RSS, skipped"
	exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/menafn-stress.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' 0
trap 'exit 130' HUP INT TERM

# Run copies, so that a rebuild while the run goes on changes nothing.
mkdir "$tmp/bin" || exit 1
for t in strip paras quotes numbers; do
	[ -x "$bin/menafn-$t" ] && cp "$bin/menafn-$t" "$tmp/bin/"
done
bin=$tmp/bin

gen=$top/bench/gen
if [ ! -x "$gen" ]; then
	gen=$tmp/gen
	${CC:-cc} -std=c11 -O2 -o "$gen" "$top/bench/gen.c" || exit 1
fi

status=0

# run LABEL INPUT TOOL [ARG]: peak RSS of TOOL [ARG] <INPUT >/dev/null
run() {
	label=$1 in=$2 tool=$3
	shift 3
	if [ ! -x "$bin/$tool" ]; then
		printf '%-26s %-20s %8s  %s\n' "$label" "$tool $*" - missing
		return
	fi
	"$timebin" -v -o "$tmp/rss" "$bin/$tool" "$@" <"$in" >/dev/null \
	    2>"$tmp/err"
	rc=$?
	kib=$(awk -F': *' '/Maximum resident set size/ { print $2 }' "$tmp/rss")
	nerr=$(wc -l <"$tmp/err" | tr -d ' ')
	if [ "$rc" -ne 0 ]; then
		note="FAIL: exit $rc"
		status=1
	elif [ "${kib:-0}" -ge "$limit" ]; then
		note="FAIL: at or over $limit KiB"
		status=1
	else
		note=ok
	fi
	[ "$nerr" -gt 0 ] && note="$note; stderr: $(head -n 1 "$tmp/err" | cut -c 1-100)"
	printf '%-26s %-20s %8s  %s\n' "$label" "$tool $*" "${kib:--}" "$note"
}

# inputs KIND: the raw input and strip's output of it, then every run
inputs() {
	kind=$1
	raw=$tmp/raw
	str=$tmp/str
	if [ "$kind" = line ]; then
		"$gen" -1 -s "$top/sample/ukrinform.txt" "$mb" >"$raw" || exit 1
		what="one line"
	else
		"$gen" -s "$top/sample/ukrinform.txt" "$mb" >"$raw" || exit 1
		what="articles"
	fi
	run "$what, raw" "$raw" menafn-strip
	if [ -x "$bin/menafn-strip" ]; then
		"$bin/menafn-strip" <"$raw" >"$str" 2>/dev/null
	else
		: >"$str"
	fi
	for t in menafn-paras menafn-quotes menafn-numbers; do
		if [ -x "$bin/menafn-strip" ]; then
			run "$what, stripped" "$str" "$t"
		else
			printf '%-26s %-20s %8s  %s\n' "$what, stripped" "$t" - \
			    "missing (menafn-strip not built)"
		fi
		run "$what, raw" "$raw" "$t" -r
	done
	rm -f "$raw" "$str"
}

echo "peak RSS in KiB of each tool on $mb MiB inputs (limit: below $limit KiB)"
printf '%-26s %-20s %8s  %s\n' input tool "RSS KiB" result
inputs line
inputs articles
[ "$status" -eq 0 ] && echo "stress: all below $limit KiB" ||
    echo "stress: FAILED"
exit "$status"

#!/bin/sh
# bench/run.sh [MB]: throughput and peak memory of the menafn tools.
#
# Generates MB MiB of articles (bench/gen, default 256) and as much real
# text (the devset and polnear-train of BENCH_SHARED, default ../shared,
# each text given a MENAFN header, repeated), then times each
# tool and two pipelines against cat, wc -l, wc -w and tr run on the same
# file in the same invocation, output to /dev/null.  Time: the median of
# BENCH_RUNS runs (default 5) after one warm-up, with hyperfine when it is
# installed, else a loop over date +%s.%N.  Peak RSS: "Maximum resident
# set size" from /usr/bin/time -v (for a pipeline, the sum over its
# stages).  BENCH_BIN names the directory of the tools (default cmd/);
# BENCH_TIMER=loop forces the loop, BENCH_TIME sets the time program,
# BENCH_TIMEOUT (seconds, default 120) ends a first run that takes longer
# (when timeout(1) is installed) and shows the row as a timeout.
#
# Needs only POSIX sh, awk and the tools; hyperfine, GNU parallel and
# /usr/bin/time are used when present.

set -u

mb=${1:-256}
runs=${BENCH_RUNS:-5}
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${BENCH_BIN:-$top/cmd}
timebin=${BENCH_TIME:-/usr/bin/time}	# settable to test the fallbacks

case $mb in
''|*[!0-9]*) echo "usage: sh bench/run.sh [MB]" >&2; exit 2 ;;
esac
case $runs in
''|*[!0-9]*|0) echo "run.sh: BENCH_RUNS must be a positive integer" >&2; exit 2 ;;
esac
case ${BENCH_TIMEOUT:-120} in
''|*[!0-9]*|0) echo "run.sh: BENCH_TIMEOUT must be a positive integer" >&2; exit 2 ;;
esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/menafn-bench.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' 0
trap 'exit 130' HUP INT TERM

# Run copies, so that a rebuild while the run goes on changes nothing.
mkdir "$tmp/bin" || exit 1
for t in strip paras quotes numbers; do
	[ -x "$bin/menafn-$t" ] && cp "$bin/menafn-$t" "$tmp/bin/"
done
bin=$tmp/bin

have() { command -v "$1" >/dev/null 2>&1; }

# A tool far too slow to time in a sane while gets "timeout" instead.
tmo=${BENCH_TIMEOUT:-120}
limit=
have timeout && limit="timeout $tmo"

# --- the machine -----------------------------------------------------------

ncpu=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')
model=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
echo "machine: $ncpu CPUs, ${model:-unknown CPU}, $(uname -sr)"
# Other jobs on the machine skew every figure: show how busy it was.
[ -r /proc/loadavg ] &&
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- the corpus ------------------------------------------------------------

gen=$top/bench/gen
if [ ! -x "$gen" ]; then
	gen=$tmp/gen
	${CC:-cc} -std=c11 -O2 -o "$gen" "$top/bench/gen.c" || exit 1
fi
# Two corpora: generated articles, and real ones (the devset's articles and
# polnear-train's texts, each given a MENAFN header, from $BENCH_SHARED),
# repeated to the same size.  Each also as menafn-strip's output.
"$gen" -s "$top/sample/ukrinform.txt" "$mb" >"$tmp/gen" || exit 1
shared=${BENCH_SHARED:-$top/../shared}
if sh "$top/bench/realtext.sh" "$shared" >"$tmp/one"; then
	: >"$tmp/real"
	while [ "$(wc -c <"$tmp/real")" -lt $((mb * 1048576)) ]; do
		cat "$tmp/one" >>"$tmp/real"
	done
	head -c $((mb * 1048576)) "$tmp/real" >"$tmp/one" && mv "$tmp/one" "$tmp/real"
	corpora="gen real"
else
	echo "corpus: no devset or polnear-train at $shared: real text left out"
	corpora=gen
fi
for c in $corpora; do
	eval "size_$c=\$(wc -c <\"\$tmp/\$c\" | tr -d ' ')"
	if [ -x "$bin/menafn-strip" ]; then
		"$bin/menafn-strip" <"$tmp/$c" >"$tmp/$c.tsv" ||
		    echo "warning: menafn-strip failed making $c.tsv" >&2
	else
		: >"$tmp/$c.tsv"
	fi
done
stripped=$tmp/gen.tsv
strsize=$(wc -c <"$stripped" | tr -d ' ')
echo "corpus gen: bench/gen $mb, $size_gen bytes; gen.tsv: menafn-strip of it"
[ -f "$tmp/real" ] && echo "corpus real: the devset and polnear-train" \
    "repeated to $size_real bytes; real.tsv: menafn-strip of it"
if have hyperfine && [ "${BENCH_TIMER:-}" != loop ]; then
	timer=hyperfine
	echo "timing: hyperfine, median of $runs runs after 1 warm-up"
else
	timer=loop
	# A date(1) without %N leaves it as is: time to the second then.
	case $(date +%N) in
	*N*) datefmt=+%s ;;
	*) datefmt=+%s.%N ;;
	esac
	echo "timing: hyperfine not installed; date $datefmt loop," \
	    "median of $runs runs after 1 warm-up"
fi
have "$timebin" ||
    echo "peak RSS: $timebin missing, shown as -"
echo "output to /dev/null; MB/s = input bytes / 10^6 / median seconds," \
    "input = the file in column 2"
echo "RSS KiB: peak resident set size, summed over a pipeline's stages"
echo "x cat .. x tr: median time of the row / median time of that reference" \
    "on the same file (1.0 = as fast, 2.0 = twice as long)"
echo "x tr*: the row's median time / the median time of tr -d '\\r' on the" \
    "same file timed just before it (less moved by a noisy machine)"
echo

# --- measuring -------------------------------------------------------------

# median of the numbers on stdin, one a line
median() {
	sort -n | awk '{ v[NR] = $1 }
	    END { if (NR == 0) print "-";
		else if (NR % 2) print v[(NR + 1) / 2];
		else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# secs IN CMD: median wall time of "<IN CMD >/dev/null"
secs() {
	full="<'$1' $2 >/dev/null"
	if [ "$timer" = hyperfine ]; then
		hyperfine -w 1 -r "$runs" -s sh --export-json "$tmp/h.json" \
		    "$full" >/dev/null 2>"$tmp/secs.err" || {
			grep -v '^ *$' "$tmp/secs.err" | tail -n 2 \
			    >>"$tmp/secs.fails"
			echo -
			return
		}
		awk -F: '/"median"/ { gsub(/[ ,]/, "", $2); print $2; exit }' \
		    "$tmp/h.json"
	else
		sh -c "$full" 2>/dev/null
		i=0
		while [ "$i" -lt "$runs" ]; do
			t0=$(date "$datefmt")
			sh -c "$full" 2>/dev/null
			t1=$(date "$datefmt")
			echo "$t0 $t1"
			i=$((i + 1))
		done | awk '{ print $2 - $1 }' | median
	fi
}

# rss IN CMD: peak RSS in KiB, summed over the stages of a pipeline; "-"
# without /usr/bin/time; "failed" when a stage exits non-zero.
rss() {
	if ! have "$timebin"; then
		$limit sh -c "<'$1' $2 >/dev/null" 2>"$tmp/stderr"
		case $?,$limit in
		124,?*) echo timeout; return ;;
		0,*) ;;
		*) echo failed; return ;;
		esac
		echo -
		return
	fi
	rm -f "$tmp"/rss.*
	rest=$2
	s=
	i=0
	while :; do
		s="$s${s:+ | }$timebin -v -o $tmp/rss.$i ${rest%%|*}"
		i=$((i + 1))
		case $rest in
		*'|'*) rest=${rest#*|} ;;
		*) break ;;
		esac
	done
	$limit sh -c "<'$1' $s >/dev/null" 2>"$tmp/stderr"
	[ $? -eq 124 ] && [ -n "$limit" ] && { echo timeout; return; }
	cat "$tmp"/rss.* 2>/dev/null | awk -F': *' '
	    /Maximum resident set size/ { sum += $2; n++ }
	    /Exit status/ && $2 != 0 { bad = 1 }
	    END { if (bad || n == 0) print "failed"; else print sum }'
}

# missing CMD: the first tool of CMD that is not built, if any
missing() {
	for w in $1; do
		w=${w#\'}
		w=${w%\'}
		case $w in
		"$bin"/*) [ -x "$w" ] || { echo "${w##*/}"; return; } ;;
		esac
	done
}

# measure KIND LABEL INPUT CMD: one line of $tmp/res, TAB-separated:
# kind label input size seconds rss note.  KIND is ref1..ref4 or tool.
measure() {
	in=$tmp/$3
	size=$(wc -c <"$in" | tr -d ' ')
	t=- r=- note= a=-
	m=$(missing "$4")
	if [ -n "$m" ]; then
		note="missing ($m not built)"
	elif [ "$size" -eq 0 ]; then
		note="missing (no input: menafn-strip not built)"
	else
		printf 'measuring %s on %s\n' "$2" "$3" >&2
		r=$(rss "$in" "$4")
		if [ "$r" = timeout ]; then
			note="timeout (one run took over $tmo s)"
			r=-
		elif [ "$r" = failed ]; then
			note="failed (non-zero exit; see below)"
			r=-
			sed 's/^/    /' "$tmp/stderr" | head -n 5 >"$tmp/fail"
		else
			# tr again just before the row: a ratio of two
			# neighbouring timings, which the machine's drift over
			# the whole run moves less than x tr
			[ "$1" = tool ] && a=$(secs "$in" "tr -d '\\r'")
			t=$(secs "$in" "$4")
		fi
	fi
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
	    "$1" "$2" "$3" "$size" "$t" "$r" "$note" "$a" >>"$tmp/res"
	if [ -s "$tmp/fail" ]; then
		cat "$tmp/fail" >>"$tmp/fails"
		: >"$tmp/fail"
	fi
}

s="'$bin/menafn-strip'"
p="'$bin/menafn-paras'"
q="'$bin/menafn-quotes'"
n="'$bin/menafn-numbers'"

: >"$tmp/res"
for c in $corpora; do
	for input in $c $c.tsv; do
		measure ref1 cat "$input" cat
		measure ref2 'wc -l' "$input" 'wc -l'
		measure ref3 'LC_ALL=C wc -w' "$input" 'env LC_ALL=C wc -w'
		measure ref4 "tr -d '\\r'" "$input" "tr -d '\\r'"
	done
	measure tool menafn-strip "$c" "$s"
	measure tool menafn-paras "$c.tsv" "$p"
	measure tool menafn-quotes "$c.tsv" "$q"
	measure tool 'menafn-quotes -p' "$c.tsv" "$q -p"
	measure tool menafn-numbers "$c.tsv" "$n"
	measure tool 'strip | paras | quotes' "$c" "$s | $p | $q"
	measure tool 'strip | paras | numbers' "$c" "$s | $p | $n"
done

awk -F'\t' '
	{ kind[NR] = $1; label[NR] = $2; input[NR] = $3; size[NR] = $4
	  t[NR] = $5; rss[NR] = $6; note[NR] = $7; adj[NR] = $8
	  if ($1 ~ /^ref/) ref[$3, substr($1, 4)] = $5 }
	END {
		printf "%-26s %-8s %7s %9s %6s %6s %6s %6s %6s\n", "command", \
		    "input", "MB/s", "RSS KiB", "x cat", "x wc-l", "x wc-w", \
		    "x tr", "x tr*"
		for (i = 1; i <= NR; i++) {
			if (note[i] != "") {
				printf "%-26s %-8s %s\n", label[i], input[i], note[i]
				continue
			}
			mbs = t[i] > 0 ? sprintf("%.0f", size[i] / 1e6 / t[i]) : "-"
			line = sprintf("%-26s %-8s %7s %9s", label[i], input[i], \
			    mbs, rss[i])
			for (j = 1; j <= 4; j++) {
				r = ref[input[i], j]
				x = r > 0 ? t[i] / r : 0
				if (t[i] > 0 && r > 0)
					line = line sprintf(x >= 10 ? " %6.0f" : \
					    x >= 1 ? " %6.1f" : " %6.2f", x)
				else
					line = line sprintf(" %6s", "-")
			}
			x = adj[i] > 0 && t[i] > 0 ? t[i] / adj[i] : 0
			line = line (x > 0 ? sprintf(x >= 10 ? " %6.0f" : \
			    x >= 1 ? " %6.1f" : " %6.2f", x) : sprintf(" %6s", "-"))
			print line
		}
	}' "$tmp/res"
[ -s "$tmp/fails" ] && { echo; echo "stderr of failed rows:"; cat "$tmp/fails"; }
[ -r /proc/loadavg ] &&
    echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- GNU parallel ----------------------------------------------------------

echo
single="$p | $n"
if ! parallel --version 2>/dev/null | grep -q 'GNU parallel'; then
	echo "parallel: GNU parallel not installed, skipped"
elif [ -n "$(missing "$single")" ] || [ "$strsize" -eq 0 ]; then
	echo "parallel: skipped ($(missing "$s $single") not built)"
elif awk -F'\t' '$2 ~ /^menafn-(paras|numbers)$/ && $7 != "" { bad = 1 }
    END { exit !bad }' "$tmp/res"; then
	echo "parallel: skipped (menafn-paras or menafn-numbers did not run)"
else
	# --pipe feeds the jobs through parallel itself; --pipepart lets each
	# job read its part of the file, which is how a file is best split.
	printf 'measuring parallel\n' >&2
	for c in $corpora; do
		f=$tmp/$c.tsv
		fsize=$(wc -c <"$f" | tr -d ' ')
		echo "GNU parallel on $c.tsv ($fsize bytes), 2 jobs, against one process:"
		for cmd in "$p" "$q" "$n" "$single"; do
			name=$(echo "$cmd" | sed "s|'[^']*/menafn-|menafn-|g; s|'||g")
			t0=$(secs "$f" "$cmd")
			t1=$(secs "$f" "parallel --pipepart -a '$f' -k -j2 --block -1 \"$cmd\"")
			[ "$cmd" = "$single" ] &&
			    t2=$(secs "$f" "parallel --pipe -k -j2 --block 4M \"$cmd\"")
			echo "$t0 $t1 $fsize" | awk -v name="$name" '
			    function mbs(t) { return t > 0 ? sprintf("%.0f", $3 / 1e6 / t) : "-" }
			    {
				up = $1 > 0 && $2 > 0 ? sprintf("%.2f", $1 / $2) : "-"
				printf "  %-30s one %6s MB/s, --pipepart %6s MB/s, speed-up %s\n", \
				    name, mbs($1), mbs($2), up
			    }'
		done
		echo "$t0 $t2 $fsize" | awk '{ if ($2 > 0) printf "  %-30s --pipe -k -j2 --block 4M: %.0f MB/s, speed-up %.2f\n", "paras | numbers", $3 / 1e6 / $2, $1 / $2 }'
	done
fi
if [ -s "$tmp/secs.fails" ]; then
	echo
	echo "timing failed (a run exited non-zero), shown as -; hyperfine said:"
	sed 's/^/    /' "$tmp/secs.fails"
fi

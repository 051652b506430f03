#!/bin/sh
# bench/adversarial.sh: no input may be slow.  Builds hostile inputs of
# ADV_MB MiB (default 16) and of twice that, runs every tool on each (the
# extractors with -r, menafn-strip on the bytes as they are), and prints
# MB/s, the MB/s of tr -d '\r' on the same bytes, the tool's share of it
# (>= 0.05 is the bound), and the time on twice the input over the time
# on the input (about 2 when time is linear).  With ADV_ICOUNT=1 it also
# counts instructions under callgrind on ADV_ICOUNT_MB MiB (default 4) and
# twice that: the ratio must stay at most 2.2.  Exits 1 when a bound is
# broken or a tool fails; a run over ADV_TIMEOUT seconds (default 120) is
# a failure.  ADV_BIN: the tools' directory (default cmd/).
set -u
mb=${ADV_MB:-16}
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${ADV_BIN:-$top/cmd}
tmo=${ADV_TIMEOUT:-120}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/menafn-adv.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' 0
trap 'exit 130' HUP INT TERM

# rep BYTES TEXT: TEXT repeated to exactly BYTES bytes
rep() {
	awk -v s="$2" 'BEGIN { t = s; while (length(t) < 65536) t = t s;
	    for (;;) printf "%s", t }' 2>/dev/null | head -c "$1"
}

# make NAME BYTES: the hostile input NAME of BYTES bytes on stdout
make_input() {
	n=$2
	case $1 in
	straight-letters) rep "$n" '"a' ;;
	quoted-letters) rep "$n" "'a' " ;;
	one-open) { printf '\342\200\234'; rep $((n - 3)) 'word and more '; } ;;
	apostrophes) rep "$n" "'" ;;
	marks) rep "$n" '"\342\200\234\342\200\235\342\200\230\342\200\231"' ;;
	nested) { i=0; s=; while [ $i -lt 10000 ]; do s="$s“‘"; i=$((i + 1)); done
		c=; i=0; while [ $i -lt 10000 ]; do c="$c’”"; i=$((i + 1)); done
		rep "$n" "${s}x said he.${c} "; } ;;
	comma-digits) rep "$n" '1,2' ;;
	grouped-digits) rep "$n" '123,' ;;
	one-number) rep "$n" '7' ;;
	number-words) rep "$n" 'one two three hundred thousand and forty million ' ;;
	title-chain) rep "$n" 'President Minister Senator General Dr. Mr. Sheikh Deputy Prime Minister of Foreign Affairs \342\200\234Yes,\342\200\235 said ' ;;
	space) rep "$n" ' \n\n \t\n' ;;
	esac
}

names="straight-letters quoted-letters one-open apostrophes marks nested comma-digits grouped-digits one-number number-words title-chain space"

secs() {	# secs IN CMD...: wall seconds, or "timeout"/"failed"
	in=$1
	shift
	t0=$(date +%s.%N)
	timeout "$tmo" "$@" <"$in" >/dev/null 2>"$tmp/err"
	rc=$?
	t1=$(date +%s.%N)
	[ $rc -eq 124 ] && { echo timeout; return; }
	[ $rc -ne 0 ] && { echo failed; return; }
	echo "$t0 $t1" | awk '{ printf "%.4f", $2 - $1 }'
}

icount() {	# icount IN CMD...: instructions under callgrind
	in=$1
	shift
	valgrind --tool=callgrind --callgrind-out-file="$tmp/cg" "$@" <"$in" \
	    >/dev/null 2>"$tmp/cglog"
	awk '/Collected/ { print $NF }' "$tmp/cglog"
}

tools="strip paras quotes quotes-p numbers"

# args TOOL: the binary and options of a tool of $tools
args() {
	case $1 in
	strip) echo "$bin/menafn-strip" ;;
	quotes-p) echo "$bin/menafn-quotes -r -p" ;;
	*) echo "$bin/menafn-$1 -r" ;;
	esac
}

status=0
size=$((mb * 1048576))
printf '%-17s %-15s %8s %8s %6s %6s %s\n' input tool MB/s 'tr MB/s' '/tr' '2x/1x' ''
for name in $names; do
	make_input "$name" "$size" >"$tmp/a"
	make_input "$name" $((size * 2)) >"$tmp/b"
	tr1=$(secs "$tmp/a" tr -d '\r')
	for tool in $tools; do
		a=$(secs "$tmp/a" $(args $tool))
		b=$(secs "$tmp/b" $(args $tool))
		verdict=$(echo "$a $b $tr1 $size" | awk '
		    $1 !~ /^[0-9.]+$/ { print "FAIL " $1; exit }
		    $2 !~ /^[0-9.]+$/ { print "FAIL " $2 " at twice"; exit }
		    { mbs = $4 / 1e6 / ($1 > 0 ? $1 : 1e-9); tr = $4 / 1e6 / ($3 > 0 ? $3 : 1e-9)
		      share = mbs / tr; ratio = $2 / ($1 > 0 ? $1 : 1e-9)
		      v = share < 0.05 ? "FAIL slow" : "ok"
		      printf "%8.0f %8.0f %6.2f %6.2f %s", mbs, tr, share, ratio, v }')
		case $verdict in *FAIL*) status=1 ;; esac
		printf '%-17s %-15s %s\n' "$name" "menafn-$tool" "$verdict"
	done
done
if [ "${ADV_ICOUNT:-0}" = 1 ] && command -v valgrind >/dev/null 2>&1; then
	isize=$((${ADV_ICOUNT_MB:-4} * 1048576))
	echo
	printf '%-17s %-15s %14s %14s %6s\n' input tool 'instr' 'instr at 2x' ratio
	for name in $names; do
		make_input "$name" "$isize" >"$tmp/a"
		make_input "$name" $((isize * 2)) >"$tmp/b"
		for tool in $tools; do
			a=$(icount "$tmp/a" $(args $tool))
			b=$(icount "$tmp/b" $(args $tool))
			v=$(echo "$a $b" | awk '{ r = $1 > 0 ? $2 / $1 : 0;
			    printf "%6.2f %s", r, (r > 2.2 ? "FAIL" : "ok") }')
			case $v in *FAIL*) status=1 ;; esac
			printf '%-17s %-15s %14s %14s %s\n' "$name" "menafn-$tool" "$a" "$b" "$v"
		done
	done
fi
exit $status

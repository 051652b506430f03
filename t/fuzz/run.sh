#!/bin/sh
# Build the fuzz targets t/fuzz/fuzz-NAME.c and run each for SECONDS with
# libFuzzer (clang -fsanitize=fuzzer,address,undefined), starting from the
# seed corpus t/fuzz/corpus/NAME/.  New inputs go to a scratch directory,
# not to the tree; a crash is copied to t/fuzz/regress/NAME/ so that it
# becomes a regression test.
#
# With --replay, run each target once over its seeds and its regression
# files instead (with clang's libFuzzer when there is one, else with cc
# and a small driver), so that old crashes stay fixed.
#
# usage: sh t/fuzz/run.sh [SECONDS] [NAME ...]
#        sh t/fuzz/run.sh --replay [NAME ...]
# Environment: FUZZ_CC (default clang), FUZZ_MAX_LEN (longest input,
# default 8192), FUZZ_LOG (keep each target's log as $FUZZ_LOG.NAME).
# Last line: "fuzz: N passed, M failed".

here=$(cd "$(dirname "$0")" && pwd) || exit 1
top=$(cd "$here/../.." && pwd) || exit 1
mode=fuzz
secs=60
case $1 in
--replay) mode=replay; shift ;;
'') ;;
*[!0-9]*) echo "usage: sh t/fuzz/run.sh [SECONDS | --replay] [NAME ...]" >&2
	exit 2 ;;
*) secs=$1; shift ;;
esac
names=$*
if [ -z "$names" ]; then
	for f in "$here"/fuzz-*.c; do
		n=${f##*/fuzz-}
		names="$names ${n%.c}"
	done
fi

work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT

FUZZ_CC=${FUZZ_CC:-clang}
SAN="-fsanitize=address,undefined -fno-sanitize-recover=all"
CFLAGS="-std=c11 -g -O1 -fno-omit-frame-pointer -Wall -Wextra -Wno-unused-function -I$top/lib"

# Can this compiler build a libFuzzer target?
echo 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n);
int LLVMFuzzerTestOneInput(const char *d, unsigned long n)
{ (void)d; (void)n; return 0; }' >"$work/probe.c"
if $FUZZ_CC -fsanitize=fuzzer,address,undefined -o "$work/probe" \
    "$work/probe.c" >/dev/null 2>&1; then
	libfuzzer=1
	CC=$FUZZ_CC
	FLAGS="-fsanitize=fuzzer-no-link $SAN"
	LINK="-fsanitize=fuzzer $SAN"
elif [ "$mode" = fuzz ]; then
	echo "# $FUZZ_CC cannot build libFuzzer targets: skipped"
	echo "fuzz: 0 passed, 0 failed, 1 skipped"
	exit 0
else
	# Replay without libFuzzer: a driver that feeds each file once.
	libfuzzer=0
	CC=${CC:-cc}
	FLAGS=$SAN
	LINK=$SAN
	if ! echo 'int main(void) { return 0; }' |
	    $CC $SAN -x c -o "$work/probe" - >/dev/null 2>&1; then
		FLAGS=
		LINK=
	fi
	cat >"$work/driver.c" <<'EOF'
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
main(int argc, char *argv[])
{
	int i;

	for (i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		uint8_t *buf = NULL;
		size_t len = 0, size = 0, k;

		if (f == NULL) {
			perror(argv[i]);
			return 1;
		}
		do {
			if (len == size && (buf = realloc(buf, size = 2 * size
			    + 4096)) == NULL)
				return 1;
			k = fread(buf + len, 1, size - len, f);
			len += k;
		} while (k > 0);
		fclose(f);
		LLVMFuzzerTestOneInput(buf, len);
		free(buf);
	}
	return 0;
}
EOF
fi

# The library, built once with the same instrumentation, with the modules
# split into a directory (lib/numbers/); their files have names of their
# own, as in the archive.  A module that does not compile (being edited)
# is left out; the link says if needed.
mkdir "$work/lib"
for c in "$top"/lib/*.c "$top"/lib/*/*.c; do
	[ -f "$c" ] || continue
	# lib/quotes/marks.c is lib/quotes_marks.o: no two objects share a name
	o=$work/lib/$(echo "${c#"$top"/lib/}" | tr / _ | sed 's/\.c$//').o
	$CC $CFLAGS $FLAGS -c -o "$o" "$c" 2>"$work/lib/err" ||
	    echo "# $(basename "$c") does not compile: left out"
done
ar -rc "$work/libmenafn.a" "$work"/lib/*.o 2>/dev/null

n=0
failed=0
for name in $names; do
	src=$here/fuzz-$name.c
	bin=$work/fuzz-$name
	n=$((n + 1))
	if [ ! -f "$src" ]; then
		echo "not ok $n - $name: no $src"
		failed=$((failed + 1))
		continue
	fi
	if [ "$libfuzzer" = 1 ]; then
		objs=
	else
		objs=$work/driver.c
	fi
	if ! $CC $CFLAGS $FLAGS $LINK -o "$bin" "$src" $objs \
	    "$work/libmenafn.a" 2>"$work/err-$name"; then
		echo "not ok $n - $name: does not build"
		sed 's/^/#   /' "$work/err-$name" | head -n 20
		failed=$((failed + 1))
		continue
	fi
	if [ "$mode" = replay ]; then
		files=$(find "$here/corpus/$name" "$here/regress/$name" \
		    -type f 2>/dev/null | sort)
		if [ -z "$files" ]; then
			echo "ok $n - $name # skip no seeds"
			continue
		fi
		# shellcheck disable=SC2086
		if "$bin" $files >"$work/log-$name" 2>&1; then
			echo "ok $n - $name: $(echo "$files" | wc -l) inputs replayed"
		else
			echo "not ok $n - $name: replay failed"
			grep -E 'ERROR|property failed|SUMMARY|Running:' \
			    "$work/log-$name" | tail -n 5 | sed 's/^/#   /'
			failed=$((failed + 1))
		fi
		continue
	fi
	mkdir -p "$work/new-$name" "$work/crash-$name"
	"$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
	    -max_len="${FUZZ_MAX_LEN:-8192}" -close_fd_mask=2 \
	    -print_final_stats=1 -artifact_prefix="$work/crash-$name/" \
	    "$work/new-$name" "$here/corpus/$name" >"$work/log-$name" 2>&1
	st=$?
	stats=$(grep -E '^#[0-9]+' "$work/log-$name" | tail -n 1 |
	    sed 's/^#\([0-9]*\).*cov: \([0-9]*\) ft: \([0-9]*\).*/\1 runs, cov \2, ft \3/')
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log-$name")
	[ -n "$FUZZ_LOG" ] && cp "$work/log-$name" "$FUZZ_LOG.$name"
	if [ "$st" = 0 ]; then
		echo "ok $n - $name: ${secs}s, $execs execs, $stats"
		continue
	fi
	failed=$((failed + 1))
	echo "not ok $n - $name: status $st after $execs execs, $stats"
	grep -E 'ERROR|property failed|SUMMARY' "$work/log-$name" | head -n 5 |
	    sed 's/^/#   /'
	mkdir -p "$here/regress/$name"
	for f in "$work/crash-$name"/*; do
		[ -f "$f" ] || continue
		cp "$f" "$here/regress/$name/" &&
		    echo "#   saved as t/fuzz/regress/$name/$(basename "$f")"
	done
done
echo "1..$n"
echo "fuzz: $((n - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]

# TAP for the shell tests, sourced after $tmp is made:
#   check WHAT CMD...  runs CMD, prints "ok N - WHAT" or "not ok N - WHAT"
#                      and the first 20 lines of what CMD said;
#   tap_end NAME       prints the plan and "NAME: N passed, M failed",
#                      and returns non-zero when one failed.
n=0
failed=0
check() {
	what=$1
	shift
	n=$((n + 1))
	if "$@" >"$tmp/why" 2>&1; then
		echo "ok $n - $what"
	else
		failed=$((failed + 1))
		echo "not ok $n - $what"
		sed 's/^/# /' "$tmp/why" | head -n 20
	fi
}

tap_end() {
	echo "1..$n"
	echo "$1: $((n - failed)) passed, $failed failed"
	[ "$failed" -eq 0 ]
}

#!/bin/sh
# Install what the tests need when it is missing, then run every check CI
# runs: gcc and clang builds with -Werror and make check, make check under
# AddressSanitizer and UBSan, a musl build, the tools under valgrind, a
# staged install, the man page lint, the whole pipeline over t/data/ and
# GNU parallel over ssh to two servers on 127.0.0.1.  Exits non-zero on any failure.
#
# usage: sh t/check.sh        (from the top of the tree)

set -u
cd "$(dirname "$0")/.." || exit 1

# Debian packages: Check for the unit tests, pkg-config to find it, mandoc
# and groff for the man page lint, GNU parallel for the scale-out test,
# musl-tools for the libc-only build, Miller and a PostgreSQL server for
# the tests that load the tools' output into them, OpenSSH and rsync for
# parallel over ssh.
need=
pkg-config --exists check 2>/dev/null || need="$need check pkg-config"
command -v mandoc >/dev/null 2>&1 || need="$need mandoc"
command -v groff >/dev/null 2>&1 || need="$need groff-base"
command -v parallel >/dev/null 2>&1 || need="$need parallel"
command -v musl-gcc >/dev/null 2>&1 || need="$need musl-tools"
command -v clang >/dev/null 2>&1 || need="$need clang"
command -v valgrind >/dev/null 2>&1 || need="$need valgrind"
[ -x /usr/sbin/sshd ] || need="$need openssh-server"
command -v ssh >/dev/null 2>&1 || need="$need openssh-client"
command -v rsync >/dev/null 2>&1 || need="$need rsync"
command -v mlr >/dev/null 2>&1 || need="$need miller"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need="$need postgresql"
if [ -n "$need" ]; then
	echo "== installing:$need"
	sudo=
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get update -qq &&
	    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $need \
	    >/dev/null || { echo "t/check.sh: apt-get install$need failed"; exit 1; }
fi

passed=0
failed=0
step() {
	name=$1
	shift
	echo "== $name"
	if "$@"; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "== FAILED: $name"
	fi
}

werror="-std=c11 -O2 -Wall -Wextra -pedantic -Werror"
step "gcc -Werror: make check" \
	sh -c "make -s clean && make -s CC=gcc CFLAGS='$werror' check"
step "clang -Werror: build" \
	sh -c "make -s clean && make -s CC=clang CFLAGS='$werror'"
step "ASan+UBSan: make check" make -s check-sanitize CC=clang
if command -v musl-gcc >/dev/null 2>&1; then
	step "musl: build" sh -c "make -s clean && make -s CC=musl-gcc CFLAGS='$werror'"
fi
step "build again for what follows" sh -c "make -s clean && make -s"
step "valgrind: whole programs" sh t/valgrind.sh cmd
step "staged install" sh t/install.sh
step "pipeline over t/data" sh t/pipeline.sh cmd t/data
step "golden record" make -s golden
step "remote: parallel over ssh" make -s check-remote
echo "check.sh: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

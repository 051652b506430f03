#!/bin/sh
# make install into a stage and compare its file list with the expected one.
set -u
stage=$(mktemp -d) || exit 1
trap 'rm -rf "$stage"' EXIT
make -s install DESTDIR="$stage" PREFIX=/usr >/dev/null || exit 1
got=$(cd "$stage" && find . -type f | sort)
want=$(sed 's/^/.\//' t/install.list | sort)
if [ "$got" != "$want" ]; then
	echo "install: staged files differ"
	printf '%s\n' "$want" >"$stage.want"
	printf '%s\n' "$got" | diff "$stage.want" - 
	rm -f "$stage.want"
	exit 1
fi
make -s uninstall DESTDIR="$stage" PREFIX=/usr >/dev/null || exit 1
left=$(cd "$stage" && find . -type f | wc -l)
[ "$left" -eq 0 ] || { echo "install: uninstall left $left files"; exit 1; }
echo "install: $(printf '%s\n' "$want" | wc -l | tr -d ' ') files staged and removed"

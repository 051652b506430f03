#!/bin/sh
# mandoc -Tlint -Wwarning must print nothing for every page.
dir=${1:-man}
if ! command -v mandoc >/dev/null 2>&1; then
	echo "manlint: mandoc not installed, skipped"
	exit 0
fi
out=$(mandoc -Tlint -Wwarning "$dir"/*.1 2>&1)
if [ -n "$out" ]; then
	printf '%s\n' "$out"
	echo "manlint: 0 passed, 1 failed"
	exit 1
fi
echo "manlint: $(ls "$dir"/*.1 | wc -l | tr -d ' ') pages clean"

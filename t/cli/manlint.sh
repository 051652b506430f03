#!/bin/sh
# The man pages, as a reader gets them:
#  - mandoc -Tlint -W style prints nothing.  The pages' cross references
#    to each other are looked up in a manual tree made of them; a
#    reference to a system page (awk, cut ...) is the machine's business
#    and not reported.
#  - rendered at 80 columns (mandoc, and groff when it is there) no line
#    is wider, and groff has no warning (such as "can't break line").
#  - no word that is also an mdoc macro name (An, At, In, No ...) starts a
#    table cell or follows a macro unescaped: mdoc would run it as a macro
#    and swallow the word (In a statement renders as <a> statement).
#    Write it \&In.
#
# usage: sh t/cli/manlint.sh [MANDIR]
dir=${1:-man}
if ! command -v mandoc >/dev/null 2>&1; then
	echo "manlint: mandoc not installed, skipped"
	exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/menafn-manlint.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' HUP INT TERM

pages=$(ls "$dir"/*.1) || exit 1
ours=
mkdir "$tmp/man1"
for p in $pages; do
	cp "$p" "$tmp/man1/"
	n=${p##*/}
	ours="$ours ${n%.1}"
done
if command -v makewhatis >/dev/null 2>&1; then
	makewhatis "$tmp" 2>/dev/null
fi

failed=0
fail() {
	printf '%s\n' "$@"
	failed=$((failed + 1))
}

# A reference to one of our own pages must resolve; others are not ours.
out=$(MANPATH=$tmp mandoc -Tlint -W style $pages 2>&1 |
    awk -v ours="$ours" '
	BEGIN { n = split(ours, o, " "); for (i = 1; i <= n; i++) own[o[i]] = 1 }
	/referenced manual not found: Xr / {
		x = $0; sub(/.*Xr /, "", x); sub(/ .*/, "", x)
		if (!(x in own)) next
	}
	/mandoc\.db/ { next }
	{ print }')
[ -z "$out" ] || fail "$out"

for p in $pages; do
	wide=$(mandoc -Tutf8 -O width=80 "$p" 2>/dev/null | sed 's/.\x08//g' |
	    expand | LC_ALL=C tr -d '\200-\277' |
	    awk 'length($0) > 80 { print NR ": " $0 }')
	[ -z "$wide" ] || fail "$p: rendered wider than 80 columns:" "$wide"
	if command -v groff >/dev/null 2>&1; then
		warn=$(groff -mdoc -Tutf8 -rLL=80n -z "$p" 2>&1)
		[ -z "$warn" ] || fail "$p: groff:" "$warn"
	fi
	# In renders as <a>, At as AT&T UNIX.
	swallowed=$(mandoc -Tutf8 "$p" 2>/dev/null | sed 's/.\x08//g' |
	    grep -n -E -e '<[^ <>]+>' -e 'AT&T')
	[ -z "$swallowed" ] || fail "$p: a word was run as a macro:" "$swallowed"
done

# Words that are also mdoc macros, on a macro line after its first word:
# an escaped one (\&In) is not matched, as it does not stand alone.
words='An|At|Ex|In|Ms|No|St'
src=$(grep -n -E "^\\.[A-Z][a-z]+ (.* )?($words)( |\$)" $pages)
[ -z "$src" ] || fail "macro names where a word was meant (write \\&In):" "$src"

if [ "$failed" -ne 0 ]; then
	echo "manlint: $failed failed"
	exit 1
fi
echo "manlint: $(echo $pages | wc -w | tr -d ' ') pages clean"

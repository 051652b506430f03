#!/bin/sh
# A real PostgreSQL loading every tool's output, as a user's job would.
# A server is started for the test in a temporary directory, on a Unix
# socket only (no TCP), as an unprivileged user when run as root; it is
# stopped by its pid at the end, failure or not.  In a UTF8 database (the
# inputs that are valid UTF-8) and in a SQL_ASCII one (every input, invalid
# UTF-8 included):
#  - each tool's rows load with COPY ... FROM STDIN (NULL '') into typed
#    columns: date as date, numbering and offsets as integer, value as
#    text (a range is low-high), with a view casting the single values to
#    numeric, which must give the value back exactly;
#  - COPY ... TO STDOUT gives back the tool's output byte for byte;
#  - the text of every row of menafn-strip | TOOL is the article's text at
#    the row's offsets, and of every row of TOOL -r the input file's bytes
#    at its offsets (the file loaded as bytea), compared as bytes.
# Skipped (exit 0) only when no PostgreSQL server is installed; t/check.sh
# installs one.
#
# usage: sh t/cli/postgres.sh BINDIR
bin=$(cd "${1:-cmd}" && pwd) || exit 1
top=$(cd "$(dirname "$0")/../.." && pwd) || exit 1

# The Debian server's programs, newest first; not another pg_ctl on PATH,
# which may be of another version than the initdb found here.
pgbin=
for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t / -k 4 -n -r); do
	if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ] &&
	    [ -x "$d/psql" ]; then
		pgbin=$d
		break
	fi
done
if [ -z "$pgbin" ]; then
	echo "postgres: skip: no PostgreSQL server in /usr/lib/postgresql (apt-get install postgresql)"
	exit 0
fi
for v in PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGSERVICE PGPASSWORD \
    PGOPTIONS PGCLIENTENCODING PGDATESTYLE; do
	unset "$v"
done
LC_ALL=C
export LC_ALL

# Under root the server's user must reach the directory: /tmp, whatever
# TMPDIR says.
if [ "$(id -u)" -eq 0 ]; then
	tmp=$(mktemp -d /tmp/menafn-pg.XXXXXX) || exit 1
else
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/menafn-pg.XXXXXX") || exit 1
fi
pid=
stop() {
	if [ -n "$pid" ] && kill -INT "$pid" 2>/dev/null; then
		i=0
		while kill -0 "$pid" 2>/dev/null && [ "$i" -lt 300 ]; do
			sleep 0.1
			i=$((i + 1))
		done
	fi
	rm -rf "$tmp"
}
trap stop EXIT
trap 'exit 130' HUP INT TERM

# The server refuses to run as root: run it as nobody, who owns its
# files, from a directory nobody can read.
as_pg() {
	"$@"
}
if [ "$(id -u)" -eq 0 ]; then
	chown nobody "$tmp" || exit 1
	as_pg() {
		(cd "$tmp" && runuser -u nobody -- "$@")
	}
fi
chmod 755 "$tmp"

as_pg "$pgbin/initdb" -D "$tmp/data" -U menafn -A trust -E UTF8 \
    --locale=C >"$tmp/initdb.log" 2>&1 ||
    { cat "$tmp/initdb.log"; echo "postgres: initdb failed"; exit 1; }
cat >>"$tmp/data/postgresql.conf" <<EOF
listen_addresses = ''
unix_socket_directories = '$tmp'
fsync = off
DateStyle = 'ISO, YMD'
EOF
as_pg "$pgbin/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 60 start \
    >/dev/null 2>&1 ||
    { cat "$tmp/server.log"; echo "postgres: the server did not start"; exit 1; }
pid=$(head -n 1 "$tmp/data/postmaster.pid")

psql() {	# database, then psql arguments
	db=$1
	shift
	"$pgbin/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h "$tmp" -U menafn \
	    -d "$db" "$@"
}

. "$top/t/cli/tap.sh"

psql postgres -c "CREATE DATABASE ascii TEMPLATE template0 ENCODING 'SQL_ASCII'" ||
    exit 1

schema="
CREATE TABLE src (name text PRIMARY KEY, body bytea NOT NULL);
CREATE TABLE strip (doc text, date date, source text, text text);
CREATE TABLE paras (doc text, date date, source text,
    para integer, para_start integer, para_end integer, text text);
CREATE TABLE quotes (doc text, date date, source text,
    quote integer, quote_start integer, quote_end integer,
    speaker text, text text);
CREATE TABLE numbers (doc text, date date, source text,
    num integer, num_start integer, num_end integer,
    value text, kind text, unit text, text text);
CREATE TABLE raw_paras (name text, para integer, para_start integer,
    para_end integer, text text);
CREATE TABLE raw_quotes (name text, quote integer, quote_start integer,
    quote_end integer, speaker text, text text);
CREATE TABLE raw_numbers (name text, num integer, num_start integer,
    num_end integer, value text, kind text, unit text, text text);
-- The rows whose value is one number, as numeric.
CREATE VIEW numbers_value AS
    SELECT *, value::numeric AS amount FROM numbers
    WHERE value ~ '^-?[0-9]+(\\.[0-9]+)?\$';
"

# load DB TABLE FILE: COPY FROM STDIN, as the README tells users to.
load() {
	psql "$1" -c "COPY $2 FROM STDIN (FORMAT text, NULL '')" <"$3"
}

same_back() {	# db table file
	psql "$1" -c "COPY $2 TO STDOUT (FORMAT text, NULL '')" >"$tmp/back" &&
	    cmp "$3" "$tmp/back"
}

# SQL_EQ DB QUERY WANT: the query's one value is WANT.
sql_is() {
	got=$(psql "$1" -c "$2") || return 1
	[ "$got" = "$3" ] || { echo "$2"; echo "gives $got, not $3"; return 1; }
}

# The rows of TABLE (rows of menafn-strip | TOOL) whose text is not the
# article's bytes at their offsets, or whose article is missing.
by_offsets() {	# table start-column end-column
	echo "SELECT count(*) FROM $1 r LEFT JOIN strip s USING (doc)
	    WHERE s.doc IS NULL OR substring(
		convert_to(coalesce(s.text, ''), getdatabaseencoding())
		FROM r.$2 + 1 FOR r.$3 - r.$2)
	    IS DISTINCT FROM convert_to(coalesce(r.text, ''), getdatabaseencoding())"
}

# The same for TOOL -r rows against the input file loaded as bytea.
raw_by_offsets() {	# table start-column end-column
	echo "SELECT count(*) FROM $1 r LEFT JOIN src s USING (name)
	    WHERE s.name IS NULL OR substring(s.body FROM r.$2 + 1 FOR r.$3 - r.$2)
	    IS DISTINCT FROM convert_to(coalesce(r.text, ''), getdatabaseencoding())"
}

rows() {
	wc -l <"$1" | tr -d ' '
}

# run DB FILES...: load and check every tool's output over FILES.
run() {
	db=$1
	shift
	d=$tmp/$db
	mkdir "$d" || return 1
	psql "$db" -c "$schema" || return 1
	"$bin/menafn-strip" "$@" >"$d/strip" || return 1
	for t in paras quotes numbers; do
		"$bin/menafn-$t" <"$d/strip" >"$d/$t" || return 1
		: >"$d/raw_$t"
	done
	for f in "$@"; do
		name=$f
		b64=$(base64 -w 0 "$f") || return 1
		echo "INSERT INTO src VALUES (:'name', decode(:'b64', 'base64'));" |
		    psql "$db" -v name="$name" -v b64="$b64" || return 1
		for t in paras quotes numbers; do
			"$bin/menafn-$t" -r "$f" | sed "s|^|$name	|" \
			    >>"$d/raw_$t" || return 1
		done
	done
	for t in strip paras quotes numbers raw_paras raw_quotes raw_numbers; do
		check "$db: COPY $t FROM STDIN loads $(rows "$d/$t") rows" \
		    load "$db" "$t" "$d/$t"
		check "$db: COPY $t TO STDOUT gives back the tool's bytes" \
		    same_back "$db" "$t" "$d/$t"
		check "$db: $t holds $(rows "$d/$t") rows" \
		    sql_is "$db" "SELECT count(*) FROM $t" "$(rows "$d/$t")"
	done
	check "$db: an empty date is NULL" sql_is "$db" \
	    "SELECT count(*) FROM strip WHERE date IS NULL" \
	    "$(awk -F '\t' '$2 == ""' "$d/strip" | wc -l | tr -d ' ')"
	for t in paras:para quotes:quote numbers:num; do
		row=${t#*:}
		t=${t%:*}
		check "$db: $t text is the article's bytes at its offsets" \
		    sql_is "$db" "$(by_offsets "$t" "${row}_start" "${row}_end")" 0
		check "$db: $t -r text is the file's bytes at its offsets" \
		    sql_is "$db" "$(raw_by_offsets "raw_$t" "${row}_start" \
		    "${row}_end")" 0
	done
	check "$db: numbers_value casts every single value, exactly" \
	    sql_is "$db" "SELECT count(*) FILTER (WHERE amount::text <> value)
		|| ' ' || (count(*) > 0) FROM numbers_value" "0 true"
	check "$db: numbers_value holds the rows of one value" \
	    sql_is "$db" "SELECT count(*) FROM numbers_value" \
	    "$(awk -F '\t' '$7 ~ /^-?[0-9]+(\.[0-9]+)?$/' "$d/numbers" | wc -l |
	    tr -d ' ')"
}

# A text value cannot hold a NUL byte, which t/data/mixed.txt has: the
# SQL_ASCII database gets it without, invalid UTF-8 and all.
utf8_inputs="$top/sample/ukrinform.txt $top/t/data/ukrinform.txt $top/t/data/crlf-footer.txt"
tr -d '\000' <"$top/t/data/mixed.txt" >"$tmp/mixed-no-nul.txt"
ascii_inputs="$utf8_inputs $tmp/mixed-no-nul.txt"
# shellcheck disable=SC2086
check "the UTF8 database's inputs are valid UTF-8" \
    sh -c "cat $utf8_inputs | iconv -f UTF-8 -t UTF-8 >/dev/null"
check "the SQL_ASCII database's inputs are not all valid UTF-8" \
    sh -c "! iconv -f UTF-8 -t UTF-8 <'$tmp/mixed-no-nul.txt' >/dev/null 2>&1"
setup_failed() {
	n=$((n + 1))
	failed=$((failed + 1))
	echo "not ok $n - $1: loading stopped"
}
# shellcheck disable=SC2086
run postgres $utf8_inputs || setup_failed postgres
run ascii $ascii_inputs || setup_failed ascii

tap_end postgres

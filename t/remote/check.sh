#!/bin/sh
# Many machines: GNU parallel over ssh to two real OpenSSH servers on
# 127.0.0.1, each logging its sessions into a home of its own, with the
# tools shipped as --basefile and a remote PATH that holds no copy of them,
# so a row can only come back if the transfer worked.  The rows must be,
# after sort, exactly those of the local pipeline: over files with
# --transferfile/--return, over one TSV with --pipepart, and when one host
# dies in the middle of a run (--joblog with --resume-failed, and
# --retries).  Throughput is printed, never asserted.
#
# usage: sh t/remote/check.sh BINDIR      (REMOTE_MB sets the timed input)
set -u
bin=$(cd "${1:-cmd}" && pwd) || exit 1
top=$(cd "$(dirname "$0")/../.." && pwd) || exit 1
tools="menafn-strip menafn-paras menafn-quotes menafn-numbers"
for t in $tools; do
	[ -x "$bin/$t" ] || { echo "remote: $bin/$t is missing (run make)"; exit 1; }
done
mb=${REMOTE_MB:-8}

# The same Debian packages t/check.sh installs, for the same reason:
# the test must run on a bare CI image.
need=
[ -x /usr/sbin/sshd ] || need="$need openssh-server"
command -v ssh >/dev/null 2>&1 && command -v ssh-keygen >/dev/null 2>&1 ||
    need="$need openssh-client"
command -v parallel >/dev/null 2>&1 || need="$need parallel"
command -v rsync >/dev/null 2>&1 || need="$need rsync"
command -v ps >/dev/null 2>&1 || need="$need procps"
command -v ss >/dev/null 2>&1 || need="$need iproute2"
if [ -n "$need" ]; then
	echo "# installing:$need"
	sudo=
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get update -qq &&
	    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $need \
	    >/dev/null || { echo "remote: apt-get install$need failed"; exit 1; }
fi
# Installing openssh-server may start the system's own sshd; ours never
# uses its port or its config.
[ "$(id -u)" -ne 0 ] || mkdir -p /run/sshd || exit 1

user=$(id -un) || exit 1
tmp=$(mktemp -d) || exit 1
servers=
# Each session of a server runs in a session of its own (setsid), so a
# server is stopped as the whole tree at once: a job cannot outlive the
# host it ran on.
tree() {
	for c in $(ps -o pid= --ppid "$1" 2>/dev/null); do
		tree "$c"
	done
	echo "$1"
}
stop_server() {
	eval "spid=\${pid_$1:-}"
	[ -n "$spid" ] || return 0
	kill -KILL $(tree "$spid") 2>/dev/null
	wait "$spid" 2>/dev/null
	eval "pid_$1="
}
# Servers first: the jobs of a run cut short then fail at once, and the
# parallel still running ends instead of finishing its queue.
child=
watcher=
cleanup() {
	for s in $servers; do
		stop_server "$s"
	done
	for c in $watcher $child; do
		kill -TERM "$c" 2>/dev/null
		wait "$c" 2>/dev/null
	done
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
# bounded SECONDS COMMAND...: run in the background and wait, since the
# shell runs a trap only once its foreground command ends: an interrupt
# must stop the test now, not after the run.  Asynchronous commands read
# /dev/null, so input comes in files named on the command line.
bounded() {
	timeout "$@" &
	child=$!
	wait "$child"
	bst=$?
	child=
	return $bst
}

n=0
failed=0
pass() { n=$((n + 1)); echo "ok $n - $1"; }
fail() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
# ok NAME COMMAND...: one check on a command's status.
ok() {
	name=$1
	shift
	if "$@"; then pass "$name"; else fail "$name"; fi
}
# same NAME WANT GOT: one check that two files hold the same bytes.
same() {
	if cmp -s "$2" "$3"; then
		pass "$1"
	else
		fail "$1"
		diff "$2" "$3" | head -n 5 | sed 's/^/# /'
	fi
}
now() { perl -MTime::HiRes=time -e 'printf "%.3f\n", time'; }

ssh-keygen -q -t ed25519 -N '' -C menafn-client -f "$tmp/client_key" || exit 1
cp "$tmp/client_key.pub" "$tmp/authorized_keys" || exit 1
: >"$tmp/known_hosts"

# A port nobody listens on now; sshd may still lose it to a race, which
# start_server sees and answers with another port.
free_port() {
	while :; do
		p=$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')
		p=$((20000 + p % 40000))
		[ -z "$(ss -Hltn "sport = :$p")" ] && { echo "$p"; return; }
	done
}

# start_server NAME: an sshd of its own on 127.0.0.1, key login only.
# ForceCommand gives each server's sessions their own home and a PATH
# of /usr/bin:/bin, as two separate machines would have: what one host
# was sent is not on the other, and no tool is found unless shipped.
# SHLVL=1 stops bash reading this machine's ~/.bashrc for each command:
# the rc files of whoever runs the test are no part of the hosts, and
# one that is slow or prints (which breaks rsync) would decide the result.
start_server() {
	d=$tmp/$1
	mkdir -p "$d/home" || return 1
	[ -f "$d/host_key" ] ||
	    ssh-keygen -q -t ed25519 -N '' -C "$1" -f "$d/host_key" || return 1
	try=0
	while [ $try -lt 20 ]; do
		try=$((try + 1))
		port=$(free_port)
		cat >"$d/sshd_config" <<EOF
ListenAddress 127.0.0.1
AddressFamily inet
Port $port
HostKey $d/host_key
PidFile $d/sshd.pid
AuthorizedKeysFile $tmp/authorized_keys
AllowUsers $user
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
HostbasedAuthentication no
UsePAM no
StrictModes no
PermitUserEnvironment no
AllowTcpForwarding no
AllowAgentForwarding no
X11Forwarding no
PermitTunnel no
PrintMotd no
UseDNS no
MaxStartups 64:30:128
SetEnv SHLVL=1
ForceCommand cd $d/home && HOME=$d/home PATH=/usr/bin:/bin && export HOME PATH && exec /bin/sh -c "\$SSH_ORIGINAL_COMMAND"
EOF
		/usr/sbin/sshd -D -f "$d/sshd_config" -E "$d/sshd.log" &
		spid=$!
		eval "pid_$1=$spid port_$1=$port"
		servers="$servers $1"
		i=0
		while [ $i -lt 50 ] && kill -0 "$spid" 2>/dev/null; do
			if ss -Hltnp "sport = :$port" | grep -q "pid=$spid,"; then
				return 0
			fi
			sleep 0.1
			i=$((i + 1))
		done
		stop_server "$1"
	done
	echo "# $1: sshd would not start; log:"
	sed 's/^/# /' "$d/sshd.log"
	return 1
}

# Any name other than the two aliases connects nowhere, so a slip in a
# command line cannot reach another machine.
client_config() {
	cat >"$tmp/ssh_config" <<EOF
Host * !menafn-a !menafn-b
	ProxyCommand /bin/false
Host menafn-a
	HostName 127.0.0.1
	Port ${port_a:-1}
	HostKeyAlias menafn-a
Host menafn-b
	HostName 127.0.0.1
	Port ${port_b:-1}
	HostKeyAlias menafn-b
Host *
	User $user
	IdentityFile $tmp/client_key
	IdentitiesOnly yes
	IdentityAgent none
	UserKnownHostsFile $tmp/known_hosts
	GlobalKnownHostsFile /dev/null
	StrictHostKeyChecking yes
	CheckHostIP no
	UpdateHostKeys no
	BatchMode yes
	PasswordAuthentication no
	KbdInteractiveAuthentication no
	ConnectTimeout 5
	ConnectionAttempts 1
	ServerAliveInterval 5
	ServerAliveCountMax 2
	ControlMaster no
	ControlPath none
	ForwardAgent no
	ForwardX11 no
	ClearAllForwardings yes
	AddressFamily inet
	LogLevel ERROR
EOF
}

for s in a b; do
	if start_server $s; then
		printf 'menafn-%s %s\n' $s "$(cut -d' ' -f1,2 "$tmp/$s/host_key.pub")" \
		    >>"$tmp/known_hosts"
	fi
done
client_config
ssh="ssh -F $tmp/ssh_config"
login="1/menafn-a,1/menafn-b"

# One server listening on 127.0.0.1 alone.
listens_loopback() {
	eval "lp=\${port_$1:-} lpid=\${pid_$1:-}"
	[ -n "$lpid" ] || return 1
	got=$(ss -Hltnp | grep "pid=$lpid," | awk '{ print $4 }')
	[ "$got" = "127.0.0.1:$lp" ]
}
ok "server a listens on 127.0.0.1:${port_a:-?} only" listens_loopback a
ok "server b listens on 127.0.0.1:${port_b:-?} only" listens_loopback b

login_home() {
	[ "$(timeout 20 $ssh "menafn-$1" pwd 2>"$tmp/err")" = "$tmp/$1/home" ] ||
	    { sed 's/^/# /' "$tmp/err"; return 1; }
}
ok "key login to menafn-a lands in its own home" login_home a
ok "key login to menafn-b lands in its own home" login_home b
# IdentityFile adds to the list, so a key refused must come in a config
# of its own.
ssh-keygen -q -t ed25519 -N '' -C menafn-stranger -f "$tmp/stranger_key" || exit 1
sed "s|$tmp/client_key|$tmp/stranger_key|" "$tmp/ssh_config" >"$tmp/ssh_config.stranger"
# The refusal must name publickey as the only method left to try.
refused() {
	! timeout 20 ssh -F "$tmp/ssh_config.stranger" menafn-a true 2>"$tmp/err" &&
	    grep -q 'Permission denied (publickey)' "$tmp/err"
}
ok "login with a key not authorized is refused" refused
ok "a name other than the two aliases is never contacted" \
    sh -c "! timeout 20 $ssh localhost true 2>/dev/null"
# rsync found, the tools not: the PATH is what the jobs will see.
bare_path() {
	timeout 20 $ssh "menafn-$1" command -v rsync >/dev/null 2>&1 || return 1
	for t in $tools; do
		! timeout 20 $ssh "menafn-$1" command -v "$t" >/dev/null 2>&1 ||
		    { echo "# menafn-$1 has $t in its PATH"; return 1; }
	done
}
ok "no tool in the remote PATH of menafn-a" bare_path a
ok "no tool in the remote PATH of menafn-b" bare_path b

# Eight feed files of varied articles: dated and undated headers, CRLF
# line ends, datelines, the footer, quotes and numbers that differ per
# article.
mkdir "$tmp/feeds" || exit 1
i=0
while [ $i -lt 48 ]; do
	f=$tmp/feeds/feed$((i % 8)).txt
	{
		case $((i % 4)) in
		0) printf 'date 2025-01-%02d (MENAFN- Source %d) Article %d.\n\n' \
		    $((i % 28 + 1)) $((i % 3)) $i ;;
		1) printf '(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, Feb %d - Item %d.\n' \
		    $((i % 27 + 1)) $i ;;
		2) printf ' date 2024-12-%02d (MENAFN) DOHA, Qatar: Report %d.\n' \
		    $((i % 30 + 1)) $i ;;
		3) printf 'date 2025-03-%02d (MENAFN- Gulf Times) Note %d.\r\n\r\n' \
		    $((i % 28 + 1)) $i ;;
		esac
		cat "$top/sample/ukrinform.txt"
		printf '\n\n\342\200\234Quote number %d,\342\200\235 he said, adding %d percent and USD %d million.\n' \
		    $i $((i * 7)) $((i * 3 + 1))
		[ $((i % 3)) -ne 0 ] ||
		    printf '\nLegal Disclaimer:\nMENAFN provides the information \342\200\234as is\342\200\235 without warranty of any kind. For any complaints, kindly contact the provider above.\n'
	} >>"$f"
	i=$((i + 1))
done
cd "$tmp/feeds" || exit 1
ls feed*.txt >"$tmp/files"
# Rows of the local pipeline, named FILE:N from the same relative names
# the remote jobs see.
local_rows() {
	PATH=$bin:$PATH sh -c "menafn-strip \$(cat '$tmp/files') | $1" | LC_ALL=C sort
}
local_rows "menafn-paras | menafn-quotes" >"$tmp/want.q"
local_rows "menafn-paras | menafn-numbers" >"$tmp/want.n"
[ -s "$tmp/want.q" ] && [ -s "$tmp/want.n" ] || { echo "remote: no local rows"; exit 1; }

# /./ puts each tool at the top of the job's --wd, where ./NAME runs it.
base=
for t in $tools; do
	base="$base --basefile $bin/./$t"
done
wd=menafn-run-$$
# remote ARGS...: parallel over the two hosts, bounded in time.
remote() {
	bounded 300 parallel --will-cite --ssh "$ssh" $base --wd "$wd" "$@"
}
job='./menafn-strip {} | ./menafn-paras > {}.p && ./menafn-quotes < {}.p > {}.q && ./menafn-numbers < {}.p > {}.n; s=$?; rm -f {}.p; exit $s'
# gather EXT: every returned file of one kind, sorted.
gather() {
	for f in $(cat "$tmp/files"); do
		cat "$f.$1" || return 1
	done | LC_ALL=C sort
}
hosts_used() {
	awk -F'\t' 'NR > 1 { print $2 }' "$1" | sort -u | tr '\n' ' '
}

remote -S "$login" --joblog "$tmp/log1" --transferfile {} \
    --return {}.q --return {}.n -a "$tmp/files" --cleanup "$job" >"$tmp/out1" 2>&1
st=$?
[ $st -eq 0 ] || sed 's/^/# /' "$tmp/out1" | head -n 10
ok "parallel -S menafn-a,menafn-b --transferfile --return exits 0" [ $st -eq 0 ]
gather q >"$tmp/got.q" 2>/dev/null
same "returned quotes rows equal the local strip | paras | quotes" "$tmp/want.q" "$tmp/got.q"
gather n >"$tmp/got.n" 2>/dev/null
same "returned numbers rows equal the local strip | paras | numbers" "$tmp/want.n" "$tmp/got.n"
ok "jobs ran on both hosts (log: $(hosts_used "$tmp/log1"))" \
    [ "$(hosts_used "$tmp/log1")" = "menafn-a menafn-b " ]
# --cleanup takes back the base files, the feeds and the results.
ok "--cleanup leaves no file on either host" \
    [ -z "$(find "$tmp/a/home" "$tmp/b/home" -type f)" ]
rm -f ./*.q ./*.n

# One stripped TSV cut by --pipepart; each host reads its parts on stdin.
PATH=$bin:$PATH menafn-strip $(cat "$tmp/files") >"$tmp/stripped.tsv"
PATH=$bin:$PATH menafn-paras <"$tmp/stripped.tsv" | PATH=$bin:$PATH menafn-numbers |
    LC_ALL=C sort >"$tmp/want.pp"
remote -S "$login" --joblog "$tmp/log2" --pipepart -a "$tmp/stripped.tsv" \
    --block 16k --cleanup './menafn-paras | ./menafn-numbers' >"$tmp/out2" 2>"$tmp/err2"
st=$?
[ $st -eq 0 ] || sed 's/^/# /' "$tmp/err2" | head -n 10
ok "parallel --pipepart -S menafn-a,menafn-b exits 0" [ $st -eq 0 ]
LC_ALL=C sort "$tmp/out2" >"$tmp/got.pp"
same "--pipepart rows equal the local paras | numbers" "$tmp/want.pp" "$tmp/got.pp"
ok "--pipepart jobs ran on both hosts (log: $(hosts_used "$tmp/log2"))" \
    [ "$(hosts_used "$tmp/log2")" = "menafn-a menafn-b " ]

# A host that dies in the middle of a run.  Each job marks its start in
# its working dir and sleeps a second, so the kill lands while a job of
# menafn-b runs and more are queued behind it, never between a job's end
# and its --return (a return that fails does not fail the job).
slow='touch {}.run && sleep 1 && '$job
# kill_b_midrun: wait for a job to start on menafn-b, then kill it.
kill_b_midrun() {
	i=0
	while [ $i -lt 300 ]; do
		for f in "$tmp/b/home/$wd"/*.run; do
			[ -e "$f" ] && { stop_server b; return 0; }
		done
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}
# The watcher kills in a subshell: this shell reaps the server and
# forgets its pid, which must never be signalled again.
reap_b() {
	wait "$pid_b" 2>/dev/null
	pid_b=
}
kill_b_midrun & watcher=$!
remote -S "$login" --joblog "$tmp/log3" --transferfile {} \
    --return {}.q --return {}.n -a "$tmp/files" --cleanup "$slow" >"$tmp/out3" 2>&1
st=$?
wait $watcher
killed=$?
watcher=
reap_b
ok "server b was killed while a job ran on it" [ $killed -eq 0 ]
nfail=$(awk -F'\t' 'NR > 1 && $7 != 0' "$tmp/log3" | wc -l)
nfail_a=$(awk -F'\t' 'NR > 1 && $7 != 0 && $2 != "menafn-b"' "$tmp/log3" | wc -l)
reported() { [ $st -ne 0 ] && [ "$nfail" -gt 0 ] && [ "$nfail_a" -eq 0 ]; }
ok "parallel exits non-zero ($st) and logs $nfail failed jobs, all on menafn-b" reported
remote -S 1/menafn-a --joblog "$tmp/log3" --resume-failed --transferfile {} \
    --return {}.q --return {}.n -a "$tmp/files" --cleanup "$job" >"$tmp/out4" 2>&1
st=$?
[ $st -eq 0 ] || sed 's/^/# /' "$tmp/out4" | head -n 10
ok "--resume-failed on menafn-a exits 0" [ $st -eq 0 ]
rerun=$(awk -F'\t' 'NR > 1' "$tmp/log3" | wc -l)
ok "--resume-failed ran the $nfail failed jobs again, and only them" \
    [ "$rerun" -eq $(($(wc -l <"$tmp/files") + nfail)) ]
gather q >"$tmp/got.q" 2>/dev/null
same "after --resume-failed: quotes rows equal the local ones" "$tmp/want.q" "$tmp/got.q"
gather n >"$tmp/got.n" 2>/dev/null
same "after --resume-failed: numbers rows equal the local ones" "$tmp/want.n" "$tmp/got.n"
rm -f ./*.q ./*.n

# The same death with --retries: the failed jobs move to menafn-a within
# the run.  menafn-b comes back first, on a new port if its old one went.
rm -rf "$tmp/b/home/$wd"
start_server b && client_config
kill_b_midrun & watcher=$!
remote -S "$login" --retries 3 --joblog "$tmp/log5" --transferfile {} \
    --return {}.q --return {}.n -a "$tmp/files" --cleanup "$slow" >"$tmp/out5" 2>&1
st=$?
wait $watcher
killed=$?
watcher=
reap_b
[ $st -eq 0 ] || sed 's/^/# /' "$tmp/out5" | head -n 10
survived() { [ $killed -eq 0 ] && [ $st -eq 0 ]; }
ok "with --retries 3 the run survives the death of menafn-b (kill: $killed, exit: $st)" survived
gather q >"$tmp/got.q" 2>/dev/null
same "after --retries: quotes rows equal the local ones" "$tmp/want.q" "$tmp/got.q"
gather n >"$tmp/got.n" 2>/dev/null
same "after --retries: numbers rows equal the local ones" "$tmp/want.n" "$tmp/got.n"
rm -f ./*.q ./*.n

# Throughput on about REMOTE_MB MB of stripped articles: one local
# pipeline, parallel on this machine alone, and parallel over the two
# hosts (which share this machine's CPUs).  Printed, never asserted.
start_server b && client_config
big=$tmp/big.tsv
: >"$big"
while [ "$(wc -c <"$big")" -lt $((mb * 1048576)) ]; do
	cat "$tmp/stripped.tsv" >>"$big"
done
PATH=$bin:$PATH
export PATH
t0=$(now)
menafn-paras <"$big" | menafn-numbers >/dev/null
t1=$(now)
bounded 300 parallel --will-cite --pipepart -a "$big" --block -1 -j2 \
    'menafn-paras | menafn-numbers' >/dev/null
s1=$?
t2=$(now)
remote -S 2/menafn-a,2/menafn-b --pipepart -a "$big" --block -1 --cleanup \
    './menafn-paras | ./menafn-numbers' >/dev/null 2>&1
s2=$?
t3=$(now)
awk -v s="$(wc -c <"$big")" -v c="$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN)" \
    -v t0="$t0" -v t1="$t1" -v t2="$t2" -v t3="$t3" -v s1=$s1 -v s2=$s2 '
function row(what, t, st) {
	printf "#   %-46s %6.2f s %6.1f MB/s%s\n", what, t, mb / t, st ? "  (exit " st ")" : ""
}
BEGIN {
	mb = s / 1048576
	printf "# paras | numbers on %.1f MB of stripped TSV, %s CPUs:\n", mb, c
	row("one local pipeline", t1 - t0, 0)
	row("parallel --pipepart -j2, this machine", t2 - t1, s1)
	row("parallel --pipepart -S 2/menafn-a,2/menafn-b", t3 - t2, s2)
}'

echo "1..$n"
echo "remote: $((n - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]

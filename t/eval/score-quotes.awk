# Scores predicted quotations against gold ones.  Input lines:
#   P <doc> <quote> <speaker>            a row the tool wrote
#   G <doc> <quote> <speaker> <kind>     a gold row (kind speech or other)
# Quotations match within a doc when their texts agree with the marks
# removed and white space collapsed, one to one.  Speakers are scored over
# the gold speech rows that have a speaker and were found:
#   exact    the two strings are equal after trimming;
#   lenient  the last words agree, or the words of one are all among the
#            words of the other;
#   pronoun  lenient, over the rows whose gold speaker is a pronoun;
#   given    the share of those rows where the tool names anyone;
#   right    lenient over the rows where the tool names someone.
# Variables: name (the set's name for the summary line), misses (a file
# for the misses, or empty).
function norm(s) {
	gsub(/\\n|\\t|\\r/, " ", s)
	gsub(/\342\200\234|\342\200\235|\342\200\236|\342\200\230|\342\200\231|\342\200\232|\342\200\233|\342\271\202|\302\253|\302\273|\342\200\271|\342\200\272|\343\200\214|\343\200\215|\343\200\216|\343\200\217|"|\047|`/, "", s)
	gsub(/[ \t]+/, " ", s)
	sub(/^ /, "", s)
	sub(/ $/, "", s)
	return s
}
function words(s, set,    n, i, w) {
	s = tolower(s)
	gsub(/[^a-z0-9\200-\377 .-]/, " ", s)
	n = split(s, w, / +/)
	for (i = 1; i <= n; i++)
		if (w[i] != "")
			set[w[i]] = 1
	return n
}
function lastword(s,    n, w) {
	s = tolower(s)
	gsub(/[^a-z0-9\200-\377 .-]/, " ", s)
	sub(/ +$/, "", s)
	n = split(s, w, / +/)
	return n ? w[n] : ""
}
function subset(a, b,    k) {
	for (k in a)
		if (!(k in b))
			return 0
	return 1
}
function lenient(g, p,    ga, pa) {
	if (g == "" || p == "")
		return 0
	if (lastword(g) == lastword(p))
		return 1
	split("", ga)
	split("", pa)
	words(g, ga)
	words(p, pa)
	return subset(ga, pa) || subset(pa, ga)
}
function pronoun(s) {
	return tolower(s) ~ /^(he|she|they|it|we|i|you|him|her|them|his|us)$/
}
function miss(s) {
	if (misses != "")
		print s > misses
}
BEGIN { FS = "\t" }
$1 == "P" { k = $2 SUBSEP norm($3); pred[k]++; pspk[k, pred[k]] = norm($4); np++ }
$1 == "G" { ng++; k = $2 SUBSEP norm($3); gold[++gn] = k; gk[gn] = $5; gs[gn] = norm($4) }
END {
	for (i = 1; i <= gn; i++) {
		k = gold[i]
		split(k, a, SUBSEP)
		if (used[k] >= pred[k]) {
			miss("missed\t" a[1] "\t" substr(a[2], 1, 70))
			continue
		}
		used[k]++
		tp++
		if (gk[i] != "speech" || gs[i] == "")
			continue
		got = pspk[k, used[k]]
		ns++
		ex += got == gs[i]
		le = lenient(gs[i], got)
		len += le
		if (got != "") {
			given++
			right += le
		}
		if (pronoun(gs[i])) {
			npr++
			pr += le
		}
		if (!le)
			miss("speaker\t" a[1] "\twant " gs[i] "\tgot " got "\t" substr(a[2], 1, 50))
	}
	for (k in pred)
		if (pred[k] > used[k]) {
			split(k, a, SUBSEP)
			miss("extra\t" a[1] "\t" substr(a[2], 1, 70))
		}
	p = np ? tp / np : 1
	r = ng ? tp / ng : 1
	f = p + r ? 2 * p * r / (p + r) : 0
	printf "quotes: predicted %d, gold %d, matched %d\n", np, ng, tp
	printf "precision %.3f  recall %.3f  F1 %.3f\n", p, r, f
	printf "speakers: %d gold speech quotations with a speaker found: exact %.3f, lenient %.3f; pronouns (%d) %.3f; named for %.3f, right when named %.3f\n", \
	    ns, ns ? ex / ns : 1, ns ? len / ns : 1, npr, npr ? pr / npr : 1, \
	    ns ? given / ns : 1, given ? right / given : 1
	printf "summary\t%s\t%.3f\t%.3f\t%.3f\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\n", name, p, r, f, \
	    ns, ns ? ex / ns : 1, ns ? len / ns : 1, npr ? pr / npr : 1, \
	    ns ? given / ns : 1, given ? right / given : 1
}

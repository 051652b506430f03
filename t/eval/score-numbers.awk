# Scores predicted numbers against gold ones, per doc, one to one.  Input:
#   P <doc> <text> <value> <kind> <unit>
#   G <doc> <text> <value> <kind> <unit> [<counted>]
# Rows of kind year, date, time and other are not quantities: not required
# of the tool, and not counted against it.  A predicted row matches a gold
# one of the same doc when their texts overlap (one holds the other) and
# their values are numerically equal (a range by both bounds).  Value plus
# unit also wants the units equal after lower-casing and dropping a final
# s, "CODE per x" read as CODE/x; a gold count's unit is its counted noun.
# Variables: name (for the summary line), misses (a file, or empty),
# countless (1: the gold marks neither counted nouns nor rates, as the
# devset's README says of its gold/numbers.tsv and the held-out rounds
# that follow it: there the unit is scored only for money, by its code,
# percents, measures and ages, and a gold number with no unit takes any).
function quantity(k) {
	return k != "year" && k != "date" && k != "time" && k != "other"
}
function num(s) {
	return s ~ /^-?[0-9]+(\.[0-9]+)?$/
}
# low-high, either side possibly negative: split at the dash after a digit
function range(s, r,    i) {
	for (i = 2; i <= length(s); i++)
		if (substr(s, i, 1) == "-" && substr(s, i - 1, 1) ~ /[0-9.]/) {
			r[1] = substr(s, 1, i - 1)
			r[2] = substr(s, i + 1)
			return 1
		}
	return 0
}
function samevalue(a, b,    x, y) {
	if (num(a) && num(b))
		return a + 0 == b + 0
	if (range(a, x) && range(b, y))
		return (x[1] == y[1] || (num(x[1]) && num(y[1]) && x[1] + 0 == y[1] + 0)) &&
		    (x[2] == y[2] || (num(x[2]) && num(y[2]) && x[2] + 0 == y[2] + 0))
	return a == b
}
function unitnorm(u) {
	u = tolower(u)
	sub(/ per /, "/", u)
	sub(/s$/, "", u)
	sub(/s\//, "/", u)
	return u
}
function overlap(a, b) {
	return index(a, b) > 0 || index(b, a) > 0
}
function miss(s) {
	if (misses != "")
		print s > misses
}
BEGIN { FS = "\t" }
!(($2) in seen) { seen[$2] = 1; docs[++nd] = $2 }
$1 == "P" && quantity($5) {
	n = ++np[$2]
	ptext[$2, n] = $3; pval[$2, n] = $4; punit[$2, n] = $6
	ptot++
}
$1 == "G" && quantity($5) {
	n = ++ng[$2]
	gtext[$2, n] = $3; gval[$2, n] = $4
	gunit[$2, n] = $5 == "number" && $7 != "" ? $7 : $6
	gcount[$2, n] = $5 == "number" && $6 == ""
	gtot++
}
END {
	for (x = 1; x <= nd; x++) {
		d = docs[x]
		for (i = 1; i <= ng[d]; i++) {
			for (j = 1; j <= np[d]; j++)
				if (!used[d, j] && samevalue(pval[d, j], gval[d, i]) &&
				    overlap(ptext[d, j], gtext[d, i]))
					break
			if (j > np[d]) {
				miss("missed\t" d "\t" gtext[d, i] "\t" gval[d, i] "\t" gunit[d, i])
				continue
			}
			used[d, j] = 1
			tp++
			pu = punit[d, j]
			if (countless && gunit[d, i] !~ /\//)
				sub(/\/.*/, "", pu)
			if (unitnorm(pu) == unitnorm(gunit[d, i]) ||
			    (countless && gcount[d, i]))
				tpu++
			else
				miss("unit\t" d "\t" gtext[d, i] "\twant " gunit[d, i] "\tgot " punit[d, j])
		}
		for (j = 1; j <= np[d]; j++)
			if (!used[d, j])
				miss("extra\t" d "\t" ptext[d, j] "\t" pval[d, j])
	}
	p = ptot ? tp / ptot : 0
	r = gtot ? tp / gtot : 0
	f = p + r ? 2 * p * r / (p + r) : 0
	pu = ptot ? tpu / ptot : 0
	ru = gtot ? tpu / gtot : 0
	fu = pu + ru ? 2 * pu * ru / (pu + ru) : 0
	printf "numbers: gold %d, found %d, values matched %d, with unit %d\n", gtot, ptot, tp, tpu
	printf "value: precision %.3f  recall %.3f  F1 %.3f; value+unit: P %.3f  R %.3f  F1 %.3f\n", p, r, f, pu, ru, fu
	printf "summary\t%s\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\n", name, p, r, f, pu, ru, fu
}

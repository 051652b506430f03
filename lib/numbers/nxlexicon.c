#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "numbers.h"
#include "utf8.h"
#include "nx.h"

#define NUM(s, k, v) { s, sizeof s - 1, W_NUM, k, 0, v, "" }
#define ORD(s, k, v) { s, sizeof s - 1, W_ORD, k, 0, v, "" }
#define WRD(s, t) { s, sizeof s - 1, t, 0, 0, 0, "" }
#define MON(s, v) { s, sizeof s - 1, W_MONTH, 0, F_CAP, v, "" }
#define COD(s, iso) { s, sizeof s - 1, W_CUR, 0, F_EXACT, 0, iso }
#define ONE(s, iso) { s, sizeof s - 1, W_CUR, 0, F_EXACT | F_AMTONLY, 0, iso }
#define ISO(s, iso) { s, sizeof s - 1, W_CUR, 0, 0, 0, iso }
#define DOL(s, iso, f) { s, sizeof s - 1, W_CUR, 0, F_DOLLAR | (f), 0, iso }
#define ORDS(s, k, v) { s, sizeof s - 1, W_ORD, k, F_PLURAL, v, "" }
/* fivefold: a multiplier, a number that ends a spelled number */
#define FOLD(s, k, v) { s, sizeof s - 1, W_NUM, k, F_FOLD, v, "" }

/*
 * Words that can start a number, sorted by their first letter (case
 * folded): nx_init() indexes the buckets.
 */
const struct lx nx_hot[] = {
	WRD("a", W_A), WRD("an", W_A), ISO("aed", "AED"), ISO("azn", "AZN"),
	DOL("A", "AUD", F_EXACT), DOL("au", "AUD", 0), ISO("aud", "AUD"),
	WRD("above", W_CMP), WRD("at", W_CMP),
	MON("apr", 4), MON("april", 4), MON("aug", 8), MON("august", 8),
	COD("AFN", "AFN"),
	COD("BD", "BHD"), ISO("bhd", "BHD"), WRD("between", W_BETWEEN),
	WRD("below", W_CMP), WRD("bigger", W_CMP),
	NUM("billion", K_SCALE, 9), ORD("billionth", K_SCALE, 9),
	ORDS("billionths", K_SCALE, 9), ISO("btc", "BTC"),
	COD("BDT", "BDT"), COD("BRL", "BRL"),
	ISO("chf", "CHF"), ISO("cny", "CNY"), DOL("c", "CAD", 0),
	NUM("crore", K_SCALE, 7),
	DOL("ca", "CAD", 0), ISO("cad", "CAD"),
	COD("CZK", "CZK"),
	COD("Dh", "AED"), COD("Dhs", "AED"), COD("DH", "AED"),
	MON("dec", 12), MON("december", 12), NUM("dozen", K_DOZEN, 12),
	NUM("dozens", K_DOZEN, 12), NUM("doz", K_DOZEN, 12),
	NUM("dozs", K_DOZEN, 12), NUM("dz", K_DOZEN, 12), NUM("dzs", K_DOZEN, 12),
	COD("DZD", "DZD"), COD("DKK", "DKK"),
	ISO("egp", "EGP"), ISO("eur", "EUR"), NUM("eight", K_UNIT, 8),
	WRD("equal", W_CMP), WRD("equals", W_CMP), WRD("equaling", W_CMP),
	WRD("exceed", W_CMP), WRD("exceeds", W_CMP), WRD("exceeding", W_CMP),
	ORDS("eighths", K_UNIT, 8),
	NUM("eighteen", K_TEEN, 18), ORD("eighteenth", K_TEEN, 18),
	ORD("eighth", K_UNIT, 8), NUM("eighty", K_TENS, 80),
	FOLD("eightfold", K_UNIT, 8),
	ORD("eightieth", K_TENS, 80), NUM("eleven", K_TEEN, 11),
	ORD("eleventh", K_TEEN, 11),
	MON("feb", 2), MON("february", 2), NUM("fifteen", K_TEEN, 15),
	ORD("fifteenth", K_TEEN, 15), ORD("fifth", K_UNIT, 5),
	ORDS("fifths", K_UNIT, 5), ORDS("firsts", K_UNIT, 1),
	WRD("fewer", W_CMP),
	NUM("fifty", K_TENS, 50), ORD("fiftieth", K_TENS, 50),
	ORD("first", K_UNIT, 1), NUM("five", K_UNIT, 5),
	FOLD("fivefold", K_UNIT, 5), FOLD("fourfold", K_UNIT, 4),
	NUM("forty", K_TENS, 40), ORD("fortieth", K_TENS, 40),
	NUM("four", K_UNIT, 4), NUM("fourteen", K_TEEN, 14),
	ORD("fourteenth", K_TEEN, 14), ORD("fourth", K_UNIT, 4),
	ORDS("fourths", K_UNIT, 4),
	WRD("from", W_FROM),
	ISO("gbp", "GBP"),
	WRD("greater", W_CMP),
	COD("GEL", "GEL"),
	WRD("half", W_HALF), NUM("hundred", K_HUND, 2),
	ORD("hundredth", K_HUND, 2), ORDS("hundredths", K_HUND, 2),
	DOL("hk", "HKD", 0), ISO("hkd", "HKD"),
	WRD("higher", W_CMP),
	COD("HUF", "HUF"),
	ISO("inr", "INR"),
	COD("IQD", "IQD"), COD("IRR", "IRR"), COD("IDR", "IDR"),
	MON("jan", 1), MON("january", 1), COD("JD", "JOD"), ISO("jod", "JOD"),
	ISO("jpy", "JPY"), MON("jul", 7), MON("july", 7), MON("jun", 6),
	MON("june", 6),
	COD("KD", "KWD"), ISO("kwd", "KWD"),
	COD("KZT", "KZT"), COD("KES", "KES"), COD("KRW", "KRW"),
	COD("KSh", "KES"), COD("Ksh", "KES"),
	WRD("larger", W_CMP),
	COD("LE", "EGP"), ISO("lkr", "LKR"), COD("LBP", "LBP"),
	COD("LYD", "LYD"),
	WRD("less", W_CMP), WRD("lower", W_CMP),
	MON("mar", 3), MON("march", 3), MON("may", 5), DOL("mex", "MXN", 0),
	ISO("mxn", "MXN"), ORDS("millionths", K_SCALE, 6),
	WRD("more", W_CMP),
	NUM("million", K_SCALE, 6), ORD("millionth", K_SCALE, 6),
	WRD("minus", W_NEG),
	COD("MAD", "MAD"), COD("MYR", "MYR"),
	WRD("negative", W_NEG), NUM("nine", K_UNIT, 9),
	NUM("nineteen", K_TEEN, 19), ORD("nineteenth", K_TEEN, 19),
	FOLD("ninefold", K_UNIT, 9),
	NUM("ninety", K_TENS, 90), ORD("ninetieth", K_TENS, 90),
	ORD("ninth", K_UNIT, 9), ORDS("ninths", K_UNIT, 9), MON("nov", 11),
	ORD("nineth", K_UNIT, 9),
	MON("november", 11), NUM("naught", K_UNIT, 0), NUM("nought", K_UNIT, 0),
	ISO("npr", "NPR"), COD("NGN", "NGN"), COD("NOK", "NOK"),
	ONE("N", "NGN"),
	DOL("nz", "NZD", 0), ISO("nzd", "NZD"),
	WRD("no", W_CMP), WRD("not", W_CMP),
	ISO("omr", "OMR"), MON("oct", 10),
	MON("october", 10),
	WRD("over", W_CMP),
	NUM("one", K_UNIT, 1),
	WRD("per", W_PCTPRE), WRD("percent", W_PCTPRE),
	WRD("percents", W_PCTPRE),
	COD("PHP", "PHP"), COD("PLN", "PLN"), ISO("pkr", "PKR"),
	ONE("P", "PHP"),
	ISO("qar", "QAR"), COD("QR", "QAR"), WRD("quarter", W_QUARTER),
	WRD("quarters", W_QUARTER),
	COD("RO", "OMR"), { "Rs", 2, W_CUR, 0, F_EXACT | F_CTX, 0, "INR" },
	COD("RM", "MYR"),
	COD("RUB", "RUB"),
	ISO("rmb", "CNY"),
	DOL("S", "SGD", F_EXACT), ISO("sar", "SAR"), COD("SR", "SAR"),
	ONE("Sh", "KES"),
	ISO("sek", "SEK"),
	ORD("second", K_UNIT, 2), ISO("sgd", "SGD"),
	WRD("smaller", W_CMP), WRD("surpass", W_CMP), WRD("surpasses", W_CMP),
	WRD("surpassing", W_CMP),
	MON("sep", 9), MON("sept", 9), MON("september", 9),
	NUM("seven", K_UNIT, 7), NUM("seventeen", K_TEEN, 17),
	FOLD("sevenfold", K_UNIT, 7), FOLD("sixfold", K_UNIT, 6),
	ORD("seventeenth", K_TEEN, 17), ORD("seventh", K_UNIT, 7),
	ORDS("sevenths", K_UNIT, 7),
	NUM("seventy", K_TENS, 70), ORD("seventieth", K_TENS, 70),
	NUM("six", K_UNIT, 6), NUM("sixteen", K_TEEN, 16),
	ORD("sixteenth", K_TEEN, 16), ORD("sixth", K_UNIT, 6),
	ORDS("sixths", K_UNIT, 6),
	NUM("sixty", K_TENS, 60), ORD("sixtieth", K_TENS, 60),
	COD("SYP", "SYP"), COD("SDG", "SDG"),
	NUM("ten", K_TEEN, 10), ORD("tenth", K_TEEN, 10),
	FOLD("tenfold", K_TEEN, 10), FOLD("threefold", K_UNIT, 3),
	FOLD("twofold", K_UNIT, 2),
	ORDS("tenths", K_TEEN, 10),
	ORD("third", K_UNIT, 3), ORDS("thirds", K_UNIT, 3),
	NUM("thirteen", K_TEEN, 13),
	ORD("thirteenth", K_TEEN, 13), NUM("thirty", K_TENS, 30),
	ORD("thirtieth", K_TENS, 30), ORDS("thirtieths", K_TENS, 30),
	NUM("thousand", K_SCALE, 3),
	ORD("thousandth", K_SCALE, 3), ORDS("thousandths", K_SCALE, 3),
	NUM("three", K_UNIT, 3),
	NUM("trillion", K_SCALE, 12), ORD("trillionth", K_SCALE, 12),
	ORDS("trillionths", K_SCALE, 12),
	ORD("twelfth", K_TEEN, 12), ORDS("twelfths", K_TEEN, 12),
	NUM("twelve", K_TEEN, 12),
	ORD("twentieth", K_TENS, 20), ORDS("twentieths", K_TENS, 20),
	NUM("twenty", K_TENS, 20),
	NUM("two", K_UNIT, 2),
	COD("TRY", "TRY"), COD("TND", "TND"), COD("THB", "THB"),
	ISO("uah", "UAH"), DOL("us", "USD", 0), ISO("usd", "USD"),
	WRD("under", W_CMP), WRD("up", W_CMP),
	COD("UZS", "UZS"),
	COD("YER", "YER"), NUM("zero", K_UNIT, 0), COD("ZAR", "ZAR")
};
const size_t nx_nhot = sizeof nx_hot / sizeof nx_hot[0];

#define MAG(s, e, f) { s, sizeof s - 1, S_MAG, 0, f, e, "" }
#define PCT(s) { s, sizeof s - 1, S_PCT, 0, 0, 0, "%" }
#define PTS(s) { s, sizeof s - 1, S_PCT, 0, 0, 1, "%" }	/* a change */
#define CUR(s, iso, f) { s, sizeof s - 1, S_CUR, 0, f, 0, iso }
#define SUB(s, iso, e) { s, sizeof s - 1, S_SUB, 0, F_CTX, e, iso }
#define DIM(s, u) { s, sizeof s - 1, S_DIM, 0, 0, 0, u }
#define DIMX(s, u) { s, sizeof s - 1, S_DIM, 0, F_EXACT, 0, u }

/* What may follow a quantity.  Longer phrases first where they overlap. */
const struct lx nx_suf[] = {
	MAG("thousand", 3, 0), MAG("million", 6, 0), MAG("billion", 9, 0),
	MAG("trillion", 12, 0), MAG("mn", 6, 0), MAG("mln", 6, 0),
	MAG("mil", 6, 0), MAG("bil", 9, 0), { "m", 1, S_MAG, 0, F_EXACT | F_NEEDCUR, 6, "" },
	{ "M", 1, S_MAG, 0, F_EXACT | F_GLUE | F_FINE, 6, "" },
	{ "MM", 2, S_MAG, 0, F_EXACT, 6, "" },
	MAG("bn", 9, 0), MAG("bln", 9, 0),
	{ "b", 1, S_MAG, 0, F_EXACT | F_GLUE, 9, "" },
	{ "B", 1, S_MAG, 0, F_EXACT | F_GLUE | F_NEEDCUR, 9, "" },
	MAG("tn", 12, 0), MAG("tln", 12, 0), MAG("trn", 12, 0),
	{ "k", 1, S_MAG, 0, F_EXACT | F_GLUE | F_FINE, 3, "" },
	{ "K", 1, S_MAG, 0, F_EXACT | F_GLUE | F_FINE, 3, "" },
	{ "G", 1, S_MAG, 0, F_EXACT | F_FINE, 9, "" },
	MAG("lakh crore", 12, 0), MAG("lakh", 5, 0), MAG("lakhs", 5, 0),
	MAG("crore", 7, 0), MAG("crores", 7, 0), MAG("cr", 7, 0),
	MAG("lac", 5, 0), MAG("lacs", 5, 0),
	PTS("percentage points"), PTS("percentage point"), PCT("percent"),
	PCT("per cent"), PCT("pct"), PCT("pc"), PCT("percents"),
	PCT("percentage"),
	CUR("US dollars", "USD", 0), CUR("US dollar", "USD", 0),
	CUR("dollars", "USD", 0), CUR("dollar", "USD", 0),
	CUR("euros", "EUR", 0), CUR("euro", "EUR", 0),
	CUR("pounds sterling", "GBP", 0), CUR("Egyptian pounds", "EGP", 0),
	CUR("pounds", "GBP", F_CTX), CUR("pound", "GBP", F_CTX),
	CUR("yen", "JPY", 0), CUR("yuan", "CNY", 0), CUR("renminbi", "CNY", 0),
	CUR("rupees", "INR", F_CTX), CUR("rupee", "INR", F_CTX),
	CUR("Saudi riyals", "SAR", 0), CUR("Qatari riyals", "QAR", 0),
	CUR("Omani rials", "OMR", 0), CUR("Iranian rials", "IRR", 0),
	CUR("riyals", "QAR", F_CTX), CUR("riyal", "QAR", F_CTX),
	CUR("rials", "OMR", F_CTX), CUR("rial", "OMR", F_CTX),
	CUR("UAE dirhams", "AED", 0), CUR("dirhams", "AED", 0),
	CUR("dirham", "AED", 0),
	CUR("Kuwaiti dinars", "KWD", 0), CUR("Kuwaiti dinar", "KWD", 0),
	CUR("Jordanian dinars", "JOD", 0), CUR("Jordanian dinar", "JOD", 0),
	CUR("Bahraini dinars", "BHD", 0), CUR("Iraqi dinars", "IQD", 0),
	CUR("dinars", "KWD", F_CTX), CUR("dinar", "KWD", F_CTX),
	CUR("manats", "AZN", 0), CUR("manat", "AZN", 0),
	CUR("hryvnias", "UAH", 0), CUR("hryvnia", "UAH", 0),
	CUR("hryvnas", "UAH", 0), CUR("hryvna", "UAH", 0),
	CUR("rubles", "RUB", 0), CUR("roubles", "RUB", 0),
	CUR("ruble", "RUB", 0), CUR("Turkish lira", "TRY", 0),
	CUR("lira", "TRY", 0), CUR("liras", "TRY", 0),
	CUR("Swiss francs", "CHF", 0), CUR("francs", "CHF", 0),
	CUR("franc", "CHF", 0),
	CUR("Australian dollars", "AUD", 0), CUR("Canadian dollars", "CAD", 0),
	CUR("Hong Kong dollars", "HKD", 0), CUR("Singapore dollars", "SGD", 0),
	CUR("New Zealand dollars", "NZD", 0), CUR("Chinese yuan", "CNY", 0),
	CUR("Japanese yen", "JPY", 0), CUR("Indian rupees", "INR", 0),
	CUR("Pakistani rupees", "PKR", 0), CUR("Azerbaijani manat", "AZN", 0),
	CUR("pesetas", "ESP", 0), CUR("guilders", "NLG", 0),
	CUR("markka", "FIM", 0), CUR("rmb", "CNY", 0),
	CUR("Finnish markka", "FIM", 0), CUR("Dutch guilders", "NLG", 0),
	CUR("bitcoins", "BTC", 0), CUR("bitcoin", "BTC", 0),
	CUR("BTC", "BTC", 0), CUR("yuan renminbi", "CNY", 0),
	{ "MUSD", 4, S_CUR, 0, F_EXACT, 6, "USD" },
	{ "MEUR", 4, S_CUR, 0, F_EXACT, 6, "EUR" },
	{ "MGBP", 4, S_CUR, 0, F_EXACT, 6, "GBP" },
	CUR("USD", "USD", 0), CUR("EUR", "EUR", 0),
	CUR("GBP", "GBP", 0), CUR("JPY", "JPY", 0),
	CUR("CNY", "CNY", 0), CUR("QAR", "QAR", 0),
	CUR("AUD", "AUD", 0), CUR("CAD", "CAD", 0), CUR("HKD", "HKD", 0),
	CUR("QR", "QAR", F_EXACT), CUR("AED", "AED", 0),
	CUR("Dhs", "AED", F_EXACT), CUR("Dh", "AED", F_EXACT),
	CUR("SAR", "SAR", F_EXACT), CUR("SR", "SAR", F_EXACT),
	CUR("KWD", "KWD", F_EXACT), CUR("KD", "KWD", F_EXACT),
	CUR("BHD", "BHD", F_EXACT), CUR("BD", "BHD", F_EXACT),
	CUR("OMR", "OMR", F_EXACT), CUR("RO", "OMR", F_EXACT),
	CUR("JOD", "JOD", F_EXACT), CUR("JD", "JOD", F_EXACT),
	CUR("EGP", "EGP", F_EXACT), CUR("LE", "EGP", F_EXACT),
	CUR("INR", "INR", F_EXACT), CUR("AZN", "AZN", F_EXACT),
	CUR("PKR", "PKR", F_EXACT), CUR("LKR", "LKR", F_EXACT),
	/* ISO codes after the amount, in capitals only */
	CUR("AFN", "AFN", F_EXACT), CUR("BDT", "BDT", F_EXACT),
	CUR("BRL", "BRL", F_EXACT), CUR("CZK", "CZK", F_EXACT),
	CUR("DZD", "DZD", F_EXACT), CUR("DKK", "DKK", F_EXACT),
	CUR("GEL", "GEL", F_EXACT), CUR("HUF", "HUF", F_EXACT),
	CUR("IQD", "IQD", F_EXACT), CUR("IRR", "IRR", F_EXACT),
	CUR("IDR", "IDR", F_EXACT), CUR("KZT", "KZT", F_EXACT),
	CUR("KES", "KES", F_EXACT), CUR("KRW", "KRW", F_EXACT),
	CUR("LBP", "LBP", F_EXACT), CUR("LYD", "LYD", F_EXACT),
	CUR("MAD", "MAD", F_EXACT), CUR("MYR", "MYR", F_EXACT),
	CUR("NGN", "NGN", F_EXACT), CUR("NOK", "NOK", F_EXACT),
	CUR("PHP", "PHP", F_EXACT), CUR("PLN", "PLN", F_EXACT),
	CUR("SYP", "SYP", F_EXACT), CUR("SDG", "SDG", F_EXACT),
	CUR("TRY", "TRY", F_EXACT), CUR("TND", "TND", F_EXACT),
	CUR("THB", "THB", F_EXACT), CUR("UZS", "UZS", F_EXACT),
	CUR("YER", "YER", F_EXACT), CUR("ZAR", "ZAR", F_EXACT),
	CUR("lari", "GEL", 0), CUR("tenge", "KZT", 0), CUR("soums", "UZS", 0),
	CUR("soum", "UZS", 0), CUR("taka", "BDT", 0), CUR("naira", "NGN", 0),
	CUR("ringgit", "MYR", 0), CUR("rupiah", "IDR", 0),
	CUR("baht", "THB", 0),
	CUR("Lebanese pounds", "LBP", 0), CUR("Syrian pounds", "SYP", 0),
	CUR("Sudanese pounds", "SDG", 0), CUR("Yemeni rials", "YER", 0),
	CUR("Moroccan dirhams", "MAD", 0), CUR("Tunisian dinars", "TND", 0),
	CUR("Libyan dinars", "LYD", 0), CUR("Algerian dinars", "DZD", 0),
	CUR("Iraqi dinar", "IQD", 0),
	CUR("UAH", "UAH", F_EXACT), CUR("RUB", "RUB", F_EXACT),
	CUR("CHF", "CHF", F_EXACT), CUR("SEK", "SEK", F_EXACT),
	SUB("cents", "USD", 2), SUB("cent", "USD", 2),
	SUB("fils", "KWD", 3), SUB("halalas", "SAR", 2),
	SUB("halala", "SAR", 2), SUB("piastres", "EGP", 2),
	SUB("piastre", "EGP", 2), SUB("piasters", "EGP", 2),
	SUB("piaster", "EGP", 2), SUB("paise", "INR", 2), SUB("paisa", "INR", 2),
	SUB("qapiks", "AZN", 2), SUB("qapik", "AZN", 2),
	SUB("kobo", "NGN", 2), SUB("centavos", "PHP", 2),
	SUB("centavo", "PHP", 2),
	{ "sen", 3, S_SUB, 0, F_CTX | F_EXACT, 2, "MYR" },
	SUB("baisa", "OMR", 3), SUB("baiza", "OMR", 3),
	SUB("kopecks", "RUB", 2), SUB("kopiykas", "UAH", 2),
	SUB("pence", "GBP", 2), SUB("penny", "GBP", 2),
	DIM("square kilometres", "sq km"), DIM("square kilometers", "sq km"),
	DIM("sq km", "sq km"), DIM("km2", "sq km"),
	DIM("kilometres", "km"), DIM("kilometers", "km"),
	DIM("kilometre", "km"), DIM("kilometer", "km"), DIM("km", "km"),
	DIM("square metres", "sq m"), DIM("square meters", "sq m"),
	DIM("sq m", "sq m"), DIM("sqm", "sq m"), DIM("m2", "sq m"),
	DIM("cubic metres", "cu m"), DIM("cubic meters", "cu m"),
	DIM("metres", "m"), DIM("meters", "m"), DIM("metre", "m"),
	DIM("meter", "m"), DIMX("m", "m"),
	DIM("centimetres", "cm"), DIM("centimeters", "cm"), DIM("cm", "cm"),
	DIM("millimetres", "mm"), DIM("millimeters", "mm"), DIM("mm", "mm"),
	DIM("miles per hour", "mph"), DIM("miles an hour", "mph"),
	DIM("kilometers per hour", "km/h"), DIM("kilometres per hour", "km/h"),
	DIM("kmph", "km/h"),
	DIM("miles", "miles"), DIM("mile", "miles"), DIM("feet", "feet"),
	DIM("foot", "feet"), DIM("ft", "feet"),
	DIM("square feet", "sq ft"), DIM("square foot", "sq ft"),
	DIM("sq ft", "sq ft"), DIM("sq feet", "sq ft"), DIM("sqft", "sq ft"),
	DIM("inches", "inches"),
	DIM("inch", "inches"), DIM("yards", "yards"), DIM("yard", "yards"),
	DIM("metric tons", "tons"), DIM("metric tonnes", "tons"),
	DIM("tons", "tons"), DIM("tonnes", "tons"), DIM("ton", "tons"),
	DIM("tonne", "tons"),
	DIM("kilograms", "kg"), DIM("kilogrammes", "kg"), DIM("kilogram", "kg"),
	DIM("kg", "kg"), DIM("kilos", "kg"), DIM("grams", "g"), DIM("gram", "g"),
	DIM("milligrams", "mg"), DIM("mg", "mg"), DIM("micrograms", "mcg"),
	DIM("microgram", "mcg"), DIM("ounces", "oz"), DIM("ounce", "oz"),
	DIM("oz", "oz"), DIM("tablespoons", "tbsp"), DIM("teaspoon", "tsp"),
	DIM("teaspoons", "tsp"), DIM("cups", "cups"), DIM("cup", "cups"),
	DIM("pounds", "lb"), DIM("lbs", "lb"),
	DIM("basis points", "bps"), DIM("basis point", "bps"),
	DIM("bps", "bps"),
	DIM("barrels per day", "bpd"), DIM("bpd", "bpd"), DIM("mbpd", "mbpd"),
	DIM("karat", "karat"), DIM("carat", "karat"),
	DIM("barrels", "barrels"), DIM("barrel", "barrels"),
	DIMX("MW", "MW"), DIMX("GW", "GW"), DIMX("kW", "kW"), DIMX("KW", "kW"),
	DIMX("kWh", "kWh"), DIMX("MWh", "MWh"), DIMX("GWh", "GWh"),
	DIMX("TWh", "TWh"), DIM("megawatts", "MW"), DIM("gigawatts", "GW"),
	DIM("kilowatts", "kW"), DIM("megawatt", "MW"), DIM("gigawatt", "GW"),
	DIM("kilowatt", "kW"), DIM("megawatt hours", "MWh"),
	DIM("hectares", "hectares"), DIM("hectare", "hectares"),
	DIM("acres", "acres"), DIM("feddans", "feddans"),
	DIM("dunums", "dunums"),
	DIM("litres", "litres"), DIM("liters", "litres"), DIM("ml", "ml"),
	DIM("gallons", "gallons"), DIM("gallon", "gallons"),
	DIM("acre", "acres"), DIMX("MB", "MB"), DIM("mb", "MB"), DIMX("GB", "GB"),
	DIMX("TB", "TB"), DIM("megabytes", "MB"), DIM("gigabytes", "GB"), DIM("bcm", "bcm"), DIM("mcm", "mcm"),
	DIM("cubic feet", "cu ft"), DIMX("TEUs", "TEU"), DIMX("TEU", "TEU"),
	DIM("knots", "knots"), DIM("bits", "bits"), DIM("bit", "bits"),
	DIM("decimetres", "dm"), DIM("decimeters", "dm"), DIM("dm", "dm"),
	DIM("picometres", "pm"), DIM("picometers", "pm"), DIM("picometre", "pm"),
	DIM("picometer", "pm"), DIM("radians", "rad"), DIM("rad", "rad"),
	DIM("turns", "turns"), DIM("turn", "turns"), { "t", 1, S_DIM, 0, F_EXACT | F_GLUE, 0, "tons" },
	DIM("micrograms", "mcg"), DIM("microgrammes", "mcg"), DIM("mcg", "mcg"),
	DIM("drachmas", "drachma"), DIM("drachma", "drachma"),
	DIM("kph", "km/h"), DIM("mph", "mph")
};
const size_t nx_nsuf = sizeof nx_suf / sizeof nx_suf[0];
_Static_assert(sizeof nx_suf / sizeof nx_suf[0] <= NX_SUFMAX, "NX_SUFMAX too small for nx_suf");

/*
 * The extended readings (the -e option) name a quantity without a number
 * in it: a position counted from the end or from the current one ("the
 * last but one"), and a percent word alone ("a small percent").  News
 * text is full of "last year" and "next week", so they are off by
 * default.  A relative position's value is its offset and its unit the
 * point it counts from: "penultimate" is -1 from end, "next" 1 from
 * current.
 *
 * The phrases are lexicon entries matched by nx_phrase() on the tokens, as
 * the words after a number are; the first that matches is taken, so a
 * longer phrase comes before a word it starts with.  val is the offset,
 * unit the point, cls 1 where a trailing "one" may belong to the phrase
 * ("the next one").
 */
#define REL(s, from, off, one) { s, sizeof s - 1, W_REL, one, 0, off, from }
const struct lx nx_rel[] = {
	REL("the last but one", "end", -1, 0),
	REL("the one before the last", "end", -1, 1),
	REL("the second to last", "end", -1, 0),
	REL("the third to last", "end", -2, 0),
	REL("the fourth to last", "end", -3, 0),
	REL("second to last", "end", -1, 0),
	REL("third to last", "end", -2, 0),
	REL("next to last", "end", -1, 0),
	REL("last but one", "end", -1, 0),
	REL("antepenultimate", "end", -2, 0),
	REL("penultimate", "end", -1, 0),
	REL("last", "end", 0, 1),
	REL("next", "current", 1, 1),
	REL("previous", "current", -1, 1),
	REL("current", "current", 0, 1)
};
const size_t nx_nrel = sizeof nx_rel / sizeof nx_rel[0];

/* Percent words that name a percent with no number. */
const struct lx nx_pct_alone[] = {
	PCT("per cent"), PCT("percent"), PCT("percentage"),
	PCT("percentages"), PCT("percents")
};
const size_t nx_npct = sizeof nx_pct_alone / sizeof nx_pct_alone[0];

const struct u8sym nx_u8sym[] = {
	{ 0x20AC, T_SYM, "EUR", 0, 0 }, { 0xA3, T_SYM, "GBP", 0, 0 },
	{ 0xA5, T_SYM, "JPY", 0, 0 }, { 0x20B9, T_SYM, "INR", 0, 0 },
	{ 0x20BC, T_SYM, "AZN", 0, 0 }, { 0x20B4, T_SYM, "UAH", 0, 0 },
	{ 0x20BD, T_SYM, "RUB", 0, 0 }, { 0x20BF, T_SYM, "BTC", 0, 0 },
	{ 0x20A9, T_SYM, "KRW", 0, 0 }, { 0x20A6, T_SYM, "NGN", 0, 0 },
	{ 0x20BA, T_SYM, "TRY", 0, 0 }, { 0x20B1, T_SYM, "PHP", 0, 0 },
	{ 0x20AA, T_SYM, "ILS", 0, 0 }, { 0x20AB, T_SYM, "VND", 0, 0 },
	{ 0x20A1, T_SYM, "CRC", 0, 0 }, { 0x20BE, T_SYM, "GEL", 0, 0 },
	{ 0x20AD, T_SYM, "LAK", 0, 0 }, { 0x5143, T_SYM, "CNY", 0, 0 },
	{ 0xBD, T_FRAC, NULL, 1, 2 }, { 0xBC, T_FRAC, NULL, 1, 4 },
	{ 0xBE, T_FRAC, NULL, 3, 4 }, { 0x2153, T_FRAC, NULL, 1, 3 },
	{ 0x2154, T_FRAC, NULL, 2, 3 }, { 0x2155, T_FRAC, NULL, 1, 5 },
	{ 0x2159, T_FRAC, NULL, 1, 6 }, { 0x215B, T_FRAC, NULL, 1, 8 },
	{ 0x215C, T_FRAC, NULL, 3, 8 }, { 0x215D, T_FRAC, NULL, 5, 8 },
	{ 0x215E, T_FRAC, NULL, 7, 8 },
	{ 0x2013, T_DASH, NULL, 0, 0 }, { 0x2012, T_DASH, NULL, 0, 0 },
	{ 0x2212, T_DASH, NULL, 0, 0 }
};
const size_t nx_nu8sym = sizeof nx_u8sym / sizeof nx_u8sym[0];

/* Nouns counted in millions after a glued m: "2.5m passengers". */
const char *const nx_counted[] = {
	"people", "passengers", "visitors", "tourists", "users", "customers",
	"residents", "subscribers", "shares", "jobs", "vehicles", "cars",
	"homes", "units", "pilgrims", "students", "doses", "viewers",
	"workers", "households", "children", "refugees", "tons", "tonnes",
	"barrels", NULL
};

const struct cmpph nx_cmp[] = {
	{ "more than or equal to", CMP_LO }, { "greater than or equal to", CMP_LO },
	{ "higher than or equal to", CMP_LO }, { "larger than or equal to", CMP_LO },
	{ "bigger than or equal to", CMP_LO }, { "more or equal than", CMP_LO },
	{ "greater or equal than", CMP_LO }, { "higher or equal than", CMP_LO },
	{ "larger or equal than", CMP_LO }, { "bigger or equal than", CMP_LO },
	{ "equal to or more than", CMP_LO }, { "equal to or greater than", CMP_LO },
	{ "equal to or higher than", CMP_LO }, { "equal to or larger than", CMP_LO },
	{ "at least or equal to", CMP_LO }, { "at least", CMP_LO },
	{ "no less than", CMP_LO }, { "not less than", CMP_LO },
	{ "no fewer than", CMP_LO }, { "not fewer than", CMP_LO },
	{ "more than", CMP_LO }, { "greater than", CMP_LO },
	{ "larger than", CMP_LO }, { "higher than", CMP_LO },
	{ "bigger than", CMP_LO }, { "over", CMP_LO }, { "above", CMP_LO },
	{ "exceeding", CMP_LO }, { "exceeds", CMP_LO }, { "exceed", CMP_LO },
	{ "surpassing", CMP_LO }, { "surpasses", CMP_LO }, { "surpass", CMP_LO },
	{ "> =", CMP_LO }, { ">", CMP_LO },
	{ "less than or equal to", CMP_HI }, { "fewer than or equal to", CMP_HI },
	{ "smaller than or equal to", CMP_HI }, { "lower than or equal to", CMP_HI },
	{ "less or equal than", CMP_HI }, { "smaller or equal than", CMP_HI },
	{ "lower or equal than", CMP_HI }, { "fewer or equal than", CMP_HI },
	{ "equal to or less than", CMP_HI }, { "equal to or smaller than", CMP_HI },
	{ "equal to or lower than", CMP_HI }, { "equal to or fewer than", CMP_HI },
	{ "at most", CMP_HI }, { "no more than", CMP_HI },
	{ "not more than", CMP_HI }, { "no greater than", CMP_HI },
	{ "up to", CMP_HI }, { "less than", CMP_HI }, { "fewer than", CMP_HI },
	{ "smaller than", CMP_HI }, { "lower than", CMP_HI },
	{ "below", CMP_HI }, { "under", CMP_HI }, { "< =", CMP_HI }, { "<", CMP_HI },
	{ "equal to", CMP_EQ }, { "equals to", CMP_EQ }, { "equals", CMP_EQ },
	{ "equaling to", CMP_EQ }, { "equaling", CMP_EQ }
};
const size_t nx_ncmp = sizeof nx_cmp / sizeof nx_cmp[0];

/* After an amount: "or more", "or less", "or equal to" ... */
const struct cmpph nx_cmp_after[] = {
	{ "or greater than", CMP_LO }, { "or more than", CMP_LO },
	{ "or higher than", CMP_LO }, { "or more", CMP_LO },
	{ "or greater", CMP_LO }, { "or above", CMP_LO }, { "or higher", CMP_LO },
	{ "or over", CMP_LO }, { "and more", CMP_LO }, { "and above", CMP_LO },
	{ "or less than", CMP_HI }, { "or fewer than", CMP_HI },
	{ "or lower than", CMP_HI }, { "or less", CMP_HI }, { "or fewer", CMP_HI },
	{ "or below", CMP_HI }, { "or lower", CMP_HI }, { "or under", CMP_HI },
	{ "and less", CMP_HI }, { "and below", CMP_HI },
	{ "or equal to", CMP_SAME }, { "or equal", CMP_SAME }
};
const size_t nx_ncmp_after = sizeof nx_cmp_after / sizeof nx_cmp_after[0];

/* "one-off": words after "one-" that make an idiom, not a count */
const char *const nx_not_one_hyph[] = {
	"off", "on", "stop", "sided", "time", "liner", "upmanship", NULL
};

/* A score: "a 3-1 win", "drew 2-2"; the words on either side of it. */
const char *const nx_score_after[] = {
	"win", "wins", "victory", "draw", "defeat", "loss", "lead", "triumph",
	"scoreline", "thrashing", "drubbing", "rout", "home", "away",
	"aggregate", NULL
};
const char *const nx_score_before[] = {
	"won", "lost", "drew", "beat", "beating", "defeated", "trailed",
	"trailing", "led", "leading", "ended", "finished", "thrashed",
	"edged", "score", NULL
};


const char *const nx_not_one_before[] = {
	"no", "the", "this", "that", "which", "any", "every", "each", "some",
	"another", "last", "next", "previous", "current", "latest", "final",
	"little", NULL
};

/* Words that glue to a number word in feed text: "ofone", "tofive". */
const char *const nx_glue[] = {
	"of", "to", "in", "and", "the", "for", "by", "at", "with", "from",
	"on", "about", "than", NULL
};
const size_t nx_nglue = sizeof nx_glue / sizeof nx_glue[0] - 1;


const char *const nx_noglue[] = {
	"often", "atone", "tone", "intent", "byone", NULL
};

/*
 * Nouns that name the thing the digits after them identify: a clause of
 * a law, a page, a gate, a phase of a project, a product or a standard
 * (Article 12, page 3, Terminal 3, Phase 2, ISO 9001, Boeing 777).
 */
const char *const nx_idword[] = {
	"article", "articles", "resolution", "decree", "law", "clause",
	"chapter", "section", "paragraph", "annex", "item", "page", "pages",
	"terminal", "gate", "hall", "phase", "category", "grade", "level",
	"tier", "stage", "round", "edition", "volume", "episode", "version",
	"model", "formula", "vision", "iso", "premium", "super", "boeing",
	"airbus", "iphone", "galaxy", "windows", "falcon", "route", "highway",
	"exit", "flight", "platform", "block", "bloc", "plot", "street",
	"building", "tower", "villa", "floor", "room", "expo", "cop",
	"gasoline", "petrol", "diesel", "special", "hotline", "helpline",
	"dial", NULL
};

/* Words before a telephone number of three digits or more: call 911. */
const char *const nx_callword[] = { "call", "calling", NULL };

/*
 * Words after which a trailing "one" is the pronoun of the phrase ("the
 * last one is"), not a count of what follows ("the last one books"): a
 * verb or a word that starts a clause or a phrase of its own.
 */
const char *const nx_after_one[] = {
	"and", "are", "as", "at", "but", "by", "can", "could", "for", "from",
	"had", "has", "have", "in", "is", "of", "on", "or", "should", "that",
	"to", "was", "were", "which", "who", "will", "with", "would", NULL
};

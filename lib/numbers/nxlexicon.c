/*
 * The lexicon of the number extractor: data only.  Every word, currency,
 * unit and phrase is one row here or in a .def file included here
 * (magnitudes.def, codes.def); the indexes over them are derived at
 * nx_init by nxindex.c, so a row is all an addition needs.  HACKING
 * shows where each kind of word goes and which test proves it.
 */
#include <stddef.h>
#include <stdint.h>

#include "numbers.h"
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
 * Words that can start a number: spelled numbers, ordinals, months,
 * currencies written before the amount, the words of ranges and
 * comparisons.  Where two rows fold to the same word the first that fits
 * (F_EXACT, F_CAP) is taken; the order is otherwise free.
 */
const struct lx nx_hot[] = {
	WRD("a", W_A), WRD("an", W_A), ISO("aed", "AED"), ISO("azn", "AZN"),
	DOL("A", "AUD", F_EXACT), DOL("au", "AUD", 0), ISO("aud", "AUD"),
	WRD("above", W_CMP), WRD("at", W_CMP),
	MON("apr", 4), MON("april", 4), MON("aug", 8), MON("august", 8),
	COD("BD", "BHD"), ISO("bhd", "BHD"), WRD("between", W_BETWEEN),
	WRD("below", W_CMP), WRD("bigger", W_CMP),
	ISO("btc", "BTC"),
	ISO("chf", "CHF"), ISO("cny", "CNY"), DOL("c", "CAD", 0),
	DOL("ca", "CAD", 0), ISO("cad", "CAD"),
	COD("Dh", "AED"), COD("Dhs", "AED"), COD("DH", "AED"),
	MON("dec", 12), MON("december", 12), { "dozen", 5, W_NUM, K_DOZEN, F_SINGULAR, 12, "" },
	NUM("dozens", K_DOZEN, 12), NUM("doz", K_DOZEN, 12),
	NUM("dozs", K_DOZEN, 12), NUM("dz", K_DOZEN, 12), NUM("dzs", K_DOZEN, 12),
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
	WRD("half", W_HALF), NUM("hundred", K_HUND, 2),
	ORD("hundredth", K_HUND, 2), ORDS("hundredths", K_HUND, 2),
	DOL("hk", "HKD", 0), ISO("hkd", "HKD"),
	WRD("higher", W_CMP),
	ISO("inr", "INR"),
	MON("jan", 1), MON("january", 1), COD("JD", "JOD"), ISO("jod", "JOD"),
	ISO("jpy", "JPY"), MON("jul", 7), MON("july", 7), MON("jun", 6),
	MON("june", 6),
	COD("KD", "KWD"), ISO("kwd", "KWD"),
	COD("KSh", "KES"), COD("Ksh", "KES"),
	WRD("larger", W_CMP),
	COD("LE", "EGP"), ISO("lkr", "LKR"),
	WRD("less", W_CMP), WRD("lower", W_CMP),
	MON("mar", 3), MON("march", 3), MON("may", 5), DOL("mex", "MXN", 0),
	ISO("mxn", "MXN"),
	WRD("more", W_CMP),
	WRD("minus", W_NEG),
	WRD("negative", W_NEG), NUM("nine", K_UNIT, 9),
	NUM("nineteen", K_TEEN, 19), ORD("nineteenth", K_TEEN, 19),
	FOLD("ninefold", K_UNIT, 9),
	NUM("ninety", K_TENS, 90), ORD("ninetieth", K_TENS, 90),
	ORD("ninth", K_UNIT, 9), ORDS("ninths", K_UNIT, 9), MON("nov", 11),
	ORD("nineth", K_UNIT, 9),
	MON("november", 11), NUM("naught", K_UNIT, 0), NUM("nought", K_UNIT, 0),
	ISO("npr", "NPR"),
	ONE("N", "NGN"),
	DOL("nz", "NZD", 0), ISO("nzd", "NZD"),
	WRD("no", W_CMP), WRD("not", W_CMP),
	ISO("omr", "OMR"), MON("oct", 10),
	MON("october", 10),
	WRD("over", W_CMP),
	NUM("one", K_UNIT, 1),
	WRD("per", W_PCTPRE), WRD("percent", W_PCTPRE),
	WRD("percents", W_PCTPRE),
	ISO("pkr", "PKR"),
	ONE("P", "PHP"),
	ISO("qar", "QAR"), COD("QR", "QAR"), WRD("quarter", W_QUARTER),
	{ "quarters", 8, W_QUARTER, 0, F_PLURAL, 0, "" },
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
	NUM("ten", K_TEEN, 10), ORD("tenth", K_TEEN, 10),
	FOLD("tenfold", K_TEEN, 10), FOLD("threefold", K_UNIT, 3),
	FOLD("twofold", K_UNIT, 2),
	ORDS("tenths", K_TEEN, 10),
	ORD("third", K_UNIT, 3), ORDS("thirds", K_UNIT, 3),
	NUM("thirteen", K_TEEN, 13),
	ORD("thirteenth", K_TEEN, 13), NUM("thirty", K_TENS, 30),
	ORD("thirtieth", K_TENS, 30), ORDS("thirtieths", K_TENS, 30),
	NUM("three", K_UNIT, 3),
	ORD("twelfth", K_TEEN, 12), ORDS("twelfths", K_TEEN, 12),
	NUM("twelve", K_TEEN, 12),
	ORD("twentieth", K_TENS, 20), ORDS("twentieths", K_TENS, 20),
	NUM("twenty", K_TENS, 20),
	NUM("two", K_UNIT, 2),
	ISO("uah", "UAH"), DOL("us", "USD", 0), ISO("usd", "USD"),
	WRD("under", W_CMP), WRD("up", W_CMP),
	NUM("zero", K_UNIT, 0),
#define CODE(iso) COD(iso, iso),
#define CODE_AFTER(iso)
#include "codes.def"
#undef CODE
#undef CODE_AFTER
	/* rows of type 0 or no text (no such form) are left out of the index */
#define MAGNITUDE(w, e, o, os, f, money, other) \
	{ w, sizeof w - 1, (f) & MG_SPELLED ? W_NUM : 0, K_SCALE, 0, e, "" }, \
	ORD(o, K_SCALE, e), ORDS(os, K_SCALE, e),
#include "magnitudes.def"
#undef MAGNITUDE
};
const size_t nx_nhot = sizeof nx_hot / sizeof nx_hot[0];

#define MAG(s, e, f) { s, sizeof s - 1, S_MAG, 0, f, e, "" }
#define PCT(s) { s, sizeof s - 1, S_PCT, 0, 0, 0, "%" }
#define PTS(s) { s, sizeof s - 1, S_PCT, 0, 0, 1, "%" }	/* a change */
#define CUR(s, iso, f) { s, sizeof s - 1, S_CUR, 0, f, 0, iso }
#define SUB(s, iso, e) { s, sizeof s - 1, S_SUB, 0, F_CTX, e, iso }
#define DIM(s, u) { s, sizeof s - 1, S_DIM, 0, 0, 0, u }
#define DIMX(s, u) { s, sizeof s - 1, S_DIM, 0, F_EXACT, 0, u }
/* a unit that is a power of ten of another: a decade is 10 years */
#define DIMP(s, u, e) { s, sizeof s - 1, S_DIM, 0, 0, e, u }

/* The magnitudes, one row each: the forms are split by nxindex.c. */
const struct nx_magnitude nx_mag[] = {
#define MAGNITUDE(w, e, o, os, f, money, other) { w, e, f, money, other },
#include "magnitudes.def"
#undef MAGNITUDE
};
const size_t nx_nmag = sizeof nx_mag / sizeof nx_mag[0];

/* What may follow a quantity.  Longer phrases first where they overlap. */
const struct lx nx_suf[] = {
	/*
	 * The magnitude words of magnitudes.def and their forms come first,
	 * from nxindex.c; here the letters, which go with case.
	 */
	{ "m", 1, S_MAG, 0, F_EXACT | F_NEEDCUR | F_MONEY, 6, "" },
	{ "M", 1, S_MAG, 0, F_EXACT | F_GLUE | F_FINE, 6, "" },
	{ "MM", 2, S_MAG, 0, F_EXACT, 6, "" },
	{ "b", 1, S_MAG, 0, F_EXACT | F_GLUE | F_MONEY, 9, "" },
	{ "B", 1, S_MAG, 0, F_EXACT | F_GLUE | F_NEEDCUR, 9, "" },
	{ "k", 1, S_MAG, 0, F_EXACT | F_GLUE | F_FINE, 3, "" },
	{ "K", 1, S_MAG, 0, F_EXACT | F_GLUE | F_FINE, 3, "" },
	{ "G", 1, S_MAG, 0, F_EXACT | F_FINE, 9, "" },
	MAG("lakh crore", 12, 0), MAG("thousand million", 9, 0),
	PTS("percentage points"), PTS("percentage point"), PCT("percent"),
	PCT("per cent"), PCT("pct"), PCT("pc"), PCT("percents"),
	PCT("percentage"),
	CUR("US dollars", "USD", 0), CUR("US dollar", "USD", 0),
	CUR("dollars", "USD", 0), CUR("dollar", "USD", 0),
	CUR("bucks", "USD", 0),
	CUR("euros", "EUR", 0), CUR("euro", "EUR", 0),
	CUR("pounds sterling", "GBP", 0), CUR("Egyptian pounds", "EGP", 0),
	CUR("pounds", "GBP", F_CTX), CUR("pound", "GBP", F_CTX),
	CUR("yen", "JPY", 0), CUR("yuan", "CNY", 0), CUR("renminbi", "CNY", 0),
	CUR("rupees", "INR", F_CTX), CUR("rupee", "INR", F_CTX),
	CUR("Saudi riyals", "SAR", 0), CUR("Qatari riyals", "QAR", 0),
	CUR("Omani rials", "OMR", 0), CUR("Iranian rials", "IRR", 0),
	CUR("riyals", "QAR", F_CTX), CUR("riyal", "QAR", F_CTX),
	CUR("rials", "OMR", F_CTX), CUR("rial", "OMR", F_CTX),
	CUR("UAE dirhams", "AED", 0), CUR("dirhams", "AED", F_CTX),
	CUR("dirham", "AED", F_CTX),
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
#define CODE(iso) CUR(iso, iso, F_EXACT),
#define CODE_AFTER(iso) CUR(iso, iso, F_EXACT),
#include "codes.def"
#undef CODE
#undef CODE_AFTER
	CUR("lari", "GEL", 0), CUR("tenge", "KZT", 0), CUR("soums", "UZS", 0),
	CUR("soum", "UZS", 0), CUR("taka", "BDT", 0), CUR("naira", "NGN", 0),
	CUR("ringgit", "MYR", 0), CUR("rupiah", "IDR", 0),
	CUR("baht", "THB", 0),
	CUR("Lebanese pounds", "LBP", 0), CUR("Syrian pounds", "SYP", 0),
	CUR("Sudanese pounds", "SDG", 0), CUR("Yemeni rials", "YER", 0),
	CUR("Moroccan dirhams", "MAD", 0),
	CUR("Moroccan dirham", "MAD", 0), CUR("Tunisian dinars", "TND", 0),
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
	SUB("centimes", "MAD", 2), SUB("centime", "MAD", 2),
	DIM("square kilometres", "sq km"), DIM("square kilometers", "sq km"),
	DIM("sq km", "sq km"), DIM("km2", "sq km"),
	DIM("kilometres", "km"), DIM("kilometers", "km"),
	DIM("kilometre", "km"), DIM("kilometer", "km"), DIM("km", "km"),
	DIM("square metres", "sq m"), DIM("square meters", "sq m"),
	DIM("sq m", "sq m"), DIM("sqm", "sq m"), DIM("m2", "sq m"),
	DIM("cubic metres", "m3"), DIM("cubic meters", "m3"),
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
	DIM("karat", "karat"), DIM("carat", "carats"),
	DIM("barrels", "barrels"), DIM("barrel", "barrels"),
	DIMX("MW", "MW"), DIMX("GW", "GW"), DIMX("kW", "kW"), DIMX("KW", "kW"),
	DIMX("kWh", "kWh"), DIMX("MWh", "MWh"), DIMX("GWh", "GWh"),
	DIMX("TWh", "TWh"), DIM("megawatts", "MW"), DIM("gigawatts", "GW"),
	DIM("kilowatts", "kW"), DIM("megawatt", "MW"), DIM("gigawatt", "GW"),
	DIM("kilowatt", "kW"), DIM("megawatt hours", "MWh"),
	DIM("hectares", "ha"), DIM("hectare", "ha"),
	DIM("acres", "acres"), DIM("feddans", "feddans"),
	DIM("dunums", "dunams"),
	DIM("litres", "l"), DIM("liters", "l"), DIM("ml", "ml"),
	DIM("gallons", "gallons"), DIM("gallon", "gallons"),
	DIM("acre", "acres"), DIMX("MB", "MB"), DIM("mb", "MB"), DIMX("GB", "GB"),
	DIMX("TB", "TB"), DIM("megabytes", "MB"), DIM("gigabytes", "GB"), DIM("bcm", "bcm"), DIM("mcm", "mcm"),
	DIM("cubic feet", "cu ft"), DIMX("TEUs", "TEU"), DIMX("TEU", "TEU"),
	DIM("knots", "knots"), DIM("bits", "bits"), DIM("bit", "bits"),
	DIM("decimetres", "dm"), DIM("decimeters", "dm"), DIM("dm", "dm"),
	DIM("picometres", "pm"), DIM("picometers", "pm"), DIM("picometre", "pm"),
	DIM("picometer", "pm"), DIM("radians", "rad"), DIM("rad", "rad"),
	DIM("turns", "turns"), DIM("turn", "turns"), { "t", 1, S_DIM, 0, F_EXACT | F_GLUE, 0, "tons" },
	DIM("microgrammes", "mcg"), DIM("mcg", "mcg"),
	DIM("drachmas", "drachma"), DIM("drachma", "drachma"),
	DIM("kph", "km/h"), DIM("mph", "mph"),
	DIM("milliseconds", "ms"), DIM("millisecond", "ms"), DIMX("ms", "ms"),
	DIM("hrs", "hours"), DIM("hr", "hours"),
	/* durations */
	DIM("years", "years"), DIM("year", "years"), DIM("months", "months"),
	DIM("month", "months"), DIM("weeks", "weeks"), DIM("week", "weeks"),
	DIM("days", "days"), DIM("day", "days"), DIM("hours", "hours"),
	DIM("hour", "hours"), DIM("minutes", "minutes"),
	DIM("minute", "minutes"), DIM("seconds", "seconds"),
	DIMP("decades", "years", 1), DIMP("decade", "years", 1),
	DIMP("centuries", "years", 2), DIMP("century", "years", 2),
	/* power, volume, frequency, data, speed, temperature, area */
	DIM("horsepower", "hp"), DIM("hp", "hp"), DIM("bhp", "hp"),
	DIM("litre", "l"), DIM("liter", "l"), DIMX("l", "l"), DIMX("L", "l"),
	DIMX("GHz", "GHz"), DIMX("MHz", "MHz"), DIM("gigahertz", "GHz"),
	DIM("megahertz", "MHz"), DIM("terabytes", "TB"),
	DIM("km/h", "km/h"), DIM("km per hour", "km/h"),
	DIM("km an hour", "km/h"), DIM("kilometres an hour", "km/h"),
	DIM("kilometers an hour", "km/h"), DIM("knot", "knots"),
	DIM("nautical miles", "nautical miles"),
	DIM("degrees Celsius", "°C"), DIM("degrees centigrade", "°C"),
	DIM("degrees Fahrenheit", "°F"), DIM("degrees C", "°C"),
	DIM("degrees F", "°F"), DIM("degrees", "degrees"),
	DIM("degree", "degrees"), DIM("points", "points"),
	DIM("point", "points"), DIM("carats", "carats"),
	DIM("megawatt-hours", "MWh"), DIM("gigawatt hours", "GWh"),
	DIM("barrels of oil per day", "bpd"),
	DIM("ha", "ha"), DIM("dunams", "dunams"), DIM("dunam", "dunams"),
	DIM("donums", "dunams"), DIM("feddan", "feddans"),
	DIM("square kilometre", "sq km"), DIM("m3", "m3"),
	DIM("cubic metre", "m3"), DIM("cubic meter", "m3")
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

/* Currency symbols and fractions outside ASCII. */
#define SYM(cp, iso) { cp, T_SYM, 0, iso, 0, 0 }
#define SYM_AFTER(cp, iso) { cp, T_SYM, 1, iso, 0, 0 }
#define FRAC(cp, num, den) { cp, T_FRAC, 0, NULL, num, den }
const struct u8sym nx_u8sym[] = {
	SYM(0x20AC, "EUR"), SYM(0xA3, "GBP"),
	SYM(0xA5, "JPY"), SYM(0x20B9, "INR"),
	SYM(0x20BC, "AZN"), SYM(0x20B4, "UAH"),
	SYM(0x20BD, "RUB"), SYM(0x20BF, "BTC"),
	SYM(0x20A9, "KRW"), SYM(0x20A6, "NGN"),
	SYM(0x20BA, "TRY"), SYM(0x20B1, "PHP"),
	SYM(0x20AA, "ILS"), SYM(0x20AB, "VND"),
	SYM(0x20A1, "CRC"), SYM(0x20BE, "GEL"),
	SYM(0x20AD, "LAK"), SYM_AFTER(0x5143, "CNY"),
	FRAC(0xBD, 1, 2), FRAC(0xBC, 1, 4),
	FRAC(0xBE, 3, 4), FRAC(0x2153, 1, 3),
	FRAC(0x2154, 2, 3), FRAC(0x2155, 1, 5),
	FRAC(0x2159, 1, 6), FRAC(0x215B, 1, 8),
	FRAC(0x215C, 3, 8), FRAC(0x215D, 5, 8),
	FRAC(0x215E, 7, 8)
};
const size_t nx_nu8sym = sizeof nx_u8sym / sizeof nx_u8sym[0];

/* Nouns counted in millions after a glued m: "2.5m passengers". */
static const char *const counted[] = {
	"people", "passengers", "visitors", "tourists", "users", "customers",
	"residents", "subscribers", "shares", "jobs", "vehicles", "cars",
	"homes", "units", "pilgrims", "students", "doses", "viewers",
	"workers", "households", "children", "refugees", "tons", "tonnes",
	"barrels"
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
static const char *const not_one_hyph[] = {
	"off", "on", "stop", "sided", "time", "liner", "upmanship"
};

/* A score: "a 3-1 win", "drew 2-2"; the words on either side of it. */
static const char *const score_after[] = {
	"win", "wins", "victory", "draw", "defeat", "loss", "lead", "triumph",
	"scoreline", "thrashing", "drubbing", "rout", "home", "away",
	"aggregate"
};
static const char *const score_before[] = {
	"won", "lost", "drew", "beat", "beating", "defeated", "trailed",
	"trailing", "led", "leading", "ended", "finished", "thrashed",
	"edged", "score"
};

/* Words before "one" that make it a pronoun: the one, this one. */
static const char *const not_one_before[] = {
	"no", "the", "this", "that", "which", "any", "every", "each", "some",
	"another", "last", "next", "previous", "current", "latest", "final",
	"little"
};

/* Words that glue to a number word in feed text: "ofone", "tofive". */
const char *const nx_glue[] = {
	"of", "to", "in", "and", "the", "for", "by", "at", "with", "from",
	"on", "about", "than", NULL
};
const size_t nx_nglue = sizeof nx_glue / sizeof nx_glue[0] - 1;


/* Words that look like a small word glued to a number word. */
static const char *const noglue[] = {
	"often", "atone", "tone", "intent", "byone"
};

/*
 * Nouns that name the thing the digits after them identify: a clause of
 * a law, a page, a gate, a phase of a project, a product or a standard
 * (Article 12, page 3, Terminal 3, Phase 2, ISO 9001, Boeing 777).
 */
static const char *const idword[] = {
	"article", "articles", "resolution", "decree", "law", "clause",
	"chapter", "section", "paragraph", "annex", "item", "page", "pages",
	"terminal", "gate", "hall", "phase", "category", "grade", "level",
	"tier", "stage", "round", "edition", "volume", "episode", "version",
	"model", "formula", "vision", "iso", "premium", "super", "boeing",
	"airbus", "iphone", "galaxy", "windows", "falcon", "route", "highway",
	"exit", "flight", "platform", "block", "bloc", "plot", "street",
	"building", "tower", "villa", "floor", "room", "expo", "cop",
	"gasoline", "petrol", "diesel", "special", "hotline", "helpline",
	"dial", "precinct"
};

/* Words before a telephone number of three digits or more: call 911. */
static const char *const callword[] = { "call", "calling" };

/*
 * Words after which a trailing "one" is the pronoun of the phrase ("the
 * last one is"), not a count of what follows ("the last one books"): a
 * verb or a word that starts a clause or a phrase of its own.
 */
static const char *const after_one[] = {
	"and", "are", "as", "at", "but", "by", "can", "could", "for", "from",
	"had", "has", "have", "in", "is", "of", "on", "or", "should", "that",
	"to", "was", "were", "which", "who", "will", "with", "would"
};

/* Words before "half" that make it a part, not a number: the first half. */
static const char *const half_of[] = {
	"first", "second", "other", "latter", "the"
};

/* The endings of an ordinal in digits: 1st, 22nd, 3rd, 4th. */
static const char *const ordsuffix[] = { "st", "nd", "rd", "th" };

/*
 * The words after "4,8" that make the comma a decimal one (4,8 million,
 * 2,6 per cent): a group of three digits after a comma is a thousands
 * group whatever follows.
 */
static const char *const decimal_comma[] = {
	"million", "billion", "trillion", "percent", "per", "mn", "bn"
};

/*
 * The words that end the noun phrase after a count (13,000 workers who,
 * 5 people in): prepositions, conjunctions, determiners, pronouns and
 * the commonest verbs; the word before is the head noun counted.
 */
static const char *const np_stop[] = {
	"a", "about", "above", "according", "across", "after", "against",
	"ago", "all", "along", "also", "am", "among", "an", "and", "any",
	"are", "around", "as", "at", "be", "because", "been", "before",
	"behind", "being", "below", "between", "both", "but", "by", "came",
	"can", "could", "did", "do", "does", "down", "during", "each",
	"either", "even", "ever", "every", "for", "from", "get", "got",
	"had", "has", "have", "he", "her", "here", "him", "his", "how", "i",
	"if", "in", "including", "into", "is", "it", "its", "just", "less",
	"like", "may", "me", "might", "more", "most", "must", "my", "near",
	"nearly", "never", "no", "nor", "not", "now", "of", "off", "on",
	"once", "only", "or", "our", "out", "over", "per", "same",
	"say", "said", "says", "shall", "she", "should", "since", "so",
	"some", "still", "such", "than", "that", "the", "their", "them",
	"then", "there", "these", "they", "this", "those", "through", "thus",
	"to", "too", "toward", "towards", "under", "until", "up", "upon",
	"us", "very", "via", "was", "we", "went", "were", "what", "when",
	"where", "whether", "which", "while", "who", "whom", "whose", "why",
	"will", "with", "within", "without", "would", "yet", "you", "your",
	/* verbs after the pronoun one: if one adds, one wrote */
	"adds", "asks", "believes", "feels", "finds", "gets", "knows",
	"makes", "needs", "sees", "takes", "thinks", "told", "wants", "wrote"
};

/* Plural nouns that do not end in s: a count's head noun. */
static const char *const plural_nouns[] = {
	"people", "children", "men", "women", "police", "personnel", "staff",
	"cattle", "sheep", "fish", "feet", "teeth", "mice", "geese", "folk",
	"youth", "clergy", "militia", "aircraft", "grandchildren",
	"offspring"
};

/*
 * Words after "one" with no noun counted that make it the pronoun: the
 * only one that, a new one for her, stand as one and, followed by one
 * in which, including one at Teterboro, if one adds; not "one in
 * three", "one or two", "one to five" (a preposition before a number
 * leaves it a count: nx_one_pronoun).
 */
static const char *const one_pronoun[] = {
	"and", "as", "at", "because", "but", "by", "can", "could", "did",
	"does", "for", "from", "had", "has", "if", "in", "is", "may", "might",
	"must", "on", "should", "that", "was", "when", "where", "which", "who",
	"whose", "will", "with", "would",
	"adds", "asks", "believes", "feels", "finds", "gets", "knows",
	"makes", "needs", "sees", "takes", "thinks", "wants"
};

/* Words after "a year" that make it a time, not a rate: a year earlier. */
static const char *const not_rate[] = {
	"ago", "earlier", "later", "before", "after", "from", "on", "in"
};

/*
 * Nouns after "a second" that make an idiom, not the second of a count:
 * a second opinion, a second thought; "a second term" is an ordinal.
 */
static const char *const second_idiom[] = {
	"opinion", "thought", "thoughts", "look", "glance", "nature", "hand",
	"wind", "guess", "fiddle"
};

/* Words of size after 10" that make the quote inches: 10" long. */
static const char *const size_word[] = {
	"long", "wide", "tall", "high", "deep", "thick", "screen", "display",
	"monitor", "tv", "television", "pipe", "diameter"
};

/*
 * Words after which four bare digits ending a phrase are a year, before
 * the years read alone too: started in 1789, since 1500.
 */
static const char *const old_year_after[] = { "in", "since", "until" };

/*
 * The word before a falling pair that makes it a change, two amounts
 * apart, not a tally: fell from 71 to 55.
 */
static const char *const change_from[] = { "from" };

/* Words after points that make them a margin in percentage points. */
static const char *const margin[] = {
	"lead", "leads", "margin", "edge", "advantage", "deficit", "gap",
	"behind", "ahead", "swing"
};

#define LIST(l) { l, sizeof l / sizeof l[0] }
const struct nx_wordlist nx_wordsets[WS_N] = {
	[WS_COUNTED] = LIST(counted),
	[WS_NOT_ONE_HYPH] = LIST(not_one_hyph),
	[WS_SCORE_AFTER] = LIST(score_after),
	[WS_SCORE_BEFORE] = LIST(score_before),
	[WS_NOT_ONE_BEFORE] = LIST(not_one_before),
	[WS_HALF_OF] = LIST(half_of),
	[WS_NOGLUE] = LIST(noglue),
	[WS_IDWORD] = LIST(idword),
	[WS_CALLWORD] = LIST(callword),
	[WS_AFTER_ONE] = LIST(after_one),
	[WS_ORDSUFFIX] = LIST(ordsuffix),
	[WS_DECIMAL_COMMA] = LIST(decimal_comma),
	[WS_NP_STOP] = LIST(np_stop),
	[WS_PLURAL] = LIST(plural_nouns),
	[WS_NOT_RATE] = LIST(not_rate),
	[WS_ONE_PRONOUN] = LIST(one_pronoun),
	[WS_SECOND_IDIOM] = LIST(second_idiom),
	[WS_SIZE_WORD] = LIST(size_word),
	[WS_MARGIN] = LIST(margin),
	[WS_OLD_YEAR_AFTER] = LIST(old_year_after),
	[WS_CHANGE_FROM] = LIST(change_from)
};

/* The sub-units of the units of nx_suf: 5 feet 2 inches, 12 ft 2 in. */
const struct nx_subunit nx_subunits[] = {
	{ "feet", "in", 12 }, { "feet", "inches", 12 }, { "feet", "inch", 12 }
};
const size_t nx_nsubunits = sizeof nx_subunits / sizeof nx_subunits[0];

/*
 * The words several currencies share, in the order they are tried: the
 * first row for the entry's code (and type) decides.  "riyals" after an
 * amount in SAR are SAR; with no such amount, QAR.
 */
const struct nx_family nx_families[] = {
	{ 0, "QAR", "SAR QAR OMR YER" },	/* riyals */
	{ 0, "OMR", "SAR QAR OMR YER" },	/* rials, baisa */
	{ S_CUR, "KWD", "KWD JOD BHD IQD" },	/* dinars */
	{ 0, "GBP", "GBP EGP" },		/* pounds, pence */
	{ 0, "USD", "USD EUR" },		/* cents */
	{ 0, "KWD", "KWD BHD JOD IQD AED" },	/* fils */
	{ 0, "INR", "INR PKR LKR NPR" },	/* rupees, Rs, paise */
	{ S_CUR, "AED", "AED MAD" }		/* dirhams */
};
const size_t nx_nfamilies = sizeof nx_families / sizeof nx_families[0];

/*
 * A unit of nx_suf after a slash or "per" in a measure of one unit by
 * another, and its short form there: km/h, m/s; the others are written
 * singular (tons/ha, km/day).  Ends with a NULL row.
 */
const struct nx_perunit nx_per[] = {
	{ "hours", "h" }, { "minutes", "min" }, { "seconds", "s" },
	{ "days", "day" }, { "weeks", "week" }, { "months", "month" },
	{ "years", "year" }, { "km", "km" }, { "m", "m" }, { "ms", "ms" },
	{ NULL, NULL }
};

/*
 * Units written with a sign, read as bytes after the number (with or
 * without a blank), the longest first where one starts another.  A
 * double quote is inches only before a word of size: 10" long, a 55"
 * screen.  Ends with a NULL row.
 */
const struct nx_unitmark nx_unit_marks[] = {
	{ "\xC2\xB0" "C", "\xC2\xB0" "C", 0 }, { "\xC2\xB0" "F", "\xC2\xB0" "F", 0 },
	{ "\xC2\xB0 C", "\xC2\xB0" "C", 0 }, { "\xC2\xB0 F", "\xC2\xB0" "F", 0 },
	{ "\xE2\x84\x83", "\xC2\xB0" "C", 0 }, { "\xE2\x84\x89", "\xC2\xB0" "F", 0 },
	{ "\xC2\xB0", "degrees", 0 },
	{ "\xCE\xBC" "g", "mcg", 0 }, { "\xC2\xB5" "g", "mcg", 0 },
	{ "\xCE\xBC" "m", "\xCE\xBC" "m", 0 }, { "\xC2\xB5" "m", "\xCE\xBC" "m", 0 },
	{ "\"", "inches", WS_SIZE_WORD }, { "\xE2\x80\xB3", "inches", 0 },
	{ NULL, NULL, 0 }
};

/* Sub-units of another size than their row's: 25 fils in AED is 0.25. */
const struct nx_minor nx_minors[] = {
	{ "AED", 2 }
};
const size_t nx_nminors = sizeof nx_minors / sizeof nx_minors[0];

/*
 * gen: write a benchmark corpus of MENAFN news-wire articles.
 *
 *	gen [-1] [-s sample] mib [seed]
 *
 * Writes exactly mib MiB to stdout.  The sentences come from a sample
 * article (default sample/ukrinform.txt), shuffled, with fresh numbers,
 * and from a table of sentence patterns that carry the kinds of numbers
 * the feeds carry (money, percents, dates, ranges, measures, spelled
 * numbers).  Articles vary their header, source, dateline, footer, line
 * ends, paragraph lengths and quotation marks.  With -1 the output is one
 * single line: the same text with no CR or LF at all.
 *
 * The output depends only on the arguments and the sample: the generator
 * has its own PRNG (splitmix64) and uses no floating point, so every run
 * on every machine gives the same bytes.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))
#define PICK(a) ((a)[rng_below(NELEM(a))])
#define MIB ((unsigned long long)1 << 20)

struct buf {
	char *p;
	size_t len, cap;
};

struct sent {
	const char *p;		/* a pattern: see expand() */
	size_t len;
};

static const char *prog = "gen";
static uint64_t rng_state;

/* Sentences of the sample: as written, and with their quote marks gone. */
static struct sent *pool, *qpool;
static size_t npool, nqpool;

/*
 * Sentence patterns.  A % sequence is a slot filled at random:
 * %M money  %P percent  %N count  %W spelled number  %O ordinal  %D date
 * %Y year  %T time  %R range  %U measure  %A age  %I identifier
 * %C place  %X person  %G body  %n small number  %% a percent sign.
 */
static const char *const patterns[] = {
	"The ministry allocated %M for the %O phase of the programme.",
	"Exports rose by %P in %Y, reaching %M.",
	"The company employs %N people in %W regions of the country.",
	"According to %G, %W hospitals received %N doses by %D.",
	"The new line will carry %U a day once it opens in %Y.",
	"Prices are expected to rise by %R over the next %W months.",
	"The %A engineer was appointed on %D.",
	"The meeting will start at %T local time on %D.",
	"Under %I, the fund may lend up to %M to small firms.",
	"Trade between the two countries reached %M in the %O quarter, up %P year on year.",
	"The plant has a capacity of %U and cost %M to build.",
	"About %N visitors attended the exhibition, %P more than in %Y.",
	"Inflation eased to %P in %D, %G said.",
	"%X, who took office on %D, met %W delegations in %C.",
	"The agreement, signed in %C on %D, is worth %M.",
	"Since %Y, the fund has financed %N projects in %W countries.",
	"The central bank kept its key rate at %P for the %O time in a row.",
	"Output reached %U in %D, compared with %U a year earlier.",
	"The contract covers %W years and %N jobs, %G said in a statement.",
	"Shares closed %P higher at %M, with %N deals worth %M.",
	"The index gained %N points, or %P, to close at %N points.",
	"Temperatures are forecast at between %n and %n degrees Celsius in %C on %D.",
	"Some %N experts from %W companies took part in the %O forum.",
	"The %A driver was one of %W people detained in %C on %D.",
	"The %A man was taken to a hospital in %C at %T.",
	"The budget for %Y foresees spending of %M and a deficit of %P of output.",
	"The road, %U long, will be finished by %D at a cost of %M.",
	"Between %Y and %Y, the number of students grew from %N to %N.",
	"%G approved %I on %D, granting %M to %W universities.",
	"The airline flew %N passengers in %D, %P more than in %D.",
	"A barrel of Kuwait crude fell %M to %M on %D, %G said.",
	"The reserve covers %U and is home to %N species of birds.",
	"The ship, %U long, docked in %C at %T with %U of cargo.",
	"The price of a litre of fuel was set at %M from %D.",
	"Remittances grew %P in the first half to %M.",
	"The %O edition of the fair drew %N exhibitors from %W countries.",
	"Unemployment stood at %P in %Y, down from %P in %Y.",
};

static const char *const sources[] = {
	"UkrinForm", "Gulf Times", "Kuwait News Agency (KUNA)",
	"Trend News Agency", "The Peninsula", "AzerNews",
	"Jordan News Agency", "Kuwait Times", "Qatar Tribune",
	"Oman Observer", "Emirates News Agency (WAM)", "Saudi Gazette",
	"Tribal News Network", "Daily Times", "Vietnam News Agency",
	"Mid-East.Info", "EIN Presswire", "The Arabian Post",
	"Azeri-Press Agency", "IANS",
};

static const char *const datelines[] = {
	"KUWAIT, %D (KUNA) -- ", "DOHA, Qatar: ", "BAKU, Azerbaijan, %D. ",
	"AMMAN, %D (Petra) -- ", "VIETNAM, %D - ", "KYIV, %D. ",
	"ABU DHABI, %D (WAM) -- ", "MUSCAT, %D: ", "RIYADH: ",
	"NEW DELHI, %D (IANS) ",
};

static const char *const places[] = {
	"Kyiv", "Doha", "Kuwait City", "Baku", "Amman", "Tokyo", "Muscat",
	"Riyadh", "Abu Dhabi", "Kharkiv", "Hanoi", "Ankara", "Berlin",
	"Geneva", "Manama", "Dubai",
};

static const char *const people[] = {
	"Viktor Lyashko", "Masashi Nakagome", "Sheikh Ahmad Al-Sabah",
	"Mikayil Jabbarov", "Ayman Safadi", "Ali Al-Kuwari", "Olha Stefanishyna",
	"Saud Al-Harbi", "Nguyen Van Thanh", "Fatima Al-Mansouri",
	"Barjes Al-Barjes", "Denys Shmyhal",
};

static const char *const bodies[] = {
	"the Ministry of Health", "the central bank", "the statistics office",
	"the State Customs Committee", "the Cabinet", "the Planning Council",
	"Qatar Airways", "the World Bank", "the Chamber of Commerce",
	"Kuwait Petroleum Corporation",
};

static const char *const speakers[] = {
	"he said", "she said", "the minister said", "the Health Minister emphasized",
	"he noted", "the statement said", "the spokesperson added",
	"Lyashko said", "he stressed", "she told reporters",
};

static const char *const intros[] = {
	"He said: ", "She said: ", "The minister noted: ", "According to him, ",
	"Lyashko stressed:", "The statement read: ", "In his words, ",
};

static const char *const partials[] = {
	"historic and strategic", "a step towards a stronger partnership",
	"one of the most reliable and consistent partners",
	"the first of its kind in the region", "unacceptable",
	"a turning point", "Vision 2030", "green corridor",
};

static const char *const months[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
};

static const char *const mon_abbr[] = {
	"Jan", "Feb", "March", "April", "May", "June", "July", "Aug",
	"Sept", "Oct", "Nov", "Dec",
};

static const char *const small_words[] = {
	"one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty",
	"forty", "fifty", "a hundred", "a dozen", "two dozen",
};

static const char *const ordinal_words[] = {
	"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
	"eighth", "ninth", "tenth", "twelfth", "twentieth",
};

static const char *const magnitudes[] = {
	" million", " billion", "m", "bn", " thousand", "",
};

static const char *const measures[] = {
	"km", "kilometres", "tons", "tonnes", "MW", "barrels", "square metres",
	"hectares", "kg", "litres", "cubic metres", "megawatts",
};

static const char *const ids[] = {
	"Decree No. %n", "Resolution %N", "Law No. %n of %Y", "Order No. %N",
	"Article %n", "the COVID-19 rules", "the G20 plan",
};

static const char *const trailers[] = {
	"Photo: Viktor Lyashko / Facebook", "Photo: Ukrinform",
	"Photo: Gulf Times", "(end)", "(more)",
	"Read also: Ukraine receives 20 mobile clinics",
};

static const char *const initials[] = {
	"gta", "hb", "bs", "ibi", "aai", "rk", "(end) gta",
};

static const char disclaimer[] =
	"MENAFN provides the information \xe2\x80\x9c" "as is\xe2\x80\x9d"
	" without warranty of any kind. We do not accept any responsibility"
	" or liability for the accuracy, content, images, videos, licenses,"
	" completeness, legality, or reliability of the information contained"
	" in this article. If you have any complaints or copyright issues"
	" related to this article, kindly contact the provider above.";

/* Quote mark pairs, open then close, UTF-8. */
static const char *const marks[][2] = {
	{ "\xe2\x80\x9c", "\xe2\x80\x9d" },	/* curly double */
	{ "\"", "\"" },				/* straight */
	{ "\xc2\xab", "\xc2\xbb" },		/* guillemets */
	{ "\xe2\x80\x9e", "\xe2\x80\x9c" },	/* low-high */
	{ "\xe2\x80\x98", "\xe2\x80\x99" },	/* curly single */
};

static _Noreturn void
die(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", prog);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

static _Noreturn void
usage(void)
{
	fprintf(stderr, "usage: %s [-1] [-s sample] mib [seed]\n", prog);
	exit(2);
}

/* splitmix64: small, fast, and the same sequence everywhere. */
static uint64_t
rng_next(void)
{
	uint64_t z;

	z = (rng_state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static unsigned
rng_below(size_t n)
{
	return (unsigned)((rng_next() >> 16) % n);
}

static int
rng_pct(unsigned pct)
{
	return rng_below(100) < pct;
}

static void
buf_add(struct buf *b, const void *p, size_t n)
{
	if (b->len + n > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;

		while (cap < b->len + n)
			cap *= 2;
		if ((b->p = realloc(b->p, cap)) == NULL)
			die("out of memory");
		b->cap = cap;
	}
	memcpy(b->p + b->len, p, n);
	b->len += n;
}

static void
buf_str(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

static void
buf_fmt(struct buf *b, const char *fmt, ...)
{
	char tmp[128];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= sizeof(tmp))
		die("internal: formatted text too long");
	buf_add(b, tmp, (size_t)n);
}

/* An integer, grouped by thousands with commas when commas is set. */
static void
put_int(struct buf *b, unsigned long v, int commas)
{
	char tmp[32];
	int n, i, lead;

	n = snprintf(tmp, sizeof(tmp), "%lu", v);
	if (!commas || n <= 3) {
		buf_add(b, tmp, (size_t)n);
		return;
	}
	lead = n % 3 ? n % 3 : 3;
	buf_add(b, tmp, (size_t)lead);
	for (i = lead; i < n; i += 3) {
		buf_add(b, ",", 1);
		buf_add(b, tmp + i, 3);
	}
}

/* A quantity: whole number or one/two decimals, the way wires print them. */
static void
put_amount(struct buf *b, unsigned long max)
{
	unsigned long v = 1 + rng_below(max);

	switch (rng_below(4)) {
	case 0:
		buf_fmt(b, "%lu.%u", v, rng_below(10));
		break;
	case 1:
		buf_fmt(b, "%lu.%02u", v, rng_below(100));
		break;
	default:
		put_int(b, v, 1);
		break;
	}
}

static void
put_date(struct buf *b)
{
	unsigned m = rng_below(12), d = 1 + rng_below(28);
	unsigned y = 2015 + rng_below(11);

	switch (rng_below(6)) {
	case 0:
		buf_fmt(b, "%s %u, %u", months[m], d, y);
		break;
	case 1:
		buf_fmt(b, "%u %s %u", d, months[m], y);
		break;
	case 2:
		buf_fmt(b, "%s %u", months[m], y);
		break;
	case 3:
		buf_fmt(b, "%04u-%02u-%02u", y, m + 1, d);
		break;
	default:
		buf_fmt(b, "%s %u", mon_abbr[m], d);
		break;
	}
}

static void
put_money(struct buf *b)
{
	static const char *const pre[] = {
		"USD ", "$", "US$", "QR", "QR ", "KD ", "AED ", "Dh", "SR ",
		"AZN ", "EUR ", "\xe2\x82\xac", "JD ", "Rs ", "\xc2\xa3",
	};
	static const char *const post[] = {
		" manat", " riyals", " dollars", " US dollars", " dinars",
		" euros", " crore rupees", " dirhams",
	};
	static const char *const sub[] = { " cents", " fils", " kopecks" };
	unsigned v;

	switch (rng_below(10)) {
	case 0:		/* spelled: KD-five-million, USD one billion */
		if (rng_pct(50))
			buf_fmt(b, "KD-%s-million", PICK(small_words));
		else
			buf_fmt(b, "USD %s billion", PICK(small_words));
		break;
	case 1:
		v = 1 + rng_below(99);
		buf_fmt(b, "%u%s", v, PICK(sub));
		break;
	case 2: case 3:
		put_amount(b, 999);
		buf_str(b, PICK(magnitudes));
		buf_str(b, PICK(post));
		break;
	default:
		buf_str(b, PICK(pre));
		put_amount(b, 999);
		buf_str(b, PICK(magnitudes));
		break;
	}
}

static void
put_percent(struct buf *b)
{
	static const char *const sign[] = {
		" percent", "%", " %", " per cent", "pc",
	};

	unsigned v = rng_below(100);

	if (rng_pct(30))
		buf_fmt(b, "%u.%u", v, rng_below(100));
	else
		buf_fmt(b, "%u", 1 + rng_below(99));
	buf_str(b, PICK(sign));
}

static void
put_measure(struct buf *b)
{
	unsigned v = 1 + rng_below(rng_pct(50) ? 999 : 99999);

	if (rng_pct(20))
		buf_fmt(b, "%u.%u million", v % 100, rng_below(10));
	else
		put_int(b, v, rng_pct(80));
	buf_add(b, " ", 1);
	buf_str(b, PICK(measures));
}

static void
put_range(struct buf *b)
{
	unsigned lo = 1 + rng_below(40), hi = lo + 1 + rng_below(40);

	switch (rng_below(4)) {
	case 0:
		buf_fmt(b, "%u-%u percent", lo, hi);
		break;
	case 1:
		buf_fmt(b, "between %u and %u", lo, hi);
		break;
	case 2:
		buf_fmt(b, "%u to %u%%", lo, hi);
		break;
	default:
		buf_fmt(b, "%u\xe2\x80\x93%u", lo, hi);	/* en dash */
		break;
	}
}

static void expand(struct buf *b, const char *p, size_t n);

/* Fill slot c (the letter after %). */
static void
slot(struct buf *b, char c)
{
	static const char *const tsuf[] = { " am", " pm", " a.m.", " p.m.", "" };
	static const char *const osuf[] = { "th", "st", "nd", "rd" };
	const char *s;
	unsigned v, d;

	switch (c) {
	case '%':
		buf_add(b, "%", 1);
		break;
	case 'A':
		buf_fmt(b, "%u-year-old", 18 + rng_below(70));
		break;
	case 'C':
		buf_str(b, PICK(places));
		break;
	case 'D':
		put_date(b);
		break;
	case 'G':
		buf_str(b, PICK(bodies));
		break;
	case 'I':
		s = PICK(ids);
		expand(b, s, strlen(s));
		break;
	case 'M':
		put_money(b);
		break;
	case 'N':
		if (rng_pct(15)) {
			buf_str(b, PICK(small_words));
		} else {
			v = 1 + rng_below(rng_pct(50) ? 99 : 999999);
			put_int(b, v, rng_pct(85));
		}
		break;
	case 'O':
		if (rng_pct(60)) {
			buf_str(b, PICK(ordinal_words));
		} else {
			v = 1 + rng_below(60);
			buf_fmt(b, "%u%s", v, v % 100 / 10 == 1 || v % 10 > 3 ?
			    "th" : osuf[v % 10]);
		}
		break;
	case 'P':
		put_percent(b);
		break;
	case 'R':
		put_range(b);
		break;
	case 'T':
		if (rng_pct(50)) {
			v = rng_below(24);
			buf_fmt(b, "%02u:%02u", v, rng_below(4) * 15);
		} else {
			v = 1 + rng_below(12);
			d = rng_below(12) * 5;
			buf_fmt(b, "%u:%02u%s", v, d, PICK(tsuf));
		}
		break;
	case 'U':
		put_measure(b);
		break;
	case 'W':
		buf_str(b, PICK(small_words));
		break;
	case 'X':
		buf_str(b, PICK(people));
		break;
	case 'Y':
		buf_fmt(b, "%u", 1990 + rng_below(36));
		break;
	case 'n':
		buf_fmt(b, "%u", 2 + rng_below(rng_pct(70) ? 30 : 3000));
		break;
	default:
		buf_add(b, "%", 1);
		buf_add(b, &c, 1);
		break;
	}
}

/* Copy pattern p, filling its slots. */
static void
expand(struct buf *b, const char *p, size_t n)
{
	const char *e = p + n, *q;

	while (p < e) {
		q = memchr(p, '%', (size_t)(e - p));
		if (q == NULL || q + 1 == e) {
			buf_add(b, p, (size_t)(e - p));
			return;
		}
		buf_add(b, p, (size_t)(q - p));
		slot(b, q[1]);
		p = q + 2;
	}
}

/* One sentence: from the sample a little under half the time. */
static void
sentence(struct buf *b, int quoted)
{
	const struct sent *s;
	const char *pat;
	size_t beg = b->len;

	if (rng_pct(45)) {
		s = quoted ? &qpool[rng_below(nqpool)] : &pool[rng_below(npool)];
		expand(b, s->p, s->len);
	} else {
		pat = PICK(patterns);
		expand(b, pat, strlen(pat));
	}
	if (b->len > beg && b->p[beg] >= 'a' && b->p[beg] <= 'z')
		b->p[beg] = (char)(b->p[beg] - 'a' + 'A');
}

static void
para_plain(struct buf *b, unsigned nsent)
{
	unsigned i;

	for (i = 0; i < nsent; i++) {
		if (i > 0)
			buf_add(b, " ", 1);
		sentence(b, 0);
	}
}

/*
 * The words of a quotation, ending in a comma instead of a period when
 * an attribution follows ("... deepen," he said).
 */
static void
quote_words(struct buf *b, unsigned nsent, int comma)
{
	unsigned i;

	for (i = 0; i < nsent; i++) {
		if (i > 0)
			buf_add(b, " ", 1);
		sentence(b, 1);
	}
	if (comma && b->len > 0 && b->p[b->len - 1] == '.')
		b->p[b->len - 1] = ',';
}

static void
para_quote(struct buf *b)
{
	const char *const *m = marks[rng_pct(70) ? 0 : rng_below(NELEM(marks))];
	unsigned n = 1 + rng_below(3);

	switch (rng_below(5)) {
	case 0:		/* Intro: “...” */
		buf_str(b, PICK(intros));
		buf_str(b, m[0]);
		quote_words(b, n, 0);
		buf_str(b, m[1]);
		break;
	case 1:		/* a partial quote inside a sentence */
		buf_fmt(b, "%s described it as", PICK(people));
		buf_str(b, rng_pct(30) ? "" : " ");	/* glued, as fed */
		buf_str(b, m[0]);
		buf_str(b, PICK(partials));
		buf_str(b, m[1]);
		buf_str(b, ". ");
		para_plain(b, 1 + rng_below(2));
		break;
	default:	/* “...,” he said. */
		buf_str(b, m[0]);
		quote_words(b, n, 1);
		buf_str(b, m[1]);
		buf_add(b, " ", 1);
		buf_str(b, PICK(speakers));
		buf_add(b, ".", 1);
		break;
	}
}

/* A quotation over two or three paragraphs, each reopened, closed once. */
static void
para_quote_multi(struct buf *b)
{
	const char *const *m = marks[rng_below(2)];
	unsigned i, n = 2 + rng_below(2);

	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_str(b, "\n\n");
		buf_str(b, m[0]);
		quote_words(b, 1 + rng_below(3), i + 1 == n);
	}
	buf_str(b, m[1]);
	buf_add(b, " ", 1);
	buf_str(b, PICK(speakers));
	buf_add(b, ".", 1);
}

static void
article(struct buf *b)
{
	unsigned y = 2015 + rng_below(11), m = 1 + rng_below(12);
	unsigned d = 1 + rng_below(28), i, n;

	if (rng_pct(5))
		buf_add(b, " ", 1);
	if (rng_pct(92))
		buf_fmt(b, "date %04u-%02u-%02u ", y, m, d);
	if (rng_pct(8))
		buf_str(b, "(MENAFN) ");
	else
		buf_fmt(b, "(MENAFN- %s) ", PICK(sources));
	if (rng_pct(40)) {
		const char *dl = PICK(datelines);

		expand(b, dl, strlen(dl));
	}
	n = 3 + rng_below(10);
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_str(b, rng_pct(3) ? "\n\n\n\n" : "\n\n");
		if (i > 0 && rng_pct(4))
			para_quote_multi(b);
		else if (i > 0 && rng_pct(25))
			para_quote(b);
		else if (rng_pct(6))	/* long; now and then very long */
			para_plain(b, rng_pct(5) ? 500 + rng_below(2000) :
			    20 + rng_below(130));
		else
			para_plain(b, 1 + rng_below(5));
	}
	if (rng_pct(20)) {
		buf_str(b, "\n\n");
		buf_str(b, PICK(trailers));
	}
	if (rng_pct(45)) {
		buf_str(b, "\n\n");
		buf_str(b, PICK(initials));
		buf_fmt(b, "\n\nMENAFN%02u%02u%04u", d, m, y);
		i = rng_below(1000000);
		buf_fmt(b, "%06u%06u", i, rng_below(1000000));
		buf_fmt(b, "ID11%08u", rng_below(100000000));
		buf_str(b, rng_pct(20) ? "\n\n\nLegal Disclaimer:\n\n" :
		    "\n\nLegal Disclaimer:\n\n");
		buf_str(b, disclaimer);
	}
	buf_str(b, rng_pct(50) ? "\n\n" : "\n");
}

/* The length of the quote mark s starts with (“ ” or "), else 0. */
static size_t
mark_len(const char *s, size_t n)
{
	if (n >= 3 && (unsigned char)s[0] == 0xe2 &&
	    (unsigned char)s[1] == 0x80 &&
	    ((unsigned char)s[2] == 0x9c || (unsigned char)s[2] == 0x9d))
		return 3;
	if (n >= 1 && s[0] == '"')
		return 1;
	return 0;
}

/*
 * Store sentence s of the sample as a pattern: % doubled, every run of
 * digits a random small number.  Quote marks are kept only when they
 * pair up within the sentence; with strip they are always dropped (a
 * space kept where a mark glued two words), and strip 2 (the words of a
 * quotation) also drops an attribution after a closing mark.
 */
static void
add_sentence(const char *s, size_t n, int strip, struct sent **v, size_t *nv)
{
	struct buf b = { NULL, 0, 0 };
	size_t i, ml, open = 0, close = 0, straight = 0;
	int cut = 0;

	for (i = 0; i < n; i += ml ? ml : 1) {
		ml = mark_len(s + i, n - i);
		if (ml == 1)
			straight++;
		else if (ml == 3 && (unsigned char)s[i + 2] == 0x9c)
			open++;
		else if (ml == 3)
			close++;
	}
	if (strip == 0 && (open != close || straight % 2 == 1))
		strip = 1;
	/* For a quotation, keep the words before an attribution (”, he said). */
	for (i = 0; strip == 2 && i + 1 < n; i++) {
		ml = mark_len(s + i, n - i);
		if (ml > 0 && (ml == 1 || (unsigned char)s[i + 2] == 0x9d) &&
		    i + ml + 1 < n && s[i + ml] == ' ' &&
		    s[i + ml + 1] >= 'a' && s[i + ml + 1] <= 'z') {
			n = i;
			cut = n > 0 && s[n - 1] == ',';
			break;
		}
	}
	for (i = 0; i < n; ) {
		if (strip && (ml = mark_len(s + i, n - i)) > 0) {
			if (i > 0 && s[i - 1] != ' ' && i + ml < n &&
			    s[i + ml] != ' ' && s[i + ml] != ',' &&
			    s[i + ml] != '.')
				buf_add(&b, " ", 1);
			i += ml;
		} else if (s[i] == '%') {
			buf_add(&b, "%%", 2);
			i++;
		} else if (s[i] >= '0' && s[i] <= '9') {
			while (i < n && s[i] >= '0' && s[i] <= '9')
				i++;
			buf_add(&b, "%n", 2);
		} else {
			buf_add(&b, s + i, 1);
			i++;
		}
	}
	if (cut && b.len > 0)
		b.p[b.len - 1] = '.';
	if (b.len < 16) {
		free(b.p);
		return;
	}
	if ((*v = realloc(*v, (*nv + 1) * sizeof(**v))) == NULL)
		die("out of memory");
	(*v)[*nv].p = b.p;
	(*v)[*nv].len = b.len;
	(*nv)++;
}

/* Does a sentence end at s[i] (after . ! ? and any closing marks)? */
static size_t
sentence_end(const char *s, size_t n, size_t i)
{
	size_t j;

	if (s[i] != '.' && s[i] != '!' && s[i] != '?')
		return 0;
	j = i + 1;
	while (j < n && mark_len(s + j, n - j) > 0)
		j += mark_len(s + j, n - j);
	if (j == n)
		return j;
	if (s[j] != ' ')
		return 0;
	return j;
}

/* A paragraph of the sample: its sentences into both pools. */
static void
load_para(const char *s, size_t n)
{
	size_t i, beg = 0, end;

	for (i = 0; i < n; i++) {
		if ((end = sentence_end(s, n, i)) == 0)
			continue;
		add_sentence(s + beg, end - beg, 0, &pool, &npool);
		add_sentence(s + beg, end - beg, 2, &qpool, &nqpool);
		beg = end;
		while (beg < n && s[beg] == ' ')
			beg++;
		i = beg - 1 < i ? i : beg - 1;
	}
}

static void
load_sample(const char *path)
{
	struct buf b = { NULL, 0, 0 }, t = { NULL, 0, 0 };
	char blk[65536];
	FILE *fp;
	size_t n, i, beg;
	const char *h;

	if ((fp = fopen(path, "rb")) == NULL)
		die("%s: %s", path, strerror(errno));
	while ((n = fread(blk, 1, sizeof(blk), fp)) > 0)
		buf_add(&b, blk, n);
	if (ferror(fp))
		die("%s: %s", path, strerror(errno));
	fclose(fp);
	for (i = 0; i < b.len; i++)	/* drop CRs; keep the rest as is */
		if (b.p[i] != '\r')
			buf_add(&t, b.p + i, 1);
	buf_add(&t, "\n\n", 2);
	/* Skip the header: through the ")" that closes "(MENAFN...". */
	beg = 0;
	h = t.len > 0 ? memchr(t.p, '\n', t.len) : NULL;
	for (i = 0; h != NULL && i + 7 < (size_t)(h - t.p); i++)
		if (memcmp(t.p + i, "(MENAFN", 7) == 0) {
			const char *c = memchr(t.p + i, ')', (size_t)(h - t.p) - i);

			if (c != NULL)
				beg = (size_t)(c - t.p) + 1;
			break;
		}
	/* Paragraphs end at a blank line; a lone LF is a space. */
	for (i = beg; i + 1 < t.len; i++) {
		if (t.p[i] == '\n' && t.p[i + 1] != '\n') {
			t.p[i] = ' ';
		} else if (t.p[i] == '\n') {
			while (beg < i && t.p[beg] == ' ')
				beg++;
			if (beg < i)
				load_para(t.p + beg, i - beg);
			while (i < t.len && t.p[i] == '\n')
				i++;
			beg = i;
		}
	}
	free(b.p);
	free(t.p);
	if (npool == 0 || nqpool == 0)
		die("%s: no sentences found", path);
}

/*
 * Write article a (LF line ends) to stdout: with CRLF line ends, or as
 * part of one line, and no more than *left bytes.  The last article is
 * cut at a character boundary and padded to fill the size exactly.
 */
static void
emit(struct buf *out, const struct buf *a, int crlf, int oneline,
    unsigned long long *left)
{
	size_t i, keep, want;

	out->len = 0;
	for (i = 0; i < a->len; i++) {
		if (a->p[i] != '\n') {
			buf_add(out, a->p + i, 1);
		} else if (oneline) {
			while (i + 1 < a->len && a->p[i + 1] == '\n')
				i++;
			buf_add(out, " ", 1);
		} else {
			buf_add(out, crlf ? "\r\n" : "\n", crlf ? 2 : 1);
		}
	}
	if (out->len > *left) {
		want = (size_t)*left;
		keep = oneline ? want : want - 1;
		while (keep > 0 && ((unsigned char)out->p[keep] & 0xc0) == 0x80)
			keep--;
		memset(out->p + keep, ' ', want - keep);
		if (!oneline)
			out->p[want - 1] = '\n';
		out->len = want;
	}
	if (fwrite(out->p, 1, out->len, stdout) != out->len)
		die("write error: %s", strerror(errno));
	*left -= out->len;
}

int
main(int argc, char *argv[])
{
	struct buf a = { NULL, 0, 0 }, out = { NULL, 0, 0 };
	const char *sample = "sample/ukrinform.txt";
	unsigned long long left, mib, seed = 1;
	int ch, oneline = 0, crlf;
	char *end;

	while ((ch = getopt(argc, argv, "1s:")) != -1) {
		switch (ch) {
		case '1':
			oneline = 1;
			break;
		case 's':
			sample = optarg;
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc < 1 || argc > 2)
		usage();
	errno = 0;
	mib = strtoull(argv[0], &end, 10);
	if (errno || end == argv[0] || *end != '\0' || mib > (1ULL << 20))
		die("bad size: %s", argv[0]);
	if (argc == 2) {
		seed = strtoull(argv[1], &end, 10);
		if (errno || end == argv[1] || *end != '\0')
			die("bad seed: %s", argv[1]);
	}
	rng_state = seed;
	load_sample(sample);
	setvbuf(stdout, NULL, _IOFBF, 1 << 20);
	for (left = mib * MIB; left > 0; ) {
		a.len = 0;
		article(&a);
		crlf = rng_pct(12);
		emit(&out, &a, crlf && !oneline, oneline, &left);
	}
	if (fflush(stdout) != 0)
		die("write error: %s", strerror(errno));
	free(a.p);
	free(out.p);
	return 0;
}

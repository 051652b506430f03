/*
 * Quotation extractor.  One pass over the text keeps a stack of open
 * quotations and a queue of quotations in order of their opening marks;
 * a quotation leaves the queue once it is decided (closed and looked past,
 * or found unclosed).  Marks are told apart from apostrophes by what stands
 * on either side of them, so missing spaces (is“one) do not matter.
 */
#include <string.h>
#include "quotes.h"
#include "scan.h"
#include "utf8.h"

enum { QE_OPEN, QE_CLOSED, QE_FAILED };

/* The two-byte ASCII marks `` and '' get code points of their own. */
#define CP_BT2 0x110001
#define CP_AP2 0x110002
#define CP_EDGE (-2)		/* the start or end of the text */

#define LDQ 0x201C	/* “ */
#define RDQ 0x201D	/* ” */
#define LOW9 0x201E	/* „ */
#define LSQ 0x2018	/* ‘ */
#define RSQ 0x2019	/* ’ */
#define LOW9S 0x201A	/* ‚ */
#define LAQ 0xAB	/* « */
#define RAQ 0xBB	/* » */
#define LSAQ 0x2039	/* ‹ */
#define RSAQ 0x203A	/* › */
#define LCB 0x300C	/* 「 */
#define RCB 0x300D	/* 」 */
#define LWCB 0x300E	/* 『 */
#define RWCB 0x300F	/* 』 */

/* The window handed to qx_scan, for the speaker search at emit time. */
struct qx_view {
	const char *buf;
	uint64_t base;
	size_t len;
	qx_emit_fn *emit;
	void *ctx;
	int final;
};

static int
is_mark(int32_t c)
{
	switch (c) {
	case '"': case '\'': case LDQ: case RDQ: case LOW9: case LSQ:
	case RSQ: case LOW9S: case LAQ: case RAQ: case LSAQ: case RSAQ:
	case LCB: case RCB: case LWCB: case RWCB: case CP_BT2: case CP_AP2:
		return 1;
	}
	return 0;
}

static int
is_dash(int32_t c)
{
	return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2212;
}

/* Before a mark: space-like, so the mark may open a quotation. */
static int
left_space(int32_t c)
{
	return c == CP_EDGE || u8_isspace(c) || c == '(' || c == '[' ||
	    c == '{' || c == '/' || is_dash(c) || is_mark(c);
}

/* After a mark: space-like, so the mark may close a quotation. */
static int
right_space(int32_t c)
{
	if (c == CP_EDGE || u8_isspace(c) || is_mark(c) || is_dash(c))
		return 1;
	if (c < 0x80 && c >= 0)
		return c != 0 && strchr(".,;:!?)]}", (int)c) != NULL;
	return c == 0x2026;	/* … */
}

/* The same family, for a quotation that reopens in the next paragraph. */
static int
family(int32_t c)
{
	switch (c) {
	case '"': case LDQ: case RDQ: case LOW9: case CP_BT2: case CP_AP2:
		return 1;
	case '\'': case LSQ: case RSQ: case LOW9S:
		return 2;
	case LAQ: case RAQ:
		return 3;
	case LSAQ: case RSAQ:
		return 4;
	case LCB:
		return 5;
	case LWCB:
		return 6;
	}
	return 0;
}

/*
 * May c close a quotation opened by open?  0 no; 1 yes; 2 only where c
 * looks like a closer and not like an opener (a misused “ or a straight
 * quote inside curly ones).
 */
static int
closes(int32_t open, int32_t c)
{
	static const struct { int32_t open, c; int how; } tab[] = {
		{ LDQ, RDQ, 1 }, { LDQ, LDQ, 2 }, { LDQ, '"', 2 },
		{ LDQ, CP_AP2, 2 },
		{ '"', '"', 1 }, { '"', RDQ, 1 }, { '"', LDQ, 2 },
		{ LOW9, LDQ, 1 }, { LOW9, RDQ, 1 }, { LOW9, '"', 2 },
		{ RDQ, RDQ, 1 },
		{ LSQ, RSQ, 1 }, { LSQ, '\'', 1 },
		{ '\'', '\'', 1 }, { '\'', RSQ, 1 },
		{ RSQ, RSQ, 1 },
		{ LOW9S, LSQ, 1 }, { LOW9S, RSQ, 1 },
		{ LAQ, RAQ, 1 }, { RAQ, LAQ, 1 },
		{ LSAQ, RSAQ, 1 }, { RSAQ, LSAQ, 1 },
		{ LCB, RCB, 1 }, { LWCB, RWCB, 1 },
		{ CP_BT2, CP_AP2, 1 }, { CP_BT2, RDQ, 1 }, { CP_BT2, '"', 2 },
		{ CP_AP2, CP_AP2, 1 },
	};
	size_t i;

	for (i = 0; i < sizeof tab / sizeof tab[0]; i++)
		if (tab[i].open == open && tab[i].c == c)
			return tab[i].how;
	return 0;
}

/* Marks that may also be apostrophes. */
static int
apos_like(int32_t c)
{
	return c == '\'' || c == RSQ || c == LSQ;
}

/* Marks that close only where they look like closers. */
static int
ambiguous(int32_t c)
{
	return c == '"' || c == CP_AP2 || apos_like(c);
}

/* ASCII case-insensitive: is p[0, n) the word lit? */
static int
weq(const char *p, size_t n, const char *lit)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char a = (unsigned char)p[i];

		if (lit[i] == '\0')
			return 0;
		if (a >= 'A' && a <= 'Z')
			a = (unsigned char)(a - 'A' + 'a');
		if (a != (unsigned char)lit[i])
			return 0;
	}
	return lit[n] == '\0';
}

/*
 * A word list, looked up by a hash of the lower-cased word: the speaker
 * search asks several lists about every word near a quotation.  The hash
 * slots are filled on first use.
 */
#define WORDS_SLOTS 512		/* a power of two, over twice the longest list */

struct words {
	const char *const *list;
	int ready;
	unsigned short slot[WORDS_SLOTS];	/* index + 1 into list; 0 empty */
};

static unsigned
words_hash(const char *p, size_t n)
{
	unsigned h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char a = (unsigned char)p[i];
		if (a >= 'A' && a <= 'Z')
			a = (unsigned char)(a - 'A' + 'a');
		h = (h ^ a) * 16777619u;
	}
	return h & (WORDS_SLOTS - 1);
}

static void
words_prepare(struct words *w)
{
	unsigned short i;

	for (i = 0; w->list[i] != NULL; i++) {
		unsigned h = words_hash(w->list[i], strlen(w->list[i]));

		while (w->slot[h] != 0)
			h = (h + 1) & (WORDS_SLOTS - 1);
		w->slot[h] = (unsigned short)(i + 1);
	}
	w->ready = 1;
}

/* Is p[0, n), whose words_hash() is h, in the list? */
static int
in_table_h(struct words *w, const char *p, size_t n, unsigned h)
{
	if (!w->ready)
		words_prepare(w);
	for (; w->slot[h] != 0;
	    h = (h + 1) & (WORDS_SLOTS - 1))
		if (weq(p, n, w->list[w->slot[h] - 1]))
			return 1;
	return 0;
}

static int
in_table(struct words *w, const char *p, size_t n)
{
	return in_table_h(w, p, n, words_hash(p, n));
}

/* Words that an apostrophe starts: rock 'n' roll, 'em, 'til, “Qatar”'s. */
static const char *const elisions_list[] = {
	"n", "em", "til", "tis", "twas", "cause", "bout", "cos", "s", "d",
	"ll", "re", "ve", "m", "t", "nuff", "neath", "round", NULL
};
static struct words elisions = { elisions_list, 0, { 0 } };

static int
digit(unsigned char b)
{
	return b >= '0' && b <= '9';
}

static int
ascii_alpha(unsigned char b)
{
	return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

/*
 * Does the text at p (n bytes, right after an apostrophe-like mark) start
 * with an elided word or a two-digit year ('90s, '22)?
 */
static int
elided(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i;
	int32_t c;

	for (i = 0; i < n && ascii_alpha(u[i]); i++)
		;
	if (i > 0 && in_table(&elisions, p, i)) {
		if (i == n)
			return 1;
		u8_decode(u + i, n - i, &c);
		return !u8_isalnum(c);
	}
	for (i = 0; i < n && digit(u[i]); i++)
		;
	return i == 2 && (i == n || u[i] == 's' || !ascii_alpha(u[i]));
}

/* ---------------------------------------------------------------- */
/* Words, for the speaker. */

enum { TK_WORD, TK_PUNCT, TK_MARK, TK_PARA };
#define TK_MAX 320

struct tok {
	uint64_t s, e;
	int kind;
	int32_t cp;		/* TK_PUNCT, TK_MARK: the character */
	int cap;		/* TK_WORD: starts with a capital */
	unsigned hash;		/* TK_WORD: words_hash(), asked of many lists */
};

struct toks {
	struct tok t[TK_MAX];
	int n;
	const struct qx_view *v;
};

static const char *const abbrevs_list[] = {
	"dr", "mr", "mrs", "ms", "prof", "gen", "col", "lt", "sgt", "st",
	"jr", "sr", "capt", "maj", "rep", "sen", "gov", "amb", "no", "co",
	"inc", "ltd", "vs", "eng", "sheikh", "hh", "he", "mt", "brig", NULL
};
static struct words abbrevs = { abbrevs_list, 0, { 0 } };

static const char *
tk_p(const struct toks *ts, int i)
{
	return ts->v->buf + (ts->t[i].s - ts->v->base);
}

static size_t
tk_n(const struct toks *ts, int i)
{
	return (size_t)(ts->t[i].e - ts->t[i].s);
}

static int
tk_is(const struct toks *ts, int i, const char *lit)
{
	return i >= 0 && i < ts->n && ts->t[i].kind == TK_WORD &&
	    weq(tk_p(ts, i), tk_n(ts, i), lit);
}

static int
tk_in(const struct toks *ts, int i, struct words *tab)
{
	return i >= 0 && i < ts->n && ts->t[i].kind == TK_WORD &&
	    in_table_h(tab, tk_p(ts, i), tk_n(ts, i), ts->t[i].hash);
}

static int
tk_word(const struct toks *ts, int i)
{
	return i >= 0 && i < ts->n && ts->t[i].kind == TK_WORD;
}

static int
tk_cap(const struct toks *ts, int i)
{
	return tk_word(ts, i) && ts->t[i].cap;
}

/* A word that may join the one before: letters, digits, - ' ’ . inside. */
static int
joiner(int32_t c)
{
	return c == '-' || c == '\'' || c == RSQ || c == '.' || c == 0x2010;
}

/*
 * Tokenize the window text [from, to).  TK_FIRST stops after the first
 * sentence end or quotation mark; TK_LAST keeps the last TK_MAX tokens
 * where there are more.
 */
enum { TK_FIRST, TK_LAST };

static void
tokenize(struct toks *ts, const struct qx_view *v, uint64_t from, uint64_t to,
    int mode)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t i = (size_t)(from - v->base), end = (size_t)(to - v->base);
	int nl = 0;

	ts->n = 0;
	ts->v = v;
	while (i < end) {
		struct tok *t;
		int32_t c = p[i];
		size_t l = c < 0x80 ? 1 : u8_decode(p + i, end - i, &c);

		if (ts->n == TK_MAX) {
			if (mode == TK_FIRST)
				return;
			memmove(ts->t, ts->t + TK_MAX / 2,
			    (TK_MAX - TK_MAX / 2) * sizeof ts->t[0]);
			ts->n = TK_MAX - TK_MAX / 2;
		}
		t = &ts->t[ts->n];
		/* Every field set, whatever the kind: rules test cp on any. */
		t->cp = 0;
		t->cap = 0;
		t->hash = 0;
		if (u8_isspace(c)) {
			if (c == '\n' && ++nl == 2) {
				t->kind = TK_PARA;
				t->s = v->base + i;
				t->e = t->s + 1;
				ts->n++;
				if (mode == TK_FIRST)
					return;
			}
			i += l;
			continue;
		}
		nl = 0;
		t->s = v->base + i;
		if (u8_isalnum(c)) {
			size_t j = i + l, seg = i;

			t->kind = TK_WORD;
			t->cap = u8_isupper(c);
			while (j < end) {
				int32_t d = p[j], e2;
				size_t m = d < 0x80 ? 1 : u8_decode(p + j, end - j, &d);

				if (u8_isalnum(d)) {
					j += m;
					continue;
				}
				/* H.E. and U.S. join; said.Read does not. */
				if (d == '.' && j - seg > 1 &&
				    !(digit(p[j - 1]) && j + 1 < end &&
				    digit(p[j + 1])))
					break;
				if (joiner(d) && j + m < end) {
					u8_decode(p + j + m, end - j - m, &e2);
					if (u8_isalnum(e2)) {
						j += m;
						seg = j;
						continue;
					}
				}
				break;
			}
			/* Dr. Mr. H.E. U.S.: the period is no sentence end. */
			if (j < end && p[j] == '.') {
				size_t n = j - i;
				int dotted = memchr(p + i, '.', n) != NULL;

				if (dotted || (n == 1 && t->cap) ||
				    in_table(&abbrevs, (const char *)p + i, n))
					j++;
			}
			t->e = v->base + j;
			t->hash = words_hash((const char *)p + i, j - i);
			i = j;
		} else {
			int32_t c2 = c;

			if (c == '`' && i + 1 < end && p[i + 1] == '`')
				c2 = CP_BT2, l = 2;
			else if (c == '\'' && i + 1 < end && p[i + 1] == '\'')
				c2 = CP_AP2, l = 2;
			t->kind = is_mark(c2) ? TK_MARK : TK_PUNCT;
			t->cp = c2;
			t->e = t->s + l;
			i += l;
			if (mode == TK_FIRST && (t->kind == TK_MARK ||
			    c2 == '.' || c2 == '!' || c2 == '?')) {
				ts->n++;
				return;
			}
		}
		ts->n++;
	}
}

static int
tk_send(const struct toks *ts, int i)
{
	const struct tok *t = &ts->t[i];

	return t->kind == TK_PARA || (t->kind == TK_PUNCT &&
	    (t->cp == '.' || t->cp == '!' || t->cp == '?'));
}

static const char *const verbs_list[] = {
	"said", "says", "say", "told", "tells", "added", "adds", "noted",
	"notes", "stressed", "stresses", "emphasized", "emphasised",
	"emphasizes", "emphasises", "stated", "states", "announced",
	"announces", "explained", "explains", "warned", "warns", "declared",
	"declares", "remarked", "remarks", "asserted", "asserts",
	"continued", "continues", "concluded", "concludes", "reminded",
	"reminds", "pointed", "points", "wrote", "writes", "posted",
	"commented", "comments", "confirmed", "confirms", "insisted",
	"insists", "argued", "argues", "claimed", "claims", "revealed",
	"reveals", "reported", "underlined", "underlines", "underscored",
	"underscores", "highlighted", "highlights", "observed", "observes",
	"replied", "replies", "responded", "responds", "answered", "asked",
	"asks", "urged", "urges", "affirmed", "affirms", "acknowledged",
	"acknowledges", "admitted", "admits", "clarified", "clarifies",
	"recalled", "recalls", "indicated", "indicates", "mentioned",
	"mentions", "tweeted", "assured", "assures", "cautioned", "vowed",
	"predicted", "suggested", "suggests", "proclaimed", "exclaimed",
	"read", "reads", "spoke", "speaks", "described", "describes",
	"reiterated", "reiterates", "expressed", "expresses", "disclosed",
	"discloses", "elaborated", "denied", "denies", "conceded",
	"contended", "lamented", "quipped", "joked", "recounted", "pledged",
	"specified", "called", "complained", "complains", "thanked",
	"praised", "praises", "lauded",
	"commended", "welcomed", "welcomes", "criticised", "criticized",
	"condemned", "slammed", "rejected", "rejects", "dismissed",
	"denounced", "chanted", "shouted", "tell", "shouts", "laughs",
	"laughed", "submitted", "opined", "opines", "ruled", "believes",
	"believed", "hailed", NULL
};
static struct words verbs = { verbs_list, 0, { 0 } };

static const char *const pronouns_list[] = {
	"he", "she", "they", "we", "i", "it", "you", NULL
};
static struct words pronouns = { pronouns_list, 0, { 0 } };

static const char *const dets_list[] = {
	"the", "a", "an", "his", "her", "its", "their", "our", "this", "one",
	"another", "some", "several", "many", NULL
};
static struct words dets = { dets_list, 0, { 0 } };

/* Before a noun rather than a verb: "in remarks", "with comments". */
static const char *const preps_list[] = {
	"in", "on", "at", "of", "by", "with", "from", "for", "during",
	"after", "before", "into", "about", "than", "without", NULL
};
static struct words preps = { preps_list, 0, { 0 } };

/* Determiners that may stand alone as a speaker: ,” one said. */
static const char *const alone_list[] = {
	"one", "another", "some", "many", "several", NULL
};
static struct words alone = { alone_list, 0, { 0 } };

/* Between a subject and its verb: "he also said", "X has stated". */
static const char *const adverbs_list[] = {
	"also", "further", "then", "later", "earlier", "previously",
	"additionally", "once", "again", "recently", "reportedly",
	"furthermore", "moreover", "has", "had", "have", "separately",
	"subsequently", "today", "yesterday", "himself", "herself",
	"personally", "publicly", "repeatedly", "specifically", "clearly",
	"firmly", "strongly", "proudly", NULL
};
static struct words adverbs = { adverbs_list, 0, { 0 } };

/* "analysts at Capital Economics": a group named by its firm. */
static const char *const at_nouns_list[] = {
	"analysts", "analyst", "economists", "economist", "strategists",
	"strategist", "researchers", "experts", "traders", "dealers", NULL
};
static struct words at_nouns = { at_nouns_list, 0, { 0 } };

/* "In a statement, X ...": where words are published. */
static const char *const channels_list[] = {
	"statement", "post", "speech", "interview", "message", "letter",
	"tweet", "remarks", "address", "communique", NULL
};
static struct words channels = { channels_list, 0, { 0 } };

/* Words that never stand in a speaker's name. */
static const char *const stops_list[] = {
	"that", "which", "who", "whom", "when", "while", "but", "because",
	"if", "is", "was", "are", "were", "be", "been", "being", "will",
	"would", "can", "could", "not", "and", "or", "as", "in", "on", "at",
	"to", "during", "after", "before", "with", "from", "by", "adding",
	"for", "into", "about", "than", "so", "this", "last", "there",
	"here", "what", "how", "why", "no", "no.", "yes", NULL
};
static struct words stops = { stops_list, 0, { 0 } };

/* Inside a name, between capitalised words. */
static const char *const particles_list[] = {
	"of", "for", "al", "bin", "bint", "ibn", "de", "del", "van", "von",
	"la", "le", "da", "el", "and", "du", "der", NULL
};
static struct words particles = { particles_list, 0, { 0 } };

/* Titles and bodies: a name after one of these is the speaker. */
static const char *const titles_list[] = {
	"minister", "ministry", "president", "head", "chairman",
	"chairwoman", "chair", "chief", "ambassador", "spokesperson",
	"spokesman", "spokeswoman", "director", "governor", "secretary",
	"administration", "council", "office", "agency", "committee",
	"department", "commander", "mayor", "deputy", "general", "official",
	"officer", "ceo", "manager", "representative", "envoy", "adviser",
	"advisor", "leader", "member", "prosecutor", "service", "forces",
	"staff", "government", "authority", "board", "commission",
	"assembly", "parliament", "ombudsman", "rector", "dean", "professor",
	"founder", "coordinator", "attorney", "judge", "senator",
	"congressman", "chancellor", "premier", "analyst", "economist",
	"expert", "correspondent",
	"journalist", "reporter", "editor", "chamber",
	"health", "affairs", "city", "region", "regional", "military",
	"state", "national", "foreign", "defense", "defence", "interior",
	"economy", "finance", "energy", "justice", "education", "oblast",
	"district", "police", "army", "company", "bank", "fund", "news",
	"institute", "university", "center", "centre", "organization",
	"organisation", "association", "federation", "union",
	"communication", "communications", "information", "media",
	"development", "investment", "industry", "trade", "commerce",
	"agriculture", "environment", "transport", "tourism", "culture",
	"sports", "youth", "labor", "labour", "social", "planning",
	"security", "intelligence", "relations", "resources", "works",
	"housing", "infrastructure", "technology", "digital", "oil", "gas",
	"water", "electricity", "customs", "immigration", "welfare",
	"diaspora", "reintegration", "territories", "veterans", "science",
	"research", "exchange", "court", "party", "front",
	"guard", "navy", "secretary-general", "director-general",
	"commander-in-chief", "editor-in-chief", "attorney-general",
	"vice-president", "vice-chairman", "co-founder",
	/* the roles of sport and business, lower case before a name */
	"coach", "captain", "skipper", "striker", "midfielder", "defender",
	"goalkeeper", "player", "tactician", "trainer", "owner", "boss",
	"partner", "principal", "superintendent",
	/* portfolios: Minister of Water and Irrigation X */
	"irrigation", "municipality", "municipal", "awqaf", "endowments",
	"islamic", "petroleum", "mineral", "minerals", "hydrocarbons",
	"mining", "aviation", "heritage", "antiquities", "manpower",
	"statistics", "telecommunications", "fisheries", "climate", "food",
	"family", "women", "innovation", "logistics", "utilities",
	"entrepreneurship", "religious", "architecture", "construction",
	"delegation", "mission", "embassy", "consulate", "cooperation",
	"initiatives", "mp", "counselor", "counsellor",
	"negotiator", "jsc", "llc", "plc", "ltd",
	/* occupations before a name: tour guide X, singer X */
	"guide", "singer", "artist", "writer", "author", "poet", "actor",
	"actress", "filmmaker", "photographer", "activist", "designer",
	"chef", "farmer", "fisherman", "teacher", "nurse", "engineer",
	"architect", "physiologist", "scientist", "researcher", "specialist",
	"forestry",
	/* bodies: Head of the General Syndicate of Farmers X */
	"syndicate", "league", "club", "society", "foundation", "forum",
	"alliance", "coalition", "bureau", "directorate", "secretariat",
	"corporation",
	/* the law; regions in a title: Minister for the Middle East X */
	"advocate", "lawyer", "counsel", "east", "africa", "asia", "europe",
	"americas", NULL
};
static struct words titles = { titles_list, 0, { 0 } };

/* Before a name: where the name starts inside a longer title. */
static const char *const honorifics_list[] = {
	"sheikh", "sheikha", "dr.", "mr.", "mrs.", "ms.", "prof.", "eng.",
	"h.e.", "dr", "mr", "mrs", "ms", "datuk", "dato", "tun", "engr.",
	"engr", "barrister", NULL
};
static struct words honorifics = { honorifics_list, 0, { 0 } };

/* Particles inside a person's name. */
static const char *const name_particles_list[] = {
	"bin", "bint", "ibn", "al", "el", "abu", "de", "del", "van", "von",
	"la", "le", "da", "du", "der", NULL
};
static struct words name_particles = { name_particles_list, 0, { 0 } };

/* His Highness, Her Excellency: a style that belongs to the name after it. */
static const char *const styles_list[] = {
	"highness", "excellency", "majesty", "eminence", "holiness",
	"royal", NULL
};
static struct words styles = { styles_list, 0, { 0 } };

/*
 * Words that open an aside or a sentence's adverbial rather than a
 * name: "Earlier, Minister X said", "X, however, said", "X, in turn,
 * noted", "On Monday, X said".
 */
static const char *const asides_list[] = {
	"however", "meanwhile", "earlier", "later", "separately", "moreover",
	"furthermore", "additionally", "also", "besides", "likewise",
	"similarly", "accordingly", "nevertheless", "nonetheless",
	"elsewhere", "then", "instead", "finally", "thus", "hence",
	"therefore", "indeed", "still", "again", "recently", "currently",
	"notably", "too", "though", "yesterday", "today", "previously",
	"subsequently", "in", "on", "for", "at", "during", "after", "before",
	"with", "by", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "speaking", "commenting", "addressing",
	"according", NULL
};
static struct words asides = { asides_list, 0, { 0 } };

/* "X on Sunday said": a day between a subject and its verb. */
static const char *const days_list[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", NULL
};
static struct words days = { days_list, 0, { 0 } };

/* HE, H.E., HH: an abbreviated style, in capitals. */
static int
tk_style_abbr(const struct toks *ts, int i)
{
	const char *p;
	size_t n;

	if (!tk_word(ts, i))
		return 0;
	p = tk_p(ts, i);
	n = tk_n(ts, i);
	return (n == 2 && p[0] == 'H' && (p[1] == 'E' || p[1] == 'H')) ||
	    (n == 4 && p[0] == 'H' && p[1] == '.' && (p[2] == 'E' ||
	    p[2] == 'H') && p[3] == '.');
}

/* A style before a name: His Highness, Her Excellency, HE. */
static int
tk_styled(const struct toks *ts, int i)
{
	return tk_style_abbr(ts, i) || (tk_in(ts, i, &dets) &&
	    tk_in(ts, i + 1, &styles));
}

/* Qatar's, Jordan’s: a possessive, which a noun phrase goes on after. */
static int
tk_possessive(const struct toks *ts, int i)
{
	const char *p;
	size_t n;

	if (!tk_word(ts, i))
		return 0;
	p = tk_p(ts, i);
	n = tk_n(ts, i);
	return n > 2 && p[n - 1] == 's' && (p[n - 2] == '\'' ||
	    (n > 4 && (unsigned char)p[n - 2] == 0x99 &&
	    (unsigned char)p[n - 3] == 0x80 &&
	    (unsigned char)p[n - 4] == 0xE2));
}

static int
tk_punct(const struct toks *ts, int i, int32_t cp)
{
	return i >= 0 && i < ts->n && ts->t[i].kind == TK_PUNCT &&
	    ts->t[i].cp == cp;
}

/* Past tenses that follow a subject: "the minister met X and said". */
static const char *const past_list[] = {
	"met", "held", "made", "gave", "took", "sent", "led", "saw", "went",
	"came", "began", "paid", "left", "kept", "won", "lost", "set", "put",
	NULL
};
static struct words past = { past_list, 0, { 0 } };

/*
 * Does a verb rather than a noun seem to stand at i, after a lower-case
 * word: a past tense in -ed or a common irregular one?
 */
static int
tk_pastlike(const struct toks *ts, int i)
{
	const char *p = tk_p(ts, i);
	size_t n = tk_n(ts, i);

	return (n > 3 && p[n - 2] == 'e' && p[n - 1] == 'd') ||
	    tk_in(ts, i, &past);
}

/*
 * The first token from i, before lim, past an opening adverbial:
 * "Meanwhile,", "On Monday,", "In Doha on Sunday,".
 */
static int
skip_asides(const struct toks *ts, int i, int lim)
{
	int j;

	while (i < lim && tk_in(ts, i, &asides)) {
		for (j = i + 1; j < lim && j < i + 8 && tk_word(ts, j); j++)
			;
		i = tk_punct(ts, j, ',') ? j + 1 : i + 1;
	}
	return i;
}

/* Could [b, m] be a name: no aside, no function word inside? */
static int
namelike(const struct toks *ts, int b, int m)
{
	for (; b <= m; b++)
		if (tk_in(ts, b, &asides) || (tk_in(ts, b, &stops) &&
		    !tk_in(ts, b, &name_particles)))
			return 0;
	return 1;
}

static int
tk_verb(const struct toks *ts, int i)
{
	int j;

	if (!tk_word(ts, i) || ts->t[i].cap || !tk_in(ts, i, &verbs))
		return 0;
	/* "the resolution submitted by the Arab Group": a participle */
	if (tk_is(ts, i + 1, "by"))
		return 0;
	/*
	 * "what he called “...”", "X called for “...”"; not "a plan
	 * called “...”" nor "he called it “...”", a name given.
	 */
	/*
	 * "Arab states", "member states", "36 states": a noun; "the
	 * report states that" is a verb, before that, a colon or a comma
	 */
	if (tk_is(ts, i, "states") && (tk_cap(ts, i - 1) ||
	    tk_is(ts, i - 1, "member") || (tk_word(ts, i - 1) &&
	    digit((unsigned char)tk_p(ts, i - 1)[0])) ||
	    !(tk_is(ts, i + 1, "that") || tk_punct(ts, i + 1, ':') ||
	    tk_punct(ts, i + 1, ','))))
		return 0;
	/* "hailed the win as “...”"; not "hailed “historic” ties" */
	if (tk_is(ts, i, "hailed")) {
		for (j = i + 1; j < ts->n && j < i + 8 && tk_word(ts, j); j++)
			if (tk_is(ts, j, "as"))
				return 1;
		return 0;
	}
	if (tk_is(ts, i, "called"))
		return (tk_in(ts, i - 1, &pronouns) &&
		    tk_is(ts, i - 2, "what")) || tk_is(ts, i + 1, "on") ||
		    tk_is(ts, i + 1, "for");
	/*
	 * "was said", "the reports", "in remarks": not an attribution;
	 * "one said" is.
	 */
	if ((tk_in(ts, i - 1, &dets) && !tk_in(ts, i - 1, &alone)) ||
	    tk_in(ts, i - 1, &preps) ||
	    tk_is(ts, i - 1, "was") ||
	    tk_is(ts, i - 1, "were") || tk_is(ts, i - 1, "is") ||
	    tk_is(ts, i - 1, "are") || tk_is(ts, i - 1, "be") ||
	    tk_is(ts, i - 1, "been") || tk_is(ts, i - 1, "being"))
		return 0;
	return 1;
}

/* A speaker: the span of tokens [b, m]. */
struct spk {
	uint64_t s, e;
	int found;
	int named;		/* starts with a capital, not a pronoun */
};

/*
 * The last title or body in [b, m] (b - 1 if none), and in *r the last
 * token after it that is no part of a name: *r is the title itself when
 * all that follows it is a name ("Health Minister Viktor Lyashko").
 */
static int
title_split(const struct toks *ts, int b, int m, int *r)
{
	int t;

	for (t = m; t >= b && !tk_in(ts, t, &titles); t--)
		;
	for (*r = m; *r > t && (tk_cap(ts, *r) ||
	    tk_in(ts, *r, &name_particles)); (*r)--)
		;
	return t;
}

static void
spk_set(struct spk *sp, const struct toks *ts, int b, int m)
{
	int t, r, h;

	/*
	 * "Health Minister Viktor Lyashko", "Head of the City Administration
	 * Roman Mrochko": the name after the last title or body is the
	 * speaker, where all of what follows it is a name.
	 */
	t = title_split(ts, b, m, &r);
	if (t >= b && t < m) {
		if (r == t && tk_cap(ts, t + 1))
			b = t + 1;
		/*
		 * "Mayor of Kyiv Vitali Klitschko", "Representative to the
		 * UN Thomas Whitfield": one word of place, then the name.
		 */
		else if ((r == t + 1 || (r == t + 2 && tk_is(ts, r, "the"))) &&
		    (tk_is(ts, t + 1, "of") || tk_is(ts, t + 1, "to") ||
		    tk_is(ts, t + 1, "in") || (r == t + 1 &&
		    tk_is(ts, r, "and"))) && m - (r + 2) >= 1 &&
		    tk_cap(ts, r + 2) && !tk_in(ts, r + 1, &titles))
			b = r + 2;	/* also "of Agriculture and Forestry X" */
	}
	/* "the Prime Minister of Qatar Sheikh Mohammed": from the honorific. */
	for (h = m; h > b && (tk_cap(ts, h) || tk_in(ts, h, &name_particles));
	    h--)
		if (h < m && tk_in(ts, h, &honorifics)) {
			/* "Datuk Dr Mohd Zaki": honorifics in a row */
			while (h - 1 >= b && tk_in(ts, h - 1, &honorifics))
				h--;
			/* "Her Excellency Sheikha Latifa": the style too. */
			if (h - 2 >= b && tk_styled(ts, h - 2))
				h -= 2;
			else if (h - 1 >= b && tk_style_abbr(ts, h - 1))
				h--;
			b = h;
			break;
		}
	/* "56-year-old Hatice Yilmaz": the age is no part of the name */
	if (b >= 0 && b < m && tk_cap(ts, b + 1) && tk_word(ts, b) &&
	    digit((unsigned char)tk_p(ts, b)[0]) && tk_n(ts, b) > 9 &&
	    memcmp(tk_p(ts, b) + tk_n(ts, b) - 9, "-year-old", 9) == 0)
		b++;
	sp->s = ts->t[b].s;
	sp->e = ts->t[m].e;
	sp->found = 1;
	sp->named = tk_cap(ts, b) && !tk_in(ts, b, &pronouns) &&
	    !tk_in(ts, b, &dets);
}

static int tk_vp(const struct toks *ts, int i);

/*
 * Does a person's name end just before m: two or more capitalised words
 * that are no title, after a title ("Senator Aliya Durrani")?
 */
static int
person_before(const struct toks *ts, int i, int m)
{
	int c, n = 0;

	for (c = m - 1; c >= i && (tk_cap(ts, c) ||
	    tk_in(ts, c, &name_particles)) && !tk_in(ts, c, &titles); c--)
		n += tk_cap(ts, c) != 0;
	return n >= 2 && c >= i && tk_in(ts, c, &titles);
}

/* A noun phrase from token i on: "the minister", "X" in said X, ... */
static int
np_forward(struct spk *sp, const struct toks *ts, int i)
{
	int b = i, m, k = 0, c;

	/* he, but not the HE of "HE the Minister" */
	if (tk_in(ts, i, &pronouns) && !(tk_style_abbr(ts, i) &&
	    (tk_cap(ts, i + 1) || tk_is(ts, i + 1, "the")))) {
		spk_set(sp, ts, i, i);
		return 1;
	}
	if (tk_in(ts, i, &dets))
		i++;
	for (m = i; tk_word(ts, m) && k < 14; m++, k++) {
		/* "Senator Aliya Durrani of the PTI": a party, not the name */
		if ((tk_is(ts, m, "of") || tk_is(ts, m, "for")) &&
		    person_before(ts, i, m))
			break;
		if (tk_in(ts, m, &particles) && m > i && tk_cap(ts, m + 1))
			continue;
		/* "the Head of the Regional Administration X" */
		if (tk_is(ts, m, "of") && m > i && tk_is(ts, m + 1, "the") &&
		    tk_cap(ts, m + 2)) {
			m++;
			continue;
		}
		/* "His Highness the Prime Minister Sheikh X" */
		if (tk_is(ts, m, "the") && m > i && tk_cap(ts, m + 1) &&
		    (tk_styled(ts, m - 2) || tk_style_abbr(ts, m - 1)))
			continue;
		if (tk_in(ts, m, &stops) || tk_verb(ts, m))
			break;
		/* "said Al Sadd coach Marco Lemos": a role, then the name */
		if (!ts->t[m].cap && m > i && tk_in(ts, m, &titles)) {
			for (c = m; c < m + 3 && tk_word(ts, c) && !ts->t[c].cap &&
			    tk_in(ts, c, &titles); c++)
				;
			if (tk_cap(ts, c) && !tk_in(ts, c, &pronouns)) {
				m = c - 1;
				continue;
			}
		}
		/* "the minister praised the talks": a subject ends there. */
		if (b < i && m > i && !ts->t[m].cap && !tk_cap(ts, m - 1) &&
		    tk_pastlike(ts, m))
			break;
		/*
		 * A name ends where lower-case words follow it, but not a
		 * possessive: "Jordan's foreign minister"; after an article
		 * one lower-case word ending the phrase is its head: "a
		 * Royal Court statement".
		 */
		if (!ts->t[m].cap && m > i && tk_cap(ts, m - 1) &&
		    !tk_possessive(ts, m - 1)) {
			if (b < i && (tk_is(ts, b, "a") || tk_is(ts, b, "an") ||
			    tk_is(ts, b, "the")) && (!tk_word(ts, m + 1) ||
			    tk_in(ts, m + 1, &stops) || tk_vp(ts, m + 1) ||
			    (!ts->t[m + 1].cap && tk_pastlike(ts, m + 1))))
				m++;
			break;
		}
	}
	if (m == i)
		return 0;
	spk_set(sp, ts, b, m - 1);
	return 1;
}

/*
 * After "according to": the speaker, or the issuer of a document that
 * stands for them ("a statement issued by the ministry").
 */
static int
np_according(struct spk *sp, const struct toks *ts, int i)
{
	int j = i + 2;

	if (tk_in(ts, i, &dets) && (tk_is(ts, i + 1, "statement") ||
	    tk_is(ts, i + 1, "report") || tk_is(ts, i + 1, "communique") ||
	    tk_is(ts, i + 1, "release"))) {
		if (tk_is(ts, j, "issued") || tk_is(ts, j, "released") ||
		    tk_is(ts, j, "published"))
			j++;
		if (tk_is(ts, j, "by") && np_forward(sp, ts, j + 1))
			return 1;
	}
	return np_forward(sp, ts, i);
}

/* Reporting verbs that lean on the sentence's subject: ..., adding. */
static const char *const participles_list[] = {
	"adding", "saying", "noting", "stressing", "stating",
	"emphasizing", "emphasising", "explaining", "warning",
	"underlining", "pointing", "recalling", "declaring", "asserting",
	"describing", "calling", "affirming", "reiterating", "expressing",
	"urging", "voicing", "vowing", "insisting", "arguing", "confirming",
	"announcing", "revealing", "highlighting", "underscoring", "telling",
	"reminding", "cautioning", "indicating", NULL
};
static struct words participles = { participles_list, 0, { 0 } };

/* X quoted Y as saying, X was cited as saying. */
static const char *const quoting_list[] = {
	"quoted", "quotes", "quoting", "cited", "cites", "citing", NULL
};
static struct words quoting = { quoting_list, 0, { 0 } };

/* Before a participle: "was quoted", "is cited". */
static const char *const passives_list[] = {
	"was", "is", "were", "been", NULL
};
static struct words passives = { passives_list, 0, { 0 } };

static int
tk_passive(const struct toks *ts, int i)
{
	return tk_in(ts, i, &passives);
}

/* Does a reporting verb phrase start at i: said, was quoted as saying? */
static int
tk_vp(const struct toks *ts, int i)
{
	if (tk_verb(ts, i))
		return 1;
	/* "as one diplomat put it" */
	if (tk_word(ts, i) && (tk_is(ts, i, "put") || tk_is(ts, i, "puts")) &&
	    tk_is(ts, i + 1, "it") &&
	    !tk_in(ts, i - 1, &dets))
		return 1;
	if (tk_passive(ts, i))
		i++;
	return tk_in(ts, i, &quoting) && tk_is(ts, i + 1, "as") &&
	    tk_is(ts, i + 2, "saying");
}

/* A name read backwards from m: capitalised words and name particles. */
static int
name_back(const struct toks *ts, int i0, int m)
{
	int b = m;

	if (!tk_cap(ts, m))
		return -1;
	while (b - 1 >= i0 && (tk_cap(ts, b - 1) ||
	    (tk_in(ts, b - 1, &name_particles) && tk_cap(ts, b - 2))))
		b--;
	return b;
}

/* A title or body rather than a name: "Chairman of Qatar Chamber". */
static int
titled(const struct toks *ts, int b, int m)
{
	int j;

	if ((tk_in(ts, b, &dets) && !tk_styled(ts, b)) || !ts->t[b].cap)
		return 1;
	for (j = b; j <= m; j++)
		if (tk_in(ts, j, &titles))
			return 1;
	return 0;
}

/*
 * A phrase from the article at b, such as "the ministry", may end a
 * longer one: "a spokesman for the ministry", "the head of the
 * department".  Where it does, the longer one's start.
 */
static int
of_phrase(const struct toks *ts, int i0, int b)
{
	int j;

	while (tk_in(ts, b, &dets) && (tk_is(ts, b - 1, "of") ||
	    tk_is(ts, b - 1, "from") || tk_is(ts, b - 1, "for"))) {
		for (j = b - 2; j >= i0 && j > b - 5 && tk_word(ts, j) &&
		    !ts->t[j].cap && !tk_in(ts, j, &dets) &&
		    !tk_in(ts, j, &stops) && !tk_verb(ts, j); j--)
			;
		if (j < i0 || j == b - 2 || !tk_in(ts, j, &dets))
			break;
		b = j;
	}
	return b;
}

/*
 * Does [b, m] hold a title with at least two capitalised words after it
 * that are no title, all a name?
 */
static int
trims_to_name(const struct toks *ts, int b, int m)
{
	int r, t = title_split(ts, b, m, &r);

	return t >= b && r == t && m - t >= 2;
}

/* The subject of the verb at k, read backwards. */
static int
np_backward(struct spk *sp, const struct toks *ts, int i0, int k)
{
	int m = k - 1, b, c, e, n;

	while (m >= i0 && tk_in(ts, m, &adverbs))
		m--;
	/* "X on Sunday said", "X on Monday evening also said" */
	c = m - (tk_word(ts, m) && !ts->t[m].cap && tk_in(ts, m - 1, &days));
	if (c - 1 >= i0 && tk_in(ts, c, &days) && tk_is(ts, c - 1, "on"))
		for (m = c - 2; m >= i0 && tk_in(ts, m, &adverbs); m--)
			;
	/* "X went on to say", "X used to tell me" */
	if (tk_is(ts, m, "to") && tk_is(ts, m - 1, "used"))
		m -= 2;
	else if (tk_is(ts, m, "to") && tk_is(ts, m - 1, "on") &&
	    (tk_is(ts, m - 2, "went") || tk_is(ts, m - 2, "goes")))
		m -= 3;
	/* "the crowd, which chanted", "the man who said": before it */
	if ((tk_is(ts, m, "which") || tk_is(ts, m, "who")) && m - 1 > i0 &&
	    (tk_punct(ts, m - 1, ',') || tk_is(ts, m, "who")) &&
	    (tk_word(ts, m - 2) || tk_word(ts, m - 1)))
		return np_backward(sp, ts, i0, tk_punct(ts, m - 1, ',') ? m - 1 : m);
	/* "fans who flew in for the final said": the subject before who */
	for (c = m; c > i0 && c > m - 12 && tk_word(ts, c); c--)
		if (tk_is(ts, c, "who") && c < m && tk_word(ts, c - 1) &&
		    !tk_in(ts, c - 1, &stops))
			return np_backward(sp, ts, i0, c);
	/* "Kuwait Oil Company (KOC) said": the name before the short form. */
	if (tk_punct(ts, m, ')')) {
		for (c = m - 1; c > i0 && c > m - 6 && tk_word(ts, c); c--)
			;
		if (c < m - 1 && tk_punct(ts, c, '(') && tk_word(ts, c - 1))
			m = c - 1;
	}
	/* "X, Chairman of Y, said": the name before the apposition. */
	if (m > i0 && tk_punct(ts, m, ',')) {
		for (c = m - 1; c > i0 && c > m - 16 && tk_word(ts, c); c--)
			;
		if (c <= i0 || c >= m - 1 || !tk_punct(ts, c, ','))
			return 0;
		if (tk_in(ts, c + 1, &asides) && m - c - 1 <= 6) {
			/* "X, however, said", "X, in turn, noted": an aside. */
			m = c - 1;
			while (m >= i0 && tk_in(ts, m, &adverbs))
				m--;
		} else {
			/* "the head of X, Oleksandr Prokudin, said" */
			if (name_back(ts, c + 1, m - 1) == c + 1 &&
			    !titled(ts, c + 1, m - 1)) {
				spk_set(sp, ts, c + 1, m - 1);
				return 1;
			}
			/*
			 * "the petitioners' counsel, Advocate Imran Shafiq,
			 * argued": a titled name after a noun that is none
			 */
			if (name_back(ts, c + 1, m - 1) == c + 1 &&
			    tk_word(ts, c - 1) && !ts->t[c - 1].cap &&
			    !tk_in(ts, c + 1, &dets) &&
			    trims_to_name(ts, c + 1, m - 1)) {
				spk_set(sp, ts, c + 1, m - 1);
				return 1;
			}
			/* "A KPC official, who heads Y, said": before it. */
			m = c - 1;
			if ((b = name_back(ts, i0, m)) >= 0) {
				/*
				 * "X, Vice President, Prime Minister and Ruler
				 * of Dubai, said": back over titles between
				 * commas to the name.
				 */
				for (n = 0, k = b, e = m; n < 4; n++) {
					/* not the tail of "... at Google Cloud" */
					if (!titled(ts, k, e) &&
					    namelike(ts, k, e) && (k == i0 ||
					    !tk_word(ts, k - 1))) {
						spk_set(sp, ts, k, e);
						return 1;
					}
					for (c = k; c > i0 && tk_word(ts, c - 1); c--)
						;
					e = c - 2;
					if (!tk_punct(ts, c - 1, ',') ||
					    (k = name_back(ts, i0, e)) < 0)
						break;
				}
				spk_set(sp, ts, b, m);
				return 1;
			}
		}
	}
	/*
	 * "Sheikh X received the minister and stressed “...”": the
	 * sentence's subject, where it is a name or a pronoun.
	 */
	if (m > i0 && (tk_is(ts, m, "and") || tk_is(ts, m, "but"))) {
		b = skip_asides(ts, i0, m);
		if (b < m && (tk_cap(ts, b) || tk_in(ts, b, &dets) ||
		    tk_in(ts, b, &pronouns)))
			return np_forward(sp, ts, b);
		return 0;
	}
	if (m < i0 || !tk_word(ts, m) || tk_in(ts, m, &stops) ||
	    tk_in(ts, m, &dets))
		return 0;
	if (tk_in(ts, m, &pronouns)) {
		spk_set(sp, ts, m, m);
		return 1;
	}
	/* "the head of state", "the ministry's spokesman": from the article. */
	for (b = m - 1; b >= i0 && b > m - 6 && tk_word(ts, b) &&
	    !tk_in(ts, b, &dets) && !tk_verb(ts, b) &&
	    (!tk_in(ts, b, &stops) || tk_is(ts, b, "of")); b--)
		;
	if (b >= i0 && b < m && tk_in(ts, b, &dets) && !ts->t[m].cap) {
		spk_set(sp, ts, of_phrase(ts, i0, b), m);
		return 1;
	}
	for (b = m; b - 1 >= i0; b--) {
		int j = b - 1;

		if (!tk_word(ts, j))
			break;
		/*
		 * "the Ministry of the Interior", "Representative to the UN
		 * X": a body's name goes on back over "of the", "to the"
		 */
		if (tk_is(ts, j, "the") && j - 2 >= i0 && tk_cap(ts, j - 2) &&
		    (tk_is(ts, j - 1, "of") || tk_is(ts, j - 1, "to") ||
		    tk_is(ts, j - 1, "for"))) {
			b = j - 1;
			continue;
		}
		if (tk_in(ts, j, &dets)) {
			b = j;
			break;
		}
		if (ts->t[j].cap)
			continue;
		/* the ministry's spokesman, Norway's top diplomat */
		if (tk_possessive(ts, j) || tk_possessive(ts, j - 1))
			continue;
		if (tk_in(ts, j, &particles) && tk_cap(ts, j - 1))
			continue;
		/*
		 * "the EU Delegation to Ukraine X", "Ambassador to Kuwait X",
		 * "the World Bank office in Dushanbe"
		 */
		if ((tk_is(ts, j, "to") || tk_is(ts, j, "in")) &&
		    tk_cap(ts, b) && tk_in(ts, j - 1, &titles))
			continue;
		if (tk_in(ts, j, &titles) && (tk_is(ts, j + 1, "to") ||
		    tk_is(ts, j + 1, "in")))
			continue;
		/* "Analysts at Tristar Capital said" */
		if (tk_is(ts, j, "at") && tk_cap(ts, b) &&
		    tk_in(ts, j - 1, &at_nouns)) {
			b = j - 1;
			break;
		}
		break;
	}
	b = of_phrase(ts, i0, b);
	/* "As Rashid told my son": the conjunction is no part of it */
	if (b < m && tk_is(ts, b, "as"))
		b++;
	/* "An exporter based in Coonoor said": the noun before based */
	if (b - 2 > i0 && (tk_is(ts, b - 1, "in") || tk_is(ts, b - 1, "at")) &&
	    tk_is(ts, b - 2, "based")) {
		for (c = b - 3; c >= i0 && c > b - 7 && tk_word(ts, c) &&
		    !ts->t[c].cap && !tk_in(ts, c, &dets) &&
		    !tk_in(ts, c, &stops); c--)
			;
		if (c >= i0 && c < b - 3 && tk_in(ts, c, &dets)) {
			spk_set(sp, ts, c, m);
			return 1;
		}
	}
	/* "HE the Minister said", "His Highness the Prime Minister": the style */
	if (b - 1 >= i0 && tk_is(ts, b, "the") && tk_style_abbr(ts, b - 1))
		b--;
	else if (b - 2 >= i0 && tk_is(ts, b, "the") && tk_styled(ts, b - 2))
		b -= 2;
	/* "Sheikh Khalifa, Chairman of Qatar Chamber said" */
	if (titled(ts, b, m) && b - 2 >= i0 && ts->t[b - 1].kind == TK_PUNCT &&
	    ts->t[b - 1].cp == ',' && (c = name_back(ts, i0, b - 2)) >= 0 &&
	    !titled(ts, c, b - 2) && namelike(ts, c, b - 2) &&
	    (c == i0 || !tk_word(ts, c - 1))) {
		spk_set(sp, ts, c, b - 2);
		return 1;
	}
	spk_set(sp, ts, b, m);
	return 1;
}

/*
 * Do up to three lower-case words from i end in a role just before a
 * capitalised name: "team principal Marco Bellandi"?
 */
static int
role_before_name(const struct toks *ts, int i)
{
	int c;

	for (c = i; c < i + 3 && tk_word(ts, c) && !ts->t[c].cap &&
	    !tk_in(ts, c, &stops); c++)
		;
	return c > i && tk_in(ts, c - 1, &titles) && tk_cap(ts, c) &&
	    !tk_in(ts, c, &pronouns);
}

/*
 * ... is “a floor, not a ceiling” for climate finance, COP29 Chief
 * Negotiator X said: an attribution later in the sentence, after a
 * comma, as a name or a noun phrase and its reporting verb.
 */
static int
spk_late(struct spk *sp, const struct toks *ts)
{
	int j, k;

	for (j = 0; j < ts->n && j < 24 && tk_word(ts, j); j++)
		;
	if (j >= ts->n || !tk_punct(ts, j, ',') ||
	    !(tk_cap(ts, j + 1) || tk_in(ts, j + 1, &dets)))
		return 0;
	for (k = j + 1; k < ts->n && k <= j + 10 && tk_word(ts, k); k++) {
		if (k > j + 1 && tk_vp(ts, k)) {
			if (tk_in(ts, k - 1, &dets) || tk_in(ts, k - 1, &stops))
				return 0;
			spk_set(sp, ts, j + 1, k - 1);
			return 1;
		}
		/* "Slovak Ambassador to Azerbaijan X said" */
		if (tk_in(ts, k, &stops) && !tk_in(ts, k, &particles) &&
		    !(tk_is(ts, k, "to") && tk_in(ts, k - 1, &titles)))
			return 0;
	}
	return 0;
}

/* After the closing mark: ,” he said / ,” said X / ,” according to X. */
static int
spk_after(struct spk *sp, const struct toks *ts, int strict, int sep)
{
	int i = 0, j, c, ne;

	while (i < ts->n && ts->t[i].kind == TK_PUNCT &&
	    (ts->t[i].cp == ',' || is_dash(ts->t[i].cp)))
		i++;
	/* ,” as one colleague put it */
	if (tk_is(ts, i, "as") && tk_word(ts, i + 1) && !tk_verb(ts, i + 1))
		i++;
	if (!tk_word(ts, i))
		return 0;
	/*
	 * After a quotation that ended its sentence, only a bare
	 * attribution: ."  Zelensky said.  Not ."  He added that ...
	 */
	if (strict)
		for (j = i; j < ts->n; j++)
			if (tk_is(ts, j, "that") ||
			    (ts->t[j].kind == TK_PUNCT && ts->t[j].cp == ':'))
				return 0;
	if (tk_is(ts, i, "according") && tk_is(ts, i + 1, "to"))
		return np_according(sp, ts, i + 2);
	/* A headline's “...” – Minister Bayramov: a name alone after a dash. */
	if (i > 0 && is_dash(ts->t[i - 1].cp) && ts->n - i <= 8) {
		for (j = i; j < ts->n && (tk_cap(ts, j) ||
		    (tk_in(ts, j, &name_particles) && j > i)); j++)
			;
		if (j == ts->n && namelike(ts, i, j - 1)) {
			spk_set(sp, ts, i, j - 1);
			return 1;
		}
	}
	/* ” – this was stated by X, ” was posted on Telegram by X */
	j = i + (tk_is(ts, i, "this") || tk_is(ts, i, "that") ||
	    tk_is(ts, i, "it"));
	if (tk_passive(ts, j) && tk_in(ts, j + 1, &verbs)) {
		for (c = j + 2; c < ts->n && c < j + 8 && tk_word(ts, c); c++)
			if (tk_is(ts, c, "by"))
				return np_forward(sp, ts, c + 1);
		return 0;
	}
	if (tk_verb(ts, i)) {
		if (tk_is(ts, i + 1, "out"))
			i++;
		if (!np_forward(sp, ts, i + 1))
			return 0;
		/* ,” said the company's chief executive, Olumide Adeyemi. */
		for (j = i + 1; j < ts->n && ts->t[j].s < sp->e; j++)
			;
		/* ,” recalled his son and disciple, Kamran Rafiq. */
		if (tk_is(ts, j, "and") && tk_word(ts, j + 1) &&
		    !ts->t[j + 1].cap && tk_punct(ts, j + 2, ','))
			j += 2;
		if (!sp->named && tk_punct(ts, j, ',') && tk_cap(ts, j + 1)) {
			for (c = j + 1; c < ts->n && (tk_cap(ts, c) ||
			    (tk_in(ts, c, &name_particles) && tk_cap(ts, c + 1)));
			    c++)
				;
			if (c - j - 1 >= 2 && (c == ts->n || !tk_word(ts, c)) &&
			    !titled(ts, j + 1, c - 1) && namelike(ts, j + 1, c - 1))
				spk_set(sp, ts, j + 1, c - 1);
		}
		return 1;
	}
	/* ,” officials said; not “Islamic State” group claimed */
	if ((sep || i > 0) && !ts->t[i].cap && tk_vp(ts, i + 1) &&
	    !tk_in(ts, i, &stops) && !tk_in(ts, i, &adverbs) &&
	    !tk_in(ts, i, &asides)) {
		spk_set(sp, ts, i, i);
		return 1;
	}
	/*
	 * ,” al Balushi added; ,” team principal X told him: a name
	 * particle or a role in lower case may open the name
	 */
	if (!ts->t[i].cap && !tk_in(ts, i, &dets) && !tk_in(ts, i, &pronouns) &&
	    !(tk_in(ts, i, &name_particles) && tk_cap(ts, i + 1)) &&
	    !role_before_name(ts, i) && !tk_in(ts, i, &at_nouns))
		return 0;
	for (j = i; j < ts->n && j - i <= 12; j++) {
		if (!tk_word(ts, j)) {
			/* ,” Sheikh Khalifa, Chairman of X, said */
			if (j == i || ts->t[j].kind != TK_PUNCT ||
			    ts->t[j].cp != ',')
				return 0;
			for (c = j + 1; c < ts->n && c - j < 16 &&
			    tk_word(ts, c); c++)
				;
			/* ,” his son, Khalid Al Mheiri, 58, told The National */
			ne = c - 1;
			if (tk_punct(ts, c, ',') && tk_word(ts, c + 1) &&
			    digit((unsigned char)tk_p(ts, c + 1)[0]) &&
			    tk_punct(ts, c + 2, ',') && tk_vp(ts, c + 3))
				c += 2;
			if (c < ts->n && c > j + 1 &&
			    ts->t[c].kind == TK_PUNCT && ts->t[c].cp == ',' &&
			    tk_vp(ts, c + 1)) {
				if (titled(ts, i, j - 1) &&
				    name_back(ts, j + 1, ne) == j + 1 &&
				    !titled(ts, j + 1, ne))
					spk_set(sp, ts, j + 1, ne);
				else
					spk_set(sp, ts, i, j - 1);
				return 1;
			}
			return 0;
		}
		/* ," KUNA quoted the minister as saying */
		if (j > i && tk_in(ts, j, &quoting) && !tk_passive(ts, j - 1)) {
			for (c = j + 1; c < ts->n && c < j + 10; c++)
				if (tk_is(ts, c, "as") &&
				    tk_is(ts, c + 1, "saying"))
					return c > j + 1 &&
					    np_forward(sp, ts, j + 1);
		}
		if (j > i && tk_vp(ts, j)) {
			int m = j - 1;

			while (m > i && tk_in(ts, m, &adverbs))
				m--;
			/* ,” one said: a det that stands alone */
			if ((tk_in(ts, m, &dets) && !(m == i &&
			    tk_in(ts, m, &alone))) || tk_in(ts, m, &stops))
				return 0;
			spk_set(sp, ts, i, m);
			return 1;
		}
		/* ,” an official from the ministry said */
		if (tk_in(ts, j, &stops) && !tk_in(ts, j, &particles) &&
		    !tk_is(ts, j, "from") && !(tk_is(ts, j, "at") &&
		    tk_in(ts, j - 1, &at_nouns)))
			return 0;
	}
	return 0;
}

/* Before the opening mark, in the same sentence: X said: “ / X noted that. */
static int
spk_before(struct spk *sp, const struct toks *ts)
{
	int i0 = 0, i, j, k = -1, a = -1;

	for (i = ts->n - 1; i >= 0; i--)
		if (tk_send(ts, i)) {
			i0 = i + 1;
			break;
		}
	for (i = ts->n - 1; i >= i0; i--) {
		if (k < 0 && tk_vp(ts, i))
			k = i;
		/* "X was quoted by KUNA as saying" */
		if (k < 0 && tk_is(ts, i, "saying") && tk_is(ts, i - 1, "as"))
			for (j = i - 2; j >= i0 && j > i - 10; j--)
				if (tk_in(ts, j, &quoting)) {
					k = j;
					if (tk_passive(ts, j - 1))
						k = j - 1;
					else if (j + 1 < i - 1 &&
					    np_forward(sp, ts, j + 1))
						return 1; /* KUNA quoted him */
					break;
				}
		if (a < 0 && tk_is(ts, i, "according") &&
		    tk_is(ts, i + 1, "to"))
			a = i;
		/* "in the words of X": as according to, two tokens on */
		if (a < 0 && tk_is(ts, i, "in") && tk_is(ts, i + 1, "the") &&
		    tk_is(ts, i + 2, "words") && tk_is(ts, i + 3, "of"))
			a = i + 2;
	}
	if (a > k)
		return np_according(sp, ts, a + 2);
	/* “...,” said X, an analyst, “...”: the verb right after a mark */
	if (k > 0 && (ts->t[k - 1].kind == TK_MARK || (tk_punct(ts, k - 1, ',') &&
	    k > 1 && ts->t[k - 2].kind == TK_MARK)) && (tk_cap(ts, k + 1) ||
	    tk_in(ts, k + 1, &dets) || tk_in(ts, k + 1, &pronouns)) &&
	    np_forward(sp, ts, k + 1))
		return 1;
	if (k >= 0)
		return np_backward(sp, ts, i0, k);
	/* "In a statement, the ministry renewed its call to “...”" */
	if (tk_is(ts, i0, "in") && tk_in(ts, i0 + 1, &dets) &&
	    tk_in(ts, i0 + 2, &channels)) {
		for (j = i0 + 3; j < ts->n && j < i0 + 8 && tk_word(ts, j); j++)
			;
		if (tk_punct(ts, j, ',') && (tk_cap(ts, j + 1) ||
		    tk_in(ts, j + 1, &dets) || tk_in(ts, j + 1, &pronouns)))
			return np_forward(sp, ts, j + 1);
	}
	/* "He praised the talks, adding: “...”": the sentence's subject. */
	for (i = ts->n - 1; i > i0; i--)
		if (tk_in(ts, i, &participles) && !ts->t[i].cap &&
		    ts->t[i - 1].kind == TK_PUNCT && ts->t[i - 1].cp == ',') {
			/* "Doha, Qatar: Ambassadors ...": after a dateline */
			for (j = i - 1; j > i0 && !tk_punct(ts, j, ':'); j--)
				;
			j = skip_asides(ts, j > i0 ? j + 1 : i0, i);
			return (tk_cap(ts, j) || tk_in(ts, j, &pronouns) ||
			    tk_in(ts, j, &dets)) && np_forward(sp, ts, j);
		}
	/* A headline's "Zelensky: “...”" or "Minister of Health: “...”" */
	if (ts->n - 2 < i0 || !tk_punct(ts, ts->n - 1, ':'))
		return 0;
	for (i = i0; i < ts->n - 1; i++)
		if (!tk_cap(ts, i) && !(tk_in(ts, i, &particles) &&
		    tk_cap(ts, i + 1)))
			break;
	if (i == ts->n - 1 && tk_cap(ts, i0) && !tk_in(ts, i0, &dets) &&
	    namelike(ts, i0, ts->n - 2)) {
		spk_set(sp, ts, i0, ts->n - 2);
		return 1;
	}
	/*
	 * "X congratulated the team on Instagram: “...”": a sentence that
	 * leads into the quotation with a colon speaks through its subject
	 */
	j = skip_asides(ts, i0, ts->n - 1);
	for (i = j + 1; i < ts->n - 1; i++)
		if (!ts->t[i].cap && tk_word(ts, i) && tk_pastlike(ts, i))
			break;
	if (i == ts->n - 1 || !(tk_cap(ts, j) || tk_in(ts, j, &pronouns)))
		return 0;
	return np_forward(sp, ts, j);
}

/* -p: the last named subject of a reporting verb before the quote. */
static int
spk_name_before(struct spk *sp, const struct toks *ts)
{
	int i, i0;

	for (i = ts->n - 1; i >= 0; i--) {
		if (!tk_verb(ts, i))
			continue;
		for (i0 = i - 1; i0 >= 0 && !tk_send(ts, i0); i0--)
			;
		if (np_backward(sp, ts, i0 + 1, i) && sp->named)
			return 1;
	}
	sp->found = 0;
	return 0;
}

/*
 * The tokens after a closing mark, up to the end of the sentence or the
 * next quotation mark; returns 1 when a mark ended them.
 */
static int
after_toks(struct toks *ts, const struct qx_view *v, uint64_t after)
{
	uint64_t vend = v->base + v->len;
	int k;

	tokenize(ts, v, after, after + QX_AHEAD < vend ? after + QX_AHEAD :
	    vend, TK_FIRST);
	for (k = 0; k < ts->n; k++)
		if (tk_send(ts, k) || ts->t[k].kind == TK_MARK) {
			ts->n = k;
			return ts->t[k].kind == TK_MARK;
		}
	return 0;
}

/*
 * The speaker before a quotation stands in its sentence, so words before
 * a certain sentence end need no tokens: after the last ! or ? or blank
 * line in [lo, mark), tokens are the same as from lo, and far fewer.
 */
/*
 * Does the period at p[d] end a sentence for tokenize()?  Surely so after
 * a word of two or more ASCII letters that stands after a blank and is no
 * abbreviation: tokenize makes such a period a token of its own.
 */
static int
word_period(const unsigned char *p, size_t l, size_t d)
{
	size_t w = d;

	while (w > l && ascii_alpha(p[w - 1]))
		w--;
	if (d - w < 2 || w == l || (p[w - 1] != ' ' && p[w - 1] != '\n'))
		return 0;
	return !in_table(&abbrevs, (const char *)p + w, d - w);
}

static uint64_t
sure_break(const struct qx_view *v, uint64_t lo, uint64_t mark)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t i = (size_t)(mark - v->base), l = (size_t)(lo - v->base);
	int nl = 0;

	for (; i > l; i--) {
		unsigned char b = p[i - 1];

		if (b == '!' || b == '?')
			return v->base + i;
		if (b == '.' && i < (size_t)(mark - v->base) &&
		    (p[i] == ' ' || p[i] == '\n') && word_period(p, l, i - 1))
			return v->base + i;
		if (b == '\n') {
			if (++nl == 2)
				return v->base + i;
		} else if (b != ' ' && b != '\t' && b != '\r')
			nl = 0;
	}
	return lo;
}

/*
 * “...,” Al-Awadhi told reporters. “There is no reason for panic.”  A
 * quotation that opens the sentence right after the attribution of the one
 * before, in the same paragraph, with none of its own, goes on in the same
 * voice.
 */
static int
goes_on(const struct qx *x, const struct qx_view *v, const struct qx_ent *e,
    struct toks *ts)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t k;
	int i;

	if (!x->lsp_ok || x->lafter < v->base || x->lafter >= e->mark ||
	    e->mark - x->lafter > QX_BEHIND)
		return 0;
	/* The sentence between must end with a period: a cheap look first. */
	for (k = (size_t)(e->mark - v->base); k > (size_t)(x->lafter -
	    v->base) && (p[k - 1] == ' ' || p[k - 1] == '\t' ||
	    p[k - 1] == '\r' || p[k - 1] == '\n'); k--)
		;
	if (k == (size_t)(x->lafter - v->base) || p[k - 1] != '.')
		return 0;
	tokenize(ts, v, x->lafter, e->mark, TK_LAST);
	if (ts->n < 2 || ts->n == TK_MAX || !tk_punct(ts, ts->n - 1, '.'))
		return 0;
	for (i = 0; i < ts->n - 1; i++)
		if (tk_send(ts, i) || ts->t[i].kind == TK_MARK)
			return 0;
	return 1;
}

static void
emit_ent(struct qx *x, const struct qx_view *v, const struct qx_ent *e)
{
	struct toks ts;
	struct qx_quote q;
	struct spk sp = { 0, 0, 0, 0 };
	uint64_t lo;
	const unsigned char *p;
	size_t k;
	int period = 0, after = 0, sep;

	q.start = e->start;
	q.end = e->end;
	q.depth = e->depth;
	q.unclosed = e->state != QE_CLOSED;
	q.spk = "";
	q.spk_len = 0;

	/* A quote that ends its sentence is seldom followed by "he said". */
	p = (const unsigned char *)v->buf;
	for (k = (size_t)(e->end - v->base); k > (size_t)(e->start - v->base);
	    k--)
		if (p[k - 1] != ' ' && p[k - 1] != '\t' && p[k - 1] != '\n' &&
		    p[k - 1] != '\r')
			break;
	if (k > (size_t)(e->start - v->base) && p[k - 1] == '.')
		period = 1;
	/* “...,” or “...?”: the sentence goes on to an attribution. */
	sep = k > (size_t)(e->start - v->base) && (p[k - 1] == ',' ||
	    p[k - 1] == '?' || p[k - 1] == '!');

	if (e->state == QE_CLOSED && !period) {
		after_toks(&ts, v, e->after);
		after = spk_after(&sp, &ts, 0, sep);
	}
	if (!sp.found) {
		lo = e->mark > v->base + QX_BEHIND ? e->mark - QX_BEHIND :
		    v->base;
		tokenize(&ts, v, sure_break(v, lo, e->mark), e->mark, TK_LAST);
		spk_before(&sp, &ts);
	}
	if (!sp.found && e->state == QE_CLOSED && !period) {
		after_toks(&ts, v, e->after);
		spk_late(&sp, &ts);
	}
	if (!sp.found && period && e->state == QE_CLOSED &&
	    !after_toks(&ts, v, e->after))
		after = spk_after(&sp, &ts, 1, sep);
	if (!sp.found && e->depth == 0 && goes_on(x, v, e, &ts)) {
		sp.s = x->lsp_s;
		sp.e = x->lsp_e;
		sp.found = 1;
		sp.named = x->lsp_named;
	}
	if (e->depth == 0) {
		x->lsp_ok = after;
		x->lsp_s = sp.s;
		x->lsp_e = sp.e;
		x->lsp_named = sp.named;
		x->lafter = e->after;
	}
	if (sp.found) {
		q.spk = v->buf + (sp.s - v->base);
		q.spk_len = (size_t)(sp.e - sp.s);
	}
	if (x->opt.pronoun && sp.found && (weq(q.spk, q.spk_len, "he") ||
	    weq(q.spk, q.spk_len, "she"))) {
		struct spk nm = { 0, 0, 0, 0 };

		lo = e->mark > v->base + QX_BEHIND ? e->mark - QX_BEHIND :
		    v->base;
		tokenize(&ts, v, lo, e->mark, TK_LAST);
		if (spk_name_before(&nm, &ts)) {
			q.spk = v->buf + (nm.s - v->base);
			q.spk_len = (size_t)(nm.e - nm.s);
		} else if (x->namelen > 0) {
			q.spk = x->name;
			q.spk_len = x->namelen;
		}
	} else if (x->opt.pronoun && sp.found && sp.named &&
	    q.spk_len <= sizeof x->name) {
		memcpy(x->name, q.spk, q.spk_len);
		x->namelen = q.spk_len;
	}
	v->emit(v->ctx, &q);
}

/* ---------------------------------------------------------------- */
/* The queue and the stack. */

static struct qx_ent *
ent(struct qx *x, unsigned long seq)
{
	return &x->q[seq % QX_QMAX];
}

/* Emit or drop the decided quotations at the head of the queue. */
static void
drain(struct qx *x, const struct qx_view *v, int force)
{
	while (x->qfirst != x->qnext) {
		struct qx_ent *e = ent(x, x->qfirst);

		if (e->state == QE_OPEN)
			break;
		if (e->state == QE_CLOSED && !v->final && !force &&
		    x->pbreak < e->after && x->pos < e->after + QX_AHEAD)
			break;
		if ((e->depth == 0 || x->opt.nested) &&
		    (e->state == QE_CLOSED || x->opt.unclosed))
			emit_ent(x, v, e);
		x->qfirst++;
		force = 0;
	}
}

/* The innermost open quotation is unclosed: it ends at end. */
static void
fail_top(struct qx *x, uint64_t end)
{
	unsigned long seq = x->stk[--x->sp], s;
	struct qx_ent *e = ent(x, seq);

	e->state = QE_FAILED;
	e->end = end > e->start ? end : e->start;
	if (x->opt.unclosed)
		return;
	/* Not reported: what it held moves up a level. */
	for (s = seq + 1; s != x->qnext; s++)
		if (ent(x, s)->depth > e->depth)
			ent(x, s)->depth--;
}

static void
fail_all(struct qx *x, uint64_t end)
{
	if (x->pending) {
		/* It ended with its own paragraph. */
		x->pending = 0;
		end = x->pend_end;
	}
	while (x->sp > 0)
		fail_top(x, end);
}

static void
close_at(struct qx *x, int level, uint64_t off, size_t l)
{
	struct qx_ent *e;

	while (x->sp > level + 1)
		fail_top(x, off);
	e = ent(x, x->stk[--x->sp]);
	e->state = QE_CLOSED;
	e->end = off;
	e->after = off + l;
}

static void
open_at(struct qx *x, const struct qx_view *v, int32_t c, uint64_t off,
    size_t l)
{
	struct qx_ent *e;

	if (x->sp == QX_DEPTH)
		return;
	if (x->qnext - x->qfirst == QX_QMAX) {
		/* Full: emit the oldest with what look-ahead there is. */
		drain(x, v, 1);
		if (x->qnext - x->qfirst == QX_QMAX)
			return;
	}
	e = ent(x, x->qnext);
	e->mark = off;
	e->start = e->end = e->after = off + l;
	e->open = c;
	e->depth = x->sp;
	e->state = QE_OPEN;
	x->stk[x->sp++] = x->qnext++;
}

/* A mark c of l bytes at off, between the code points prev and next. */
/*
 * After "s" and an apostrophe that could close a long quotation: is the
 * next word a noun the apostrophe makes a plural's possessive of ('We
 * never stopped believing. The fans' support was unbelievable,')?  It is
 * taken as one where a lower-case word follows that is none of the words
 * that follow a closing mark (a reporting verb, a pronoun, an article, a
 * function word) and is not itself followed by a reporting verb (’
 * officials said).  Only QX_MARK_AHEAD - 4 bytes are looked at, however
 * many the window holds, so that pieces and whole text agree; a word cut
 * there counts as no word.
 */
static int
possessive_after(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i, j;

	if (n > QX_MARK_AHEAD - 4)
		n = QX_MARK_AHEAD - 4;
	if (n < 3 || u[0] != ' ' || u[1] < 'a' || u[1] > 'z')
		return 0;
	for (i = 1; i < n && ascii_alpha(u[i]); i++)
		;
	if (i == n || in_table(&verbs, p + 1, i - 1) ||
	    in_table(&stops, p + 1, i - 1) ||
	    in_table(&pronouns, p + 1, i - 1) ||
	    in_table(&preps, p + 1, i - 1) ||
	    in_table(&dets, p + 1, i - 1) ||
	    in_table(&adverbs, p + 1, i - 1))
		return 0;
	if (i + 1 < n && u[i] == ' ') {
		for (j = i + 1; j < n && ascii_alpha(u[j]); j++)
			;
		if (j < n && in_table(&verbs, p + i + 1, j - i - 1))
			return 0;
	}
	return 1;
}

/*
 * Is the mark at off the second apostrophe of "rock ’n’ roll": an "n"
 * before it, an apostrophe before that, and a blank or the start before
 * that?  Only the window's bytes before off are looked at.
 */
static int
ends_n_elision(const struct qx_view *v, uint64_t off)
{
	const unsigned char *p = (const unsigned char *)v->buf;
	size_t i = (size_t)(off - v->base), a;

	if (i < 2 || (p[i - 1] | 0x20) != 'n')
		return 0;
	if (p[i - 2] == '\'')
		a = i - 2;
	else if (i >= 4 && p[i - 4] == 0xE2 && p[i - 3] == 0x80 &&
	    (p[i - 2] == 0x98 || p[i - 2] == 0x99))
		a = i - 4;
	else
		return 0;
	return a == 0 || p[a - 1] == ' ' || p[a - 1] == '\t';
}

static void
mark(struct qx *x, const struct qx_view *v, int32_t c, uint64_t off,
    size_t l, int32_t prev, int32_t next)
{
	int closeish = !left_space(prev), openish = !right_space(next);
	const char *after = v->buf + (off + l - v->base);
	size_t avail = (size_t)(v->base + v->len - (off + l));
	int lvl;

	/* it's, o'clock, Ukrayins'ka: inside a word it is an apostrophe. */
	if (apos_like(c) && u8_isalnum(prev) && u8_isalnum(next))
		return;
	/*
	 * A quotation carried into this paragraph without a reopening
	 * mark: only a plain closer as the paragraph's first mark ends it
	 * here (not one that may be an apostrophe: the ministers’); anything
	 * else shows it was unclosed after all.
	 */
	if (x->pending) {
		if (closes(ent(x, x->stk[0])->open, c) && closeish &&
		    !openish && !apos_like(c)) {
			x->pending = 0;
			close_at(x, 0, off, l);
			return;
		}
		fail_all(x, off);
	}
	for (lvl = x->sp - 1; lvl >= 0; lvl--) {
		int how = closes(ent(x, x->stk[lvl])->open, c);
		int ok;

		if (how == 0) {
			if (apos_like(c))
				break;	/* an apostrophe closes only the top */
			continue;
		}
		if (how == 2)
			ok = closeish && !openish;
		else if (apos_like(c))
			ok = closeish && !u8_isalnum(next) &&
			    !(prev == 's' && off - ent(x, x->stk[lvl])->start >=
			    24 && possessive_after(after, avail)) &&
			    !ends_n_elision(v, off);
		else if (c == '"')
			ok = closeish || !openish;	/* " we win " */
		else if (ambiguous(c))
			ok = closeish;
		else
			ok = 1;
		if (ok) {
			close_at(x, lvl, off, l);
			return;
		}
		break;
	}
	switch (c) {
	case LDQ: case LOW9: case LAQ: case LSAQ: case LCB: case LWCB:
	case CP_BT2:
		break;
	case '"':
		if (!openish && closeish)
			return;
		break;
	case CP_AP2: case RDQ: case LOW9S:
		if (!openish || !left_space(prev))
			return;
		break;
	case RAQ: case RSAQ:
		if (!openish)
			return;
		break;
	case '\'': case RSQ: case LSQ:
		if (!openish || (c != LSQ && !left_space(prev)) ||
		    u8_isalnum(prev) || elided(after, avail))
			return;
		break;
	default:
		return;		/* 」 』 never open */
	}
	open_at(x, v, c, off, l);
}

/* Does the mark c reopen the outermost open quotation? */
static int
reopens(const struct qx *x, int32_t c)
{
	int32_t o;

	if (x->sp == 0 || !is_mark(c))
		return 0;
	o = x->q[x->stk[0] % QX_QMAX].open;
	return family(c) == family(o) && (c == o || c == LDQ || c == '"' ||
	    c == LOW9 || c == CP_BT2 || c == LSQ || c == '\'' || c == LOW9S);
}

/*
 * A line starts with c, after a blank line when para, else after a single
 * line break; the text before it ended at end.  A quotation still open
 * goes on where the line opens with a mark of its family, as newspapers
 * mark a quotation that runs over paragraphs.  Otherwise, after a blank
 * line, it is pending: feeds also drop the reopening mark, so it goes on
 * if the first mark of the new paragraph closes it, and else ended
 * unclosed with the paragraph before.  Returns 1 when c was taken as the
 * reopening mark.
 */
static int
line_start(struct qx *x, int32_t c, uint64_t end, int para)
{
	if (para) {
		x->pbreak = end;
		if (x->pending)
			fail_all(x, end);
	}
	if (!x->pending && reopens(x, c)) {
		while (x->sp > 1)
			fail_top(x, end);
		return 1;
	}
	if (para && x->sp > 0) {
		/* Maybe closed in this paragraph with no mark to reopen. */
		while (x->sp > 1)
			fail_top(x, end);
		x->pending = 1;
		x->pend_end = end;
	}
	return 0;
}

void
qx_init(struct qx *x, const struct qx_opts *opt)
{
	memset(x, 0, sizeof *x);
	x->opt = *opt;
	if (x->opt.cap == 0)
		x->opt.cap = (size_t)1 << 20;
	qx_reset(x);
}

void
qx_reset(struct qx *x)
{
	x->pos = 0;
	x->prev = CP_EDGE;
	x->in_ws = 0;
	x->nl = 0;
	x->ws_start = 0;
	x->pbreak = 0;
	x->pending = 0;
	x->lsp_ok = 0;
	x->qfirst = x->qnext = 0;
	x->sp = 0;
	x->namelen = 0;
}

/*
 * Bytes that end a run of plain ones: LF, the marks, other control bytes
 * and anything non-ASCII.  Plain bytes (letters, digits, other punctuation,
 * blanks but LF) need no look, and most text is long runs of them.
 */
static const unsigned char run_end[256] = {
#define R8(a) a, a, a, a, a, a, a, a
	1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 0, 0, 1, 1,
	R8(1), R8(1),
	0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0,	/* " and ' */
	R8(0), R8(0), R8(0), R8(0), R8(0), R8(0),
	1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* ` */
	R8(0), R8(0),
	R8(1), R8(1), R8(1), R8(1), R8(1), R8(1), R8(1), R8(1),	/* >= 0x80 */
	R8(1), R8(1), R8(1), R8(1), R8(1), R8(1), R8(1), R8(1),
#undef R8
};

/* The marks end a run; control bytes and non-ASCII only coarsely. */
static const struct scan_set marks_set = {
	{ '"', '\'', '`', '`' }, 1, run_end
};

/* The end of the run of plain bytes that starts at p[i], before p[end]. */
static size_t
plain_end(const unsigned char *p, size_t i, size_t end)
{
	return i + scan_plain((const char *)p + i, end - i, &marks_set);
}

static int
blank_byte(unsigned char b)
{
	return b == ' ' || b == '\t' || b == '\r' || b == '\v' || b == '\f';
}

/*
 * Pass the run of plain bytes at p[i, j), as the character loop would:
 * no LF, so no line starts; the last byte becomes prev and a trailing run
 * of blanks the current white space.
 */
static void
skip_run(struct qx *x, const unsigned char *p, uint64_t base, size_t i,
    size_t j)
{
	size_t k = j;
	uint64_t cap_at;

	if (x->sp > 0) {
		/* The first byte past the cap makes the quotation unclosed. */
		cap_at = x->q[x->stk[0] % QX_QMAX].start + x->opt.cap + 1;
		if (cap_at < base + j)
			fail_all(x, cap_at > base + i ? cap_at : base + i);
	}
	while (k > i && blank_byte(p[k - 1]))
		k--;
	if (k == j)
		x->in_ws = 0;
	else if (k > i || !x->in_ws) {
		x->in_ws = 1;
		x->nl = 0;
		x->ws_start = base + k;
	}
	x->prev = p[j - 1];
	x->pos = base + j;
}

uint64_t
qx_scan(struct qx *x, const char *win, uint64_t base, size_t len, int final,
    qx_emit_fn *emit, void *ctx)
{
	const unsigned char *p = (const unsigned char *)win;
	uint64_t stop = base + len, keep;
	struct qx_view v;

	v.buf = win;
	v.base = base;
	v.len = len;
	v.emit = emit;
	v.ctx = ctx;
	v.final = final;
	/* Leave room to see a mark and the word after it (QX_MARK_AHEAD). */
	if (!final)
		stop = len > QX_MARK_AHEAD ? base + len - QX_MARK_AHEAD : base;
	if (x->pos < base)
		x->pos = base;
	while (x->pos < stop) {
		size_t i = (size_t)(x->pos - base), l;
		int32_t c, next;
		uint64_t off = x->pos;

		if (!run_end[p[i]] && !(x->in_ws && x->nl > 0)) {
			size_t j = plain_end(p, i + 1, (size_t)(stop - base));

			skip_run(x, p, base, i, j);
			drain(x, &v, 0);
			continue;
		}
		l = u8_decode(p + i, len - i, &c);
		if (c == '`' && i + 1 < len && p[i + 1] == '`')
			c = CP_BT2, l = 2;
		else if (c == '\'' && i + 1 < len && p[i + 1] == '\'')
			c = CP_AP2, l = 2;
		x->pos += l;
		/* Open longer than the cap: unclosed (blanks count too). */
		if (x->sp > 0 && off - ent(x, x->stk[0])->start > x->opt.cap)
			fail_all(x, off);
		if (u8_isspace(c)) {
			if (!x->in_ws) {
				x->in_ws = 1;
				x->nl = 0;
				x->ws_start = off;
			}
			if (c == '\n')
				x->nl++;
			x->prev = c;
			continue;
		}
		if (x->in_ws) {
			x->in_ws = 0;
			if (x->nl > 0 && line_start(x, c, x->ws_start,
			    x->nl >= 2)) {
				x->prev = c;
				continue;
			}
		}
		if (is_mark(c)) {
			if (i + l < len)
				u8_decode(p + i + l, len - i - l, &next);
			else
				next = CP_EDGE;
			mark(x, &v, c, off, l, x->prev, next);
		}
		x->prev = c;
		drain(x, &v, 0);
	}
	if (final) {
		fail_all(x, x->in_ws ? x->ws_start : x->pos);
		drain(x, &v, 0);
		return base + len;
	}
	drain(x, &v, 0);
	keep = x->pos;
	if (x->qfirst != x->qnext && ent(x, x->qfirst)->mark < keep)
		keep = ent(x, x->qfirst)->mark;
	keep = keep > base + QX_BEHIND ? keep - QX_BEHIND : base;
	return keep;
}

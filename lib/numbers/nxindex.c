/*
 * The indexes over the lexicon of nxlexicon.c, derived from its tables
 * once, at the first nx_init, and read-only after: the scanner's byte
 * classes, the words after a number (the magnitudes of magnitudes.def
 * with their forms split, then nx_suf, under one lex_index), and the
 * word sets; the screen of nxscreen.c holds the words that start a
 * number.  Nothing here is kept by hand: a row added to a table is
 * found, and nx_lexicon_check() (a unit test) fails when a table
 * outgrows the room of its index.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "lex.h"
#include "numbers.h"
#include "nx.h"

unsigned char nx_cls[256];
uint32_t nx_relfirst, nx_gluefirst, nx_decadefirst, nx_decadelen, nx_pluralfirst;

static int built, overflow;

/* The words after a number: the magnitudes' forms, then nx_suf. */
static struct lx suf[NX_SUFMAX];
static size_t nsuf;
static struct lex_index suf_ix;
static uint16_t suf_slot[LEX_SLOTS(NX_SUFMAX)];

static struct lex_index set_ix[WS_N];
static uint16_t set_slot[2048];
/*
 * The lengths of the first words of the entries of an index (a bit each,
 * the last for 31 and more) by their first letter folded (its low five
 * bits), for the words after a number and for each set: most words asked
 * about are turned away by these before the index is probed.
 */
static uint32_t suf_lens[32], set_lens[WS_N][32];

/* The magnitudes of more than one word among them (lakh crore). */
#define NX_MAGPHRASEMAX 16
static const struct lx *magphrase[NX_MAGPHRASEMAX + 1];

/* Add the first word of s, n bytes long, to the lengths by first letter. */
static void
lens_add(uint32_t *lens, const char *s, size_t n)
{
	lens[n > 0 ? LOWER(s[0]) & 31 : 0] |= UINT32_C(1) << (n < 31 ? n : 31);
}

/* May p[0, n) be the first word of an entry, by the lengths? */
static inline int
lens_may(const uint32_t *lens, const char *p, size_t n)
{
	return lens[n > 0 ? LOWER(p[0]) & 31 : 0] >> (n < 31 ? n : 31) & 1;
}

/* ASCII letters, digits, and the bytes that may start a number. */
static void
build_classes(void)
{
	static const char sym[] = "$%+-.<>";
	unsigned char lead[4];
	size_t i;
	unsigned c;

	for (c = 0; c < 256; c++) {
		nx_cls[c] = 0;
		if (c >= '0' && c <= '9')
			nx_cls[c] = C_DIG;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			nx_cls[c] = C_ALPHA;
	}
	for (i = 0; sym[i] != '\0'; i++)
		nx_cls[(unsigned char)sym[i]] = C_SYM;
	/* the lead bytes of the symbols that may come before an amount */
	for (i = 0; i < nx_nu8sym; i++) {
		if (nx_u8sym[i].after)
			continue;
		lead[0] = (unsigned char)(nx_u8sym[i].cp < 0x800 ?
		    0xC0 | nx_u8sym[i].cp >> 6 : 0xE0 | nx_u8sym[i].cp >> 12);
		nx_cls[lead[0]] = C_SYM;
	}
}

/* The first letters of the words some rules look for. */
static void
build_first(void)
{
	size_t i;

	for (i = 0; i < nx_nrel; i++)
		nx_relfirst |= UINT32_C(1) << (LOWER(nx_rel[i].s[0]) - 'a');
	for (i = 0; i < nx_nglue; i++)
		nx_gluefirst |= UINT32_C(1) << (LOWER(nx_glue[i][0]) - 'a');
	for (i = 0; i < nx_wordsets[WS_PLURAL].n; i++)
		nx_pluralfirst |= UINT32_C(1) <<
		    ((LOWER(nx_wordsets[WS_PLURAL].w[i][0]) - 'a') & 31);
}

/* One row of the words after a number, if there is room. */
static void
suf_add(const char *s, size_t n, int flags, int power)
{
	struct lx *e;

	if (nsuf == NX_SUFMAX || n == 0 || n > 255) {
		overflow |= n > 0;
		return;
	}
	e = &suf[nsuf++];
	e->s = s;
	e->n = (unsigned char)n;
	e->type = S_MAG;
	e->cls = 0;
	e->flags = (unsigned short)flags;
	e->val = power;
	e->unit = "";
}

/* Each form of a list split by spaces, as a magnitude. */
static void
suf_forms(const char *s, int flags, int power)
{
	size_t n;

	while (*s != '\0') {
		for (n = 0; s[n] != '\0' && s[n] != ' '; n++)
			;
		suf_add(s, n, flags, power);
		s += n;
		while (*s == ' ')
			s++;
	}
}

static void
build_suf(void)
{
	const struct nx_magnitude *m;
	size_t i, k;

	for (m = nx_mag; m < nx_mag + nx_nmag; m++) {
		suf_add(m->s, strlen(m->s), m->flags & MG_MONEY ? F_MONEY : 0,
		    m->power);
		suf_forms(m->money, F_MONEY, m->power);
		suf_forms(m->other, 0, m->power);
	}
	for (i = 0; i < nx_nsuf && nsuf < NX_SUFMAX; i++) {
		if (nx_suf[i].type == S_DIM && nx_suf[i].val > 0) {
			nx_decadefirst |= UINT32_C(1) <<
			    ((LOWER(nx_suf[i].s[0]) - 'a') & 31);
			nx_decadelen |= UINT32_C(1) << (nx_suf[i].n & 31);
		}
		suf[nsuf++] = nx_suf[i];
	}
	if (i < nx_nsuf)
		overflow = 1;
	for (i = 0, k = 0; i < nsuf; i++) {
		lens_add(suf_lens, suf[i].s, strcspn(suf[i].s, " "));
		if (suf[i].type != S_MAG || strcspn(suf[i].s, " ") == suf[i].n)
			continue;
		if (k < NX_MAGPHRASEMAX)
			magphrase[k++] = &suf[i];
		else
			overflow = 1;
	}
	if (lex_index_build(&suf_ix, &suf[0].s, sizeof suf[0], nsuf, suf_slot,
	    sizeof suf_slot / sizeof suf_slot[0]) != 0)
		overflow = 1;
}

static void
build_sets(void)
{
	size_t used = 0, need, k, n;
	int i;

	for (i = 0; i < WS_N; i++) {
		for (k = 0; k < nx_wordsets[i].n; k++) {
			n = strcspn(nx_wordsets[i].w[k], " ");
			lens_add(set_lens[i], nx_wordsets[i].w[k], n);
		}
		need = LEX_SLOTS(nx_wordsets[i].n);
		if (used + need > sizeof set_slot / sizeof set_slot[0] ||
		    lex_index_build(&set_ix[i], nx_wordsets[i].w,
		    sizeof nx_wordsets[i].w[0], nx_wordsets[i].n,
		    set_slot + used, need) != 0) {
			overflow = 1;
			set_ix[i].n = 0;
			continue;
		}
		used += need;
	}
}

void
nx_lexicon_init(void)
{
	if (built)
		return;
	build_classes();
	build_first();
	build_suf();
	build_sets();
	if (nx_screen_build() != 0)
		overflow = 1;
	built = 1;
}

int
nx_lexicon_check(void)
{
	nx_lexicon_init();
	return overflow ? -1 : 0;
}

const struct lx *
nx_suf_next(const unsigned char *p, size_t n, uint32_t h, uint32_t *it)
{
	long i;

	if (!lens_may(suf_lens, (const char *)p, n))
		return NULL;
	i = lex_next(&suf_ix, (const char *)p, n, h, it);
	return i < 0 ? NULL : &suf[i];
}

const struct lx *
nx_magphrase_at(size_t i)
{
	return i < NX_MAGPHRASEMAX ? magphrase[i] : NULL;
}

const struct lx *
nx_suf_at(size_t i)
{
	return i < nsuf ? &suf[i] : NULL;
}

int
nx_set_has(int set, const char *p, size_t n)
{
	if (!lens_may(set_lens[set], p, n))
		return 0;
	return set_ix[set].n > 0 && lex_has(&set_ix[set], p, n);
}

/*
 * names — the matcher for names in free text: see names.h.
 */
#include "format/names.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/alloc.h"
#include "base/utf8.h"

/* ---- words ------------------------------------------------------------- */

struct word {
	size_t s, e;   /* bytes [s, e) of the text */
	size_t fs, fl; /* the folded form: fold.ptr[fs .. fs + fl) */
};

struct words {
	struct word *v;
	size_t n, cap;
	struct opp_buf fold;
};

/* Split s into words (runs of letters, marks and digits) and fold each. */
static void
split(struct words *w, const char *s, size_t len)
{
	size_t i = 0;

	w->n = 0;
	opp_buf_reset(&w->fold);
	while (i < len) {
		uint32_t cp;
		size_t n = opp_utf8_next(s + i, len - i, &cp), start;

		if (!opp_utf8_word(cp)) {
			i += n;
			continue;
		}
		start = i;
		while (i < len) {
			n = opp_utf8_next(s + i, len - i, &cp);
			if (!opp_utf8_word(cp))
				break;
			i += n;
		}
		xgrow(&w->v, &w->cap, w->n + 1, sizeof(*w->v));
		w->v[w->n].s = start;
		w->v[w->n].e = i;
		w->v[w->n].fs = w->fold.len;
		opp_utf8_fold(&w->fold, s + start, i - start);
		w->v[w->n].fl = w->fold.len - w->v[w->n].fs;
		w->n++;
	}
}

static void
words_release(struct words *w)
{
	free(w->v);
	opp_buf_release(&w->fold);
}

/* ---- names to find ------------------------------------------------------- */

struct needle {
	char *fold;       /* the folded words, each NUL-terminated, one after another */
	size_t nwords;    /* how many */
	size_t len;       /* folded bytes in all, for longest-first */
	const char *raw;  /* for an exact needle: the word as written */
	const char *repl; /* the replacement (owned by the arena) */
	bool exact;       /* two letters: matched as written, case and all */
	bool term;        /* a word of the trade: whole, any case, inflected (opp_names_add_term) */
	size_t order;     /* insertion order: ties keep it */
};

struct opp_names {
	struct needle *nd; /* sorted by first word, then longest, when `sorted` */
	size_t nn, cap;
	bool sorted;
	struct words w;
	struct opp_arena arena; /* the exact words and the replacements */
};

struct opp_names *
opp_names_new(void)
{
	struct opp_names *m = xcalloc(1, sizeof(*m));

	opp_buf_init(&m->w.fold);
	opp_arena_init(&m->arena);
	return m;
}

void
opp_names_free(struct opp_names *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->nn; i++)
		free(m->nd[i].fold);
	free(m->nd);
	words_release(&m->w);
	opp_arena_release(&m->arena);
	free(m);
}

/* Dutch name particles and words that are no name of their own. */
static bool
particle(const char *folded)
{
	static const char *const words[] = {"van", "de",  "der", "den", "het", "ter", "ten", "en",     "te",
	                                    "la",  "le",  "op",  "in",  "el",  "al",  "du",  "da",     "di",
	                                    "dos", "des", "von", "zu",  "bin", "ben", "ibn", "ouders", NULL};
	for (int i = 0; words[i]; i++)
		if (strcmp(words[i], folded) == 0)
			return true;
	return false;
}

/* Words of a school's name that say nothing about which school it is. */
static bool
school_word(const char *folded)
{
	static const char *const words[] = {"school",
	                                    "basisschool",
	                                    "scholengemeenschap",
	                                    "college",
	                                    "lyceum",
	                                    "gymnasium",
	                                    "obs",
	                                    "cbs",
	                                    "rkbs",
	                                    "pcbs",
	                                    "kbs",
	                                    "ibs",
	                                    "sbo",
	                                    "so",
	                                    "vso",
	                                    "sbao",
	                                    "vmbo",
	                                    "havo",
	                                    "vwo",
	                                    "mavo",
	                                    "atheneum",
	                                    "campus",
	                                    "locatie",
	                                    "kindcentrum",
	                                    "ikc",
	                                    "integraal",
	                                    "openbare",
	                                    "christelijke",
	                                    "katholieke",
	                                    "protestants",
	                                    "speciaal",
	                                    "onderwijs",
	                                    "voortgezet",
	                                    NULL};
	for (int i = 0; words[i]; i++)
		if (strcmp(words[i], folded) == 0)
			return true;
	return false;
}

static void
add_needle(struct opp_names *r, const char *fold, size_t nwords, size_t len, const char *raw, bool exact,
           const char *repl, bool term)
{
	xgrow(&r->nd, &r->cap, r->nn + 1, sizeof(*r->nd));
	r->nd[r->nn].fold = xmalloc(len + nwords);
	memcpy(r->nd[r->nn].fold, fold, len + nwords);
	r->nd[r->nn].nwords = nwords;
	r->nd[r->nn].len = len;
	r->nd[r->nn].raw = raw;
	r->nd[r->nn].exact = exact;
	r->nd[r->nn].repl = repl;
	r->nd[r->nn].term = term;
	r->nd[r->nn].order = r->nn;
	r->nn++;
}

/* The whole name (its words in order), then each of its words that is
 * a name of its own: two letters or more, not a particle; for a school
 * (school true), not a word every school name has. A word of two
 * letters is matched only as written ("Bo", not "bo"). */
static void
add_name(struct opp_names *r, const char *naam, const char *repl, bool school, bool term)
{
	struct words w = {0};
	struct opp_buf all = OPP_BUF_INIT;
	size_t chars = 0;

	if (!naam)
		return;
	split(&w, naam, strlen(naam));
	for (size_t i = 0; i < w.n; i++) {
		opp_buf_add(&all, w.fold.ptr + w.v[i].fs, w.v[i].fl);
		opp_buf_putc(&all, '\0');
		chars += opp_utf8_chars(w.fold.ptr + w.v[i].fs, w.v[i].fl);
	}
	if (w.n && chars >= 2)
		add_needle(r, all.ptr, w.n, all.len - w.n, NULL, false, repl, term);
	for (size_t i = 0; !term && w.n > 1 && i < w.n; i++) {
		char *f = opp_arena_strndup(&r->arena, w.fold.ptr + w.v[i].fs, w.v[i].fl);
		size_t n = opp_utf8_chars(f, w.v[i].fl);
		if (n < 2 || particle(f) || (school && school_word(f)))
			continue;
		if (n == 2)
			add_needle(r, f, 1, w.v[i].fl,
			           opp_arena_strndup(&r->arena, naam + w.v[i].s, w.v[i].e - w.v[i].s), true,
			           repl, false);
		else
			add_needle(r, f, 1, w.v[i].fl, NULL, false, repl, false);
	}
	opp_buf_release(&all);
	words_release(&w);
}

static int
cmp_needle(const void *a, const void *b)
{
	const struct needle *x = a, *y = b;
	int c = strcmp(x->fold, y->fold);

	if (c)
		return c;
	if (x->nwords != y->nwords)
		return x->nwords > y->nwords ? -1 : 1;
	if (x->len != y->len)
		return x->len > y->len ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* The first needle (sorted) whose first word is f[0..n), or nn. */
static size_t
first_with(const struct opp_names *r, const char *f, size_t n)
{
	size_t lo = 0, hi = r->nn;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *k = r->nd[mid].fold;
		int c = strncmp(k, f, n);
		if (c == 0 && k[n] != '\0')
			c = 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static bool
word_is(const struct words *w, size_t i, const char *f, size_t n)
{
	return w->v[i].fl == n && memcmp(w->fold.ptr + w->v[i].fs, f, n) == 0;
}

/* The endings a term's last word may have in Dutch: plural and
 * inflection ("beschikkingen", "arrangementen", "co-observaties",
 * "poliklinische", "IB'ers"). A name takes only the genitive s. */
static const char *const endings[] = {"en", "e", "n", "s", NULL};

/* The length of the ending that word x has after its first n folded
 * bytes when that is one nd may take, as written in text (any case), or
 * 0. */
static size_t
ending(const struct needle *nd, const struct words *w, const char *text, const struct word *x, size_t n)
{
	size_t k = x->fl - n;

	if (x->fl <= n)
		return 0;
	if (!nd->term)
		return n >= 3 && k == 1 && w->fold.ptr[x->fs + n] == 's' &&
		       (text[x->e - 1] == 's' || text[x->e - 1] == 'S');
	for (int e = 0; endings[e]; e++)
		if (strlen(endings[e]) == k && memcmp(w->fold.ptr + x->fs + n, endings[e], k) == 0 &&
		    x->e - x->s > k && strncasecmp(text + x->e - k, endings[e], k) == 0)
			return k;
	return 0;
}

/* Whether needle nd matches the words from i on; *suffix is set to the
 * bytes of an ending after its last word: a genitive s after a name
 * ("Aarons", "Sems"), an inflection after a term. */
static bool
match(const struct needle *nd, const struct words *w, const char *text, size_t i, size_t *suffix)
{
	const char *f = nd->fold;

	*suffix = 0;
	if (i + nd->nwords > w->n)
		return false;
	if (nd->exact)
		return w->v[i].e - w->v[i].s == strlen(nd->raw) &&
		       memcmp(text + w->v[i].s, nd->raw, strlen(nd->raw)) == 0;
	for (size_t k = 0; k < nd->nwords; k++) {
		size_t n = strlen(f);
		if (!word_is(w, i + k, f, n)) {
			/* the last word with its ending */
			const struct word *x = &w->v[i + k];
			if (k + 1 == nd->nwords && x->fl > n && memcmp(w->fold.ptr + x->fs, f, n) == 0 &&
			    (*suffix = ending(nd, w, text, x, n)))
				return true;
			return false;
		}
		f += n + 1;
	}
	return true;
}

void
opp_names_add(struct opp_names *m, const char *naam, const char *repl, bool school)
{
	add_name(m, naam, opp_arena_strndup(&m->arena, repl, strlen(repl)), school, false);
	m->sorted = false;
}

void
opp_names_add_term(struct opp_names *m, const char *term, const char *repl)
{
	add_name(m, term, opp_arena_strndup(&m->arena, repl, strlen(repl)), false, true);
	m->sorted = false;
}

/* The needle that matches at word i of the split text (the longest),
 * with the bytes of its ending in *suffix; NULL when none. */
static const struct needle *
hit_at(struct opp_names *r, const char *text, size_t i, size_t *suffix)
{
	const struct word *x = &r->w.v[i];

	/* the word itself, or without an ending of one or two letters
	 * (match() decides whether the needle takes that ending) */
	for (size_t strip = 0; strip <= 2 && (!strip || strip + 2 <= x->fl); strip++) {
		size_t fl = x->fl - strip;
		for (size_t k = first_with(r, r->w.fold.ptr + x->fs, fl); k < r->nn; k++) {
			const struct needle *nd = &r->nd[k];
			if (strncmp(nd->fold, r->w.fold.ptr + x->fs, fl) != 0 || nd->fold[fl] != '\0')
				break;
			if (match(nd, &r->w, text, i, suffix))
				return nd;
		}
	}
	return NULL;
}

static void
prepare(struct opp_names *r, const char *text, size_t len)
{
	if (!r->sorted && r->nn > 1)
		qsort(r->nd, r->nn, sizeof(*r->nd), cmp_needle);
	r->sorted = true;
	split(&r->w, text, len);
}

void
opp_names_find(struct opp_names *r, const char *text, void (*found)(void *ctx, const char *repl), void *ctx)
{
	prepare(r, text, strlen(text));
	for (size_t i = 0; i < r->w.n; i++) {
		size_t suffix = 0;
		const struct needle *hit = hit_at(r, text, i, &suffix);
		if (!hit)
			continue;
		found(ctx, hit->repl);
		i += hit->nwords - 1;
	}
}

void
opp_names_replace(struct opp_names *r, struct opp_buf *out, const char *text)
{
	size_t len = strlen(text), pos = 0;

	prepare(r, text, len);
	for (size_t i = 0; i < r->w.n; i++) {
		const struct word *x = &r->w.v[i];
		size_t suffix = 0;
		const struct needle *hit = hit_at(r, text, i, &suffix);

		if (!hit)
			continue;
		opp_buf_add(out, text + pos, x->s - pos);
		opp_buf_puts(out, hit->repl);
		i += hit->nwords - 1;
		/* a genitive after an abbreviation takes an apostrophe
		 * ("A.B.'s", Dutch spelling), after a word none ("Leerlings") */
		if (suffix && !hit->term && *hit->repl && hit->repl[strlen(hit->repl) - 1] == '.')
			opp_buf_putc(out, '\'');
		opp_buf_add(out, text + r->w.v[i].e - suffix, suffix);
		pos = r->w.v[i].e;
	}
	opp_buf_add(out, text + pos, len - pos);
}

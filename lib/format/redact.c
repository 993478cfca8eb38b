/*
 * redact — pseudonyms by role, applied through the YAML emitter.
 *
 * Three kinds of value:
 *   - ids: every id is replaced by a made-up one (person ids by role,
 *     "leerkracht-1"; goals "doel-1", items "inzet-1", afspraken
 *     "afspraak-1"), the same original the same copy in every field that
 *     refers to it, so references, duplicates and unknown references
 *     (ref findings) are exactly what they were;
 *   - personal fields (names, email, phone, birth date, school, funding
 *     reference): replaced outright;
 *   - free text: scrubbed. First what has a shape (email addresses, long
 *     numbers, IBANs, postcodes, street and number), then names (the
 *     matcher of names.h, shared with the invitation). docs/redact.md
 *     says exactly what is and is not caught.
 */
#include "format/redact.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/date.h"
#include "base/i18n.h"
#include "base/utf8.h"
#include "format/emit.h"
#include "format/names.h"
#include "format/ruleset.h"
#include "format/yaml.h"

struct person {
	const struct opp_persoon *p;
	char *pseudo; /* "Leerkracht 1", or "Leerling" */
};

/* Ids of one kind: the original → the copy's, looked up by bsearch among
 * the definitions; a reference to an id nobody defines gets an id of its
 * own (kept in `extra`), so it stays unknown in the copy. */
struct idmap {
	struct idpair {
		const char *from;
		char *to;
		size_t order; /* definition order: the first of duplicates wins */
	} * v, *extra;
	size_t n, cap, n_extra, cap_extra;
	const char *unknown; /* prefix for the ids of unknown references */
};

struct redactor {
	const struct opp_doc *doc;
	const struct opp_redact_opts *o;
	struct person *p;
	size_t np;
	struct opp_names *names; /* names in free text → pseudonyms */
	struct idmap persons, goals, items, afspraken, others;
	struct opp_buf scratch, pass;
	char year[OPP_DATE_STRLEN];
};

/* ---- what has a shape: mail addresses, numbers, postcodes, streets ----- */

static bool
digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
alnum(char c)
{
	return digit(c) || alpha(c);
}

/* Bytes of a separator between the digits of a number at s: a space, a
 * no-break space (U+00A0, U+202F), . - / ( ); 0 if none. */
static size_t
num_sep(const char *s)
{
	if (*s == ' ' || *s == '.' || *s == '-' || *s == '/' || *s == '(' || *s == ')')
		return 1;
	if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)
		return 2;
	if ((unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0xAF)
		return 3;
	return 0;
}

/* A number of eight digits or more at s[i] (a digit not after a digit,
 * or a + before one), its groups separated by at most two separators;
 * not a date (2026-12-01, 01.12.2026) nor a school year (2025-2026).
 * Returns its end, or i. */
static size_t
long_number(const char *s, size_t i)
{
	size_t j = i, digits = 0, groups = 0, glen[8];
	char sep = 0;
	bool same_sep = true;

	if (s[j] == '+')
		j++;
	while (digit(s[j])) {
		size_t g = 0, k, nsep = 0;
		char first = 0;

		while (digit(s[j])) {
			j++;
			g++;
		}
		if (groups < 8)
			glen[groups] = g;
		groups++;
		digits += g;
		/* separators, then a digit */
		k = j;
		while (nsep < 2 && num_sep(s + k)) {
			/* "(" only for a short group in brackets, as in
			 * "+31 (0)6": not "groep 6 (2025-2026)". */
			if (s[k] == '(') {
				size_t d = 1;
				while (d <= 4 && digit(s[k + d]))
					d++;
				if (d == 1 || d > 4 || s[k + d] != ')')
					break;
			}
			if (!nsep)
				first = num_sep(s + k) == 1 ? s[k] : ' ';
			k += num_sep(s + k);
			nsep++;
		}
		if (!nsep || !digit(s[k]))
			break;
		/* one kind of single separator throughout: maybe a date */
		if (nsep > 1 || (sep && first != sep))
			same_sep = false;
		sep = first;
		j = k;
	}
	if (digits < 8)
		return i;
	if (s[i] != '+' && groups == 3 && same_sep && strchr("-./", sep) &&
	    ((glen[0] == 4 && glen[1] == 2 && glen[2] == 2) ||
	     (glen[0] == 2 && glen[1] == 2 && glen[2] == 4)))
		return i; /* a date */
	if (s[i] != '+' && groups == 2 && same_sep && (sep == '-' || sep == '/') && glen[0] == 4 &&
	    glen[1] == 4 && (strncmp(s + i, "19", 2) == 0 || strncmp(s + i, "20", 2) == 0))
		return i; /* a school year */
	return j;
}

/* An IBAN at s[i]: two letters, two digits, then 11 to 30 letters and
 * digits, in groups of four when spaced. Returns its end, or i. */
static size_t
iban(const char *s, size_t i)
{
	size_t j = i + 4, n = 4, digits = 2;

	if (!(alpha(s[i]) && alpha(s[i + 1]) && digit(s[i + 2]) && digit(s[i + 3])))
		return i;
	while (alnum(s[j]) || (s[j] == ' ' && n % 4 == 0 && alnum(s[j + 1]))) {
		if (s[j] != ' ') {
			n++;
			digits += digit(s[j]);
		}
		j++;
	}
	return n >= 15 && n <= 34 && digits >= 8 && !alnum(s[j]) ? j : i;
}

/* A Dutch postcode at s[i]: four digits (not starting with 0), an
 * optional space, two capital letters. Returns its end, or i. */
static size_t
postcode(const char *s, size_t i)
{
	size_t j = i + 4;

	if (!(s[i] >= '1' && s[i] <= '9' && digit(s[i + 1]) && digit(s[i + 2]) && digit(s[i + 3])))
		return i;
	if (s[j] == ' ')
		j++;
	if (s[j] >= 'A' && s[j] <= 'Z' && s[j + 1] >= 'A' && s[j + 1] <= 'Z' && !alnum(s[j + 2]) &&
	    (unsigned char)s[j + 2] < 0x80)
		return j + 2;
	return i;
}

/* A street and house number at s[i] (the start of a word): a word ending
 * in a street word (straat, laan, weg, ...), a space, a number with an
 * optional letter or -number ("12", "12a", "3-5"). Returns its end, or i. */
static size_t
street(const char *s, size_t i)
{
	static const char *const ends[] = {"straat",    "laan",  "weg",   "plein",    "singel", "gracht",
	                                   "kade",      "dijk",  "dreef", "steeg",    "pad",    "hof",
	                                   "park",      "markt", "ring",  "baan",     "wal",    "plantsoen",
	                                   "boulevard", "allee", "erf",   "kwartier", "hoeve",  NULL};
	size_t j = i, k;

	while (alpha(s[j]))
		j++;
	if (j == i || s[j] != ' ' || !digit(s[j + 1]))
		return i;
	for (k = 0; ends[k]; k++) {
		size_t n = strlen(ends[k]);
		if (j - i >= n && strncasecmp(s + j - n, ends[k], n) == 0)
			break;
	}
	if (!ends[k])
		return i;
	k = j + 1;
	while (digit(s[k]))
		k++;
	if (s[k] == '-' && digit(s[k + 1]))
		for (k++; digit(s[k]); k++)
			;
	else if (alpha(s[k]) && !alnum(s[k + 1]))
		k++;
	return alnum(s[k]) || k - j > 8 ? i : k;
}

/* An email address at s[i]: local part, @, domain. Returns its end, or i. */
static bool
mail_char(char c)
{
	return alnum(c) || (unsigned char)c >= 0x80 || strchr(".-_+'", c) != NULL;
}

static size_t
address(const char *s, size_t i)
{
	size_t j = i;

	while (s[j] && mail_char(s[j]))
		j++;
	if (j == i || s[j] != '@')
		return i;
	j++;
	while (s[j] && (alnum(s[j]) || (unsigned char)s[j] >= 0x80 || s[j] == '.' || s[j] == '-'))
		j++;
	while (j > i && (s[j - 1] == '.' || s[j - 1] == '-'))
		j--; /* the full stop after an address ends the sentence */
	return j;
}

static void
scrub_shapes(struct opp_buf *out, const char *s)
{
	size_t i = 0;

	while (s[i]) {
		char prev = i ? s[i - 1] : ' ';
		size_t e;

		if (!mail_char(prev) && (e = address(s, i)) > i) {
			opp_buf_puts(out, "[e-mail]");
		} else if (!alnum(prev) && (e = iban(s, i)) > i) {
			opp_buf_puts(out, "[iban]");
		} else if (!alnum(prev) && (e = postcode(s, i)) > i) {
			opp_buf_puts(out, "[postcode]");
		} else if (!alpha(prev) && (unsigned char)prev < 0x80 && (e = street(s, i)) > i) {
			opp_buf_puts(out, "[adres]");
		} else if (!digit(prev) && (digit(s[i]) || (s[i] == '+' && !alnum(prev))) &&
		           (e = long_number(s, i)) > i) {
			opp_buf_puts(out, "[nummer]");
		} else {
			opp_buf_putc(out, s[i]);
			i++;
			continue;
		}
		i = e;
	}
}

static const char *
scrub(struct redactor *r, const char *s)
{
	opp_buf_reset(&r->pass);
	scrub_shapes(&r->pass, s);
	opp_buf_reset(&r->scratch);
	opp_names_replace(r->names, &r->scratch, r->pass.ptr);
	return r->scratch.ptr;
}

/* ---- ids ------------------------------------------------------------------ */

static int
cmp_pair(const void *a, const void *b)
{
	const struct idpair *x = a, *y = b;
	int c = strcmp(x->from, y->from);

	return c ? c : x->order < y->order ? -1 : x->order > y->order;
}

static int
cmp_key(const void *key, const void *b)
{
	return strcmp(key, ((const struct idpair *)b)->from);
}

/* Define id as prefix-n (NULL: an entry without a valid id). */
static void
define(struct idmap *m, const char *id, const char *prefix, int n)
{
	struct opp_buf b = OPP_BUF_INIT;

	if (!id)
		return;
	opp_buf_printf(&b, "%s-%d", prefix, n);
	xgrow(&m->v, &m->cap, m->n + 1, sizeof(*m->v));
	m->v[m->n].from = id;
	m->v[m->n].to = opp_buf_detach(&b, NULL);
	m->v[m->n].order = m->n;
	m->n++;
}

/* Sort for lookups; a duplicated id maps to its first definition's copy
 * in every entry, so the copy has the same duplicate (and no reference
 * that points nowhere). */
static void
finish(struct idmap *m)
{
	if (m->n > 1)
		qsort(m->v, m->n, sizeof(*m->v), cmp_pair);
	for (size_t i = 1; i < m->n; i++)
		if (strcmp(m->v[i].from, m->v[i - 1].from) == 0) {
			free(m->v[i].to);
			m->v[i].to = xstrdup(m->v[i - 1].to);
		}
}

/* The copy of id; an id that nothing defines gets one of its own, the
 * same for every reference to it. */
static const char *
lookup(struct idmap *m, const char *id)
{
	const struct idpair *hit;
	struct opp_buf b = OPP_BUF_INIT;

	if (!id)
		return NULL;
	if (m->n && (hit = bsearch(id, m->v, m->n, sizeof(*m->v), cmp_key)))
		return hit->to;
	for (size_t i = 0; i < m->n_extra; i++)
		if (strcmp(m->extra[i].from, id) == 0)
			return m->extra[i].to;
	opp_buf_printf(&b, "%s-%zu", m->unknown, m->n_extra + 1);
	xgrow(&m->extra, &m->cap_extra, m->n_extra + 1, sizeof(*m->extra));
	m->extra[m->n_extra].from = id;
	m->extra[m->n_extra].to = opp_buf_detach(&b, NULL);
	return m->extra[m->n_extra++].to;
}

static bool
defined(const struct idmap *m, const char *id)
{
	return id && m->n && bsearch(id, m->v, m->n, sizeof(*m->v), cmp_key);
}

static void
idmap_release(struct idmap *m)
{
	for (size_t i = 0; i < m->n; i++)
		free(m->v[i].to);
	for (size_t i = 0; i < m->n_extra; i++)
		free(m->extra[i].to);
	free(m->v);
	free(m->extra);
}

/* ---- the fields ----------------------------------------------------------
 * What each field holds comes from the shape table's flags (model.h):
 * ids by OPP_F_DEFINES, OPP_F_PERSON, OPP_F_GOAL and OPP_F_WHO, personal
 * data by OPP_F_PERSONAL, free text by its type. A personal field gets a
 * replacement of its own kind; one this file does not know yet is
 * replaced by "[verwijderd]", never copied. */

enum kind {
	K_COPY,     /* written as it is: dates, codes, numbers, digests */
	K_TEXT,     /* free text or a short text: scrubbed */
	K_PERSON,   /* a betrokkene's id (a reference or the definition) */
	K_WHO,      /* a betrokkene's id or a provider's name */
	K_GOAL,     /* a doel's id */
	K_ITEM,     /* an arrangement item's id */
	K_AFSPRAAK, /* an afspraak's id */
	K_OTHER_ID, /* any other id */
	K_NAAM,     /* a betrokkene's name */
	K_PUPIL,    /* the pupil's name */
	K_EMAIL,    /* an email address */
	K_PHONE,    /* a phone number */
	K_BIRTH,    /* the birth date */
	K_SCHOOL,   /* the school */
	K_KENMERK,  /* a funding reference */
	K_PERSONAL, /* other personal data */
};

static bool
is(const char *a, const char *b)
{
	return strcmp(a, b) == 0;
}

static enum kind
kind_of(const char *shape, const struct opp_field *f)
{
	unsigned fl = f->flags;
	enum opp_ftype t = f->type == OPP_T_LIST ? f->elem : f->type;

	if (fl & OPP_F_PERSON)
		return K_PERSON;
	if (fl & OPP_F_GOAL)
		return K_GOAL;
	if (fl & OPP_F_WHO)
		return K_WHO;
	if (fl & OPP_F_DEFINES)
		return is(shape, "arrangement") ? K_ITEM : is(shape, "afspraken") ? K_AFSPRAAK : K_OTHER_ID;
	if (fl & OPP_F_PERSONAL) {
		if (fl & OPP_F_BIRTH)
			return K_BIRTH;
		if (t == OPP_T_EMAIL)
			return K_EMAIL;
		if (is(f->key, "naam"))
			return is(shape, "leerling") ? K_PUPIL : K_NAAM;
		if (is(f->key, "school"))
			return K_SCHOOL;
		if (is(f->key, "telefoon"))
			return K_PHONE;
		if (is(f->key, "kenmerk"))
			return K_KENMERK;
		return K_PERSONAL;
	}
	if (t == OPP_T_EMAIL)
		return K_EMAIL;
	if (t == OPP_T_ID)
		return K_OTHER_ID;
	if (t == OPP_T_STR)
		return K_TEXT;
	return K_COPY;
}

/* The pupil's birth date, reduced to the year: its first day, which is
 * never later than the real one, so a birth date before today stays one
 * whatever today is; unless that would make the pupil reach
 * leeftijd_instemming on the first start of any item (the one date the
 * rules ask the age for) when the real one does not: then its last day. */
static const char *
birth(struct redactor *r, const struct opp_val *v)
{
	int32_t day = 0, first = 0, mid;
	bool any = false;
	int y, m, d, want, age;

	if (!opp_date_parse(v->s, &day))
		return v->s;
	opp_date_to_ymd(day, &y, &m, &d);
	mid = opp_date_from_ymd(y, 1, 1);
	for (size_t i = 0; i < r->doc->arrangement.n; i++) {
		const struct opp_val *s = &r->doc->arrangement.v[i].start;
		if (s->s && (!any || s->i < first)) {
			first = s->i;
			any = true;
		}
	}
	if (any) {
		want = opp_date_age(day, first) >= r->o->leeftijd_instemming;
		age = opp_date_age(mid, first) >= r->o->leeftijd_instemming;
		if (want != age)
			mid = opp_date_from_ymd(y, want ? 1 : 12, want ? 1 : 31);
	}
	snprintf(r->year, sizeof(r->year), "%s", opp_date_str(mid).s);
	return r->year;
}

static const char *
filter(void *ctx, const char *shape, const struct opp_field *f, const void *obj, const char *v)
{
	struct redactor *r = ctx;
	bool keep = r->o->keep_ids;
	size_t at;

	switch (kind_of(shape, f)) {
	case K_COPY: return v;
	case K_TEXT: return scrub(r, v);
	case K_PERSON: return keep ? v : lookup(&r->persons, v);
	case K_WHO:
		if (defined(&r->persons, v))
			return keep ? v : lookup(&r->persons, v);
		return scrub(r, v);
	case K_GOAL: return keep ? v : lookup(&r->goals, v);
	case K_ITEM: return keep ? v : lookup(&r->items, v);
	case K_AFSPRAAK: return keep ? v : lookup(&r->afspraken, v);
	case K_OTHER_ID: return keep ? v : lookup(&r->others, v);
	case K_PUPIL: return "Leerling";
	case K_SCHOOL: return "School";
	case K_KENMERK: return "[kenmerk]";
	case K_PHONE: return "[telefoon]";
	case K_PERSONAL: return "[verwijderd]";
	case K_BIRTH:
		return birth(r,
		             obj ? (const struct opp_val *)(const void *)((const char *)obj + f->off) : NULL);
	case K_NAAM:
		if (!is(shape, "betrokkenen"))
			return "[verwijderd]";
		at = (size_t)((const char *)obj - (const char *)r->doc->betrokkenen.v) /
		     sizeof(struct opp_persoon);
		return at < r->np ? r->p[at].pseudo : "Persoon";
	case K_EMAIL:
		opp_buf_reset(&r->scratch);
		if (is(shape, "betrokkenen")) {
			at = (size_t)((const char *)obj - (const char *)r->doc->betrokkenen.v) /
			     sizeof(struct opp_persoon);
			opp_buf_printf(&r->scratch, "%s@example.invalid",
			               at < r->np && r->p[at].p->id.s ? lookup(&r->persons, r->p[at].p->id.s)
			                                              : "persoon");
		} else {
			opp_buf_puts(&r->scratch, "iemand@example.invalid");
		}
		return r->scratch.ptr;
	}
	return v;
}

/* ---- the copy ---------------------------------------------------------------- */

/* Whether a name can be replaced: a text with a word in it. */
static bool
usable(const struct opp_val *v)
{
	uint32_t cp;

	if (!v->s)
		return false;
	for (size_t i = 0, n = strlen(v->s); i < n;) {
		i += opp_utf8_next(v->s + i, n - i, &cp);
		if (opp_utf8_word(cp))
			return true;
	}
	return false;
}

static bool
names_usable(const struct opp_doc *doc, struct opp_diags *why)
{
	bool ok = true;

	if (!usable(&doc->leerling.naam)) {
		opp_diags_add(why, OPP_RULE_SCHEMA, OPP_SEV_ERROR,
		              doc->leerling.naam.s ? doc->leerling.naam.pos : doc->leerling.h.pos,
		              _("the pupil has no name that can be replaced (leerling.naam is missing or not "
		                "a text): not redacting, the name could be left in the copy"));
		ok = false;
	}
	for (size_t i = 0; i < doc->betrokkenen.n; i++) {
		const struct opp_persoon *p = &doc->betrokkenen.v[i];
		if (usable(&p->naam))
			continue;
		opp_diags_add(why, OPP_RULE_SCHEMA, OPP_SEV_ERROR, p->naam.s ? p->naam.pos : p->h.pos,
		              _("betrokkene %zu has no name that can be replaced (naam is missing or not a "
		                "text): not redacting, the name could be left in the copy"),
		              i + 1);
		ok = false;
	}
	return ok;
}

bool
opp_redact(struct opp_buf *out, const struct opp_doc *doc, const char *text, size_t len,
           const struct opp_redact_opts *o, struct opp_diags *why)
{
	struct redactor r = {.doc = doc, .o = o};
	int count[OPP_ROL_COUNT + 1] = {0};
	const char *lnaam = doc->leerling.naam.s;
	struct opp_arena tree;
	struct opp_diags d;
	struct opp_node *root;

	if (!names_usable(doc, why))
		return false;
	/* The tree again (the loader keeps only the model): what was
	 * written, where; the same text gives the same positions. */
	opp_arena_init(&tree);
	opp_diags_init(&d);
	root = opp_yaml_parse(&tree, text, len, &d);
	opp_diags_release(&d);
	if (!root) {
		opp_arena_release(&tree);
		opp_diags_add(why, OPP_RULE_SYNTAX, OPP_SEV_ERROR, (struct opp_pos){1, 1},
		              _("the file is not the one that was loaded"));
		return false;
	}
	opp_buf_init(&r.scratch);
	opp_buf_init(&r.pass);
	r.persons.unknown = "onbekend";
	r.goals.unknown = "doel-onbekend";
	r.items.unknown = "inzet-onbekend";
	r.afspraken.unknown = "afspraak-onbekend";
	r.others.unknown = "id";

	/* People: a pseudonym per role ("Leerkracht 1"), an id per role. */
	r.np = doc->betrokkenen.n;
	r.p = xcalloc(r.np ? r.np : 1, sizeof(*r.p));
	for (size_t i = 0; i < r.np; i++) {
		const struct opp_persoon *bp = &doc->betrokkenen.v[i];
		int rol = bp->rol.s ? bp->rol.i : OPP_ROL_COUNT;
		const char *label = rol < OPP_ROL_COUNT ? opp_rol_names[rol] : "persoon";
		struct opp_buf b = OPP_BUF_INIT;
		int n = ++count[rol];

		r.p[i].p = bp;
		define(&r.persons, bp->id.s, label, n);
		if (rol == OPP_ROL_LEERLING || (lnaam && bp->naam.s && strcmp(lnaam, bp->naam.s) == 0))
			opp_buf_puts(&b, "Leerling");
		else
			opp_buf_printf(&b, "%c%s %d", label[0] - 'a' + 'A', label + 1, n);
		r.p[i].pseudo = opp_buf_detach(&b, NULL);
	}
	for (size_t i = 0; i < doc->doelen.n; i++)
		define(&r.goals, doc->doelen.v[i].id.s, "doel", (int)i + 1);
	for (size_t i = 0; i < doc->arrangement.n; i++)
		define(&r.items, doc->arrangement.v[i].id.s, "inzet", (int)i + 1);
	for (size_t i = 0; i < doc->afspraken.n; i++)
		define(&r.afspraken, doc->afspraken.v[i].id.s, "afspraak", (int)i + 1);
	finish(&r.persons);
	finish(&r.goals);
	finish(&r.items);
	finish(&r.afspraken);

	/* Names to find in free text, and the school's. */
	r.names = opp_names_new();
	opp_names_add(r.names, lnaam, "Leerling", false);
	for (size_t i = 0; i < r.np; i++)
		opp_names_add(r.names, r.p[i].p->naam.s, r.p[i].pseudo, false);
	opp_names_add(r.names, doc->leerling.school.s, "School", true);

	opp_buf_puts(out, "# yaml-language-server: $schema=../schema/opp.schema.json\n"
	                  "# Gepseudonimiseerde kopie (opp redact): namen, ids, e-mail, telefoon,\n"
	                  "# geboortedatum, school, kenmerken, adressen en lange nummers vervangen.\n"
	                  "# Controleer vrije tekst zelf nog na (docs/redact.md).\n");
	opp_emit_yaml(out, doc, root, filter, &r);
	opp_arena_release(&tree);

	for (size_t i = 0; i < r.np; i++)
		free(r.p[i].pseudo);
	free(r.p);
	opp_names_free(r.names);
	idmap_release(&r.persons);
	idmap_release(&r.goals);
	idmap_release(&r.items);
	idmap_release(&r.afspraken);
	idmap_release(&r.others);
	opp_buf_release(&r.scratch);
	opp_buf_release(&r.pass);
	return true;
}

/*
 * redact — pseudonyms by role, applied through the YAML emitter.
 */
#include "format/redact.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/date.h"
#include "format/emit.h"

struct person {
	const char *id, *naam;
	char *new_id, *pseudo;
};

struct needle { /* a name (or part) to find in free text */
	const char *text;
	size_t len;
	const char *repl;
};

struct redactor {
	const struct opp_doc *doc;
	const struct opp_redact_opts *o;
	struct person *p;
	size_t np;
	struct needle *nd;
	size_t nn, cap;
	struct opp_buf scratch;
	char year[OPP_DATE_STRLEN];
	char *leerling;
};

/* Dutch name particles: too common to treat as a name on their own. */
static bool
particle(const char *s, size_t n)
{
	static const char *const words[] = {"van", "de", "der", "den", "het", "ter", "ten", "en",
	                                    "te",  "la", "le",  "op",  "in",  "el",  "al",  NULL};
	for (int i = 0; words[i]; i++)
		if (strlen(words[i]) == n && strncasecmp(words[i], s, n) == 0)
			return true;
	return false;
}

static void
add_needle(struct redactor *r, const char *text, size_t len, const char *repl)
{
	if (len < 3)
		return;
	xgrow(&r->nd, &r->cap, r->nn + 1, sizeof(*r->nd));
	r->nd[r->nn++] = (struct needle){text, len, repl};
}

/* The whole name, then each part that is not a particle. */
static void
add_name(struct redactor *r, const char *naam, const char *repl)
{
	const char *p = naam;

	if (!naam)
		return;
	add_needle(r, naam, strlen(naam), repl);
	while (*p) {
		size_t n = 0;
		while (p[n] && p[n] != ' ' && p[n] != '-' && p[n] != ',' && p[n] != '(' && p[n] != ')' &&
		       p[n] != '.' && p[n] != '/' && p[n] != '\'')
			n++;
		if (n >= 3 && !particle(p, n) && strncasecmp(p, "ouders", n) != 0)
			add_needle(r, p, n, repl);
		p += n;
		while (*p && !(isalnum((unsigned char)*p) || (unsigned char)*p >= 0x80))
			p++;
	}
}

static int
longest_first(const void *a, const void *b)
{
	const struct needle *x = a, *y = b;
	return x->len < y->len ? 1 : x->len > y->len ? -1 : 0;
}

static bool
word_char(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

/* Replace names, emails and long digit runs in free text. */
static const char *
scrub(struct redactor *r, const char *s)
{
	struct opp_buf *b = &r->scratch;
	size_t i = 0, n = strlen(s);

	opp_buf_reset(b);
	while (i < n) {
		bool at_word = i == 0 || !word_char((unsigned char)s[i - 1]);
		size_t k;

		if (at_word && word_char((unsigned char)s[i])) {
			/* an email address: word chars and .-_+ around an @ */
			size_t j = i;
			while (j < n && (word_char((unsigned char)s[j]) || strchr(".-_+", s[j])))
				j++;
			if (j < n && s[j] == '@') {
				j++;
				while (j < n && (word_char((unsigned char)s[j]) || strchr(".-", s[j])))
					j++;
				opp_buf_puts(b, "[e-mail]");
				i = j;
				continue;
			}
			/* a phone number or other long number (BSN): 8+ digits,
			 * spaces and dashes allowed between them */
			if (isdigit((unsigned char)s[i]) || s[i] == '+') {
				size_t digits = 0;
				j = i;
				while (j < n && (isdigit((unsigned char)s[j]) ||
				                 ((s[j] == ' ' || s[j] == '-' || s[j] == '+') && j + 1 < n &&
				                  isdigit((unsigned char)s[j + 1])))) {
					digits += isdigit((unsigned char)s[j]) != 0;
					j++;
				}
				if (digits >= 8) {
					opp_buf_puts(b, "[nummer]");
					i = j;
					continue;
				}
			}
			for (k = 0; k < r->nn; k++) {
				const struct needle *nd = &r->nd[k];
				size_t end = i + nd->len, suffix = 0;
				if (end > n || strncasecmp(s + i, nd->text, nd->len) != 0)
					continue;
				/* Dutch genitive: "Aarons", "Sam's" */
				if (end < n && s[end] == 's')
					suffix = 1;
				else if (end + 1 < n && s[end] == '\'' && s[end + 1] == 's')
					suffix = 2;
				if (suffix && end + suffix < n && word_char((unsigned char)s[end + suffix]))
					suffix = 0;
				if (!suffix && end < n && word_char((unsigned char)s[end]))
					continue;
				opp_buf_puts(b, nd->repl);
				opp_buf_add(b, s + end, suffix);
				i = end + suffix;
				break;
			}
			if (k < r->nn)
				continue;
		}
		opp_buf_putc(b, s[i]);
		i++;
	}
	return b->ptr;
}

static const struct person *
person(const struct redactor *r, const char *id)
{
	for (size_t i = 0; id && i < r->np; i++)
		if (r->p[i].id && strcmp(r->p[i].id, id) == 0)
			return &r->p[i];
	return NULL;
}

/* Fields that hold a person id (or, for arrangement.wie, may): the shape
 * table says so (OPP_F_PERSON, OPP_F_WHO), not the key's name. */
static bool
person_ref(const struct opp_field *f)
{
	return f->flags & (OPP_F_PERSON | OPP_F_WHO);
}

static const char *
filter(void *ctx, const char *shape, const struct opp_field *f, const char *v)
{
	struct redactor *r = ctx;
	const char *key = f->key;
	const struct person *p;

	if (strcmp(shape, "leerling") == 0 && strcmp(key, "naam") == 0)
		return r->leerling;
	if (strcmp(shape, "leerling") == 0 && strcmp(key, "school") == 0)
		return "School";
	if (strcmp(key, "geboortedatum") == 0) {
		/* Reduced to the year: mid-year keeps age-based rules stable
		 * within half a year of a birthday. */
		snprintf(r->year, sizeof(r->year), "%.4s-07-01", v);
		return r->year;
	}
	if (strcmp(shape, "bekostiging") == 0 && strcmp(key, "kenmerk") == 0)
		return "[kenmerk]";
	if (person_ref(f) && (p = person(r, v)))
		return r->o->keep_ids ? v : p->new_id;
	if (f->type == OPP_T_STR || (f->type == OPP_T_LIST && f->elem == OPP_T_STR))
		return scrub(r, v);
	return v;
}

/* betrokkenen naam/email/telefoon are per person: the emitter walks the
 * list in order, so a cursor tells whose fields are being written. */
struct cursor {
	struct redactor *r;
	size_t at; /* index of the betrokkene being written */
};

static const char *
person_filter(void *ctx, const char *shape, const struct opp_field *f, const char *v)
{
	struct cursor *c = ctx;
	struct redactor *r = c->r;

	if (strcmp(shape, "betrokkenen") == 0) {
		if (strcmp(f->key, "id") == 0) {
			for (size_t i = 0; i < r->np; i++)
				if (r->p[i].id && strcmp(r->p[i].id, v) == 0)
					c->at = i;
			return r->o->keep_ids ? v : r->p[c->at].new_id;
		}
		if (strcmp(f->key, "naam") == 0)
			return r->p[c->at].pseudo;
		if (strcmp(f->key, "email") == 0) {
			opp_buf_reset(&r->scratch);
			opp_buf_printf(&r->scratch, "%s@example.invalid", r->p[c->at].new_id);
			return r->scratch.ptr;
		}
		if (strcmp(f->key, "telefoon") == 0)
			return "[telefoon]";
	}
	return filter(r, shape, f, v);
}

void
opp_redact(struct opp_buf *out, const struct opp_doc *doc, const struct opp_redact_opts *o)
{
	struct redactor r = {.doc = doc, .o = o};
	struct cursor c = {&r, 0};
	int count[OPP_ROL_COUNT + 1] = {0};
	const char *lnaam = doc->leerling.naam.s;

	opp_buf_init(&r.scratch);
	r.leerling = xstrdup("Leerling");
	r.np = doc->betrokkenen.n;
	r.p = xcalloc(r.np ? r.np : 1, sizeof(*r.p));
	for (size_t i = 0; i < r.np; i++) {
		const struct opp_persoon *bp = &doc->betrokkenen.v[i];
		int rol = bp->rol.s ? bp->rol.i : OPP_ROL_COUNT;
		const char *label = rol < OPP_ROL_COUNT ? opp_rol_names[rol] : "persoon";
		struct opp_buf b = OPP_BUF_INIT;
		int n = ++count[rol];

		r.p[i].id = bp->id.s;
		r.p[i].naam = bp->naam.s;
		opp_buf_printf(&b, "%s-%d", label, n);
		r.p[i].new_id = opp_buf_detach(&b, NULL);
		if (rol == OPP_ROL_LEERLING || (lnaam && bp->naam.s && strcmp(lnaam, bp->naam.s) == 0)) {
			opp_buf_puts(&b, "Leerling");
		} else {
			opp_buf_printf(&b, "%c%s %d", toupper((unsigned char)label[0]), label + 1, n);
		}
		r.p[i].pseudo = opp_buf_detach(&b, NULL);
	}
	add_name(&r, lnaam, r.leerling);
	for (size_t i = 0; i < r.np; i++)
		add_name(&r, r.p[i].naam, r.p[i].pseudo);
	if (doc->leerling.school.s)
		add_needle(&r, doc->leerling.school.s, strlen(doc->leerling.school.s), "School");
	if (r.nn > 1)
		qsort(r.nd, r.nn, sizeof(*r.nd), longest_first);

	opp_buf_puts(out, "# yaml-language-server: $schema=../schema/opp.schema.json\n"
	                  "# Gepseudonimiseerde kopie (opp redact): namen, e-mail, telefoon, geboortedatum,\n"
	                  "# school en kenmerken vervangen. Controleer vrije tekst zelf nog na.\n");
	opp_emit_yaml(out, doc, person_filter, &c);

	for (size_t i = 0; i < r.np; i++) {
		free(r.p[i].new_id);
		free(r.p[i].pseudo);
	}
	free(r.p);
	free(r.nd);
	free(r.leerling);
	opp_buf_release(&r.scratch);
}

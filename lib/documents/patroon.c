/*
 * patroon — the caseload's patterns: see patroon.h. One table from a
 * key (school, groep, kind, text, each as opp_patroon_key matches it) to
 * the number of pupils and the words as first written.
 */
#include "documents/patroon.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "base/strmap.h"
#include "base/utf8.h"
#include "facts/query.h"

const char *const opp_patroon_soort_names[OPP_PAT_COUNT] = {
        "doelen", "behoefte leerling", "behoefte ouders", "behoefte leerkracht", "ondersteuning",
};

/* What the sentence says after the place, per kind: before and after
 * the text. */
static const char *const soort_zin[OPP_PAT_COUNT][2] = {
        {" met doelen in ", ""},
        {" met als behoefte van de leerling: „", "”"},
        {" met als behoefte van de ouders: „", "”"},
        {" met als behoefte van de leerkracht: „", "”"},
        {" met ondersteuning door: ", ""},
};

/* Support that a school could organise together with others: from
 * outside the classroom and the school's own care team (handbook 001:
 * overleggen "met de JGZ of het CJG"). That the teacher or the IB'er
 * helps several pupils of a groep is no pattern: it is their work. */
static bool
extern_rol(int rol)
{
	/* The orthopedagoog is counted with the school's roles for who
	 * speaks for the school, but often comes from the
	 * samenwerkingsverband: support by one is worth seeing as shared. */
	if (rol < 0 || rol >= OPP_ROL_COUNT)
		return false;
	return !opp_rol_school(rol) || rol == OPP_ROL_ORTHOPEDAGOOG;
}

struct entry {
	size_t leerlingen;
	size_t last; /* the case that counted last (1-based), to count a pupil once */
	int soort;
	char *school, *groep, *wat; /* as first written */
};

struct opp_patronen {
	struct opp_strmap m; /* key → struct entry */
	size_t cases;
	/* the last list made */
	struct opp_patroon *list;
	struct opp_arena arena;
};

struct opp_patronen *
opp_patronen_new(void)
{
	struct opp_patronen *p = xcalloc(1, sizeof(*p));

	opp_strmap_init(&p->m, sizeof(struct entry));
	opp_arena_init(&p->arena);
	return p;
}

void
opp_patronen_free(struct opp_patronen *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->m.n; i++) {
		struct entry *e = opp_strmap_value(&p->m, i);
		free(e->school);
		free(e->groep);
		free(e->wat);
	}
	opp_strmap_release(&p->m);
	opp_arena_release(&p->arena);
	free(p->list);
	free(p);
}

static char *
dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

/* Count pupil p->cases for this question (once, however often the case
 * has it). */
static void
count(struct opp_patronen *p, const struct opp_doc *doc, int soort, const char *wat)
{
	struct opp_buf key = OPP_BUF_INIT;
	const char *part[3] = {doc->leerling.school.s, doc->leerling.groep.s, wat};
	struct entry *e;

	if (!wat || !*wat)
		return;
	/* School and groep first, so that the keys sort as the list does. */
	for (int i = 0; i < 3; i++) {
		char *k = opp_patroon_key(part[i]);
		opp_buf_puts(&key, k);
		opp_buf_putc(&key, '\x1f');
		if (i == 1)
			opp_buf_printf(&key, "%d\x1f", soort);
		free(k);
	}
	e = opp_strmap_get(&p->m, key.ptr);
	opp_buf_release(&key);
	if (e->last == p->cases)
		return;
	if (!e->leerlingen) {
		e->soort = soort;
		e->school = dup_or_null(doc->leerling.school.s);
		e->groep = dup_or_null(doc->leerling.groep.s);
		e->wat = xstrdup(wat);
	}
	e->last = p->cases;
	e->leerlingen++;
}

static void
count_list(struct opp_patronen *p, const struct opp_doc *doc, int soort, const struct opp_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		count(p, doc, soort, l->v[i].s);
}

void
opp_patronen_add(struct opp_patronen *p, const struct opp_doc *doc, int32_t today)
{
	p->cases++;
	for (size_t i = 0; i < doc->doelen.n; i++) {
		const struct opp_doel *d = &doc->doelen.v[i];
		if (opp_doel_actief(doc, d, today))
			count(p, doc, OPP_PAT_DOELEN, d->domein.s);
	}
	count_list(p, doc, OPP_PAT_LEERLING, &doc->behoeften.leerling);
	count_list(p, doc, OPP_PAT_OUDERS, &doc->behoeften.ouders);
	count_list(p, doc, OPP_PAT_LEERKRACHT, &doc->behoeften.leerkracht);
	for (size_t i = 0; i < doc->arrangement.n; i++) {
		const struct opp_inzet *z = &doc->arrangement.v[i];
		const struct opp_persoon *wie = opp_doc_persoon(doc, z->wie.s);

		if (z->eind.s && z->eind.i < today)
			continue; /* over: no question any more */
		/* The provider: a betrokkene by its role, one who is not (yet)
		 * a betrokkene as written ("CJG, trainer"). */
		if (wie && wie->rol.s && extern_rol(wie->rol.i))
			count(p, doc, OPP_PAT_ONDERSTEUNING, opp_label_rol[wie->rol.i]);
		else if (!wie)
			count(p, doc, OPP_PAT_ONDERSTEUNING, z->wie.s);
	}
}

struct sorted {
	const struct entry *e;
	const char *key;
};

static int
cmp_sorted(const void *a, const void *b)
{
	const struct sorted *x = a, *y = b;

	if (x->e->leerlingen != y->e->leerlingen)
		return x->e->leerlingen > y->e->leerlingen ? -1 : 1;
	return strcmp(x->key, y->key);
}

/* "4 leerlingen in groep 7 van De Klimop met doelen in sociaal-emotioneel" */
static const char *
sentence(struct opp_arena *a, const struct entry *e)
{
	struct opp_buf b = OPP_BUF_INIT;
	const char *s;

	opp_buf_printf(&b, "%zu leerlingen", e->leerlingen);
	if (e->groep && e->school)
		opp_buf_printf(&b, " in groep %s van %s", e->groep, e->school);
	else if (e->school)
		opp_buf_printf(&b, " op %s", e->school);
	else if (e->groep)
		opp_buf_printf(&b, " in groep %s", e->groep);
	opp_buf_printf(&b, "%s%s%s", soort_zin[e->soort][0], e->wat, soort_zin[e->soort][1]);
	s = opp_arena_strdup(a, b.ptr);
	opp_buf_release(&b);
	return s;
}

const struct opp_patroon *
opp_patronen_list(struct opp_patronen *p, size_t *n)
{
	struct sorted *v = xcalloc(p->m.n + 1, sizeof(*v));
	size_t k = 0;

	for (size_t i = 0; i < p->m.n; i++) {
		const struct entry *e = opp_strmap_value(&p->m, i);
		if (e->leerlingen >= 2) /* one pupil is no pattern */
			v[k++] = (struct sorted){e, opp_strmap_key(&p->m, i)};
	}
	qsort(v, k, sizeof(*v), cmp_sorted);
	free(p->list);
	opp_arena_release(&p->arena);
	opp_arena_init(&p->arena);
	p->list = xcalloc(k + 1, sizeof(*p->list));
	for (size_t i = 0; i < k; i++)
		p->list[i] = (struct opp_patroon){sentence(&p->arena, v[i].e),
		                                  v[i].e->leerlingen,
		                                  v[i].e->school,
		                                  v[i].e->groep,
		                                  v[i].e->soort,
		                                  v[i].e->wat};
	free(v);
	*n = k;
	return p->list;
}

char *
opp_patroon_key(const char *wat)
{
	struct opp_buf b = OPP_BUF_INIT;
	const char *s = wat ? wat : "";
	size_t len = strlen(s);
	bool space = false;

	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = opp_utf8_next(s + i, len - i, &cp);

		if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') {
			space = b.len > 0;
		} else {
			if (space)
				opp_buf_putc(&b, ' ');
			space = false;
			if (cp == OPP_UTF8_BAD && n == 1)
				opp_buf_add(&b, s + i, 1); /* an invalid byte stays as it is */
			else
				opp_utf8_put(&b, opp_utf8_lower(cp));
		}
		i += n;
	}
	if (b.len > 1 && b.ptr[b.len - 1] == '.' && b.ptr[b.len - 2] != '.')
		b.ptr[--b.len] = '\0';
	return opp_buf_detach(&b, NULL);
}

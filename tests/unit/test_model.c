/*
 * test_model — the model's index and its shape table (lib/format/model.c):
 * lookups by id (the first of duplicate ids wins), the items that serve a
 * goal, the uitkomsten of a goal in meeting order, the walk over every
 * written scalar by the field flags; every field described in Dutch; and
 * the JSON Schema (lib/format/schema.c) holding exactly the keys of the
 * shape table, object by object.
 */
#include <stdio.h>
#include <stdlib.h>

#include "base/buf.h"
#include "format/schema.h"
#include "helpers.h"

#define TODAY "2026-11-02"

#define HEAD                                                                                                 \
	"opp: 1\n"                                                                                           \
	"leerling:\n"                                                                                        \
	"  naam: Sam\n"                                                                                      \
	"  geboortedatum: 2015-03-01\n"                                                                      \
	"  school: De Linde\n"                                                                               \
	"regie:\n"                                                                                           \
	"  opp: ib\n"                                                                                        \
	"betrokkenen:\n"                                                                                     \
	"  - id: lk\n"                                                                                       \
	"    naam: Ans de Vries\n"                                                                           \
	"    rol: leerkracht\n"                                                                              \
	"  - id: ib\n"                                                                                       \
	"    naam: Bea Smit\n"                                                                               \
	"    rol: intern-begeleider\n"                                                                       \
	"    email: b.smit@school.example\n"                                                                 \
	"  - id: lk\n"                                                                                       \
	"    naam: Tweede Leerkracht\n"                                                                      \
	"    rol: leerkracht\n"                                                                              \
	"  - id: ouders\n"                                                                                   \
	"    naam: Ouders van Sam\n"                                                                         \
	"    rol: ouders\n"

static struct opp_diags d;
static struct opp_doc *doc;

static void
teardown(void)
{
	opp_diags_release(&d);
	opp_doc_free(doc);
	doc = NULL;
}

TestSuite(model, .fini = teardown);

static void
load(const char *yaml)
{
	doc = check_yaml(yaml, TODAY, NULL, &d);
	cr_assert_not_null(doc, "the fixture did not load");
}

/* ---- lookups ---------------------------------------------------------------- */

Test(model, persoon_lookup)
{
	load(HEAD);
	cr_assert_not_null(opp_doc_persoon(doc, "ib"));
	cr_expect_str_eq(opp_doc_persoon(doc, "ib")->naam.s, "Bea Smit");
	cr_expect_str_eq(opp_doc_persoon(doc, "ouders")->naam.s, "Ouders van Sam");
	cr_expect_null(opp_doc_persoon(doc, "i"), "no prefix match");
	cr_expect_null(opp_doc_persoon(doc, "ibb"));
	cr_expect_null(opp_doc_persoon(doc, ""));
	cr_expect_null(opp_doc_persoon(doc, NULL));
	cr_expect_null(opp_doc_persoon(doc, "IB"), "ids are case-sensitive");
}

/* The first of duplicate ids wins (the others are a ref finding), for
 * people and goals alike, however many there are. */
Test(model, first_of_duplicate_ids_wins)
{
	load(HEAD "doelen:\n"
	          "  - id: a\n    doel: Eerste a\n    termijn: 2027-01-01\n"
	          "  - id: b\n    doel: Eerste b\n    termijn: 2027-01-01\n"
	          "  - id: a\n    doel: Tweede a\n    termijn: 2027-01-01\n"
	          "  - id: a\n    doel: Derde a\n    termijn: 2027-01-01\n");
	cr_expect_str_eq(opp_doc_persoon(doc, "lk")->naam.s, "Ans de Vries");
	cr_expect_eq(opp_doc_persoon(doc, "lk"), &doc->betrokkenen.v[0]);
	cr_expect_eq(opp_doc_doel(doc, "a"), &doc->doelen.v[0]);
	cr_expect_eq(opp_doc_doel(doc, "b"), &doc->doelen.v[1]);
	cr_expect_null(opp_doc_doel(doc, "c"));
	cr_expect_null(opp_doc_doel(doc, NULL));
	cr_expect_eq(fired(&d, OPP_RULE_REF, 0), 3, "the later duplicates are reported");
}

/* Many people with the same id: still the first. */
Test(model, first_of_many_duplicates_wins)
{
	struct opp_buf b = OPP_BUF_INIT;

	opp_buf_puts(&b, "opp: 1\nleerling:\n  naam: Sam\n  school: X\nregie:\n  opp: ib\nbetrokkenen:\n");
	for (int i = 0; i < 200; i++)
		opp_buf_printf(&b, "  - id: %s\n    naam: Persoon %d\n    rol: leerkracht\n",
		               i % 3 ? "dup" : "ib", i);
	load(b.ptr);
	cr_expect_str_eq(opp_doc_persoon(doc, "dup")->naam.s, "Persoon 1");
	cr_expect_str_eq(opp_doc_persoon(doc, "ib")->naam.s, "Persoon 0");
	opp_buf_release(&b);
}

/* ---- items per goal --------------------------------------------------------------- */

#define ITEM(id, goals)                                                                                      \
	"  - id: " id "\n"                                                                                   \
	"    doelen: [" goals "]\n"                                                                          \
	"    wat: Ondersteuning\n"                                                                           \
	"    wie: lk\n"                                                                                      \
	"    start: 2026-10-12\n"                                                                            \
	"    bekostiging: {door: school, grondslag: basisondersteuning, status: toegekend}\n"

#define GOALS                                                                                                \
	"doelen:\n"                                                                                          \
	"  - id: a\n    doel: Doel a\n    termijn: 2027-01-01\n"                                             \
	"  - id: b\n    doel: Doel b\n    termijn: 2027-01-01\n"                                             \
	"  - id: c\n    doel: Doel c\n    termijn: 2027-01-01\n"

Test(model, inzet_voor_each_item_once_in_file_order)
{
	size_t n;
	const size_t *v;

	load(HEAD GOALS "arrangement:\n" ITEM("x", "b, a, b") ITEM("y", "a") ITEM("z", "onbekend, a, a"));
	v = opp_doc_inzet_voor(doc, opp_doc_doel(doc, "a"), &n);
	cr_assert_eq(n, 3);
	cr_expect_eq(v[0], 0);
	cr_expect_eq(v[1], 1);
	cr_expect_eq(v[2], 2);
	v = opp_doc_inzet_voor(doc, opp_doc_doel(doc, "b"), &n);
	cr_assert_eq(n, 1, "an item naming b twice serves it once");
	cr_expect_eq(v[0], 0);
	opp_doc_inzet_voor(doc, opp_doc_doel(doc, "c"), &n);
	cr_expect_eq(n, 0);

	cr_expect(opp_inzet_dient(doc, &doc->arrangement.v[0], opp_doc_doel(doc, "a")));
	cr_expect(opp_inzet_dient(doc, &doc->arrangement.v[0], opp_doc_doel(doc, "b")));
	cr_expect(!opp_inzet_dient(doc, &doc->arrangement.v[1], opp_doc_doel(doc, "b")));
	cr_expect(opp_inzet_dient(doc, &doc->arrangement.v[2], opp_doc_doel(doc, "a")));
	cr_expect(!opp_inzet_dient(doc, &doc->arrangement.v[2], opp_doc_doel(doc, "c")));
}

/* A duplicate goal id: its items belong to the first goal of that id. */
Test(model, inzet_voor_duplicate_goal)
{
	size_t n;

	load(HEAD "doelen:\n"
	          "  - id: a\n    doel: Doel a\n    termijn: 2027-01-01\n"
	          "  - id: a\n    doel: Nog een a\n    termijn: 2027-01-01\n"
	          "arrangement:\n" ITEM("x", "a"));
	opp_doc_inzet_voor(doc, &doc->doelen.v[0], &n);
	cr_expect_eq(n, 1);
	opp_doc_inzet_voor(doc, &doc->doelen.v[1], &n);
	cr_expect_eq(n, 0);
}

/* ---- uitkomsten per goal ----------------------------------------------------------- */

#define EVAL(datum, uit)                                                                                     \
	"  - datum: " datum "\n"                                                                             \
	"    soort: evaluatie\n"                                                                             \
	"    doel: Evalueren\n"                                                                              \
	"    genodigden: [ouders, ib]\n"                                                                     \
	"    aanwezig: [ouders, ib]\n"                                                                       \
	"    verslag: Besproken.\n"                                                                          \
	"    uitkomsten: {" uit "}\n"

/* By meeting date, oldest first, whatever the file order; the same date
 * in file order; a meeting without a valid date and unknown goals left
 * out. */
Test(model, uitkomsten_in_meeting_order)
{
	size_t n;
	const struct opp_uitkomst_ref *u;

	load(HEAD GOALS "overleggen:\n" EVAL("2026-10-20", "a: deels, b: behaald")
	             EVAL("2026-09-01", "a: niet-behaald, onbekend: behaald") EVAL("2026-10-20", "a: gestopt")
	                     EVAL("2026-02-30", "a: behaald") EVAL("2026-09-15", "c: deels"));
	u = opp_doc_uitkomsten(doc, opp_doc_doel(doc, "a"), &n);
	cr_assert_eq(n, 3);
	cr_expect_str_eq(u[0].o->datum.s, "2026-09-01");
	cr_expect_eq(u[0].p->value.i, OPP_UIT_NIET_BEHAALD);
	cr_expect_eq(u[1].o, &doc->overleggen.v[0], "the same date: file order");
	cr_expect_eq(u[1].p->value.i, OPP_UIT_DEELS);
	cr_expect_eq(u[2].o, &doc->overleggen.v[2]);
	cr_expect_eq(u[2].p->value.i, OPP_UIT_GESTOPT);
	u = opp_doc_uitkomsten(doc, opp_doc_doel(doc, "b"), &n);
	cr_assert_eq(n, 1);
	cr_expect_eq(u[0].p->value.i, OPP_UIT_BEHAALD);
	u = opp_doc_uitkomsten(doc, opp_doc_doel(doc, "c"), &n);
	cr_assert_eq(n, 1);
	cr_expect_str_eq(u[0].o->datum.s, "2026-09-15");
}

Test(model, uitkomsten_none)
{
	size_t n = 99;

	load(HEAD GOALS);
	opp_doc_uitkomsten(doc, opp_doc_doel(doc, "a"), &n);
	cr_expect_eq(n, 0);
}

/* ---- the walk: every written scalar once, with its field ------------------------------ */

/* Every kind of field: a person in a list and in a scalar, goals in a list
 * and as PAIRS keys, arrangement.wie, dates that happened, a birth date,
 * personal data, text. */
#define RICH                                                                                                 \
	HEAD "signalen: [verzuim]\n"                                                                         \
	     "waarneming:\n"                                                                                 \
	     "  hypothesen: [Een, Twee]\n"                                                                   \
	     "  ouders_geinformeerd: 2026-09-20\n"                                                           \
	     "overleggen:\n"                                                                                 \
	     "  - datum: 2026-10-06\n"                                                                       \
	     "    soort: ot\n"                                                                               \
	     "    doel: Bespreken\n"                                                                         \
	     "    voorzitter: lk\n"                                                                          \
	     "    genodigden: [ouders, ib]\n"                                                                \
	     "    toestemming: 2026-10-01\n"                                                                 \
	     "    kindgesprek: {datum: 2026-10-02, door: lk}\n"                                              \
	     "    uitkomsten: {a: deels}\n" GOALS "    gesteld: 2026-10-06\n"                                \
	     "    voortgang:\n"                                                                              \
	     "      - {datum: 2026-10-20, door: lk, waarde: 3}\n"                                            \
	     "arrangement:\n" ITEM(                                                                          \
	             "x", "a, b") "    eind: 2027-01-01\n"                                                   \
	                          "afspraken:\n"                                                             \
	                          "  - {id: bel, wie: ib, wat: Belt, uiterlijk: 2026-11-20, "                \
	                          "terugkoppeling: [ouders], gedaan: "                                       \
	                          "2026-10-30}\n"                                                            \
	                          "ondertekening:\n"                                                         \
	                          "  ouders: [2026-10-08, {datum: 2026-10-09, handelingsdeel: 'sha256:"      \
	                          "0000000000000000000000000000000000000000000000000000000000000000'}]\n"    \
	                          "  school: 2026-10-08\n"                                                   \
	                          "x-eigen: genegeerd\n"

struct seen {
	struct opp_buf b[8]; /* per flag below: "shape.key=value;" in walk order */
	size_t visits, bad_field;
};

static const unsigned flags[8] = {OPP_F_PERSON, OPP_F_GOAL, OPP_F_WHO,      OPP_F_PAST,
                                  OPP_F_BIRTH,  OPP_F_TEXT, OPP_F_PERSONAL, OPP_F_DEFINES};

static void
visit(void *ctx, const struct opp_shape *sh, const struct opp_field *f, const struct opp_val *v,
      bool pair_key)
{
	struct seen *s = ctx;
	bool ours = false;

	for (const struct opp_field *g = sh->fields; g->key; g++)
		ours |= g == f;
	s->bad_field += !ours || !v->s;
	s->visits++;
	for (size_t i = 0; i < 8; i++)
		if ((f->flags & flags[i]) && !(f->type == OPP_T_PAIRS && !pair_key && flags[i] == OPP_F_GOAL))
			opp_buf_printf(&s->b[i], "%s.%s=%s;", sh->name, f->key, v->s);
}

Test(model, walk_visits_exactly_the_flagged_fields)
{
	struct seen s = {0};
	static const char *const want[8] = {
	        /* person */
	        "regie.opp=ib;betrokkenen.id=lk;betrokkenen.id=ib;betrokkenen.id=lk;betrokkenen.id=ouders;"
	        "overleggen.voorzitter=lk;overleggen.genodigden=ouders;overleggen.genodigden=ib;"
	        "kindgesprek.door=lk;voortgang.door=lk;afspraken.wie=ib;afspraken.terugkoppeling=ouders;",
	        /* goal: ids defined and used, uitkomsten keys */
	        "overleggen.uitkomsten=a;doelen.id=a;doelen.id=b;doelen.id=c;arrangement.doelen=a;"
	        "arrangement.doelen=b;",
	        /* who */
	        "arrangement.wie=lk;",
	        /* past */
	        "waarneming.ouders_geinformeerd=2026-09-20;overleggen.toestemming=2026-10-01;"
	        "kindgesprek.datum=2026-10-02;doelen.gesteld=2026-10-06;voortgang.datum=2026-10-20;"
	        "afspraken.gedaan=2026-10-30;ondertekening.datum=2026-10-08;ondertekening.datum=2026-10-09;"
	        "ondertekening.datum=2026-10-08;",
	        /* birth */
	        "leerling.geboortedatum=2015-03-01;",
	        /* text */
	        "waarneming.hypothesen=Een;waarneming.hypothesen=Twee;overleggen.doel=Bespreken;doelen.doel="
	        "Doel "
	        "a;doelen.doel=Doel b;doelen.doel=Doel c;arrangement.wat=Ondersteuning;afspraken.wat=Belt;",
	        /* personal */
	        "leerling.naam=Sam;leerling.geboortedatum=2015-03-01;leerling.school=De "
	        "Linde;betrokkenen.naam=Ans de Vries;betrokkenen.naam=Bea Smit;"
	        "betrokkenen.email=b.smit@school.example;betrokkenen.naam=Tweede Leerkracht;"
	        "betrokkenen.naam=Ouders van Sam;",
	        /* defines */
	        "betrokkenen.id=lk;betrokkenen.id=ib;betrokkenen.id=lk;betrokkenen.id=ouders;doelen.id=a;"
	        "doelen.id=b;doelen.id=c;arrangement.id=x;afspraken.id=bel;",
	};

	load(RICH);
	for (size_t i = 0; i < 8; i++)
		opp_buf_init(&s.b[i]);
	opp_doc_walk(doc, visit, &s);
	cr_expect_eq(s.bad_field, 0, "every visit has a written value and its own shape's field");
	for (size_t i = 0; i < 8; i++) {
		cr_expect_str_eq(s.b[i].ptr ? s.b[i].ptr : "", want[i], "flag %#x", flags[i]);
		opp_buf_release(&s.b[i]);
	}
	/* Every scalar once, counted by hand: the head 18, signalen 1,
	 * waarneming 3, the meeting 11 (an uitkomst is a key and a value),
	 * the goals 9 + gesteld 1 + a note 3, the item 10, the afspraak 6,
	 * the agreements 4 (a signature is a datum and a digest); not x-. */
	cr_expect_eq(s.visits, 66, "visits: %zu", s.visits);
}

static void
count_dates(void *ctx, const struct opp_shape *sh, const struct opp_field *f, const struct opp_val *v,
            bool pair_key)
{
	*(size_t *)ctx += f->type == OPP_T_DATE;
}

static void
count_visits(void *ctx, const struct opp_shape *sh, const struct opp_field *f, const struct opp_val *v,
             bool pair_key)
{
	cr_expect_eq(f->type, OPP_T_DATE, "%s.%s is no date", sh->name, f->key);
	*(size_t *)ctx += 1;
}

/* A walk by flags or types visits exactly the fields a full walk would
 * with those flags or types, in the same order (rules ref and datums walk
 * this way). */
Test(model, walk_only_visits_the_fields_asked_for)
{
	for (size_t i = 0; i < 8; i++) {
		struct seen all = {0}, only = {0};
		for (size_t k = 0; k < 8; k++) {
			opp_buf_init(&all.b[k]);
			opp_buf_init(&only.b[k]);
		}
		load(RICH);
		opp_doc_walk(doc, visit, &all);
		opp_doc_walk_only(doc, flags[i], 0, visit, &only);
		cr_expect_str_eq(only.b[i].ptr ? only.b[i].ptr : "", all.b[i].ptr ? all.b[i].ptr : "",
		                 "flag %#x", flags[i]);
		cr_expect_lt(only.visits, all.visits, "flag %#x: not every value", flags[i]);
		for (size_t k = 0; k < 8; k++) {
			opp_buf_release(&all.b[k]);
			opp_buf_release(&only.b[k]);
		}
		opp_doc_free(doc);
		doc = NULL;
	}
	{
		size_t n[2] = {0, 0}; /* dates in a full walk; visits of the walk by type */
		load(RICH);
		opp_doc_walk(doc, count_dates, &n[0]);
		opp_doc_walk_only(doc, 0, 1u << OPP_T_DATE, count_visits, &n[1]);
		cr_expect_gt(n[0], 0);
		cr_expect_eq(n[1], n[0], "the walk by type visits the %zu dates: %zu", n[0], n[1]);
	}
}

/* Absent and empty keys are not visited. */
Test(model, walk_skips_what_is_missing)
{
	struct seen s = {0};

	load("opp: 1\nleerling:\n  naam: Sam\n  school: X\n  groep: \"\"\n  gemeente: ~\nregie:\n  opp: ib\n"
	     "betrokkenen:\n  - id: ib\n    naam: Bea\n    rol: intern-begeleider\n    email:\n");
	for (size_t i = 0; i < 8; i++)
		opp_buf_init(&s.b[i]);
	opp_doc_walk(doc, visit, &s);
	cr_expect_eq(s.bad_field, 0);
	cr_expect_eq(s.visits, 7, "opp, naam, school, regie.opp, id, naam, rol: %zu", s.visits);
	for (size_t i = 0; i < 8; i++)
		opp_buf_release(&s.b[i]);
}

/* ---- the shape table ---------------------------------------------------------------- */

/* Every shape reachable from the document, once (the signature's shape
 * too). */
static size_t
shapes(const struct opp_shape *sh, const struct opp_shape **out, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (out[i] == sh)
			return n;
	out[n++] = sh;
	for (const struct opp_field *f = sh->fields; f->key; f++)
		if (f->shape)
			n = shapes(f->shape, out, n);
	return n;
}

static size_t
all_shapes(const struct opp_shape **out)
{
	size_t n = shapes(&opp_doc_shape, out, 0);
	return shapes(&opp_akkoord_shape, out, n);
}

/* A few words that show an English sentence slipped in. */
static bool
looks_english(const char *s)
{
	static const char *const words[] = {" the ",  " and ",  " which ", " when ",
	                                    " must ", " with ", "The "};

	for (size_t i = 0; i < sizeof(words) / sizeof(*words); i++)
		if (strstr(s, words[i]))
			return true;
	return false;
}

Test(model, every_field_has_a_dutch_description)
{
	const struct opp_shape *sh[64];
	size_t n = all_shapes(sh), fields = 0;

	cr_assert_gt(n, 15);
	for (size_t i = 0; i < n; i++) {
		cr_expect(sh[i]->desc && *sh[i]->desc, "shape %s has no description", sh[i]->name);
		cr_expect(!sh[i]->desc || !looks_english(sh[i]->desc), "shape %s: %s", sh[i]->name,
		          sh[i]->desc);
		for (const struct opp_field *f = sh[i]->fields; f->key; f++, fields++) {
			cr_expect(f->desc && *f->desc, "%s.%s has no description", sh[i]->name, f->key);
			cr_expect(!f->desc || !looks_english(f->desc), "%s.%s: %s", sh[i]->name, f->key,
			          f->desc);
		}
	}
	cr_expect_gt(fields, 90);
}

/* ---- the JSON Schema: exactly the keys of the shape table --------------------------------
 * A tiny JSON reader: enough to walk the schema and collect, for every
 * object that is the value of a member "properties", its member names. */

struct json {
	const char *p;
	char **objs; /* per "properties" object: its names, sorted, joined by ',' */
	size_t n;
};

static void
ws(struct json *j)
{
	while (*j->p == ' ' || *j->p == '\n' || *j->p == '\t' || *j->p == '\r')
		j->p++;
}

/* A string: its raw text (escapes kept; property names have none). */
static char *
str(struct json *j)
{
	const char *s;
	char *out;

	cr_assert_eq(*j->p, '"', "want a string at ...%.20s", j->p);
	s = ++j->p;
	while (*j->p != '"') {
		cr_assert(*j->p, "unterminated string");
		j->p += *j->p == '\\' ? 2 : 1;
	}
	out = strndup(s, (size_t)(j->p - s));
	j->p++;
	return out;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void value(struct json *j, bool properties);

static void
object(struct json *j, bool properties)
{
	char *names[128];
	size_t n = 0;

	j->p++; /* { */
	ws(j);
	while (*j->p != '}') {
		char *k = str(j);
		ws(j);
		cr_assert_eq(*j->p, ':');
		j->p++;
		ws(j);
		value(j, strcmp(k, "properties") == 0 && !properties);
		if (properties) {
			cr_assert_lt(n, 128);
			names[n++] = k;
		} else {
			free(k);
		}
		ws(j);
		if (*j->p == ',')
			j->p++, ws(j);
	}
	j->p++;
	if (properties) {
		struct opp_buf b = OPP_BUF_INIT;
		qsort(names, n, sizeof(*names), cmp_str);
		for (size_t i = 0; i < n; i++) {
			opp_buf_printf(&b, "%s%s", i ? "," : "", names[i]);
			free(names[i]);
		}
		j->objs = realloc(j->objs, (j->n + 1) * sizeof(*j->objs));
		j->objs[j->n++] = strdup(b.ptr ? b.ptr : "");
		opp_buf_release(&b);
	}
}

/* properties: this value is the object of a "properties" member (whose
 * member names are keys, and whose values are schemas again). */
static void
value(struct json *j, bool properties)
{
	ws(j);
	if (*j->p == '{') {
		object(j, properties);
	} else if (*j->p == '[') {
		j->p++;
		ws(j);
		while (*j->p != ']') {
			value(j, false);
			ws(j);
			if (*j->p == ',')
				j->p++, ws(j);
		}
		j->p++;
	} else if (*j->p == '"') {
		free(str(j));
	} else {
		cr_assert(*j->p, "unexpected end");
		while (*j->p && !strchr(",]} \n", *j->p))
			j->p++;
	}
}

/* The same for a shape: its keys, sorted, joined by ','. */
static char *
shape_keys(const struct opp_shape *sh)
{
	char *names[128];
	size_t n = 0;
	struct opp_buf b = OPP_BUF_INIT;
	char *out;

	for (const struct opp_field *f = sh->fields; f->key; f++)
		names[n++] = (char *)f->key;
	qsort(names, n, sizeof(*names), cmp_str);
	for (size_t i = 0; i < n; i++)
		opp_buf_printf(&b, "%s%s", i ? "," : "", names[i]);
	out = strdup(b.ptr);
	opp_buf_release(&b);
	return out;
}

Test(model, schema_holds_exactly_the_keys_of_the_shape_table)
{
	struct opp_buf b = OPP_BUF_INIT;
	struct json j = {NULL, NULL, 0};
	const struct opp_shape *sh[64];
	size_t n = all_shapes(sh);
	bool matched[64] = {false};

	opp_schema_json(&b);
	j.p = b.ptr;
	value(&j, false);
	ws(&j);
	cr_expect_eq(*j.p, '\0', "one JSON value");
	/* Every object of the schema is one shape, and every shape is an
	 * object of the schema: so every key is in the schema and every
	 * property name is a key. */
	for (size_t i = 0; i < j.n; i++) {
		bool found = false;
		for (size_t k = 0; k < n; k++) {
			char *keys = shape_keys(sh[k]);
			if (strcmp(keys, j.objs[i]) == 0)
				found = matched[k] = true;
			free(keys);
		}
		cr_expect(found, "schema properties {%s} are no shape of the table", j.objs[i]);
	}
	for (size_t k = 0; k < n; k++) {
		char *keys = shape_keys(sh[k]);
		cr_expect(matched[k], "shape %s {%s} is not in the schema", sh[k]->name, keys);
		free(keys);
	}
	/* And key by key, for a readable message when one is missing. */
	for (size_t k = 0; k < n; k++)
		for (const struct opp_field *f = sh[k]->fields; f->key; f++) {
			char quoted[64];
			snprintf(quoted, sizeof(quoted), "\"%s\": {", f->key);
			cr_expect(strstr(b.ptr, quoted), "%s.%s is not in the schema", sh[k]->name, f->key);
		}
	for (size_t i = 0; i < j.n; i++)
		free(j.objs[i]);
	free(j.objs);
	opp_buf_release(&b);
}

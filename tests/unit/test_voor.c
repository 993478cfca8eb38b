/*
 * test_voor — the readers' field table (documents/voor.c) and the
 * reader's copy of a file: the table has exactly the format's fields; a
 * reader's copy holds a value only where the table lets the reader see
 * its field, and every such value of the file; the facts the documents
 * derive (a goal's status, its items, a person by id) are the same in
 * the copy; and the readers' documents begin as they should.
 */
#include <glob.h>

#include "documents/render.h"
#include "documents/voor.h"
#include "facts/handelingsdeel.h"
#include "facts/query.h"
#include "helpers.h"

/* The path-aware walk: calls fn for every value written in obj. */
typedef void visit_fn(void *ctx, const char *path, bool set);

static void
walk(const struct opp_shape *sh, const void *obj, struct opp_buf *path, visit_fn *fn, void *ctx)
{
	for (const struct opp_field *f = sh->fields; f->key; f++) {
		const char *at = (const char *)obj + f->off;
		size_t len = path->len;

		opp_buf_puts(path, f->key);
		switch (f->type) {
		case OPP_T_LIST:
			opp_buf_puts(path, "[]");
			fn(ctx, path->ptr, ((const struct opp_list *)at)->n > 0);
			break;
		case OPP_T_MAP:
			opp_buf_putc(path, '.');
			walk(f->shape, at, path, fn, ctx);
			break;
		case OPP_T_SEQ: {
			const OPP_SEQ(char) *seq = (const void *)at;
			opp_buf_puts(path, "[].");
			for (size_t i = 0; i < seq->n; i++)
				walk(f->shape, seq->v + i * f->shape->size, path, fn, ctx);
			break;
		}
		case OPP_T_PAIRS:
		case OPP_T_AKKOORD:
			fn(ctx, path->ptr, ((const OPP_SEQ(char) *)(const void *)at)->n > 0);
			break;
		default: fn(ctx, path->ptr, ((const struct opp_val *)at)->s != NULL);
		}
		path->len = len;
		path->ptr[len] = '\0';
	}
}

struct seen {
	struct opp_buf set; /* "\npath\n" of every field with a value */
	enum opp_voor r;
	size_t leaks;
};

static void
collect(void *ctx, const char *path, bool set)
{
	struct seen *s = ctx;

	if (!set)
		return;
	opp_buf_printf(&s->set, "\n%s\n", path);
	if (!opp_voor_mag(s->r, path)) {
		fprintf(stderr, "reader %s: %s has a value\n", opp_voor_names[s->r], path);
		s->leaks++;
	}
}

static struct opp_config cfg;

static struct opp_doc *
load(const char *path)
{
	struct opp_diags d;
	size_t len;
	char *text = slurp(path, &len);
	struct opp_doc *doc;

	opp_diags_init(&d);
	doc = opp_doc_load(path, text, len, &cfg, &d);
	opp_diags_release(&d);
	free(text);
	cr_assert_not_null(doc, "%s", path);
	return doc;
}

static void
setup(void)
{
	opp_config_defaults(&cfg);
}

static void
teardown(void)
{
	opp_config_release(&cfg);
}

TestSuite(voor, .init = setup, .fini = teardown);

/* The school's table is every path of the format, in its order: a new
 * field cannot be added without deciding who reads it. */
Test(voor, table_has_every_field_of_the_format)
{
	struct opp_buf a = OPP_BUF_INIT, b = OPP_BUF_INIT;

	opp_voor_paden(&a);
	opp_voor_velden(&b, OPP_VOOR_SCHOOL);
	cr_assert_str_eq(b.ptr, a.ptr);
	cr_assert(strstr(a.ptr, "\narrangement[].bekostiging.bedrag\n"));
	cr_assert(strstr(a.ptr, "\nwaarneming.hypothesen[]\n"));
	cr_assert(strstr(a.ptr, "\nondertekening.ouders\n"));
	cr_assert(!opp_voor_mag(OPP_VOOR_SCHOOL, "leerling.geboorteplaats"));
	opp_buf_release(&a);
	opp_buf_release(&b);
}

/* Spec, Readers: what each reader never gets. */
Test(voor, what_each_reader_never_sees)
{
	static const char *const never_ouders[] = {"arrangement[].bekostiging.bedrag",
	                                           "arrangement[].bekostiging.door", "betrokkenen[].email",
	                                           "betrokkenen[].telefoon", NULL};
	static const char *const never_leerling[] = {"gezinsplan.afstemming", "behoeften.ouders[]",
	                                             "betrokkenen[].telefoon", "overleggen[].verslag", NULL};
	static const char *const never_swv[] = {"betrokkenen[].email", "betrokkenen[].telefoon",
	                                        "gezinsplan.datum", "gezinsplan.afstemming", NULL};

	for (const char *const *p = never_ouders; *p; p++)
		cr_expect(!opp_voor_mag(OPP_VOOR_OUDERS, *p), "%s", *p);
	for (const char *const *p = never_leerling; *p; p++)
		cr_expect(!opp_voor_mag(OPP_VOOR_LEERLING, *p), "%s", *p);
	for (const char *const *p = never_swv; *p; p++)
		cr_expect(!opp_voor_mag(OPP_VOOR_SWV, *p), "%s", *p);
	cr_expect(opp_voor_mag(OPP_VOOR_SWV, "arrangement[].bekostiging.bedrag"));
	cr_expect(opp_voor_mag(OPP_VOOR_OUDERS, "ondertekening.ouders"));
}

/* Each reader's copy of each example and of the full fixture: a value
 * only where the table allows, and every allowed value of the file. */
Test(voor, a_readers_copy_holds_exactly_its_fields)
{
	glob_t g;
	size_t files = 0;

	cr_assert(glob("examples/*.yaml", 0, NULL, &g) == 0);
	cr_assert(glob("tests/cli/voor/vol.yaml", GLOB_APPEND, NULL, &g) == 0);
	for (size_t i = 0; i < g.gl_pathc; i++) {
		struct opp_doc *doc = load(g.gl_pathv[i]);
		struct seen all = {OPP_BUF_INIT, OPP_VOOR_SCHOOL, 0};
		struct opp_buf path = OPP_BUF_INIT;

		walk(&opp_doc_shape, doc, &path, collect, &all);
		for (int r = 0; r < OPP_VOOR_COUNT; r++) {
			struct opp_doc *copy = opp_voor_doc(doc, (enum opp_voor)r);
			struct seen s = {OPP_BUF_INIT, (enum opp_voor)r, 0};
			struct opp_buf want = OPP_BUF_INIT;
			const char *p = all.set.ptr;

			walk(&opp_doc_shape, copy, &path, collect, &s);
			cr_expect_eq(s.leaks, 0, "%s, %s", g.gl_pathv[i], opp_voor_names[r]);
			/* The allowed fields with a value in the file, in order. */
			while (*p) {
				const char *e = strchr(p + 1, '\n');
				char one[128];
				snprintf(one, sizeof(one), "%.*s", (int)(e - p - 1), p + 1);
				if (opp_voor_mag((enum opp_voor)r, one))
					opp_buf_printf(&want, "\n%s\n", one);
				p = e + 1;
			}
			cr_expect_str_eq(s.set.ptr, want.ptr, "%s, %s", g.gl_pathv[i], opp_voor_names[r]);
			/* What the documents derive from what the reader sees. */
			for (size_t k = 0; k < doc->doelen.n; k++) {
				size_t n1, n2;
				cr_expect_eq(opp_doel_status(copy, &copy->doelen.v[k], day("2026-12-01")),
				             opp_doel_status(doc, &doc->doelen.v[k], day("2026-12-01")));
				opp_doc_inzet_voor(copy, &copy->doelen.v[k], &n1);
				opp_doc_inzet_voor(doc, &doc->doelen.v[k], &n2);
				cr_expect_eq(n1, n2);
			}
			if (doc->betrokkenen.n && r != OPP_VOOR_SCHOOL)
				cr_expect_eq(opp_doc_persoon(copy, doc->betrokkenen.v[0].id.s),
				             &copy->betrokkenen.v[0],
				             "lookups find the copy's people, not the file's");
			opp_buf_release(&s.set);
			opp_buf_release(&want);
			opp_doc_free(copy);
		}
		files++;
		opp_buf_release(&all.set);
		opp_buf_release(&path);
		opp_doc_free(doc);
	}
	globfree(&g);
	cr_assert_geq(files, 4);
}

static char *
render(const struct opp_doc *doc, enum opp_voor r)
{
	struct opp_render_opts o = {.today = day("2026-12-01"), .cfg = &cfg, .voor = r};
	struct opp_buf b = OPP_BUF_INIT;

	opp_render(&b, &opp_writer_md, doc, &o);
	return opp_buf_detach(&b, NULL);
}

/* The readers' documents: their title, their words, their signature
 * page; the file itself is left as it was. */
Test(voor, documents)
{
	struct opp_doc *doc = load("tests/cli/voor/vol.yaml");
	char digest[OPP_DIGEST_SIZE];
	char *ouders = render(doc, OPP_VOOR_OUDERS), *leerling = render(doc, OPP_VOOR_LEERLING),
	     *swv = render(doc, OPP_VOOR_SWV), *school = render(doc, OPP_VOOR_SCHOOL);

	opp_handelingsdeel_digest(doc, digest);
	cr_expect(strncmp(ouders, "# Het plan voor Noor Visser\n", 28) == 0);
	cr_expect(strstr(ouders, "**Wie het overzicht houdt:** Ilse Bakker"));
	cr_expect(strstr(ouders, "## Het volgende gesprek"));
	cr_expect(strstr(ouders, "woensdag 10 februari 2027 om 14:30 uur"));
	cr_expect(strstr(ouders, digest), "the signature page names the handelingsdeel");
	cr_expect(!strstr(ouders, "2.450,50"), "no funding for the parents");
	cr_expect(!strstr(ouders, "06 1234 5678"));
	cr_expect(strncmp(leerling, "# Jouw plan\n\nHoi Noor!", 22) == 0);
	cr_expect(strstr(leerling, "## Jouw doel 1"));
	cr_expect(!strstr(leerling, "Jouw doel 2"), "only the pupil's own goals");
	cr_expect(!strstr(leerling, "Sanne Visser"), "nothing about the family");
	cr_expect(!strstr(leerling, "zondagavond"));
	cr_expect(strstr(swv, "€ 2.450,50"));
	cr_expect(strstr(swv, "SWV-2026-0815"));
	cr_expect(!strstr(swv, "sanne.visser@mail.example"));
	cr_expect(!strstr(swv, "scheiding thuis"), "no hypotheses, no gezinsplan");
	cr_expect(strstr(school, "06 1234 5678"), "the school sees everything");
	cr_expect(strstr(school, digest));
	cr_expect(opp_voor_swv_aanvraag(doc));
	cr_expect(doc->betrokkenen.v[1].telefoon.s, "the copy left the file as it was");
	free(ouders);
	free(leerling);
	free(swv);
	free(school);
	opp_doc_free(doc);
}

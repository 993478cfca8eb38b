/*
 * test_report — the caseload report (documents/report.c) and `opp list`
 * (documents/list.c): the rows of a case, of its support and of its open
 * afspraken, their typed cells, the pattern key, and the report itself in
 * each format: its tables in order although rows come case by case,
 * amounts and dates per format, a case that did not load listed with its
 * error, the patterns counted per case; and the terminal table fitted to
 * a width.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "base/utf8.h"
#include "documents/list.h"
#include "documents/report.h"
#include "helpers.h"

#define TODAY "2027-01-05"

#define CASE(naam, wat, bedrag)                                                                              \
	"opp: 1\n"                                                                                           \
	"leerling:\n"                                                                                        \
	"  naam: " naam "\n"                                                                                 \
	"  school: De Linde\n"                                                                               \
	"  groep: \"6\"\n"                                                                                   \
	"regie:\n"                                                                                           \
	"  opp: ib\n"                                                                                        \
	"betrokkenen:\n"                                                                                     \
	"  - id: ib\n"                                                                                       \
	"    naam: Ilse Bakker\n"                                                                            \
	"    rol: intern-begeleider\n"                                                                       \
	"doelen:\n"                                                                                          \
	"  - id: lezen\n"                                                                                    \
	"    doel: Ik lees\n"                                                                                \
	"    termijn: 2027-06-01\n"                                                                          \
	"  - id: klaar\n"                                                                                    \
	"    doel: Ik kon het al\n"                                                                          \
	"    status: behaald\n"                                                                              \
	"arrangement:\n"                                                                                     \
	"  - id: rt\n"                                                                                       \
	"    doelen: [lezen]\n"                                                                              \
	"    wat: \"" wat "\"\n"                                                                             \
	"    wie: ib\n"                                                                                      \
	"    start: 2026-10-01\n"                                                                            \
	"    bekostiging: {door: swv, grondslag: arrangement-swv, status: toegekend, bedrag: " bedrag "}\n"  \
	"afspraken:\n"                                                                                       \
	"  - id: bellen\n"                                                                                   \
	"    wie: ib\n"                                                                                      \
	"    wat: Ouders bellen\n"                                                                           \
	"    uiterlijk: 2026-12-20\n"                                                                        \
	"    terugkoppeling: [ib]\n"                                                                         \
	"  - id: klaar\n"                                                                                    \
	"    wie: ib\n"                                                                                      \
	"    wat: Al gedaan\n"                                                                               \
	"    uiterlijk: 2026-11-01\n"                                                                        \
	"    gedaan: 2026-10-30\n"                                                                           \
	"    terugkoppeling: [ib]\n"

static struct opp_config cfg;
static struct opp_doc *a, *b;
static struct opp_arena arena;

static struct opp_doc *
load(const char *yaml)
{
	struct opp_diags d;
	struct opp_doc *doc;

	opp_diags_init(&d);
	doc = opp_doc_load("t.yaml", yaml, strlen(yaml), &cfg, &d);
	cr_assert_not_null(doc);
	opp_diags_release(&d);
	return doc;
}

static void
setup(void)
{
	opp_config_defaults(&cfg);
	opp_arena_init(&arena);
	a = load(CASE("Sam", "Remedial  Teaching.", "1250.005"));
	b = load(CASE("Noa", "remedial teaching", "10"));
}

static void
teardown(void)
{
	opp_doc_free(a);
	opp_doc_free(b);
	opp_arena_release(&arena);
	opp_config_release(&cfg);
}

TestSuite(rows, .init = setup, .fini = teardown);

Test(rows, case_row)
{
	struct opp_case_row r;
	struct opp_cell c[32];
	size_t n;

	opp_case_row_fill(&r, &arena, "a/sam.yaml", a, NULL, &cfg, day(TODAY));
	cr_assert_str_eq(r.naam, "Sam");
	cr_assert_str_eq(r.regie, "Ilse Bakker", "the regievoerder by name");
	cr_assert_eq(r.doelen, 1, "only the active goal");
	cr_assert_eq(r.evaluatie, OPP_NODATE);
	cr_assert_geq(r.achterstallig, 1, "the afspraak past its uiterlijk");
	cr_assert(r.heeft_bedrag[OPP_FIN_SWV]);
	cr_assert_float_eq(r.bedrag[OPP_FIN_SWV], 1250.01, 1e-9, "rounded to the cent, as the documents");
	cr_assert_not(r.heeft_bedrag[OPP_FIN_SCHOOL]);
	n = opp_case_cells(&r, c);
	cr_assert_eq(n, opp_report_ncols(opp_case_cols), "one cell per column");
	cr_assert_eq(c[5].kind, OPP_CELL_COUNT);
	cr_assert_eq(c[OPP_CASE_FUNDERS + OPP_FIN_SWV].kind, OPP_CELL_EURO);
	cr_assert_eq(c[OPP_CASE_FUNDERS + OPP_FIN_SCHOOL].kind, OPP_CELL_NONE);
	cr_assert_eq(c[n - 1].kind, OPP_CELL_NONE, "no error");
}

Test(rows, a_case_that_did_not_load)
{
	struct opp_case_row r;
	struct opp_cell c[32];
	size_t n;

	opp_case_row_fill(&r, &arena, "kapot.yaml", NULL, "kapot.yaml:3: invalid YAML", &cfg, day(TODAY));
	cr_assert_str_eq(r.error, "kapot.yaml:3: invalid YAML");
	cr_assert_eq(r.stap, 0);
	n = opp_case_cells(&r, c);
	cr_assert_eq(n, opp_report_ncols(opp_case_cols));
	cr_assert_str_eq(c[0].text, "kapot.yaml");
	for (size_t i = 1; i + 1 < n; i++)
		cr_assert_eq(c[i].kind, OPP_CELL_NONE, "column %zu is empty", i);
	cr_assert_str_eq(c[n - 1].text, "kapot.yaml:3: invalid YAML", "the error in the last column");
}

Test(rows, inzet_and_afspraak_rows)
{
	struct opp_inzet_row ir;
	struct opp_afspraak_row ar;
	struct opp_cell c[32];

	opp_inzet_row_fill(&ir, &arena, "s.yaml", a, &a->arrangement.v[0]);
	cr_assert_str_eq(ir.wie, "Ilse Bakker");
	cr_assert_str_eq(ir.door, "swv");
	cr_assert_eq(opp_inzet_cells(&ir, c), opp_report_ncols(opp_inzet_cols));
	cr_assert_eq(c[8].kind, OPP_CELL_DATE, "start");
	cr_assert_eq(c[8].day, day("2026-10-01"));
	cr_assert_eq(c[13].kind, OPP_CELL_EURO, "bedrag");
	opp_afspraak_row_fill(&ar, &arena, "s.yaml", a, &a->afspraken.v[0], day(TODAY));
	cr_assert_str_eq(ar.status, "te laat");
	cr_assert_eq(ar.dagen_te_laat, 16);
	cr_assert_eq(opp_afspraak_cells(&ar, c), opp_report_ncols(opp_afspraak_cols));
	cr_assert_eq(c[8].kind, OPP_CELL_COUNT);
	opp_afspraak_row_fill(&ar, &arena, "s.yaml", a, &a->afspraken.v[0], day("2026-12-20"));
	cr_assert_str_eq(ar.status, "open", "due today is not late");
	opp_afspraak_cells(&ar, c);
	cr_assert_eq(c[8].kind, OPP_CELL_NONE);
}

static void
assert_key(const char *wat, const char *want)
{
	char *k = opp_patroon_key(wat);
	cr_assert_str_eq(k, want, "key of '%s'", wat);
	free(k);
}

Test(rows, pattern_key)
{
	assert_key("  Remedial \t Teaching.  ", "remedial teaching");
	assert_key("ÉÉN OP ÉÉN", "één op één");
	assert_key("Ωμέγα", "ωμέγα");
	assert_key("Enz...", "enz...");
	assert_key("\xff", "\xff");
	assert_key(NULL, "");
}

/* ---- the report ------------------------------------------------------------ */

static char *
report(const struct opp_writer *w)
{
	struct opp_render_opts o = {day(TODAY), &cfg, 0};
	char *out = NULL, *err = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	struct opp_report *r = opp_report_open(w, NULL, f, &o, &err);

	cr_assert_not_null(r, "%s", err ? err : "");
	opp_report_add(r, "a/sam.yaml", a, NULL, NULL);
	opp_report_add(r, "kapot.yaml", NULL, "kapot.yaml:3: invalid YAML", NULL);
	opp_report_add(r, "b/noa.yaml", b, NULL, NULL);
	cr_assert(opp_report_close(r, &err), "%s", err ? err : "");
	fclose(f);
	return out;
}

Test(rows, report_tables_in_order)
{
	char *md = report(&opp_writer_md);
	const char *over = strstr(md, "\n## overzicht\n"), *arr = strstr(md, "\n## arrangement\n"),
	           *afs = strstr(md, "\n## afspraken\n"), *pat = strstr(md, "\n## patronen\n");

	cr_assert(strncmp(md, "# Overzicht casussen\n\nPeildatum: 2027-01-05\n", 42) == 0);
	cr_assert(over && arr && afs && pat && over < arr && arr < afs && afs < pat);
	/* every case's overview row before the arrangement table, the items
	 * of both cases in it, in case order */
	cr_assert(strstr(over, "| b/noa.yaml | Noa |") < arr);
	cr_assert(strstr(over, "| kapot.yaml |  |") < arr, "the broken case is listed");
	cr_assert(strstr(over, "invalid YAML |") < arr);
	cr_assert(strstr(arr, "| a/sam.yaml | Sam | rt |") < strstr(arr, "| b/noa.yaml | Noa | rt |"));
	cr_assert(strstr(arr, "| € 1.250,01 |"), "amounts as the documents show them");
	cr_assert(strstr(arr, "| 2026-10-01 |"));
	cr_assert(strstr(afs, "| a/sam.yaml | Sam | bellen | Ilse Bakker | Ouders bellen | 2026-12-20 |"));
	cr_assert_null(strstr(afs, "Al gedaan"), "open afspraken only");
	cr_assert(strstr(pat, "| remedial teaching | 2 | 2 | swv |"), "one kind, in two cases");
	cr_assert(strstr(pat, "|---|---:|---:|---|"), "counts right-aligned");
	free(md);
}

Test(rows, report_html_and_workbook)
{
	struct opp_render_opts o = {day(TODAY), &cfg, 0};
	char *html = report(&opp_writer_html), *err = NULL;
	char path[] = "/tmp/opp-test-report-XXXXXX";
	int fd = mkstemp(path);
	struct opp_report *r;
	char magic[2] = {0};
	FILE *f;

	cr_assert(strstr(html, "<title>Overzicht casussen 2027-01-05</title>"));
	cr_assert(strstr(html, "<td><time datetime=\"2026-12-20\">2026-12-20</time></td>"));
	cr_assert(strstr(html, "<td class=\"r\">€ 1.250,01</td>"));
	cr_assert(strstr(html, "</table>\n</body>\n</html>\n"));
	free(html);

	cr_assert_geq(fd, 0);
	close(fd);
	r = opp_report_open(NULL, path, NULL, &o, &err);
	cr_assert_not_null(r);
	opp_report_add(r, "a/sam.yaml", a, NULL, NULL);
	cr_assert(opp_report_close(r, &err), "%s", err ? err : "");
	f = fopen(path, "rb");
	cr_assert(f && fread(magic, 1, 2, f) == 2);
	cr_assert(magic[0] == 'P' && magic[1] == 'K', "a zip file");
	fclose(f);
	unlink(path);
}

Test(rows, report_write_failure)
{
	struct opp_render_opts o = {day(TODAY), &cfg, 0};
	char *err = NULL;
	FILE *f = fopen("/dev/full", "w");
	struct opp_report *r;

	if (!f)
		return; /* no /dev/full here */
	r = opp_report_open(&opp_writer_md, NULL, f, &o, &err);
	for (int i = 0; i < 2000; i++)
		opp_report_add(r, "a/sam.yaml", a, NULL, NULL);
	cr_assert_not(opp_report_close(r, &err));
	cr_assert(err && strstr(err, "cannot write the report"), "%s", err ? err : "(none)");
	free(err);
	fclose(f);
}

/* ---- opp list ---------------------------------------------------------------- */

Test(rows, list_fits_the_terminal)
{
	struct opp_case_row rows[2];
	struct opp_buf out = OPP_BUF_INIT;
	const char *l2;

	opp_case_row_fill(&rows[0], &arena, "school-a/groep-6/sam.yaml", a, NULL, &cfg, day(TODAY));
	opp_case_row_fill(&rows[1], &arena, "kapot.yaml", NULL, "kapot.yaml:3: invalid YAML", &cfg,
	                  day(TODAY));
	opp_list_cases(&out, rows, 2, 0);
	cr_assert(strncmp(out.ptr, "file                       pupil", 32) == 0, "%s", out.ptr);
	cr_assert(strstr(out.ptr, "\nkapot.yaml                 error: kapot.yaml:3: invalid YAML\n"));
	opp_buf_reset(&out);
	opp_list_cases(&out, rows, 2, 70);
	l2 = strchr(out.ptr, '\n') + 1;
	cr_assert(strncmp(l2, "…", strlen("…")) == 0, "a cut path keeps its end: %s", l2);
	for (const char *p = out.ptr; *p; p = strchr(p, '\n') + 1) {
		size_t n = (size_t)(strchr(p, '\n') - p);
		char *line = strndup(p, n);
		cr_assert_leq(opp_utf8_width(line), 70, "line within 70: %s", line);
		free(line);
		cr_assert(n == 0 || p[n - 1] != ' ', "no trailing blank");
	}
	opp_buf_reset(&out);
	opp_list_cases(&out, rows, 0, 60);
	cr_assert_eq(out.len, 0, "no cases, no table");
	opp_buf_release(&out);
}

/* ---- progress per goal (sheet voortgang, overview "zonder voortgang") --- */

#define GOAL_CASE(notes)                                                                                     \
	"opp: 1\nleerling: {naam: Sam, school: De Linde}\nregie: {opp: ib}\n"                                \
	"betrokkenen:\n  - {id: ib, naam: Ilse Bakker, rol: intern-begeleider}\n"                            \
	"doelen:\n  - id: lezen\n    doel: Ik lees\n    domein: taal\n    termijn: 2027-06-01\n"             \
	"    gesteld: 2026-12-01\n    beginwaarde: 0\n    streefwaarde: 10\n" notes

static bool
quiet(const char *yaml, const char *as_of)
{
	struct opp_doc *doc = load(yaml);
	struct opp_voortgang_row g;
	struct opp_case_row r;

	opp_voortgang_row_fill(&g, &arena, "s.yaml", doc, &doc->doelen.v[0], &cfg, day(as_of));
	opp_case_row_fill(&r, &arena, "s.yaml", doc, NULL, &cfg, day(as_of));
	cr_assert_eq(r.zonder_voortgang, g.stil ? 1u : 0u, "the overview counts what the rows say");
	opp_doc_free(doc);
	return g.stil;
}

Test(rows, quiet_goals_after_twice_voortgang_dagen)
{
	/* voortgang_dagen 7 (the default): quiet after 14 days without a
	 * note, counted from the setting before the first note. */
	cr_assert_not(quiet(GOAL_CASE(""), "2026-12-15"), "14 days after its setting");
	cr_assert(quiet(GOAL_CASE(""), "2026-12-16"), "15 days");
	cr_assert_not(
	        quiet(GOAL_CASE("    voortgang:\n      - {datum: 2026-12-10, door: ib}\n"), "2026-12-24"),
	        "a note without a value counts too");
	cr_assert(quiet(GOAL_CASE("    voortgang:\n      - {datum: 2026-12-10, door: ib}\n"), "2026-12-25"));
	cfg.voortgang_dagen = 10;
	cr_assert_not(quiet(GOAL_CASE(""), "2026-12-21"), "the period follows the config");
	cfg.voortgang_dagen = 7;
}

Test(rows, voortgang_row)
{
	struct opp_doc *doc =
	        load(GOAL_CASE("    voortgang:\n      - {datum: 2026-12-11, door: ib, waarde: 1}\n"
	                       "      - {datum: 2026-12-20, door: ib, tekst: x}\n"));
	struct opp_voortgang_row g;
	struct opp_cell c[16];
	size_t n;

	opp_voortgang_row_fill(&g, &arena, "s.yaml", doc, &doc->doelen.v[0], &cfg, day("2027-01-05"));
	cr_assert_str_eq(g.id, "lezen");
	cr_assert_str_eq(g.domein, "taal");
	cr_assert_str_eq(g.koers, "op koers", "1 on 2026-12-11, where the line expects 0.55");
	cr_assert_eq(g.laatste, day("2026-12-20"), "the last note, with or without a value");
	cr_assert_eq(g.dagen, 16);
	n = opp_voortgang_cells(&g, c);
	cr_assert_eq(n, opp_report_ncols(opp_voortgang_cols));
	cr_assert_eq(c[5].kind, OPP_CELL_DATE, "a real date in the workbook");
	cr_assert_eq(c[6].kind, OPP_CELL_COUNT);
	opp_doc_free(doc);
}

/*
 * test_report — the caseload report (documents/report.c) and `opp list`
 * (documents/list.c): the rows of a case, of its support and of its open
 * afspraken, their typed cells, the pattern key, and the report itself in
 * each format: its tables in order although rows come case by case,
 * amounts and dates per format, a case that did not load listed with its
 * error, a case with errors never shown at a step, broken files first,
 * the patterns counted per case; and the terminal table fitted to a
 * width.
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

/* How the files fared: one that is not YAML, one with errors. */
static const struct opp_case_check kapot = {true, 1, 0, "kapot.yaml:3: invalid YAML"};
static const struct opp_case_check fouten = {false, 12, 1, "b/noa.yaml:4: unknown key 'doele'"};
static const struct opp_case_check waarschuwing = {false, 0, 2, NULL};

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
	cr_assert_eq(c[1].kind, OPP_CELL_NONE, "not checked: no counts");
	cr_assert_eq(c[7].kind, OPP_CELL_COUNT, "stap");
	cr_assert_eq(c[7].num, 7);
	cr_assert_eq(c[OPP_CASE_FUNDERS + OPP_FIN_SWV].kind, OPP_CELL_EURO);
	cr_assert_eq(c[OPP_CASE_FUNDERS + OPP_FIN_SCHOOL].kind, OPP_CELL_NONE);
	cr_assert_eq(c[n - 1].kind, OPP_CELL_NONE, "no error");
}

Test(rows, a_case_that_did_not_load)
{
	struct opp_case_row r;
	struct opp_cell c[32];
	size_t n;

	opp_case_row_fill(&r, &arena, "kapot.yaml", NULL, &kapot, &cfg, day(TODAY));
	cr_assert_str_eq(r.error, "kapot.yaml:3: invalid YAML");
	cr_assert_eq(r.stap, 0);
	cr_assert_eq(opp_case_rank(&r), 0, "first of all");
	n = opp_case_cells(&r, c);
	cr_assert_eq(n, opp_report_ncols(opp_case_cols));
	cr_assert_str_eq(c[0].text, "kapot.yaml");
	cr_assert_eq(c[1].kind, OPP_CELL_TEXT);
	cr_assert_str_eq(c[1].text, "unreadable", "not '1 error': it did not load");
	for (size_t i = 2; i + 1 < n; i++)
		cr_assert_eq(c[i].kind, OPP_CELL_NONE, "column %zu is empty", i);
	cr_assert_str_eq(c[n - 1].text, "kapot.yaml:3: invalid YAML", "the error in the last column");
}

/* A file with twelve errors is no step-9 case: who it is about, its
 * counts and its first error, nothing derived from it. */
Test(rows, a_case_with_errors_is_at_no_step)
{
	struct opp_case_row r;
	struct opp_cell c[32];
	size_t n;

	opp_case_row_fill(&r, &arena, "b/noa.yaml", b, &fouten, &cfg, day(TODAY));
	cr_assert_str_eq(r.naam, "Noa");
	cr_assert_str_eq(r.school, "De Linde");
	cr_assert_eq(r.stap, 0);
	cr_assert_null(r.fase);
	cr_assert_eq(r.doelen, 0);
	cr_assert_eq(r.evaluatie, OPP_NODATE);
	cr_assert_not(r.heeft_bedrag[OPP_FIN_SWV]);
	cr_assert_str_eq(r.error, "b/noa.yaml:4: unknown key 'doele'");
	cr_assert_eq(opp_case_rank(&r), 1);
	n = opp_case_cells(&r, c);
	cr_assert_eq(c[1].kind, OPP_CELL_COUNT);
	cr_assert_eq(c[1].num, 12);
	cr_assert_eq(c[2].num, 1, "its warnings");
	cr_assert_str_eq(c[3].text, "Noa");
	for (size_t i = 7; i + 1 < n; i++)
		cr_assert_eq(c[i].kind, OPP_CELL_NONE, "column %zu (%s) is empty", i, opp_case_cols[i].name);
	cr_assert_str_eq(c[n - 1].text, "b/noa.yaml:4: unknown key 'doele'");

	/* warnings only: a case at its step, counted */
	opp_case_row_fill(&r, &arena, "a/sam.yaml", a, &waarschuwing, &cfg, day(TODAY));
	cr_assert_eq(r.stap, 7);
	cr_assert_null(r.error);
	cr_assert_eq(opp_case_rank(&r), 2);
	opp_case_cells(&r, c);
	cr_assert_eq(c[1].kind, OPP_CELL_COUNT);
	cr_assert_eq(c[1].num, 0);
	cr_assert_eq(c[2].num, 2);
}

/* The counts are validate's: the rules run, not only the loader. */
Test(rows, check_counts_the_findings)
{
	struct opp_diags d;
	struct opp_case_check c;
	char *first;

	opp_diags_init(&d);
	opp_diags_add(&d, 0, OPP_SEV_WARNING, (struct opp_pos){2, 1}, "a warning");
	opp_diags_add(&d, 0, OPP_SEV_ERROR, (struct opp_pos){9, 3}, "the second error");
	opp_diags_add(&d, 0, OPP_SEV_ERROR, (struct opp_pos){5, 1}, "the first error");
	first = opp_case_check_fill(&c, "x.yaml", a, &d);
	cr_assert_not(c.unreadable);
	cr_assert_eq(c.errors, 2);
	cr_assert_eq(c.warnings, 1);
	cr_assert_str_eq(c.first, "x.yaml:5: the first error", "by position, errors before warnings");
	free(first);
	opp_diags_release(&d);

	opp_diags_init(&d);
	opp_diags_add(&d, 0, OPP_SEV_WARNING, (struct opp_pos){2, 1}, "a warning");
	first = opp_case_check_fill(&c, "x.yaml", a, &d);
	cr_assert_null(first, "no errors: nothing to say");
	cr_assert_null(c.first);
	first = opp_case_check_fill(&c, "x.yaml", NULL, &d);
	cr_assert(c.unreadable);
	cr_assert_str_eq(first, "x.yaml:2: a warning");
	free(first);
	opp_diags_release(&d);
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
	struct opp_render_opts o = {.today = day(TODAY), .cfg = &cfg};
	char *out = NULL, *err = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	struct opp_report *r = opp_report_open(w, NULL, f, &o, &err);

	cr_assert_not_null(r, "%s", err ? err : "");
	opp_report_add(r, "a/sam.yaml", a, NULL, NULL);
	opp_report_add(r, "kapot.yaml", NULL, &kapot, NULL);
	opp_report_add(r, "b/noa.yaml", b, &fouten, NULL);
	cr_assert(opp_report_close(r, &err), "%s", err ? err : "");
	fclose(f);
	return out;
}

Test(rows, report_tables_in_order)
{
	char *md = report(&opp_writer_md);
	const char *over = strstr(md, "\n## overview\n"), *arr = strstr(md, "\n## arrangement\n"),
	           *afs = strstr(md, "\n## agreements\n"), *pat = strstr(md, "\n## patterns\n");

	cr_assert(strncmp(md, "# Caseload overview\n\nAs of: 2027-01-05\n", 38) == 0);
	cr_assert(over && arr && afs && pat && over < arr && arr < afs && afs < pat);
	/* every case's overview row before the arrangement table, the
	 * broken files first (unreadable, then errors), the items of both
	 * cases in case order */
	{
		const char *k = strstr(over, "| kapot.yaml | unreadable |  |  |"),
		           *n = strstr(over,
		                       "| b/noa.yaml | 12 | 1 | Noa | De Linde | 6 | Ilse Bakker |  |  |"),
		           *sam = strstr(over, "| a/sam.yaml |  |  | Sam | De Linde | 6 | Ilse Bakker | 7 |");
		cr_assert(k && n && sam && k < n && n < sam && sam < arr, "%s", over);
	}
	cr_assert(strstr(over, "| kapot.yaml:3: invalid YAML |") < arr);
	cr_assert(strstr(over, "| b/noa.yaml:4: unknown key 'doele' |") < arr, "its first error");
	cr_assert(strstr(arr, "| a/sam.yaml | Sam | rt |") < strstr(arr, "| b/noa.yaml | Noa | rt |"));
	cr_assert(strstr(arr, "| € 1.250,01 |"), "amounts as the documents show them");
	cr_assert(strstr(arr, "| 2026-10-01 |"));
	cr_assert(strstr(afs, "| a/sam.yaml | Sam | bellen | Ilse Bakker | Ouders bellen | 2026-12-20 |"));
	cr_assert_null(strstr(afs, "Al gedaan"), "open afspraken only");
	/* (The words are the catalogue's English msgids here: no catalogue is
	 * bound in the unit tests; tests/cli/report has them in Dutch.)
	 * Noa's file has errors: it does not count, so Sam's support alone
	 * is no pattern (patterns are tested below) */
	cr_assert(strstr(pat, "organise a collective offer"), "what the patterns are for");
	cr_assert(strstr(
	        pat, "| pattern | pupils | school | group | kind | what |\n|---|---:|---|---|---|---|\n"));
	cr_assert_null(strstr(pat, "emedial"));
	free(md);
}

Test(rows, report_html_and_workbook)
{
	struct opp_render_opts o = {.today = day(TODAY), .cfg = &cfg};
	char *html = report(&opp_writer_html), *err = NULL;
	char path[] = "/tmp/opp-test-report-XXXXXX";
	int fd = mkstemp(path);
	struct opp_report *r;
	char magic[2] = {0};
	FILE *f;

	cr_assert(strstr(html, "<title>Caseload overview 2027-01-05</title>"));
	cr_assert(strstr(html,
	                 "<td data-label=\"due by\"><time datetime=\"2026-12-20\">2026-12-20</time></td>"));
	cr_assert(strstr(html, "<td data-label=\"amount\" class=\"r\">€ 1.250,01</td>"));
	cr_assert(strstr(html, "<table class=\"arrangement kaart\">"), "a class per section, for print");
	cr_assert(strstr(html, "@page{size:A4 landscape;"), "printed in landscape");
	cr_assert(strstr(html, "</table>\n</div>\n</body>\n</html>\n"));
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
	struct opp_render_opts o = {.today = day(TODAY), .cfg = &cfg};
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
	static const struct opp_case_check schoon = {false, 0, 0, NULL};
	struct opp_case_row rows[3];
	struct opp_buf out = OPP_BUF_INIT;
	const char *l2;

	opp_case_row_fill(&rows[0], &arena, "school-a/groep-6/sam.yaml", a, &schoon, &cfg, day(TODAY));
	opp_case_row_fill(&rows[1], &arena, "kapot.yaml", NULL, &kapot, &cfg, day(TODAY));
	opp_case_row_fill(&rows[2], &arena, "b/noa.yaml", b, &fouten, &cfg, day(TODAY));
	opp_list_cases(&out, rows, 3, 0);
	/* the broken files first, their counts beside the name; the one that
	 * did not load says so; the one with errors shows no step */
	cr_assert_str_eq(
	        out.ptr,
	        "file                       errors  warnings  pupil  group  step                      goals  "
	        "next evaluation  overdue\n"
	        "kapot.yaml                 unreadable: kapot.yaml:3: invalid YAML\n"
	        "b/noa.yaml                     12         1  Noa    6      error: b/noa.yaml:4: unknown key "
	        "'doele'\n"
	        "school-a/groep-6/sam.yaml       0         0  Sam    6      7 uitvoeren en monitoren      1  "
	        "-                      5\n",
	        "%s", out.ptr);
	opp_buf_reset(&out);
	opp_list_cases(&out, rows, 3, 72);
	l2 = strchr(strchr(out.ptr, '\n') + 1, '\n') + 1;
	l2 = strchr(l2, '\n') + 1;
	cr_assert(strncmp(l2, "…", strlen("…")) == 0, "a cut path keeps its end: %s", l2);
	for (const char *p = out.ptr; *p; p = strchr(p, '\n') + 1) {
		size_t n = (size_t)(strchr(p, '\n') - p);
		char *line = strndup(p, n);
		cr_assert_leq(opp_utf8_width(line), 72, "line within 72: %s", line);
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

/* ---- patterns ---------------------------------------------------------------- */

#define PAT_CASE(naam, school, groep, domein, behoefte, wie, eind)                                           \
	"opp: 1\n"                                                                                           \
	"leerling: {naam: " naam ", school: \"" school "\", groep: \"" groep "\"}\n"                         \
	"regie: {opp: ib}\n"                                                                                 \
	"betrokkenen:\n"                                                                                     \
	"  - {id: ib, naam: Ilse Bakker, rol: intern-begeleider}\n"                                          \
	"  - {id: jh, naam: Jan Hol, rol: jeugdhulpverlener}\n"                                              \
	"behoeften:\n"                                                                                       \
	"  leerkracht: [\"" behoefte "\"]\n"                                                                 \
	"doelen:\n"                                                                                          \
	"  - {id: a, doel: Ik speel mee, termijn: 2027-06-01, domein: " domein "}\n"                         \
	"  - {id: b, doel: Ik kon het al, termijn: 2027-06-01, domein: werkhouding, status: behaald}\n"      \
	"arrangement:\n"                                                                                     \
	"  - {id: x, doelen: [a], wat: Training, wie: \"" wie "\", start: 2026-10-01, eind: " eind ",\n"     \
	"     bekostiging: {door: gemeente, grondslag: vrij-toegankelijk, status: toegekend}}\n"             \
	"  - {id: y, doelen: [a], wat: Extra uitleg, wie: ib, start: 2026-10-01,\n"                          \
	"     bekostiging: {door: school, grondslag: basisondersteuning, status: toegekend}}\n"

/* Several pupils of one groep with the same question, whatever the case
 * and spacing of the texts (shown as first written); a goal no longer
 * active, support that ended or that the school's own people give, and
 * a pupil of another groep do not count; one pupil is no pattern. */
Test(rows, patterns_worth_acting_on)
{
	const char *yaml[] = {
	        PAT_CASE("Sam", "De Klimop", "7", "sociaal-emotioneel", "Handvatten bij onrust.", "jh",
	                 "2027-06-01"),
	        PAT_CASE("Noa", "de klimop", "7", "Sociaal-Emotioneel", "handvatten  bij onrust", "jh",
	                 "2026-11-01"),
	        PAT_CASE("Ali", "De Klimop ", "7", "sociaal-emotioneel", "Rust in de klas", "CJG, trainer",
	                 "2027-06-01"),
	        PAT_CASE("Eva", "De Klimop", "6", "sociaal-emotioneel", "Rust in de klas", "CJG, trainer",
	                 "2027-06-01"),
	};
	struct opp_patronen *p = opp_patronen_new();
	const struct opp_patroon *v;
	size_t n;

	for (size_t i = 0; i < sizeof(yaml) / sizeof(*yaml); i++) {
		struct opp_doc *d = load(yaml[i]);
		opp_patronen_add(p, d, day(TODAY));
		opp_doc_free(d);
	}
	v = opp_patronen_list(p, &n);
	cr_assert_eq(n, 2, "got %zu: %s / %s", n, n > 0 ? v[0].zin : "", n > 1 ? v[1].zin : "");
	cr_assert_str_eq(v[0].zin, "3 leerlingen in groep 7 van De Klimop met doelen in sociaal-emotioneel");
	cr_assert_eq(v[0].leerlingen, 3);
	cr_assert_str_eq(v[0].school, "De Klimop", "as first written");
	cr_assert_str_eq(v[0].groep, "7");
	cr_assert_eq(v[0].soort, OPP_PAT_DOELEN);
	cr_assert_str_eq(v[0].wat, "sociaal-emotioneel");
	cr_assert_str_eq(v[1].zin,
	                 "2 leerlingen in groep 7 van De Klimop met als behoefte van de leerkracht: "
	                 "„Handvatten bij onrust.”",
	                 "%s", v[1].zin);
	cr_assert_str_eq(opp_patroon_soort_names[v[1].soort], "behoefte leerkracht");
	/* (The words are the catalogue's English msgids here: no catalogue is
	 * bound in the unit tests; tests/cli/report has them in Dutch.)
	 * Noa's support by the jeugdhulpverlener ended, Ali's and Eva's
	 * CJG training is in two groeps, the IB'er's help is the school's */
	opp_patronen_free(p);
}

Test(rows, patterns_count_a_provider_by_role_or_as_written)
{
	const char *yaml[] = {
	        PAT_CASE("Sam", "De Klimop", "7", "werkhouding", "a", "jh", "2027-06-01"),
	        PAT_CASE("Noa", "De Klimop", "7", "leren", "b", "jh", "2027-06-01"),
	        PAT_CASE("Ali", "De Klimop", "8", "leren", "c", "CJG, trainer", "2027-06-01"),
	        PAT_CASE("Eva", "De Klimop", "8", "fysiek", "d", "cjg,  Trainer", "2027-06-01"),
	};
	struct opp_patronen *p = opp_patronen_new();
	const struct opp_patroon *v;
	size_t n;

	for (size_t i = 0; i < sizeof(yaml) / sizeof(*yaml); i++) {
		struct opp_doc *d = load(yaml[i]);
		opp_patronen_add(p, d, day(TODAY));
		opp_doc_free(d);
	}
	v = opp_patronen_list(p, &n);
	cr_assert_eq(n, 2);
	cr_assert_str_eq(v[0].zin,
	                 "2 leerlingen in groep 7 van De Klimop met ondersteuning door: jeugdhulpverlener");
	cr_assert_str_eq(v[1].zin,
	                 "2 leerlingen in groep 8 van De Klimop met ondersteuning door: CJG, trainer");
	opp_patronen_free(p);
}

/* ---- what stalls (sheet stagnatie, overview "stagnatie") ---------------- */

/* An item whose funding was applied for on 2026-09-01: no besluit after
 * besluit_weken (6) shows on 2026-10-13 and stalls from then on. */
#define STALL_CASE(bek)                                                                                      \
	"opp: 1\nleerling: {naam: Sam, school: De Linde}\nregie: {opp: ib}\n"                                \
	"betrokkenen:\n  - {id: ib, naam: Ilse Bakker, rol: intern-begeleider}\n"                            \
	"doelen:\n  - {id: lezen, doel: Ik lees, termijn: 2027-06-01}\n"                                     \
	"arrangement:\n  - id: rt\n    doelen: [lezen]\n    wat: Remedial teaching\n    wie: ib\n"           \
	"    start: 2027-02-01\n    bekostiging: {door: swv, grondslag: arrangement-swv, " bek "}\n"

static size_t
stalled(const char *yaml, const char *as_of, struct opp_stagnatie_row **rows)
{
	struct opp_doc *doc = load(yaml);
	struct opp_case_row r;
	size_t n = opp_stagnatie_rows(rows, &arena, "s.yaml", doc, &cfg, day(as_of));

	opp_case_row_fill(&r, &arena, "s.yaml", doc, NULL, &cfg, day(as_of));
	cr_assert_eq(r.stagnatie, n, "the overview counts what the rows say");
	cr_assert_eq(opp_stagnatie_rows(NULL, &arena, "s.yaml", doc, &cfg, day(as_of)), n, "counting alone");
	opp_doc_free(doc);
	return n;
}

Test(rows, stagnatie_from_the_day_it_shows)
{
	struct opp_stagnatie_row *rows;
	struct opp_cell c[32];

	cr_assert_eq(stalled(STALL_CASE("status: aangevraagd, aangevraagd: 2026-09-01"), "2026-10-12", &rows),
	             0);
	cr_assert_eq(stalled(STALL_CASE("status: aangevraagd, aangevraagd: 2026-09-01"), "2026-10-13", &rows),
	             1);
	cr_expect_eq(rows[0].dagen, 0);
	cr_assert_eq(stalled(STALL_CASE("status: aangevraagd, aangevraagd: 2026-09-01"), TODAY, &rows), 1);
	cr_expect_str_eq(rows[0].wat, "no decision on the funding");
	cr_expect_str_eq(rows[0].betreft, "rt");
	cr_expect_str_eq(rows[0].regie, "Ilse Bakker");
	cr_expect_str_eq(rows[0].leerling, "Sam");
	cr_expect_eq(rows[0].sinds, day("2026-10-13"));
	cr_expect_eq(rows[0].dagen, 84);
	cr_assert_eq(opp_stagnatie_cells(&rows[0], c), opp_report_ncols(opp_stagnatie_cols));
	cr_expect_eq(c[5].kind, OPP_CELL_DATE);
	cr_expect_eq(c[6].kind, OPP_CELL_COUNT);
	cr_expect_eq(c[6].num, 84);
	/* A besluit ends it; a refusal is a stagnation of its own. */
	cr_assert_eq(stalled(STALL_CASE("status: aangevraagd, aangevraagd: 2026-09-01, besluit: 2026-11-01"),
	                     TODAY, &rows),
	             0);
	cr_assert_eq(stalled(STALL_CASE("status: afgewezen, aangevraagd: 2026-09-01, besluit: 2026-11-01"),
	                     TODAY, &rows),
	             1);
	cr_expect_str_eq(rows[0].wat, "funding refused");
	cr_expect_eq(rows[0].dagen, 65);
}

/*
 * test_stagnatie — the four triggers of rule stagnatie and the
 * continuation items (kind einde), each on both sides of each of its
 * boundaries, seen from both ends of the one account of what is owed:
 * the finding `opp validate` reports and the item `opp due` lists.
 *
 * Spec: funding `aangevraagd` longer than `besluit_weken` without
 * `besluit`; funding `afgewezen` for an item not yet ended; `wachtlijst_tot`
 * more than `wachtlijst_weken` after the first OT; a goal `niet-behaald`
 * at two held evaluations in a row. Each is dated the day it shows, owed
 * by the regievoerder, overdue (and a finding) from the next day.
 *
 * The case: a first OT held on 2026-10-06, the goal pauze and the support
 * steun, whose bekostiging (or end, or waiting list) the tests vary; the
 * regievoerder is ib.
 */
#include <stdio.h>
#include <stdlib.h>

#include "documents/due.h"
#include "helpers.h"

#define HEAD                                                                                                 \
	"opp: 1\n"                                                                                           \
	"leerling:\n"                                                                                        \
	"  naam: Sam de Boer\n"                                                                              \
	"  school: De Linde\n"                                                                               \
	"regie:\n"                                                                                           \
	"  opp: ib\n"                                                                                        \
	"betrokkenen:\n"                                                                                     \
	"  - id: ib\n"                                                                                       \
	"    naam: Bea Smit\n"                                                                               \
	"    rol: intern-begeleider\n"                                                                       \
	"    email: b.smit@school.example\n"                                                                 \
	"  - id: ouders\n"                                                                                   \
	"    naam: Ouders van Sam\n"                                                                         \
	"    rol: ouders\n"                                                                                  \
	"  - id: lk\n"                                                                                       \
	"    naam: Ans de Vries\n"                                                                           \
	"    rol: leerkracht\n"                                                                              \
	"  - id: ortho\n"                                                                                    \
	"    naam: Otto Wolters\n"                                                                           \
	"    rol: orthopedagoog\n"                                                                           \
	"behoeften:\n"                                                                                       \
	"  leerling:\n"                                                                                      \
	"    - Een vaste volwassene in de pauze\n"                                                           \
	"integratief_beeld: Sam zoekt houvast.\n"                                                            \
	"doelen:\n"                                                                                          \
	"  - id: pauze\n"                                                                                    \
	"    doel: Ik ga in de pauze naar buiten\n"                                                          \
	"    termijn: 2028-03-01\n"                                                                          \
	"ondertekening:\n"                                                                                   \
	"  ouders: 2026-10-08\n"                                                                             \
	"  school: 2026-10-08\n"                                                                             \
	"uitstroomperspectief:\n"                                                                            \
	"  richting: vmbo-tl\n"                                                                              \
	"vastgesteld: 2026-10-09\n"

/* A meeting of overleggen, held (with its record) or planned. */
#define MEETING(datum, soort, more)                                                                          \
	"  - datum: " datum "\n"                                                                             \
	"    soort: " soort "\n"                                                                             \
	"    doel: Hoe gaat het met Sam?\n"                                                                  \
	"    genodigden:\n"                                                                                  \
	"      - ouders\n"                                                                                   \
	"      - lk\n"                                                                                       \
	"      - ib\n"                                                                                       \
	"      - ortho\n" more

#define RECORD                                                                                               \
	"    aanwezig:\n"                                                                                    \
	"      - ouders\n"                                                                                   \
	"      - ib\n"                                                                                       \
	"    verslag: Besproken.\n"

#define OT "overleggen:\n" MEETING("2026-10-06", "ot", RECORD)

/* The support steun, starting on start, paid by door with status; more
 * goes into its bekostiging, after it the item's own keys (eind,
 * wachtlijst_tot). */
#define STEUN(start, status, bek, item)                                                                      \
	"arrangement:\n"                                                                                     \
	"  - id: steun\n"                                                                                    \
	"    doelen:\n"                                                                                      \
	"      - pauze\n"                                                                                    \
	"    wat: Pauzebegeleiding\n"                                                                        \
	"    wie: lk\n"                                                                                      \
	"    start: " start "\n"                                                                             \
	"    overbrugging: De leerkracht staat bij de deur.\n"                                               \
	"    bekostiging:\n"                                                                                 \
	"      door: swv\n"                                                                                  \
	"      grondslag: arrangement-swv\n"                                                                 \
	"      status: " status "\n" bek item

static struct opp_config cfg;
static struct opp_diags d;
static struct opp_due_list L;
static char *text;

static void
setup(void)
{
	opp_config_defaults(&cfg);
	opp_diags_init(&d);
	opp_due_init(&L);
	text = NULL;
}

static void
teardown(void)
{
	opp_due_release(&L);
	opp_diags_release(&d);
	opp_config_release(&cfg);
	free(text);
}

TestSuite(stagnatie, .init = setup, .fini = teardown);

/* Validate HEAD + extra as of today and collect its due items up to
 * today + window days (window < 0: overdue only, as `opp due` without
 * --within). */
static void
run(const char *extra, const char *today, int window)
{
	struct opp_doc *doc;
	int32_t t = day(today);

	opp_due_release(&L);
	opp_diags_release(&d);
	free(text);
	text = malloc(strlen(HEAD) + strlen(extra) + 1);
	cr_assert(text);
	strcpy(text, HEAD);
	strcat(text, extra);
	doc = check_yaml(text, today, &cfg, &d);
	cr_assert(doc, "the test text does not load");
	opp_due_collect(&L, doc, &cfg, t, window < 0 ? t - 1 : t + window);
	opp_doc_free(doc);
}

/* The 1-based line of the first (or, with last, the last) occurrence of
 * needle in the text of the last run(). */
static unsigned
line_at(const char *needle, bool last)
{
	const char *at = strstr(text, needle), *p;
	unsigned line = 1;

	cr_assert(at, "'%s' not in the test text", needle);
	while (last && (p = strstr(at + 1, needle)))
		at = p;
	for (p = text; p < at; p++)
		line += *p == '\n';
	return line;
}

static unsigned
line_of(const char *needle)
{
	return line_at(needle, false);
}

static size_t
count(enum opp_ob_kind kind)
{
	size_t n = 0;
	for (size_t i = 0; i < L.n; i++)
		n += L.v[i].kind == kind;
	return n;
}

static void
dump_items(void)
{
	for (size_t i = 0; i < L.n; i++)
		fprintf(stderr, "  %s %s %d %s line %u: %s\n", opp_ob_kind_names[L.v[i].kind],
		        opp_date_str(L.v[i].date).s, (int)L.v[i].days, L.v[i].who, (unsigned)L.v[i].pos.line,
		        L.v[i].what);
	dump(&d);
}

/* Exactly one item of kind, with these fields; it is returned. */
static const struct opp_due_item *
item(enum opp_ob_kind kind, const char *date, int days, unsigned line)
{
	const struct opp_due_item *it = NULL;

	for (size_t i = 0; i < L.n && !it; i++)
		if (L.v[i].kind == kind)
			it = &L.v[i];
	if (count(kind) != 1)
		dump_items();
	cr_assert_eq(count(kind), 1, "want one %s item, got %zu", opp_ob_kind_names[kind], count(kind));
	cr_expect_str_eq(it->who, "ib", "the regievoerder acts");
	cr_expect_eq(it->date, day(date), "date %s, want %s", opp_date_str(it->date).s, date);
	cr_expect_eq(it->days, days, "days %d, want %d", (int)it->days, days);
	cr_expect_eq(it->pos.line, line, "line %u, want %u", (unsigned)it->pos.line, line);
	return it;
}

static void
no_item(enum opp_ob_kind kind)
{
	if (count(kind))
		dump_items();
	cr_assert_eq(count(kind), 0, "want no %s item", opp_ob_kind_names[kind]);
}

/* One stagnatie finding at line, a warning; or none at all. */
static void
finding(unsigned line)
{
	if (fired(&d, OPP_RULE_STAGNATIE, 0) != 1 || fired(&d, OPP_RULE_STAGNATIE, line) != 1)
		dump_items();
	cr_assert_eq(fired(&d, OPP_RULE_STAGNATIE, 0), 1, "want one stagnatie finding");
	cr_assert_eq(fired(&d, OPP_RULE_STAGNATIE, line), 1, "want it at line %u", line);
	cr_expect_eq(sev_of(&d, OPP_RULE_STAGNATIE), OPP_SEV_WARNING);
}

static void
no_finding(void)
{
	if (fired(&d, OPP_RULE_STAGNATIE, 0))
		dump_items();
	cr_assert_eq(fired(&d, OPP_RULE_STAGNATIE, 0), 0, "want no stagnatie finding");
}

/* ---- funding applied for, no besluit ----------------------------------- */
/* aangevraagd 2026-09-01 + besluit_weken 6 = 2026-10-13. */

#define AANGEVRAAGD(more) OT STEUN("2027-01-11", "aangevraagd", "      aangevraagd: 2026-09-01\n" more, "")

Test(stagnatie, besluit_on_its_day_is_due_not_overdue)
{
	const struct opp_due_item *it;

	run(AANGEVRAAGD(""), "2026-10-13", 0);
	no_finding();
	it = item(OPP_OB_BESLUIT, "2026-10-13", 0, line_of("aangevraagd: 2026-09-01"));
	cr_expect_eq(it->rule, OPP_RULE_STAGNATIE);
	/* Not overdue: `opp due` without --within does not list it yet. */
	run(AANGEVRAAGD(""), "2026-10-13", -1);
	no_item(OPP_OB_BESLUIT);
}

Test(stagnatie, besluit_the_day_after_is_overdue_and_a_finding)
{
	const struct opp_due_item *it;

	run(AANGEVRAAGD(""), "2026-10-14", -1);
	finding(line_of("aangevraagd: 2026-09-01"));
	it = item(OPP_OB_BESLUIT, "2026-10-13", 1, line_of("aangevraagd: 2026-09-01"));
	/* It names what stalls, since when, and the way out. */
	cr_expect(strstr(it->what, "steun") && strstr(it->what, "2026-09-01") &&
	                  strstr(it->what, "2026-10-13") && strstr(it->what, "escalat"),
	          "%s", it->what);
}

/* Inside the window before its day: listed as coming, not a finding. */
Test(stagnatie, besluit_coming_within_the_window)
{
	run(AANGEVRAAGD(""), "2026-10-06", 7);
	no_finding();
	item(OPP_OB_BESLUIT, "2026-10-13", -7, line_of("aangevraagd: 2026-09-01"));
	run(AANGEVRAAGD(""), "2026-10-06", 6);
	no_item(OPP_OB_BESLUIT);
}

/* A recorded besluit, or a status that is one, ends it. */
Test(stagnatie, besluit_recorded_ends_it)
{
	run(AANGEVRAAGD("      besluit: 2026-11-01\n"), "2026-12-01", 30);
	no_finding();
	no_item(OPP_OB_BESLUIT);
	run(OT STEUN("2027-01-11", "toegekend", "      aangevraagd: 2026-09-01\n", ""), "2026-12-01", 30);
	no_finding();
	no_item(OPP_OB_BESLUIT);
}

/* besluit_weken moves the boundary: 2 weeks → 2026-09-15. */
Test(stagnatie, besluit_weken_configured)
{
	cfg.besluit_weken = 2;
	run(AANGEVRAAGD(""), "2026-09-15", 0);
	no_finding();
	item(OPP_OB_BESLUIT, "2026-09-15", 0, line_of("aangevraagd: 2026-09-01"));
	run(AANGEVRAAGD(""), "2026-09-16", -1);
	finding(line_of("aangevraagd: 2026-09-01"));
	item(OPP_OB_BESLUIT, "2026-09-15", 1, line_of("aangevraagd: 2026-09-01"));
}

/* The route of config escalatie is in the text. */
Test(stagnatie, names_the_escalation_route)
{
	const struct opp_due_item *it;

	cfg.escalatie = "Team Nooit Opgeven Rijnvallei";
	run(AANGEVRAAGD(""), "2026-10-20", -1);
	it = item(OPP_OB_BESLUIT, "2026-10-13", 7, line_of("aangevraagd: 2026-09-01"));
	cr_expect(strstr(it->what, "Team Nooit Opgeven Rijnvallei"), "%s", it->what);
	cfg.escalatie = NULL;
}

/* ---- funding refused, support not ended ---------------------------------- */

#define AFGEWEZEN(bek, item) OT STEUN("2026-10-12", "afgewezen", bek, item)

Test(stagnatie, afgewezen_on_the_day_of_its_besluit)
{
	run(AFGEWEZEN("      besluit: 2026-10-20\n", ""), "2026-10-20", 0);
	no_finding();
	item(OPP_OB_STAGNATIE, "2026-10-20", 0, line_of("status: afgewezen"));
}

Test(stagnatie, afgewezen_the_day_after_its_besluit)
{
	const struct opp_due_item *it;

	run(AFGEWEZEN("      besluit: 2026-10-20\n", ""), "2026-10-21", -1);
	finding(line_of("status: afgewezen"));
	it = item(OPP_OB_STAGNATIE, "2026-10-20", 1, line_of("status: afgewezen"));
	cr_expect(strstr(it->what, "steun") && strstr(it->what, "2026-10-20"), "%s", it->what);
}

/* Without a besluit date it is dated today: listed as due today, and
 * (being never past its day) never overdue nor a finding. */
Test(stagnatie, afgewezen_without_a_date_is_dated_today)
{
	run(AFGEWEZEN("", ""), "2026-12-01", 0);
	no_finding();
	item(OPP_OB_STAGNATIE, "2026-12-01", 0, line_of("status: afgewezen"));
	run(AFGEWEZEN("", ""), "2026-12-01", -1);
	no_item(OPP_OB_STAGNATIE);
}

/* Until the item has ended: its last day still counts, the day after
 * not. */
Test(stagnatie, afgewezen_until_the_item_ends)
{
	run(AFGEWEZEN("      besluit: 2026-10-20\n", "    eind: 2026-12-01\n"), "2026-12-01", -1);
	finding(line_of("status: afgewezen"));
	item(OPP_OB_STAGNATIE, "2026-10-20", 42, line_of("status: afgewezen"));
	run(AFGEWEZEN("      besluit: 2026-10-20\n", "    eind: 2026-11-30\n"), "2026-12-01", 30);
	no_finding();
	no_item(OPP_OB_STAGNATIE);
}

/* ---- a waiting list far beyond the first OT ----------------------------- */
/* first OT 2026-10-06 + wachtlijst_weken 12 = 2026-12-29. */

#define WACHT(tot) OT STEUN("2027-02-01", "toegekend", "", "    wachtlijst_tot: " tot "\n")

Test(stagnatie, wachtlijst_up_to_the_limit_is_no_stagnation)
{
	run(WACHT("2026-12-29"), "2026-12-01", 60);
	no_finding();
	no_item(OPP_OB_STAGNATIE);
}

Test(stagnatie, wachtlijst_a_day_beyond_the_limit)
{
	const struct opp_due_item *it;

	/* Coming: listed in the window, not yet a finding. */
	run(WACHT("2026-12-30"), "2026-12-01", 28);
	no_finding();
	it = item(OPP_OB_STAGNATIE, "2026-12-29", -28, line_of("wachtlijst_tot"));
	cr_expect(strstr(it->what, "2026-12-30") && strstr(it->what, "2026-10-06") && strstr(it->what, "12"),
	          "%s", it->what);
	run(WACHT("2026-12-30"), "2026-12-01", 27);
	no_item(OPP_OB_STAGNATIE);
	/* Its day: due, not overdue; the day after: overdue, a finding. */
	run(WACHT("2026-12-30"), "2026-12-29", 0);
	no_finding();
	item(OPP_OB_STAGNATIE, "2026-12-29", 0, line_of("wachtlijst_tot"));
	run(WACHT("2026-12-30"), "2026-12-30", -1);
	finding(line_of("wachtlijst_tot"));
	item(OPP_OB_STAGNATIE, "2026-12-29", 1, line_of("wachtlijst_tot"));
}

/* Once the waiting list is over it no longer stalls anything. */
Test(stagnatie, wachtlijst_over)
{
	run(WACHT("2026-12-30"), "2026-12-31", 30);
	no_finding();
	no_item(OPP_OB_STAGNATIE);
}

/* Counted from the first OT that was held: before it, nothing. */
Test(stagnatie, wachtlijst_needs_a_held_ot)
{
	run(WACHT("2027-06-01"), "2026-10-06", 400);
	no_finding();
	no_item(OPP_OB_STAGNATIE);
	run(WACHT("2027-06-01"), "2026-10-07", 400);
	item(OPP_OB_STAGNATIE, "2026-12-29", -83, line_of("wachtlijst_tot"));
}

Test(stagnatie, wachtlijst_weken_configured)
{
	cfg.wachtlijst_weken = 4; /* 2026-10-06 + 4 weeks = 2026-11-03 */
	run(WACHT("2026-11-03"), "2026-11-01", 60);
	no_item(OPP_OB_STAGNATIE);
	run(WACHT("2026-11-04"), "2026-11-04", -1);
	finding(line_of("wachtlijst_tot"));
	item(OPP_OB_STAGNATIE, "2026-11-03", 1, line_of("wachtlijst_tot"));
}

/* ---- a goal niet-behaald twice in a row -------------------------------- */

#define UITKOMST(v)                                                                                          \
	"    uitkomsten:\n"                                                                                  \
	"      pauze: " v "\n"                                                                               \
	"    bijstelling: Meer begeleiding op het plein.\n"

#define EVAL(datum, v) MEETING(datum, "evaluatie", RECORD UITKOMST(v))
#define LOPEND         STEUN("2026-10-12", "toegekend", "", "")

Test(stagnatie, vastgelopen_the_day_after_the_second_evaluation)
{
	const struct opp_due_item *it;
	const char *t = OT EVAL("2027-03-01", "niet-behaald") EVAL("2027-06-01", "niet-behaald") LOPEND;

	/* On the day of the second evaluation it is not held yet. */
	run(t, "2027-06-01", 30);
	no_finding();
	no_item(OPP_OB_STAGNATIE);
	run(t, "2027-06-02", -1);
	finding(line_at("pauze: niet-behaald", true));
	it = item(OPP_OB_STAGNATIE, "2027-06-01", 1, line_at("pauze: niet-behaald", true));
	cr_expect(strstr(it->what, "pauze") && strstr(it->what, "2027-03-01") &&
	                  strstr(it->what, "2027-06-01"),
	          "%s", it->what);
}

/* In a row: an evaluation in between that went better breaks it. */
Test(stagnatie, vastgelopen_needs_two_in_a_row)
{
	run(OT EVAL("2027-01-11", "niet-behaald") EVAL("2027-03-01", "deels")
	            EVAL("2027-06-01", "niet-behaald") LOPEND,
	    "2027-07-01", -1);
	no_finding();
	no_item(OPP_OB_STAGNATIE);
	run(OT EVAL("2027-03-01", "niet-behaald") LOPEND, "2027-07-01", -1);
	no_finding();
	no_item(OPP_OB_STAGNATIE);
}

/* Only evaluations count: an OT's uitkomst is not an evaluation. */
Test(stagnatie, vastgelopen_counts_evaluations_only)
{
	run("overleggen:\n" MEETING("2026-10-06", "ot", RECORD UITKOMST("niet-behaald"))
	            EVAL("2027-03-01", "niet-behaald") LOPEND,
	    "2027-07-01", -1);
	no_finding();
	no_item(OPP_OB_STAGNATIE);
}

/* ---- continuation: einde ------------------------------------------------ */

Test(stagnatie, einde_of_an_item_within_the_window)
{
	const struct opp_due_item *it;
	const char *t = OT STEUN("2026-10-12", "toegekend", "", "    eind: 2026-12-15\n");

	run(t, "2026-12-01", 14);
	it = item(OPP_OB_EINDE, "2026-12-15", -14, line_of("eind: 2026-12-15"));
	cr_expect_eq(it->rule, -1, "continuation is a reminder, not a finding");
	cr_expect(strstr(it->what, "steun") && strstr(it->what, "2026-12-15"), "%s", it->what);
	run(t, "2026-12-01", 13);
	no_item(OPP_OB_EINDE);
	/* Its last day: due today; after it the item is over. */
	run(t, "2026-12-15", 0);
	item(OPP_OB_EINDE, "2026-12-15", 0, line_of("eind: 2026-12-15"));
	run(t, "2026-12-16", 30);
	no_item(OPP_OB_EINDE);
	no_finding();
}

Test(stagnatie, einde_of_the_opp)
{
	const char *t = OT LOPEND "einddatum: 2027-07-15\n";

	run(t, "2027-07-01", 14);
	item(OPP_OB_EINDE, "2027-07-15", -14, line_of("einddatum"));
	run(t, "2027-07-01", 13);
	no_item(OPP_OB_EINDE);
	run(t, "2027-07-16", 30);
	no_item(OPP_OB_EINDE);
}

/*
 * test_due — opp_due_collect(), opp_due_filter(), opp_due_sort() and
 * opp_due_overdue(): for every kind one case that produces it and a
 * near-miss that does not, the edges of the window, filtering by person
 * and the order of the list.
 *
 * Each case is the same small head (BASE: four betrokkenen, regie with
 * the IB'er) followed by the sections under test. "Today" is 2026-12-01
 * unless a test says otherwise.
 */
#include <stdio.h>
#include <stdlib.h>

#include "documents/due.h"
#include "helpers.h"

#define TODAY "2026-12-01"

#define BASE                                                                                                 \
	"opp: 1\n"                                                                                           \
	"leerling:\n"                                                                                        \
	"  naam: Sam\n"                                                                                      \
	"  school: De Linde\n"                                                                               \
	"regie:\n"                                                                                           \
	"  opp: ib\n"                                                                                        \
	"betrokkenen:\n"                                                                                     \
	"  - id: ib\n"                                                                                       \
	"    naam: Ilse Bakker\n"                                                                            \
	"    rol: intern-begeleider\n"                                                                       \
	"    email: i.bakker@school.example\n"                                                               \
	"  - id: ouders\n"                                                                                   \
	"    naam: Ouders van Sam\n"                                                                         \
	"    rol: ouders\n"                                                                                  \
	"  - id: lk\n"                                                                                       \
	"    naam: Lotte Kok\n"                                                                              \
	"    rol: leerkracht\n"                                                                              \
	"    email: L.Kok@School.example\n"                                                                  \
	"  - id: wt\n"                                                                                       \
	"    naam: Wim Tol\n"                                                                                \
	"    rol: wijkteammedewerker\n"                                                                      \
	"    email: w.tol@gemeente.example\n"

/* A goal and one item of support, funded and signed: on its own it gives
 * nothing but the missing evaluation. */
#define DOEL                                                                                                 \
	"doelen:\n"                                                                                          \
	"  - id: lezen\n"                                                                                    \
	"    doel: Ik lees een boek\n"                                                                       \
	"    termijn: 2027-06-01\n"

#define INZET(start, status)                                                                                 \
	"arrangement:\n"                                                                                     \
	"  - id: rt\n"                                                                                       \
	"    doelen:\n"                                                                                      \
	"      - lezen\n"                                                                                    \
	"    wat: Remedial teaching\n"                                                                       \
	"    wie: lk\n"                                                                                      \
	"    start: " start "\n"                                                                             \
	"    bekostiging:\n"                                                                                 \
	"      door: school\n"                                                                               \
	"      grondslag: basisondersteuning\n"                                                              \
	"      status: " status "\n"

#define GETEKEND                                                                                             \
	"ondertekening:\n"                                                                                   \
	"  ouders: 2026-10-01\n"                                                                             \
	"  school: 2026-10-01\n"                                                                             \
	"vastgesteld: 2026-10-05\n"

static struct opp_due_list L;
static struct opp_config cfg; /* the defaults: evaluatie_maanden 12 */
static char *text;            /* BASE + the sections of the last collect() */

static void
setup(void)
{
	opp_due_init(&L);
	opp_config_defaults(&cfg);
	text = NULL;
}

static void
teardown(void)
{
	opp_due_release(&L);
	opp_config_release(&cfg);
	free(text);
}

TestSuite(due, .init = setup, .fini = teardown);

/* The 1-based line of the first occurrence of needle in the last text. */
static unsigned
line_of(const char *needle)
{
	const char *at = strstr(text, needle);
	unsigned line = 1;

	cr_assert(at, "'%s' not in the test text", needle);
	for (const char *p = text; p < at; p++)
		line += *p == '\n';
	return line;
}

/* Positions: a list item is at its first key ("- id: x", "- datum: x");
 * a mapping such as ondertekening or bekostiging is where its content
 * starts, the line after its key. */

/* Collect the items of BASE + extra as of today, up to until (a span for
 * opp_span_parse, or NULL for the default: overdue only). */
static void
collect_at(const char *extra, const char *today, const char *within)
{
	struct opp_diags d;
	struct opp_doc *doc;
	int32_t t = day(today), until = t - 1;
	size_t len = strlen(BASE) + strlen(extra);

	free(text);
	text = malloc(len + 1);
	cr_assert(text);
	strcpy(text, BASE);
	strcat(text, extra);
	if (within)
		cr_assert(opp_span_parse(within, t, &until), "bad span %s", within);
	doc = check_yaml(text, today, &cfg, &d);
	cr_assert(doc, "the test text does not load");
	opp_due_collect(&L, doc, &cfg, t, until);
	opp_doc_free(doc);
	opp_diags_release(&d);
}

static void
collect(const char *extra, const char *within)
{
	collect_at(extra, TODAY, within);
}

/* How many items of a kind, and the first of them (NULL if none). */
static size_t
count(enum opp_ob_kind kind)
{
	size_t n = 0;
	for (size_t i = 0; i < L.n; i++)
		n += L.v[i].kind == kind;
	return n;
}

static const struct opp_due_item *
find(enum opp_ob_kind kind)
{
	for (size_t i = 0; i < L.n; i++)
		if (L.v[i].kind == kind)
			return &L.v[i];
	return NULL;
}

static void
dump_list(void)
{
	for (size_t i = 0; i < L.n; i++)
		fprintf(stderr, "  %s %s %d %s %s:%u %s\n", opp_ob_kind_names[L.v[i].kind],
		        opp_date_str(L.v[i].date).s, (int)L.v[i].days, L.v[i].who, L.v[i].file,
		        (unsigned)L.v[i].pos.line, L.v[i].what);
}

/* One item of a kind with these fields. */
static const struct opp_due_item *
expect(enum opp_ob_kind kind, const char *who, const char *date, int days, unsigned line)
{
	const struct opp_due_item *it = find(kind);

	if (!it || count(kind) != 1)
		dump_list();
	cr_assert_eq(count(kind), 1, "want one %s item, got %zu", opp_ob_kind_names[kind], count(kind));
	cr_expect_str_eq(it->who, who);
	cr_expect_eq(it->date, day(date), "%s: date %s, want %s", opp_ob_kind_names[kind],
	             opp_date_str(it->date).s, date);
	cr_expect_eq(it->days, days, "%s: days %d, want %d", opp_ob_kind_names[kind], (int)it->days, days);
	cr_expect_eq(it->pos.line, line, "%s: line %u, want %u", opp_ob_kind_names[kind],
	             (unsigned)it->pos.line, line);
	cr_expect_str_eq(it->file, "t.yaml");
	cr_expect(it->what && *it->what && !strchr(it->what, '\n'), "what is one line");
	return it;
}

static void
none(enum opp_ob_kind kind)
{
	if (count(kind))
		dump_list();
	cr_assert_eq(count(kind), 0, "want no %s item", opp_ob_kind_names[kind]);
}

/* ---- afspraak --------------------------------------------------------- */

#define AFSPRAAK(id, wie, uiterlijk, extra)                                                                  \
	"  - id: " id "\n"                                                                                   \
	"    wie: " wie "\n"                                                                                 \
	"    wat: Belt de logopedist\n"                                                                      \
	"    uiterlijk: " uiterlijk "\n"                                                                     \
	"    terugkoppeling:\n"                                                                              \
	"      - ib\n"                                                                                       \
	"      - ouders\n" extra

Test(due, afspraak_overdue)
{
	const struct opp_due_item *it;

	collect("afspraken:\n" AFSPRAAK("bellen", "lk", "2026-11-20", ""), NULL);
	it = expect(OPP_OB_AFSPRAAK, "lk", "2026-11-20", 11, line_of("- id: bellen"));
	cr_expect_str_eq(it->naam, "Lotte Kok");
	cr_expect_str_eq(it->email, "L.Kok@School.example");
	cr_expect(strstr(it->what, "bellen") && strstr(it->what, "Belt de logopedist"), "%s", it->what);
	cr_expect(strstr(it->what, "Ilse Bakker, Ouders van Sam"), "report back names: %s", it->what);
	cr_expect_eq(L.n, 1);
	cr_expect_eq(opp_due_overdue(&L), 1);
}

Test(due, afspraak_what_reads_as_one_sentence)
{
	/* wat's own full stop does not end up before ", and report back". */
	collect("afspraken:\n"
	        "  - id: bellen\n"
	        "    wie: lk\n"
	        "    wat: Belt de logopedist.\n"
	        "    uiterlijk: 2026-11-20\n"
	        "    terugkoppeling:\n"
	        "      - ib\n",
	        NULL);
	const struct opp_due_item *it = find(OPP_OB_AFSPRAAK);
	cr_assert(it);
	cr_expect_str_eq(it->what, "afspraak bellen: Belt de logopedist, and report back to Ilse Bakker");
}

Test(due, afspraak_gedaan_never_listed)
{
	/* Done, even late and even with a long window: never listed. */
	collect("afspraken:\n" AFSPRAAK("bellen", "lk", "2026-11-20", "    gedaan: 2026-11-25\n")
	                AFSPRAAK("mailen", "lk", "2026-12-03", "    gedaan: 2026-11-30\n"),
	        "1m");
	cr_expect_eq(L.n, 0);
	cr_expect_eq(opp_due_overdue(&L), 0);
}

Test(due, afspraak_not_due_yet)
{
	collect("afspraken:\n" AFSPRAAK("bellen", "lk", "2026-12-20", ""), NULL);
	none(OPP_OB_AFSPRAAK);
	cr_expect_eq(L.n, 0);
}

Test(due, afspraak_unknown_person_keeps_id)
{
	/* An unknown id is a `ref` error for validate; due still says who. */
	collect("afspraken:\n" AFSPRAAK("bellen", "niemand", "2026-11-20", ""), NULL);
	const struct opp_due_item *it =
	        expect(OPP_OB_AFSPRAAK, "niemand", "2026-11-20", 11, line_of("- id: bellen"));
	cr_expect_null(it->naam);
	cr_expect_null(it->email);
}

/* ---- the window ------------------------------------------------------- */

Test(due, span_parse)
{
	int32_t t = day(TODAY), until = 0;

	cr_assert(opp_span_parse("0d", t, &until));
	cr_expect_eq(until, t);
	cr_assert(opp_span_parse("7d", t, &until));
	cr_expect_eq(until, t + 7);
	cr_assert(opp_span_parse("2w", t, &until));
	cr_expect_eq(until, t + 14);
	cr_assert(opp_span_parse("1m", t, &until));
	cr_expect_eq(until, day("2027-01-01"));
	cr_assert(opp_span_parse("2026-12-24", t, &until));
	cr_expect_eq(until, day("2026-12-24"));
	cr_expect_not(opp_span_parse("7", t, &until));
	cr_expect_not(opp_span_parse("d", t, &until));
	cr_expect_not(opp_span_parse("-1d", t, &until));
	cr_expect_not(opp_span_parse("7x", t, &until));
	cr_expect_not(opp_span_parse("7dd", t, &until));
	cr_expect_not(opp_span_parse("2026-02-30", t, &until));
}

Test(due, due_today_is_not_overdue_nor_listed_by_default)
{
	/* A date-only deadline ends at the end of its day. */
	collect("afspraken:\n" AFSPRAAK("vandaag", "lk", TODAY, ""), NULL);
	cr_expect_eq(L.n, 0, "due today is not listed without --within");
	cr_expect_eq(opp_due_overdue(&L), 0);
}

Test(due, due_today_listed_within_0d)
{
	collect("afspraken:\n" AFSPRAAK("vandaag", "lk", TODAY, ""), "0d");
	expect(OPP_OB_AFSPRAAK, "lk", TODAY, 0, line_of("- id: vandaag"));
	cr_expect_eq(opp_due_overdue(&L), 0, "due today is not overdue");
}

Test(due, due_yesterday_is_overdue)
{
	collect("afspraken:\n" AFSPRAAK("gisteren", "lk", "2026-11-30", ""), NULL);
	expect(OPP_OB_AFSPRAAK, "lk", "2026-11-30", 1, line_of("- id: gisteren"));
	cr_expect_eq(opp_due_overdue(&L), 1);
}

Test(due, within_7d_includes_day_7_excludes_day_8)
{
	collect("afspraken:\n" AFSPRAAK("dag7", "lk", "2026-12-08", "")
	                AFSPRAAK("dag8", "lk", "2026-12-09", ""),
	        "7d");
	expect(OPP_OB_AFSPRAAK, "lk", "2026-12-08", -7, line_of("- id: dag7"));
	cr_expect_eq(opp_due_overdue(&L), 0);
}

Test(due, within_a_date)
{
	collect("afspraken:\n" AFSPRAAK("dag7", "lk", "2026-12-08", "")
	                AFSPRAAK("dag8", "lk", "2026-12-09", ""),
	        "2026-12-09");
	cr_expect_eq(count(OPP_OB_AFSPRAAK), 2);
}

Test(due, window_keeps_overdue_items)
{
	/* The window adds what is coming; what is late stays. */
	collect("afspraken:\n" AFSPRAAK("laat", "lk", "2026-10-01", "")
	                AFSPRAAK("straks", "lk", "2026-12-05", ""),
	        "7d");
	cr_expect_eq(count(OPP_OB_AFSPRAAK), 2);
	cr_expect_eq(opp_due_overdue(&L), 1);
}

/* ---- verslag ---------------------------------------------------------- */

#define OVERLEG(datum, soort, extra)                                                                         \
	"  - datum: " datum "\n"                                                                             \
	"    soort: " soort "\n"                                                                             \
	"    doel: Samen begrijpen\n"                                                                        \
	"    genodigden:\n"                                                                                  \
	"      - ib\n"                                                                                       \
	"      - ouders\n"                                                                                   \
	"      - lk\n" extra

Test(due, verslag_missing)
{
	collect("overleggen:\n" OVERLEG("2026-11-20", "ot", ""), NULL);
	const struct opp_due_item *it =
	        expect(OPP_OB_VERSLAG, "ib", "2026-11-20", 11, line_of("- datum: 2026-11-20"));
	cr_expect_str_eq(it->naam, "Ilse Bakker");
	cr_expect_str_eq(it->email, "i.bakker@school.example");
	cr_expect_eq(L.n, 1);
}

Test(due, verslag_without_aanwezig)
{
	collect("overleggen:\n" OVERLEG("2026-11-20", "ot", "    verslag: Besproken.\n"), NULL);
	expect(OPP_OB_VERSLAG, "ib", "2026-11-20", 11, line_of("- datum: 2026-11-20"));
}

Test(due, verslag_near_miss)
{
	/* Written, with who came: nothing to do. A meeting today is not held
	 * yet, so its verslag is not due either. */
	collect("overleggen:\n" OVERLEG("2026-11-20", "ot",
	                                "    aanwezig:\n"
	                                "      - ib\n"
	                                "      - ouders\n"
	                                "    verslag: Besproken.\n") OVERLEG(TODAY, "ot", ""),
	        NULL);
	none(OPP_OB_VERSLAG);
	cr_expect_eq(L.n, 0);
}

/* ---- evaluatie -------------------------------------------------------- */

Test(due, evaluatie_planned_within_window)
{
	collect("overleggen:\n" OVERLEG("2026-12-05", "evaluatie", ""), "7d");
	expect(OPP_OB_EVALUATIE, "ib", "2026-12-05", -4, line_of("- datum: 2026-12-05"));
	cr_expect_eq(opp_due_overdue(&L), 0);
}

Test(due, evaluatie_planned_outside_window)
{
	/* Not in the default window, nor a week ahead when it is in 9 days;
	 * a planned OT is no evaluation. */
	collect("overleggen:\n" OVERLEG("2026-12-10", "evaluatie", "") OVERLEG("2026-12-03", "ot", ""), NULL);
	none(OPP_OB_EVALUATIE);
	opp_due_release(&L);
	collect("overleggen:\n" OVERLEG("2026-12-10", "evaluatie", "") OVERLEG("2026-12-03", "ot", ""), "7d");
	none(OPP_OB_EVALUATIE);
}

Test(due, evaluatie_not_planned)
{
	/* Support arranged at the OT of 1 October, no evaluation planned:
	 * late since that meeting. */
	collect("overleggen:\n" OVERLEG("2026-10-01", "ot",
	                                "    aanwezig:\n"
	                                "      - ib\n"
	                                "    verslag: Besproken.\n") DOEL INZET("2026-10-12", "toegekend")
	                GETEKEND,
	        NULL);
	expect(OPP_OB_EVALUATIE, "ib", "2026-10-01", 61, line_of("  - id: rt"));
	cr_expect_eq(L.n, 1);
}

Test(due, evaluatie_planned_in_time)
{
	/* The same case with an evaluation planned within 12 months. */
	collect("overleggen:\n" OVERLEG("2026-10-01", "ot",
	                                "    aanwezig:\n"
	                                "      - ib\n"
	                                "    verslag: Besproken.\n") OVERLEG("2027-03-01", "evaluatie", "")
	                DOEL INZET("2026-10-12", "toegekend") GETEKEND,
	        NULL);
	none(OPP_OB_EVALUATIE);
	cr_expect_eq(L.n, 0);
}

Test(due, evaluatie_last_meeting_too_long_ago)
{
	/* The last meeting was 2025-10-01; an evaluation is planned, but the
	 * twelve months ran out on 2026-10-01. */
	collect("overleggen:\n" OVERLEG("2025-10-01", "ot",
	                                "    aanwezig:\n"
	                                "      - ib\n"
	                                "    verslag: Besproken.\n") OVERLEG("2027-01-15", "evaluatie", "")
	                DOEL INZET("2025-10-12", "toegekend") GETEKEND,
	        NULL);
	/* The finding points at the planned evaluation, and so does the item. */
	expect(OPP_OB_EVALUATIE, "ib", "2026-10-01", 61, line_of("- datum: 2027-01-15"));
}

Test(due, evaluatie_limit_inside_window)
{
	/* The twelve months run out on 2026-12-10 and the evaluation is only
	 * on 2027-01-15: coming within two weeks, not yet overdue. */
	static const char yaml[] = "overleggen:\n" OVERLEG("2025-12-10", "ot",
	                                                   "    aanwezig:\n"
	                                                   "      - ib\n"
	                                                   "    verslag: Besproken.\n")
	        OVERLEG("2027-01-15", "evaluatie", "") DOEL INZET("2025-12-12", "toegekend") GETEKEND;

	collect(yaml, NULL);
	none(OPP_OB_EVALUATIE);
	opp_due_release(&L);
	collect(yaml, "2w");
	const struct opp_due_item *it =
	        expect(OPP_OB_EVALUATIE, "ib", "2026-12-10", -9, line_of("- datum: 2027-01-15"));
	cr_expect(strstr(it->what, "2027-01-15"), "%s", it->what);
	cr_expect_eq(opp_due_overdue(&L), 0);
}

Test(due, evaluatie_planned_on_the_limit)
{
	/* Planned exactly twelve months after the last meeting: in time. */
	collect("overleggen:\n" OVERLEG("2025-12-10", "ot",
	                                "    aanwezig:\n"
	                                "      - ib\n"
	                                "    verslag: Besproken.\n") OVERLEG("2026-12-10", "evaluatie", "")
	                DOEL INZET("2025-12-12", "toegekend") GETEKEND,
	        "2w");
	/* Only the planned evaluation itself, at its own line. */
	expect(OPP_OB_EVALUATIE, "ib", "2026-12-10", -9, line_of("- datum: 2026-12-10"));
}

Test(due, evaluatie_without_any_date)
{
	/* No meeting and no valid start (a `schema` error for validate):
	 * no date to count from, so no item dated 1970. */
	collect(DOEL "arrangement:\n"
	             "  - id: rt\n"
	             "    doelen:\n"
	             "      - lezen\n"
	             "    wat: Remedial teaching\n"
	             "    wie: lk\n"
	             "    bekostiging:\n"
	             "      door: school\n"
	             "      grondslag: basisondersteuning\n"
	             "      status: toegekend\n" GETEKEND,
	        "1m");
	none(OPP_OB_EVALUATIE);
	cr_expect_eq(L.n, 0);
}

/* ---- toestemming ------------------------------------------------------ */

Test(due, toestemming_missing_for_outsider)
{
	collect("overleggen:\n" OVERLEG("2026-12-05", "ot", "      - wt\n"), "7d");
	expect(OPP_OB_TOESTEMMING, "ib", "2026-12-05", -4, line_of("- datum: 2026-12-05"));
	cr_expect_eq(opp_due_overdue(&L), 0);
}

Test(due, toestemming_near_miss)
{
	/* School-side invitees only; an outsider with consent given; an
	 * outsider invited to a meeting beyond the window. */
	collect("overleggen:\n" OVERLEG("2026-12-03", "ot", "")
	                OVERLEG("2026-12-05", "ot", "      - wt\n    toestemming: 2026-11-28\n")
	                        OVERLEG("2026-12-20", "ot", "      - wt\n"),
	        "7d");
	none(OPP_OB_TOESTEMMING);
	cr_expect_eq(L.n, 0);
}

/* ---- ondertekening ---------------------------------------------------- */

Test(due, ondertekening_missing_after_start)
{
	collect("overleggen:\n" OVERLEG("2027-03-01", "evaluatie", "")
	                DOEL INZET("2026-11-15", "toegekend") "ondertekening:\n"
	                                                      "  ouders: 2026-11-01\n",
	        NULL);
	const struct opp_due_item *it =
	        expect(OPP_OB_ONDERTEKENING, "ib", "2026-11-14", 17, line_of("  ouders: 2026-11-01"));
	cr_expect(strstr(it->what, "school") && !strstr(it->what, "ouders"), "%s", it->what);
	cr_expect_eq(L.n, 1);
}

Test(due, ondertekening_missing_before_start_in_window)
{
	/* Nothing signed, support starts in four days. */
	collect("overleggen:\n" OVERLEG("2027-03-01", "evaluatie", "") DOEL INZET("2026-12-05", "toegekend"),
	        "7d");
	/* One item per party: each has its own deadline (toegang: the start
	 * of its own item). */
	cr_assert_eq(count(OPP_OB_ONDERTEKENING), 2);
	for (size_t i = 0; i < L.n; i++) {
		cr_expect_eq(L.v[i].date, day("2026-12-04"), "owed by the day before the start");
		cr_expect_eq(L.v[i].pos.line, line_of("  - id: rt"));
		cr_expect_eq(L.v[i].rule, OPP_RULE_ONDERTEKENING);
	}
	cr_expect(strstr(L.v[0].what, "ouders") && strstr(L.v[1].what, "school"), "%s / %s", L.v[0].what,
	          L.v[1].what);
}

Test(due, ondertekening_near_miss)
{
	/* Signed by parents and school; and unsigned support that starts
	 * only after the window. */
	collect("overleggen:\n" OVERLEG("2027-03-01", "evaluatie", "") DOEL INZET("2026-11-15", "toegekend")
	                GETEKEND,
	        NULL);
	none(OPP_OB_ONDERTEKENING);
	opp_due_release(&L);
	/* Agreement is owed by the day before support starts (2026-12-09:
	 * just outside a week from 2026-12-01). */
	collect("overleggen:\n" OVERLEG("2027-03-01", "evaluatie", "") DOEL INZET("2026-12-10", "toegekend"),
	        "7d");
	none(OPP_OB_ONDERTEKENING);
}

/* Youth care funded by the gemeente on a beschikking owes the access
 * worker's agreement too, by the day before that item starts (000 step
 * 6: "Ouders, school en medewerker toegang bevestigen de afspraken
 * schriftelijk"); freely accessible support owes none. */
Test(due, ondertekening_toegang_for_a_beschikking)
{
	static const char *const jeugdhulp = "  - id: jh\n"
	                                     "    doelen:\n"
	                                     "      - lezen\n"
	                                     "    wat: Jeugdhulp\n"
	                                     "    wie: wt\n"
	                                     "    start: 2026-12-05\n"
	                                     "    bekostiging:\n"
	                                     "      door: gemeente\n"
	                                     "      grondslag: %s\n"
	                                     "      status: toegekend\n";
	static const char *const grondslag[] = {"beschikking", "vrij-toegankelijk"};

	for (int k = 0; k < 2; k++) {
		char item[512], yaml[2048];

		/* INZET's list goes on with the youth-care item; parents and
		 * school have signed. */
		snprintf(item, sizeof(item), jeugdhulp, grondslag[k]);
		snprintf(yaml, sizeof(yaml), "%s%s" GETEKEND,
		         "overleggen:\n" OVERLEG("2027-03-01", "evaluatie", "")
		                 DOEL INZET("2026-11-15", "toegekend"),
		         item);
		opp_due_release(&L);
		opp_due_init(&L);
		collect(yaml, "7d");
		if (k == 1) {
			none(OPP_OB_ONDERTEKENING);
			break;
		}
		cr_assert_eq(count(OPP_OB_ONDERTEKENING), 1);
		for (size_t i = 0; i < L.n; i++) {
			const struct opp_due_item *it = &L.v[i];
			if (it->kind != OPP_OB_ONDERTEKENING)
				continue;
			cr_expect_eq(it->date, day("2026-12-04"),
			             "owed by the day before the youth care starts");
			/* At the signatures, where the missing one belongs. */
			cr_expect_eq(it->pos.line, line_of("  ouders: 2026-10-01"));
			cr_expect(strstr(it->what, "toegang"), "%s", it->what);
		}
	}
}

/* ---- bekostiging ------------------------------------------------------ */

Test(due, bekostiging_not_granted_after_start)
{
	collect("overleggen:\n" OVERLEG("2027-03-01", "evaluatie", "") DOEL INZET("2026-11-15", "aangevraagd")
	                GETEKEND,
	        NULL);
	const struct opp_due_item *it =
	        expect(OPP_OB_BEKOSTIGING, "ib", "2026-11-14", 17, line_of("      status: aangevraagd"));
	cr_expect(strstr(it->what, "rt") && strstr(it->what, "aangevraagd"), "%s", it->what);
	cr_expect_eq(L.n, 1);
}

Test(due, bekostiging_starting_in_window)
{
	collect("overleggen:\n" OVERLEG("2027-03-01", "evaluatie", "") DOEL INZET("2026-12-08", "onbekend")
	                GETEKEND,
	        "7d");
	expect(OPP_OB_BEKOSTIGING, "ib", "2026-12-07", -6, line_of("      status: onbekend"));
}

Test(due, bekostiging_near_miss)
{
	/* Granted; and not granted, but starting after the window. */
	collect("overleggen:\n" OVERLEG("2027-03-01", "evaluatie", "") DOEL INZET("2026-11-15", "toegekend")
	                GETEKEND,
	        NULL);
	none(OPP_OB_BEKOSTIGING);
	opp_due_release(&L);
	collect("overleggen:\n" OVERLEG("2027-03-01", "evaluatie", "") DOEL INZET("2026-12-10", "aangevraagd")
	                GETEKEND,
	        "7d");
	none(OPP_OB_BEKOSTIGING);
}

/* ---- doel ------------------------------------------------------------- */

#define DOEL2(id, termijn, extra)                                                                            \
	"  - id: " id "\n"                                                                                   \
	"    doel: Ik lees een boek\n"                                                                       \
	"    termijn: " termijn "\n" extra

Test(due, doel_termijn_passed)
{
	collect("doelen:\n" DOEL2("lezen", "2026-11-30", ""), NULL);
	expect(OPP_OB_DOEL, "ib", "2026-11-30", 1, line_of("termijn: 2026-11-30"));
	cr_expect_eq(opp_due_overdue(&L), 1);
}

Test(due, doel_near_miss)
{
	/* Reached; stopped; its termijn is today (not passed yet). */
	collect("doelen:\n" DOEL2("lezen", "2026-11-30", "    status: behaald\n")
	                DOEL2("rekenen", "2026-11-30", "    status: gestopt\n") DOEL2("schrijven", TODAY, ""),
	        NULL);
	none(OPP_OB_DOEL);
}

/* ---- filter, sort, overdue -------------------------------------------- */

/* Items for three people: lk (afspraken), wt (afspraak), ib (goal). */
#define MIXED                                                                                                \
	"doelen:\n" DOEL2("lezen", "2026-11-10", "") "afspraken:\n" AFSPRAAK("a-lk-laat", "lk",              \
	                                                                     "2026-11-05", "")               \
	        AFSPRAAK("a-wt", "wt", "2026-11-25", "") AFSPRAAK("a-lk-vroeg", "lk", "2026-10-01", "")      \
	                AFSPRAAK("a-lk-straks", "lk", "2026-12-04", "")

Test(due, filter_by_id)
{
	collect(MIXED, "7d");
	cr_assert_eq(L.n, 5);
	opp_due_filter(&L, "lk");
	cr_assert_eq(L.n, 3);
	for (size_t i = 0; i < L.n; i++)
		cr_expect_str_eq(L.v[i].who, "lk");
}

Test(due, filter_by_email_case_insensitive)
{
	collect(MIXED, "7d");
	opp_due_filter(&L, "l.kok@school.EXAMPLE");
	cr_assert_eq(L.n, 3);
	for (size_t i = 0; i < L.n; i++)
		cr_expect_str_eq(L.v[i].who, "lk");
}

Test(due, filter_by_name)
{
	collect(MIXED, "7d");
	opp_due_filter(&L, "Wim Tol");
	cr_assert_eq(L.n, 1);
	cr_expect_str_eq(L.v[0].who, "wt");
	opp_due_release(&L);
	collect(MIXED, "7d");
	opp_due_filter(&L, "ilse bakker");
	cr_assert_eq(L.n, 1);
	cr_expect_str_eq(L.v[0].who, "ib");
	cr_expect_eq(L.v[0].kind, OPP_OB_DOEL);
}

Test(due, filter_nobody)
{
	collect(MIXED, "7d");
	opp_due_filter(&L, "Lotte");
	cr_expect_eq(L.n, 0, "a part of a name is not a match");
	cr_expect_eq(opp_due_overdue(&L), 0);
}

Test(due, sort_per_person_oldest_first)
{
	static const struct {
		const char *who, *date;
	} want[] = {
	        {"ib", "2026-11-10"}, {"lk", "2026-10-01"}, {"lk", "2026-11-05"},
	        {"lk", "2026-12-04"}, {"wt", "2026-11-25"},
	};

	collect(MIXED, "7d");
	opp_due_sort(&L);
	cr_assert_eq(L.n, 5);
	for (size_t i = 0; i < L.n; i++) {
		cr_expect_str_eq(L.v[i].who, want[i].who, "item %zu", i);
		cr_expect_eq(L.v[i].date, day(want[i].date), "item %zu: %s, want %s", i,
		             opp_date_str(L.v[i].date).s, want[i].date);
	}
	/* Oldest first is overdue first: the one coming is last of lk. */
	cr_expect_eq(L.v[3].days, -3);
	cr_expect_eq(opp_due_overdue(&L), 4);
}

Test(due, sort_same_date_by_line)
{
	collect("afspraken:\n" AFSPRAAK("tweede", "lk", "2026-11-05", "")
	                AFSPRAAK("eerste", "lk", "2026-11-05", ""),
	        NULL);
	opp_due_sort(&L);
	cr_assert_eq(L.n, 2);
	cr_expect_eq(L.v[0].pos.line, line_of("- id: tweede"));
	cr_expect_eq(L.v[1].pos.line, line_of("- id: eerste"));
}

Test(due, items_outlive_the_document)
{
	/* The list owns its strings: the document is freed in collect(). */
	collect(MIXED, NULL);
	collect_at("afspraken:\n" AFSPRAAK("later", "wt", "2026-11-01", ""), "2026-12-15", NULL);
	cr_assert_eq(L.n, 5);
	cr_expect_str_eq(L.v[4].who, "wt");
	cr_expect_str_eq(L.v[4].naam, "Wim Tol");
	cr_expect_eq(L.v[4].days, 44);
	cr_expect_str_eq(L.v[0].naam, "Lotte Kok");
	cr_expect(strstr(L.v[0].what, "a-lk-laat"), "%s", L.v[0].what);
}

Test(due, nothing_due)
{
	collect("", "1m");
	cr_expect_eq(L.n, 0);
	cr_expect_eq(opp_due_overdue(&L), 0);
	/* An empty list sorts and filters (nothing allocated yet). */
	opp_due_sort(&L);
	opp_due_filter(&L, "ib");
	cr_expect_eq(L.n, 0);
}

/* ---- the feedback clause ---------------------------------------------- */

/* When wat already says it reports back, the due text does not say so a
 * second time; "koppel" without "terug" after it is not the feedback. */
Test(due, afspraak_wat_says_koppelt_terug)
{
	static const struct {
		const char *wat, *what;
	} cases[] = {
	        {"Belt de logopedist en koppelt dit terug aan de IB'er",
	         "afspraak bellen: Belt de logopedist en koppelt dit terug aan de IB'er"},
	        {"Belt de logopedist; koppelt binnen twee weken terug",
	         "afspraak bellen: Belt de logopedist; koppelt binnen twee weken terug"},
	        {"Terugkoppeling aan ouders na het gesprek met de logopedist",
	         "afspraak bellen: Terugkoppeling aan ouders na het gesprek met de logopedist"},
	        {"Belt de logopedist en KOPPELT TERUG.",
	         "afspraak bellen: Belt de logopedist en KOPPELT TERUG."},
	        {"Koppelt de laptop aan het digibord",
	         "afspraak bellen: Koppelt de laptop aan het digibord, and report back to Ilse Bakker"},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		char extra[512];
		snprintf(extra, sizeof(extra),
		         "afspraken:\n  - id: bellen\n    wie: lk\n    wat: %s\n    uiterlijk: 2026-11-20\n"
		         "    terugkoppeling:\n      - ib\n",
		         cases[i].wat);
		collect(extra, NULL);
		const struct opp_due_item *it = find(OPP_OB_AFSPRAAK);
		cr_assert(it);
		cr_expect_str_eq(it->what, cases[i].what);
		cr_expect_eq(it->rule, -1, "an afspraak has no rule");
		opp_due_release(&L);
	}
}

/* ---- voortgang -------------------------------------------------------- */

/* Held OT 2026-10-01, an evaluation planned 2027-01-15, the goal lezen
 * with its items last (their wie is what the tests vary). */
#define VG_HEADX(more)                                                                                       \
	"overleggen:\n" OVERLEG("2026-10-01", "ot",                                                          \
	                        "    aanwezig:\n"                                                            \
	                        "      - ib\n"                                                               \
	                        "    verslag: Besproken.\n") OVERLEG("2027-01-15", "evaluatie", "")          \
	        more GETEKEND
#define VG_HEAD VG_HEADX("")

#define VG_ITEM(id, wie)                                                                                     \
	"  - id: " id "\n"                                                                                   \
	"    doelen:\n"                                                                                      \
	"      - lezen\n"                                                                                    \
	"    wat: Remedial teaching\n"                                                                       \
	"    wie: " wie "\n"                                                                                 \
	"    start: 2026-10-12\n"                                                                            \
	"    bekostiging:\n"                                                                                 \
	"      door: school\n"                                                                               \
	"      grondslag: basisondersteuning\n"                                                              \
	"      status: toegekend\n"

/* Due voortgang_dagen (7) before the evaluation, from who delivers the
 * support, at the goal. */
Test(due, voortgang_from_who_delivers)
{
	const struct opp_due_item *it;

	collect(VG_HEAD "arrangement:\n" VG_ITEM("rt", "lk") DOEL, "2m");
	it = expect(OPP_OB_VOORTGANG, "lk", "2027-01-08", -38, line_of("- id: lezen"));
	cr_expect_eq(it->rule, OPP_RULE_VOORTGANG);
	cr_expect(strstr(it->what, "lezen") && strstr(it->what, "2027-01-15"), "%s", it->what);
}

/* Not in the default window (nothing overdue), and not a day early. */
Test(due, voortgang_not_before_its_window)
{
	collect(VG_HEAD "arrangement:\n" VG_ITEM("rt", "lk") DOEL, NULL);
	none(OPP_OB_VOORTGANG);
	opp_due_release(&L);
	collect(VG_HEAD "arrangement:\n" VG_ITEM("rt", "lk") DOEL, "2027-01-07");
	none(OPP_OB_VOORTGANG);
}

/* Overdue from the day after its date. */
Test(due, voortgang_overdue)
{
	collect_at(VG_HEAD "arrangement:\n" VG_ITEM("rt", "lk") DOEL, "2027-01-10", NULL);
	expect(OPP_OB_VOORTGANG, "lk", "2027-01-08", 2, line_of("- id: lezen"));
}

/* Each person who delivers owes one; a provider named by name does not. */
Test(due, voortgang_from_each_id)
{
	collect(VG_HEAD "arrangement:\n" VG_ITEM("rt", "lk") VG_ITEM("wijk", "wt")
	                VG_ITEM("logo", "Logopediepraktijk De Klank") DOEL,
	        "2m");
	cr_assert_eq(count(OPP_OB_VOORTGANG), 2);
	opp_due_filter(&L, "wt");
	cr_expect_eq(count(OPP_OB_VOORTGANG), 1);
	opp_due_release(&L);
	collect(VG_HEAD "arrangement:\n" VG_ITEM("rt", "lk") VG_ITEM("logo", "Logopediepraktijk De Klank")
	                DOEL,
	        "2m");
	expect(OPP_OB_VOORTGANG, "lk", "2027-01-08", -38, line_of("- id: lezen"));
}

/* No id among who delivers (or no item at all): the regievoerder. */
Test(due, voortgang_else_the_regievoerder)
{
	collect(VG_HEAD "arrangement:\n" VG_ITEM("logo", "Logopediepraktijk De Klank") DOEL, "2m");
	expect(OPP_OB_VOORTGANG, "ib", "2027-01-08", -38, line_of("- id: lezen"));
	opp_due_release(&L);
	collect(VG_HEAD DOEL, "2m");
	expect(OPP_OB_VOORTGANG, "ib", "2027-01-08", -38, line_of("- id: lezen"));
}

/* voortgang_dagen moves the date. */
Test(due, voortgang_dagen_configured)
{
	cfg.voortgang_dagen = 14;
	collect(VG_HEAD "arrangement:\n" VG_ITEM("rt", "lk") DOEL, "2m");
	expect(OPP_OB_VOORTGANG, "lk", "2027-01-01", -31, line_of("- id: lezen"));
}

/* A note dated after the last held meeting clears it, even a late one;
 * a note from before that meeting does not. */
Test(due, voortgang_note_clears_it)
{
	collect(VG_HEAD "arrangement:\n" VG_ITEM("rt", "lk") DOEL "    voortgang:\n"
	                                                          "      - datum: 2026-11-15\n"
	                                                          "        door: lk\n"
	                                                          "        tekst: Leest hardop.\n",
	        "2m");
	none(OPP_OB_VOORTGANG);
	opp_due_release(&L);
	collect_at(VG_HEAD "arrangement:\n" VG_ITEM("rt", "lk") DOEL "    voortgang:\n"
	                                                             "      - datum: 2027-01-09\n"
	                                                             "        door: lk\n"
	                                                             "        waarde: 4\n",
	           "2027-01-10", NULL);
	none(OPP_OB_VOORTGANG);
	opp_due_release(&L);
	collect(VG_HEAD "arrangement:\n" VG_ITEM("rt", "lk") DOEL "    voortgang:\n"
	                                                          "      - datum: 2026-09-20\n"
	                                                          "        door: lk\n"
	                                                          "        tekst: Voor het OT.\n",
	        "2m");
	expect(OPP_OB_VOORTGANG, "lk", "2027-01-08", -38, line_of("    voortgang:") + 1);
}

/* Only for the next planned evaluation, and not for a closed goal or a
 * goal set at or after that evaluation. */
Test(due, voortgang_next_evaluation_only)
{
	collect(VG_HEADX(OVERLEG("2027-06-01", "evaluatie", "")) "arrangement:\n" VG_ITEM("rt", "lk") DOEL,
	        "12m");
	cr_expect_eq(count(OPP_OB_VOORTGANG), 1);
	opp_due_release(&L);
	collect(VG_HEAD "arrangement:\n" VG_ITEM("rt", "lk") "doelen:\n" DOEL2("lezen", "2027-06-01",
	                                                                       "    status: behaald\n")
	                DOEL2("rekenen", "2027-06-01", "    gesteld: 2026-12-01\n"),
	        "2m");
	cr_expect_eq(count(OPP_OB_VOORTGANG), 1, "rekenen, set before the evaluation, owes one");
	opp_due_release(&L);
	collect(VG_HEAD "arrangement:\n" VG_ITEM("rt", "lk") "doelen:\n" DOEL2("lezen", "2027-06-01",
	                                                                       "    status: gestopt\n"),
	        "2m");
	none(OPP_OB_VOORTGANG);
}

/* ---- rule ------------------------------------------------------------- */

/* Every item names its rule, or none for a reminder. */
Test(due, items_carry_their_rule)
{
	collect("overleggen:\n" OVERLEG("2026-11-20", "ot", "")
	                OVERLEG("2026-12-05", "evaluatie", "") "afspraken:\n" AFSPRAAK("bellen", "lk",
	                                                                               "2026-11-20", ""),
	        "7d");
	for (size_t i = 0; i < L.n; i++) {
		const struct opp_due_item *it = &L.v[i];
		int want = it->kind == OPP_OB_VERSLAG ? OPP_RULE_VERSLAG : -1;
		cr_expect_eq(it->rule, want, "%s: rule %d", opp_ob_kind_names[it->kind], it->rule);
	}
	cr_expect_eq(count(OPP_OB_VERSLAG), 1);
	cr_expect_eq(count(OPP_OB_AFSPRAAK), 1);
	cr_expect_eq(count(OPP_OB_EVALUATIE), 1);
}

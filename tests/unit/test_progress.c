/*
 * test_progress — progress between evaluations (facts/query.c): the
 * expected line of a measurable goal, on track / behind / no data, and
 * the static voortgang check of a value that cannot be compared, and
 * notes dated after the termijn (documents/progress.c says the course).
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/date.h"
#include "checks/validate.h"
#include "documents/progress.h"
#include "facts/query.h"
#include "format/load.h"

#define TODAY "2027-01-15"

/* One goal set at the OT of 2026-10-06, due 2027-03-05 (150 days). */
#define CASE(meet, notes)                                                                                    \
	"opp: 1\nleerling: {naam: Sam, school: X}\nregie: {opp: ib}\n"                                       \
	"betrokkenen:\n  - {id: ib, naam: Ilse, rol: intern-begeleider}\n"                                   \
	"  - {id: lk, naam: Lotte, rol: leerkracht}\n"                                                       \
	"overleggen:\n  - {datum: 2026-10-06, soort: ot, doel: x, genodigden: [ib], aanwezig: [ib], "        \
	"verslag: x}\n"                                                                                      \
	"doelen:\n  - id: pauze\n    doel: buiten\n    termijn: 2027-03-05\n" meet notes

static struct opp_doc *
doc_of(const char *yaml, struct opp_diags *d)
{
	int32_t today;
	struct opp_doc *doc;

	cr_assert(opp_date_parse(TODAY, &today));
	opp_diags_init(d);
	doc = opp_validate("t.yaml", yaml, strlen(yaml), NULL, today, d);
	cr_assert(doc);
	return doc;
}

static enum opp_koers
koers(const char *yaml)
{
	struct opp_diags d;
	struct opp_doc *doc = doc_of(yaml, &d);
	int32_t today;
	enum opp_koers k;

	opp_date_parse(TODAY, &today);
	k = opp_doel_koers(doc, &doc->doelen.v[0], today);
	opp_doc_free(doc);
	opp_diags_release(&d);
	return k;
}

#define UP         "    beginwaarde: 0\n    streefwaarde: 150\n    eenheid: minuten\n"
#define DOWN       "    beginwaarde: 10\n    streefwaarde: 0\n    eenheid: dagen verzuim\n"
#define NOTE(d, w) "      - {datum: " d ", door: lk, waarde: " w "}\n"

Test(progress, expected_line)
{
	struct opp_diags d;
	struct opp_doc *doc = doc_of(CASE(UP, ""), &d);
	int32_t t, day;

	opp_date_parse(TODAY, &t);
	cr_assert(opp_doel_meetbaar(doc, &doc->doelen.v[0], t));
	opp_date_parse("2026-10-06", &day);
	cr_assert_float_eq(opp_doel_verwacht(doc, &doc->doelen.v[0], t, day), 0, 1e-9);
	cr_assert_float_eq(opp_doel_verwacht(doc, &doc->doelen.v[0], t, day + 75), 75, 1e-9, "halfway");
	cr_assert_float_eq(opp_doel_verwacht(doc, &doc->doelen.v[0], t, day + 400), 150, 1e-9,
	                   "after termijn");
	cr_assert_float_eq(opp_doel_verwacht(doc, &doc->doelen.v[0], t, day - 10), 0, 1e-9, "before gesteld");
	opp_doc_free(doc);
	opp_diags_release(&d);
}

Test(progress, on_track_and_behind)
{
	/* 2026-11-05 is day 30 of 150: the line expects 30. */
	cr_assert_eq(koers(CASE(UP, "    voortgang:\n" NOTE("2026-11-05", "30"))), OPP_KOERS_OP,
	             "on the line");
	cr_assert_eq(koers(CASE(UP, "    voortgang:\n" NOTE("2026-11-05", "29"))), OPP_KOERS_ACHTER);
	/* the latest measured note counts, not the best one */
	cr_assert_eq(koers(CASE(UP, "    voortgang:\n" NOTE("2026-11-05", "60") NOTE("2026-12-05", "20"))),
	             OPP_KOERS_ACHTER);
	/* 2027-01-10 is day 96: 90 lags behind */
	cr_assert_eq(koers(CASE(UP, "    voortgang:\n" NOTE("2027-01-10", "90"))), OPP_KOERS_ACHTER);
}

Test(progress, target_below_start)
{
	/* days absent: 10 down to 0; on day 30 the line expects 8 */
	cr_assert_eq(koers(CASE(DOWN, "    voortgang:\n" NOTE("2026-11-05", "8"))), OPP_KOERS_OP);
	cr_assert_eq(koers(CASE(DOWN, "    voortgang:\n" NOTE("2026-11-05", "9"))), OPP_KOERS_ACHTER);
	cr_assert_eq(koers(CASE(DOWN, "    voortgang:\n" NOTE("2026-11-05", "2"))), OPP_KOERS_OP);
}

Test(progress, no_data)
{
	/* not measurable; measurable without a measured note; only text */
	cr_assert_eq(koers(CASE("", "    voortgang:\n" NOTE("2026-11-05", "30"))), OPP_KOERS_GEEN);
	cr_assert_eq(koers(CASE(UP, "")), OPP_KOERS_GEEN);
	cr_assert_eq(koers(CASE(UP, "    voortgang:\n      - {datum: 2026-11-05, door: lk, tekst: goed}\n")),
	             OPP_KOERS_GEEN);
	/* without streefwaarde there is no line */
	cr_assert_eq(koers(CASE("    beginwaarde: 0\n", "    voortgang:\n" NOTE("2026-11-05", "30"))),
	             OPP_KOERS_GEEN);
}

Test(progress, value_without_a_line_is_a_finding)
{
	struct opp_diags d;
	struct opp_doc *doc = doc_of(CASE("", "    voortgang:\n" NOTE("2026-11-05", "30")), &d);
	size_t n = 0;

	for (size_t i = 0; i < d.n; i++)
		if (d.v[i].rule == OPP_RULE_VOORTGANG) {
			n++;
			cr_expect_eq(d.v[i].pos.line, 14, "at the note's waarde (line %u)", d.v[i].pos.line);
		}
	cr_assert_eq(n, 1);
	opp_doc_free(doc);
	opp_diags_release(&d);
	/* near miss: a measurable goal */
	doc = doc_of(CASE(UP, "    voortgang:\n" NOTE("2026-11-05", "30")), &d);
	for (size_t i = 0; i < d.n; i++)
		cr_expect_neq(d.v[i].rule, OPP_RULE_VOORTGANG, "%s", d.v[i].msg);
	opp_doc_free(doc);
	opp_diags_release(&d);
}

Test(progress, bad_notes_are_findings_at_their_line)
{
	static const struct {
		const char *note;
		int rule;
	} bad[] = {
	        {"      - {datum: 2026-11-05, waarde: 3}\n", OPP_RULE_SCHEMA},           /* no door */
	        {"      - {datum: 2027-02-05, door: lk, waarde: 3}\n", OPP_RULE_DATUMS}, /* in the future */
	        {"      - {datum: 2026-11-05, door: lk, waarde: veel}\n", OPP_RULE_SCHEMA},
	        {"      - {datum: 2026-11-05, door: lk}\n", OPP_RULE_SCHEMA}, /* neither waarde nor tekst */
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
		char yaml[2048];
		struct opp_diags d;
		struct opp_doc *doc;
		size_t hit = 0;

		snprintf(yaml, sizeof(yaml), "%s", CASE(UP, "    voortgang:\n"));
		strncat(yaml, bad[i].note, sizeof(yaml) - strlen(yaml) - 1);
		doc = doc_of(yaml, &d);
		for (size_t k = 0; k < d.n; k++)
			hit += d.v[k].rule == bad[i].rule && d.v[k].pos.line == 17;
		cr_expect_eq(hit, 1, "note %zu: one finding at line 17", i);
		opp_doc_free(doc);
		opp_diags_release(&d);
	}
}

/* ---- a goal's story (opp_doel_verloop) ---------------------------------- */

#define EVAL(date, uitkomst, bij)                                                                            \
	"  - {datum: " date ", soort: evaluatie, doel: x, genodigden: [ib], aanwezig: [ib], verslag: x, "    \
	"uitkomsten: {pauze: " uitkomst "}" bij "}\n"

/* CASE with extra meetings after the OT. */
#define CASE_M(meetings, meet, notes)                                                                        \
	"opp: 1\nleerling: {naam: Sam, school: X}\nregie: {opp: ib}\n"                                       \
	"betrokkenen:\n  - {id: ib, naam: Ilse, rol: intern-begeleider}\n"                                   \
	"  - {id: lk, naam: Lotte, rol: leerkracht}\n"                                                       \
	"overleggen:\n  - {datum: 2026-10-06, soort: ot, doel: x, genodigden: [ib], aanwezig: [ib], "        \
	"verslag: x}\n" meetings                                                                             \
	"doelen:\n  - id: pauze\n    doel: buiten\n    termijn: 2027-03-05\n" meet notes

Test(progress, story_in_date_order)
{
	/* Notes out of order in the file, one on the evaluation's day, one
	 * after today: the story is by date, a note before the outcome on
	 * the same day, nothing from the future. */
	struct opp_diags d;
	struct opp_doc *doc;
	struct opp_verloop *v;
	int32_t t, day;
	size_t n;

	doc = doc_of(CASE_M(EVAL("2026-12-10", "deels", ", bijstelling: meer oefenen"), UP,
	                    "    voortgang:\n" NOTE("2026-12-10", "40") NOTE("2026-11-05", "30")
	                            NOTE("2027-02-01", "90")),
	             &d);
	opp_date_parse(TODAY, &t);
	n = opp_doel_verloop(doc, &doc->doelen.v[0], t, &v);
	cr_assert_eq(n, 4, "set, two notes, one outcome (the note after today left out): %zu", n);
	cr_assert_eq(v[0].soort, OPP_VERLOOP_GESTELD);
	opp_date_parse("2026-10-06", &day);
	cr_assert_eq(v[0].datum, day, "set at the first held OT");
	cr_assert_eq(v[1].soort, OPP_VERLOOP_NOTITIE);
	cr_assert_float_eq(v[1].note->waarde.n, 30, 1e-9, "the earlier note first");
	cr_assert_eq(v[2].soort, OPP_VERLOOP_NOTITIE, "the note of the evaluation's day before its outcome");
	cr_assert_eq(v[3].soort, OPP_VERLOOP_UITKOMST);
	cr_assert_eq(v[3].uitkomst->value.i, OPP_UIT_DEELS);
	cr_assert_str_eq(v[3].at->bijstelling.s, "meer oefenen");
	free(v);
	opp_doc_free(doc);
	opp_diags_release(&d);
}

Test(progress, story_of_a_goal_closed_outside_a_meeting)
{
	struct opp_diags d;
	struct opp_doc *doc = doc_of(CASE("    status: gestopt\n", ""), &d);
	struct opp_verloop *v;
	int32_t t;
	size_t n;

	opp_date_parse(TODAY, &t);
	n = opp_doel_verloop(doc, &doc->doelen.v[0], t, &v);
	cr_assert_eq(n, 2);
	cr_assert_eq(v[1].soort, OPP_VERLOOP_AFGESLOTEN, "the closing comes last, undated");
	cr_assert_eq(v[1].datum, -1);
	free(v);
	opp_doc_free(doc);
	opp_diags_release(&d);
}

Test(progress, outcome_of_a_planned_meeting_is_not_history)
{
	/* An evaluation dated today is planned, not held (spec): its
	 * outcomes are not part of the story yet. */
	struct opp_diags d;
	struct opp_doc *doc = doc_of(CASE_M(EVAL(TODAY, "behaald", ""), "", ""), &d);
	struct opp_verloop *v;
	int32_t t;
	size_t n;

	opp_date_parse(TODAY, &t);
	n = opp_doel_verloop(doc, &doc->doelen.v[0], t, &v);
	cr_assert_eq(n, 1, "only its setting: %zu", n);
	free(v);
	opp_doc_free(doc);
	opp_diags_release(&d);
}

/* ---- notes dated after the termijn --------------------------------------- */

/* Today well past the termijn (2027-03-05): the notes of the weeks after
 * it are no future notes, and the goal may still be worked on. */
#define LATE "2027-04-15"

Test(progress, notes_after_termijn)
{
	/* After its termijn the line stays at streefwaarde: a note then is
	 * on course only when it reached it, and the latest note counts
	 * even when an earlier one was on the line. The story keeps the
	 * notes after the termijn, in date order, and says the course in
	 * words against streefwaarde. */
	static const struct {
		const char *notes;
		enum opp_koers want;
		const char *words;
	} cases[] = {
	        {NOTE("2027-03-20", "150"), OPP_KOERS_OP, "op koers (150 op 20 maart 2027; verwacht 150)"},
	        {NOTE("2027-03-20", "149"), OPP_KOERS_ACHTER, "achter (149 op 20 maart 2027; verwacht 150)"},
	        {NOTE("2027-02-01", "120") NOTE("2027-04-01", "140"), OPP_KOERS_ACHTER,
	         "achter (140 op 1 april 2027; verwacht 150)"},
	        {NOTE("2027-04-01", "160") NOTE("2027-02-01", "10"), OPP_KOERS_OP,
	         "op koers (160 op 1 april 2027; verwacht 150)"},
	};
	int32_t today, termijn;

	cr_assert(opp_date_parse(LATE, &today));
	cr_assert(opp_date_parse("2027-03-05", &termijn));
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		char yaml[2048];
		struct opp_diags d;
		struct opp_doc *doc;
		struct opp_verloop *v;
		struct opp_buf words = OPP_BUF_INIT;
		size_t n, after = 0;

		snprintf(yaml, sizeof(yaml), "%s", CASE(UP, "    voortgang:\n"));
		strncat(yaml, cases[i].notes, sizeof(yaml) - strlen(yaml) - 1);
		opp_diags_init(&d);
		doc = opp_validate("t.yaml", yaml, strlen(yaml), NULL, today, &d);
		cr_assert(doc);
		for (size_t k = 0; k < d.n; k++)
			cr_expect_neq(d.v[k].rule, OPP_RULE_DATUMS, "case %zu: %s", i, d.v[k].msg);
		cr_expect_eq(opp_doel_koers(doc, &doc->doelen.v[0], today), cases[i].want, "case %zu", i);
		opp_progress_koers(&words, doc, &doc->doelen.v[0], today, OPP_VOOR_SCHOOL);
		cr_expect_str_eq(words.ptr, cases[i].words, "case %zu", i);
		n = opp_doel_verloop(doc, &doc->doelen.v[0], today, &v);
		cr_expect_eq(n, 1 + doc->doelen.v[0].voortgang.n, "case %zu: set and every note (%zu)", i, n);
		for (size_t k = 1; k < n; k++) {
			cr_expect_geq(v[k].datum, v[k - 1].datum, "case %zu: in date order", i);
			after += v[k].soort == OPP_VERLOOP_NOTITIE && v[k].datum > termijn;
		}
		cr_expect_eq(after, 1, "case %zu: the note after the termijn is in the story", i);
		free(v);
		opp_buf_release(&words);
		opp_doc_free(doc);
		opp_diags_release(&d);
	}
}

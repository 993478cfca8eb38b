/*
 * test_query — the derived facts of lib/facts/query.c that rules, due,
 * agenda and render share: a goal's status, when it was set and whether a
 * meeting owes it an uitkomst; who must sign (toegang, the pupil); the
 * chair; and who a meeting must invite (opp_invite_needs, with the flags
 * that say which needs rule `deelnemers` checks).
 *
 * Each case is HEAD (a pupil, eight betrokkenen, regie with the IB'er)
 * and the sections under test. "Today" is 2026-11-02 unless a test says
 * otherwise.
 */
#include <stdio.h>
#include <stdlib.h>

#include "facts/query.h"
#include "helpers.h"

#define TODAY "2026-11-02"

#define HEADX(geb, regie)                                                                                    \
	"opp: 1\n"                                                                                           \
	"leerling:\n"                                                                                        \
	"  naam: Sam\n"                                                                                      \
	"  geboortedatum: " geb "\n"                                                                         \
	"  school: De Linde\n"                                                                               \
	"regie:\n"                                                                                           \
	"  opp: " regie "\n"                                                                                 \
	"betrokkenen:\n"                                                                                     \
	"  - id: ouders\n"                                                                                   \
	"    naam: Ouders van Sam\n"                                                                         \
	"    rol: ouders\n"                                                                                  \
	"  - id: lk\n"                                                                                       \
	"    naam: Ans de Vries\n"                                                                           \
	"    rol: leerkracht\n"                                                                              \
	"  - id: ib\n"                                                                                       \
	"    naam: Bea Smit\n"                                                                               \
	"    rol: intern-begeleider\n"                                                                       \
	"  - id: ortho\n"                                                                                    \
	"    naam: Otto Wolters\n"                                                                           \
	"    rol: orthopedagoog\n"                                                                           \
	"  - id: dir\n"                                                                                      \
	"    naam: Dirk Mulder\n"                                                                            \
	"    rol: directeur\n"                                                                               \
	"  - id: jgz\n"                                                                                      \
	"    naam: Hatice Demir\n"                                                                           \
	"    rol: jgz\n"                                                                                     \
	"  - id: ab\n"                                                                                       \
	"    naam: Anouk Bos\n"                                                                              \
	"    rol: ambulant-begeleider\n"                                                                     \
	"  - id: jhv\n"                                                                                      \
	"    naam: Youssef El Amrani\n"                                                                      \
	"    rol: jeugdhulpverlener\n"
#define HEAD HEADX("2015-03-01", "ib")

/* A meeting: its date, soort and what follows genodigden (more invitees,
 * aanwezig, verslag, uitkomsten). */
#define MEETING(datum, soort, rest)                                                                          \
	"  - datum: " datum "\n"                                                                             \
	"    soort: " soort "\n"                                                                             \
	"    doel: Bespreken\n"                                                                              \
	"    genodigden:\n"                                                                                  \
	"      - ouders\n"                                                                                   \
	"      - ib\n" rest
#define HELD "    aanwezig:\n      - ouders\n    verslag: Besproken.\n"

#define GOAL(id, extra)                                                                                      \
	"  - id: " id "\n"                                                                                   \
	"    doel: Doel " id "\n"                                                                            \
	"    termijn: 2027-06-01\n" extra

#define ITEM(id, goals, wie, start, door, grondslag)                                                         \
	"  - id: " id "\n"                                                                                   \
	"    doelen: [" goals "]\n"                                                                          \
	"    wat: Ondersteuning\n"                                                                           \
	"    wie: " wie "\n"                                                                                 \
	"    start: " start "\n"                                                                             \
	"    bekostiging:\n"                                                                                 \
	"      door: " door "\n"                                                                             \
	"      grondslag: " grondslag "\n"                                                                   \
	"      status: toegekend\n"

static struct opp_diags d;
static struct opp_doc *doc;
static struct opp_config cfg;

static void
setup(void)
{
	opp_config_defaults(&cfg);
	doc = NULL;
}

static void
teardown(void)
{
	opp_diags_release(&d);
	opp_doc_free(doc);
	opp_config_release(&cfg);
}

TestSuite(query, .init = setup, .fini = teardown);

static void
load(const char *yaml)
{
	opp_diags_release(&d);
	opp_doc_free(doc);
	doc = check_yaml(yaml, TODAY, &cfg, &d);
	cr_assert_not_null(doc, "the fixture did not load");
}

static const struct opp_doel *
goal(const char *id)
{
	const struct opp_doel *g = opp_doc_doel(doc, id);
	cr_assert_not_null(g, "no goal %s", id);
	return g;
}

static enum opp_doelstatus
status(const char *id, const char *today)
{
	return opp_doel_status(doc, goal(id), day(today));
}

/* ---- derived status ------------------------------------------------------ */

Test(query, status_from_the_latest_held_uitkomst)
{
	load(HEAD "overleggen:\n" MEETING("2026-10-06", "ot", HELD)
	             MEETING("2026-10-20", "evaluatie",
	                     HELD "    uitkomsten: {a: behaald, b: gestopt, c: deels, d: "
	                          "niet-behaald}\n") "doelen:\n" GOAL("a", "") GOAL("b", "") GOAL("c", "")
	                     GOAL("d", "") GOAL("e", ""));
	cr_expect_eq(status("a", TODAY), OPP_DOEL_BEHAALD);
	cr_expect_eq(status("b", TODAY), OPP_DOEL_GESTOPT);
	cr_expect_eq(status("c", TODAY), OPP_DOEL_LOPEND, "deels leaves a goal active");
	cr_expect_eq(status("d", TODAY), OPP_DOEL_LOPEND, "niet-behaald leaves a goal active");
	cr_expect_eq(status("e", TODAY), OPP_DOEL_LOPEND, "no uitkomst: lopend");
	cr_expect(!opp_doel_actief(doc, goal("a"), day(TODAY)));
	cr_expect(opp_doel_actief(doc, goal("c"), day(TODAY)));
	/* On the day of the evaluation it is not held yet: nothing closed. */
	cr_expect_eq(status("a", "2026-10-20"), OPP_DOEL_LOPEND);
	cr_expect_eq(status("a", "2026-10-21"), OPP_DOEL_BEHAALD);
}

/* The latest held meeting decides, by date, not by the order in the file;
 * a later deels reopens a goal reached before. */
Test(query, status_latest_by_date)
{
	load(HEAD "overleggen:\n" MEETING("2026-10-20", "evaluatie",
	                                  HELD "    uitkomsten: {a: deels, b: behaald}\n")
	             MEETING("2026-10-06", "evaluatie",
	                     HELD "    uitkomsten: {a: behaald, b: deels}\n") "doelen:\n" GOAL("a", "")
	                     GOAL("b", ""));
	cr_expect_eq(status("a", TODAY), OPP_DOEL_LOPEND);
	cr_expect_eq(status("b", TODAY), OPP_DOEL_BEHAALD);
	/* Between the two, the earlier one is the latest held. */
	cr_expect_eq(status("a", "2026-10-10"), OPP_DOEL_BEHAALD);
	cr_expect_eq(status("b", "2026-10-10"), OPP_DOEL_LOPEND);

	const struct opp_overleg *at = NULL;
	const struct opp_paar *u = opp_doel_uitkomst(doc, goal("a"), day(TODAY), &at);
	cr_assert_not_null(u);
	cr_expect_str_eq(at->datum.s, "2026-10-20");
	cr_expect_eq(u->value.i, OPP_UIT_DEELS);
	cr_expect_null(opp_doel_uitkomst(doc, goal("a"), day("2026-10-06"), NULL), "none held yet");
}

/* A status key wins, whatever the uitkomsten say. */
Test(query, status_key_wins)
{
	load(HEAD "overleggen:\n" MEETING(
	        "2026-10-20", "evaluatie",
	        HELD "    uitkomsten: {a: behaald, b: deels}\n") "doelen:\n" GOAL("a", "    status: lopend\n")
	             GOAL("b", "    status: niet-behaald\n") GOAL("c", "    status: deels\n"));
	cr_expect_eq(status("a", TODAY), OPP_DOEL_LOPEND);
	cr_expect_eq(status("b", TODAY), OPP_DOEL_NIET_BEHAALD);
	cr_expect_eq(status("c", TODAY), OPP_DOEL_DEELS);
	cr_expect(!opp_doel_actief(doc, goal("c"), day(TODAY)), "only lopend is active");
}

/* ---- where a meeting stands ----------------------------------------------- */

/* "Held but not written up" is one question: the obligation verslag and
 * the documents' status agree on a held OT with a verslag but without
 * aanwezigen (both: not written up), and on one dated later that is
 * written up already (today's meeting, or the verslag ahead). */
Test(query, overleg_stand_as_the_verslag_obligation_asks)
{
	static const enum opp_overleg_stand want[] = {OPP_OVERLEG_GEHOUDEN, OPP_OVERLEG_ZONDER_AANWEZIG,
	                                              OPP_OVERLEG_ZONDER_VERSLAG, OPP_OVERLEG_GEPLAND,
	                                              OPP_OVERLEG_GEHOUDEN};

	load(HEAD "overleggen:\n" MEETING("2026-10-06", "ot", HELD)
	             MEETING("2026-10-13", "ot", "    verslag: Besproken.\n")
	                     MEETING("2026-10-20", "ot", "    aanwezig:\n      - ouders\n")
	                             MEETING("2026-11-20", "ot", "") MEETING("2026-11-02", "ot", HELD));
	cr_assert_eq(doc->overleggen.n, 5);
	for (size_t i = 0; i < 5; i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];
		cr_expect_eq(opp_overleg_stand(o, day(TODAY)), want[i], "meeting %zu", i + 1);
		cr_expect_eq(opp_overleg_vastgelegd(o), want[i] == OPP_OVERLEG_GEHOUDEN, "meeting %zu",
		             i + 1);
	}
	cr_expect_str_eq(opp_label_overleg[OPP_OVERLEG_ZONDER_AANWEZIG], "gehouden, aanwezigen ontbreken");
}

/* Consent counts when given on or before the meeting, and as of today
 * once dated today or earlier: what the agenda lets out and what the
 * obligation toestemming asks are the same question. */
Test(query, toestemming_op_tijd_and_gegeven)
{
	load(HEAD "overleggen:\n" MEETING("2026-11-20", "ot", "    toestemming: 2026-11-10\n")
	             MEETING("2026-10-06", "ot", "    toestemming: 2026-10-08\n")
	                     MEETING("2026-11-20", "ot", "    toestemming: 2026-10-30\n")
	                             MEETING("2026-11-20", "ot", ""));
	cr_assert_eq(doc->overleggen.n, 4);
	cr_expect(opp_toestemming_op_tijd(&doc->overleggen.v[0]));
	cr_expect(!opp_toestemming_gegeven(&doc->overleggen.v[0], day(TODAY)), "dated after today");
	cr_expect(opp_toestemming_gegeven(&doc->overleggen.v[0], day("2026-11-10")));
	cr_expect(!opp_toestemming_op_tijd(&doc->overleggen.v[1]), "given after the meeting");
	cr_expect(!opp_toestemming_gegeven(&doc->overleggen.v[1], day(TODAY)));
	cr_expect(opp_toestemming_gegeven(&doc->overleggen.v[2], day(TODAY)));
	cr_expect(!opp_toestemming_op_tijd(&doc->overleggen.v[3]), "none recorded");
}

/* ---- gesteld --------------------------------------------------------------- */

Test(query, gesteld_given_or_the_first_held_ot)
{
	int32_t set = 0;

	/* The first held OT by date (the evaluation before it does not count,
	 * nor the OT listed first but dated later). */
	load(HEAD "overleggen:\n" MEETING("2026-09-01", "evaluatie", HELD) MEETING("2026-10-13", "ot", HELD)
	             MEETING("2026-10-06", "ot", HELD)
	                     MEETING("2026-11-20", "ot", "") "doelen:\n" GOAL("a", "")
	                             GOAL("b", "    gesteld: 2026-10-30\n"));
	cr_assert(opp_doel_gesteld(doc, goal("a"), day(TODAY), &set));
	cr_expect_eq(set, day("2026-10-06"));
	cr_assert(opp_doel_gesteld(doc, goal("b"), day(TODAY), &set));
	cr_expect_eq(set, day("2026-10-30"));
	/* Before any OT is held, a goal without gesteld has no date. */
	cr_expect(!opp_doel_gesteld(doc, goal("a"), day("2026-10-06"), &set));
	cr_assert(opp_doel_gesteld(doc, goal("a"), day("2026-10-07"), &set));
	cr_expect_eq(set, day("2026-10-06"));
}

Test(query, gesteld_unknown_without_a_held_ot)
{
	int32_t set = 0;

	load(HEAD "overleggen:\n" MEETING("2026-11-20", "ot", "") "doelen:\n" GOAL("a", ""));
	cr_expect(!opp_doel_gesteld(doc, goal("a"), day(TODAY), &set));
}

/* ---- open at a meeting ------------------------------------------------------ */

Test(query, doel_open_bij)
{
	load(HEAD "overleggen:\n" MEETING("2026-10-06", "ot", HELD) MEETING(
	        "2026-10-20", "evaluatie", HELD "    uitkomsten: {a: behaald, b: deels, c: gestopt}\n")
	             MEETING("2026-10-27", "evaluatie", HELD) "doelen:\n" GOAL("a", "") GOAL("b", "")
	                     GOAL("c", "") GOAL("set-at", "    gesteld: 2026-10-20\n")
	                             GOAL("set-after", "    gesteld: 2026-10-21\n")
	                                     GOAL("stopped", "    status: gestopt\n")
	                                             GOAL("running", "    status: lopend\n"));
	const struct opp_overleg *ev1 = &doc->overleggen.v[1], *ev2 = &doc->overleggen.v[2];
	const int32_t t = day(TODAY);

	/* At the first evaluation: everything set at the OT, including the
	 * goals it closes; not the goals set on or after its day. */
	cr_expect(opp_doel_open_bij(doc, goal("a"), ev1, t));
	cr_expect(opp_doel_open_bij(doc, goal("c"), ev1, t));
	cr_expect(!opp_doel_open_bij(doc, goal("set-at"), ev1, t));
	cr_expect(!opp_doel_open_bij(doc, goal("set-after"), ev1, t));
	cr_expect(!opp_doel_open_bij(doc, goal("stopped"), ev1, t),
	          "a status other than lopend: open at none");
	cr_expect(opp_doel_open_bij(doc, goal("running"), ev1, t), "status lopend is open");
	/* At the second: closed at the first (behaald, gestopt) is not open;
	 * deels is; set before it is. */
	cr_expect(!opp_doel_open_bij(doc, goal("a"), ev2, t));
	cr_expect(!opp_doel_open_bij(doc, goal("c"), ev2, t));
	cr_expect(opp_doel_open_bij(doc, goal("b"), ev2, t));
	cr_expect(opp_doel_open_bij(doc, goal("set-at"), ev2, t));
	cr_expect(opp_doel_open_bij(doc, goal("set-after"), ev2, t));
}

/* ---- who signs --------------------------------------------------------------- */

Test(query, toegang_start_of_the_earliest_beschikking_item)
{
	int32_t start = 0;

	load(HEAD "doelen:\n" GOAL("a", "") "arrangement:\n" ITEM("s", "a", "lk", "2026-09-01", "school",
	                                                          "basisondersteuning")
	             ITEM("v", "a", "jhv", "2026-09-15", "gemeente", "vrij-toegankelijk")
	                     ITEM("b2", "a", "jhv", "2026-11-01", "gemeente", "beschikking")
	                             ITEM("b1", "a", "jhv", "2026-10-01", "gemeente", "beschikking")
	                                     ITEM("x", "a", "jhv", "2026-08-01", "swv", "beschikking"));
	cr_assert(opp_toegang_start(doc, &start));
	cr_expect_eq(start, day("2026-10-01"));
}

Test(query, toegang_not_needed)
{
	int32_t start = 0;

	load(HEAD "doelen:\n" GOAL("a", "") "arrangement:\n" ITEM("s", "a", "lk", "2026-09-01", "school",
	                                                          "basisondersteuning")
	             ITEM("v", "a", "jhv", "2026-09-15", "gemeente", "vrij-toegankelijk"));
	cr_expect(!opp_toegang_start(doc, &start));
	load(HEAD);
	cr_expect(!opp_toegang_start(doc, &start));
}

/* The pupil's age on the first start of any item, against
 * leeftijd_instemming. */
Test(query, leerling_tekent_by_age_on_the_first_start)
{
	load(HEADX("2008-10-01", "ib") "doelen:\n" GOAL("a", "") "arrangement:\n" ITEM(
	        "late", "a", "lk", "2026-12-01", "school", "basisondersteuning")
	             ITEM("early", "a", "lk", "2026-10-01", "school", "basisondersteuning"));
	cr_expect(opp_leerling_tekent(doc, &cfg), "18 on 2026-10-01");
	load(HEADX("2008-10-02", "ib") "doelen:\n" GOAL("a", "") "arrangement:\n" ITEM(
	        "late", "a", "lk", "2026-12-01", "school", "basisondersteuning")
	             ITEM("early", "a", "lk", "2026-10-01", "school", "basisondersteuning"));
	cr_expect(!opp_leerling_tekent(doc, &cfg), "17 on the first start, 18 before the second");
	cfg.leeftijd_instemming = 16;
	cr_expect(opp_leerling_tekent(doc, &cfg));
}

Test(query, leerling_tekent_needs_a_birth_date_and_a_start)
{
	load("opp: 1\nleerling:\n  naam: Sam\n  school: De Linde\nregie:\n  opp: ib\nbetrokkenen:\n"
	     "  - id: ib\n    naam: Bea Smit\n    rol: intern-begeleider\n"
	     "doelen:\n" GOAL("a", "") "arrangement:\n" ITEM("s", "a", "ib", "2026-10-01", "school",
	                                                     "basisondersteuning"));
	cr_expect(!opp_leerling_tekent(doc, &cfg), "no geboortedatum");
	load(HEADX("1990-01-01", "ib"));
	cr_expect(!opp_leerling_tekent(doc, &cfg), "no arrangement");
}

/* ---- the chair ------------------------------------------------------------------ */

Test(query, voorzitter_is_regie)
{
	load(HEAD "overleggen:\n" MEETING("2026-11-20", "ot", "    voorzitter: ib\n")
	             MEETING("2026-11-21", "ot", "    voorzitter: dir\n") MEETING("2026-11-22", "ot", ""));
	cr_expect(opp_voorzitter_is_regie(doc, &doc->overleggen.v[0]));
	cr_expect(!opp_voorzitter_is_regie(doc, &doc->overleggen.v[1]));
	cr_expect(!opp_voorzitter_is_regie(doc, &doc->overleggen.v[2]), "no chair");
}

/* ---- who a meeting must invite ----------------------------------------------------- */

static const struct opp_need *
need_for(const struct opp_need *n, size_t k, const char *id, uint32_t roles)
{
	for (size_t i = 0; i < k; i++)
		if ((id && n[i].id && strcmp(n[i].id, id) == 0) || (roles && n[i].roles == roles))
			return &n[i];
	return NULL;
}

/* An OT: the four fixed participants and the chair, all checked. */
Test(query, invite_needs_of_an_ot)
{
	struct opp_need n[OPP_MAX_NEEDS];
	size_t k;
	const struct opp_need *c;

	load(HEAD "overleggen:\n" MEETING("2026-11-20", "ot", "      - lk\n    voorzitter: dir\n"));
	k = opp_invite_needs(doc, &doc->overleggen.v[0], day(TODAY), n);
	cr_assert_eq(k, 5);
	for (size_t i = 0; i < k; i++) {
		cr_expect(n[i].required, "%s", n[i].what);
		cr_expect(n[i].checked, "every need of an OT is checked: %s", n[i].what);
		cr_expect(n[i].what && *n[i].what && n[i].wie && *n[i].wie && n[i].reason && n[i].waarom);
	}
	cr_assert_not_null(c = need_for(n, k, "dir", 0));
	cr_expect(!c->met, "the chair is not invited");
	cr_expect(need_for(n, k, "ib", 0)->met);
	cr_expect(need_for(n, k, NULL, OPP_ROLBIT(OPP_ROL_OUDERS))->met);
	cr_expect(need_for(n, k, NULL, OPP_ROLBIT(OPP_ROL_LEERKRACHT) | OPP_ROLBIT(OPP_ROL_MENTOR))->met);
	cr_expect(!need_for(n, k, NULL, OPP_ROLBIT(OPP_ROL_ORTHOPEDAGOOG))->met);
}

/* The regievoerder as chair is one need, not two; an unknown chair is
 * no need (rule ref reports it). */
Test(query, invite_needs_chair_is_regie_or_unknown)
{
	struct opp_need n[OPP_MAX_NEEDS];

	load(HEAD "overleggen:\n" MEETING("2026-11-20", "ot", "    voorzitter: ib\n")
	             MEETING("2026-11-21", "ot", "    voorzitter: niemand\n"));
	cr_expect_eq(opp_invite_needs(doc, &doc->overleggen.v[0], day(TODAY), n), 4);
	cr_expect_eq(opp_invite_needs(doc, &doc->overleggen.v[1], day(TODAY), n), 4);
	cr_expect_null(need_for(n, 4, "niemand", 0));
}

/* An evaluation: parents, regievoerder, a teacher and who delivered the
 * support in the period under evaluation; only the chair is checked. */
Test(query, invite_needs_of_an_evaluation)
{
	struct opp_need n[OPP_MAX_NEEDS];
	size_t k;
	const struct opp_need *c;

	load(HEAD "overleggen:\n" MEETING("2026-10-06", "ot", HELD)
	             MEETING("2026-11-20", "evaluatie", "    voorzitter: dir\n") "doelen:\n" GOAL(
	                     "a", "") "arrangement:\n" ITEM("ab", "a", "ab", "2026-10-12", "swv",
	                                                    "arrangement-swv")
	                     ITEM("ab2", "a", "ab", "2026-10-19", "swv", "arrangement-swv")
	                             ITEM("na", "a", "jhv", "2026-12-01", "gemeente", "beschikking")
	                                     ITEM("naam", "a", "Praktijk De Klank", "2026-10-12", "ouders",
	                                          "anders"));
	k = opp_invite_needs(doc, &doc->overleggen.v[1], day(TODAY), n);
	cr_assert_not_null(c = need_for(n, k, "dir", 0));
	cr_expect(c->checked && c->required && !c->met);
	cr_assert_not_null(c = need_for(n, k, "ib", 0));
	cr_expect(c->required && c->met && !c->checked, "the regievoerder is not checked at an evaluation");
	cr_assert_not_null(c = need_for(n, k, "ab", 0));
	cr_expect(!c->required && !c->checked && !c->met);
	cr_expect_null(need_for(n, k, "jhv", 0), "support that starts after the evaluation");
	/* dir, ouders, ib, teacher, ab once. */
	cr_expect_eq(k, 5);
	for (size_t i = 0; i < k; i++)
		cr_expect(n[i].checked == (n[i].id && strcmp(n[i].id, "dir") == 0), "%s", n[i].what);
}

/* The regievoerder chairing an evaluation: that need is checked. */
Test(query, invite_needs_regie_chairs_an_evaluation)
{
	struct opp_need n[OPP_MAX_NEEDS];
	size_t k;

	load(HEAD "overleggen:\n"
	          "  - datum: 2026-11-20\n    soort: evaluatie\n    doel: Evalueren\n"
	          "    genodigden: [ouders]\n    voorzitter: ib\n");
	k = opp_invite_needs(doc, &doc->overleggen.v[0], day(TODAY), n);
	cr_assert_not_null(need_for(n, k, "ib", 0));
	cr_expect(need_for(n, k, "ib", 0)->checked && !need_for(n, k, "ib", 0)->met);
}

/* A signal adds an optional, checked need to an OT. */
Test(query, invite_needs_signal)
{
	struct opp_need n[OPP_MAX_NEEDS];
	size_t k;
	const struct opp_need *c;

	load(HEAD "signalen: [sociaal-medisch]\n"
	          "overleggen:\n" MEETING("2026-11-20", "ot", "      - jgz\n"));
	k = opp_invite_needs(doc, &doc->overleggen.v[0], day(TODAY), n);
	cr_assert_not_null(c = need_for(n, k, NULL, OPP_ROLBIT(OPP_ROL_JGZ)));
	cr_expect(!c->required && c->checked && c->met);
}

/* Without a soort nobody can say who belongs there. */
Test(query, invite_needs_without_soort)
{
	struct opp_need n[OPP_MAX_NEEDS];

	load(HEAD "overleggen:\n  - datum: 2026-11-20\n    doel: Bespreken\n    genodigden: [ouders]\n");
	cr_expect_eq(opp_invite_needs(doc, &doc->overleggen.v[0], day(TODAY), n), 0);
}

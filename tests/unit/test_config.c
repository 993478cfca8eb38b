/*
 * test_config — `.opp.yaml`: the defaults, what each setting changes in
 * the rules, broken configs refused at the line of the problem, and the
 * lookup from a case folder upwards.
 *
 * Case fixtures follow test_rules.c: YAML string literals built from
 * blocks of known length, one key per line, line numbers in comments.
 */
#include <stdio.h> /* helpers.h uses fprintf without including it */
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"

#define TODAY "2026-11-02"

/* ---- case blocks ---------------------------------------------------------- */

/* The pupil's birth date and the role of the youth-care access worker
 * (id toegang) vary. */
#define HEADX(geb, rol)                                                                                      \
	"opp: 1\n"                     /*  1 */                                                              \
	"leerling:\n"                  /*  2 */                                                              \
	"  naam: Sam\n"                /*  3 */                                                              \
	"  geboortedatum: " geb "\n"   /*  4 */                                                              \
	"  school: De Linde\n"         /*  5 */                                                              \
	"betrokkenen:\n"               /*  6 */                                                              \
	"  - id: ouders\n"             /*  7 */                                                              \
	"    naam: Ouders van Sam\n"   /*  8 */                                                              \
	"    rol: ouders\n"            /*  9 */                                                              \
	"  - id: lk\n"                 /* 10 */                                                              \
	"    naam: Ans de Vries\n"     /* 11 */                                                              \
	"    rol: leerkracht\n"        /* 12 */                                                              \
	"  - id: ib\n"                 /* 13 */                                                              \
	"    naam: Bea Smit\n"         /* 14 */                                                              \
	"    rol: intern-begeleider\n" /* 15 */                                                              \
	"  - id: ortho\n"              /* 16 */                                                              \
	"    naam: Otto Wolters\n"     /* 17 */                                                              \
	"    rol: orthopedagoog\n"     /* 18 */                                                              \
	"  - id: toegang\n"            /* 19 */                                                              \
	"    naam: Sevda Yilmaz\n"     /* 20 */                                                              \
	"    rol: " rol "\n"           /* 21 */                                                              \
	"regie:\n"                     /* 22 */                                                              \
	"  opp: ib\n"                  /* 23 */
#define H    23
#define HEAD HEADX("2015-03-01", "wijkteammedewerker")

/* A held OT (2026-10-06), school people only, fully recorded. */
#define OT1                                                                                                  \
	"overleggen:\n"                                /*  1 */                                              \
	"  - datum: 2026-10-06\n"                      /*  2 */                                              \
	"    soort: ot\n"                              /*  3 */                                              \
	"    doel: Begrijpen wat Sam nodig heeft\n"    /* 4 */                                               \
	"    genodigden:\n"                            /*  5 */                                              \
	"      - ouders\n"                             /*  6 */                                              \
	"      - lk\n"                                 /*  7 */                                              \
	"      - ib\n"                                 /*  8 */                                              \
	"      - ortho\n"                              /*  9 */                                              \
	"    aanwezig:\n"                              /* 10 */                                              \
	"      - ouders\n"                             /* 11 */                                              \
	"    kindgesprek:\n"                           /* 12 */                                              \
	"      datum: 2026-10-01\n"                    /* 13 */                                              \
	"    verslag: Pauzebegeleiding afgesproken.\n" /* 14 */
#define N_OT1 14

/* A planned evaluation, an item of overleggen after OT1. */
#define EVALX(datum)                                                                                         \
	"  - datum: " datum "\n" /* 1 */                                                                     \
	"    soort: evaluatie\n" /* 2 */                                                                     \
	"    doel: Evalueren\n"  /* 3 */                                                                     \
	"    genodigden:\n"      /* 4 */                                                                     \
	"      - ouders\n"       /* 5 */                                                                     \
	"      - ib\n"           /* 6 */
#define N_EVAL 6

/* Needs, one goal, signatures, uitstroom, vastgesteld. */
#define REST                                                                                                 \
	"behoeften:\n"                            /*  1 */                                                   \
	"  leerling:\n"                           /*  2 */                                                   \
	"    - Een vaste volwassene\n"            /*  3 */                                                   \
	"doelen:\n"                               /*  4 */                                                   \
	"  - id: pauze\n"                         /*  5 */                                                   \
	"    doel: Ik ga naar buiten\n"           /*  6 */                                                   \
	"    termijn: 2027-03-01\n"               /*  7 */                                                   \
	"ondertekening:\n"                        /*  8 */                                                   \
	"  ouders: 2026-10-08\n"                  /*  9 */                                                   \
	"  school: 2026-10-08\n"                  /* 10 */                                                   \
	"uitstroomperspectief:\n"                 /* 11 */                                                   \
	"  richting: vmbo-tl\n"                   /* 12 */                                                   \
	"vastgesteld: 2026-10-09\n"               /* 13 */                                                   \
	"integratief_beeld: Sam zoekt houvast.\n" /* 14 */
#define N_REST 14

/* The support for pauze, starting on `start`, paid by the school. */
#define ITEM(start)                                                                                          \
	"arrangement:\n"                        /*  1 */                                                     \
	"  - id: steun\n"                       /*  2 */                                                     \
	"    doelen:\n"                         /*  3 */                                                     \
	"      - pauze\n"                       /*  4 */                                                     \
	"    wat: Pauzebegeleiding\n"           /*  5 */                                                     \
	"    wie: lk\n"                         /*  6 */                                                     \
	"    start: " start "\n"                /*  7 */                                                     \
	"    bekostiging:\n"                    /*  8 */                                                     \
	"      door: school\n"                  /*  9 */                                                     \
	"      grondslag: basisondersteuning\n" /* 10 */                                                     \
	"      status: toegekend\n"             /* 11 */

/* A whole case in step 7: the arrangement last. */
#define CASEX(head, eval, start)                                                                             \
	head OT1 EVALX(eval)                                                                                 \
	REST ITEM(start)
#define P_ITEM (H + N_OT1 + N_EVAL + N_REST) /* the line before "arrangement:" */

/* ---- fixture and asserts ------------------------------------------------ */

static struct opp_config cfg;
static struct opp_diags d, cd; /* case findings, config findings */
static struct opp_doc *doc;

static void
fini(void)
{
	opp_diags_release(&d);
	opp_diags_release(&cd);
	opp_doc_free(doc);
	doc = NULL;
	opp_config_release(&cfg);
}

#define T(suite, name) Test(suite, name, .fini = fini)

static unsigned
nlines(const char *s)
{
	unsigned n = 0;
	for (; *s; s++)
		n += *s == '\n';
	return n;
}

/* Parse config text that must be accepted. */
static void
config(const char *text)
{
	opp_diags_init(&cd);
	bool ok = opp_config_parse(&cfg, "test.opp.yaml", text, strlen(text), &cd);
	if (!ok || cd.n)
		dump(&cd);
	cr_assert(ok, "config refused: %s", text);
	cr_assert_eq(cd.n, 0);
}

/* Parse config text that must be refused, with a finding at line. */
static void
refused(const char *text, unsigned line)
{
	opp_diags_init(&cd);
	bool ok = opp_config_parse(&cfg, "test.opp.yaml", text, strlen(text), &cd);
	cr_assert_not(ok, "config accepted: %s", text);
	if (!cd.n || cd.v[0].pos.line != line)
		dump(&cd);
	cr_assert_geq(cd.n, 1, "refused without a finding");
	cr_assert_eq(cd.v[0].pos.line, line, "finding at line %u, want %u", cd.v[0].pos.line, line);
	cr_assert_eq(cd.v[0].sev, OPP_SEV_ERROR);
}

/* Check a case, with the parsed config (c true) or the defaults. */
static void
run(const char *yaml, const char *as_of, bool c)
{
	opp_diags_release(&d);
	opp_doc_free(doc);
	doc = check_yaml(yaml, as_of, c ? &cfg : NULL, &d);
	cr_assert_not_null(doc);
}

#define FIRES(rule, line)                                                                                    \
	do {                                                                                                 \
		size_t n_ = fired(&d, (rule), (line));                                                       \
		if (n_ != 1)                                                                                 \
			dump(&d);                                                                            \
		cr_assert_eq(n_, 1, "%s: want one finding at line %u, got %zu", opp_rules[rule].name,        \
		             (unsigned)(line), n_);                                                          \
		if (others(&d, (rule)))                                                                      \
			dump(&d);                                                                            \
		cr_assert_eq(others(&d, (rule)), 0, "findings other than %s", opp_rules[rule].name);         \
	} while (0)

#define CLEAN()                                                                                              \
	do {                                                                                                 \
		if (d.n)                                                                                     \
			dump(&d);                                                                            \
		cr_assert_eq(d.n, 0, "want no findings, got %zu", d.n);                                      \
	} while (0)

/* ---- the fixtures themselves -------------------------------------------- */

T(fixture, block_lengths)
{
	cr_assert_eq(nlines(HEAD), H);
	cr_assert_eq(nlines(OT1), N_OT1);
	cr_assert_eq(nlines(EVALX("2027-03-09")), N_EVAL);
	cr_assert_eq(nlines(REST), N_REST);
	cr_assert_eq(nlines(HEAD OT1 EVALX("2027-03-09") REST), P_ITEM);
	run(CASEX(HEAD, "2027-03-09", "2026-10-12"), TODAY, false);
	CLEAN();
}

/* ---- defaults ------------------------------------------------------------- */

T(defaults, spec_values)
{
	opp_config_defaults(&cfg);
	cr_assert_null(cfg.path);
	cr_assert_eq(cfg.max_doelen, 5);
	cr_assert_eq(cfg.overbrugging_weken, 6);
	cr_assert_eq(cfg.evaluatie_maanden, 12);
	cr_assert_eq(cfg.leeftijd_instemming, 18);
	cr_assert_str_eq(cfg.tijdzone, "Europe/Amsterdam");
	cr_assert_eq(cfg.n_rollen, 0);
	for (int i = 0; i < OPP_RULE_COUNT; i++)
		cr_assert_eq(cfg.regels[i], -1, "rule %s not at its default", opp_rules[i].name);
	cr_assert_eq(opp_config_rol(&cfg, "toegangsteam-jeugd"), -1);
}

T(defaults, empty_config)
{
	config("");
	cr_assert_str_eq(cfg.path, "test.opp.yaml");
	cr_assert_eq(cfg.max_doelen, 5);
	cr_assert_eq(cfg.overbrugging_weken, 6);
	cr_assert_eq(cfg.evaluatie_maanden, 12);
	cr_assert_eq(cfg.leeftijd_instemming, 18);
}

T(defaults, comments_only)
{
	config("# nothing set here\n");
	cr_assert_eq(cfg.max_doelen, 5);
}

/* Settings not named keep their default; x- keys are free. */
T(defaults, others_keep_defaults)
{
	config("max_doelen: 3\n"
	       "x-regio: Utrechtse Heuvelrug\n");
	cr_assert_eq(cfg.max_doelen, 3);
	cr_assert_eq(cfg.overbrugging_weken, 6);
	cr_assert_eq(cfg.evaluatie_maanden, 12);
	cr_assert_eq(cfg.leeftijd_instemming, 18);
}

T(defaults, every_setting)
{
	config("max_doelen: 4\n"
	       "overbrugging_weken: 8\n"
	       "evaluatie_maanden: 6\n"
	       "leeftijd_instemming: 16\n"
	       "tijdzone: Europe/Brussels\n"
	       "organisator:\n"
	       "  naam: Bea Smit\n"
	       "  email: b.smit@school.example\n"
	       "volledige_naam: true\n");
	cr_assert_eq(cfg.max_doelen, 4);
	cr_assert_eq(cfg.overbrugging_weken, 8);
	cr_assert_eq(cfg.evaluatie_maanden, 6);
	cr_assert_eq(cfg.leeftijd_instemming, 16);
	cr_assert_str_eq(cfg.tijdzone, "Europe/Brussels");
	cr_assert_str_eq(cfg.organisator_naam, "Bea Smit");
	cr_assert_str_eq(cfg.organisator_email, "b.smit@school.example");
	cr_assert(cfg.volledige_naam);
}

/* ---- each setting changes its rule ---------------------------------------- */

/* Four active goals: fine by default (5), too many with max_doelen: 3. */
#define FOUR_GOALS                                                                                           \
	HEAD "behoeften:\n"  /* H+1 */                                                                       \
	     "  leerling:\n" /* H+2 */                                                                       \
	     "    - Rust\n"  /* H+3 */                                                                       \
	     "doelen:\n"     /* H+4 */                                                                       \
	     "  - id: een\n" /* H+5 */                                                                       \
	     "    doel: Doel een\n"                                                                          \
	     "    termijn: 2027-03-01\n"                                                                     \
	     "  - id: twee\n" /* H+8 */                                                                      \
	     "    doel: Doel twee\n"                                                                         \
	     "    termijn: 2027-03-01\n"                                                                     \
	     "  - id: drie\n" /* H+11 */                                                                     \
	     "    doel: Doel drie\n"                                                                         \
	     "    termijn: 2027-03-01\n"                                                                     \
	     "  - id: vier\n" /* H+14 */                                                                     \
	     "    doel: Doel vier\n"                                                                         \
	     "    termijn: 2027-03-01\n"                                                                     \
	     "integratief_beeld: Sam zoekt rust.\n"

T(max_doelen, lower_limit)
{
	config("max_doelen: 3\n");
	cr_assert_eq(cfg.max_doelen, 3);
	run(FOUR_GOALS, TODAY, false);
	CLEAN();
	run(FOUR_GOALS, TODAY, true);
	FIRES(OPP_RULE_DOELEN_MAX, H + 14);
}

T(max_doelen, exactly_the_limit)
{
	config("max_doelen: 4\n");
	run(FOUR_GOALS, TODAY, true);
	CLEAN();
}

/* OT1 was 2026-10-06. A start on 2026-10-21 is two weeks and a day later;
 * 2026-11-18 is six weeks and a day. */
T(overbrugging_weken, shorter)
{
	config("overbrugging_weken: 2\n");
	run(CASEX(HEAD, "2027-03-09", "2026-10-21"), TODAY, false);
	CLEAN();
	run(CASEX(HEAD, "2027-03-09", "2026-10-21"), TODAY, true);
	FIRES(OPP_RULE_OVERBRUGGING, P_ITEM + 7);
	run(CASEX(HEAD, "2027-03-09", "2026-10-20"), TODAY, true); /* exactly two weeks */
	CLEAN();
}

T(overbrugging_weken, longer)
{
	config("overbrugging_weken: 8\n");
	run(CASEX(HEAD, "2027-03-09", "2026-11-18"), TODAY, false);
	FIRES(OPP_RULE_OVERBRUGGING, P_ITEM + 7);
	run(CASEX(HEAD, "2027-03-09", "2026-11-18"), TODAY, true);
	CLEAN();
}

/* Six months after OT1 (2026-10-06) is 2027-04-06. */
T(evaluatie_maanden, six)
{
	config("evaluatie_maanden: 6\n");
	run(CASEX(HEAD, "2027-04-07", "2026-10-12"), TODAY, false);
	CLEAN();
	run(CASEX(HEAD, "2027-04-07", "2026-10-12"), TODAY, true);
	FIRES(OPP_RULE_EVALUATIE_GEPLAND, H + N_OT1 + 1);
	run(CASEX(HEAD, "2027-04-06", "2026-10-12"), TODAY, true);
	CLEAN();
}

/* Sixteen on the day support starts: signs with leeftijd_instemming 16. */
T(leeftijd_instemming, sixteen)
{
	config("leeftijd_instemming: 16\n");
	run(CASEX(HEADX("2010-10-12", "wijkteammedewerker"), "2027-03-09", "2026-10-12"), TODAY, false);
	CLEAN();
	run(CASEX(HEADX("2010-10-12", "wijkteammedewerker"), "2027-03-09", "2026-10-12"), TODAY, true);
	FIRES(OPP_RULE_ONDERTEKENING, H + N_OT1 + N_EVAL + 9); /* ondertekening's first key */
	/* fifteen on that day: not yet */
	run(CASEX(HEADX("2010-10-13", "wijkteammedewerker"), "2027-03-09", "2026-10-12"), TODAY, true);
	CLEAN();
}

/* ---- rollen --------------------------------------------------------------- */

/* A planned OT with the fixed participants and the access worker, for
 * a case with the signal opvoeden-zwaar (which suggests the wijkteam). */
#define OT_TOEGANG                                                                                           \
	"overleggen:\n"           /* H+1 */                                                                  \
	"  - datum: 2026-11-20\n" /* H+2 */                                                                  \
	"    soort: ot\n"                                                                                    \
	"    doel: Kennismaken\n"                                                                            \
	"    genodigden:\n" /* H+5 */                                                                        \
	"      - ouders\n"  /* H+6 */                                                                        \
	"      - lk\n"                                                                                       \
	"      - ib\n"                                                                                       \
	"      - ortho\n"                                                                                    \
	"      - toegang\n"                                                                                  \
	"signalen:\n"                                                                                        \
	"  - opvoeden-zwaar\n"

T(rollen, regional_name_counts_as_wijkteam)
{
	config("rollen:\n"
	       "  toegangsteam-jeugd: wijkteammedewerker\n"
	       "  klantmanager-jeugd: wijkteammedewerker\n");
	cr_assert_eq(cfg.n_rollen, 2);
	cr_assert_eq(opp_config_rol(&cfg, "toegangsteam-jeugd"), OPP_ROL_WIJKTEAM);
	cr_assert_eq(opp_config_rol(&cfg, "klantmanager-jeugd"), OPP_ROL_WIJKTEAM);
	cr_assert_eq(opp_config_rol(&cfg, "kernpuntmedewerker"), -1);

	run(HEADX("2015-03-01", "toegangsteam-jeugd") OT_TOEGANG, TODAY, true);
	CLEAN();
	cr_assert_eq(doc->betrokkenen.v[4].rol.i, OPP_ROL_WIJKTEAM);
}

/* Without the mapping the role is unknown: a schema error at its line,
 * and the wijkteam the signal asks for is missing. */
T(rollen, without_mapping)
{
	run(HEADX("2015-03-01", "toegangsteam-jeugd") OT_TOEGANG, TODAY, false);
	cr_assert_eq(fired(&d, OPP_RULE_SCHEMA, 21), 1);
	cr_assert_eq(fired(&d, OPP_RULE_DEELNEMERS, H + 6), 1);
}

/* The mapped person may hold regie over the gezinsplan. */
T(rollen, mapped_role_holds_regie_gezinsplan)
{
	config("rollen:\n"
	       "  toegangsteam-jeugd: wijkteammedewerker\n");
	run(HEADX("2015-03-01", "toegangsteam-jeugd") "  gezinsplan: toegang\n"
	                                              "gezinsplan:\n"
	                                              "  datum: 2026-10-20\n",
	    TODAY, true);
	CLEAN();
}

/* The mapping is onto a standard role. */
T(rollen, onto_an_unknown_role)
{
	refused("rollen:\n"
	        "  toegangsteam-jeugd: wijkteam\n",
	        2);
}

T(rollen, not_a_mapping)
{
	refused("rollen:\n"
	        "  - toegangsteam-jeugd\n",
	        2);
}

/* ---- regels --------------------------------------------------------------- */

#define ONE_HYPOTHESIS                                                                                       \
	HEAD "waarneming:\n"            /* H+1 */                                                            \
	     "  hypothesen:\n"          /* H+2 */                                                            \
	     "    - Sam is verlegen.\n" /* H+3 */

T(regels, uit_silences)
{
	run(ONE_HYPOTHESIS, TODAY, false);
	FIRES(OPP_RULE_HYPOTHESEN, H + 3);
	config("regels:\n"
	       "  hypothesen: uit\n");
	cr_assert_eq(cfg.regels[OPP_RULE_HYPOTHESEN], OPP_SEV_OFF);
	run(ONE_HYPOTHESIS, TODAY, true);
	CLEAN();
}

T(regels, fout_upgrades_a_warning)
{
	config("regels:\n"
	       "  hypothesen: fout\n");
	run(ONE_HYPOTHESIS, TODAY, true);
	FIRES(OPP_RULE_HYPOTHESEN, H + 3);
	cr_assert_eq(sev_of(&d, OPP_RULE_HYPOTHESEN), OPP_SEV_ERROR);
}

/* A held OT without verslag: an error by default. */
#define NO_VERSLAG                                                                                           \
	HEAD "overleggen:\n"           /* H+1 */                                                             \
	     "  - datum: 2026-10-06\n" /* H+2 */                                                             \
	     "    soort: ot\n"                                                                               \
	     "    doel: Kennismaken\n"                                                                       \
	     "    genodigden:\n"                                                                             \
	     "      - ouders\n"                                                                              \
	     "      - lk\n"                                                                                  \
	     "      - ib\n"                                                                                  \
	     "      - ortho\n"                                                                               \
	     "    aanwezig:\n"                                                                               \
	     "      - ouders\n"                                                                              \
	     "    kindgesprek:\n"                                                                            \
	     "      datum: 2026-10-01\n"

T(regels, waarschuwing_downgrades_an_error)
{
	run(NO_VERSLAG, TODAY, false);
	FIRES(OPP_RULE_VERSLAG, H + 2);
	cr_assert_eq(sev_of(&d, OPP_RULE_VERSLAG), OPP_SEV_ERROR);
	config("regels:\n"
	       "  verslag: waarschuwing\n");
	run(NO_VERSLAG, TODAY, true);
	FIRES(OPP_RULE_VERSLAG, H + 2);
	cr_assert_eq(sev_of(&d, OPP_RULE_VERSLAG), OPP_SEV_WARNING);
	cr_assert_eq(opp_diags_count(&d, OPP_SEV_ERROR), 0);
}

/* Other rules keep their severity. */
T(regels, only_the_named_rule)
{
	config("regels:\n"
	       "  verslag: uit\n");
	run(ONE_HYPOTHESIS, TODAY, true);
	FIRES(OPP_RULE_HYPOTHESEN, H + 3);
	cr_assert_eq(sev_of(&d, OPP_RULE_HYPOTHESEN), OPP_SEV_WARNING);
}

/* The loader's schema findings follow the config too. */
T(regels, schema_can_be_downgraded)
{
	config("regels:\n"
	       "  schema: waarschuwing\n");
	run(HEAD "onbekend: 1\n", TODAY, true);
	cr_assert_eq(fired(&d, OPP_RULE_SCHEMA, H + 1), 1);
	cr_assert_eq(sev_of(&d, OPP_RULE_SCHEMA), OPP_SEV_WARNING);
}

T(regels, syntax_cannot_be_changed)
{
	refused("regels:\n"
	        "  syntax: uit\n",
	        2);
	cr_assert_eq(cd.v[0].rule, OPP_RULE_SCHEMA);
}

/* Even set by hand, a syntax finding is never changed or dropped. */
T(regels, syntax_findings_stay)
{
	opp_config_defaults(&cfg);
	cfg.regels[OPP_RULE_SYNTAX] = OPP_SEV_OFF;
	doc = check_yaml("opp: 1\nopp: 1\n", TODAY, &cfg, &d);
	cr_assert_eq(fired(&d, OPP_RULE_SYNTAX, 2), 1);
	cr_assert_eq(sev_of(&d, OPP_RULE_SYNTAX), OPP_SEV_ERROR);
	opp_diags_release(&d);
	cfg.regels[OPP_RULE_SYNTAX] = OPP_SEV_WARNING;
	opp_doc_free(doc);
	doc = check_yaml("opp: 1\nopp: 1\n", TODAY, &cfg, &d);
	cr_assert_eq(sev_of(&d, OPP_RULE_SYNTAX), OPP_SEV_ERROR);
}

T(regels, unknown_rule_with_suggestion)
{
	refused("max_doelen: 4\n"
	        "regels:\n"
	        "  hypotheses: uit\n",
	        3);
	cr_assert_not_null(strstr(cd.v[0].msg, "hypothesen"), "no suggestion: %s", cd.v[0].msg);
}

T(regels, bad_severity_word)
{
	refused("regels:\n"
	        "  hypothesen: streng\n",
	        2);
}

T(regels, english_severity_word)
{
	refused("regels:\n"
	        "  verslag: warning\n",
	        2);
}

T(regels, not_a_mapping)
{
	refused("regels: uit\n", 1);
}

/* ---- broken configs -------------------------------------------------------- */

T(broken, unknown_setting_with_suggestion)
{
	refused("tijdzone: Europe/Amsterdam\n"
	        "max_doeln: 3\n",
	        2);
	cr_assert_eq(cd.v[0].rule, OPP_RULE_SCHEMA);
	cr_assert_not_null(strstr(cd.v[0].msg, "max_doelen"), "no suggestion: %s", cd.v[0].msg);
}

T(broken, unknown_setting_without_suggestion)
{
	refused("kleur: blauw\n", 1);
}

T(broken, not_a_number)
{
	refused("tijdzone: Europe/Amsterdam\n"
	        "max_doelen: veel\n",
	        2);
}

T(broken, zero)
{
	refused("max_doelen: 0\n", 1);
}

T(broken, negative)
{
	refused("overbrugging_weken: -1\n", 1);
}

T(broken, fraction)
{
	refused("evaluatie_maanden: 6.5\n", 1);
}

T(broken, number_as_text)
{
	refused("leeftijd_instemming: \"16\"\n", 1);
}

T(broken, boolean_is_true_or_false)
{
	refused("volledige_naam: yes\n", 1);
}

T(broken, organisator_unknown_key)
{
	refused("organisator:\n"
	        "  naam: Bea Smit\n"
	        "  mail: b.smit@school.example\n",
	        3);
}

T(broken, not_a_mapping)
{
	refused("- max_doelen: 3\n", 1);
}

T(broken, just_text)
{
	refused("max_doelen\n", 1);
}

/* An unclosed bracket is reported where it opened, not where libyaml
 * gave up (the next line). */
T(broken, invalid_yaml)
{
	refused("max_doelen: 3\n"
	        "regels:\n"
	        "  verslag: [uit\n"
	        "tijdzone: Europe/Amsterdam\n",
	        3);
	cr_assert_eq(cd.v[0].rule, OPP_RULE_SYNTAX);
}

T(broken, bad_indentation)
{
	refused("max_doelen: 3\n"
	        "  evaluatie_maanden: 6\n",
	        2);
	cr_assert_eq(cd.v[0].rule, OPP_RULE_SYNTAX);
}

T(broken, duplicate_setting)
{
	refused("max_doelen: 3\n"
	        "max_doelen: 4\n",
	        2);
	cr_assert_eq(cd.v[0].rule, OPP_RULE_SYNTAX);
}

T(broken, several_problems_each_reported)
{
	opp_diags_init(&cd);
	static const char text[] = "max_doeln: 3\n"
	                           "evaluatie_maanden: nooit\n"
	                           "regels:\n"
	                           "  verslagg: uit\n";
	cr_assert_not(opp_config_parse(&cfg, "t", text, strlen(text), &cd));
	cr_assert_eq(cd.n, 3);
	cr_assert_eq(cd.v[0].pos.line, 1);
	cr_assert_eq(cd.v[1].pos.line, 2);
	cr_assert_eq(cd.v[2].pos.line, 4);
}

/* ---- opp_config_find ------------------------------------------------------ */

static char root[64];

static void
mkdirs(const char *rel)
{
	char p[256];
	snprintf(p, sizeof(p), "%s/%s", root, rel);
	cr_assert_eq(mkdir(p, 0700), 0, "mkdir %s", p);
}

static void
touch(const char *rel)
{
	char p[256];
	FILE *f;

	snprintf(p, sizeof(p), "%s/%s", root, rel);
	f = fopen(p, "w");
	cr_assert_not_null(f, "create %s", p);
	fputs("max_doelen: 4\n", f);
	fclose(f);
}

static void
rm(const char *rel)
{
	char p[256];
	snprintf(p, sizeof(p), "%s/%s", root, rel);
	remove(p);
}

static void
find_init(void)
{
	strcpy(root, "/tmp/opp-config-XXXXXX");
	cr_assert_not_null(mkdtemp(root));
	mkdirs("a");
	mkdirs("a/b");
	mkdirs("a/b/c");
	mkdirs("x");
	mkdirs("x/y");
}

static void
find_fini(void)
{
	rm("a/b/c/.opp.yaml");
	rm("a/.opp.yaml");
	rm("a/b/c");
	rm("a/b");
	rm("a");
	rm("x/y");
	rm("x");
	remove(root);
}

/* The expected path: the real path of root/rel/.opp.yaml. */
static char *
expect(const char *rel)
{
	char p[256], *r, *out;

	snprintf(p, sizeof(p), "%s/%s", root, rel);
	r = realpath(p, NULL);
	cr_assert_not_null(r);
	out = malloc(strlen(r) + sizeof("/.opp.yaml"));
	sprintf(out, "%s/.opp.yaml", r);
	free(r);
	return out;
}

Test(find, in_a_parent_folder, .init = find_init, .fini = find_fini)
{
	char dir[256], *got, *want;

	touch("a/.opp.yaml");
	snprintf(dir, sizeof(dir), "%s/a/b/c", root);
	got = opp_config_find(dir);
	want = expect("a");
	cr_assert_not_null(got);
	cr_assert_str_eq(got, want);
	free(got);
	free(want);
}

Test(find, in_the_folder_itself, .init = find_init, .fini = find_fini)
{
	char dir[256], *got, *want;

	touch("a/.opp.yaml");
	snprintf(dir, sizeof(dir), "%s/a", root);
	got = opp_config_find(dir);
	want = expect("a");
	cr_assert_not_null(got);
	cr_assert_str_eq(got, want);
	free(got);
	free(want);
}

/* The nearest one wins. */
Test(find, nearest_first, .init = find_init, .fini = find_fini)
{
	char dir[256], *got, *want;

	touch("a/.opp.yaml");
	touch("a/b/c/.opp.yaml");
	snprintf(dir, sizeof(dir), "%s/a/b/c", root);
	got = opp_config_find(dir);
	want = expect("a/b/c");
	cr_assert_not_null(got);
	cr_assert_str_eq(got, want);
	free(got);
	free(want);
}

/* A sibling's config is not ours; none up to / gives NULL. */
Test(find, none, .init = find_init, .fini = find_fini)
{
	char dir[256], *got;

	touch("a/.opp.yaml");
	snprintf(dir, sizeof(dir), "%s/x/y", root);
	got = opp_config_find(dir);
	cr_assert_null(got, "found %s", got ? got : "");
}

Test(find, missing_folder, .init = find_init, .fini = find_fini)
{
	char dir[256];

	snprintf(dir, sizeof(dir), "%s/bestaat-niet", root);
	cr_assert_null(opp_config_find(dir));
}

/* The found file parses. */
Test(find, found_file_parses, .init = find_init, .fini = find_fini)
{
	char dir[256], *got, *text;
	FILE *f;
	long n;
	struct opp_config c;
	struct opp_diags dd;

	touch("a/.opp.yaml");
	snprintf(dir, sizeof(dir), "%s/a/b", root);
	got = opp_config_find(dir);
	cr_assert_not_null(got);
	f = fopen(got, "r");
	cr_assert_not_null(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	text = calloc(1, (size_t)n + 1);
	cr_assert_eq(fread(text, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	opp_diags_init(&dd);
	cr_assert(opp_config_parse(&c, got, text, (size_t)n, &dd));
	cr_assert_eq(c.max_doelen, 4);
	cr_assert_str_eq(c.path, got);
	opp_config_release(&c);
	opp_diags_release(&dd);
	free(text);
	free(got);
}

/* ---- free text in a config is not repeated ----------------------------- */

T(broken, free_text_keys_not_repeated)
{
	refused("max_doelen: 3\n"
	        "Afgesproken met moeder Monique: geen mail\n"
	        "regels:\n"
	        "  verslag bij Monique: uit\n"
	        "rollen:\n"
	        "  Monique de Vries: iets\n",
	        2);
	cr_assert_eq(cd.n, 3);
	for (size_t i = 0; i < cd.n; i++)
		cr_expect_null(strstr(cd.v[i].msg, "Monique"), "%s", cd.v[i].msg);
	cr_expect_eq(cd.v[1].pos.line, 4);
	cr_expect_eq(cd.v[2].pos.line, 6);
}

/* Every setting in the table is known, and suggested for a typo. */
T(broken, every_setting_suggested)
{
	static const char *const keys[] = {
	        "max_doelen", "overbrugging_weken", "evaluatie_maanden", "leeftijd_instemming",
	        "tijdzone",   "organisator",        "volledige_naam",    "rollen",
	        "regels"};
	for (size_t i = 0; i < sizeof(keys) / sizeof(*keys); i++) {
		char text[64];
		snprintf(text, sizeof(text), "%sx: 1\n", keys[i]);
		opp_diags_init(&cd);
		cr_assert_not(opp_config_parse(&cfg, "t", text, strlen(text), &cd));
		cr_expect(strstr(cd.v[0].msg, keys[i]), "%s: %s", keys[i], cd.v[0].msg);
		opp_diags_release(&cd);
		opp_config_release(&cfg);
	}
	opp_diags_init(&cd);
	opp_config_defaults(&cfg);
}

/* ---- the lookup stops at the top of the git work tree ------------------- */

Test(find, stops_at_the_git_work_tree, .init = find_init, .fini = find_fini)
{
	char dir[256], *got, *want;

	touch("a/.opp.yaml");
	mkdirs("a/b/.git");
	snprintf(dir, sizeof(dir), "%s/a/b/c", root);
	got = opp_config_find(dir);
	cr_expect_null(got, "found %s above the work tree", got ? got : "");
	free(got);

	/* The work tree's own config is found. */
	touch("a/b/.opp.yaml");
	got = opp_config_find(dir);
	want = expect("a/b");
	cr_assert_not_null(got);
	cr_expect_str_eq(got, want);
	free(got);
	free(want);
	rm("a/b/.opp.yaml");
	rm("a/b/.git");
}

/* A linked work tree or a submodule has a .git file, not a folder. */
Test(find, git_file_is_a_work_tree_too, .init = find_init, .fini = find_fini)
{
	char dir[256], *got;

	touch("a/.opp.yaml");
	touch("a/b/.git");
	snprintf(dir, sizeof(dir), "%s/a/b/c", root);
	got = opp_config_find(dir);
	cr_expect_null(got, "found %s above the work tree", got ? got : "");
	free(got);
	rm("a/b/.git");
}

/* ---- trust --------------------------------------------------------------- */

static struct stat
st_of(mode_t mode, uid_t uid)
{
	struct stat st;

	memset(&st, 0, sizeof(st));
	st.st_mode = mode;
	st.st_uid = uid;
	return st;
}

Test(trust, own_or_root_and_not_writable_by_others)
{
	struct stat st;

	st = st_of(S_IFREG | 0644, 1000);
	cr_expect_null(opp_config_untrusted(&st, 1000));
	st = st_of(S_IFREG | 0600, 0);
	cr_expect_null(opp_config_untrusted(&st, 1000), "root's config");
	st = st_of(S_IFREG | 0444, 0);
	cr_expect_null(opp_config_untrusted(&st, 0));
	st = st_of(S_IFREG | 0664, 1000);
	cr_expect_not_null(opp_config_untrusted(&st, 1000), "group-writable");
	st = st_of(S_IFREG | 0646, 0);
	cr_expect_not_null(opp_config_untrusted(&st, 1000), "world-writable");
	st = st_of(S_IFREG | 0644, 1001);
	cr_expect_not_null(opp_config_untrusted(&st, 1000), "another user's");
	st = st_of(S_IFREG | 0644, 1001);
	cr_expect_not_null(opp_config_untrusted(&st, 0), "another user's, for root too");
	st = st_of(S_IFIFO | 0600, 1000);
	cr_expect_not_null(opp_config_untrusted(&st, 1000), "a FIFO");
	st = st_of(S_IFDIR | 0700, 1000);
	cr_expect_not_null(opp_config_untrusted(&st, 1000), "a folder");
}

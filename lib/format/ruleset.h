/*
 * ruleset — the rules' names, default severities and sources: part of
 * the format's contract (spec: "Rule names are stable: scripts, config
 * and ignores use them").
 *
 * OPP_RULES is the one table of rules. It is expanded into enum opp_rule,
 * the table opp_rules[] (names for messages, config checking, docs and
 * completion) here, and into the checkers' table in checks/rules.c. The
 * loader and the config reader live below the checks and need only the
 * names, so the table lives here.
 *
 * Adding a rule: one row here, the function in its family file
 * (checks/rules_*.c), a test that fires it and a near-miss that does not
 * (tests/unit/test_rules.c), a row in docs/rules.md.
 */
#ifndef OPP_RULESET_H
#define OPP_RULESET_H

#include <stdbool.h>

enum opp_sev {
	OPP_SEV_OFF = 0,     /* rule switched off (config: uit) */
	OPP_SEV_WARNING = 1, /* waarschuwing */
	OPP_SEV_ERROR = 2,   /* fout */
};

/* X(ID, "name", default severity, checker or NULL, owed, "source"):
 * `owed` rules (1) report the obligations of facts/obligations.c whose
 * deadline has passed, and `opp due` lists the same obligations; their
 * checker, when they have one, checks only what does not depend on the
 * date. The loader reports syntax and schema (no checker). */
/* clang-format off */
#define OPP_RULES(X) \
	X(SYNTAX, "syntax", ERROR, NULL, 0, "format: plain YAML subset") \
	X(SCHEMA, "schema", ERROR, NULL, 0, "format: keys, types, enums") \
	X(REF, "ref", ERROR, opp_rule_ref, 0, "format: ids defined once, used ids defined") \
	X(REGIE, "regie", ERROR, opp_rule_regie, 0, "001 wie de regie voert; 000 stap 6") \
	X(DOELEN_MAX, "doelen-max", ERROR, opp_rule_doelen_max, 0, "001 tien doelen niet haalbaar") \
	X(DOEL_ZONDER_INZET, "doel-zonder-inzet", ERROR, opp_rule_doel_zonder_inzet, 0, "000 stap 6 per doel inzet") \
	X(DOEL_THUIS, "doel-thuis", WARNING, opp_rule_doel_thuis, 0, "001 stap 5 doelen thuis in gezinsplan") \
	X(DOEL_TERMIJN, "doel-termijn", WARNING, opp_rule_doel_termijn, 1, "001 overzienbare termijn") \
	X(BEKOSTIGING, "bekostiging", ERROR, NULL, 1, "001 uitgangspunt 8") \
	X(AFSPRAAK_VOLLEDIG, "afspraak-volledig", ERROR, opp_rule_afspraak_volledig, 0, "001 A doet B en koppelt op X-termijn terug aan Z") \
	X(EVALUATIE_GEPLAND, "evaluatie-gepland", ERROR, NULL, 1, "000 stap 6 evaluatiemoment; WPO 40a jaarlijks") \
	X(ONDERTEKENING, "ondertekening", ERROR, NULL, 1, "000 stap 6 handtekening") \
	X(ONDERTEKENING_ACTUEEL, "ondertekening-actueel", ERROR, NULL, 1, "WPO 40a: instemming met het handelingsdeel") \
	X(LEERLING_GEHOORD, "leerling-gehoord", WARNING, opp_rule_leerling_gehoord, 0, "001 uitgangspunt 3") \
	X(DEELNEMERS, "deelnemers", ERROR, opp_rule_deelnemers, 0, "001 stap 3 deelnemers") \
	X(TOESTEMMING, "toestemming", ERROR, NULL, 1, "000 stap 3 toestemming") \
	X(VOORZITTER, "voorzitter", WARNING, opp_rule_voorzitter, 0, "001 stap 4 technisch voorzitter") \
	X(HYPOTHESEN, "hypothesen", WARNING, opp_rule_hypothesen, 0, "000 stap 1 meerdere hypothesen") \
	X(VOLGORDE, "volgorde", ERROR, opp_rule_volgorde, 0, "001 volgorde van de stappen") \
	X(OVERBRUGGING, "overbrugging", ERROR, opp_rule_overbrugging, 0, "001 stap 6 plan A en plan B") \
	X(VERSLAG, "verslag", ERROR, NULL, 1, "001 na afloop noteren") \
	X(EVALUATIE_UITKOMSTEN, "evaluatie-uitkomsten", ERROR, NULL, 1, "000 stap 8-9; WPO 40a lid 3") \
	X(BIJSTELLING, "bijstelling", WARNING, NULL, 1, "000 stap 9 arrangement bijgesteld") \
	X(OUDERS_AANWEZIG, "ouders-aanwezig", WARNING, opp_rule_ouders_aanwezig, 0, "001 ouders aanwezig bij het OT") \
	X(VOORTGANG, "voortgang", WARNING, opp_rule_voortgang, 1, "000 stap 7 voortgang aan regievoerder") \
	X(STAGNATIE, "stagnatie", WARNING, NULL, 1, "003 stagnatie: consultatie, Team Nooit Opgeven") \
	X(DATUMS, "datums", ERROR, opp_rule_datums, 0, "format: dates are real") \
	X(UITSTROOMPERSPECTIEF, "uitstroomperspectief", ERROR, opp_rule_uitstroom, 0, "WPO 40a / WVO 17a") \
	X(VASTGESTELD, "vastgesteld", WARNING, opp_rule_vastgesteld, 1, "WPO 40a: binnen zes weken, na overeenstemming")
/* clang-format on */

#define X_ENUM(id, name, sev, fn, owed, src) OPP_RULE_##id,
enum opp_rule { OPP_RULES(X_ENUM) OPP_RULE_COUNT };
#undef X_ENUM

struct opp_rule_def {
	const char *name;
	enum opp_sev sev;   /* default severity of its main finding */
	bool owed;          /* reports overdue obligations (facts/obligations.h) */
	const char *source; /* short citation; docs/rules.md has the quotes */
};

extern const struct opp_rule_def opp_rules[OPP_RULE_COUNT];

/* The rule with this name, or -1. */
int opp_rule_find(const char *name);

#endif

/*
 * rules — the rule table and the runner.
 *
 * OPP_RULES is the one table of rules: stable name, default severity,
 * where the rule comes from, and the function that checks it. It is
 * expanded into enum opp_rule, the table opp_rules[] (validation, config
 * checking, docs, completion) and the checker prototypes. Each checker is
 * a small static function in a file per family (rules_*.c).
 *
 * Adding a rule: one row here, the function in its family file, a test
 * that fires it and a near-miss that does not (tests/unit/test_rules.c),
 * a row in docs/rules.md.
 */
#ifndef OPP_RULES_H
#define OPP_RULES_H

#include <stdint.h>

#include "config.h"
#include "diag.h"
#include "model.h"

/* X(ID, "name", default severity, checker or NULL, "source") */
#define OPP_RULES(X)                                                                     \
	X(SYNTAX, "syntax", ERROR, NULL, "format: plain YAML subset")                    \
	X(SCHEMA, "schema", ERROR, NULL, "format: keys, types, enums")                   \
	X(REF, "ref", ERROR, opp_check_ref, "format: ids defined once, used ids defined") \
	X(REGIE, "regie", ERROR, opp_check_regie, "001 wie de regie voert; 000 stap 6")  \
	X(DOELEN_MAX, "doelen-max", ERROR, opp_check_doelen_max, "001 tien doelen niet haalbaar") \
	X(DOEL_ZONDER_INZET, "doel-zonder-inzet", ERROR, opp_check_doel_zonder_inzet, "000 stap 6 per doel inzet") \
	X(DOEL_THUIS, "doel-thuis", WARNING, opp_check_doel_thuis, "001 stap 5 doelen thuis in gezinsplan") \
	X(DOEL_TERMIJN, "doel-termijn", WARNING, opp_check_doel_termijn, "001 overzienbare termijn") \
	X(BEKOSTIGING, "bekostiging", ERROR, opp_check_bekostiging, "001 uitgangspunt 8") \
	X(AFSPRAAK_VOLLEDIG, "afspraak-volledig", ERROR, opp_check_afspraak_volledig, "001 A doet B en koppelt op X-termijn terug aan Z") \
	X(EVALUATIE_GEPLAND, "evaluatie-gepland", ERROR, opp_check_evaluatie_gepland, "000 stap 6 evaluatiemoment; WPO 40a jaarlijks") \
	X(ONDERTEKENING, "ondertekening", ERROR, opp_check_ondertekening, "000 stap 6 handtekening") \
	X(LEERLING_GEHOORD, "leerling-gehoord", WARNING, opp_check_leerling_gehoord, "001 uitgangspunt 3") \
	X(DEELNEMERS, "deelnemers", ERROR, opp_check_deelnemers, "001 stap 3 deelnemers") \
	X(TOESTEMMING, "toestemming", ERROR, opp_check_toestemming, "000 stap 3 toestemming") \
	X(VOORZITTER, "voorzitter", WARNING, opp_check_voorzitter, "001 stap 4 technisch voorzitter") \
	X(HYPOTHESEN, "hypothesen", WARNING, opp_check_hypothesen, "000 stap 1 meerdere hypothesen") \
	X(VOLGORDE, "volgorde", ERROR, opp_check_volgorde, "001 volgorde van de stappen") \
	X(OVERBRUGGING, "overbrugging", ERROR, opp_check_overbrugging, "001 stap 6 plan A en plan B") \
	X(VERSLAG, "verslag", ERROR, opp_check_verslag, "001 na afloop noteren")          \
	X(UITSTROOMPERSPECTIEF, "uitstroomperspectief", ERROR, opp_check_uitstroom, "WPO 40a / WVO 17a") \
	X(VASTGESTELD, "vastgesteld", WARNING, opp_check_vastgesteld, "WPO 40a: binnen zes weken, na overeenstemming")

#define X_ENUM(id, name, sev, fn, src) OPP_RULE_##id,
enum opp_rule { OPP_RULES(X_ENUM) OPP_RULE_COUNT };
#undef X_ENUM

/* What a checker sees: the document, "today", the settings. */
struct opp_ctx {
	const struct opp_doc *doc;
	const struct opp_config *cfg;
	int32_t today;          /* day number; from the caller (--as-of) */
	struct opp_diags *out;
};

typedef void opp_checker(const struct opp_ctx *ctx);

struct opp_rule_def {
	const char *name;
	enum opp_sev sev;   /* default severity of its main finding */
	opp_checker *fn;    /* NULL for syntax and schema (the loader's) */
	const char *source; /* short citation; docs/rules.md has the quotes */
};

extern const struct opp_rule_def opp_rules[OPP_RULE_COUNT];

/* The rule with this name, or -1. */
int opp_rule_find(const char *name);

opp_checker opp_check_ref, opp_check_regie, opp_check_doelen_max,
	opp_check_doel_zonder_inzet, opp_check_doel_thuis, opp_check_doel_termijn,
	opp_check_bekostiging, opp_check_afspraak_volledig,
	opp_check_evaluatie_gepland, opp_check_ondertekening,
	opp_check_leerling_gehoord, opp_check_deelnemers, opp_check_toestemming,
	opp_check_voorzitter, opp_check_hypothesen, opp_check_volgorde,
	opp_check_overbrugging, opp_check_verslag, opp_check_uitstroom,
	opp_check_vastgesteld;

/* For checkers: add a finding of `rule` with its default severity `sev`
 * (config overrides are applied afterwards, in one place). */
void opp_report(const struct opp_ctx *ctx, int rule, enum opp_sev sev, struct opp_pos pos,
                const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Run every rule on a loaded document, then apply the configured
 * severities (including to the loader's findings already in ctx->out). */
void opp_rules_run(const struct opp_ctx *ctx);

/* Apply config severities to findings: drop `uit`, set `fout` or
 * `waarschuwing`. Findings of `syntax` are never changed. */
void opp_rules_apply_config(struct opp_diags *d, const struct opp_config *cfg);

#endif

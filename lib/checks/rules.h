/*
 * rules — the checkers and the runner.
 *
 * The rules themselves (name, default severity, source, checker) are the
 * one table OPP_RULES in format/ruleset.h; each checker is a function in
 * a file per family (rules_*.c), called by opp_rules_run(). Adding a
 * rule: see format/ruleset.h.
 */
#ifndef OPP_RULES_H
#define OPP_RULES_H

#include <stdint.h>

#include "format/config.h"
#include "format/diag.h"
#include "format/model.h"
#include "format/ruleset.h"

/* What a checker sees: the document, "today", the settings. */
struct opp_ctx {
	const struct opp_doc *doc;
	const struct opp_config *cfg;
	int32_t today; /* day number; from the caller (--as-of) */
	struct opp_diags *out;
};

typedef void opp_checker(const struct opp_ctx *ctx);

opp_checker opp_rule_ref, opp_rule_regie, opp_rule_doelen_max, opp_rule_doel_zonder_inzet,
        opp_rule_doel_thuis, opp_rule_doel_termijn, opp_rule_bekostiging, opp_rule_afspraak_volledig,
        opp_rule_evaluatie_gepland, opp_rule_ondertekening, opp_rule_leerling_gehoord, opp_rule_deelnemers,
        opp_rule_toestemming, opp_rule_voorzitter, opp_rule_hypothesen, opp_rule_volgorde,
        opp_rule_overbrugging, opp_rule_verslag, opp_rule_uitstroom, opp_rule_vastgesteld;

/* For checkers: add a finding of `rule` with its default severity `sev`
 * (config overrides are applied afterwards, in one place). */
void opp_finding(const struct opp_ctx *ctx, int rule, enum opp_sev sev, struct opp_pos pos, const char *fmt,
                 ...) __attribute__((format(printf, 5, 6)));

/* Run every rule on a loaded document, then apply the configured
 * severities (including to the loader's findings already in ctx->out). */
void opp_rules_run(const struct opp_ctx *ctx);

/* Apply config severities to findings: drop `uit`, set `fout` or
 * `waarschuwing`. Findings of `syntax` are never changed. */
void opp_rules_apply_config(struct opp_diags *d, const struct opp_config *cfg);

#endif

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

struct opp_obligations;

/* What a checker sees: the document, "today", the settings, and what the
 * process owes as of today (computed once, facts/obligations.h). */
struct opp_ctx {
	const struct opp_doc *doc;
	const struct opp_config *cfg;
	int32_t today; /* day number; from the caller (--as-of) */
	struct opp_diags *out;
	const struct opp_obligations *ob;
};

typedef void opp_checker(const struct opp_ctx *ctx);

opp_checker opp_rule_ref, opp_rule_regie, opp_rule_doelen_max, opp_rule_doel_zonder_inzet,
        opp_rule_doel_thuis, opp_rule_doel_termijn, opp_rule_afspraak_volledig, opp_rule_leerling_gehoord,
        opp_rule_deelnemers, opp_rule_voorzitter, opp_rule_hypothesen, opp_rule_volgorde,
        opp_rule_overbrugging, opp_rule_ouders_aanwezig, opp_rule_voortgang, opp_rule_datums,
        opp_rule_uitstroom, opp_rule_vastgesteld;

/* For checkers: add a finding of `rule` with its default severity `sev`
 * (config overrides are applied afterwards, in one place). */
void opp_finding(const struct opp_ctx *ctx, int rule, enum opp_sev sev, struct opp_pos pos, const char *fmt,
                 ...) __attribute__((format(printf, 5, 6)));

/* The same for a finding that one finding elsewhere may explain: about
 * what (a person or goal id that names nobody; the absence of what a
 * section holds), for the table of root causes (format/diag.c). */
void opp_finding_about(const struct opp_ctx *ctx, enum opp_about about, const char *subject, int rule,
                       enum opp_sev sev, struct opp_pos pos, const char *fmt, ...)
        __attribute__((format(printf, 7, 8)));

/* Run every rule on a loaded document: the checkers, then the findings
 * of the obligations whose deadline has passed (computed here once when
 * ctx->ob is NULL); then apply the configured severities (including to
 * the loader's findings already in ctx->out). */
void opp_rules_run(const struct opp_ctx *ctx);

/* Apply config severities to findings: drop `uit`, set `fout` or
 * `waarschuwing`. Findings of `syntax` are never changed. */
void opp_rules_apply_config(struct opp_diags *d, const struct opp_config *cfg);

#endif

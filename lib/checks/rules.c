/*
 * rules — the checkers' table, the runner, and config severities.
 */
#include "checks/rules.h"

#include "base/buf.h"
#include "facts/obligations.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* The checker of each rule, from the one table (format/ruleset.h); NULL
 * for syntax and schema, which the loader reports. */
#define X_FN(id, nm, sv, f, owed, src) [OPP_RULE_##id] = f,
static opp_checker *const checkers[OPP_RULE_COUNT] = {OPP_RULES(X_FN)};
#undef X_FN

void
opp_finding(const struct opp_ctx *ctx, int rule, enum opp_sev sev, struct opp_pos pos, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	opp_diags_vadd(ctx->out, rule, sev, pos, fmt, ap);
	va_end(ap);
}

void
opp_finding_about(const struct opp_ctx *ctx, enum opp_about about, const char *subject, int rule,
                  enum opp_sev sev, struct opp_pos pos, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	opp_diags_vadd(ctx->out, rule, sev, pos, fmt, ap);
	va_end(ap);
	opp_diags_about(ctx->out, about, subject);
}

void
opp_rules_apply_config(struct opp_diags *d, const struct opp_config *cfg)
{
	size_t k = 0;

	if (!cfg)
		return;
	for (size_t i = 0; i < d->n; i++) {
		struct opp_diag g = d->v[i];
		int level = g.rule != OPP_RULE_SYNTAX ? cfg->regels[g.rule] : -1;

		if (level == OPP_SEV_OFF) {
			free(g.msg);
			free(g.subject);
			continue;
		}
		if (level > 0)
			g.sev = (enum opp_sev)level;
		d->v[k++] = g;
	}
	d->n = k;
}

void
opp_rules_run(const struct opp_ctx *ctx)
{
	struct opp_obligations own;
	struct opp_ctx c = *ctx;
	struct opp_buf msg = OPP_BUF_INIT;

	if (!c.ob) {
		opp_obligations_collect(&own, c.doc, c.cfg, c.today);
		c.ob = &own;
	}
	for (int i = 0; i < OPP_RULE_COUNT; i++)
		if (checkers[i] && !(c.cfg && c.cfg->regels[i] == OPP_SEV_OFF))
			checkers[i](&c);
	/* Spec: "opp validate reports, under its rule, each one whose
	 * deadline has passed". */
	for (size_t i = 0; i < c.ob->n; i++) {
		const struct opp_obligation *o = &c.ob->v[i];
		if (!opp_ob_is_finding(o, c.today) || (c.cfg && c.cfg->regels[o->rule] == OPP_SEV_OFF))
			continue;
		opp_buf_reset(&msg);
		opp_ob_finding(&msg, o, c.doc);
		opp_diags_add(c.out, o->rule, o->sev, o->pos, "%s", msg.ptr);
	}
	opp_buf_release(&msg);
	if (c.ob == &own)
		opp_obligations_release(&own);
	opp_rules_apply_config(c.out, c.cfg);
}

/*
 * rules — the rule table, the runner, and config severities.
 */
#include "rules.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define X_ROW(id, nm, sv, f, src) [OPP_RULE_##id] = { nm, OPP_SEV_##sv, f, src },
const struct opp_rule_def opp_rules[OPP_RULE_COUNT] = { OPP_RULES(X_ROW) };
#undef X_ROW

int
opp_rule_find(const char *name)
{
	for (int i = 0; i < OPP_RULE_COUNT; i++)
		if (strcmp(opp_rules[i].name, name) == 0)
			return i;
	return -1;
}

void
opp_report(const struct opp_ctx *ctx, int rule, enum opp_sev sev, struct opp_pos pos,
           const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	opp_diags_vadd(ctx->out, rule, sev, pos, fmt, ap);
	va_end(ap);
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
	for (int i = 0; i < OPP_RULE_COUNT; i++)
		if (opp_rules[i].fn && !(ctx->cfg && ctx->cfg->regels[i] == OPP_SEV_OFF))
			opp_rules[i].fn(ctx);
	opp_rules_apply_config(ctx->out, ctx->cfg);
}

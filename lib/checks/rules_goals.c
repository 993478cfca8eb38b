/*
 * rules_goals — the goals of step 5 and the observation of step 1.
 */
#include <string.h>

#include "base/date.h"
#include "base/i18n.h"
#include "checks/rules.h"
#include "facts/query.h"

#define DS(d) opp_date_str(d).s

/* 001 step 5: "De voortgang op tien doelen bijhouden is voor beide partijen
 * niet haalbaar." The limit is `max_doelen` (default 5). */
void
opp_rule_doelen_max(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;
	int active = 0;

	for (size_t i = 0; i < doc->doelen.n; i++)
		if (opp_doel_actief(&doc->doelen.v[i]) && ++active == ctx->cfg->max_doelen + 1)
			opp_finding(ctx, OPP_RULE_DOELEN_MAX, OPP_SEV_ERROR, doc->doelen.v[i].h.pos,
			            _("goal '%s' is active goal number %d, more than the %d that can be "
			              "followed up: choose the most important ones and set the others to "
			              "gestopt"),
			            doc->doelen.v[i].id.s ? doc->doelen.v[i].id.s : "?", active,
			            ctx->cfg->max_doelen);
}

/* 000 step 6: "Per doel bepalen welke inzet het meest passend is." Fires
 * once the arrangement exists: in step 5 the goals come first. */
void
opp_rule_doel_zonder_inzet(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;

	if (!opp_has_arrangement(doc))
		return;
	for (size_t i = 0; i < doc->doelen.n; i++) {
		const struct opp_doel *d = &doc->doelen.v[i];
		bool found = false;

		if (!opp_doel_actief(d) || !d->id.s)
			continue;
		for (size_t j = 0; j < doc->arrangement.n && !found; j++)
			found = opp_list_has(&doc->arrangement.v[j].doelen, d->id.s);
		if (!found)
			opp_finding(ctx, OPP_RULE_DOEL_ZONDER_INZET, OPP_SEV_ERROR, d->h.pos,
			            _("goal '%s' has no support in the arrangement: add an item for it or "
			              "set its status to gestopt"),
			            d->id.s);
	}
}

/* 001 step 5: "Doelen voor de thuissituatie horen in een jeugd- en
 * gezinsplan en niet in een OPP." */
void
opp_rule_doel_thuis(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;

	for (size_t i = 0; i < doc->doelen.n; i++) {
		const struct opp_doel *d = &doc->doelen.v[i];
		if (d->context.s && d->context.i == OPP_CTX_THUIS && opp_doel_actief(d))
			opp_finding(ctx, OPP_RULE_DOEL_THUIS, OPP_SEV_WARNING, d->context.pos,
			            _("goal '%s' is about the home situation: it belongs in the gezinsplan, "
			              "not in the OPP"),
			            d->id.s ? d->id.s : "?");
	}
}

/* 001 step 5: "Stel doelen die op overzienbare termijn haalbaar kunnen
 * zijn." A term before the first OT cannot have been set there; a term
 * passed while the goal runs needs an evaluation. */
void
opp_rule_doel_termijn(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;
	const struct opp_overleg *ot = opp_first_ot(doc);

	for (size_t i = 0; i < doc->doelen.n; i++) {
		const struct opp_doel *d = &doc->doelen.v[i];
		const char *id = d->id.s ? d->id.s : "?";

		if (!d->termijn.s)
			continue;
		if (ot && d->termijn.i < ot->datum.i)
			opp_finding(
			        ctx, OPP_RULE_DOEL_TERMIJN, OPP_SEV_WARNING, d->termijn.pos,
			        _("goal '%s' has termijn %s, before the first OT of %s: set a term after it"),
			        id, DS(d->termijn.i), DS(ot->datum.i));
		else if (opp_doel_actief(d) && d->termijn.i < ctx->today)
			opp_finding(
			        ctx, OPP_RULE_DOEL_TERMIJN, OPP_SEV_WARNING, d->termijn.pos,
			        _("goal '%s' is still lopend but its termijn %s has passed: evaluate it and "
			          "set its status, or set a new term"),
			        id, DS(d->termijn.i));
	}
}

/* 000 step 1: "Toets altijd meerdere hypothesen." */
void
opp_rule_hypothesen(const struct opp_ctx *ctx)
{
	const struct opp_waarneming *w = &ctx->doc->waarneming;

	if (w->h.set && w->hypothesen.n < 2)
		opp_finding(ctx, OPP_RULE_HYPOTHESEN, OPP_SEV_WARNING,
		            w->hypothesen.h.set ? w->hypothesen.h.pos : w->h.pos,
		            _("waarneming has %zu hypothesis(es): always test more than one explanation"),
		            w->hypothesen.n);
}

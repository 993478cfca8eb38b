/*
 * rules_goals — the goals of step 5 and the observation of step 1.
 */
#include <stdint.h>
#include <string.h>

#include "base/date.h"
#include "base/i18n.h"
#include "checks/rules.h"
#include "facts/query.h"

#define DS(d) opp_date_str(d).s

/* 001 step 5: "De voortgang op tien doelen bijhouden is voor beide partijen
 * niet haalbaar." The limit is `max_doelen` (default 5); the finding
 * names the count and points at the goal that crosses the limit. */
void
opp_rule_doelen_max(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;
	size_t active = 0, over = SIZE_MAX;

	for (size_t i = 0; i < doc->doelen.n; i++)
		if (opp_doel_actief(doc, &doc->doelen.v[i], ctx->today) &&
		    ++active == (size_t)ctx->cfg->max_doelen + 1)
			over = i;
	if (over != SIZE_MAX)
		opp_finding(ctx, OPP_RULE_DOELEN_MAX, OPP_SEV_ERROR, doc->doelen.v[over].h.pos,
		            P_("%zu active goal, at most %d can be followed up: goal '%s' is one too many; "
		               "choose the most important ones and stop the others (status: gestopt)",
		               "%zu active goals, at most %d can be followed up: goal '%s' is one too many; "
		               "choose the most important ones and stop the others (status: gestopt)",
		               active),
		            active, ctx->cfg->max_doelen,
		            doc->doelen.v[over].id.s ? doc->doelen.v[over].id.s : "?");
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
		size_t n;

		if (!d->id.s || !opp_doel_actief(doc, d, ctx->today))
			continue;
		opp_doc_inzet_voor(doc, d, &n);
		if (!n)
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
		if (d->context.s && d->context.i == OPP_CTX_THUIS && opp_doel_actief(doc, d, ctx->today))
			opp_finding(ctx, OPP_RULE_DOEL_THUIS, OPP_SEV_WARNING, d->context.pos,
			            _("goal '%s' is about the home situation: it belongs in the gezinsplan, "
			              "not in the OPP"),
			            d->id.s ? d->id.s : "?");
	}
}

/* 001 step 5: "Stel doelen die op overzienbare termijn haalbaar kunnen
 * zijn." A term before the first OT cannot have been set there; a term
 * that passes while the goal runs is an obligation (facts/obligations.c). */
void
opp_rule_doel_termijn(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;
	const struct opp_overleg *ot = opp_first_ot(doc);

	for (size_t i = 0; i < doc->doelen.n && ot; i++) {
		const struct opp_doel *d = &doc->doelen.v[i];
		if (d->termijn.s && d->termijn.i < ot->datum.i)
			opp_finding(
			        ctx, OPP_RULE_DOEL_TERMIJN, OPP_SEV_WARNING, d->termijn.pos,
			        _("goal '%s' has termijn %s, before the first OT of %s: set a term after it"),
			        d->id.s ? d->id.s : "?", DS(d->termijn.i), DS(ot->datum.i));
	}
}

/* 000 step 1: "Toets altijd meerdere hypothesen." */
void
opp_rule_hypothesen(const struct opp_ctx *ctx)
{
	const struct opp_waarneming *w = &ctx->doc->waarneming;

	if (w->h.set && w->hypothesen.n < 2)
		opp_finding_about(ctx, OPP_ABOUT_NEEDS, "waarneming.hypothesen", OPP_RULE_HYPOTHESEN,
		                  OPP_SEV_WARNING, w->hypothesen.h.set ? w->hypothesen.h.pos : w->h.pos,
		                  P_("waarneming has %zu hypothesis: always test more than one explanation",
		                     "waarneming has %zu hypotheses: always test more than one explanation",
		                     w->hypothesen.n),
		                  w->hypothesen.n);
}

/* Spec `doelen`: "beginwaarde and streefwaarde (numbers) ... make a goal
 * measurable". A measured value without them cannot be compared with
 * anything; the notes that are owed before an evaluation are an
 * obligation (facts/obligations.c). */
void
opp_rule_voortgang(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;

	for (size_t i = 0; i < doc->doelen.n; i++) {
		const struct opp_doel *d = &doc->doelen.v[i];
		if (d->beginwaarde.s && d->streefwaarde.s)
			continue;
		for (size_t k = 0; k < d->voortgang.n; k++)
			if (d->voortgang.v[k].waarde.s) {
				opp_finding(ctx, OPP_RULE_VOORTGANG, OPP_SEV_WARNING,
				            d->voortgang.v[k].waarde.pos,
				            _("goal '%s' has a measured waarde but no beginwaarde and "
				              "streefwaarde: add "
				              "them (and eenheid), so the value can be compared with the "
				              "expected line"),
				            d->id.s ? d->id.s : "?");
				break;
			}
	}
}

/*
 * rules_funding — step 6: the arrangement, its funding, the bridge, the
 * signatures, and the legal part of the OPP.
 */
#include <string.h>

#include "base/date.h"
#include "base/i18n.h"
#include "checks/rules.h"
#include "facts/query.h"

#define DS(d) opp_date_str(d).s

/* 001 uitgangspunt 8: "Alvorens de ondersteuning start, is duidelijk hoe en
 * door wie deze bekostigd wordt." */
void
opp_rule_bekostiging(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;

	for (size_t i = 0; i < doc->arrangement.n; i++) {
		const struct opp_inzet *z = &doc->arrangement.v[i];
		const struct opp_bekostiging *b = &z->bekostiging;
		const char *id = z->id.s ? z->id.s : "?";

		if (!z->start.s || !b->h.set)
			continue;
		if (z->start.i <= ctx->today && !(b->status.s && b->status.i == OPP_BEK_TOEGEKEND))
			opp_finding(
			        ctx, OPP_RULE_BEKOSTIGING, OPP_SEV_ERROR,
			        b->status.s ? b->status.pos : b->h.pos,
			        _("support '%s' starts %s but its funding is %s, not toegekend: settle who "
			          "pays before support starts"),
			        id, DS(z->start.i), b->status.s ? b->status.s : "onbekend");
		else if (z->start.i > ctx->today && (!b->status.s || b->status.i == OPP_BEK_ONBEKEND))
			opp_finding(
			        ctx, OPP_RULE_BEKOSTIGING, OPP_SEV_WARNING,
			        b->status.s ? b->status.pos : b->h.pos,
			        _("support '%s' starts %s and nobody knows yet who pays: apply for funding"),
			        id, DS(z->start.i));
	}
}

/* 001 step 6: "Dat kan betekenen dat er een plan A en een plan B gemaakt
 * worden"; 000 step 6: "Eventueel: afspraken over overbrugging tot start
 * van de hulp". The gap is counted from the last OT on or before the
 * item's start (where it was arranged), else from the first OT. */
void
opp_rule_overbrugging(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;
	int32_t gap = ctx->cfg->overbrugging_weken * 7;

	for (size_t i = 0; i < doc->arrangement.n; i++) {
		const struct opp_inzet *z = &doc->arrangement.v[i];
		const struct opp_overleg *ot = NULL;
		const char *id = z->id.s ? z->id.s : "?";

		if (z->overbrugging.s || !z->start.s)
			continue;
		for (size_t j = 0; j < doc->overleggen.n; j++) {
			const struct opp_overleg *o = &doc->overleggen.v[j];
			if (o->soort.s && o->soort.i == OPP_SOORT_OT && o->datum.s &&
			    o->datum.i <= z->start.i && (!ot || o->datum.i > ot->datum.i))
				ot = o;
		}
		if (!ot)
			ot = opp_first_ot(doc);
		if (z->wachtlijst_tot.s)
			opp_finding(ctx, OPP_RULE_OVERBRUGGING, OPP_SEV_ERROR, z->wachtlijst_tot.pos,
			            _("support '%s' has a waiting list until %s: write in overbrugging what "
			              "happens meanwhile (plan B)"),
			            id, DS(z->wachtlijst_tot.i));
		else if (ot && z->start.i - ot->datum.i > gap)
			opp_finding(ctx, OPP_RULE_OVERBRUGGING, OPP_SEV_ERROR, z->start.pos,
			            _("support '%s' starts %s, %d weeks after the OT of %s: write in "
			              "overbrugging what happens meanwhile (plan B)"),
			            id, DS(z->start.i), (z->start.i - ot->datum.i) / 7, DS(ot->datum.i));
	}
}

/* 000 step 6: "Ouders, school en medewerker toegang bevestigen de afspraken
 * schriftelijk (een handtekening onder het handelingsdeel OPP is
 * voldoende)." The pupil signs too once of age (config
 * leeftijd_instemming; the law: meerderjarig en handelingsbekwaam), age
 * taken on the first start. Before support starts, a missing signature is
 * a to-do for `opp due`; a signature dated after the start is an error. */
static void
signed_before(const struct opp_ctx *ctx, const struct opp_val *v, const char *who, int32_t start)
{
	const struct opp_ondertekening *o = &ctx->doc->ondertekening;

	if (!v->s) {
		if (start <= ctx->today)
			opp_finding(ctx, OPP_RULE_ONDERTEKENING, OPP_SEV_ERROR,
			            o->h.set ? o->h.pos : ctx->doc->arrangement.h.pos,
			            _("support started %s without the agreement of %s: record the date they "
			              "signed in ondertekening.%s"),
			            DS(start), who, who);
	} else if (v->i > start) {
		opp_finding(ctx, OPP_RULE_ONDERTEKENING, OPP_SEV_ERROR, v->pos,
		            _("%s signed on %s, after support started on %s: the plan is agreed before "
		              "support starts"),
		            who, DS(v->i), DS(start));
	}
}

void
opp_rule_ondertekening(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;
	const struct opp_ondertekening *o = &doc->ondertekening;
	int32_t start;

	if (!opp_first_start(doc, &start))
		return;
	signed_before(ctx, &o->ouders, "ouders", start);
	signed_before(ctx, &o->school, "school", start);
	if (opp_needs_toegang(doc))
		signed_before(ctx, &o->toegang, "toegang", start);
	if (opp_leerling_tekent(doc, ctx->cfg, start))
		signed_before(ctx, &o->leerling, "leerling", start);
}

/* Law (WPO art. 40a, WVO art. 17a): the OPP holds the uitstroom-
 * perspectief with its grounds. */
void
opp_rule_uitstroom(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;

	if (opp_has_arrangement(doc) && !doc->uitstroomperspectief.richting.s)
		opp_finding(
		        ctx, OPP_RULE_UITSTROOMPERSPECTIEF, OPP_SEV_ERROR,
		        doc->uitstroomperspectief.h.set ? doc->uitstroomperspectief.h.pos
		                                        : doc->arrangement.h.pos,
		        _("the case has an arrangement but no uitstroomperspectief.richting: the law asks "
		          "every OPP for the expected outflow direction"));
}

/* Law (WPO art. 40a): the school establishes the OPP after agreement with
 * the parents on the handelingsdeel, within six weeks of the start of the
 * support. While those six weeks run, a missing date is not yet late. */
void
opp_rule_vastgesteld(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;
	const struct opp_val *v = &doc->vastgesteld;
	const struct opp_val *ouders = &doc->ondertekening.ouders;
	int32_t start;

	if (!opp_first_start(doc, &start))
		return;
	if (!v->s) {
		if (ctx->today > start + 42)
			opp_finding(
			        ctx, OPP_RULE_VASTGESTELD, OPP_SEV_WARNING, doc->arrangement.h.pos,
			        _("support started %s and the OPP is still not established: set vastgesteld "
			          "(within six weeks of the start)"),
			        DS(start));
		return;
	}
	if (ouders->s && v->i < ouders->i)
		opp_finding(ctx, OPP_RULE_VASTGESTELD, OPP_SEV_WARNING, v->pos,
		            _("the OPP was established on %s, before the parents agreed on %s: establish it "
		              "after their agreement"),
		            DS(v->i), DS(ouders->i));
	else if (v->i > start + 42)
		opp_finding(
		        ctx, OPP_RULE_VASTGESTELD, OPP_SEV_WARNING, v->pos,
		        _("the OPP was established on %s, more than six weeks after support started on %s"),
		        DS(v->i), DS(start));
}

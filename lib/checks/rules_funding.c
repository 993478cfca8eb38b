/*
 * rules_funding — step 6: the arrangement's bridge and the legal part of
 * the OPP. Funding before the start, the signatures and establishing the
 * OPP in time are obligations (facts/obligations.c).
 */
#include <string.h>

#include "base/date.h"
#include "base/i18n.h"
#include "checks/rules.h"
#include "facts/query.h"

#define DS(d) opp_date_str(d).s

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
			            P_("support '%s' starts %s, %d week after the OT of %s: write in "
			               "overbrugging what happens meanwhile (plan B)",
			               "support '%s' starts %s, %d weeks after the OT of %s: write in "
			               "overbrugging what happens meanwhile (plan B)",
			               (z->start.i - ot->datum.i) / 7),
			            id, DS(z->start.i), (z->start.i - ot->datum.i) / 7, DS(ot->datum.i));
	}
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
 * the parents on the handelingsdeel. Within six weeks of the start is an
 * obligation (facts/obligations.c); the order is checked here. */
void
opp_rule_vastgesteld(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;
	const struct opp_val *v = &doc->vastgesteld;
	const struct opp_akkoord *ouders = opp_akkoord_eerste(&doc->ondertekening.ouders);

	if (v->s && ouders && v->i < ouders->datum.i)
		opp_finding(ctx, OPP_RULE_VASTGESTELD, OPP_SEV_WARNING, v->pos,
		            _("the OPP was established on %s, before the parents agreed on %s: establish it "
		              "after their agreement"),
		            DS(v->i), DS(ouders->datum.i));
}

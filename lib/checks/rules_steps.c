/*
 * rules_steps — the order of the steps and complete afspraken. What is
 * owed after a meeting and the planned evaluation are obligations
 * (facts/obligations.c).
 */
#include <string.h>

#include "base/buf.h"
#include "base/date.h"
#include "base/i18n.h"
#include "checks/rules.h"
#include "facts/query.h"

#define DS(d) opp_date_str(d).s

/* Whether the needs of step 4 are mapped: at least one entry for the
 * pupil, the parents or the teacher (000 step 5: "Ondersteuningsbehoeften
 * en integratief beeld leiden tot doelen"). */
static bool
behoeften_in_beeld(const struct opp_behoeften *b)
{
	return b->leerling.n || b->ouders.n || b->leerkracht.n;
}

/* 001: "De volgorde van de stappen en de overgang tussen de stappen zijn
 * net zo essentieel als de stappen zelf." In the file and in time: the
 * goals come from the needs and the integratief beeld (000 step 5), the
 * support from the goals; nothing starts and nobody signs before the
 * first OT, and the parents know before it ("Ouders zijn op dit moment
 * al op de hoogte", 000 step 1). */
void
opp_rule_volgorde(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;
	const struct opp_overleg *ot = opp_first_ot(doc);
	const struct opp_ondertekening *t = &doc->ondertekening;
	const struct opp_akkoorden *partij[] = {&t->ouders, &t->school, &t->toegang, &t->leerling};
	static const char *const naam[] = {"ouders", "school", "toegang", "leerling"};

	if (doc->doelen.n && !behoeften_in_beeld(&doc->behoeften))
		opp_finding_about(ctx, OPP_ABOUT_NEEDS, "behoeften", OPP_RULE_VOLGORDE, OPP_SEV_ERROR,
		                  doc->doelen.h.pos,
		                  _("there are goals but no behoeften: map the support needs (step 4) "
		                    "before setting goals (step 5)"));
	if (doc->doelen.n && !doc->integratief_beeld.s)
		opp_finding_about(ctx, OPP_ABOUT_NEEDS, "integratief_beeld", OPP_RULE_VOLGORDE, OPP_SEV_ERROR,
		                  doc->doelen.h.pos,
		                  _("there are goals but no integratief_beeld: describe how the needs hang "
		                    "together (step 5) before setting goals"));
	if (doc->arrangement.n && !doc->doelen.n)
		opp_finding_about(ctx, OPP_ABOUT_NEEDS, "doelen", OPP_RULE_VOLGORDE, OPP_SEV_ERROR,
		                  doc->arrangement.h.pos,
		                  _("there is an arrangement but no goals: support is arranged per goal, so "
		                    "set the goals (step 5) first"));
	for (size_t i = 1; i < doc->overleggen.n; i++) {
		const struct opp_overleg *a = &doc->overleggen.v[i - 1], *b = &doc->overleggen.v[i];
		if (a->datum.s && b->datum.s && b->datum.i < a->datum.i) {
			opp_finding(ctx, OPP_RULE_VOLGORDE, OPP_SEV_ERROR, b->h.pos,
			            _("the meeting of %s is listed after the one of %s: list overleggen "
			              "oldest first"),
			            DS(b->datum.i), DS(a->datum.i));
			break;
		}
	}
	if (!ot)
		return;
	for (size_t i = 0; i < doc->arrangement.n; i++) {
		const struct opp_inzet *z = &doc->arrangement.v[i];
		if (z->start.s && z->start.i < ot->datum.i)
			opp_finding(
			        ctx, OPP_RULE_VOLGORDE, OPP_SEV_ERROR, z->start.pos,
			        _("support '%s' starts %s, before the first OT of %s: support is arranged at "
			          "the OT"),
			        z->id.s ? z->id.s : "?", DS(z->start.i), DS(ot->datum.i));
	}
	for (size_t p = 0; p < sizeof(partij) / sizeof(*partij); p++) {
		const struct opp_akkoord *a = opp_akkoord_eerste(partij[p]);
		if (a && a->datum.i < ot->datum.i)
			opp_finding(ctx, OPP_RULE_VOLGORDE, OPP_SEV_ERROR, a->datum.pos,
			            _("%s signed on %s, before the first OT of %s: the plan is agreed after "
			              "the OT "
			              "made it"),
			            naam[p], DS(a->datum.i), DS(ot->datum.i));
	}
	if (doc->waarneming.ouders_geinformeerd.s && doc->waarneming.ouders_geinformeerd.i > ot->datum.i)
		opp_finding(ctx, OPP_RULE_VOLGORDE, OPP_SEV_ERROR, doc->waarneming.ouders_geinformeerd.pos,
		            _("the parents were informed on %s, after the first OT of %s: inform them before "
		              "the OT is organised"),
		            DS(doc->waarneming.ouders_geinformeerd.i), DS(ot->datum.i));
}

/* 001 step 6: "A doet B en koppelt op X-termijn terug aan Z." */
void
opp_rule_afspraak_volledig(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;
	struct opp_buf missing = OPP_BUF_INIT;

	for (size_t i = 0; i < doc->afspraken.n; i++) {
		const struct opp_afspraak *a = &doc->afspraken.v[i];
		const char *parts[4];
		size_t n = 0;

		if (!a->wie.s)
			parts[n++] = _("wie (A: who does it)");
		if (!a->wat.s)
			parts[n++] = _("wat (B: what)");
		if (!a->uiterlijk.s)
			parts[n++] = _("uiterlijk (X: by when)");
		if (!a->terugkoppeling.n)
			parts[n++] = _("terugkoppeling (Z: who hears back)");
		if (!n)
			continue;
		opp_buf_reset(&missing);
		for (size_t k = 0; k < n; k++)
			opp_buf_printf(&missing, "%s%s", k ? ", " : "", parts[k]);
		opp_finding(ctx, OPP_RULE_AFSPRAAK_VOLLEDIG, OPP_SEV_ERROR, a->h.pos,
		            _("afspraak '%s' lacks %s: an afspraak says who does what, by when, and who "
		              "hears back"),
		            a->id.s ? a->id.s : "?", missing.ptr);
	}
	opp_buf_release(&missing);
}

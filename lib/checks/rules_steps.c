/*
 * rules_steps — the process over time: order of the steps, minutes of
 * meetings, the planned evaluation, and afspraken.
 */
#include <string.h>

#include "base/buf.h"
#include "base/date.h"
#include "base/i18n.h"
#include "checks/rules.h"
#include "facts/query.h"

#define DS(d) opp_date_str(d).s

/* 001: "De volgorde van de stappen en de overgang tussen de stappen zijn
 * net zo essentieel als de stappen zelf." */
void
opp_rule_volgorde(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;

	if (doc->doelen.n && !doc->behoeften.h.set)
		opp_finding(ctx, OPP_RULE_VOLGORDE, OPP_SEV_ERROR, doc->doelen.h.pos,
		            _("there are goals but no behoeften: map the support needs (step 4) before "
		              "setting goals (step 5)"));
	if (doc->arrangement.n && !doc->doelen.n)
		opp_finding(ctx, OPP_RULE_VOLGORDE, OPP_SEV_ERROR, doc->arrangement.h.pos,
		            _("there is an arrangement but no goals: support is arranged per goal, so set "
		              "the goals (step 5) first"));
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
}

/* 001: "Na afloop van het OT noteren van alle gemaakte afspraken". */
void
opp_rule_verslag(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;

	for (size_t i = 0; i < doc->overleggen.n; i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];
		const char *what;

		if (!opp_overleg_held(o, ctx->today))
			continue;
		if (o->verslag.s && o->aanwezig.n)
			continue;
		what = !o->verslag.s && !o->aanwezig.n ? _("verslag and aanwezig")
		       : !o->verslag.s                 ? "verslag"
		                                       : "aanwezig";
		opp_finding(ctx, OPP_RULE_VERSLAG, OPP_SEV_ERROR, o->h.pos,
		            _("the meeting of %s has been held but has no %s: write down who came and what "
		              "was agreed"),
		            DS(o->datum.i), what);
	}
}

/* 000 step 6: "Afspraken over vervolg en/of prikken evaluatiemoment."; the
 * law asks for an evaluation at least yearly (config evaluatie_maanden). */
void
opp_rule_evaluatie_gepland(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;
	const struct opp_overleg *last, *next;
	int32_t limit;

	if (!opp_has_arrangement(doc))
		return;
	last = opp_last_held(doc, ctx->today);
	next = opp_next_evaluatie(doc, ctx->today);
	if (!next) {
		opp_finding(ctx, OPP_RULE_EVALUATIE_GEPLAND, OPP_SEV_ERROR, doc->arrangement.h.pos,
		            _("there is an arrangement but no evaluation is planned: add a meeting with "
		              "soort: evaluatie within %d months"),
		            ctx->cfg->evaluatie_maanden);
		return;
	}
	if (!last)
		return;
	limit = opp_date_add_months(last->datum.i, ctx->cfg->evaluatie_maanden);
	if (next->datum.i > limit)
		opp_finding(ctx, OPP_RULE_EVALUATIE_GEPLAND, OPP_SEV_ERROR, next->datum.pos,
		            _("the evaluation of %s is more than %d months after the last meeting of %s: "
		              "plan it on or before %s"),
		            DS(next->datum.i), ctx->cfg->evaluatie_maanden, DS(last->datum.i), DS(limit));
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

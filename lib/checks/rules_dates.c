/*
 * rules_dates — `datums`: the dates of a case are real (spec, "Dates are
 * real"). Which dates record something that happened (and so cannot lie
 * after today) comes from the field flags of the shape table, not from
 * key names.
 */
#include <stdio.h>

#include "base/date.h"
#include "base/i18n.h"
#include "checks/rules.h"

#define DS(d) opp_date_str(d).s

static void
visit_date(void *ctxp, const struct opp_shape *sh, const struct opp_field *f, const struct opp_val *v,
           bool pair_key)
{
	const struct opp_ctx *ctx = ctxp;
	char where[64];

	if (f->type != OPP_T_DATE || !v->s)
		return;
	snprintf(where, sizeof(where), "%s%s%s", sh->name, *sh->name ? "." : "", f->key);
	/* A calendar date, but not one of this case: a typo in the year.
	 * A birth date is not repeated in the message. */
	if (!opp_date_in_range(v->i)) {
		if (f->flags & OPP_F_PERSONAL)
			opp_finding(ctx, OPP_RULE_DATUMS, OPP_SEV_ERROR, v->pos,
			            _("'%s' lies outside 1900-2199: check the year"), where);
		else
			opp_finding(ctx, OPP_RULE_DATUMS, OPP_SEV_ERROR, v->pos,
			            _("'%s' is %s, outside 1900-2199: check the year"), where, v->s);
	} else if ((f->flags & OPP_F_BIRTH) && v->i >= ctx->today) {
		opp_finding(ctx, OPP_RULE_DATUMS, OPP_SEV_ERROR, v->pos,
		            _("'%s' is not before today: a birth date lies in the past"), where);
	} else if ((f->flags & OPP_F_PAST) && v->i > ctx->today) {
		opp_finding(ctx, OPP_RULE_DATUMS, OPP_SEV_ERROR, v->pos,
		            _("'%s' is %s, after today (%s): it records something that happened, so it "
		              "cannot be in the future"),
		            where, DS(v->i), DS(ctx->today));
	}
}

void
opp_rule_datums(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;

	opp_doc_walk(doc, visit_date, (void *)ctx);
	for (size_t i = 0; i < doc->arrangement.n; i++) {
		const struct opp_inzet *z = &doc->arrangement.v[i];
		if (z->start.s && z->eind.s && z->eind.i < z->start.i)
			opp_finding(ctx, OPP_RULE_DATUMS, OPP_SEV_ERROR, z->eind.pos,
			            _("support '%s' ends %s, before it starts on %s: check both dates"),
			            z->id.s ? z->id.s : "?", DS(z->eind.i), DS(z->start.i));
	}
}

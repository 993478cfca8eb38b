/*
 * rules_dates — `datums`: the dates of a case are real (spec, "Dates are
 * real"). Which dates record something that happened (and so cannot lie
 * after today) comes from the field flags of the shape table, not from
 * key names.
 */
#include <stdint.h>
#include <stdio.h>

#include "base/date.h"
#include "base/i18n.h"
#include "checks/rules.h"

#define DS(d) opp_date_str(d).s

/* The party whose agreement holds v ("ouders" for `ouders: 2026-10-08`
 * as much as for a signature map or a list), or NULL: the message names
 * the key the user wrote, not the datum of the signature shape. */
static const char *
partij(const struct opp_doc *doc, const struct opp_val *v)
{
	const struct opp_ondertekening *t = &doc->ondertekening;
	const struct {
		const struct opp_akkoorden *a;
		const char *naam;
	} p[] = {{&t->ouders, "ouders"},
	         {&t->school, "school"},
	         {&t->toegang, "toegang"},
	         {&t->leerling, "leerling"}};

	/* By address, so that a list of thousands of signatures stays linear. */
	for (size_t i = 0; i < sizeof(p) / sizeof(*p); i++)
		if (p[i].a->n && (uintptr_t)v >= (uintptr_t)p[i].a->v &&
		    (uintptr_t)v < (uintptr_t)(p[i].a->v + p[i].a->n))
			return p[i].naam;
	return NULL;
}

static void
visit_date(void *ctxp, const struct opp_shape *sh, const struct opp_field *f, const struct opp_val *v,
           bool pair_key)
{
	const struct opp_ctx *ctx = ctxp;
	const char *party;
	char where[64];

	if (f->type != OPP_T_DATE || !v->s)
		return;
	/* Most dates are fine: the message's words only for one that is not
	 * (this runs for every date of every file). */
	if (opp_date_in_range(v->i) && !((f->flags & OPP_F_BIRTH) && v->i >= ctx->today) &&
	    !((f->flags & OPP_F_PAST) && v->i > ctx->today))
		return;
	if (sh == &opp_akkoord_shape && (party = partij(ctx->doc, v)))
		snprintf(where, sizeof(where), "ondertekening.%s", party);
	else
		opp_field_name(where, sizeof(where), sh, f);
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

	opp_doc_walk_only(doc, 0, 1u << OPP_T_DATE, visit_date, (void *)ctx);
	for (size_t i = 0; i < doc->arrangement.n; i++) {
		const struct opp_inzet *z = &doc->arrangement.v[i];
		if (z->start.s && z->eind.s && z->eind.i < z->start.i)
			opp_finding(ctx, OPP_RULE_DATUMS, OPP_SEV_ERROR, z->eind.pos,
			            _("support '%s' ends %s, before it starts on %s: check both dates"),
			            z->id.s ? z->id.s : "?", DS(z->eind.i), DS(z->start.i));
	}
}

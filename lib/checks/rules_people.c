/*
 * rules_people — who is involved: ids, regie, invitations, consent, the
 * chair and hearing the pupil.
 */
#include <string.h>

#include "base/date.h"
#include "base/i18n.h"
#include "base/suggest.h"
#include "checks/rules.h"
#include "facts/query.h"

#define DS(d) opp_date_str(d).s

static const char *
soort_label(const struct opp_overleg *o)
{
	return o->soort.s && o->soort.i == OPP_SOORT_EVALUATIE ? _("evaluation") : _("OT");
}

/* ---- ref --------------------------------------------------------------- */

static void
person_ref(const struct opp_ctx *ctx, const struct opp_val *v, const char *key)
{
	const struct opp_doc *doc = ctx->doc;
	const char *ids[64];
	size_t n = 0;
	const char *sug;

	if (!v->s || opp_doc_persoon(doc, v->s))
		return;
	for (size_t i = 0; i < doc->betrokkenen.n && n < 64; i++)
		if (doc->betrokkenen.v[i].id.s)
			ids[n++] = doc->betrokkenen.v[i].id.s;
	sug = opp_suggest(v->s, ids, n);
	if (sug)
		opp_finding(ctx, OPP_RULE_REF, OPP_SEV_ERROR, v->pos,
		            _("'%s' in %s is not a person in betrokkenen: did you mean '%s'?"), v->s, key,
		            sug);
	else
		opp_finding(ctx, OPP_RULE_REF, OPP_SEV_ERROR, v->pos,
		            _("'%s' in %s is not a person in betrokkenen: add them there with this id"), v->s,
		            key);
}

static void
person_refs(const struct opp_ctx *ctx, const struct opp_list *l, const char *key)
{
	for (size_t i = 0; i < l->n; i++)
		person_ref(ctx, &l->v[i], key);
}

static void
goal_ref(const struct opp_ctx *ctx, const struct opp_val *v, const char *key)
{
	if (v->s && !opp_doc_doel(ctx->doc, v->s))
		opp_finding(ctx, OPP_RULE_REF, OPP_SEV_ERROR, v->pos,
		            _("'%s' in %s is not a goal in doelen: use the id of a goal"), v->s, key);
}

/* Ids are unique within their list; the first one wins, later ones are
 * reported. The lists are short (a handful of people, ≤ 5 goals), so a
 * pairwise scan is cheaper than building an index. */
#define UNIQUE(ctx, seq, what)                                                                               \
	for (size_t i = 0; i < (seq).n; i++)                                                                 \
		for (size_t j = 0; j < i && (seq).v[i].id.s; j++)                                            \
			if ((seq).v[j].id.s && strcmp((seq).v[i].id.s, (seq).v[j].id.s) == 0) {              \
				opp_finding(ctx, OPP_RULE_REF, OPP_SEV_ERROR, (seq).v[i].id.pos,             \
				            _("id '%s' is used twice in %s (first at line %u): give each "   \
				              "its own id"),                                                 \
				            (seq).v[i].id.s, what, (unsigned)(seq).v[j].id.pos.line);        \
				break;                                                                       \
			}

void
opp_rule_ref(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;

	UNIQUE(ctx, doc->betrokkenen, "betrokkenen");
	UNIQUE(ctx, doc->doelen, "doelen");
	UNIQUE(ctx, doc->arrangement, "arrangement");
	UNIQUE(ctx, doc->afspraken, "afspraken");

	person_ref(ctx, &doc->regie.opp, "regie.opp");
	person_ref(ctx, &doc->regie.gezinsplan, "regie.gezinsplan");
	for (size_t i = 0; i < doc->overleggen.n; i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];
		person_ref(ctx, &o->voorzitter, "voorzitter");
		person_refs(ctx, &o->genodigden, "genodigden");
		person_refs(ctx, &o->aanwezig, "aanwezig");
		person_ref(ctx, &o->kindgesprek.door, "kindgesprek.door");
		for (size_t j = 0; j < o->uitkomsten.n; j++)
			goal_ref(ctx, &o->uitkomsten.v[j].key, "uitkomsten");
	}
	for (size_t i = 0; i < doc->arrangement.n; i++)
		for (size_t j = 0; j < doc->arrangement.v[i].doelen.n; j++)
			goal_ref(ctx, &doc->arrangement.v[i].doelen.v[j], "arrangement.doelen");
	for (size_t i = 0; i < doc->afspraken.n; i++) {
		person_ref(ctx, &doc->afspraken.v[i].wie, "afspraken.wie");
		person_refs(ctx, &doc->afspraken.v[i].terugkoppeling, "afspraken.terugkoppeling");
	}
}

/* ---- regie --------------------------------------------------------------
 * 001: "Het is voor alle betrokkenen duidelijk wie de regie voert over de
 * onderwijsondersteuning en/of over de jeugdhulpondersteuning."
 * 000 step 6: "Afspraak over regie (school over OPP, jeugdhulp over
 * gezinsplan)." */

void
opp_rule_regie(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;
	const struct opp_persoon *p = opp_doc_persoon(doc, doc->regie.opp.s);
	const struct opp_persoon *g = opp_doc_persoon(doc, doc->regie.gezinsplan.s);
	const uint32_t onderwijs = OPP_ROLBIT(OPP_ROL_IB) | OPP_ROLBIT(OPP_ROL_OSC) |
	                           OPP_ROLBIT(OPP_ROL_ONDERWIJSSPECIALIST) | OPP_ROLBIT(OPP_ROL_DIRECTEUR) |
	                           OPP_ROLBIT(OPP_ROL_MENTOR);
	const uint32_t jeugd = OPP_ROLBIT(OPP_ROL_WIJKTEAM) | OPP_ROLBIT(OPP_ROL_GEZINSSPECIALIST) |
	                       OPP_ROLBIT(OPP_ROL_JEUGDHULP);

	if (p && p->rol.s && !(onderwijs & OPP_ROLBIT(p->rol.i)))
		opp_finding(ctx, OPP_RULE_REGIE, OPP_SEV_ERROR, doc->regie.opp.pos,
		            _("regie.opp is '%s' (%s), but regie over the OPP lies with the school: name the "
		              "intern-begeleider, ondersteuningscoordinator, onderwijsspecialist, directeur "
		              "or mentor"),
		            p->id.s, opp_rol_names[p->rol.i]);
	if (doc->gezinsplan.h.set && !doc->regie.gezinsplan.s)
		opp_finding(ctx, OPP_RULE_REGIE, OPP_SEV_ERROR, doc->gezinsplan.h.pos,
		            _("there is a gezinsplan but no regie.gezinsplan: name who holds regie over it "
		              "(wijkteammedewerker, gezinsspecialist or jeugdhulpverlener)"));
	if (g && g->rol.s && !(jeugd & OPP_ROLBIT(g->rol.i)))
		opp_finding(ctx, OPP_RULE_REGIE, OPP_SEV_ERROR, doc->regie.gezinsplan.pos,
		            _("regie.gezinsplan is '%s' (%s), but regie over the gezinsplan lies with youth "
		              "care: "
		              "name the wijkteammedewerker, gezinsspecialist or jeugdhulpverlener"),
		            g->id.s, opp_rol_names[g->rol.i]);
}

/* ---- deelnemers ---------------------------------------------------------
 * 001 step 3: "De volgende mensen worden minimaal uitgenodigd bij een OT",
 * and the optional participants per signal. The list itself lives in
 * opp_invite_needs() (query.c), which `opp agenda` shares. */

void
opp_rule_deelnemers(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;

	for (size_t i = 0; i < doc->overleggen.n; i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];
		struct opp_need needs[OPP_MAX_NEEDS];
		size_t n;

		if (!o->soort.s || o->soort.i != OPP_SOORT_OT || !o->datum.s)
			continue;
		n = opp_invite_needs(doc, o, ctx->today, needs);
		for (size_t k = 0; k < n; k++) {
			if (needs[k].met || (!needs[k].roles && !needs[k].id))
				continue;
			if (needs[k].required)
				opp_finding(ctx, OPP_RULE_DEELNEMERS, OPP_SEV_ERROR, o->genodigden.h.pos,
				            _("the OT of %s does not invite %s (%s): add them to genodigden"),
				            DS(o->datum.i), _(needs[k].what), _(needs[k].reason));
			else
				opp_finding(ctx, OPP_RULE_DEELNEMERS, OPP_SEV_WARNING, o->genodigden.h.pos,
				            _("the OT of %s does not invite %s (%s): consider adding them"),
				            DS(o->datum.i), _(needs[k].what), _(needs[k].reason));
		}
	}
}

/* ---- toestemming ---------------------------------------------------------
 * 000 step 3: "Agenda, voorbereidingsstukken (met toestemming) en doel van
 * het overleg communiceren aan genodigden." Consent is per meeting; for a
 * planned meeting a missing consent is a to-do (opp due), not an error. */

void
opp_rule_toestemming(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;

	for (size_t i = 0; i < doc->overleggen.n; i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];

		if (!opp_overleg_held(o, ctx->today) || !opp_invites_outsiders(doc, o))
			continue;
		if (!o->toestemming.s)
			opp_finding(
			        ctx, OPP_RULE_TOESTEMMING, OPP_SEV_ERROR, o->h.pos,
			        _("the %s of %s invited people from outside the school without the parents' "
			          "consent: record the date of consent in toestemming"),
			        soort_label(o), DS(o->datum.i));
		else if (o->toestemming.i > o->datum.i)
			opp_finding(
			        ctx, OPP_RULE_TOESTEMMING, OPP_SEV_ERROR, o->toestemming.pos,
			        _("consent is dated %s, after the %s of %s it was needed for: consent comes "
			          "before documents are shared"),
			        DS(o->toestemming.i), soort_label(o), DS(o->datum.i));
	}
}

/* ---- voorzitter ----------------------------------------------------------
 * 001 step 4: "Het technisch voorzitterschap wordt belegd bij een collega
 * (collega-IB'er, teamleider of de directeur)". */

void
opp_rule_voorzitter(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;

	for (size_t i = 0; i < doc->overleggen.n; i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];
		if (o->voorzitter.s && doc->regie.opp.s && strcmp(o->voorzitter.s, doc->regie.opp.s) == 0)
			opp_finding(
			        ctx, OPP_RULE_VOORZITTER, OPP_SEV_WARNING, o->voorzitter.pos,
			        _("the regievoerder '%s' also chairs the %s of %s: let a colleague (another "
			          "IB'er, a team leader or the director) chair it"),
			        o->voorzitter.s, soort_label(o), o->datum.s ? DS(o->datum.i) : "?");
	}
}

/* ---- leerling-gehoord ----------------------------------------------------
 * 001 uitgangspunt 3: "De leerling wordt altijd gehoord." */

void
opp_rule_leerling_gehoord(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;

	for (size_t i = 0; i < doc->overleggen.n; i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];
		if (!o->soort.s || o->soort.i != OPP_SOORT_OT || !opp_overleg_held(o, ctx->today))
			continue;
		/* "in the meeting or in a conversation beforehand": a kindgesprek
		 * after the OT did not inform it. */
		if ((o->kindgesprek.h.set &&
		     (!o->kindgesprek.datum.s || o->kindgesprek.datum.i <= o->datum.i)) ||
		    opp_invites_rol(doc, &o->aanwezig, OPP_ROLBIT(OPP_ROL_LEERLING)))
			continue;
		opp_finding(ctx, OPP_RULE_LEERLING_GEHOORD, OPP_SEV_WARNING, o->h.pos,
		            _("the pupil was not heard for the OT of %s: record the kindgesprek "
		              "(datum, door) or list the pupil in aanwezig"),
		            DS(o->datum.i));
	}
}

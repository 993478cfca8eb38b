/*
 * rules_people — who is involved: ids, regie, invitations, consent, the
 * chair and hearing the pupil.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/i18n.h"
#include "base/suggest.h"
#include "base/utf8.h"
#include "checks/rules.h"
#include "facts/query.h"

#define DS(d) opp_date_str(d).s

static const char *
soort_label(const struct opp_overleg *o)
{
	return o->soort.s && o->soort.i == OPP_SOORT_EVALUATIE ? _("evaluation") : _("OT");
}

/* ---- ref ---------------------------------------------------------------
 * Spec: "People are listed once under betrokkenen with an id; everywhere
 * else a person is referred to by that id. An unknown id is an error."
 * Which values are references comes from the field flags of the shape
 * table (OPP_F_PERSON, OPP_F_GOAL, OPP_F_WHO), not from key names. */

struct refs {
	const struct opp_ctx *ctx;
	const char **ids; /* the betrokkenen's ids, for "did you mean" */
	size_t n_ids;
	const char **goals; /* the goals' ids */
	size_t n_goals;
	struct opp_buf a;    /* scratch for the folded text */
	struct opp_buf b;    /* the betrokkenen's folded names, NUL-separated, made on first use */
	const char **folded; /* per betrokkene: its folded name in b, or NULL */
};

/* The betrokkene whose name the text is (NFC, case and accents aside),
 * or whose surname it is when just one has it: "Tom Dekker" and
 * "dekker" both find lk-dekker. */
static const struct opp_persoon *
by_name(struct refs *r, const char *text)
{
	const struct opp_doc *doc = r->ctx->doc;
	const struct opp_persoon *last_word = NULL;
	size_t hits = 0;

	if (!r->folded) {
		/* Folded once per file, not once per value that is a name. */
		size_t *at = xcalloc(doc->betrokkenen.n + 1, sizeof(*at));
		r->folded = xcalloc(doc->betrokkenen.n + 1, sizeof(*r->folded));
		for (size_t i = 0; i < doc->betrokkenen.n; i++) {
			const struct opp_persoon *p = &doc->betrokkenen.v[i];
			at[i] = SIZE_MAX;
			if (!p->naam.s || !p->id.s)
				continue;
			at[i] = r->b.len;
			opp_utf8_fold(&r->b, p->naam.s, strlen(p->naam.s));
			opp_buf_putc(&r->b, '\0');
		}
		for (size_t i = 0; i < doc->betrokkenen.n; i++)
			r->folded[i] = at[i] == SIZE_MAX ? NULL : r->b.ptr + at[i];
		free(at);
	}
	opp_buf_reset(&r->a);
	opp_utf8_fold(&r->a, text, strlen(text));
	for (size_t i = 0; i < doc->betrokkenen.n; i++) {
		const char *name = r->folded[i], *sp;
		if (!name)
			continue;
		if (strcmp(r->a.ptr, name) == 0)
			return &doc->betrokkenen.v[i];
		sp = strrchr(name, ' ');
		if (sp && strcmp(sp + 1, r->a.ptr) == 0) {
			last_word = &doc->betrokkenen.v[i];
			hits++;
		}
	}
	return hits == 1 ? last_word : NULL;
}

/* A value of a person field that names nobody. `who` is arrangement.wie,
 * where a provider who is not a betrokkene may be named: only a value
 * shaped like an id must be one (spec `arrangement.wie`). */
static void
person_ref(struct refs *r, const struct opp_shape *sh, const struct opp_field *f, const struct opp_val *v,
           bool who)
{
	const struct opp_ctx *ctx = r->ctx;
	const struct opp_persoon *p;
	const char *sug;
	char where[64];

	/* Where it stands is said only in a finding: this runs for every
	 * reference of every file. */
	if (opp_doc_persoon(ctx->doc, v->s))
		return;
	opp_field_name(where, sizeof(where), sh, f);
	if (who ? !opp_id_ok(v->s) : v->i == OPP_VAL_NOT_ID) {
		/* A name. Never repeated in the message: it is a person's
		 * name, and messages end up in CI logs. */
		p = by_name(r, v->s);
		if (p)
			opp_finding(ctx, OPP_RULE_REF, who ? OPP_SEV_WARNING : OPP_SEV_ERROR, v->pos,
			            who ? _("%s names a betrokkene: write their id '%s' instead of the name")
			                : _("%s holds a name, not an id: did you mean '%s'?"),
			            where, p->id.s);
		else if (!who)
			opp_finding_about(
			        ctx, OPP_ABOUT_PERSON, NULL, OPP_RULE_REF, OPP_SEV_ERROR, v->pos,
			        _("%s holds text that is not an id: refer to a person by their id in "
			          "betrokkenen (a-z, 0-9 and -)"),
			        where);
		return;
	}
	sug = opp_suggest(v->s, r->ids, r->n_ids);
	if (!sug && (p = by_name(r, v->s)))
		sug = p->id.s;
	if (sug)
		opp_finding_about(ctx, OPP_ABOUT_PERSON, v->s, OPP_RULE_REF, OPP_SEV_ERROR, v->pos,
		                  _("'%s' in %s is not a person in betrokkenen: did you mean '%s'?"), v->s,
		                  where, sug);
	else
		opp_finding_about(ctx, OPP_ABOUT_PERSON, v->s, OPP_RULE_REF, OPP_SEV_ERROR, v->pos,
		                  _("'%s' in %s is not a person in betrokkenen: add them there with this id"),
		                  v->s, where);
}

static void
goal_ref(struct refs *r, const struct opp_shape *sh, const struct opp_field *f, const struct opp_val *v)
{
	const char *sug;
	char where[64];

	if (opp_doc_doel(r->ctx->doc, v->s))
		return;
	opp_field_name(where, sizeof(where), sh, f);
	sug = opp_suggest(v->s, r->goals, r->n_goals);
	if (sug)
		opp_finding_about(r->ctx, OPP_ABOUT_GOAL, v->s, OPP_RULE_REF, OPP_SEV_ERROR, v->pos,
		                  _("'%s' in %s is not a goal in doelen: did you mean '%s'?"), v->s, where,
		                  sug);
	else
		opp_finding_about(r->ctx, OPP_ABOUT_GOAL, v->s, OPP_RULE_REF, OPP_SEV_ERROR, v->pos,
		                  _("'%s' in %s is not a goal in doelen: use the id of a goal"), v->s, where);
}

static void
visit_ref(void *ctxp, const struct opp_shape *sh, const struct opp_field *f, const struct opp_val *v,
          bool pair_key)
{
	struct refs *r = ctxp;

	if (!v->s || (f->flags & OPP_F_DEFINES))
		return;
	if ((f->flags & OPP_F_PERSON) && !(f->type == OPP_T_PAIRS && !pair_key))
		person_ref(r, sh, f, v, false);
	else if (f->flags & OPP_F_WHO)
		person_ref(r, sh, f, v, true);
	else if ((f->flags & OPP_F_GOAL) && (f->type != OPP_T_PAIRS || pair_key))
		goal_ref(r, sh, f, v);
}

struct idref {
	const struct opp_val *id;
};

static int
cmp_idref(const void *a, const void *b)
{
	const struct opp_val *x = ((const struct idref *)a)->id, *y = ((const struct idref *)b)->id;
	int c = strcmp(x->s, y->s);

	if (c)
		return c;
	return x->pos.line != y->pos.line ? (x->pos.line < y->pos.line ? -1 : 1)
	                                  : (x->pos.col > y->pos.col) - (x->pos.col < y->pos.col);
}

/* Ids are unique within their list: the first one wins, every later one
 * is reported. Sorted, so thousands of goals cost n log n. */
static void
unique(const struct opp_ctx *ctx, const struct opp_field *list)
{
	const OPP_SEQ(char) *seq = (const void *)((const char *)ctx->doc + list->off);
	const struct opp_field *idf = NULL;
	struct idref *v;
	size_t n = 0;

	for (const struct opp_field *f = list->shape->fields; f->key; f++)
		if (f->flags & OPP_F_DEFINES)
			idf = f;
	if (!idf || seq->n < 2)
		return;
	v = xcalloc(seq->n, sizeof(*v));
	for (size_t i = 0; i < seq->n; i++) {
		const struct opp_val *id =
		        (const void *)((const char *)seq->v + i * list->shape->size + idf->off);
		if (id->s)
			v[n++].id = id;
	}
	qsort(v, n, sizeof(*v), cmp_idref);
	for (size_t i = 1; i < n; i++)
		if (strcmp(v[i].id->s, v[i - 1].id->s) == 0) {
			size_t first = i - 1;
			while (first > 0 && strcmp(v[first - 1].id->s, v[i].id->s) == 0)
				first--;
			opp_finding(ctx, OPP_RULE_REF, OPP_SEV_ERROR, v[i].id->pos,
			            _("id '%s' is used twice in %s (first at line %u): give each its own id"),
			            v[i].id->s, list->key, (unsigned)v[first].id->pos.line);
		}
	free(v);
}

void
opp_rule_ref(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;
	struct refs r = {ctx, NULL, 0, NULL, 0, OPP_BUF_INIT, OPP_BUF_INIT, NULL};

	for (const struct opp_field *f = opp_doc_shape.fields; f->key; f++)
		if (f->type == OPP_T_SEQ)
			unique(ctx, f);
	r.ids = xcalloc(doc->n_by_id + 1, sizeof(*r.ids));
	for (size_t i = 0; i < doc->n_by_id; i++)
		r.ids[r.n_ids++] = doc->by_id[i]->id.s;
	r.goals = xcalloc(doc->n_doel_by_id + 1, sizeof(*r.goals));
	for (size_t i = 0; i < doc->n_doel_by_id; i++)
		r.goals[r.n_goals++] = doc->doel_by_id[i]->id.s;
	opp_doc_walk_only(doc, OPP_F_PERSON | OPP_F_WHO | OPP_F_GOAL, 0, visit_ref, &r);
	free(r.ids);
	free(r.goals);
	opp_buf_release(&r.a);
	opp_buf_release(&r.b);
	free(r.folded);
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

		if (!o->soort.s || !o->datum.s)
			continue;
		n = opp_invite_needs(doc, o, ctx->today, needs);
		for (size_t k = 0; k < n; k++) {
			if (needs[k].met || !needs[k].checked || (!needs[k].roles && !needs[k].id))
				continue;
			/* A need for one person (the chair, the regievoerder) names
			 * their id: the message says whom to add. */
			if (needs[k].required && needs[k].id)
				opp_finding(ctx, OPP_RULE_DEELNEMERS, OPP_SEV_ERROR, o->genodigden.h.pos,
				            _("the %s of %s does not invite '%s', %s (%s): add them to "
				              "genodigden"),
				            soort_label(o), DS(o->datum.i), needs[k].id, _(needs[k].what),
				            _(needs[k].reason));
			else if (needs[k].required)
				opp_finding(ctx, OPP_RULE_DEELNEMERS, OPP_SEV_ERROR, o->genodigden.h.pos,
				            _("the %s of %s does not invite %s (%s): add them to genodigden"),
				            soort_label(o), DS(o->datum.i), _(needs[k].what),
				            _(needs[k].reason));
			else
				opp_finding(ctx, OPP_RULE_DEELNEMERS, OPP_SEV_WARNING, o->genodigden.h.pos,
				            _("the %s of %s does not invite %s (%s): consider adding them"),
				            soort_label(o), DS(o->datum.i), _(needs[k].what),
				            _(needs[k].reason));
		}
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
		if (opp_voorzitter_is_regie(doc, o))
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

/* ---- ouders-aanwezig ---------------------------------------------------
 * 001: "Ouders zijn aanwezig bij de bespreking van hun kind in het OT";
 * when they cannot be there: "Overleggen van een toestemmingsverklaring
 * indien ze niet fysiek aanwezig kunnen zijn". */

void
opp_rule_ouders_aanwezig(const struct opp_ctx *ctx)
{
	const struct opp_doc *doc = ctx->doc;

	for (size_t i = 0; i < doc->overleggen.n; i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];
		if (!o->soort.s || o->soort.i != OPP_SOORT_OT || !opp_overleg_held(o, ctx->today) ||
		    !o->aanwezig.n || o->toestemming.s ||
		    opp_invites_rol(doc, &o->aanwezig, OPP_ROLBIT(OPP_ROL_OUDERS)))
			continue;
		opp_finding(
		        ctx, OPP_RULE_OUDERS_AANWEZIG, OPP_SEV_WARNING, o->aanwezig.h.pos,
		        _("the parents were not at the OT of %s and there is no toestemming for it: parents "
		          "take part in the OT, or give their consent in writing"),
		        DS(o->datum.i));
	}
}

/*
 * query — derived facts, shared by rules and commands.
 */
#include "facts/query.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/date.h"
#include "base/i18n.h"

bool
opp_overleg_held(const struct opp_overleg *o, int32_t today)
{
	return o->datum.s && o->datum.i < today;
}

bool
opp_overleg_planned(const struct opp_overleg *o, int32_t today)
{
	return o->datum.s && o->datum.i >= today && !o->verslag.s;
}

bool
opp_overleg_vastgelegd(const struct opp_overleg *o)
{
	return o->verslag.s && o->aanwezig.n;
}

enum opp_overleg_stand
opp_overleg_stand(const struct opp_overleg *o, int32_t today)
{
	if (!opp_overleg_held(o, today))
		return opp_overleg_vastgelegd(o) ? OPP_OVERLEG_GEHOUDEN : OPP_OVERLEG_GEPLAND;
	if (opp_overleg_vastgelegd(o))
		return OPP_OVERLEG_GEHOUDEN;
	return o->verslag.s ? OPP_OVERLEG_ZONDER_AANWEZIG : OPP_OVERLEG_ZONDER_VERSLAG;
}

const char *const opp_label_overleg[4] = {"gepland", "gehouden", "gehouden, verslag ontbreekt",
                                          "gehouden, aanwezigen ontbreken"};

bool
opp_has_arrangement(const struct opp_doc *doc)
{
	return doc->arrangement.n > 0;
}

bool
opp_first_start(const struct opp_doc *doc, int32_t *day)
{
	bool found = false;

	for (size_t i = 0; i < doc->arrangement.n; i++) {
		const struct opp_val *s = &doc->arrangement.v[i].start;
		if (s->s && (!found || s->i < *day)) {
			*day = s->i;
			found = true;
		}
	}
	return found;
}

const struct opp_overleg *
opp_first_ot(const struct opp_doc *doc)
{
	const struct opp_overleg *best = NULL;

	for (size_t i = 0; i < doc->overleggen.n; i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];
		if (o->soort.s && o->soort.i == OPP_SOORT_OT && o->datum.s &&
		    (!best || o->datum.i < best->datum.i))
			best = o;
	}
	return best;
}

const struct opp_overleg *
opp_last_held(const struct opp_doc *doc, int32_t today)
{
	const struct opp_overleg *best = NULL;

	for (size_t i = 0; i < doc->overleggen.n; i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];
		if (opp_overleg_held(o, today) && (!best || o->datum.i >= best->datum.i))
			best = o;
	}
	return best;
}

static const struct opp_overleg *
next_planned(const struct opp_doc *doc, int32_t today, int soort)
{
	const struct opp_overleg *best = NULL;

	for (size_t i = 0; i < doc->overleggen.n; i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];
		if (!opp_overleg_planned(o, today))
			continue;
		if (soort >= 0 && !(o->soort.s && o->soort.i == soort))
			continue;
		if (!best || o->datum.i < best->datum.i)
			best = o;
	}
	return best;
}

const struct opp_overleg *
opp_next_evaluatie(const struct opp_doc *doc, int32_t today)
{
	return next_planned(doc, today, OPP_SOORT_EVALUATIE);
}

const struct opp_overleg *
opp_next_overleg(const struct opp_doc *doc, int32_t today)
{
	return next_planned(doc, today, -1);
}

bool
opp_invites_rol(const struct opp_doc *doc, const struct opp_list *ids, uint32_t roles)
{
	for (size_t i = 0; i < ids->n; i++) {
		const struct opp_persoon *p = opp_doc_persoon(doc, ids->v[i].s);
		if (p && p->rol.s && (roles & OPP_ROLBIT(p->rol.i)))
			return true;
	}
	return false;
}

bool
opp_invites_outsiders(const struct opp_doc *doc, const struct opp_overleg *o)
{
	for (size_t i = 0; i < o->genodigden.n; i++) {
		const struct opp_persoon *p = opp_doc_persoon(doc, o->genodigden.v[i].s);
		if (p && p->rol.s && !opp_rol_school(p->rol.i))
			return true;
	}
	return false;
}

const struct opp_overleg *
opp_first_held_ot(const struct opp_doc *doc, int32_t today)
{
	const struct opp_overleg *best = NULL;

	for (size_t i = 0; i < doc->overleggen.n; i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];
		if (o->soort.s && o->soort.i == OPP_SOORT_OT && opp_overleg_held(o, today) &&
		    (!best || o->datum.i < best->datum.i))
			best = o;
	}
	return best;
}

bool
opp_toegang_start(const struct opp_doc *doc, int32_t *day)
{
	bool found = false;

	for (size_t i = 0; i < doc->arrangement.n; i++) {
		const struct opp_inzet *z = &doc->arrangement.v[i];
		const struct opp_bekostiging *b = &z->bekostiging;
		if (z->start.s && b->door.s && b->door.i == OPP_FIN_GEMEENTE && b->grondslag.s &&
		    b->grondslag.i == OPP_GROND_BESCHIKKING && (!found || z->start.i < *day)) {
			*day = z->start.i;
			found = true;
		}
	}
	return found;
}

bool
opp_leerling_tekent(const struct opp_doc *doc, const struct opp_config *cfg)
{
	const struct opp_val *g = &doc->leerling.geboortedatum;
	int32_t start = 0;

	return g->s && opp_first_start(doc, &start) && opp_date_age(g->i, start) >= cfg->leeftijd_instemming;
}

const struct opp_paar *
opp_doel_uitkomst(const struct opp_doc *doc, const struct opp_doel *d, int32_t today,
                  const struct opp_overleg **at)
{
	size_t n;
	const struct opp_uitkomst_ref *u = opp_doc_uitkomsten(doc, d, &n);

	/* By meeting date, oldest first: the latest held one is the last
	 * one dated before today. */
	while (n > 0 && !opp_overleg_held(u[n - 1].o, today))
		n--;
	if (!n)
		return NULL;
	if (at)
		*at = u[n - 1].o;
	return u[n - 1].p;
}

enum opp_doelstatus
opp_doel_status(const struct opp_doc *doc, const struct opp_doel *d, int32_t today)
{
	const struct opp_paar *u;

	if (d->status.s)
		return (enum opp_doelstatus)d->status.i;
	u = opp_doel_uitkomst(doc, d, today, NULL);
	if (u && u->value.s && u->value.i == OPP_UIT_BEHAALD)
		return OPP_DOEL_BEHAALD;
	if (u && u->value.s && u->value.i == OPP_UIT_GESTOPT)
		return OPP_DOEL_GESTOPT;
	return OPP_DOEL_LOPEND;
}

bool
opp_doel_actief(const struct opp_doc *doc, const struct opp_doel *d, int32_t today)
{
	return opp_doel_status(doc, d, today) == OPP_DOEL_LOPEND;
}

bool
opp_doel_gesteld(const struct opp_doc *doc, const struct opp_doel *d, int32_t today, int32_t *day)
{
	const struct opp_overleg *ot;

	if (d->gesteld.s) {
		*day = d->gesteld.i;
		return true;
	}
	if ((ot = opp_first_held_ot(doc, today))) {
		*day = ot->datum.i;
		return true;
	}
	return false;
}

bool
opp_doel_open_bij(const struct opp_doc *doc, const struct opp_doel *d, const struct opp_overleg *o,
                  int32_t today)
{
	int32_t set;
	size_t n;
	const struct opp_uitkomst_ref *u;

	if (!o->datum.s || (d->status.s && d->status.i != OPP_DOEL_LOPEND))
		return false;
	if (!opp_doel_gesteld(doc, d, today, &set) || set >= o->datum.i)
		return false;
	u = opp_doc_uitkomsten(doc, d, &n);
	for (size_t i = 0; i < n && u[i].o->datum.i < o->datum.i; i++)
		if (u[i].p->value.s &&
		    (u[i].p->value.i == OPP_UIT_BEHAALD || u[i].p->value.i == OPP_UIT_GESTOPT))
			return false;
	return true;
}

bool
opp_doel_meetbaar(const struct opp_doc *doc, const struct opp_doel *d, int32_t today)
{
	int32_t set;

	return d->beginwaarde.s && d->streefwaarde.s && d->termijn.s &&
	       opp_doel_gesteld(doc, d, today, &set) && d->termijn.i > set;
}

double
opp_doel_verwacht(const struct opp_doc *doc, const struct opp_doel *d, int32_t today, int32_t day)
{
	int32_t set = 0;
	double b = d->beginwaarde.n, e = d->streefwaarde.n;

	opp_doel_gesteld(doc, d, today, &set);
	if (day <= set)
		return b;
	if (day >= d->termijn.i)
		return e;
	return b + (e - b) * (double)(day - set) / (double)(d->termijn.i - set);
}

const struct opp_voortgang *
opp_doel_laatste(const struct opp_doel *d, int32_t today, bool waarde)
{
	const struct opp_voortgang *best = NULL;

	/* Oldest first by the format, but a note out of order still counts
	 * by its date. */
	for (size_t i = 0; i < d->voortgang.n; i++) {
		const struct opp_voortgang *v = &d->voortgang.v[i];
		if (v->datum.s && v->datum.i <= today && (!waarde || v->waarde.s) &&
		    (!best || v->datum.i >= best->datum.i))
			best = v;
	}
	return best;
}

const char *const opp_label_koers[3] = {"geen gegevens", "op koers", "achter"};

enum opp_koers
opp_doel_koers(const struct opp_doc *doc, const struct opp_doel *d, int32_t today)
{
	const struct opp_voortgang *v;
	double want;

	if (!opp_doel_meetbaar(doc, d, today) || !(v = opp_doel_laatste(d, today, true)))
		return OPP_KOERS_GEEN;
	want = opp_doel_verwacht(doc, d, today, v->datum.i);
	/* Toward streefwaarde: up when it is higher, down when lower (days
	 * absent). A small tolerance absorbs rounding in the notes. */
	if (d->streefwaarde.n >= d->beginwaarde.n)
		return v->waarde.n + 1e-9 >= want ? OPP_KOERS_OP : OPP_KOERS_ACHTER;
	return v->waarde.n - 1e-9 <= want ? OPP_KOERS_OP : OPP_KOERS_ACHTER;
}

static int
verloop_cmp(const void *a, const void *b)
{
	const struct opp_verloop *x = a, *y = b;
	int32_t dx = x->datum < 0 ? INT32_MAX : x->datum, dy = y->datum < 0 ? INT32_MAX : y->datum;

	if (dx != dy)
		return dx < dy ? -1 : 1;
	if (x->soort != y->soort)
		return x->soort < y->soort ? -1 : 1;
	/* The same kind on the same day: keep file order (qsort is not
	 * stable, the pointers into one array are). */
	if (x->note != y->note)
		return x->note < y->note ? -1 : 1;
	return x->uitkomst < y->uitkomst ? -1 : x->uitkomst > y->uitkomst;
}

size_t
opp_doel_verloop(const struct opp_doc *doc, const struct opp_doel *d, int32_t today, struct opp_verloop **out)
{
	size_t nu = 0, n = 0;
	const struct opp_uitkomst_ref *u = opp_doc_uitkomsten(doc, d, &nu);
	struct opp_verloop *v = xcalloc(d->voortgang.n + nu + 2, sizeof(*v));
	int32_t set;

	if (opp_doel_gesteld(doc, d, today, &set))
		v[n++] = (struct opp_verloop){.soort = OPP_VERLOOP_GESTELD, .datum = set};
	for (size_t i = 0; i < d->voortgang.n; i++) {
		const struct opp_voortgang *t = &d->voortgang.v[i];
		if (t->datum.s && t->datum.i <= today)
			v[n++] = (struct opp_verloop){
			        .soort = OPP_VERLOOP_NOTITIE, .datum = t->datum.i, .note = t};
	}
	for (size_t i = 0; i < nu; i++)
		if (opp_overleg_held(u[i].o, today) && u[i].p->value.s)
			v[n++] = (struct opp_verloop){.soort = OPP_VERLOOP_UITKOMST,
			                              .datum = u[i].o->datum.i,
			                              .at = u[i].o,
			                              .uitkomst = u[i].p};
	if (d->status.s && d->status.i != OPP_DOEL_LOPEND)
		v[n++] = (struct opp_verloop){.soort = OPP_VERLOOP_AFGESLOTEN, .datum = -1};
	qsort(v, n, sizeof(*v), verloop_cmp);
	if (!n) {
		free(v);
		v = NULL;
	}
	*out = v;
	return n;
}

bool
opp_voorzitter_is_regie(const struct opp_doc *doc, const struct opp_overleg *o)
{
	return o->voorzitter.s && doc->regie.opp.s && strcmp(o->voorzitter.s, doc->regie.opp.s) == 0;
}

bool
opp_toestemming_op_tijd(const struct opp_overleg *o)
{
	return o->toestemming.s && (!o->datum.s || o->toestemming.i <= o->datum.i);
}

bool
opp_toestemming_gegeven(const struct opp_overleg *o, int32_t today)
{
	return opp_toestemming_op_tijd(o) && o->toestemming.i <= today;
}

bool
opp_has_signaal(const struct opp_doc *doc, int sig)
{
	for (size_t i = 0; i < doc->signalen.n; i++)
		if (doc->signalen.v[i].s && doc->signalen.v[i].i == sig)
			return true;
	return false;
}

static void
need(struct opp_need *n, size_t *k, uint32_t roles, const char *id, bool required, const char *what,
     const char *reason, const char *wie, const char *waarom)
{
	if (*k >= OPP_MAX_NEEDS)
		return;
	n[*k] = (struct opp_need){roles, id, required, false, false, what, reason, wie, waarom};
	(*k)++;
}

/* The day the period under evaluation began: the meeting before o, or
 * the first start of support. */
static int32_t
period_start(const struct opp_doc *doc, const struct opp_overleg *o)
{
	int32_t from = o->datum.i;
	bool found = false;

	for (size_t i = 0; i < doc->overleggen.n; i++) {
		const struct opp_overleg *m = &doc->overleggen.v[i];
		if (m != o && m->datum.s && m->datum.i < o->datum.i && (!found || m->datum.i > from)) {
			from = m->datum.i;
			found = true;
		}
	}
	if (!found)
		opp_first_start(doc, &from);
	return from;
}

size_t
opp_invite_needs(const struct opp_doc *doc, const struct opp_overleg *o, int32_t today,
                 struct opp_need needs[OPP_MAX_NEEDS])
{
	size_t k = 0;
	const char *regie = doc->regie.opp.s;

	if (!o->soort.s)
		return 0; /* without a soort nobody can say who belongs there */
	/* Spec, rule `deelnemers`: every meeting invites its voorzitter when
	 * one is named (the regievoerder's own need covers a chair who is the
	 * regievoerder). */
	if (opp_doc_persoon(doc, o->voorzitter.s) && !opp_voorzitter_is_regie(doc, o))
		need(needs, &k, 0, o->voorzitter.s, true, N_("the chair (voorzitter)"),
		     N_("who chairs the meeting must be invited to it"), "de voorzitter",
		     "wie het overleg voorzit, hoort bij de genodigden");
	if (o->soort.i == OPP_SOORT_OT) {
		/* 001 step 3: "De IB'er, de orthopedagoog, de ouders en de
		 * leerkracht zijn vaste deelnemers aan het OT." */
		need(needs, &k, OPP_ROLBIT(OPP_ROL_OUDERS), NULL, true, N_("the parents (ouders)"),
		     N_("parents are fixed participants of every OT"), "de ouders",
		     "ouders zijn vaste deelnemers aan het OT");
		need(needs, &k, OPP_ROLBIT(OPP_ROL_LEERKRACHT) | OPP_ROLBIT(OPP_ROL_MENTOR), NULL, true,
		     N_("a teacher (leerkracht or mentor)"),
		     N_("the teacher is a fixed participant of every OT"), "een leerkracht of mentor",
		     "de leerkracht is vaste deelnemer aan het OT");
		if (regie)
			need(needs, &k, 0, regie, true, N_("the regievoerder (regie.opp)"),
			     N_("who holds regie over the OPP takes part in every OT"), "de regievoerder",
			     "wie de regie over het OPP voert, is bij elk OT");
		need(needs, &k, OPP_ROLBIT(OPP_ROL_ORTHOPEDAGOOG), NULL, true, N_("an orthopedagoog"),
		     N_("the school's orthopedagoog is a fixed participant of every OT"), "een orthopedagoog",
		     "de orthopedagoog van school is vaste deelnemer aan het OT");
		/* "Bij problematiek op andere levensgebieden dan het onderwijs,
		 * wordt áltijd een professional vanuit JGZ, CJG en/of het
		 * wijkteam uitgenodigd." */
		if (opp_has_signaal(doc, OPP_SIG_ANDERE_LEVENSGEBIEDEN))
			need(needs, &k,
			     OPP_ROLBIT(OPP_ROL_JGZ) | OPP_ROLBIT(OPP_ROL_CJG) | OPP_ROLBIT(OPP_ROL_WIJKTEAM),
			     NULL, true, N_("someone from jgz, cjg or the wijkteam"),
			     N_("signal andere-levensgebieden: problems outside school"),
			     "iemand van JGZ, CJG of het wijkteam",
			     "signaal andere-levensgebieden: zorgen buiten school");
		if (opp_has_signaal(doc, OPP_SIG_VERZUIM))
			need(needs, &k, OPP_ROLBIT(OPP_ROL_LPA), NULL, false, N_("the leerplichtambtenaar"),
			     N_("signal verzuim: concerns about absence"), "de leerplichtambtenaar",
			     "signaal verzuim: zorgen over verzuim");
		if (opp_has_signaal(doc, OPP_SIG_SOCIAAL_MEDISCH))
			need(needs, &k, OPP_ROLBIT(OPP_ROL_JGZ), NULL, false, N_("jgz"),
			     N_("signal sociaal-medisch: concerns about social-medical development"),
			     "de JGZ",
			     "signaal sociaal-medisch: zorgen over de sociaal-medische ontwikkeling");
		if (opp_has_signaal(doc, OPP_SIG_OPVOEDEN_LICHT))
			need(needs, &k, OPP_ROLBIT(OPP_ROL_CJG) | OPP_ROLBIT(OPP_ROL_SMW), NULL, false,
			     N_("cjg or smw"), N_("signal opvoeden-licht: light parenting problems"),
			     "CJG of SMW", "signaal opvoeden-licht: lichte opvoed- en opgroeiproblematiek");
		if (opp_has_signaal(doc, OPP_SIG_OPVOEDEN_ZWAAR))
			need(needs, &k, OPP_ROLBIT(OPP_ROL_WIJKTEAM), NULL, false, N_("a wijkteammedewerker"),
			     N_("signal opvoeden-zwaar: youth care may be needed"), "een wijkteammedewerker",
			     "signaal opvoeden-zwaar: mogelijk is jeugdhulp nodig");
		/* "Onderwijsprofessional of jeugdhulpprofessional: indien het OT
		 * bedoeld is om een reeds ingezet arrangement te evalueren." */
		if (opp_has_signaal(doc, OPP_SIG_EVALUATIE_ARRANGEMENT))
			need(needs, &k, OPP_ROLBIT(OPP_ROL_AB) | OPP_ROLBIT(OPP_ROL_JEUGDHULP), NULL, false,
			     N_("the ambulant begeleider or jeugdhulpverlener"),
			     N_("signal evaluatie-arrangement: the OT evaluates support already given"),
			     "de ambulant begeleider of jeugdhulpverlener",
			     "signaal evaluatie-arrangement: het OT evalueert een ingezet arrangement");
		goto met;
	}
	/* 001 step 8: evaluate with the parents, the regievoerder, the
	 * teacher, and the professionals who delivered the support during the
	 * period under evaluation (also support that ended meanwhile). */
	need(needs, &k, OPP_ROLBIT(OPP_ROL_OUDERS), NULL, true, N_("the parents (ouders)"),
	     N_("the arrangement is evaluated with the parents"), "de ouders",
	     "het arrangement wordt met de ouders geëvalueerd");
	if (regie)
		need(needs, &k, 0, regie, true, N_("the regievoerder (regie.opp)"),
		     N_("who holds regie leads the evaluation"), "de regievoerder",
		     "de regievoerder leidt de evaluatie");
	need(needs, &k, OPP_ROLBIT(OPP_ROL_LEERKRACHT) | OPP_ROLBIT(OPP_ROL_MENTOR), NULL, false,
	     N_("a teacher (leerkracht or mentor)"), N_("the teacher sees the effect in class"),
	     "een leerkracht of mentor", "de leerkracht ziet het effect in de klas");
	{
		int32_t until = o->datum.s ? o->datum.i : today;
		int32_t from = o->datum.s ? period_start(doc, o) : today;

		for (size_t i = 0; i < doc->arrangement.n && k < OPP_MAX_NEEDS; i++) {
			const struct opp_inzet *z = &doc->arrangement.v[i];
			const struct opp_persoon *p = opp_doc_persoon(doc, z->wie.s);
			bool ran = z->start.s && z->start.i <= until && (!z->eind.s || z->eind.i >= from);
			bool dup = false;

			if (!p || !ran)
				continue;
			for (size_t j = 0; j < k; j++)
				dup |= needs[j].id && strcmp(needs[j].id, p->id.s) == 0;
			if (!dup)
				need(needs, &k, 0, p->id.s, false, N_("who delivers the support"),
				     N_("delivers support under evaluation; its effect is evaluated"),
				     "wie de ondersteuning geeft",
				     "gaf ondersteuning in de periode die geëvalueerd wordt");
		}
	}
met:
	for (size_t i = 0; i < k; i++) {
		needs[i].met = needs[i].roles ? opp_invites_rol(doc, &o->genodigden, needs[i].roles)
		                              : opp_list_has(&o->genodigden, needs[i].id);
		needs[i].checked = o->soort.i == OPP_SOORT_OT || (needs[i].id && o->voorzitter.s &&
		                                                  strcmp(needs[i].id, o->voorzitter.s) == 0);
	}
	return k;
}

int
opp_stap(const struct opp_doc *doc, int32_t today)
{
	int32_t start = 0;
	const struct opp_overleg *last = opp_last_held(doc, today);

	if (last && last->soort.s && last->soort.i == OPP_SOORT_EVALUATIE)
		return last->bijstelling.s ? 9 : 8;
	if (opp_first_start(doc, &start) && start <= today)
		return opp_next_evaluatie(doc, today) && opp_next_evaluatie(doc, today)->datum.i <= today + 14
		               ? 8
		               : 7;
	if (doc->arrangement.n)
		return 6;
	if (doc->doelen.n)
		return 5;
	if (doc->behoeften.h.set || doc->factoren.h.set)
		return 4;
	if (doc->overleggen.n)
		return last ? 4 : 3;
	if (doc->waarneming.h.set && doc->waarneming.hypothesen.n)
		return 2;
	return 1;
}

/* Route map 000, "Negen stappen om te komen tot één arrangement". */
const char *const opp_label_stap[10] = {
        NULL,
        "waarnemen",
        "informeren en voorbereiden",
        "het OT organiseren",
        "ondersteuningsbehoeften in beeld",
        "gezamenlijk doelen stellen",
        "gezamenlijk arrangeren",
        "uitvoeren en monitoren",
        "gezamenlijk evalueren",
        "het arrangement bijstellen",
};

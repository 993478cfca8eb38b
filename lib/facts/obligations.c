/*
 * obligations — every time-bound obligation of a case (see
 * obligations.h). Each function below owns one family of obligations
 * and cites where it comes from; nothing else in lib/ or cmd/ works out
 * a deadline, a responsible person or whether something is late.
 */
#include "facts/obligations.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/date.h"
#include "base/i18n.h"
#include "facts/handelingsdeel.h"
#include "facts/query.h"
#include "format/ruleset.h"

#define X_NAME(id, name) name,
const char *const opp_ob_kind_names[] = {OPP_OB_KINDS(X_NAME) NULL};
#undef X_NAME

#define DS(d) opp_date_str(d).s

struct collect {
	struct opp_obligations *l;
	const struct opp_doc *doc;
	const struct opp_config *cfg;
	int32_t today;
};

static struct opp_obligation *
add(struct collect *c, enum opp_ob_kind kind, enum opp_ob_what what, int rule, struct opp_pos pos,
    int32_t deadline)
{
	struct opp_obligation *o;

	xgrow(&c->l->v, &c->l->cap, c->l->n + 1, sizeof(*c->l->v));
	o = &c->l->v[c->l->n++];
	memset(o, 0, sizeof(*o));
	o->kind = kind;
	o->what = what;
	o->rule = rule;
	o->sev = rule >= 0 ? opp_rules[rule].sev : OPP_SEV_OFF;
	o->pos = pos;
	o->deadline = deadline;
	o->escalatie = c->cfg->escalatie;
	return o;
}

static void
owed_by(struct opp_obligation *o, const char *id)
{
	if (!id || o->n_who >= OPP_OB_MAX_WHO)
		return;
	for (size_t i = 0; i < o->n_who; i++)
		if (strcmp(o->who[i], id) == 0)
			return;
	o->who[o->n_who++] = id;
}

/* Most of the process is the regievoerder's to watch: "De regievoerder
 * bewaakt de voortgang op de acties, maar voert niet alle acties zelf
 * uit" (000, step 7). */
static void
regie(struct collect *c, struct opp_obligation *o)
{
	owed_by(o, c->doc->regie.opp.s);
}

static const char *
keep(struct collect *c, const struct opp_buf *b)
{
	return opp_arena_strndup(&c->l->arena, b->ptr, b->len);
}

static bool
is_soort(const struct opp_overleg *o, int soort)
{
	return o->soort.s && o->soort.i == soort;
}

/* ---- afspraken: "A doet B en koppelt op X-termijn terug aan Z" (001) ----
 * A late action is a reminder for A, not a defect of the plan: no rule. */
static void
afspraken(struct collect *c)
{
	for (size_t i = 0; i < c->doc->afspraken.n; i++) {
		const struct opp_afspraak *a = &c->doc->afspraken.v[i];
		struct opp_obligation *o;

		if (a->gedaan.s || !a->uiterlijk.s)
			continue;
		o = add(c, OPP_OB_AFSPRAAK, OPP_OWE_AFSPRAAK, -1, a->h.pos, a->uiterlijk.i);
		o->afspraak = a;
		owed_by(o, a->wie.s);
	}
}

/* ---- after a meeting ----------------------------------------------------
 * 001: "Na afloop van het OT noteren van alle gemaakte afspraken"; 000
 * step 8-9 and WPO 40a lid 3: a held evaluation records the outcome of
 * every goal still open, and "dan wordt het arrangement bijgesteld"
 * where a goal was not reached. All are owed from the meeting's day. */
static void
na_afloop(struct collect *c, const struct opp_overleg *m)
{
	const struct opp_doc *doc = c->doc;
	struct opp_obligation *o;
	struct opp_buf b = OPP_BUF_INIT;

	if (!opp_overleg_held(m, c->today))
		return;
	if (!opp_overleg_vastgelegd(m)) {
		o = add(c, OPP_OB_VERSLAG, OPP_OWE_VERSLAG, OPP_RULE_VERSLAG, m->h.pos, m->datum.i);
		o->overleg = m;
		o->detail = !m->verslag.s && !m->aanwezig.n ? _("verslag and aanwezig")
		            : !m->verslag.s                 ? "verslag"
		                                            : "aanwezig";
		regie(c, o);
	}
	if (is_soort(m, OPP_SOORT_EVALUATIE)) {
		size_t missing = 0;
		for (size_t i = 0; i < doc->doelen.n; i++) {
			const struct opp_doel *d = &doc->doelen.v[i];
			bool given = false;
			if (!d->id.s || !opp_doel_open_bij(doc, d, m, c->today))
				continue;
			for (size_t k = 0; k < m->uitkomsten.n && !given; k++)
				given = m->uitkomsten.v[k].key.s &&
				        strcmp(m->uitkomsten.v[k].key.s, d->id.s) == 0;
			if (!given)
				opp_buf_printf(&b, "%s%s", missing++ ? ", " : "", d->id.s);
		}
		if (missing) {
			o = add(c, OPP_OB_VERSLAG, OPP_OWE_UITKOMSTEN, OPP_RULE_EVALUATIE_UITKOMSTEN,
			        m->uitkomsten.h.set ? m->uitkomsten.h.pos : m->h.pos, m->datum.i);
			o->overleg = m;
			o->n = (int)missing;
			o->detail = keep(c, &b);
			regie(c, o);
		}
	}
	for (size_t k = 0; k < m->uitkomsten.n && !m->bijstelling.s; k++) {
		const struct opp_paar *p = &m->uitkomsten.v[k];
		if (p->value.s && p->value.i == OPP_UIT_NIET_BEHAALD) {
			o = add(c, OPP_OB_VERSLAG, OPP_OWE_BIJSTELLING, OPP_RULE_BIJSTELLING, p->h.pos,
			        m->datum.i);
			o->overleg = m;
			o->doel = opp_doc_doel(doc, p->key.s);
			o->detail = p->key.s;
			regie(c, o);
			break;
		}
	}
	opp_buf_release(&b);
}

/* ---- consent per meeting ------------------------------------------------
 * 000 step 3: "Agenda, voorbereidingsstukken (met toestemming) en doel
 * van het overleg communiceren aan genodigden." Consent is per meeting,
 * owed by the meeting's day; consent dated after it came too late. */
static void
toestemming(struct collect *c, const struct opp_overleg *m)
{
	struct opp_obligation *o;

	if (!opp_invites_outsiders(c->doc, m))
		return;
	if (!m->toestemming.s) {
		o = add(c, OPP_OB_TOESTEMMING, OPP_OWE_TOESTEMMING, OPP_RULE_TOESTEMMING, m->h.pos,
		        m->datum.i);
	} else if (!opp_toestemming_op_tijd(m) && opp_overleg_held(m, c->today)) {
		o = add(c, OPP_OB_TOESTEMMING, OPP_OWE_TOESTEMMING, OPP_RULE_TOESTEMMING, m->toestemming.pos,
		        m->datum.i);
		o->state = OPP_OB_LATE;
		o->done = m->toestemming.i;
	} else {
		return;
	}
	o->overleg = m;
	o->n = opp_overleg_held(m, c->today);
	regie(c, o);
}

/* ---- the evaluation ----------------------------------------------------
 * 000 step 6: "Afspraken over vervolg en/of prikken evaluatiemoment";
 * the law asks for an evaluation at least yearly (evaluatie_maanden).
 * The evaluation is set at the meeting that arranges the support, so it
 * is owed from that meeting (or, before any meeting is held, from the
 * first start). A planned evaluation beyond the limit is a defect of the
 * plan now, and owed by the limit. */
static void
evaluatie(struct collect *c)
{
	const struct opp_doc *doc = c->doc;
	const struct opp_overleg *last = opp_last_held(doc, c->today);
	const struct opp_overleg *next = opp_next_evaluatie(doc, c->today);
	struct opp_obligation *o;
	int32_t start;

	for (size_t i = 0; i < doc->overleggen.n; i++) {
		const struct opp_overleg *m = &doc->overleggen.v[i];
		if (is_soort(m, OPP_SOORT_EVALUATIE) && opp_overleg_planned(m, c->today)) {
			o = add(c, OPP_OB_EVALUATIE, OPP_OWE_EVAL_VOORBEREIDEN, -1, m->h.pos, m->datum.i);
			o->overleg = m;
			regie(c, o);
		}
	}
	if (!opp_has_arrangement(doc))
		return;
	if (!next) {
		if (!last && !opp_first_start(doc, &start))
			return; /* no date to go by: validate reports the missing start */
		o = add(c, OPP_OB_EVALUATIE, OPP_OWE_EVAL_PLANNEN, OPP_RULE_EVALUATIE_GEPLAND,
		        doc->arrangement.h.pos, last ? last->datum.i : start);
		o->n = c->cfg->evaluatie_maanden;
		regie(c, o);
	} else if (last) {
		int32_t limit = opp_date_add_months(last->datum.i, c->cfg->evaluatie_maanden);
		if (next->datum.i > limit) {
			o = add(c, OPP_OB_EVALUATIE, OPP_OWE_EVAL_BINNEN, OPP_RULE_EVALUATIE_GEPLAND,
			        next->datum.pos, limit);
			o->early = true;
			o->overleg = last;
			o->ref = next->datum.i;
			o->n = c->cfg->evaluatie_maanden;
			regie(c, o);
		}
	}
}

/* ---- signatures and establishing the OPP ----------------------------------
 * 000 step 6: "Ouders, school en medewerker toegang bevestigen de
 * afspraken schriftelijk (een handtekening onder het handelingsdeel OPP
 * is voldoende)." Parents and school before the first start of any item;
 * the access worker only where youth care is granted by beschikking,
 * before that support starts; the pupil too once of age on the first
 * start. A first agreement after its deadline came late; a re-signature
 * after a bijstelling does not make it late (the first one counts). */
/* Owed "on or before" a start (signatures, funding): agreed on the day
 * support starts is in time, but support that starts without it has
 * started without it (spec: the rule fires "when start <= today"), so
 * it is overdue from the start day on. */
static int32_t
before_start(int32_t start)
{
	return start - 1;
}

static void
partij(struct collect *c, const struct opp_akkoorden *a, const char *naam, int32_t start)
{
	const struct opp_doc *doc = c->doc;
	const struct opp_akkoord *first = opp_akkoord_eerste(a);
	struct opp_obligation *o;
	struct opp_pos pos = doc->ondertekening.h.set ? doc->ondertekening.h.pos : doc->arrangement.h.pos;

	if (!first) {
		o = add(c, OPP_OB_ONDERTEKENING, OPP_OWE_TEKENEN, OPP_RULE_ONDERTEKENING, pos,
		        before_start(start));
	} else if (first->datum.i > start) {
		o = add(c, OPP_OB_ONDERTEKENING, OPP_OWE_TEKENEN, OPP_RULE_ONDERTEKENING, first->datum.pos,
		        before_start(start));
		o->state = OPP_OB_LATE;
		o->done = first->datum.i;
	} else {
		return;
	}
	o->partij = naam;
	o->ref = start;
	regie(c, o);
}

/* Law (WPO art. 40a): the school establishes the OPP after agreement with
 * the parents, within six weeks of the start of the support. */
static void
vastgesteld(struct collect *c, int32_t start)
{
	const struct opp_doc *doc = c->doc;
	struct opp_obligation *o;

	if (!doc->vastgesteld.s) {
		o = add(c, OPP_OB_ONDERTEKENING, OPP_OWE_VASTSTELLEN, OPP_RULE_VASTGESTELD,
		        doc->arrangement.h.pos, start + 42);
	} else if (doc->vastgesteld.i > start + 42) {
		o = add(c, OPP_OB_ONDERTEKENING, OPP_OWE_VASTSTELLEN, OPP_RULE_VASTGESTELD,
		        doc->vastgesteld.pos, start + 42);
		o->state = OPP_OB_LATE;
		o->done = doc->vastgesteld.i;
	} else {
		return;
	}
	o->ref = start;
	regie(c, o);
}

static void
ondertekening(struct collect *c)
{
	const struct opp_ondertekening *t = &c->doc->ondertekening;
	int32_t start, toegang;

	if (!opp_first_start(c->doc, &start))
		return;
	partij(c, &t->ouders, "ouders", start);
	partij(c, &t->school, "school", start);
	if (opp_toegang_start(c->doc, &toegang))
		partij(c, &t->toegang, "toegang", toegang);
	if (opp_leerling_tekent(c->doc, c->cfg))
		partij(c, &t->leerling, "leerling", start);
	vastgesteld(c, start);
}

/* ---- agreement to this version -------------------------------------------
 * WPO 40a: the parents' consent is to the handelingsdeel. An agreement
 * bound to a digest (opp sign) holds for exactly that text: once the
 * goals or the support change, the party's latest bound agreement has
 * lapsed (rule ondertekening-actueel) and the regievoerder asks for it
 * again. Overdue at once: the plan is in force without the consent it
 * needs, so due lists it like anything overdue (by one day, whatever the
 * date: nothing in the file says since when it changed; the history
 * may, facts/history.h). A latest agreement that is a plain date is not
 * checked (spec). */
static void
actueel(struct collect *c)
{
	struct opp_akkoord_status st[OPP_PARTIJ_COUNT];
	struct opp_obligation *o;

	opp_akkoord_statussen(c->doc, NULL, st);
	for (int p = 0; p < OPP_PARTIJ_COUNT; p++) {
		if (st[p].stand != OPP_AKKOORD_VERVALLEN)
			continue;
		o = add(c, OPP_OB_ONDERTEKENING, OPP_OWE_HERTEKENEN, OPP_RULE_ONDERTEKENING_ACTUEEL,
		        st[p].laatste->h.pos, c->today - 1);
		o->partij = opp_partij_names[p];
		o->ref = st[p].laatste->datum.i;
		regie(c, o);
	}
}

/* ---- funding -------------------------------------------------------------
 * 001 uitgangspunt 8: "Alvorens de ondersteuning start, is duidelijk hoe
 * en door wie deze bekostigd wordt." Owed by the item's start; granted by
 * a besluit dated after the start came late. A future item whose funding
 * is unknown or refused is a warning now. */
static void
bekostiging(struct collect *c)
{
	for (size_t i = 0; i < c->doc->arrangement.n; i++) {
		const struct opp_inzet *z = &c->doc->arrangement.v[i];
		const struct opp_bekostiging *b = &z->bekostiging;
		struct opp_pos pos = b->status.s ? b->status.pos : b->h.set ? b->h.pos : z->h.pos;
		bool granted = b->status.s && b->status.i == OPP_BEK_TOEGEKEND;
		struct opp_obligation *o;

		if (!z->start.s || !b->h.set)
			continue;
		if (granted && !(b->besluit.s && b->besluit.i > z->start.i))
			continue;
		o = add(c, OPP_OB_BEKOSTIGING, OPP_OWE_TOEKENNEN, OPP_RULE_BEKOSTIGING, pos,
		        before_start(z->start.i));
		o->inzet = z;
		o->ref = z->start.i;
		regie(c, o);
		if (granted) {
			o->pos = b->besluit.pos;
			o->state = OPP_OB_LATE;
			o->done = b->besluit.i;
		} else if (z->start.i > c->today && (!b->status.s || b->status.i == OPP_BEK_ONBEKEND ||
		                                     b->status.i == OPP_BEK_AFGEWEZEN)) {
			/* The same obligation, and a warning already now. */
			o->early = true;
			o->what = OPP_OWE_FINANCIER;
			o->sev = OPP_SEV_WARNING;
		}
	}
}

/* ---- goals ----------------------------------------------------------------
 * 001 step 5: "Stel doelen die op overzienbare termijn haalbaar kunnen
 * zijn": an active goal past its termijn needs an evaluation. */
static void
doelen(struct collect *c)
{
	for (size_t i = 0; i < c->doc->doelen.n; i++) {
		const struct opp_doel *d = &c->doc->doelen.v[i];
		struct opp_obligation *o;

		if (!d->termijn.s || !opp_doel_actief(c->doc, d, c->today))
			continue;
		o = add(c, OPP_OB_DOEL, OPP_OWE_TERMIJN, OPP_RULE_DOEL_TERMIJN, d->termijn.pos, d->termijn.i);
		o->doel = d;
		regie(c, o);
	}
}

/* ---- progress between evaluations ---------------------------------------
 * 000 step 7: "Degenen die verantwoordelijk zijn voor uitvoering
 * arrangement, informeren regievoerder over start en voortgang van de
 * ondersteuning"; 001 step 7 "Zij bewaakt de voortgang op de doelen".
 * Before the next planned evaluation every active goal owes a note dated
 * after the last held meeting, voortgang_dagen before the evaluation,
 * from who delivers its support (the `wie` of its items that are ids),
 * else from the regievoerder. A late note still clears it. */
static void
voortgang(struct collect *c)
{
	const struct opp_doc *doc = c->doc;
	const struct opp_overleg *next = opp_next_evaluatie(doc, c->today);
	const struct opp_overleg *last = opp_last_held(doc, c->today);

	if (!next)
		return;
	for (size_t i = 0; i < doc->doelen.n; i++) {
		const struct opp_doel *d = &doc->doelen.v[i];
		struct opp_obligation *o;
		const size_t *items;
		size_t n;
		int32_t set;
		bool noted = false;

		if (!opp_doel_actief(doc, d, c->today) ||
		    (opp_doel_gesteld(doc, d, c->today, &set) && set >= next->datum.i))
			continue;
		for (size_t k = 0; k < d->voortgang.n && !noted; k++)
			noted = d->voortgang.v[k].datum.s &&
			        (!last || d->voortgang.v[k].datum.i > last->datum.i);
		if (noted)
			continue;
		o = add(c, OPP_OB_VOORTGANG, OPP_OWE_VOORTGANG, OPP_RULE_VOORTGANG,
		        d->voortgang.h.set ? d->voortgang.h.pos : d->h.pos,
		        next->datum.i - c->cfg->voortgang_dagen);
		o->doel = d;
		o->overleg = next;
		o->ref = next->datum.i;
		items = opp_doc_inzet_voor(doc, d, &n);
		for (size_t k = 0; k < n; k++)
			if (opp_doc_persoon(doc, doc->arrangement.v[items[k]].wie.s))
				owed_by(o, doc->arrangement.v[items[k]].wie.s);
		if (!o->n_who)
			regie(c, o);
	}
}

/* ---- stagnation ----------------------------------------------------------
 * 003: "Wanneer er in het ondersteuningsproces stagnatie ontstaat [...]
 * door bijvoorbeeld onvoldoende overeenstemming over de meest passende
 * inzet, wachlijsten, gebrek aan overbruggingszorg of budgetdiscussie [...]
 * dan kan consultatie ingezet worden", up to the regional "Team Nooit
 * Opgeven". Each trigger
 * is dated the day it shows, is the regievoerder's to act on, and names
 * the route of config `escalatie`. It lasts as long as the situation:
 * until a besluit is recorded, the refused item has ended, the waiting
 * list is over, or the goal moves. */
static void
stagnatie(struct collect *c)
{
	const struct opp_doc *doc = c->doc;
	const struct opp_overleg *ot = opp_first_held_ot(doc, c->today);
	struct opp_obligation *o;

	for (size_t i = 0; i < doc->arrangement.n; i++) {
		const struct opp_inzet *z = &doc->arrangement.v[i];
		const struct opp_bekostiging *b = &z->bekostiging;
		bool decided =
		        b->status.s && (b->status.i == OPP_BEK_TOEGEKEND || b->status.i == OPP_BEK_AFGEWEZEN);

		if (b->aangevraagd.s && !b->besluit.s && !decided) {
			o = add(c, OPP_OB_BESLUIT, OPP_OWE_BESLUIT, OPP_RULE_STAGNATIE, b->aangevraagd.pos,
			        b->aangevraagd.i + 7 * c->cfg->besluit_weken);
			o->inzet = z;
			o->ref = b->aangevraagd.i;
			o->n = c->cfg->besluit_weken;
			regie(c, o);
		}
		if (b->status.s && b->status.i == OPP_BEK_AFGEWEZEN &&
		    (!z->eind.s || z->eind.i >= c->today)) {
			o = add(c, OPP_OB_STAGNATIE, OPP_OWE_AFGEWEZEN, OPP_RULE_STAGNATIE, b->status.pos,
			        b->besluit.s ? b->besluit.i : c->today);
			o->inzet = z;
			regie(c, o);
		}
		if (z->wachtlijst_tot.s && ot && z->wachtlijst_tot.i >= c->today &&
		    z->wachtlijst_tot.i > ot->datum.i + 7 * c->cfg->wachtlijst_weken) {
			o = add(c, OPP_OB_STAGNATIE, OPP_OWE_WACHTLIJST, OPP_RULE_STAGNATIE,
			        z->wachtlijst_tot.pos, ot->datum.i + 7 * c->cfg->wachtlijst_weken);
			o->inzet = z;
			o->ref = ot->datum.i;
			o->n = c->cfg->wachtlijst_weken;
			regie(c, o);
		}
	}
	for (size_t i = 0; i < doc->doelen.n; i++) {
		const struct opp_doel *d = &doc->doelen.v[i];
		const struct opp_uitkomst_ref *u;
		size_t n, held = 0, last = 0, prev = 0;

		if (!opp_doel_actief(doc, d, c->today))
			continue;
		/* the goal's uitkomsten of held evaluations, the last two */
		u = opp_doc_uitkomsten(doc, d, &n);
		for (size_t k = 0; k < n; k++)
			if (opp_overleg_held(u[k].o, c->today) && is_soort(u[k].o, OPP_SOORT_EVALUATIE)) {
				prev = last;
				last = k;
				held++;
			}
		if (held >= 2 && u[last].p->value.s && u[last].p->value.i == OPP_UIT_NIET_BEHAALD &&
		    u[prev].p->value.s && u[prev].p->value.i == OPP_UIT_NIET_BEHAALD) {
			o = add(c, OPP_OB_STAGNATIE, OPP_OWE_VASTGELOPEN, OPP_RULE_STAGNATIE,
			        u[last].p->h.pos, u[last].o->datum.i);
			o->doel = d;
			o->ref = u[prev].o->datum.i;
			regie(c, o);
		}
	}
}

/* ---- continuation --------------------------------------------------------
 * 004: evaluation and adjustment agreements: an item that ends, or the
 * OPP itself, asks for a decision: continue, scale down or stop. A
 * reminder before the end (no rule); once the end has passed the item
 * is over, and a continuation is a new item. */
static void
einde(struct collect *c)
{
	const struct opp_doc *doc = c->doc;
	struct opp_obligation *o;

	for (size_t i = 0; i < doc->arrangement.n; i++) {
		const struct opp_inzet *z = &doc->arrangement.v[i];
		if (!z->eind.s || z->eind.i < c->today)
			continue;
		o = add(c, OPP_OB_EINDE, OPP_OWE_EINDE_INZET, -1, z->eind.pos, z->eind.i);
		o->inzet = z;
		regie(c, o);
	}
	if (doc->einddatum.s && doc->einddatum.i >= c->today) {
		o = add(c, OPP_OB_EINDE, OPP_OWE_EINDE_OPP, -1, doc->einddatum.pos, doc->einddatum.i);
		regie(c, o);
	}
}

/* What an obligation is about: the pointer opp_ob_find() looks for. */
static const void *
subject_of(const struct opp_obligation *o)
{
	return o->overleg    ? (const void *)o->overleg
	       : o->afspraak ? (const void *)o->afspraak
	       : o->inzet    ? (const void *)o->inzet
	       : o->doel     ? (const void *)o->doel
	                     : (const void *)o->partij;
}

static int
cmp_key(const void *a, const void *b)
{
	const struct opp_ob_key *x = a, *y = b;

	if (x->what != y->what)
		return x->what < y->what ? -1 : 1;
	if (x->subject != y->subject)
		return x->subject < y->subject ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i; /* file order among equals */
}

/* The index opp_ob_find() searches: self-contained keys, so that
 * documents checked in parallel threads sort without shared state. */
static void
index_subjects(struct opp_obligations *l)
{
	l->by_subject = xcalloc(l->n + 1, sizeof(*l->by_subject));
	for (size_t i = 0; i < l->n; i++)
		l->by_subject[i] = (struct opp_ob_key){(int)l->v[i].what, (uintptr_t)subject_of(&l->v[i]), i};
	qsort(l->by_subject, l->n, sizeof(*l->by_subject), cmp_key);
}

void
opp_obligations_collect(struct opp_obligations *l, const struct opp_doc *doc, const struct opp_config *cfg,
                        int32_t today)
{
	struct collect c = {l, doc, cfg, today};

	memset(l, 0, sizeof(*l));
	opp_arena_init(&l->arena);
	afspraken(&c);
	for (size_t i = 0; i < doc->overleggen.n; i++) {
		const struct opp_overleg *m = &doc->overleggen.v[i];
		if (!m->datum.s)
			continue;
		na_afloop(&c, m);
		toestemming(&c, m);
	}
	evaluatie(&c);
	ondertekening(&c);
	actueel(&c);
	bekostiging(&c);
	doelen(&c);
	voortgang(&c);
	stagnatie(&c);
	einde(&c);
	index_subjects(l);
}

void
opp_obligations_release(struct opp_obligations *l)
{
	free(l->v);
	free(l->by_subject);
	opp_arena_release(&l->arena);
	memset(l, 0, sizeof(*l));
}

bool
opp_ob_is_finding(const struct opp_obligation *o, int32_t today)
{
	return o->rule >= 0 && (o->state == OPP_OB_LATE || o->early || opp_ob_overdue(o, today));
}

bool
opp_ob_is_due(const struct opp_obligation *o)
{
	return o->state == OPP_OB_OPEN;
}

const struct opp_obligation *
opp_ob_find(const struct opp_obligations *l, enum opp_ob_what what, const void *subject)
{
	size_t lo = 0, hi = l->n;

	if (!subject) {
		for (size_t i = 0; i < l->n; i++)
			if (l->v[i].what == what && l->v[i].state == OPP_OB_OPEN)
				return &l->v[i];
		return NULL;
	}
	while (lo < hi) { /* the first key not below (what, subject) */
		size_t mid = lo + (hi - lo) / 2;
		const struct opp_ob_key *k = &l->by_subject[mid];
		if (k->what < (int)what || (k->what == (int)what && k->subject < (uintptr_t)subject))
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < l->n; lo++) {
		const struct opp_ob_key *k = &l->by_subject[lo];
		if (k->what != (int)what || k->subject != (uintptr_t)subject)
			break;
		if (l->v[k->i].state == OPP_OB_OPEN)
			return &l->v[k->i];
	}
	return NULL;
}

const struct opp_obligation *
opp_ob_find_partij(const struct opp_obligations *l, enum opp_ob_what what, const char *partij)
{
	/* A handful of parties: a scan is as fast as a lookup. */
	for (size_t i = 0; i < l->n; i++) {
		const struct opp_obligation *o = &l->v[i];
		if (o->what == what && o->state == OPP_OB_OPEN && o->partij && strcmp(o->partij, partij) == 0)
			return o;
	}
	return NULL;
}

/* ---- what the finding and the due item say -------------------------------- */

static const char *
soort(const struct opp_overleg *o)
{
	return is_soort(o, OPP_SOORT_EVALUATIE) ? _("evaluation") : _("OT");
}

static const char *
id_of(const struct opp_val *v)
{
	return v->s ? v->s : "?";
}

/* Where word w (ASCII, lowercase) starts in s, ignoring ASCII case, or
 * NULL. */
static const char *
find_word(const char *s, const char *w)
{
	size_t n = strlen(w);

	for (; *s; s++)
		if (strncasecmp(s, w, n) == 0)
			return s;
	return NULL;
}

/* Whether an afspraak's wat already says it reports back ("... en
 * koppelt dit terug aan ...", "terugkoppeling aan ..."): then the due
 * text does not say it twice. */
static bool
says_feedback(const char *wat)
{
	const char *k = find_word(wat, "koppel");
	return find_word(wat, "terugkoppel") || (k && find_word(k, "terug"));
}

/* What stalls and since when: the same words for the finding and the due
 * item (which names who acts). */
static void
stagnatie_text(struct opp_buf *out, const struct opp_obligation *o)
{
	switch (o->what) {
	case OPP_OWE_BESLUIT:
		opp_buf_printf(out,
		               _("the funding of support '%s' was applied for on %s and there is no besluit "
		                 "after %d "
		                 "weeks (since %s): ask the funder for a decision"),
		               id_of(&o->inzet->id), DS(o->ref), o->n, DS(o->deadline));
		break;
	case OPP_OWE_AFGEWEZEN:
		opp_buf_printf(
		        out,
		        _("the funding of support '%s' was refused (since %s) and the support has not ended: "
		          "find another way to pay for it, or change the arrangement"),
		        id_of(&o->inzet->id), DS(o->deadline));
		break;
	case OPP_OWE_WACHTLIJST:
		opp_buf_printf(out,
		               P_("support '%s' has a waiting list until %s, more than %d week after the "
		                  "first OT of %s (since %s): look for bridging care or another provider",
		                  "support '%s' has a waiting list until %s, more than %d weeks after the "
		                  "first OT of %s (since %s): look for bridging care or another provider",
		                  o->n),
		               id_of(&o->inzet->id), DS(o->inzet->wachtlijst_tot.i), o->n, DS(o->ref),
		               DS(o->deadline));
		break;
	case OPP_OWE_VASTGELOPEN:
		opp_buf_printf(
		        out,
		        _("goal '%s' was niet-behaald at two evaluations in a row (%s and %s): what is done "
		          "does not work, ask others to think along"),
		        id_of(&o->doel->id), DS(o->ref), DS(o->deadline));
		break;
	default: break;
	}
}

/* The route of config `escalatie`, after what stalls. */
static void
escalatie(struct opp_buf *out, const char *route)
{
	if (route && *route)
		opp_buf_printf(out, _("; if it stays stuck, escalate: %s"), route);
	else
		opp_buf_puts(out, _("; if it stays stuck, ask for consultation (the region's route goes in "
		                    "config escalatie)"));
}

void
opp_ob_finding(struct opp_buf *out, const struct opp_obligation *o, const struct opp_doc *doc)
{
	switch (o->what) {
	case OPP_OWE_AFSPRAAK:
	case OPP_OWE_EVAL_VOORBEREIDEN:
		opp_ob_todo(out, o, doc); /* no rule: never a finding */
		break;
	case OPP_OWE_VERSLAG:
		opp_buf_printf(
		        out,
		        _("the meeting of %s has been held but has no %s: write down who came and what was "
		          "agreed"),
		        DS(o->overleg->datum.i), o->detail);
		break;
	case OPP_OWE_UITKOMSTEN:
		opp_buf_printf(
		        out,
		        o->n == 1
		                ? _("the evaluation of %s has been held but records no uitkomst for goal %s, "
		                    "which was open: add it to uitkomsten (behaald, deels, niet-behaald or "
		                    "gestopt)")
		                : _("the evaluation of %s has been held but records no uitkomst for goals "
		                    "%s, "
		                    "which were open: add them to uitkomsten (behaald, deels, niet-behaald "
		                    "or "
		                    "gestopt)"),
		        DS(o->overleg->datum.i), o->detail);
		break;
	case OPP_OWE_BIJSTELLING:
		opp_buf_printf(out,
		               _("goal '%s' was niet-behaald at the %s of %s and there is no bijstelling: "
		                 "write down "
		                 "what changes in the arrangement"),
		               o->detail, soort(o->overleg), DS(o->overleg->datum.i));
		break;
	case OPP_OWE_EVAL_PLANNEN:
		opp_buf_printf(
		        out,
		        P_("there is an arrangement but no evaluation is planned: add a meeting with soort: "
		           "evaluatie within %d month",
		           "there is an arrangement but no evaluation is planned: add a meeting with soort: "
		           "evaluatie within %d months",
		           o->n),
		        o->n);
		break;
	case OPP_OWE_EVAL_BINNEN:
		opp_buf_printf(out,
		               P_("the evaluation of %s is more than %d month after the last meeting of %s: "
		                  "plan it on or before %s",
		                  "the evaluation of %s is more than %d months after the last meeting of %s: "
		                  "plan it on or before %s",
		                  o->n),
		               DS(o->ref), o->n, DS(o->overleg->datum.i), DS(o->deadline));
		break;
	case OPP_OWE_TOESTEMMING:
		if (o->state == OPP_OB_LATE)
			opp_buf_printf(
			        out,
			        _("consent is dated %s, after the %s of %s it was needed for: consent comes "
			          "before documents are shared"),
			        DS(o->done), soort(o->overleg), DS(o->overleg->datum.i));
		else
			opp_buf_printf(
			        out,
			        _("the %s of %s invited people from outside the school without the parents' "
			          "consent: record the date of consent in toestemming"),
			        soort(o->overleg), DS(o->overleg->datum.i));
		break;
	case OPP_OWE_TEKENEN:
		if (o->state == OPP_OB_LATE)
			opp_buf_printf(
			        out,
			        _("%s signed on %s, after support started on %s: the plan is agreed before "
			          "support starts"),
			        o->partij, DS(o->done), DS(o->ref));
		else
			opp_buf_printf(out,
			               _("support started %s without the agreement of %s: record the date "
			                 "they signed "
			                 "in ondertekening.%s"),
			               DS(o->ref), o->partij, o->partij);
		break;
	case OPP_OWE_HERTEKENEN:
		opp_buf_printf(out,
		               _("the agreement of %s of %s was given to an earlier version of the "
		                 "handelingsdeel and has lapsed: ask %s to agree to this version (opp sign "
		                 "--as %s)"),
		               o->partij, DS(o->ref), o->partij, o->partij);
		if (o->detail)
			opp_buf_printf(out, _("; what changed: %s"), o->detail);
		break;
	case OPP_OWE_VASTSTELLEN:
		if (o->state == OPP_OB_LATE)
			opp_buf_printf(
			        out,
			        _("the OPP was established on %s, more than six weeks after support started "
			          "on %s"),
			        DS(o->done), DS(o->ref));
		else
			opp_buf_printf(
			        out,
			        _("support started %s and the OPP is still not established: set vastgesteld "
			          "(within six weeks of the start)"),
			        DS(o->ref));
		break;
	case OPP_OWE_TOEKENNEN:
		if (o->state == OPP_OB_LATE)
			opp_buf_printf(
			        out,
			        _("the funding of support '%s' was granted on %s, after it started on %s: "
			          "settle who pays before support starts"),
			        id_of(&o->inzet->id), DS(o->done), DS(o->ref));
		else
			opp_buf_printf(
			        out,
			        _("support '%s' starts %s but its funding is %s, not toegekend: settle who "
			          "pays before support starts"),
			        id_of(&o->inzet->id), DS(o->ref),
			        o->inzet->bekostiging.status.s ? o->inzet->bekostiging.status.s : "onbekend");
		break;
	case OPP_OWE_FINANCIER:
		if (o->inzet->bekostiging.status.s && o->inzet->bekostiging.status.i == OPP_BEK_AFGEWEZEN)
			opp_buf_printf(
			        out,
			        _("support '%s' starts %s but its funding was refused (afgewezen): find "
			          "another funder or change the plan"),
			        id_of(&o->inzet->id), DS(o->ref));
		else
			opp_buf_printf(
			        out,
			        _("support '%s' starts %s and nobody knows yet who pays: apply for funding"),
			        id_of(&o->inzet->id), DS(o->ref));
		break;
	case OPP_OWE_TERMIJN:
		opp_buf_printf(
		        out,
		        _("goal '%s' is still lopend but its termijn %s has passed: evaluate it (uitkomsten "
		          "of a meeting) or set a new term"),
		        id_of(&o->doel->id), DS(o->deadline));
		break;
	case OPP_OWE_VOORTGANG:
		opp_buf_printf(out,
		               _("goal '%s' has no progress note since the last meeting, due %s before the "
		                 "evaluation "
		                 "of %s: add one under voortgang"),
		               id_of(&o->doel->id), DS(o->deadline), DS(o->ref));
		break;
	case OPP_OWE_BESLUIT:
	case OPP_OWE_AFGEWEZEN:
	case OPP_OWE_WACHTLIJST:
	case OPP_OWE_VASTGELOPEN:
		stagnatie_text(out, o);
		escalatie(out, o->escalatie);
		break;
	case OPP_OWE_EINDE_INZET:
	case OPP_OWE_EINDE_OPP:
		opp_ob_todo(out, o, doc); /* no rule: never a finding */
		break;
	}
}

void
opp_ob_todo(struct opp_buf *out, const struct opp_obligation *o, const struct opp_doc *doc)
{
	switch (o->what) {
	case OPP_OWE_AFSPRAAK: {
		const struct opp_afspraak *a = o->afspraak;
		const char *wat = a->wat.s ? a->wat.s : "?";
		struct opp_buf z = OPP_BUF_INIT;

		for (size_t k = 0; k < a->terugkoppeling.n; k++) {
			const struct opp_persoon *p = opp_doc_persoon(doc, a->terugkoppeling.v[k].s);
			opp_buf_printf(&z, "%s%s", k ? ", " : "",
			               p && p->naam.s ? p->naam.s : a->terugkoppeling.v[k].s);
		}
		if (z.len && !says_feedback(wat)) {
			/* "Belt de logopedist." + ", and report back": drop the
			 * sentence's own full stop (not an ellipsis). */
			int n = (int)strlen(wat);
			while (n > 0 && strchr(" \t\r\n", wat[n - 1]))
				n--;
			if (n > 1 && wat[n - 1] == '.' && wat[n - 2] != '.')
				n--;
			opp_buf_printf(out, _("afspraak %s: %.*s, and report back to %s"), id_of(&a->id), n,
			               wat, z.ptr);
		} else {
			opp_buf_printf(out, _("afspraak %s: %s"), id_of(&a->id), wat);
		}
		opp_buf_release(&z);
		break;
	}
	case OPP_OWE_VERSLAG:
		opp_buf_printf(out, _("write the verslag of the %s of %s: who came and what was agreed"),
		               soort(o->overleg), DS(o->overleg->datum.i));
		break;
	case OPP_OWE_UITKOMSTEN:
		opp_buf_printf(out,
		               _("record the uitkomst of %s at the evaluation of %s (behaald, deels, "
		                 "niet-behaald or "
		                 "gestopt)"),
		               o->detail, DS(o->overleg->datum.i));
		break;
	case OPP_OWE_BIJSTELLING:
		opp_buf_printf(
		        out,
		        _("write the bijstelling of the %s of %s: goal %s was not reached, so what changes?"),
		        soort(o->overleg), DS(o->overleg->datum.i), o->detail);
		break;
	case OPP_OWE_EVAL_PLANNEN:
		opp_buf_puts(
		        out,
		        _("plan an evaluation meeting: support is arranged but no evaluation is planned"));
		break;
	case OPP_OWE_EVAL_BINNEN:
		opp_buf_printf(
		        out,
		        P_("evaluate within %d month of the last meeting (%s): the evaluation planned "
		           "on %s is too late",
		           "evaluate within %d months of the last meeting (%s): the evaluation planned "
		           "on %s is too late",
		           o->n),
		        o->n, DS(o->overleg->datum.i), DS(o->ref));
		break;
	case OPP_OWE_EVAL_VOORBEREIDEN:
		opp_buf_printf(out,
		               _("evaluation meeting on %s: invite, prepare the goals and their support"),
		               DS(o->overleg->datum.i));
		break;
	case OPP_OWE_TOESTEMMING:
		/* Held without recorded consent: record it, if it was given. */
		if (o->n)
			opp_buf_printf(out,
			               _("record the parents' consent for the %s of %s in toestemming (the "
			                 "date they "
			                 "agreed to share documents with its invitees), if they gave it"),
			               soort(o->overleg), DS(o->overleg->datum.i));
		else
			opp_buf_printf(out,
			               _("ask the parents' consent to share documents with the invitees of "
			                 "the %s of %s"),
			               soort(o->overleg), DS(o->overleg->datum.i));
		break;
	case OPP_OWE_TEKENEN:
		opp_buf_printf(out, _("get the plan signed by %s before support starts on %s"), o->partij,
		               DS(o->ref));
		break;
	case OPP_OWE_HERTEKENEN:
		opp_buf_printf(
		        out,
		        _("ask %s to agree to the changed plan: their agreement of %s was to an earlier "
		          "version"),
		        o->partij, DS(o->ref));
		break;
	case OPP_OWE_VASTSTELLEN:
		opp_buf_printf(out, _("establish the OPP (vastgesteld) within six weeks of the start on %s"),
		               DS(o->ref));
		break;
	case OPP_OWE_TOEKENNEN:
	case OPP_OWE_FINANCIER: {
		const struct opp_bekostiging *b = &o->inzet->bekostiging;
		opp_buf_printf(out, _("settle the funding of %s (%s, now %s) before it starts on %s"),
		               id_of(&o->inzet->id), b->door.s ? b->door.s : "?",
		               b->status.s ? b->status.s : "onbekend", DS(o->ref));
		break;
	}
	case OPP_OWE_TERMIJN:
		opp_buf_printf(out,
		               _("goal %s has its termijn on %s: evaluate it and record its uitkomst, or set "
		                 "a new term"),
		               id_of(&o->doel->id), DS(o->deadline));
		break;
	case OPP_OWE_VOORTGANG:
		opp_buf_printf(out, _("write a progress note for goal %s before the evaluation of %s"),
		               id_of(&o->doel->id), DS(o->ref));
		break;
	case OPP_OWE_BESLUIT:
	case OPP_OWE_AFGEWEZEN:
	case OPP_OWE_WACHTLIJST:
	case OPP_OWE_VASTGELOPEN:
		stagnatie_text(out, o);
		escalatie(out, o->escalatie);
		break;
	case OPP_OWE_EINDE_INZET:
		opp_buf_printf(out,
		               _("support '%s' ends on %s: continue, scale down or stop? Decide it with the "
		                 "parents"),
		               id_of(&o->inzet->id), DS(o->deadline));
		break;
	case OPP_OWE_EINDE_OPP:
		opp_buf_printf(
		        out,
		        _("the OPP ends on %s (einddatum): decide whether it continues, and evaluate it"),
		        DS(o->deadline));
		break;
	}
}

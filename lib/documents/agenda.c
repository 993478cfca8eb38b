/*
 * agenda — the format-independent facts of one meeting's agenda and
 * invitation: see agenda.h.
 */
#include "documents/agenda.h"

#include <stdarg.h>
#include <string.h>
#include <strings.h>

#include "base/date.h"
#include "base/email.h"
#include "base/i18n.h"
#include "base/present.h"
#include "documents/render.h"
#include "format/yaml.h"
#include "output/mail.h"

/* ---- choosing the meeting ---------------------------------------------- */

enum opp_agenda_found
opp_agenda_find(const struct opp_doc *doc, int32_t today, const struct opp_agenda_pick *pick, size_t *index)
{
	if (pick->nth > 0) {
		if ((size_t)pick->nth > doc->overleggen.n)
			return OPP_FOUND_RANGE;
		*index = (size_t)pick->nth - 1;
		return OPP_FOUND;
	}
	if (pick->by_datum) {
		size_t hits = 0;
		for (size_t i = 0; i < doc->overleggen.n; i++) {
			const struct opp_val *d = &doc->overleggen.v[i].datum;
			if (d->s && d->i == pick->datum) {
				if (!hits)
					*index = i;
				hits++;
			}
		}
		return hits == 0 ? OPP_FOUND_NO_DATE : hits > 1 ? OPP_FOUND_AMBIGUOUS : OPP_FOUND;
	}
	{
		const struct opp_overleg *o = opp_next_overleg(doc, today);
		if (!o)
			return OPP_FOUND_NONE;
		*index = (size_t)(o - doc->overleggen.v);
		return OPP_FOUND;
	}
}

/* ---- phases (handbook 001, bijlage 2 "gespreksleidraad OT") --------------
 * Minutes as printed: introductie 2 + 3, overzicht 5 + 5-10, inzicht
 * 10 + 10 + 5, uitzicht 15, afronding 5, evaluatie 5, and "professionele
 * evaluatie na afloop" 15-30. With overzicht at 15 and the professional
 * evaluation at 20 the whole is 90 minutes, the spec's default duur. */

static const struct {
	const char *naam;
	int minutes;
	const char *ot;        /* what happens at an OT */
	const char *evaluatie; /* at an evaluation meeting */
	bool na_afloop;
} bijlage2[OPP_AGENDA_PHASES] = {
        {"Introductie door voorzitter", 5,
         "Welkom (ouders en leerling eerst); het doel van de bespreking; een voorstelronde als dat nodig is.",
         "Welkom (ouders en leerling eerst); het doel van de evaluatie; een voorstelronde als dat nodig is.",
         false},
        {"Overzicht", 15,
         "Heeft iedereen vooraf de juiste informatie gekregen? Welke vraag of vragen staan centraal? "
         "Actuele, aanvullende informatie. Wat werkt, wat werkt nog niet, het beeld van de leerling zelf.",
         "Heeft iedereen vooraf de juiste informatie gekregen? De voortgang per doel en het effect van de "
         "inzet; actuele, aanvullende informatie.",
         false},
        {"Inzicht (verklarend beeld)", 25,
         "Hoe komt het dat de situatie is zoals deze is: factoren in de leerling, in de aanpak op school, "
         "in de opvoeding thuis, en hun wisselwerking? Wat zou de leerling helpen? Krachtbronnen. "
         "Samenvatting: weten we genoeg om verder te gaan?",
         "Wat verklaart de voortgang, of het uitblijven ervan? Wat hielp en wat niet? Krachtbronnen. "
         "Samenvatting: weten we genoeg om verder te gaan?",
         false},
        {"Uitzicht", 15,
         "Concrete doelen voor de komende periode; de ondersteuningsbehoeften van leerling, ouders en "
         "leerkracht; quick-wins; een concrete aanpak voor school en thuis; wie doet wat, wanneer?",
         "Per doel: behaald, doorgaan, bijstellen of stoppen; wat verandert er in het arrangement; "
         "wie doet wat, wanneer?",
         false},
        {"Afronding", 5,
         "Is het doel van het overleg behaald? Is iedereen aan boord? Wie is aanspreekpunt voor de ouders, "
         "wie heeft de regie, wanneer is de evaluatie?",
         "Is het doel van het overleg behaald? Is iedereen aan boord? Wie is aanspreekpunt voor de ouders, "
         "wie heeft de regie, wanneer is het volgende overleg?",
         false},
        {"Evaluatie", 5, "Hoe hebben de ouders en de anderen het overleg ervaren?",
         "Hoe hebben de ouders en de anderen het overleg ervaren?", false},
        {"Professionele evaluatie", 20,
         "Alleen de professionals: reflectie op het proces (doelgericht, de fases, de structuur, "
         "het luisteren, quick-wins vinden).",
         "Alleen de professionals: reflectie op het proces (doelgericht, de fases, de structuur, "
         "het luisteren, quick-wins vinden).",
         true},
};

/* Share units out by weight, largest remainder: each part gets the floor
 * of its share, the units left go one each to the largest remainders,
 * earlier parts first on a tie. So the parts add up to exactly units. */
static void
apportion(int units, const long long w[OPP_AGENDA_PHASES], int out[OPP_AGENDA_PHASES])
{
	long long total = 0, rem[OPP_AGENDA_PHASES];
	int given = 0;

	for (size_t i = 0; i < OPP_AGENDA_PHASES; i++)
		total += w[i];
	for (size_t i = 0; i < OPP_AGENDA_PHASES; i++) {
		long long share = w[i] * units;
		out[i] = total ? (int)(share / total) : 0;
		rem[i] = total ? share % total : 0;
		given += out[i];
	}
	while (given < units) {
		size_t best = 0;
		for (size_t i = 1; i < OPP_AGENDA_PHASES; i++)
			if (rem[i] > rem[best])
				best = i;
		out[best]++;
		rem[best] = -1;
		given++;
	}
}

/* A programme people can read off a clock: the phases last whole
 * five-minute blocks ("15:00-15:05-15:15-15:30", not 15:04-15:14-15:31),
 * in proportion to bijlage 2, and add up to duur. When there are blocks
 * enough, every phase gets one first and the rest go by what bijlage 2
 * gives beyond five minutes (so 90 minutes is the handbook's programme
 * exactly); minutes short of a block go to the last phase, the
 * professionals' own evaluation after the meeting, so that the clock
 * times of the meeting itself stay on the five minutes. */
#define BLOCK 5

size_t
opp_agenda_phases(struct opp_phase phases[OPP_AGENDA_PHASES], int start, int duur, bool evaluatie)
{
	long long w[OPP_AGENDA_PHASES];
	int units[OPP_AGENDA_PHASES], blocks, at;
	bool each = false;

	if (duur <= 0)
		duur = 90;
	blocks = duur / BLOCK;
	if (blocks >= (int)OPP_AGENDA_PHASES) {
		each = true;
		blocks -= (int)OPP_AGENDA_PHASES;
	}
	for (size_t i = 0; i < OPP_AGENDA_PHASES; i++)
		w[i] = each ? bijlage2[i].minutes - BLOCK : bijlage2[i].minutes;
	apportion(blocks, w, units);
	for (size_t i = 0; i < OPP_AGENDA_PHASES; i++) {
		phases[i].naam = bijlage2[i].naam;
		phases[i].wat = evaluatie ? bijlage2[i].evaluatie : bijlage2[i].ot;
		phases[i].na_afloop = bijlage2[i].na_afloop;
		phases[i].minutes = (units[i] + each) * BLOCK;
	}
	phases[OPP_AGENDA_PHASES - 1].minutes += duur % BLOCK;
	at = start;
	for (size_t i = 0; i < OPP_AGENDA_PHASES; i++) {
		phases[i].start = start < 0 ? -1 : at;
		at += phases[i].minutes;
	}
	return OPP_AGENDA_PHASES;
}

static const char *
datum_in(struct opp_arena *arena, int32_t day)
{
	struct opp_buf b = OPP_BUF_INIT;
	const char *s;

	opp_present_date(&b, day);
	s = opp_arena_strndup(arena, b.ptr, b.len);
	opp_buf_release(&b);
	return s;
}

static const char *
keep(struct opp_agenda *a, struct opp_buf *b)
{
	const char *s = opp_arena_strndup(&a->arena, b->ptr, b->len);
	opp_buf_release(b);
	return s;
}

static const char *keepf(struct opp_agenda *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static const char *
keepf(struct opp_agenda *a, const char *fmt, ...)
{
	struct opp_buf b = OPP_BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	opp_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	return keep(a, &b);
}

void
opp_agenda_title(struct opp_buf *out, const struct opp_agenda *a)
{
	if (a->evaluatie)
		opp_buf_printf(out, "Evaluatie arrangement voor %s", a->naam);
	else
		opp_buf_printf(out, "OT (ondersteuningsteam) voor %s", a->naam);
}

/* ---- the stable event id ---------------------------------------------------
 * A hash of the pupil's name, the school, the meeting's date and soort:
 * the same meeting gives the same UID, so a re-sent invitation updates the
 * event; nothing personal can be read from it. Fields are hashed with
 * their terminating NUL so "ab"+"c" differs from "a"+"bc". */

static uint64_t
fnv1a(uint64_t h, const char *s)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	do {
		h ^= *p;
		h *= UINT64_C(0x100000001b3);
	} while (*p++);
	return h;
}

static void
make_uid(struct opp_agenda *a)
{
	const char *soort = a->o->soort.s ? opp_soort_names[a->o->soort.i] : "?";
	const char *f[4] = {a->doc->leerling.naam.s, a->doc->leerling.school.s, NULL, soort};
	uint64_t h1 = UINT64_C(0xcbf29ce484222325), h2 = UINT64_C(0x6c62272e07bb0142);
	static const char hex[] = "0123456789abcdef";
	char dates[OPP_DATE_STRLEN];

	opp_date_format(a->datum, dates);
	f[2] = dates;
	for (size_t i = 0; i < 4; i++) {
		h1 = fnv1a(h1, f[i]);
		h2 = fnv1a(h2 ^ (i + 1), f[i]);
	}
	for (int i = 0; i < 16; i++) {
		a->uid[i] = hex[(h1 >> (60 - 4 * i)) & 15];
		a->uid[16 + i] = hex[(h2 >> (60 - 4 * i)) & 15];
	}
	memcpy(a->uid + 32, "@opp", 5);
}

/* ---- invitees -------------------------------------------------------------- */

static void
invitees(struct opp_agenda *a)
{
	const struct opp_list *g = &a->o->genodigden;

	a->n_inv = g->n;
	a->inv = g->n ? opp_arena_alloc(&a->arena, g->n * sizeof(*a->inv)) : NULL;
	for (size_t i = 0; i < g->n; i++) {
		struct opp_invitee *v = &a->inv[i];
		const struct opp_persoon *p = opp_doc_persoon(a->doc, g->v[i].s);

		v->id = g->v[i].s ? g->v[i].s : "?";
		v->p = p;
		v->naam = v->id;
		if (!p)
			continue;
		v->naam = p->rol.s && p->rol.i == OPP_ROL_LEERLING ? a->naam : p->naam.s ? p->naam.s : v->id;
		if (p->email.s) {
			if (opp_email_ok(p->email.s))
				v->email = p->email.s;
			else
				v->bad_email = true;
		}
		for (size_t j = 0; j < i && v->email; j++)
			if (a->inv[j].email && strcasecmp(a->inv[j].email, v->email) == 0)
				v->dup_email = true;
	}
}

bool
opp_agenda_missing(const struct opp_agenda *a, size_t k)
{
	return k < a->n_needs && !a->needs[k].met && (a->needs[k].roles || a->needs[k].id);
}

const struct opp_persoon *
opp_agenda_need_persoon(const struct opp_agenda *a, size_t k)
{
	return k < a->n_needs && !a->needs[k].roles ? opp_doc_persoon(a->doc, a->needs[k].id) : NULL;
}

static const char *
person(const struct opp_persoon *p)
{
	return p->naam.s ? p->naam.s : p->id.s;
}

/* ---- checklist (handbook 001, bijlage 1 "afvinklijst voorbereiding OT") ---
 * Items 2-3 map to kindgesprek, 4 to waarneming.ouders_geinformeerd, 5 to
 * doel, 6-7 to genodigden (and the consent that lets documents go out),
 * 8 to voorzitter and regie. */

static void
check(struct opp_agenda *a, const char *item, enum opp_checkitem_state st, const char *detail)
{
	if (a->n_checks < OPP_AGENDA_CHECKS)
		a->checks[a->n_checks++] = (struct opp_checkitem){item, st, detail};
}

/* A date in the document: "10 december 2026". */
#define DS(day) (datum_in(&a->arena, (day)))

static void
checklist(struct opp_agenda *a)
{
	const struct opp_overleg *o = a->o;
	const struct opp_kindgesprek *kg = &o->kindgesprek;
	const struct opp_val *inf = &a->doc->waarneming.ouders_geinformeerd;
	const struct opp_persoon *door = opp_doc_persoon(a->doc, kg->door.s);
	bool pupil_invited = opp_invites_rol(a->doc, &o->genodigden, OPP_ROLBIT(OPP_ROL_LEERLING));
	struct opp_buf miss = OPP_BUF_INIT;
	size_t n_miss = 0, no_email = 0;

	check(a, "Gesprek met de leerkracht", OPP_ITEM_UNKNOWN, "het dossier legt dit niet vast");

	if (kg->datum.s && kg->datum.i <= a->today)
		check(a, "Gesprek met de leerling", OPP_ITEM_DONE,
		      door ? keepf(a, "kindgesprek op %s door %s", DS(kg->datum.i), person(door))
		           : keepf(a, "kindgesprek op %s", DS(kg->datum.i)));
	else if (kg->datum.s)
		check(a, "Gesprek met de leerling", OPP_ITEM_OPEN,
		      keepf(a, "kindgesprek gepland op %s", DS(kg->datum.i)));
	else if (pupil_invited)
		check(a, "Gesprek met de leerling", OPP_ITEM_DONE,
		      "de leerling is uitgenodigd en wordt in het overleg gehoord");
	else
		check(a, "Gesprek met de leerling", OPP_ITEM_OPEN,
		      "geen kindgesprek vastgelegd: de leerling wordt altijd gehoord, in het overleg of "
		      "vooraf (vul kindgesprek in)");

	if (kg->datum.s)
		check(a, "Gebruik de opbrengst van het kindgesprek in het OT", OPP_ITEM_UNKNOWN,
		      "de opbrengst van het kindgesprek inbrengen in het overleg (Overzicht)");
	else
		check(a, "Gebruik de opbrengst van het kindgesprek in het OT", OPP_ITEM_OPEN,
		      "nog geen kindgesprek vastgelegd");

	if (inf->s && inf->i <= a->today)
		check(a, "Informeert en betrekt de ouders over en bij de voorbereiding van het OT",
		      OPP_ITEM_DONE, keepf(a, "ouders geïnformeerd op %s", DS(inf->i)));
	else
		check(a, "Informeert en betrekt de ouders over en bij de voorbereiding van het OT",
		      OPP_ITEM_OPEN, "niet vastgelegd: vul waarneming.ouders_geinformeerd in");

	if (o->doel.s && *o->doel.s)
		check(a, "Formuleer samen met ouders en de leerkracht de vraag voor het OT", OPP_ITEM_DONE,
		      "het doel van het overleg is vastgelegd");
	else
		check(a, "Formuleer samen met ouders en de leerkracht de vraag voor het OT", OPP_ITEM_OPEN,
		      "nog geen doel: stel het samen met de ouders en de leerkracht vast");

	for (size_t k = 0; k < a->n_needs; k++) {
		if (!a->needs[k].required || !opp_agenda_missing(a, k))
			continue;
		if (n_miss++)
			opp_buf_puts(&miss, ", ");
		opp_buf_puts(&miss, a->needs[k].wie);
	}
	if (o->genodigden.n && !n_miss)
		check(a, "Bepaal samen wie je uitnodigt", OPP_ITEM_DONE,
		      keepf(a,
		            o->genodigden.n == 1 ? "%zu genodigde; de vaste deelnemers zijn uitgenodigd"
		                                 : "%zu genodigden; de vaste deelnemers zijn uitgenodigd",
		            o->genodigden.n));
	else if (n_miss)
		check(a, "Bepaal samen wie je uitnodigt", OPP_ITEM_OPEN,
		      keepf(a, "nog niet uitgenodigd: %s", miss.ptr));
	else
		check(a, "Bepaal samen wie je uitnodigt", OPP_ITEM_OPEN, "nog niemand uitgenodigd");
	opp_buf_release(&miss);

	for (size_t i = 0; i < a->n_inv; i++)
		no_email += !a->inv[i].email;
	if (a->consent)
		check(a, "Nodig deelnemers uit en informeer hen over agenda, doel en verwachtingen",
		      no_email ? OPP_ITEM_OPEN : OPP_ITEM_DONE,
		      no_email ? keepf(a,
		                       no_email == 1
		                               ? "toestemming voor het delen van de voorbereidingsstukken "
		                                 "op %s; %zu genodigde zonder bruikbaar e-mailadres: "
		                                 "nodig die op een andere manier uit"
		                               : "toestemming voor het delen van de voorbereidingsstukken "
		                                 "op %s; %zu genodigden zonder bruikbaar e-mailadres: "
		                                 "nodig hen op een andere manier uit",
		                       DS(a->o->toestemming.i), no_email)
		               : keepf(a, "toestemming voor het delen van de voorbereidingsstukken op %s",
		                       DS(a->o->toestemming.i)));
	else
		check(a, "Nodig deelnemers uit en informeer hen over agenda, doel en verwachtingen",
		      OPP_ITEM_OPEN,
		      "nog geen toestemming voor dit overleg: de agenda kan verstuurd worden, de "
		      "voorbereidingsstukken pas na toestemming van de ouders");

	if (a->voorzitter && a->regievoerder && opp_voorzitter_is_regie(a->doc, a->o))
		check(a, "Wie neemt welke rol in een OT (ib, lkr, dir, ortho, externen)?", OPP_ITEM_OPEN,
		      keepf(a,
		            "%s is voorzitter én regievoerder: vraag een collega als technisch "
		            "voorzitter, zodat de regievoerder inhoudelijk kan deelnemen",
		            person(a->voorzitter)));
	else if (a->voorzitter && a->regievoerder)
		check(a, "Wie neemt welke rol in een OT (ib, lkr, dir, ortho, externen)?", OPP_ITEM_DONE,
		      keepf(a, "voorzitter: %s; regie: %s", person(a->voorzitter), person(a->regievoerder)));
	else if (a->regievoerder)
		check(a, "Wie neemt welke rol in een OT (ib, lkr, dir, ortho, externen)?", OPP_ITEM_OPEN,
		      keepf(a, "regie: %s; nog geen voorzitter: kies een collega (niet de regievoerder)",
		            person(a->regievoerder)));
	else
		check(a, "Wie neemt welke rol in een OT (ib, lkr, dir, ortho, externen)?", OPP_ITEM_OPEN,
		      "regie.opp is niet ingevuld");
}

/* ---- building ------------------------------------------------------------- */

void
opp_agenda_init(struct opp_agenda *a, const struct opp_doc *doc, size_t index, const struct opp_config *cfg,
                int32_t today)
{
	const struct opp_overleg *o = &doc->overleggen.v[index];

	memset(a, 0, sizeof(*a));
	opp_arena_init(&a->arena);
	a->doc = doc;
	a->o = o;
	a->index = index;
	a->today = today;
	a->evaluatie = o->soort.s && o->soort.i == OPP_SOORT_EVALUATIE;
	a->datum = o->datum.s ? o->datum.i : today;
	a->start = o->tijd.s ? o->tijd.i : -1;
	a->duur = o->duur.s && o->duur.i > 0 ? o->duur.i : 90;
	a->consent = opp_toestemming_gegeven(o, today);
	if (cfg->volledige_naam && doc->leerling.naam.s) {
		a->naam = doc->leerling.naam.s;
	} else {
		struct opp_buf b = OPP_BUF_INIT;
		opp_present_initials(&b, doc->leerling.naam.s);
		a->naam = keep(a, &b);
		/* The pupil's name in free text ("Samen met Noor ...")
		 * becomes the initials too: the same matcher as redact. */
		a->names = opp_names_new();
		opp_names_add(a->names, doc->leerling.naam.s, a->naam, false);
	}
	a->voorzitter = opp_doc_persoon(doc, o->voorzitter.s);
	a->regievoerder = opp_doc_persoon(doc, doc->regie.opp.s);
	if (cfg->organisator_email) {
		a->org_naam = cfg->organisator_naam;
		a->org_email = opp_email_ok(cfg->organisator_email) ? cfg->organisator_email : NULL;
	} else if (a->regievoerder) {
		a->org_naam = a->regievoerder->naam.s;
		if (a->regievoerder->email.s && opp_email_ok(a->regievoerder->email.s))
			a->org_email = a->regievoerder->email.s;
	}
	make_uid(a);
	a->n_needs = opp_invite_needs(doc, o, today, a->needs);
	invitees(a);
	a->n_phases = opp_agenda_phases(a->phases, a->start, a->duur, a->evaluatie);
	checklist(a);
}

void
opp_agenda_release(struct opp_agenda *a)
{
	opp_names_free(a->names);
	a->names = NULL;
	opp_arena_release(&a->arena);
	a->inv = NULL;
	a->n_inv = 0;
}

void
opp_agenda_says(struct opp_buf *out, const struct opp_agenda *a, const char *text)
{
	if (a->names)
		opp_names_replace(a->names, out, text);
	else
		opp_buf_puts(out, text);
}

/* ---- the evaluation form (handbook 001, bijlage 3 "Evaluatie na het OT") --
 * 001 step 6: "Gebruik het formulier in bijlage 3 om aan het einde van
 * het OT het verloop te evalueren." Each row is answered "Ja/nee/soms?";
 * the items are the annex's sentences as printed (the fifth of Overzicht
 * lacks its verb in the source too). */

const struct opp_evalitem opp_evaluatie_items[] = {
        {"welkom-1", "Welkom en introductie", "Iedereen is welkom geheten, ouders (en kind) eerst."},
        {"welkom-2", "Welkom en introductie", "Tafelschikking in orde."},
        {"welkom-3", "Welkom en introductie", "Duidelijk wie waarom aan tafel zit."},
        {"welkom-4", "Welkom en introductie", "Vragen en doelen zijn voor ieder helder."},
        {"welkom-5", "Welkom en introductie", "De voorzitter heeft het verloop toegelicht."},
        {"welkom-6", "Welkom en introductie", "De voorzitter leidt het gesprek."},
        {"overzicht-1", "Overzicht/ waarnemen",
         "Iedereen heeft dezelfde informatie ontvangen, deze is duidelijk en volledig."},
        {"overzicht-2", "Overzicht/ waarnemen", "Iedereen komt aan het woord."},
        {"overzicht-3", "Overzicht/ waarnemen", "We laten elkaar uitpraten en luisteren naar elkaar."},
        {"overzicht-4", "Overzicht/ waarnemen",
         "We hebben besproken wat het kind nodig heeft zowel thuis als op school."},
        {"overzicht-5", "Overzicht/ waarnemen",
         "Ouders en leerkracht aan wat zij nodig hebben om de leerling de ondersteuning te kunnen bieden "
         "die wenselijk is."},
        {"overzicht-6", "Overzicht/ waarnemen", "De voorzitter of IB-er vat tussentijds samen."},
        {"inzicht-1", "Inzicht/ begrijpen", "Iedereen heeft meegedacht en suggesties aan kunnen dragen."},
        {"inzicht-2", "Inzicht/ begrijpen",
         "De betrokkenen hebben verhelderende vragen, oplossingsgerichte, handelingsgerichte vragen "
         "gesteld."},
        {"inzicht-3", "Inzicht/ begrijpen", "M.b.t. de analyse is er wisselwerking en afstemming."},
        {"inzicht-4", "Inzicht/ begrijpen", "Er zijn voorlopige antwoorden op de vragen."},
        {"inzicht-5", "Inzicht/ begrijpen",
         "De voorzitter/ IB-er vat de onderwijs- ondersteuningsbehoefte samen."},
        {"uitzicht-1", "Uitzicht/ plannen/ realiseren",
         "De leerkracht en IB hebben als onderwijsprofessionals meegedacht bij de analyse en formuleren "
         "van de doelen."},
        {"uitzicht-2", "Uitzicht/ plannen/ realiseren",
         "De ouders zijn als ervaringsdeskundigen betrokken en hebben meegedacht bij de gewenste aanpak."},
        {"uitzicht-3", "Uitzicht/ plannen/ realiseren", "Er is duidelijk wie, wat, wanneer doet."},
        {"uitzicht-4", "Uitzicht/ plannen/ realiseren",
         "Er is afgesproken wie een terugkoppeling geeft aan de leerling en wie aanspreekpunt is voor de "
         "ouders."},
        {"afronding-1", "Afronding", "Er is aan het eind geëvalueerd."},
        {"afronding-2", "Afronding", "De afspraken en het plan van aanpak zijn helder voor de betrokkenen."},
        {"afronding-3", "Afronding", "Er is voldoende aandacht geweest voor positieve punten."},
        {"afronding-4", "Afronding", "Een ieder had vanuit zijn rol/ positie een gelijkwaardige inbreng."},
        {"afronding-5", "Afronding", "Het gesprek voldeed aan de verwachtingen."},
        {"afronding-6", "Afronding", "De vragen zijn beantwoord."},
        {"afronding-7", "Afronding", "Beslissingen (voor zover mogelijk) zijn genomen."},
        /* two rows of the annex's table without a phase */
        {"proces-1", NULL, "Het gesprek verliep systematisch, stap voor stap, volgens HGW wijze."},
        {"proces-2", NULL, "Het verloop en de tijd is bewaakt door de voorzitter."},
        /* the closing open question */
        {"trots", NULL,
         "Waar zijn we trots op, wat nemen we mee naar het volgend OT overleg en wat heeft nog extra "
         "aandacht nodig?"},
};
const size_t opp_evaluatie_n = sizeof(opp_evaluatie_items) / sizeof(opp_evaluatie_items[0]);

/* The value of key k in mapping m, or NULL. */
static const struct opp_node *
map_get(const struct opp_node *m, const char *k)
{
	if (!m || m->kind != OPP_NODE_MAP)
		return NULL;
	for (const struct opp_node *x = m->kids; x && x->next; x = x->next->next)
		if (x->s && strcmp(x->s, k) == 0)
			return x->next;
	return NULL;
}

size_t
opp_agenda_answers(struct opp_agenda *a, const char *text, size_t len, size_t *unknown)
{
	struct opp_arena tree;
	struct opp_diags d;
	const struct opp_node *root, *list, *o = NULL, *ev;
	size_t got = 0, i = 0;

	*unknown = 0;
	a->answers = opp_arena_alloc(&a->arena, opp_evaluatie_n * sizeof(*a->answers));
	memset(a->answers, 0, opp_evaluatie_n * sizeof(*a->answers));
	/* The tree again, as redact does: the model keeps no x- key. */
	opp_arena_init(&tree);
	opp_diags_init(&d);
	root = opp_yaml_parse(&tree, text, len, &d);
	opp_diags_release(&d);
	list = map_get(root, "overleggen");
	if (list && list->kind == OPP_NODE_SEQ)
		for (o = list->kids; o && i < a->index; o = o->next)
			i++;
	ev = map_get(o, "x-evaluatie");
	for (const struct opp_node *k = ev && ev->kind == OPP_NODE_MAP ? ev->kids : NULL; k && k->next;
	     k = k->next->next) {
		size_t j = 0;
		while (j < opp_evaluatie_n && (!k->s || strcmp(opp_evaluatie_items[j].id, k->s) != 0))
			j++;
		if (j == opp_evaluatie_n) {
			(*unknown)++;
			continue;
		}
		if (k->next->kind != OPP_NODE_SCALAR || opp_node_null(k->next) || a->answers[j])
			continue;
		a->answers[j] = opp_arena_strndup(&a->arena, k->next->s, k->next->len);
		got++;
	}
	opp_arena_release(&tree);
	return got;
}

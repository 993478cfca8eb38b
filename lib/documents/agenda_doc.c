/*
 * agenda_doc — the agenda and the preparation checklist of one meeting
 * as documents: one walk over the agenda (agenda.c) through the sink
 * (output/sink.h), which writes Markdown, HTML or plain text (the text
 * that goes into the calendar DESCRIPTION and the mail body).
 *
 * The case file's free text (doel, observaties) is Markdown: the writers
 * contain it (md), render it through cmark in safe mode (html) or show
 * it as written (text). The labels are Dutch and not translated, like
 * the other documents (render.h, whose role labels it uses): the agenda
 * goes to Dutch parents and professionals. Only the organizer's notes
 * (who the handbook asks for and why) come from query.c's translatable
 * messages.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/present.h"
#include "documents/agenda.h"
#include "documents/progress.h"
#include "documents/render.h"

/* The page's style sheet (html), after the writer's: a short text read
 * on a screen, or printed on A4 to take to the meeting. */
static const char css[] =
        "@page{size:A4;margin:18mm 16mm 20mm}\n"
        "body{font-family:sans-serif;max-width:48em;margin:2em auto;padding:0 1em;line-height:1.45}"
        "h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em}h3{font-size:1em}\n"
        "h1,h2,h3{break-after:avoid;page-break-after:avoid}li{break-inside:avoid;page-break-inside:avoid}\n"
        "@media screen and (max-width:40em){body{margin:1em auto;padding:0 .75em}h1{font-size:1.3em}}\n"
        "@media "
        "print{body{max-width:none;margin:0;padding:0;font-size:10pt}a{color:inherit;text-decoration:none}}"
        "\n";

/* The page and its title, the first heading. */
static void
begin(struct opp_sink *w, const char *title)
{
	opp_sink_begin(w, &(struct opp_sink_page){.title = title, .lang = "nl", .css = css});
	opp_sink_heading(w, 1, title);
}

/* A list item "Label: value", the label strong. */
static void
field(struct opp_sink *w, const char *label, const char *value)
{
	struct opp_buf l = OPP_BUF_INIT;

	opp_buf_printf(&l, "%s:", label);
	opp_sink_item_begin(w);
	opp_sink_strong(w, l.ptr);
	opp_sink_punct(w, " ");
	opp_sink_text(w, value);
	opp_sink_item_end(w);
	opp_buf_release(&l);
}

/* The case file's free text as the agenda shows it: the pupil named as
 * in the title (opp_agenda_says). Valid until b is reset. */
static const char *
says(struct opp_buf *b, const struct opp_agenda *a, const char *text)
{
	opp_buf_reset(b);
	opp_agenda_says(b, a, text);
	return b->ptr;
}

/* ---- what the agenda says -------------------------------------------------- */

/* "Naam (rol, organisatie)" of a betrokkene, as plain text. */
static void
who(struct opp_buf *b, const struct opp_agenda *a, const struct opp_persoon *p, const char *naam)
{
	opp_buf_puts(b, naam ? naam : p->naam.s ? p->naam.s : p->id.s);
	if (p->rol.s) {
		opp_buf_printf(b, " (%s", opp_label_rol[p->rol.i]);
		/* the pupil's organisatie would be the school: not needed */
		if (p->organisatie.s && p->rol.i != OPP_ROL_LEERLING)
			opp_buf_printf(b, ", %s", p->organisatie.s);
		opp_buf_putc(b, ')');
	}
}

static void
times(struct opp_buf *b, int start, int minutes)
{
	char from[6], to[6];

	opp_present_clock(from, start);
	opp_present_clock(to, start + minutes);
	opp_buf_printf(b, "%s–%s", from, to);
}

static void
overview(struct opp_sink *w, const struct opp_agenda *a)
{
	struct opp_buf v = OPP_BUF_INIT;

	opp_sink_list_begin(w, false);
	opp_present_date_weekday(&v, a->datum);
	field(w, "Datum", v.ptr);
	opp_buf_reset(&v);
	if (a->start >= 0) {
		times(&v, a->start, a->duur);
		opp_buf_printf(&v, " (%d minuten)", a->duur);
	} else {
		opp_buf_printf(&v, "nog niet vastgelegd (%d minuten)", a->duur);
	}
	field(w, "Tijd", v.ptr);
	if (a->o->locatie.s) {
		opp_buf_reset(&v);
		field(w, "Plaats", says(&v, a, a->o->locatie.s));
	}
	if (a->voorzitter) {
		opp_buf_reset(&v);
		who(&v, a, a->voorzitter, NULL);
		field(w, "Voorzitter", v.ptr);
	}
	if (a->regievoerder) {
		opp_buf_reset(&v);
		who(&v, a, a->regievoerder, NULL);
		field(w, "Regie", v.ptr);
	}
	opp_sink_list_end(w);
	opp_buf_release(&v);
}

static void
invitees(struct opp_sink *w, const struct opp_agenda *a, unsigned flags)
{
	struct opp_buf v = OPP_BUF_INIT;

	opp_sink_heading(w, 2, "Genodigden");
	if (!a->n_inv) {
		opp_sink_para(w, "Er is nog niemand uitgenodigd.");
	} else {
		opp_sink_list_begin(w, false);
		for (size_t i = 0; i < a->n_inv; i++) {
			const struct opp_invitee *v2 = &a->inv[i];
			opp_buf_reset(&v);
			if (v2->p)
				who(&v, a, v2->p, v2->naam);
			else
				opp_buf_printf(&v, "%s (onbekend in betrokkenen)", v2->id);
			/* The organizer's copy shows the addresses; the invitation
			 * itself has them in To and ATTENDEE already. */
			if (!(flags & OPP_AGENDA_INVITE) && v2->email)
				opp_buf_printf(&v, " — %s", v2->email);
			opp_sink_item_begin(w);
			opp_sink_text(w, v.ptr);
			opp_sink_item_end(w);
		}
		opp_sink_list_end(w);
	}
	opp_buf_release(&v);
}

/* The organizer's notes: who the handbook asks for that the genodigden
 * lack, and why. Only in the checklist, the IB'er's own: the reasons name
 * the signals, which are not for every invitee. */
static void
notes(struct opp_sink *w, const struct opp_agenda *a)
{
	struct opp_buf v = OPP_BUF_INIT;
	bool any = false;

	for (size_t k = 0; k < a->n_needs; k++) {
		const struct opp_persoon *p = opp_agenda_need_persoon(a, k);
		if (!opp_agenda_missing(a, k))
			continue;
		if (!any) {
			opp_sink_heading(w, 2, "Niet uitgenodigd, wel gevraagd door het handboek");
			opp_sink_list_begin(w, false);
			any = true;
		}
		opp_buf_reset(&v);
		if (p)
			who(&v, a, p, NULL);
		else
			opp_buf_puts(&v, a->needs[k].wie);
		opp_buf_printf(&v, " — %s", a->needs[k].waarom);
		opp_sink_item_begin(w);
		opp_sink_strong(w, a->needs[k].required ? "verplicht:" : "voorgesteld:");
		opp_sink_punct(w, " ");
		opp_sink_text(w, v.ptr);
		opp_sink_item_end(w);
	}
	if (any)
		opp_sink_list_end(w);
	opp_buf_release(&v);
}

static void
programme(struct opp_sink *w, const struct opp_agenda *a)
{
	struct opp_buf v = OPP_BUF_INIT;

	opp_sink_heading(w, 2, "Programma");
	opp_sink_list_begin(w, false);
	for (size_t i = 0; i < a->n_phases; i++) {
		const struct opp_phase *ph = &a->phases[i];
		opp_buf_reset(&v);
		if (ph->start >= 0) {
			times(&v, ph->start, ph->minutes);
			opp_buf_putc(&v, ' ');
		}
		opp_buf_puts(&v, ph->naam);
		opp_sink_item_begin(w);
		opp_sink_strong(w, v.ptr);
		opp_buf_reset(&v);
		opp_buf_printf(&v, "(%d min%s): %s", ph->minutes, ph->na_afloop ? ", na afloop" : "",
		               ph->wat);
		opp_sink_punct(w, " ");
		opp_sink_text(w, v.ptr);
		opp_sink_item_end(w);
	}
	opp_sink_list_end(w);
	opp_buf_release(&v);
}

static const char no_consent[] =
        "De voorbereidingsstukken (observaties, hypothesen, wat al is ingezet en het effect ervan) "
        "worden gedeeld zodra de ouders toestemming hebben gegeven voor dit overleg.";

/* The day of the latest meeting held before this one (INT32_MIN when
 * none): where "since the last meeting" starts. */
static int32_t
previous(const struct opp_agenda *a)
{
	int32_t best = INT32_MIN;

	for (size_t i = 0; i < a->doc->overleggen.n; i++) {
		const struct opp_overleg *o = &a->doc->overleggen.v[i];
		if (o != a->o && o->datum.s && o->datum.i < a->datum && opp_overleg_held(o, a->today) &&
		    (best == INT32_MIN || o->datum.i > best))
			best = o->datum.i;
	}
	return best;
}

/* An evaluation looks back at what happened since the last meeting, goal
 * by goal (000 step 8: "evalueren van de doelen"; step 7: the regievoerder
 * "bewaakt de voortgang"): the notes since then, the latest value
 * against the expected line. */
static void
since(struct opp_sink *w, const struct opp_agenda *a)
{
	const struct opp_doc *doc = a->doc;
	int32_t from = previous(a);
	struct opp_buf v = OPP_BUF_INIT;
	bool any = false;

	opp_sink_heading(w, 2, "Wat er sinds het vorige overleg is gebeurd");
	if (!a->consent) {
		opp_sink_para(w, no_consent);
		return;
	}
	for (size_t i = 0; i < doc->doelen.n; i++) {
		const struct opp_doel *d = &doc->doelen.v[i];

		if (!opp_doel_actief(doc, d, a->today))
			continue;
		any = true;
		opp_sink_heading(w, 3, d->doel.s ? says(&v, a, d->doel.s) : d->id.s);
		opp_buf_reset(&v);
		opp_progress_koers(&v, doc, d, a->today, OPP_VOOR_SCHOOL);
		if (v.len) {
			opp_sink_list_begin(w, false);
			field(w, "Koers", v.ptr);
			opp_sink_list_end(w);
		}
		opp_buf_reset(&v);
		opp_progress_since(w, doc, d, from, a->today, a->names);
	}
	if (!any)
		opp_sink_para(w, "Er zijn geen lopende doelen.");
	opp_buf_release(&v);
}

static void
known(struct opp_sink *w, const struct opp_agenda *a)
{
	const struct opp_waarneming *wn = &a->doc->waarneming;
	struct opp_buf b = OPP_BUF_INIT;

	if (a->evaluatie) {
		since(w, a);
		return;
	}
	opp_sink_heading(w, 2, "Wat we al weten");
	if (!a->consent) {
		opp_sink_para(w, no_consent);
		return;
	}
	if (!wn->observaties.s && !wn->hypothesen.n && !wn->ingezet.n) {
		opp_sink_para(w, "Het dossier bevat nog geen waarnemingen.");
		return;
	}
	if (wn->observaties.s) {
		opp_sink_heading(w, 3, "Observaties");
		opp_sink_markdown(w, says(&b, a, wn->observaties.s));
	}
	if (wn->hypothesen.n) {
		opp_sink_heading(w, 3, "Hypothesen");
		opp_sink_list_begin(w, false);
		for (size_t i = 0; i < wn->hypothesen.n; i++) {
			opp_sink_item_begin(w);
			opp_sink_text(w, says(&b, a, wn->hypothesen.v[i].s));
			opp_sink_item_end(w);
		}
		opp_sink_list_end(w);
	}
	if (wn->ingezet.n) {
		opp_sink_heading(w, 3, "Al ingezet en het effect");
		opp_sink_list_begin(w, false);
		for (size_t i = 0; i < wn->ingezet.n; i++) {
			opp_sink_item_begin(w);
			opp_sink_strong(w, says(&b, a, wn->ingezet.v[i].wat.s));
			if (wn->ingezet.v[i].effect.s) {
				opp_sink_punct(w, " — ");
				opp_sink_text(w, says(&b, a, wn->ingezet.v[i].effect.s));
			}
			opp_sink_item_end(w);
		}
		opp_sink_list_end(w);
	}
	opp_buf_release(&b);
}

static void
inzet(struct opp_sink *w, const struct opp_agenda *a, const struct opp_inzet *z)
{
	const struct opp_persoon *p = opp_doc_persoon(a->doc, z->wie.s);
	struct opp_buf v = OPP_BUF_INIT;

	if (p)
		who(&v, a, p, p->rol.s && p->rol.i == OPP_ROL_LEERLING ? a->naam : NULL);
	else if (z->wie.s)
		opp_buf_puts(&v, z->wie.s);
	if (z->frequentie.s)
		opp_buf_printf(&v, "%s%s", v.len ? ", " : "", z->frequentie.s);
	if (z->start.s) {
		opp_buf_puts(&v, v.len ? ", vanaf " : "vanaf ");
		opp_present_date(&v, z->start.i);
	}
	if (z->eind.s) {
		opp_buf_puts(&v, " tot ");
		opp_present_date(&v, z->eind.i);
	}
	opp_sink_item_begin(w);
	opp_sink_strong(w, "Inzet:");
	opp_sink_punct(w, " ");
	{
		struct opp_buf t = OPP_BUF_INIT;
		opp_sink_text(w, says(&t, a, z->wat.s));
		opp_buf_release(&t);
	}
	if (v.len) {
		opp_sink_punct(w, " — ");
		opp_sink_text(w, v.ptr);
	}
	opp_sink_item_end(w);
	opp_buf_release(&v);
}

static void
goals(struct opp_sink *w, const struct opp_agenda *a)
{
	const struct opp_doc *doc = a->doc;
	bool any = false;

	opp_sink_heading(w, 2, "Doelen en inzet");
	if (!a->consent) {
		opp_sink_para(
		        w, "De doelen en de inzet worden gedeeld zodra de ouders toestemming hebben gegeven "
		           "voor dit overleg.");
		return;
	}
	for (size_t i = 0; i < doc->doelen.n; i++) {
		const struct opp_doel *d = &doc->doelen.v[i];
		struct opp_buf v = OPP_BUF_INIT;

		if (!opp_doel_actief(doc, d, a->today))
			continue;
		any = true;
		opp_sink_heading(w, 3, d->doel.s ? says(&v, a, d->doel.s) : d->id.s);
		opp_buf_reset(&v);
		opp_sink_list_begin(w, false);
		if (d->eigenaar.s)
			field(w, "Eigenaar", opp_eigenaar_names[d->eigenaar.i]);
		if (d->termijn.s) {
			opp_present_date(&v, d->termijn.i);
			field(w, "Termijn", v.ptr);
		}
		if (d->criterium.s) {
			struct opp_buf t = OPP_BUF_INIT;
			field(w, "Criterium", says(&t, a, d->criterium.s));
			opp_buf_release(&t);
		}
		for (size_t j = 0; j < doc->arrangement.n; j++)
			if (d->id.s && opp_list_has(&doc->arrangement.v[j].doelen, d->id.s))
				inzet(w, a, &doc->arrangement.v[j]);
		opp_sink_list_end(w);
		opp_buf_release(&v);
	}
	if (!any)
		opp_sink_para(w, "Er zijn geen lopende doelen.");
}

/* What the meeting is: its day, time and place, its purpose, who comes,
 * the programme; then, unless it goes into a calendar, what is known
 * (with consent) and, for an evaluation, the goals. */
static void
body(struct opp_sink *w, const struct opp_agenda *a, unsigned flags)
{
	struct opp_buf t = OPP_BUF_INIT;

	overview(w, a);
	opp_sink_heading(w, 2, "Doel");
	if (a->o->doel.s && *a->o->doel.s)
		opp_sink_markdown(w, says(&t, a, a->o->doel.s));
	else
		opp_sink_para(w, "Het doel van het overleg is nog niet vastgelegd.");
	opp_buf_release(&t);
	invitees(w, a, flags);
	programme(w, a);
	if (flags & OPP_AGENDA_CALENDAR)
		return;
	known(w, a);
	if (a->evaluatie)
		goals(w, a);
}

static void
agenda(struct opp_sink *w, const struct opp_agenda *a, unsigned flags)
{
	struct opp_buf t = OPP_BUF_INIT;

	opp_agenda_title(&t, a);
	begin(w, t.ptr);
	opp_buf_release(&t);
	body(w, a, flags);
	opp_sink_end(w);
}

/* The invitees who get the mail: a usable address, each address once
 * (as invite.c sends it). */
static bool
receives(const struct opp_invitee *v)
{
	return v->email && !v->dup_email;
}

/* "Beste Ilse en Mark Verschuren," for one recipient, "Beste A en B," for
 * two, "Beste allen," for more. */
static void
greeting(struct opp_sink *w, const struct opp_agenda *a)
{
	struct opp_buf g = OPP_BUF_INIT;
	const char *first = NULL, *second = NULL;
	size_t n = 0;

	for (size_t i = 0; i < a->n_inv; i++)
		if (receives(&a->inv[i])) {
			if (n == 0)
				first = a->inv[i].naam;
			else if (n == 1)
				second = a->inv[i].naam;
			n++;
		}
	if (n == 1)
		opp_buf_printf(&g, "Beste %s,", first);
	else if (n == 2)
		opp_buf_printf(&g, "Beste %s en %s,", first, second);
	else
		opp_buf_puts(&g, "Beste allen,");
	opp_sink_para(w, g.ptr);
	opp_buf_release(&g);
}

/* What the meeting is for, in a few words: an OT looks for what the
 * pupil needs and who does what (001, bijlage 2: "Uitzicht"); an
 * evaluation decides per goal how to go on (000 step 8). */
static void
purpose(struct opp_sink *w, const struct opp_agenda *a)
{
	struct opp_buf p = OPP_BUF_INIT;
	char clock[6];

	opp_buf_puts(&p, a->evaluatie ? "Hierbij nodig ik u uit voor de evaluatie van het arrangement voor "
	                              : "Hierbij nodig ik u uit voor het overleg van het ondersteuningsteam "
	                                "(OT) voor ");
	opp_buf_printf(&p, "%s op ", a->naam);
	opp_present_date_weekday(&p, a->datum);
	if (a->start >= 0) {
		opp_present_clock(clock, a->start);
		opp_buf_printf(&p, " om %s", clock);
	}
	opp_buf_puts(&p,
	             a->evaluatie
	                     ? ". We kijken samen per doel terug: behaald, doorgaan, bijstellen of stoppen, "
	                       "en spreken af wie wat doet."
	                     : ". In het OT bespreken de ouders, de school en de betrokken professionals "
	                       "samen wat de leerling nodig heeft, en spreken we af wie wat doet.");
	opp_sink_para(w, p.ptr);
	opp_buf_release(&p);
}

/* The invitation mail: a greeting, what the meeting is for, the agenda,
 * the preparation (only with consent: known() says so otherwise), a
 * sign-off with the organizer's name. */
static void
mail(struct opp_sink *w, const struct opp_agenda *a, unsigned flags)
{
	struct opp_buf t = OPP_BUF_INIT;

	opp_buf_puts(&t, "Uitnodiging: ");
	opp_agenda_title(&t, a);
	opp_sink_begin(w, &(struct opp_sink_page){.title = t.ptr, .lang = "nl", .css = css});
	opp_buf_release(&t);
	greeting(w, a);
	purpose(w, a);
	opp_agenda_title(&t, a);
	opp_sink_heading(w, 1, t.ptr);
	opp_buf_release(&t);
	body(w, a, flags | OPP_AGENDA_INVITE);
	opp_sink_para(w, "Met vriendelijke groet,");
	if (a->org_naam && *a->org_naam)
		opp_sink_para(w, a->org_naam);
	opp_sink_end(w);
}

static void
checklist(struct opp_sink *w, const struct opp_agenda *a)
{
	struct opp_buf t = OPP_BUF_INIT;

	opp_buf_puts(&t, "Voorbereiding: ");
	opp_agenda_title(&t, a);
	opp_buf_puts(&t, ", ");
	opp_present_date(&t, a->datum);
	begin(w, t.ptr);
	opp_buf_release(&t);
	opp_sink_para(
	        w,
	        "Afvinklijst voorbereiding OT (Handboek Integraal Arrangeren, bijlage 1), met wat het "
	        "dossier al laat zien. [x] gedaan, [ ] nog te doen, [?] niet uit het dossier op te maken.");
	opp_sink_list_begin(w, false);
	for (size_t i = 0; i < a->n_checks; i++) {
		const struct opp_checkitem *c = &a->checks[i];
		opp_sink_item_begin(w);
		opp_sink_punct(w, c->state == OPP_ITEM_DONE   ? "[x] "
		                  : c->state == OPP_ITEM_OPEN ? "[ ] "
		                                              : "[?] ");
		opp_sink_text(w, c->item);
		if (c->detail) {
			opp_sink_punct(w, " — ");
			opp_sink_text(w, c->detail);
		}
		opp_sink_item_end(w);
	}
	opp_sink_list_end(w);
	notes(w, a);
	opp_sink_end(w);
}

/* The evaluation form (001, bijlage 3): per phase of the annex a table
 * of its items with a column for "Ja/nee/soms?", the answers kept under
 * the meeting (x-evaluatie) filled in; the two rows without a phase;
 * the closing question. */
static const struct opp_sink_col form_cols[] = {
        {"Effectief overleggen op proces en inhoud", OPP_ALIGN_LEFT, 20, false},
        {"Ja/nee/soms?", OPP_ALIGN_LEFT, 0, false},
};
static const struct opp_sink_table form_table = {"evaluatie", 2, form_cols};

static void
form(struct opp_sink *w, const struct opp_agenda *a)
{
	struct opp_buf t = OPP_BUF_INIT;
	const char *fase = "";
	bool open = false;

	opp_buf_puts(&t, "Evaluatie na het overleg: ");
	opp_agenda_title(&t, a);
	opp_buf_puts(&t, ", ");
	opp_present_date(&t, a->datum);
	begin(w, t.ptr);
	opp_sink_para(w, "Evaluatieformulier (Handboek Integraal Arrangeren, bijlage 3): vul het aan het "
	                 "einde van het overleg samen in. Per regel: ja, nee of soms.");
	for (size_t i = 0; i < opp_evaluatie_n; i++) {
		const struct opp_evalitem *e = &opp_evaluatie_items[i];
		const char *ans = a->answers ? a->answers[i] : NULL;
		const char *heading = e->fase ? e->fase : "Het overleg als geheel";

		if (strcmp(e->id, "trots") == 0) {
			if (open)
				opp_sink_table_end(w);
			open = false;
			opp_sink_heading(w, 2, "Tot slot");
			opp_sink_para(w, e->item);
			if (ans)
				opp_sink_markdown(w, says(&t, a, ans));
			continue;
		}
		if (strcmp(heading, fase) != 0) {
			if (open)
				opp_sink_table_end(w);
			opp_sink_heading(w, 2, heading);
			opp_sink_table_begin(w, &form_table);
			open = true;
			fase = heading;
		}
		opp_sink_row_begin(w);
		opp_sink_cell(w, e->item);
		opp_sink_cell(w, ans ? says(&t, a, ans) : NULL);
		opp_sink_row_end(w);
	}
	if (open)
		opp_sink_table_end(w);
	opp_buf_release(&t);
	opp_sink_end(w);
}

void
opp_agenda_sink(struct opp_sink *s, const struct opp_agenda *a, unsigned flags)
{
	if (flags & OPP_AGENDA_CHECKLIST)
		checklist(s, a);
	else if (flags & OPP_AGENDA_FORM)
		form(s, a);
	else if (flags & OPP_AGENDA_MAIL)
		mail(s, a, flags);
	else
		agenda(s, a, flags);
}

void
opp_agenda_render(struct opp_buf *out, const struct opp_writer *w, const struct opp_agenda *a, unsigned flags)
{
	struct opp_sink *s = opp_sink_to_buf(w, out);

	opp_agenda_sink(s, a, flags);
	opp_sink_close(s);
}

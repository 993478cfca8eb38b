/*
 * agenda_md — the agenda and the preparation checklist as Markdown, as
 * HTML, and as plain text (the text that goes into the calendar
 * DESCRIPTION and the mail body).
 *
 * One walk over the agenda (agenda() and checklist() below) decides what
 * the document says; three small sinks write it, as cmark's render.c
 * drives its per-format renderers. Every string a sink gets is plain
 * text and is escaped there (escape.h); the case file's free text (doel,
 * observaties) is Markdown: kept and contained for md, through cmark in
 * safe mode for html (raw HTML and javascript: links dropped, invalid
 * UTF-8 replaced), as is for text.
 *
 * The labels are Dutch and not translated, like the other documents
 * (render_common.h, whose role labels and dates it uses): the agenda goes
 * to Dutch parents and professionals.
 * Only the organizer's notes (who the handbook asks for and why) come
 * from query.c's translatable messages.
 */
#include <stdlib.h>
#include <string.h>

#include "base/escape.h"
#include "base/i18n.h"
#include "documents/agenda.h"
#include "documents/render_common.h"

enum kind { MD, TEXT, HTML };

struct sink {
	struct opp_buf *b;
	enum kind k;
};

/* ---- the three sinks ----------------------------------------------------- */

/* Inline text, escaped for the target; line breaks become spaces. */
static void
put(struct sink *w, const char *s)
{
	if (!s)
		return;
	switch (w->k) {
	case MD: opp_md_escape_inline(w->b, s); break;
	case HTML: opp_html_escape(w->b, s); break;
	case TEXT:
		for (const unsigned char *p = (const unsigned char *)s; *p; p++)
			if (*p == '\n' || *p == '\r' || *p == '\t')
				opp_buf_putc(w->b, ' ');
			else if (*p >= 0x20 && *p != 0x7F)
				opp_buf_putc(w->b, *p);
		break;
	}
}

static void
strong(struct sink *w, const char *s)
{
	opp_buf_puts(w->b, w->k == MD ? "**" : w->k == HTML ? "<strong>" : "");
	put(w, s);
	opp_buf_puts(w->b, w->k == MD ? "**" : w->k == HTML ? "</strong>" : "");
}

/* Our own punctuation between values: the same in every target. */
static void
lit(struct sink *w, const char *s)
{
	opp_buf_puts(w->b, s);
}

static size_t
chars(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

static void
heading(struct sink *w, int level, const char *text)
{
	if (w->k == HTML) {
		opp_buf_printf(w->b, "<h%d>", level);
		put(w, text);
		opp_buf_printf(w->b, "</h%d>\n", level);
	} else if (w->k == MD) {
		opp_buf_printf(w->b, "%.*s ", level, "###");
		put(w, text);
		opp_buf_puts(w->b, "\n\n");
	} else {
		size_t start = w->b->len, n;
		put(w, text);
		n = chars(w->b->ptr + start);
		opp_buf_putc(w->b, '\n');
		while (n--)
			opp_buf_putc(w->b, level == 1 ? '=' : level == 2 ? '-' : '~');
		opp_buf_puts(w->b, "\n\n");
	}
}

static void
para(struct sink *w, const char *text)
{
	lit(w, w->k == HTML ? "<p>" : "");
	put(w, text);
	lit(w, w->k == HTML ? "</p>\n" : "\n\n");
}

/* Free text from the case file (Markdown). */
static void
freetext(struct sink *w, const char *md)
{
	if (w->k == HTML) {
		opp_buf_puts(w->b, "<div class=\"tekst\">\n");
		opp_html_markdown(w->b, md, 2);
		opp_buf_puts(w->b, "</div>\n");
	} else if (w->k == MD) {
		opp_md_block(w->b, md, "");
		opp_buf_putc(w->b, '\n');
	} else {
		/* Plain text: the Markdown as written, without control
		 * characters and trailing white space. */
		const unsigned char *p = (const unsigned char *)md;
		size_t start = w->b->len;
		for (; *p; p++)
			if (*p >= 0x20 || *p == '\n' || *p == '\t')
				opp_buf_putc(w->b, *p);
		while (w->b->len > start && strchr(" \t\n", w->b->ptr[w->b->len - 1]))
			w->b->ptr[--w->b->len] = '\0';
		opp_buf_puts(w->b, "\n\n");
	}
}

static void
list_begin(struct sink *w)
{
	lit(w, w->k == HTML ? "<ul>\n" : "");
}

static void
list_end(struct sink *w)
{
	lit(w, w->k == HTML ? "</ul>\n" : "\n");
}

static void
item_begin(struct sink *w)
{
	lit(w, w->k == HTML ? "<li>" : "- ");
}

static void
item_end(struct sink *w)
{
	lit(w, w->k == HTML ? "</li>\n" : "\n");
}

/* A list item "Label: value". */
static void
field(struct sink *w, const char *label, const char *value)
{
	struct opp_buf l = OPP_BUF_INIT;

	opp_buf_printf(&l, "%s:", label);
	item_begin(w);
	strong(w, l.ptr);
	lit(w, " ");
	put(w, value);
	item_end(w);
	opp_buf_release(&l);
}

static void
begin(struct sink *w, const char *title)
{
	if (w->k == HTML) {
		/* The page loads nothing: an image in free text (cmark keeps
		 * those) could be a tracking pixel in a pupil's agenda. */
		lit(w, "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
		       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
		       "style-src 'unsafe-inline'\">\n<title>");
		put(w, title);
		lit(w,
		    "</title>\n<style>body{font-family:sans-serif;max-width:48em;margin:2em auto;"
		    "padding:0 1em;line-height:1.45}h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em}"
		    "h3{font-size:1em}</style>\n</head>\n<body>\n");
	}
	heading(w, 1, title);
}

static void
end(struct sink *w)
{
	if (w->k == HTML)
		lit(w, "</body>\n</html>\n");
	else if (w->b->len >= 2 && w->b->ptr[w->b->len - 1] == '\n' && w->b->ptr[w->b->len - 2] == '\n')
		w->b->ptr[--w->b->len] = '\0'; /* one newline at the end */
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

	opp_agenda_clock(from, start);
	opp_agenda_clock(to, start + minutes);
	opp_buf_printf(b, "%s–%s", from, to);
}

static void
overview(struct sink *w, const struct opp_agenda *a)
{
	struct opp_buf v = OPP_BUF_INIT;

	list_begin(w);
	opp_agenda_date(&v, a->datum, true);
	field(w, "Datum", v.ptr);
	opp_buf_reset(&v);
	if (a->start >= 0) {
		times(&v, a->start, a->duur);
		opp_buf_printf(&v, " (%d minuten)", a->duur);
	} else {
		opp_buf_printf(&v, "nog niet vastgelegd (%d minuten)", a->duur);
	}
	field(w, "Tijd", v.ptr);
	if (a->o->locatie.s)
		field(w, "Plaats", a->o->locatie.s);
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
	list_end(w);
	opp_buf_release(&v);
}

static void
invitees(struct sink *w, const struct opp_agenda *a, unsigned flags)
{
	struct opp_buf v = OPP_BUF_INIT;
	bool any = false;

	heading(w, 2, "Genodigden");
	if (!a->n_inv) {
		para(w, "Er is nog niemand uitgenodigd.");
	} else {
		list_begin(w);
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
			item_begin(w);
			put(w, v.ptr);
			item_end(w);
		}
		list_end(w);
	}
	if (flags & OPP_AGENDA_INVITE) {
		opp_buf_release(&v);
		return;
	}
	/* The organizer's notes: who the handbook asks for that the list
	 * lacks, and why. Not in the invitation: the reasons name the
	 * signals, which are not for every invitee. */
	for (size_t k = 0; k < a->n_needs; k++) {
		const struct opp_persoon *p = opp_agenda_need_persoon(a, k);
		if (!opp_agenda_missing(a, k))
			continue;
		if (!any) {
			heading(w, 2, "Niet uitgenodigd, wel gevraagd door het handboek");
			list_begin(w);
			any = true;
		}
		opp_buf_reset(&v);
		if (p)
			who(&v, a, p, NULL);
		else
			opp_buf_puts(&v, a->needs[k].wie);
		opp_buf_printf(&v, " — %s", a->needs[k].waarom);
		item_begin(w);
		strong(w, a->needs[k].required ? "verplicht:" : "voorgesteld:");
		lit(w, " ");
		put(w, v.ptr);
		item_end(w);
	}
	if (any)
		list_end(w);
	opp_buf_release(&v);
}

static void
programme(struct sink *w, const struct opp_agenda *a)
{
	struct opp_buf v = OPP_BUF_INIT;

	heading(w, 2, "Programma");
	list_begin(w);
	for (size_t i = 0; i < a->n_phases; i++) {
		const struct opp_phase *ph = &a->phases[i];
		opp_buf_reset(&v);
		if (ph->start >= 0) {
			times(&v, ph->start, ph->minutes);
			opp_buf_putc(&v, ' ');
		}
		opp_buf_puts(&v, ph->naam);
		item_begin(w);
		strong(w, v.ptr);
		opp_buf_reset(&v);
		opp_buf_printf(&v, "(%d min%s): %s", ph->minutes, ph->na_afloop ? ", na afloop" : "",
		               ph->wat);
		lit(w, " ");
		put(w, v.ptr);
		item_end(w);
	}
	list_end(w);
	opp_buf_release(&v);
}

static const char no_consent[] =
        "De voorbereidingsstukken (observaties, hypothesen, wat al is ingezet en het effect ervan) "
        "worden gedeeld zodra de ouders toestemming hebben gegeven voor dit overleg.";

static void
known(struct sink *w, const struct opp_agenda *a)
{
	const struct opp_waarneming *wn = &a->doc->waarneming;

	heading(w, 2, "Wat we al weten");
	if (!a->consent) {
		para(w, no_consent);
		return;
	}
	if (!wn->observaties.s && !wn->hypothesen.n && !wn->ingezet.n) {
		para(w, "Het dossier bevat nog geen waarnemingen.");
		return;
	}
	if (wn->observaties.s) {
		heading(w, 3, "Observaties");
		freetext(w, wn->observaties.s);
	}
	if (wn->hypothesen.n) {
		heading(w, 3, "Hypothesen");
		list_begin(w);
		for (size_t i = 0; i < wn->hypothesen.n; i++) {
			item_begin(w);
			put(w, wn->hypothesen.v[i].s);
			item_end(w);
		}
		list_end(w);
	}
	if (wn->ingezet.n) {
		heading(w, 3, "Al ingezet en het effect");
		list_begin(w);
		for (size_t i = 0; i < wn->ingezet.n; i++) {
			item_begin(w);
			strong(w, wn->ingezet.v[i].wat.s);
			if (wn->ingezet.v[i].effect.s) {
				lit(w, " — ");
				put(w, wn->ingezet.v[i].effect.s);
			}
			item_end(w);
		}
		list_end(w);
	}
}

static void
inzet(struct sink *w, const struct opp_agenda *a, const struct opp_inzet *z)
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
		opp_agenda_date(&v, z->start.i, false);
	}
	if (z->eind.s) {
		opp_buf_puts(&v, " tot ");
		opp_agenda_date(&v, z->eind.i, false);
	}
	item_begin(w);
	strong(w, "Inzet:");
	lit(w, " ");
	put(w, z->wat.s);
	if (v.len) {
		lit(w, " — ");
		put(w, v.ptr);
	}
	item_end(w);
	opp_buf_release(&v);
}

static void
goals(struct sink *w, const struct opp_agenda *a)
{
	const struct opp_doc *doc = a->doc;
	bool any = false;

	heading(w, 2, "Doelen en inzet");
	if (!a->consent) {
		para(w, "De doelen en de inzet worden gedeeld zodra de ouders toestemming hebben gegeven "
		        "voor dit overleg.");
		return;
	}
	for (size_t i = 0; i < doc->doelen.n; i++) {
		const struct opp_doel *d = &doc->doelen.v[i];
		struct opp_buf v = OPP_BUF_INIT;

		if (!opp_doel_actief(doc, d, a->today))
			continue;
		any = true;
		heading(w, 3, d->doel.s ? d->doel.s : d->id.s);
		list_begin(w);
		if (d->eigenaar.s)
			field(w, "Eigenaar", opp_eigenaar_names[d->eigenaar.i]);
		if (d->termijn.s) {
			opp_agenda_date(&v, d->termijn.i, false);
			field(w, "Termijn", v.ptr);
		}
		if (d->criterium.s)
			field(w, "Criterium", d->criterium.s);
		for (size_t j = 0; j < doc->arrangement.n; j++)
			if (d->id.s && opp_list_has(&doc->arrangement.v[j].doelen, d->id.s))
				inzet(w, a, &doc->arrangement.v[j]);
		list_end(w);
		opp_buf_release(&v);
	}
	if (!any)
		para(w, "Er zijn geen lopende doelen.");
}

static void
agenda(struct sink *w, const struct opp_agenda *a, unsigned flags)
{
	struct opp_buf t = OPP_BUF_INIT;

	opp_agenda_title(&t, a);
	begin(w, t.ptr);
	opp_buf_release(&t);
	overview(w, a);
	heading(w, 2, "Doel");
	if (a->o->doel.s && *a->o->doel.s)
		freetext(w, a->o->doel.s);
	else
		para(w, "Het doel van het overleg is nog niet vastgelegd.");
	invitees(w, a, flags);
	programme(w, a);
	known(w, a);
	if (a->evaluatie)
		goals(w, a);
	end(w);
}

static void
checklist(struct sink *w, const struct opp_agenda *a)
{
	struct opp_buf t = OPP_BUF_INIT;

	opp_buf_puts(&t, "Voorbereiding: ");
	opp_agenda_title(&t, a);
	opp_buf_puts(&t, ", ");
	opp_agenda_date(&t, a->datum, false);
	begin(w, t.ptr);
	opp_buf_release(&t);
	para(w, "Afvinklijst voorbereiding OT (Handboek Integraal Arrangeren, bijlage 1), met wat het "
	        "dossier al laat zien. [x] gedaan, [ ] nog te doen, [?] niet uit het dossier op te maken.");
	list_begin(w);
	for (size_t i = 0; i < a->n_checks; i++) {
		const struct opp_checkitem *c = &a->checks[i];
		item_begin(w);
		lit(w, c->state == OPP_ITEM_DONE ? "[x] " : c->state == OPP_ITEM_OPEN ? "[ ] " : "[?] ");
		put(w, c->item);
		if (c->detail) {
			lit(w, " — ");
			put(w, c->detail);
		}
		item_end(w);
	}
	list_end(w);
	end(w);
}

/* ---- the table ---------------------------------------------------------------- */

#define FORMAT(name, kind)                                                                                   \
	static void name##_agenda(struct opp_buf *out, const struct opp_agenda *a, unsigned flags)           \
	{                                                                                                    \
		struct sink w = {out, kind};                                                                 \
		agenda(&w, a, flags);                                                                        \
	}                                                                                                    \
	static void name##_checklist(struct opp_buf *out, const struct opp_agenda *a)                        \
	{                                                                                                    \
		struct sink w = {out, kind};                                                                 \
		checklist(&w, a);                                                                            \
	}
FORMAT(md, MD)
FORMAT(html, HTML)
FORMAT(text, TEXT)
#undef FORMAT

const struct opp_agenda_format opp_agenda_formats[] = {
        {"md", md_agenda, md_checklist},
        {"html", html_agenda, html_checklist},
        {"text", text_agenda, text_checklist},
        {NULL, NULL, NULL},
};

const struct opp_agenda_format *
opp_agenda_format_find(const char *name)
{
	for (const struct opp_agenda_format *f = opp_agenda_formats; f->name; f++)
		if (name && strcmp(f->name, name) == 0)
			return f;
	return NULL;
}

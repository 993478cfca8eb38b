/*
 * render — the OPP as a document: the walk over its sections (through
 * the sink, output/sink.h), the Dutch labels and the totals per funder.
 *
 * The document follows the nine steps of the route map (000) and the
 * parts an OPP must have by law (uitstroomperspectief, agreement of the
 * parents on the handelingsdeel). It shows what the file says and what
 * can be derived as of o->today (held or planned, overdue, the step the
 * case is in); it never judges: that is `opp validate`.
 */
#include "documents/render.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/date.h"
#include "base/present.h"
#include "documents/progress.h"
#include "documents/voor.h"
#include "documents/woorden.h"
#include "facts/handelingsdeel.h"
#include "facts/obligations.h"
#include "facts/query.h"

/* The page's style sheet (html), after the writer's (which makes wide
 * tables cards on a phone and lets them scroll in their box on a
 * screen): A4 with margins, field lists as a grid (one column on a
 * phone, the title smaller so that its one long word fits), tables that
 * repeat their header on every page and keep rows whole, the signature
 * table tall enough to sign in. */
static const char css[] =
        "@page{size:A4;margin:18mm 16mm 20mm}\n"
        "html{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif;"
        "font-size:11pt;line-height:1.4;color:#111;background:#fff}\n"
        "body{max-width:52em;margin:2em auto;padding:0 1em}\n"
        "h1{font-size:1.6em;margin:0 0 .4em}\n"
        "h2{font-size:1.25em;margin:1.6em 0 .5em;padding-bottom:.15em;border-bottom:1px solid #888}\n"
        "h3{font-size:1.05em;margin:1.2em 0 .4em}\n"
        "h4,h5,h6{font-size:1em;margin:.8em 0 .3em}\n"
        "h1,h2,h3,h4,h5,h6{break-after:avoid;page-break-after:avoid}\n"
        "p,li{orphans:3;widows:3}\n"
        "dl{display:grid;grid-template-columns:minmax(9em,15em) 1fr;gap:.25em 1em;margin:.5em 0 1em}\n"
        "dt{font-weight:600}\n"
        "dd{margin:0}\n"
        "dd>:first-child,td>:first-child,.tekst>:first-child{margin-top:0}\n"
        "dd>:last-child,td>:last-child,.tekst>:last-child{margin-bottom:0}\n"
        ".tekst{margin:.5em 0 1em;padding-left:.8em;border-left:3px solid #ccc}\n"
        ".tabel{margin:.5em 0 1em}\n"
        "table{border-collapse:collapse;width:100%;font-size:.95em}\n"
        "th,td{border:1px solid #aaa;padding:.25em .45em;text-align:left;vertical-align:top}\n"
        "thead th{background:#eee}\n"
        "thead{display:table-header-group}\n"
        "tr{break-inside:avoid;page-break-inside:avoid}\n"
        ".r{text-align:right;white-space:nowrap}\n"
        "table.ondertekening{break-inside:avoid;page-break-inside:avoid}\n"
        "table.ondertekening td{height:3.5em}\n"
        "table.ondertekening td:last-child{width:35%}\n"
        "figure.grafiek{margin:.5em 0 1em;max-width:36em;break-inside:avoid;page-break-inside:avoid}\n"
        "figure.grafiek svg{display:block;width:100%;height:auto}\n"
        "pre,code{font-family:ui-monospace,\"DejaVu Sans Mono\",Menlo,Consolas,monospace;font-size:.9em}\n"
        "pre{white-space:pre-wrap}\n"
        "p{overflow-wrap:break-word}\n"
        "@media screen and (max-width:40em){body{margin:1em auto;padding:0 .75em}h1{font-size:1.3em}"
        "dl{grid-template-columns:1fr;gap:0}dd{margin:0 0 .5em}"
        "table.ondertekening td{height:auto}table.ondertekening td:last-child{width:auto;min-height:3.5em}}\n"
        "@media print{body{max-width:none;margin:0;padding:0;font-size:10pt}"
        "a{color:inherit;text-decoration:none}thead th{background:#eee;"
        "-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n";

const char *const opp_render_css = css;

/* ---- labels ------------------------------------------------------------ */

/* The label of an enum value ("" when out of range: the loader keeps
 * only valid values, so this is defence, not a case). */
static const char *
label(const char *const *labels, int n, int32_t i)
{
	return i >= 0 && i < n && labels[i] ? labels[i] : "";
}

/* ---- totals ------------------------------------------------------------ */

void
opp_render_totals(const struct opp_doc *doc, struct opp_funder_total t[OPP_FIN_COUNT + 1])
{
	memset(t, 0, sizeof(*t) * (OPP_FIN_COUNT + 1));
	for (size_t i = 0; i < doc->arrangement.n; i++) {
		const struct opp_bekostiging *b = &doc->arrangement.v[i].bekostiging;
		struct opp_funder_total *f[2] = {&t[OPP_FIN_COUNT], NULL};

		if (b->door.s && b->door.i >= 0 && b->door.i < OPP_FIN_COUNT)
			f[1] = &t[b->door.i];
		for (int k = 0; k < 2 && f[k]; k++) {
			f[k]->items++;
			if (b->bedrag.s)
				f[k]->cents += opp_present_cents(b->bedrag.n);
			else
				f[k]->without++;
		}
	}
}

/* ---- the walk ------------------------------------------------------------ */

struct walk {
	struct opp_sink *s;
	const struct opp_doc *doc; /* what the reader may see (voor.h); the file for the school */
	const struct opp_render_opts *o;
	size_t ncols;              /* the open table's columns */
	struct opp_buf v;          /* scratch for one value */
	struct opp_obligations ob; /* what is owed as of today: the status columns */
	/* From the file as loaded, whoever reads: the handelingsdeel covers
	 * fields a reader may not see, and who must sign depends on the
	 * funding. */
	const struct opp_doc *file;
	char digest[OPP_DIGEST_SIZE];
	struct opp_akkoord_status st[OPP_PARTIJ_COUNT];
	/* The terms of woorden.h found in the reader's document (a first
	 * walk into plain text finds them); NULL in that first walk. */
	const bool *woorden;
};

/* Whether an obligation about subject is overdue: the status columns say
 * so only when validate and due do (facts/obligations.h). */
static bool
overdue(const struct walk *w, enum opp_ob_what what, const void *subject)
{
	const struct opp_obligation *o = opp_ob_find(&w->ob, what, subject);
	return o && opp_ob_overdue(o, w->o->today);
}

/* Cells of one table row, each its own buffer. */
#define MAXCOLS 8
struct cells {
	struct opp_buf b[MAXCOLS];
};

static void
cells_init(struct cells *c)
{
	for (int i = 0; i < MAXCOLS; i++)
		opp_buf_init(&c->b[i]);
}

static void
cells_release(struct cells *c)
{
	for (int i = 0; i < MAXCOLS; i++)
		opp_buf_release(&c->b[i]);
}

/* One row of the open table; bit i of md set: cell i is free text. */
static void
row(struct walk *w, struct cells *c, unsigned md)
{
	opp_sink_row_begin(w->s);
	for (size_t i = 0; i < w->ncols; i++) {
		if (md & (1u << i))
			opp_sink_cell_md(w->s, c->b[i].ptr);
		else
			opp_sink_cell(w->s, c->b[i].ptr);
		opp_buf_reset(&c->b[i]);
	}
	opp_sink_row_end(w->s);
}

static void
field_raw(struct walk *w, const char *lbl, const char *value, bool md)
{
	if (!value || !*value)
		return;
	if (md)
		opp_sink_field_md(w->s, lbl, value);
	else
		opp_sink_field(w->s, lbl, value);
}

/* A plain field from the scratch buffer, which it empties. */
static void
field(struct walk *w, const char *lbl)
{
	field_raw(w, lbl, w->v.ptr, false);
	opp_buf_reset(&w->v);
}

static void
field_str(struct walk *w, const char *lbl, const struct opp_val *v)
{
	field_raw(w, lbl, v->s, false);
}

/* A free-text field: the case file's Markdown. */
static void
field_md(struct walk *w, const char *lbl, const struct opp_val *v)
{
	field_raw(w, lbl, v->s, true);
}

static void
field_date(struct walk *w, const char *lbl, const struct opp_val *v)
{
	if (!v->s)
		return;
	opp_present_date(&w->v, v->i);
	field(w, lbl);
}

static void
heading(struct walk *w, int level, const char *text)
{
	opp_sink_heading(w->s, level, text);
}

/* A section's heading, then the caller's hook with the file's keys it
 * shows (render.h). */
#define KEYS(...) ((const char *const[]){__VA_ARGS__, NULL})
static void
section(struct walk *w, int level, const char *text, const char *const *keys)
{
	heading(w, level, text);
	if (w->o->section)
		w->o->section(w->o->section_ctx, w->s, keys);
}

static void
para(struct walk *w, const char *text)
{
	opp_sink_para(w->s, text);
}

static void
date(struct opp_buf *b, const struct opp_val *v)
{
	if (v->s)
		opp_present_date(b, v->i);
}

/* "12 oktober 2026 – 2 april 2027", "vanaf 12 oktober 2026"; marked
 * when it lies wholly in the past or has not begun as of today. */
static void
period(struct opp_buf *b, const struct opp_val *start, const struct opp_val *eind, int32_t today)
{
	if (start->s && eind->s) {
		opp_present_date(b, start->i);
		opp_buf_puts(b, " – ");
		opp_present_date(b, eind->i);
	} else if (start->s) {
		opp_buf_puts(b, "vanaf ");
		opp_present_date(b, start->i);
	} else if (eind->s) {
		opp_buf_puts(b, "tot ");
		opp_present_date(b, eind->i);
	}
	if (eind->s && eind->i < today)
		opp_buf_puts(b, " (afgerond)");
	else if (start->s && start->i > today)
		opp_buf_puts(b, " (nog niet gestart)");
}

static const char *
rol(const struct opp_persoon *p)
{
	return p->rol.s ? label(opp_label_rol, OPP_ROL_COUNT, p->rol.i) : NULL;
}

/* A betrokkene as "Naam (rol)" (with the organisatie when org), or the
 * text as written: `wie` may name someone who is not a betrokkene. */
static void
person(struct opp_buf *b, const struct opp_doc *doc, const char *id, bool org)
{
	const struct opp_persoon *p = opp_doc_persoon(doc, id);
	const char *r;

	if (!p) {
		opp_buf_puts(b, id ? id : "");
		return;
	}
	opp_buf_puts(b, p->naam.s ? p->naam.s : p->id.s);
	r = rol(p);
	if (r || (org && p->organisatie.s)) {
		opp_buf_printf(b, " (%s", r ? r : p->organisatie.s);
		if (r && org && p->organisatie.s)
			opp_buf_printf(b, ", %s", p->organisatie.s);
		opp_buf_putc(b, ')');
	}
}

static void
people(struct opp_buf *b, const struct opp_doc *doc, const struct opp_list *l)
{
	size_t n = 0, k = 0;

	for (size_t i = 0; i < l->n; i++)
		n += l->v[i].s != NULL;
	for (size_t i = 0; i < l->n; i++) {
		if (!l->v[i].s)
			continue;
		opp_present_and(b, k++, n);
		person(b, doc, l->v[i].s, false);
	}
}

/* The names of the betrokkenen with a role (rolbits: OPP_ROLBIT()). */
static void
people_with(struct opp_buf *b, const struct opp_doc *doc, uint32_t rolbits)
{
	size_t n = 0, k = 0;

	for (size_t i = 0; i < doc->betrokkenen.n; i++) {
		const struct opp_persoon *p = &doc->betrokkenen.v[i];
		n += p->rol.s && p->naam.s && (rolbits & OPP_ROLBIT(p->rol.i));
	}
	for (size_t i = 0; i < doc->betrokkenen.n; i++) {
		const struct opp_persoon *p = &doc->betrokkenen.v[i];
		if (!(p->rol.s && p->naam.s && (rolbits & OPP_ROLBIT(p->rol.i))))
			continue;
		opp_present_and(b, k++, n);
		opp_buf_puts(b, p->naam.s);
	}
}

/* 1-based number of doel `id` in the document, or 0 (the id index: an
 * item may name thousands of goals). */
static size_t
doel_nr(const struct opp_doc *doc, const char *id)
{
	const struct opp_doel *d = opp_doc_doel(doc, id);

	return d ? (size_t)(d - doc->doelen.v) + 1 : 0;
}

static int
cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/* The goals an item serves, as numbers in order ("1, 3"); ids that name
 * no goal as written, after them. */
static void
doel_nrs(struct opp_buf *b, const struct opp_doc *doc, const struct opp_list *ids)
{
	size_t *nr = xcalloc(ids->n + 1, sizeof(*nr)), n = 0, k = 0;

	for (size_t i = 0; i < ids->n; i++)
		if ((nr[n] = doel_nr(doc, ids->v[i].s)))
			n++;
	qsort(nr, n, sizeof(*nr), cmp_size);
	for (size_t i = 0; i < n; i++)
		opp_buf_printf(b, "%s%zu", k++ ? ", " : "", nr[i]);
	for (size_t i = 0; i < ids->n; i++)
		if (ids->v[i].s && !doel_nr(doc, ids->v[i].s))
			opp_buf_printf(b, "%s%s", k++ ? ", " : "", ids->v[i].s);
	free(nr);
}

static void
list(struct walk *w, const char *title, const struct opp_list *l, bool ordered)
{
	if (!l->n)
		return;
	if (title)
		heading(w, 3, title);
	opp_sink_list_begin(w->s, ordered);
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].s)
			opp_sink_item(w->s, l->v[i].s);
	opp_sink_list_end(w->s);
}

/* A table of n columns: head and align ('l' or 'r' per column). */
static void
table_begin(struct walk *w, const char *cls, size_t n, const char *const *head, const char *align)
{
	struct opp_sink_col cols[MAXCOLS] = {{0}};

	for (size_t i = 0; i < n && i < MAXCOLS; i++)
		cols[i] = (struct opp_sink_col){head[i], align[i] == 'r' ? OPP_ALIGN_RIGHT : OPP_ALIGN_LEFT,
		                                0, false};
	w->ncols = n < MAXCOLS ? n : MAXCOLS;
	opp_sink_table_begin(w->s, &(struct opp_sink_table){cls, w->ncols, cols});
}

static void
table_end(struct walk *w)
{
	opp_sink_table_end(w->s);
	w->ncols = 0;
}

/* ---- sections ------------------------------------------------------------ */

static void
header(struct walk *w)
{
	const struct opp_doc *doc = w->doc;
	struct opp_buf t = OPP_BUF_INIT;
	int stap = opp_stap(doc, w->o->today);

	opp_buf_puts(&t, "Ontwikkelingsperspectiefplan (OPP)");
	if (doc->leerling.naam.s)
		opp_buf_printf(&t, " – %s", doc->leerling.naam.s);
	opp_sink_begin(w->s, &(struct opp_sink_page){.title = t.ptr, .lang = "nl", .css = css});
	section(w, 1, t.ptr, KEYS("opp", "einddatum"));
	opp_buf_reset(&t);

	opp_buf_puts(&t, "Stand op ");
	opp_present_date(&t, w->o->today);
	if (stap >= 1 && stap <= 9)
		opp_buf_printf(&w->v, "stap %d van 9, %s", stap, opp_label_stap[stap]);
	field(w, t.ptr);
	if (doc->vastgesteld.s)
		field_date(w, "Vastgesteld door de school", &doc->vastgesteld);
	else
		field_raw(w, "Vastgesteld door de school", "nog niet", false);
	field_date(w, "Einddatum", &doc->einddatum);
	opp_buf_release(&t);
}

static void
leerling_regie(struct walk *w)
{
	const struct opp_doc *doc = w->doc;
	const struct opp_leerling *l = &doc->leerling;
	size_t n = 0;

	section(w, 2, "1. Leerling en regie", KEYS("leerling", "regie", "signalen", "gezinsplan"));
	field_str(w, "Naam", &l->naam);
	if (l->geboortedatum.s) {
		opp_present_date(&w->v, l->geboortedatum.i);
		opp_buf_printf(&w->v, " (%d jaar)", opp_date_age(l->geboortedatum.i, w->o->today));
		field(w, "Geboortedatum");
	}
	field_str(w, "School", &l->school);
	field_str(w, "Groep", &l->groep);
	field_str(w, "Gemeente (ouder met gezag)", &l->gemeente);
	if (doc->regie.opp.s) {
		person(&w->v, doc, doc->regie.opp.s, true);
		field(w, "Regie over het OPP");
	}
	if (doc->regie.gezinsplan.s) {
		person(&w->v, doc, doc->regie.gezinsplan.s, true);
		field(w, "Regie over het gezinsplan");
	}
	for (size_t i = 0; i < doc->signalen.n; i++)
		n += doc->signalen.v[i].s != NULL;
	for (size_t i = 0, k = 0; i < doc->signalen.n; i++) {
		const struct opp_val *v = &doc->signalen.v[i];
		if (!v->s)
			continue;
		opp_present_and(&w->v, k++, n);
		opp_buf_puts(&w->v, label(opp_label_signaal, OPP_SIG_COUNT, v->i));
	}
	field(w, "Signalen");

	if (doc->gezinsplan.h.set) {
		heading(w, 3, "Gezinsplan (1Gezin1Plan)");
		if (doc->regie.gezinsplan.s) {
			person(&w->v, doc, doc->regie.gezinsplan.s, true);
			field(w, "Regievoerder");
		}
		field_date(w, "Opgesteld op", &doc->gezinsplan.datum);
		field_md(w, "Afstemming met het OPP", &doc->gezinsplan.afstemming);
	}
}

static void
betrokkenen(struct walk *w)
{
	static const char *const head[] = {"Naam", "Rol", "Organisatie", "Contact"};
	const struct opp_doc *doc = w->doc;
	struct cells c;

	section(w, 2, "2. Betrokkenen", KEYS("betrokkenen"));
	if (!doc->betrokkenen.n) {
		para(w, "Nog niemand vastgelegd.");
		return;
	}
	cells_init(&c);
	table_begin(w, "betrokkenen", 4, head, "llll");
	for (size_t i = 0; i < doc->betrokkenen.n; i++) {
		const struct opp_persoon *p = &doc->betrokkenen.v[i];
		const char *r = rol(p);

		opp_buf_puts(&c.b[0], p->naam.s ? p->naam.s : p->id.s ? p->id.s : "");
		opp_buf_puts(&c.b[1], r ? r : "");
		if (p->id.s && doc->regie.opp.s && strcmp(p->id.s, doc->regie.opp.s) == 0)
			opp_buf_puts(&c.b[1], ", regie OPP");
		if (p->id.s && doc->regie.gezinsplan.s && strcmp(p->id.s, doc->regie.gezinsplan.s) == 0)
			opp_buf_puts(&c.b[1], ", regie gezinsplan");
		opp_buf_puts(&c.b[2], p->organisatie.s ? p->organisatie.s : "");
		opp_buf_puts(&c.b[3], p->email.s ? p->email.s : "");
		if (p->email.s && p->telefoon.s)
			opp_buf_puts(&c.b[3], ", ");
		opp_buf_puts(&c.b[3], p->telefoon.s ? p->telefoon.s : "");
		row(w, &c, 0);
	}
	table_end(w);
	cells_release(&c);
}

static void
waarneming(struct walk *w)
{
	static const char *const head[] = {"Wat is ingezet", "Effect"};
	const struct opp_waarneming *wn = &w->doc->waarneming;

	section(w, 2, "3. Waarnemen (stap 1)", KEYS("waarneming"));
	if (!wn->h.set) {
		para(w, "Nog niet ingevuld.");
		return;
	}
	field_date(w, "Ouders geïnformeerd over de zorgen", &wn->ouders_geinformeerd);
	field_md(w, "Observaties", &wn->observaties);
	if (wn->aanleiding.n) {
		heading(w, 3, "Aanleiding voor het OT");
		opp_sink_list_begin(w->s, false);
		for (size_t i = 0; i < wn->aanleiding.n; i++)
			if (wn->aanleiding.v[i].s)
				opp_sink_item(w->s, label(opp_label_aanleiding, OPP_AANL_COUNT,
				                          wn->aanleiding.v[i].i));
		opp_sink_list_end(w->s);
	}
	list(w, "Hypothesen", &wn->hypothesen, true);
	if (wn->ingezet.n) {
		struct cells c;

		heading(w, 3, "Al ingezette ondersteuning en het effect");
		cells_init(&c);
		table_begin(w, "ingezet", 2, head, "ll");
		for (size_t i = 0; i < wn->ingezet.n; i++) {
			opp_buf_puts(&c.b[0], wn->ingezet.v[i].wat.s ? wn->ingezet.v[i].wat.s : "");
			opp_buf_puts(&c.b[1], wn->ingezet.v[i].effect.s ? wn->ingezet.v[i].effect.s : "");
			row(w, &c, 0);
		}
		table_end(w);
		cells_release(&c);
	}
}

static bool
is_soort(const struct opp_overleg *o, int soort)
{
	return o->soort.s && o->soort.i == soort;
}

static void
overleg_title(struct opp_buf *b, const struct opp_overleg *o, int32_t today)
{
	opp_buf_puts(b, is_soort(o, OPP_SOORT_EVALUATIE) ? "Evaluatie" : "OT");
	if (o->datum.s) {
		opp_buf_puts(b, " van ");
		opp_present_date(b, o->datum.i);
	}
	if (opp_overleg_stand(o, today) == OPP_OVERLEG_GEPLAND)
		opp_buf_puts(b, " (gepland)");
}

/* What every meeting shows: purpose, logistics, who, consent, the pupil
 * heard, the report. */
static void
overleg_velden(struct walk *w, const struct opp_overleg *o)
{
	const struct opp_doc *doc = w->doc;

	field_md(w, "Doel van het overleg", &o->doel);
	if (o->tijd.s)
		opp_buf_printf(&w->v, "%d:%02d uur", (int)(o->tijd.i / 60), (int)(o->tijd.i % 60));
	if (o->duur.s || o->tijd.s)
		opp_buf_printf(&w->v, "%s%d minuten", w->v.len ? ", " : "", (int)o->duur.i);
	field(w, "Tijd");
	field_str(w, "Locatie", &o->locatie);
	if (o->voorzitter.s) {
		person(&w->v, doc, o->voorzitter.s, false);
		field(w, "Voorzitter");
	}
	people(&w->v, doc, &o->genodigden);
	field(w, "Genodigden");
	if (o->aanwezig.n) {
		struct opp_list absent = {.n = 0};
		struct opp_val *v = xcalloc(o->genodigden.n + 1, sizeof(*v));

		people(&w->v, doc, &o->aanwezig);
		field(w, "Aanwezig");
		absent.v = v;
		for (size_t i = 0; i < o->genodigden.n; i++)
			if (o->genodigden.v[i].s && !opp_list_has(&o->aanwezig, o->genodigden.v[i].s))
				absent.v[absent.n++] = o->genodigden.v[i];
		people(&w->v, doc, &absent);
		field(w, "Niet aanwezig");
		free(v);
	}
	if (o->toestemming.s)
		field_date(w, "Toestemming ouders om stukken te delen", &o->toestemming);
	else if (opp_invites_outsiders(doc, o))
		field_raw(w, "Toestemming ouders om stukken te delen", "nog niet gegeven", false);
	if (o->kindgesprek.datum.s) {
		opp_present_date(&w->v, o->kindgesprek.datum.i);
		if (o->kindgesprek.door.s) {
			opp_buf_puts(&w->v, ", door ");
			person(&w->v, doc, o->kindgesprek.door.s, false);
		}
		field(w, "Kindgesprek");
	}
	field_md(w, "Verslag", &o->verslag);
}

static void
overleggen(struct walk *w)
{
	static const char *const head[] = {"Datum", "Tijd", "Soort", "Locatie", "Voorzitter", "Stand"};
	const struct opp_doc *doc = w->doc;
	struct opp_buf t = OPP_BUF_INIT;
	size_t evaluaties = 0;
	struct cells c;

	section(w, 2, "4. Overleggen (stap 2 en 3)", KEYS("overleggen"));
	if (!doc->overleggen.n) {
		para(w, "Nog geen overleg gepland.");
		return;
	}
	cells_init(&c);
	table_begin(w, "overleggen", 6, head, "llllll");
	for (size_t i = 0; i < doc->overleggen.n; i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];
		date(&c.b[0], &o->datum);
		if (o->tijd.s)
			opp_buf_printf(&c.b[1], "%d:%02d", (int)(o->tijd.i / 60), (int)(o->tijd.i % 60));
		if (o->soort.s)
			opp_buf_puts(&c.b[2], label(opp_label_soort, OPP_SOORT_COUNT, o->soort.i));
		opp_buf_puts(&c.b[3], o->locatie.s ? o->locatie.s : "");
		if (o->voorzitter.s)
			person(&c.b[4], doc, o->voorzitter.s, false);
		opp_buf_puts(&c.b[5], opp_label_overleg[opp_overleg_stand(o, w->o->today)]);
		row(w, &c, 0);
		evaluaties += is_soort(o, OPP_SOORT_EVALUATIE);
	}
	table_end(w);
	cells_release(&c);

	for (size_t i = 0; i < doc->overleggen.n; i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];
		if (is_soort(o, OPP_SOORT_EVALUATIE))
			continue;
		overleg_title(&t, o, w->o->today);
		heading(w, 3, t.ptr);
		opp_buf_reset(&t);
		overleg_velden(w, o);
	}
	if (evaluaties)
		para(w, "De evaluaties staan in hoofdstuk 11.");
	opp_buf_release(&t);
}

static void
behoeften(struct walk *w)
{
	const struct opp_behoeften *b = &w->doc->behoeften;
	const struct opp_factoren *f = &w->doc->factoren;

	section(w, 2, "5. Ondersteuningsbehoeften en factoren (stap 4)", KEYS("behoeften", "factoren"));
	if (!b->h.set && !f->h.set) {
		para(w, "Nog niet in beeld (volgt uit het OT).");
		return;
	}
	list(w, "Wat de leerling nodig heeft", &b->leerling, false);
	list(w, "Wat de ouders nodig hebben", &b->ouders, false);
	list(w, "Wat de leerkracht nodig heeft", &b->leerkracht, false);
	if (b->eigen_bijdrage.s) {
		heading(w, 3, "Eigen bijdrage");
		field_md(w, "Wat ouders, leerling en hun omgeving zelf doen", &b->eigen_bijdrage);
	}
	list(w, "Bevorderende factoren", &f->bevorderend, false);
	list(w, "Belemmerende factoren", &f->belemmerend, false);
}

static void
integratief_beeld(struct walk *w)
{
	section(w, 2, "6. Integratief beeld (stap 5)", KEYS("integratief_beeld"));
	if (w->doc->integratief_beeld.s && *w->doc->integratief_beeld.s)
		opp_sink_markdown(w->s, w->doc->integratief_beeld.s);
	else
		para(w, "Nog niet beschreven.");
}

/* A goal's fields, as the school and the swv read them: what, whose,
 * where, by when, where it stands, from where to what, set when,
 * measured how and on course or not; termijn says when its term passed. */
static void
doel_velden(struct walk *w, const struct opp_doel *d, bool termijn)
{
	const struct opp_doc *doc = w->doc;
	int32_t set;

	field_md(w, "Doel", &d->doel);
	field_str(w, "Eigenaar", &d->eigenaar);
	field_str(w, "Context", &d->context);
	field_str(w, "Domein", &d->domein);
	field_date(w, "Termijn", &d->termijn);
	opp_buf_puts(&w->v,
	             label(opp_label_doelstatus, OPP_DOEL_COUNT, opp_doel_status(doc, d, w->o->today)));
	if (termijn && overdue(w, OPP_OWE_TERMIJN, d))
		opp_buf_puts(&w->v, ", termijn verstreken");
	field(w, "Stand");
	field_md(w, "Beginsituatie", &d->beginsituatie);
	field_md(w, "Bereikt als", &d->criterium);
	if (opp_doel_gesteld(doc, d, w->o->today, &set)) {
		opp_present_date(&w->v, set);
		field(w, "Gesteld op");
	}
	opp_progress_meting(&w->v, d);
	field(w, "Meting");
	opp_progress_koers(&w->v, doc, d, w->o->today, w->o->voor);
	field(w, "Koers");
}

static void
doelen(struct walk *w)
{
	static const char *const head[] = {"Nr", "Inzet", "Wie", "Hoe vaak", "Periode"};
	const struct opp_doc *doc = w->doc;
	struct opp_buf t = OPP_BUF_INIT;
	struct cells c;

	section(w, 2, "7. Doelen en de inzet per doel (stap 5 en 6)", KEYS("doelen"));
	if (!doc->doelen.n) {
		para(w, "Nog geen doelen gesteld.");
		return;
	}
	cells_init(&c);
	for (size_t i = 0; i < doc->doelen.n; i++) {
		const struct opp_doel *d = &doc->doelen.v[i];
		size_t n = 0;

		opp_buf_printf(&t, "Doel %zu", i + 1);
		heading(w, 3, t.ptr);
		opp_buf_reset(&t);
		doel_velden(w, d, true);

		opp_doc_inzet_voor(doc, d, &n);
		if (!n) {
			if (opp_doel_actief(doc, d, w->o->today))
				para(w, "Nog geen inzet voor dit doel.");
			opp_progress_story(w->s, doc, d, i + 1, w->o->today, w->o->voor);
			continue;
		}
		para(w, "Inzet voor dit doel:");
		table_begin(w, "inzet", 5, head, "rllll");
		const size_t *ix = opp_doc_inzet_voor(doc, d, &n);
		for (size_t j = 0; j < n; j++) {
			size_t k = ix[j];
			const struct opp_inzet *z = &doc->arrangement.v[k];
			opp_buf_printf(&c.b[0], "%zu", k + 1);
			opp_buf_puts(&c.b[1], z->wat.s ? z->wat.s : "");
			if (z->wie.s)
				person(&c.b[2], doc, z->wie.s, false);
			opp_buf_puts(&c.b[3], z->frequentie.s ? z->frequentie.s : "");
			period(&c.b[4], &z->start, &z->eind, w->o->today);
			row(w, &c, 1u << 1);
		}
		table_end(w);
		opp_progress_story(w->s, doc, d, i + 1, w->o->today, w->o->voor);
	}
	cells_release(&c);
	opp_buf_release(&t);
}

/* "€ 1.850,00", "€ 1.850,00 (+ 1 zonder bedrag)" or "niet opgegeven". */
static void
total_cell(struct opp_buf *b, const struct opp_funder_total *t)
{
	if (t->without == t->items) {
		opp_buf_puts(b, "niet opgegeven");
		return;
	}
	opp_present_euro_cents(b, t->cents);
	if (t->without)
		opp_buf_printf(b, " (+ %zu zonder bedrag)", t->without);
}

static void arrangement_tabellen(struct walk *w);

static void
arrangement(struct walk *w)
{
	const struct opp_doc *doc = w->doc;

	section(w, 2, "8. Arrangement en bekostiging (stap 6)", KEYS("arrangement"));
	if (!doc->arrangement.n) {
		para(w, "Nog geen arrangement.");
		return;
	}
	arrangement_tabellen(w);
}

/* The items with their funding, the totals per funder, plan B. */
static void
arrangement_tabellen(struct walk *w)
{
	static const char *const head[] = {"Nr",      "Inzet",       "Voor doel", "Wie",
	                                   "Periode", "Bekostiging", "Status",    "Bedrag"};
	static const char *const thead[] = {"Financier", "Onderdelen", "Bedrag"};
	const struct opp_doc *doc = w->doc;
	struct opp_funder_total tot[OPP_FIN_COUNT + 1];
	struct opp_buf t = OPP_BUF_INIT;
	bool bridge = false;
	struct cells c;

	cells_init(&c);
	table_begin(w, "arrangement", 8, head, "rllllllr");
	for (size_t i = 0; i < doc->arrangement.n; i++) {
		const struct opp_inzet *z = &doc->arrangement.v[i];
		const struct opp_bekostiging *b = &z->bekostiging;

		opp_buf_printf(&c.b[0], "%zu", i + 1);
		opp_buf_puts(&c.b[1], z->wat.s ? z->wat.s : "");
		doel_nrs(&c.b[2], doc, &z->doelen);
		if (z->wie.s)
			person(&c.b[3], doc, z->wie.s, false);
		period(&c.b[4], &z->start, &z->eind, w->o->today);
		if (b->door.s)
			opp_buf_puts(&c.b[5], label(opp_label_financier, OPP_FIN_COUNT, b->door.i));
		if (b->grondslag.s)
			opp_buf_printf(&c.b[5], "%s%s%s", b->door.s ? " (" : "",
			               label(opp_label_grondslag, OPP_GROND_COUNT, b->grondslag.i),
			               b->door.s ? ")" : "");
		opp_buf_puts(&c.b[6], label(opp_label_bekstatus, OPP_BEK_COUNT, b->status.i));
		if (b->kenmerk.s)
			opp_buf_printf(&c.b[6], ", kenmerk %s", b->kenmerk.s);
		if (b->bedrag.s)
			opp_present_euro(&c.b[7], b->bedrag.n);
		row(w, &c, 1u << 1);
		bridge |= z->overbrugging.s || z->wachtlijst_tot.s;
	}
	table_end(w);

	heading(w, 3, "Totalen per financier");
	opp_render_totals(doc, tot);
	table_begin(w, "totalen", 3, thead, "lrr");
	for (int f = 0; f < OPP_FIN_COUNT; f++) {
		if (!tot[f].items)
			continue;
		opp_buf_puts(&c.b[0], opp_label_financier[f]);
		opp_buf_printf(&c.b[1], "%zu", tot[f].items);
		total_cell(&c.b[2], &tot[f]);
		row(w, &c, 0);
	}
	opp_buf_puts(&c.b[0], "Totaal");
	opp_buf_printf(&c.b[1], "%zu", tot[OPP_FIN_COUNT].items);
	total_cell(&c.b[2], &tot[OPP_FIN_COUNT]);
	row(w, &c, 0);
	table_end(w);
	if (tot[OPP_FIN_COUNT].without && tot[OPP_FIN_COUNT].without < tot[OPP_FIN_COUNT].items)
		para(w, "Onderdelen zonder bedrag tellen niet mee in het totaalbedrag.");

	if (bridge) {
		/* 001 step 6: "plan A en plan B" while support cannot start yet. */
		heading(w, 3, "Wachtlijst en overbrugging (plan B)");
		for (size_t i = 0; i < doc->arrangement.n; i++) {
			const struct opp_inzet *z = &doc->arrangement.v[i];
			if (!z->overbrugging.s && !z->wachtlijst_tot.s)
				continue;
			opp_buf_printf(&t, "Inzet %zu", i + 1);
			if (z->start.s) {
				opp_buf_puts(&t, ", start ");
				opp_present_date(&t, z->start.i);
			}
			if (z->wachtlijst_tot.s) {
				opp_buf_puts(&t, ", wachtlijst tot ");
				opp_present_date(&t, z->wachtlijst_tot.i);
			}
			if (z->overbrugging.s)
				field_md(w, t.ptr, &z->overbrugging);
			else
				field_raw(w, t.ptr, "geen overbrugging vastgelegd", false);
			opp_buf_reset(&t);
		}
	}
	cells_release(&c);
	opp_buf_release(&t);
}

/* The afspraken as a table: who, what, by when, who hears of it, and
 * where it stands. The school's document names the handbook's letters
 * and says when a term has passed; the parents' says it in words. */
struct afspraak_woorden {
	const char *head[5];
	const char *gedaan;   /* before the date it was done */
	const char *verlopen; /* open past its date; NULL: not said */
	const char *open;
};

static void
afspraken_tabel(struct walk *w, const struct afspraak_woorden *t)
{
	const struct opp_doc *doc = w->doc;
	struct cells c;

	cells_init(&c);
	table_begin(w, "afspraken", 5, t->head, "lllll");
	for (size_t i = 0; i < doc->afspraken.n; i++) {
		const struct opp_afspraak *a = &doc->afspraken.v[i];

		if (a->wie.s)
			person(&c.b[0], doc, a->wie.s, false);
		opp_buf_puts(&c.b[1], a->wat.s ? a->wat.s : "");
		date(&c.b[2], &a->uiterlijk);
		people(&c.b[3], doc, &a->terugkoppeling);
		if (a->gedaan.s) {
			opp_buf_puts(&c.b[4], t->gedaan);
			opp_present_date(&c.b[4], a->gedaan.i);
		} else if (t->verlopen && overdue(w, OPP_OWE_AFSPRAAK, a)) {
			opp_buf_puts(&c.b[4], t->verlopen);
		} else {
			opp_buf_puts(&c.b[4], t->open);
		}
		row(w, &c, 1u << 1);
	}
	table_end(w);
	cells_release(&c);
}

static void
afspraken(struct walk *w)
{
	static const struct afspraak_woorden woorden = {
	        {"Wie (A)", "Doet wat (B)", "Uiterlijk (X)", "Koppelt terug aan (Z)", "Stand"},
	        "gedaan op ",
	        "open, termijn verstreken",
	        "open"};

	section(w, 2, "9. Afspraken (stap 6)", KEYS("afspraken"));
	if (!w->doc->afspraken.n) {
		para(w, "Nog geen afspraken.");
		return;
	}
	/* 001 step 6: "A doet B en koppelt op X-termijn terug aan Z." */
	para(w, "Wie doet wat, uiterlijk wanneer, en aan wie koppelt diegene terug: "
	        "A doet B en koppelt op X-termijn terug aan Z.");
	afspraken_tabel(w, &woorden);
}

static void
uitstroom(struct walk *w)
{
	const struct opp_uitstroom *u = &w->doc->uitstroomperspectief;

	section(w, 2, "10. Uitstroomperspectief", KEYS("uitstroomperspectief"));
	if (!u->richting.s && !u->onderbouwing.s) {
		para(w, "Nog niet vastgesteld.");
		return;
	}
	field_str(w, "Richting", &u->richting);
	field_md(w, "Onderbouwing", &u->onderbouwing);
}

static void
evaluaties(struct walk *w)
{
	static const char *const head[] = {"Doel", "Uitkomst"};
	const struct opp_doc *doc = w->doc;
	struct opp_buf t = OPP_BUF_INIT;
	size_t n = 0;
	struct cells c;

	section(w, 2, "11. Evaluatie en bijstelling (stap 8 en 9)", KEYS(NULL));
	cells_init(&c);
	for (size_t i = 0; i < doc->overleggen.n; i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];
		if (!is_soort(o, OPP_SOORT_EVALUATIE))
			continue;
		n++;
		overleg_title(&t, o, w->o->today);
		heading(w, 3, t.ptr);
		opp_buf_reset(&t);
		overleg_velden(w, o);
		if (o->uitkomsten.n) {
			para(w, "Uitkomsten per doel:");
			table_begin(w, "uitkomsten", 2, head, "ll");
			for (size_t k = 0; k < o->uitkomsten.n; k++) {
				const struct opp_paar *p = &o->uitkomsten.v[k];
				size_t nr = doel_nr(doc, p->key.s);
				unsigned md = 0;

				if (nr && doc->doelen.v[nr - 1].doel.s) {
					/* "Doel 2: " is plain text, the goal Markdown. */
					opp_buf_printf(&c.b[0], "Doel %zu: %s", nr,
					               doc->doelen.v[nr - 1].doel.s);
					md = 1u << 0;
				} else {
					opp_buf_puts(&c.b[0], p->key.s ? p->key.s : "");
				}
				if (p->value.s)
					opp_buf_puts(&c.b[1],
					             label(opp_label_uitkomst, OPP_UIT_COUNT, p->value.i));
				row(w, &c, md);
			}
			table_end(w);
		}
		field_md(w, "Bijstelling van het arrangement", &o->bijstelling);
	}
	if (!n)
		para(w, "Nog geen evaluatie gepland.");
	cells_release(&c);
	opp_buf_release(&t);
}

/* Who signs for the school: the regievoerder when on the school side,
 * else the first intern begeleider, ondersteuningscoördinator or
 * directeur. */
static const char *
school_signer(const struct opp_doc *doc)
{
	static const int order[] = {OPP_ROL_IB, OPP_ROL_OSC, OPP_ROL_DIRECTEUR};
	const struct opp_persoon *p = opp_doc_persoon(doc, doc->regie.opp.s);

	if (p && p->rol.s && opp_rol_school(p->rol.i) && p->rol.i != OPP_ROL_OUDERS &&
	    p->rol.i != OPP_ROL_LEERLING)
		return p->id.s;
	for (size_t k = 0; k < sizeof(order) / sizeof(*order); k++)
		for (size_t i = 0; i < doc->betrokkenen.n; i++)
			if (doc->betrokkenen.v[i].rol.s && doc->betrokkenen.v[i].rol.i == order[k])
				return doc->betrokkenen.v[i].id.s;
	return NULL;
}

/* Who must sign besides ouders and school: the same questions the
 * obligations ask, of the file as loaded (the funding decides whether
 * the access worker signs, and a reader may not see it). */
static void
tekenaars(const struct walk *w, bool *toegang, bool *leerling)
{
	const struct opp_ondertekening *o = &w->file->ondertekening;
	int32_t start;

	*toegang = opp_toegang_start(w->file, &start) || o->toegang.n;
	*leerling = opp_leerling_tekent(w->file, w->o->cfg) || o->leerling.n;
}

/* The signature table, each party's agreement against today's
 * handelingsdeel (facts/handelingsdeel.h), and that handelingsdeel's
 * digest under it: what a signature with `opp sign` binds to. Parents
 * read the digest as what it is for them, a code to check, with the
 * code itself whole so that it can be compared. */
static void
handtekeningen(struct walk *w, bool toegang, bool leerling)
{
	static const char *const head[] = {"Partij", "Naam", "Akkoord", "Handtekening"};
	const struct opp_doc *doc = w->doc;
	struct opp_buf t = OPP_BUF_INIT;
	struct cells c;

	cells_init(&c);
	table_begin(w, "ondertekening", 4, head, "llll");

	opp_buf_puts(&c.b[0], "Ouders");
	people_with(&c.b[1], doc, OPP_ROLBIT(OPP_ROL_OUDERS));
	opp_akkoord_tekst(&c.b[2], &w->st[OPP_PARTIJ_OUDERS]);
	row(w, &c, 0);

	opp_buf_puts(&c.b[0], "School");
	if (doc->leerling.school.s)
		opp_buf_printf(&c.b[0], " (%s)", doc->leerling.school.s);
	if (school_signer(doc))
		person(&c.b[1], doc, school_signer(doc), false);
	opp_akkoord_tekst(&c.b[2], &w->st[OPP_PARTIJ_SCHOOL]);
	row(w, &c, 0);

	if (toegang) {
		opp_buf_puts(&c.b[0], "Toegang jeugdhulp (gemeente)");
		people_with(&c.b[1], doc, OPP_ROLBIT(OPP_ROL_WIJKTEAM));
		opp_akkoord_tekst(&c.b[2], &w->st[OPP_PARTIJ_TOEGANG]);
		row(w, &c, 0);
	}
	if (leerling) {
		opp_buf_puts(&c.b[0], "Leerling");
		opp_buf_puts(&c.b[1], doc->leerling.naam.s ? doc->leerling.naam.s : "");
		opp_akkoord_tekst(&c.b[2], &w->st[OPP_PARTIJ_LEERLING]);
		row(w, &c, 0);
	}
	table_end(w);
	cells_release(&c);
	opp_buf_printf(&t, "%s: %s",
	               w->o->voor == OPP_VOOR_OUDERS ? "Controlecode van dit plan"
	                                             : "Handelingsdeel van deze versie",
	               w->digest);
	para(w, t.ptr);
	if (w->o->voor == OPP_VOOR_OUDERS)
		para(w,
		     "Deze code hoort bij precies deze versie van de doelen en de hulp. Verandert daar later "
		     "iets aan, dan krijgt het plan een nieuwe code. Zo kunnen u en de school altijd nagaan "
		     "dat u voor dit plan tekent.");
	opp_buf_release(&t);
}

static void
vastgesteld(struct walk *w)
{
	struct opp_buf t = OPP_BUF_INIT;

	if (!w->doc->vastgesteld.s)
		return;
	opp_buf_puts(&t, "Vastgesteld door de school op ");
	opp_present_date(&t, w->doc->vastgesteld.i);
	opp_buf_putc(&t, '.');
	para(w, t.ptr);
	opp_buf_release(&t);
}

static void
ondertekening(struct walk *w)
{
	bool toegang, leerling;

	tekenaars(w, &toegang, &leerling);
	section(w, 2, "12. Ondertekening (stap 6)", KEYS("ondertekening", "vastgesteld"));
	/* 000 step 6: "Ouders, school en medewerker toegang bevestigen de
	 * afspraken schriftelijk (een handtekening onder het handelingsdeel
	 * OPP is voldoende)." */
	para(w,
	     toegang && leerling
	             ? "Met hun handtekening gaan ouders, school, de medewerker toegang jeugdhulp en de "
	               "leerling akkoord met de afspraken in dit plan (het handelingsdeel van het OPP)."
	     : toegang
	             ? "Met hun handtekening gaan ouders, school en de medewerker toegang jeugdhulp akkoord "
	               "met de afspraken in dit plan (het handelingsdeel van het OPP)."
	     : leerling
	             ? "Met hun handtekening gaan ouders, school en de leerling akkoord met de afspraken in "
	               "dit plan (het handelingsdeel van het OPP)."
	             : "Met hun handtekening gaan ouders en school akkoord met de afspraken in dit plan "
	               "(het handelingsdeel van het OPP).");
	handtekeningen(w, toegang, leerling);
	vastgesteld(w);
}

/* ---- the readers' documents (voor.h) ------------------------------------ */

/* Each walks the reader's copy of the file (w->doc): a field the reader
 * may not see is absent there, so no section below can show it. The
 * words are for the reader: B1 Dutch for parents (short sentences, a
 * word of the trade explained where it is used), "jij" for the pupil,
 * the terms of the onderwijskundig rapport for the swv. */

/* The page, with the document's style sheet; with tekenen, the last
 * section (the signatures) begins a printed page of its own, to be
 * signed on paper. */
static void
lezer_begin(struct walk *w, const char *title, bool tekenen)
{
	struct opp_buf c = OPP_BUF_INIT;

	opp_buf_puts(&c, css);
	if (tekenen)
		opp_buf_puts(&c,
		             "@media print{h2:last-of-type{break-before:page;page-break-before:always}}\n");
	opp_sink_begin(w->s, &(struct opp_sink_page){.title = title, .lang = "nl", .css = c.ptr});
	opp_buf_release(&c);
	heading(w, 1, title);
}

/* The next planned meeting, of the file as loaded (whether a meeting is
 * planned depends on its verslag, which few readers see), as the same
 * meeting in the reader's copy. */
static const struct opp_overleg *
volgend_overleg(const struct walk *w)
{
	const struct opp_overleg *o = opp_next_overleg(w->file, w->o->today);

	return o ? &w->doc->overleggen.v[o - w->file->overleggen.v] : NULL;
}

/* "donderdag 10 december 2026 om 14:00 uur" */
static void
wanneer(struct opp_buf *b, const struct opp_overleg *o)
{
	if (o->datum.s)
		opp_present_date_weekday(b, o->datum.i);
	if (o->tijd.s) {
		char clock[6];
		opp_present_clock(clock, (int)o->tijd.i);
		opp_buf_printf(b, " om %s uur", clock);
	}
}

/* What a role does, in words a parent knows. */
static const char *const rol_uitleg[OPP_ROL_COUNT] = {
        [OPP_ROL_LEERLING] = "de leerling",
        [OPP_ROL_OUDERS] = "ouders of verzorgers",
        [OPP_ROL_LEERKRACHT] = "geeft les in de groep",
        [OPP_ROL_MENTOR] = "begeleidt de leerling in de klas",
        [OPP_ROL_IB] = "regelt op school de extra hulp voor leerlingen",
        [OPP_ROL_OSC] = "regelt op school de extra hulp voor leerlingen",
        [OPP_ROL_ORTHOPEDAGOOG] = "kijkt hoe een kind leert en zich ontwikkelt, en geeft advies",
        [OPP_ROL_DIRECTEUR] = "is de baas van de school",
        [OPP_ROL_ONDERWIJSSPECIALIST] = "helpt scholen bij extra hulp, namens het samenwerkingsverband",
        [OPP_ROL_AB] = "komt naar school om de leerling en de leerkracht te helpen",
        [OPP_ROL_ZORGMAKELAAR] = "zoekt de hulp die past",
        [OPP_ROL_GEZINSSPECIALIST] = "helpt het gezin thuis",
        [OPP_ROL_WIJKTEAM] = "werkt voor de gemeente en regelt hulp voor kind en gezin",
        [OPP_ROL_JEUGDHULP] = "geeft hulp aan kind en gezin",
        [OPP_ROL_BEHANDELAAR] = "geeft de leerling een behandeling",
        [OPP_ROL_JGZ] = "de jeugdarts of jeugdverpleegkundige",
        [OPP_ROL_CJG] = "helpt bij vragen over opvoeden en opgroeien",
        [OPP_ROL_SMW] = "helpt leerlingen en ouders bij zorgen thuis of op school",
        [OPP_ROL_LPA] = "let erop dat kinderen naar school gaan",
        [OPP_ROL_ANDERS] = "",
};

/* A goal's status in plain words: for the parents, or (jij) the pupil. */
static const char *
stand_gewoon(enum opp_doelstatus st, bool jij)
{
	switch (st) {
	case OPP_DOEL_LOPEND: return jij ? "je werkt eraan" : "we werken eraan";
	case OPP_DOEL_BEHAALD: return "gelukt";
	case OPP_DOEL_DEELS: return "voor een deel gelukt";
	case OPP_DOEL_NIET_BEHAALD: return "nog niet gelukt";
	case OPP_DOEL_GESTOPT: return jij ? "we zijn ermee gestopt" : "gestopt";
	default: return "";
	}
}

/* The words of the trade in the document (w->woorden), each explained
 * in one sentence: for the pupil (jij) only those with a sentence for
 * the pupil. Nothing when none occurs. */
static void
woordenlijst(struct walk *w, bool jij)
{
	size_t n = 0;

	for (size_t i = 0; w->woorden && i < opp_woorden_n; i++)
		n += w->woorden[i] && (!jij || opp_woorden[i].jij);
	if (!n)
		return;
	heading(w, 2, jij ? "Woorden in jouw plan" : "Woorden in dit plan");
	para(w, jij ? "Sommige woorden in je plan zijn moeilijk. Dit betekenen ze."
	            : "In dit plan staan woorden die de school en de hulpverleners gebruiken. Dit is wat ze "
	              "betekenen.");
	opp_sink_list_begin(w->s, false);
	for (size_t i = 0; i < opp_woorden_n; i++) {
		const struct opp_woord *t = &opp_woorden[i];
		if (!w->woorden[i] || (jij && !t->jij))
			continue;
		opp_sink_item_begin(w->s);
		opp_sink_strong(w->s, t->term);
		opp_sink_punct(w->s, ": ");
		opp_sink_text(w->s, jij ? t->jij : t->uitleg);
		opp_sink_item_end(w->s);
	}
	opp_sink_list_end(w->s);
}

/* ---- ouders ---- */

static void
ouders_doelen(struct walk *w)
{
	static const char *const head[] = {"Wat", "Wie", "Hoe vaak", "Wanneer"};
	const struct opp_doc *doc = w->doc;
	const char *naam = doc->leerling.naam.s ? doc->leerling.naam.s : "uw kind";
	struct opp_buf t = OPP_BUF_INIT;
	struct cells c;

	heading(w, 2, "De doelen");
	if (!doc->doelen.n) {
		para(w, "Er zijn nog geen doelen. Die maken we samen met u in het gesprek met de school.");
		return;
	}
	para(w, "Een doel is iets wat we willen bereiken. Bij elk doel staat wat er gebeurt om het te "
	        "halen, en wie dat doet.");
	cells_init(&c);
	for (size_t i = 0; i < doc->doelen.n; i++) {
		const struct opp_doel *d = &doc->doelen.v[i];
		size_t n = 0;
		const size_t *ix;

		opp_buf_printf(&t, "Doel %zu", i + 1);
		heading(w, 3, t.ptr);
		opp_buf_reset(&t);
		field_md(w, "Wat we willen bereiken", &d->doel);
		if (d->eigenaar.s) {
			if (d->eigenaar.i == OPP_EIG_LEERLING)
				opp_buf_printf(&w->v, "van %s", naam);
			else if (d->eigenaar.i == OPP_EIG_OUDERS)
				opp_buf_puts(&w->v, "van u als ouders");
			else
				opp_buf_puts(&w->v, "van de leerkracht");
			field(w, "Van wie is dit doel");
		}
		if (d->context.s && d->context.i == OPP_CTX_THUIS)
			field_raw(w, "Waar", "thuis", false);
		if (d->termijn.s) {
			opp_buf_puts(&w->v, "uiterlijk ");
			opp_present_date(&w->v, d->termijn.i);
			field(w, "Wanneer");
		}
		field_md(w, "Zo was het bij de start", &d->beginsituatie);
		field_md(w, "Zo weten we dat het gelukt is", &d->criterium);
		opp_buf_puts(&w->v, stand_gewoon(opp_doel_status(doc, d, w->o->today), false));
		field(w, "Hoe ver we zijn");
		opp_progress_meting(&w->v, d);
		field(w, "Wat we meten");
		opp_progress_koers(&w->v, doc, d, w->o->today, w->o->voor);
		field(w, "Volgens de metingen");
		ix = opp_doc_inzet_voor(doc, d, &n);
		if (n) {
			para(w, "Wat er gebeurt voor dit doel:");
			table_begin(w, "inzet", 4, head, "llll");
			for (size_t j = 0; j < n; j++) {
				const struct opp_inzet *z = &doc->arrangement.v[ix[j]];
				opp_buf_puts(&c.b[0], z->wat.s ? z->wat.s : "");
				if (z->wie.s)
					person(&c.b[1], doc, z->wie.s, true);
				opp_buf_puts(&c.b[2], z->frequentie.s ? z->frequentie.s : "");
				period(&c.b[3], &z->start, &z->eind, w->o->today);
				row(w, &c, 1u << 0);
			}
			table_end(w);
			for (size_t j = 0; j < n; j++) {
				const struct opp_inzet *z = &doc->arrangement.v[ix[j]];
				/* Plan B matters to parents while the help has not begun. */
				if (!z->start.s || z->start.i <= w->o->today)
					continue;
				if (z->wachtlijst_tot.s) {
					opp_buf_puts(&t, "Voor ‘");
					opp_buf_puts(&t, z->wat.s ? z->wat.s : "");
					opp_buf_puts(&t, "’ is er een wachtlijst tot ");
					opp_present_date(&t, z->wachtlijst_tot.i);
					opp_buf_putc(&t, '.');
					para(w, t.ptr);
					opp_buf_reset(&t);
				}
				if (z->overbrugging.s)
					field_md(w, "Wat we doen tot de hulp begint", &z->overbrugging);
			}
		}
		opp_progress_story(w->s, doc, d, i + 1, w->o->today, w->o->voor);
	}
	cells_release(&c);
	opp_buf_release(&t);
}

static void
ouders_mensen(struct walk *w)
{
	static const char *const head[] = {"Naam", "Wie is dat", "Organisatie"};
	const struct opp_doc *doc = w->doc;
	struct cells c;

	heading(w, 2, "Wie er meedoen");
	para(w, "Deze mensen werken mee aan het plan. Hun telefoonnummer en e-mail krijgt u van de "
	        "persoon die het overzicht houdt.");
	cells_init(&c);
	table_begin(w, "betrokkenen", 3, head, "lll");
	for (size_t i = 0; i < doc->betrokkenen.n; i++) {
		const struct opp_persoon *p = &doc->betrokkenen.v[i];
		const char *r = rol(p);

		opp_buf_puts(&c.b[0], p->naam.s ? p->naam.s : "");
		if (r) {
			opp_buf_puts(&c.b[1], r);
			if (rol_uitleg[p->rol.i] && *rol_uitleg[p->rol.i] && p->rol.i != OPP_ROL_OUDERS &&
			    p->rol.i != OPP_ROL_LEERLING)
				opp_buf_printf(&c.b[1], ": %s", rol_uitleg[p->rol.i]);
		}
		opp_buf_puts(&c.b[2], p->organisatie.s ? p->organisatie.s : "");
		row(w, &c, 0);
	}
	table_end(w);
	cells_release(&c);
}

static void
ouders_afspraken(struct walk *w)
{
	static const struct afspraak_woorden woorden = {
	        {"Wie", "Doet wat", "Voor", "Vertelt het aan", "Klaar"}, "ja, op ", NULL, "nog niet"};

	heading(w, 2, "Afspraken");
	if (!w->doc->afspraken.n) {
		para(w, "Er zijn nog geen afspraken.");
		return;
	}
	para(w, "Hier staat wie wat doet, en voor welke datum. Als het klaar is, vertelt die persoon het "
	        "aan de mensen in de vierde kolom.");
	afspraken_tabel(w, &woorden);
}

static void
ouders_gesprek(struct walk *w)
{
	const struct opp_overleg *o = volgend_overleg(w);

	heading(w, 2, "Het volgende gesprek");
	if (!o) {
		para(w, "Er is nog geen nieuw gesprek gepland. De persoon die het overzicht houdt, spreekt "
		        "een datum met u af.");
		return;
	}
	para(w, o->soort.s && o->soort.i == OPP_SOORT_EVALUATIE
	                ? "In dit gesprek kijken we samen terug: zijn de doelen gehaald, en wat is er nu "
	                  "nodig? Dat heet een evaluatie."
	                : "In dit gesprek praten u, de school en de mensen die helpen samen over wat uw "
	                  "kind nodig heeft. Zo'n gesprek heet een OT (ondersteuningsteam).");
	wanneer(&w->v, o);
	field(w, "Wanneer");
	if (o->duur.s || o->tijd.s) {
		opp_buf_printf(&w->v, "ongeveer %d minuten", (int)o->duur.i);
		field(w, "Hoe lang");
	}
	field_str(w, "Waar", &o->locatie);
	field_md(w, "Waarover", &o->doel);
	people(&w->v, w->doc, &o->genodigden);
	field(w, "Wie er komen");
}

static void
ouders_ondertekening(struct walk *w)
{
	bool toegang, leerling;

	tekenaars(w, &toegang, &leerling);
	heading(w, 2, "Ondertekening");
	para(w, "Het handelingsdeel is het deel van het plan waar u het mee eens moet zijn: de doelen en "
	        "de hulp. Met uw handtekening zegt u: ik ben het eens met dit plan. Verandert het plan "
	        "later, dan vragen we opnieuw uw handtekening.");
	handtekeningen(w, toegang, leerling);
	vastgesteld(w);
}

static void
ouders_doc(struct walk *w)
{
	const struct opp_doc *doc = w->doc;
	struct opp_buf t = OPP_BUF_INIT;

	opp_buf_puts(&t, "Het plan voor ");
	opp_buf_puts(&t, doc->leerling.naam.s ? doc->leerling.naam.s : "uw kind");
	lezer_begin(w, t.ptr, true);
	opp_buf_reset(&t);
	para(w, "Dit is het ontwikkelingsperspectiefplan (OPP), in gewone woorden. Hierin staat wat we "
	        "willen bereiken, wie daarbij helpt en wat we hebben afgesproken.");
	opp_present_date(&w->v, w->o->today);
	field(w, "Datum");
	field_str(w, "School", &doc->leerling.school);
	field_str(w, "Groep", &doc->leerling.groep);
	if (doc->regie.opp.s) {
		person(&w->v, doc, doc->regie.opp.s, true);
		field(w, "Wie het overzicht houdt");
		para(w, "Deze persoon houdt het overzicht over het plan. Met vragen kunt u altijd bij deze "
		        "persoon terecht.");
	}
	ouders_doelen(w);
	ouders_mensen(w);
	ouders_afspraken(w);
	ouders_gesprek(w);
	/* before the signatures: they begin a printed page of their own */
	woordenlijst(w, false);
	ouders_ondertekening(w);
	opp_buf_release(&t);
}

/* ---- leerling ---- */

/* Who helps, said to the pupil: a parent is "je ouders". */
static void
helper(struct opp_buf *b, const struct opp_doc *doc, const char *id)
{
	const struct opp_persoon *p = opp_doc_persoon(doc, id);

	if (p && p->rol.s && p->rol.i == OPP_ROL_OUDERS)
		opp_buf_puts(b, "je ouders");
	else
		person(b, doc, id, false);
}

static void
leerling_doc(struct walk *w)
{
	const struct opp_doc *doc = w->doc;
	const struct opp_overleg *o = volgend_overleg(w);
	struct opp_buf t = OPP_BUF_INIT;
	size_t nr = 0;

	lezer_begin(w, "Jouw plan", false);
	/* The first name: the pupil is spoken to. */
	if (doc->leerling.naam.s)
		opp_buf_printf(&t, "Hoi %.*s! ", (int)strcspn(doc->leerling.naam.s, " \t"),
		               doc->leerling.naam.s);
	opp_buf_puts(&t, "Dit is jouw plan. Hier staan jouw doelen. En wat jou helpt om ze te halen.");
	para(w, t.ptr);
	opp_buf_reset(&t);
	for (size_t i = 0; i < doc->doelen.n; i++) {
		const struct opp_doel *d = &doc->doelen.v[i];
		size_t n = 0, helps = 0;
		const size_t *ix;

		if (!d->eigenaar.s || d->eigenaar.i != OPP_EIG_LEERLING)
			continue;
		opp_buf_printf(&t, "Jouw doel %zu", ++nr);
		heading(w, 2, t.ptr);
		opp_buf_reset(&t);
		if (d->doel.s)
			opp_sink_markdown(w->s, d->doel.s);
		if (d->termijn.s) {
			opp_buf_puts(&w->v, "voor ");
			opp_present_date(&w->v, d->termijn.i);
			field(w, "Wanneer");
		}
		field_md(w, "Zo weet je dat het gelukt is", &d->criterium);
		opp_buf_puts(&w->v, stand_gewoon(opp_doel_status(doc, d, w->o->today), true));
		field(w, "Hoe gaat het");
		ix = opp_doc_inzet_voor(doc, d, &n);
		for (size_t j = 0; j < n; j++) {
			const struct opp_inzet *z = &doc->arrangement.v[ix[j]];

			/* What helps now: not the help that has ended. */
			if (z->eind.s && z->eind.i < w->o->today)
				continue;
			if (!helps++) {
				heading(w, 3, "Wat helpt je");
				opp_sink_list_begin(w->s, false);
			}
			opp_buf_puts(&t, z->wat.s ? z->wat.s : "");
			if (z->wie.s) {
				opp_buf_puts(&t, " – met ");
				helper(&t, doc, z->wie.s);
			}
			if (z->frequentie.s)
				opp_buf_printf(&t, ", %s", z->frequentie.s);
			opp_sink_item(w->s, t.ptr);
			opp_buf_reset(&t);
		}
		if (helps)
			opp_sink_list_end(w->s);
	}
	if (!nr)
		para(w, "Er staan nog geen doelen van jou in. Die maak je samen met school en je ouders.");
	heading(w, 2, "Het volgende gesprek");
	if (o) {
		opp_buf_puts(&t, "Op ");
		wanneer(&t, o);
		opp_buf_puts(&t, " praten we over jouw plan.");
		para(w, t.ptr);
		opp_buf_reset(&t);
		field_str(w, "Waar", &o->locatie);
		para(w,
		     "Jij weet zelf het best wat helpt. Vertel het in het gesprek. Of vertel het vooraf aan "
		     "iemand op school.");
	} else {
		para(w, "Er is nog geen nieuw gesprek gepland.");
	}
	woordenlijst(w, true);
	opp_buf_release(&t);
}

/* ---- swv ---- */

static void
swv_doc(struct walk *w)
{
	static const char *const ihead[] = {"Wat is ingezet", "Effect"};
	static const char *const bhead[] = {"Naam", "Rol", "Organisatie"};
	const struct opp_doc *doc = w->doc;
	const struct opp_leerling *l = &doc->leerling;
	const struct opp_waarneming *wn = &doc->waarneming;
	struct opp_buf t = OPP_BUF_INIT;
	bool toegang, leerling, gehoord = false;
	size_t n = 0;
	struct cells c;

	opp_buf_puts(&t, "Aanvraag samenwerkingsverband");
	if (l->naam.s)
		opp_buf_printf(&t, " – %s", l->naam.s);
	lezer_begin(w, t.ptr, true);
	opp_buf_reset(&t);
	para(w, "Aanvraagdossier voor ondersteuning door het samenwerkingsverband, in de onderdelen van "
	        "het onderwijskundig rapport. Het bevat alleen wat voor de aanvraag nodig is: geen "
	        "contactgegevens, geen gezinsplan en geen verslagen van overleggen.");
	opp_present_date(&w->v, w->o->today);
	field(w, "Stand op");
	cells_init(&c);

	heading(w, 2, "1. Leerling");
	field_str(w, "Naam", &l->naam);
	if (l->geboortedatum.s) {
		opp_present_date(&w->v, l->geboortedatum.i);
		opp_buf_printf(&w->v, " (%d jaar)", opp_date_age(l->geboortedatum.i, w->o->today));
		field(w, "Geboortedatum");
	}
	field_str(w, "Gemeente (ouder met gezag)", &l->gemeente);

	heading(w, 2, "2. School en groep");
	field_str(w, "School", &l->school);
	field_str(w, "Groep", &l->groep);
	if (doc->regie.opp.s) {
		person(&w->v, doc, doc->regie.opp.s, true);
		field(w, "Regie over het OPP");
	}
	if (doc->betrokkenen.n) {
		heading(w, 3, "Betrokkenen");
		table_begin(w, "betrokkenen", 3, bhead, "lll");
		for (size_t i = 0; i < doc->betrokkenen.n; i++) {
			const struct opp_persoon *p = &doc->betrokkenen.v[i];
			const char *r = rol(p);
			opp_buf_puts(&c.b[0], p->naam.s ? p->naam.s : "");
			opp_buf_puts(&c.b[1], r ? r : "");
			opp_buf_puts(&c.b[2], p->organisatie.s ? p->organisatie.s : "");
			row(w, &c, 0);
		}
		table_end(w);
	}

	heading(w, 2, "3. Aanleiding en wat al is ingezet");
	for (size_t i = 0; i < doc->signalen.n; i++)
		n += doc->signalen.v[i].s != NULL;
	for (size_t i = 0, k = 0; i < doc->signalen.n; i++) {
		if (!doc->signalen.v[i].s)
			continue;
		opp_present_and(&w->v, k++, n);
		opp_buf_puts(&w->v, label(opp_label_signaal, OPP_SIG_COUNT, doc->signalen.v[i].i));
	}
	field(w, "Signalen");
	if (wn->aanleiding.n) {
		heading(w, 3, "Aanleiding voor het OT");
		opp_sink_list_begin(w->s, false);
		for (size_t i = 0; i < wn->aanleiding.n; i++)
			if (wn->aanleiding.v[i].s)
				opp_sink_item(w->s, label(opp_label_aanleiding, OPP_AANL_COUNT,
				                          wn->aanleiding.v[i].i));
		opp_sink_list_end(w->s);
	}
	field_md(w, "Observaties", &wn->observaties);
	if (wn->ingezet.n) {
		heading(w, 3, "Al ingezette ondersteuning en het effect");
		table_begin(w, "ingezet", 2, ihead, "ll");
		for (size_t i = 0; i < wn->ingezet.n; i++) {
			opp_buf_puts(&c.b[0], wn->ingezet.v[i].wat.s ? wn->ingezet.v[i].wat.s : "");
			opp_buf_puts(&c.b[1], wn->ingezet.v[i].effect.s ? wn->ingezet.v[i].effect.s : "");
			row(w, &c, 0);
		}
		table_end(w);
	} else {
		para(w, "Geen eerder ingezette ondersteuning vastgelegd.");
	}

	heading(w, 2, "4. Ondersteuningsbehoeften");
	list(w, "Wat de leerling nodig heeft", &doc->behoeften.leerling, false);
	list(w, "Wat de leerkracht nodig heeft", &doc->behoeften.leerkracht, false);
	list(w, "Bevorderende factoren", &doc->factoren.bevorderend, false);
	list(w, "Belemmerende factoren", &doc->factoren.belemmerend, false);
	if (doc->integratief_beeld.s) {
		heading(w, 3, "Integratief beeld");
		opp_sink_markdown(w->s, doc->integratief_beeld.s);
	}

	/* The goals as the school's document shows them. */
	heading(w, 2, "5. Doelen");
	if (!doc->doelen.n)
		para(w, "Nog geen doelen gesteld.");
	for (size_t i = 0; i < doc->doelen.n; i++) {
		const struct opp_doel *d = &doc->doelen.v[i];

		opp_buf_printf(&t, "Doel %zu", i + 1);
		heading(w, 3, t.ptr);
		opp_buf_reset(&t);
		doel_velden(w, d, false);
		opp_progress_story(w->s, doc, d, i + 1, w->o->today, w->o->voor);
	}

	heading(w, 2, "6. Gevraagde ondersteuning en bekostiging");
	if (doc->arrangement.n)
		arrangement_tabellen(w);
	heading(w, 3, "Aangevraagd bij het samenwerkingsverband");
	opp_sink_list_begin(w->s, false);
	for (size_t i = 0; i < doc->arrangement.n; i++) {
		const struct opp_inzet *z = &doc->arrangement.v[i];
		const struct opp_bekostiging *b = &z->bekostiging;

		if (!b->door.s || b->door.i != OPP_FIN_SWV)
			continue;
		opp_buf_printf(&t, "Inzet %zu, %s", i + 1,
		               label(opp_label_bekstatus, OPP_BEK_COUNT, b->status.i));
		if (b->aangevraagd.s) {
			opp_buf_puts(&t, ", aangevraagd op ");
			opp_present_date(&t, b->aangevraagd.i);
		}
		if (b->besluit.s) {
			opp_buf_puts(&t, ", besluit op ");
			opp_present_date(&t, b->besluit.i);
		}
		if (b->kenmerk.s)
			opp_buf_printf(&t, ", kenmerk %s", b->kenmerk.s);
		opp_buf_printf(&t, ": %s", z->wat.s ? z->wat.s : "");
		if (z->frequentie.s)
			opp_buf_printf(&t, " (%s)", z->frequentie.s);
		opp_sink_item(w->s, t.ptr);
		opp_buf_reset(&t);
	}
	opp_sink_list_end(w->s);

	heading(w, 2, "7. Uitstroomperspectief");
	if (!doc->uitstroomperspectief.richting.s && !doc->uitstroomperspectief.onderbouwing.s)
		para(w, "Nog niet vastgesteld.");
	field_str(w, "Richting", &doc->uitstroomperspectief.richting);
	field_md(w, "Onderbouwing", &doc->uitstroomperspectief.onderbouwing);

	heading(w, 2, "8. Ondertekening en toestemming");
	tekenaars(w, &toegang, &leerling);
	handtekeningen(w, toegang, leerling);
	vastgesteld(w);
	field_date(w, "Einddatum van het OPP", &doc->einddatum);
	heading(w, 3, "Toestemming en de stem van de leerling");
	for (size_t i = 0; i < doc->overleggen.n; i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];
		const char *wat = o->soort.s && o->soort.i == OPP_SOORT_EVALUATIE ? "Evaluatie" : "OT";

		if (o->toestemming.s) {
			opp_buf_printf(&t, "%s van ", wat);
			date(&t, &o->datum);
			opp_buf_puts(&t, ": de ouders gaven op ");
			opp_present_date(&t, o->toestemming.i);
			opp_buf_puts(&t, " toestemming om de stukken te delen.");
			para(w, t.ptr);
			opp_buf_reset(&t);
		}
		if (o->kindgesprek.datum.s) {
			opp_buf_printf(&t, "%s van ", wat);
			date(&t, &o->datum);
			opp_buf_puts(&t, ": de leerling is vooraf gehoord op ");
			opp_present_date(&t, o->kindgesprek.datum.i);
			opp_buf_putc(&t, '.');
			para(w, t.ptr);
			opp_buf_reset(&t);
			gehoord = true;
		}
	}
	if (!gehoord)
		para(w, "Geen kindgesprek vastgelegd.");
	cells_release(&c);
	opp_buf_release(&t);
}

void
opp_render_sink(struct opp_sink *s, const struct opp_doc *doc, const struct opp_render_opts *o)
{
	struct walk w = {s, doc, o, 0, OPP_BUF_INIT, {0}, doc, "", {{0}}, NULL};
	struct opp_doc *lezer = NULL;

	opp_handelingsdeel_digest(doc, w.digest);
	opp_akkoord_statussen(doc, w.digest, w.st);
	if (o->voor != OPP_VOOR_SCHOOL) {
		bool *found = NULL;
		w.doc = lezer = opp_voor_doc(doc, o->voor);
		if (o->voor == OPP_VOOR_OUDERS || o->voor == OPP_VOOR_LEERLING) {
			/* The words to explain are those of the document as the
			 * reader gets it, its free text and its own words: walk
			 * it once into plain text and look. */
			struct walk tw = w;
			struct opp_buf text = OPP_BUF_INIT;
			found = xcalloc(opp_woorden_n ? opp_woorden_n : 1, sizeof(*found));
			tw.s = opp_sink_to_buf(&opp_writer_text, &text);
			tw.v = (struct opp_buf)OPP_BUF_INIT;
			if (o->voor == OPP_VOOR_OUDERS)
				ouders_doc(&tw);
			else
				leerling_doc(&tw);
			opp_sink_end(tw.s);
			opp_sink_close(tw.s);
			opp_woorden_in(text.ptr, found);
			opp_buf_release(&text);
			opp_buf_release(&tw.v);
			w.woorden = found;
		}
		if (o->voor == OPP_VOOR_OUDERS)
			ouders_doc(&w);
		else if (o->voor == OPP_VOOR_LEERLING)
			leerling_doc(&w);
		else
			swv_doc(&w);
		free(found);
		opp_sink_end(s);
		opp_buf_release(&w.v);
		opp_doc_free(lezer);
		return;
	}
	opp_obligations_collect(&w.ob, doc, o->cfg, o->today);

	header(&w);
	leerling_regie(&w);
	betrokkenen(&w);
	waarneming(&w);
	overleggen(&w);
	behoeften(&w);
	integratief_beeld(&w);
	doelen(&w);
	arrangement(&w);
	afspraken(&w);
	uitstroom(&w);
	evaluaties(&w);
	ondertekening(&w);
	opp_sink_end(s);
	opp_buf_release(&w.v);
	opp_obligations_release(&w.ob);
}

void
opp_render(struct opp_buf *out, const struct opp_writer *wr, const struct opp_doc *doc,
           const struct opp_render_opts *o)
{
	struct opp_sink *s = opp_sink_to_buf(wr, out);

	opp_render_sink(s, doc, o);
	opp_sink_close(s);
}

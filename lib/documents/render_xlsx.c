/*
 * render_xlsx — one case as a workbook (`opp render --to xlsx`): every
 * section of the case file as a sheet to filter, in the document's order:
 * overzicht (leerling, regie, signalen, where the case stands,
 * uitstroomperspectief, gezinsplan, the handelingsdeel's digest),
 * betrokkenen, waarneming (with the support tried and its effect),
 * overleggen (with the kindgesprek), uitkomsten (per meeting and goal),
 * behoeften, factoren, doelen, voortgang (each goal's story), grafieken
 * (a native chart per measurable goal, drawn from the voortgang cells),
 * arrangement (with its bekostiging and the totals per funder),
 * afspraken and ondertekening (each party's agreement against the
 * current handelingsdeel).
 *
 * One table (sheets[]) names the sheets, their columns and what fills
 * them; the sheets that only list what the file says (overzicht,
 * waarneming, behoeften, factoren) are tables of parts themselves. The
 * facts come from where the documents get them: the case row and the
 * arrangement and afspraken rows of the caseload report (report.h, so
 * both workbooks show an item alike), facts/query.h, facts/handelingsdeel.h
 * and documents/progress.h. The writing itself, with its rules for text,
 * dates and amounts, is output/xlsx.c.
 */

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "documents/progress.h"
#include "documents/report.h"
#include "facts/handelingsdeel.h"
#include "facts/query.h"
#include "output/xlsx.h"

/* What every sheet is written from. */
struct book {
	struct opp_xlsx *x;
	struct opp_arena a;
	const char *file;
	const struct opp_doc *doc;
	const struct opp_render_opts *o;
	struct opp_case_row row;      /* where the case stands (report.h) */
	char digest[OPP_DIGEST_SIZE]; /* of the current handelingsdeel */
};

/* A sheet with the columns of NULL-terminated tables: cols, then more. */
static struct opp_xlsx_sheet *
sheet_new(struct opp_xlsx *x, const char *name, const struct opp_report_col *cols,
          const struct opp_report_col *more)
{
	struct opp_xlsx_col c[40];
	size_t n = 0;

	for (; cols && cols->name && n < sizeof(c) / sizeof(*c); cols++)
		c[n++] = (struct opp_xlsx_col){cols->name, cols->width, cols->wrap};
	for (; more && more->name && n < sizeof(c) / sizeof(*c); more++)
		c[n++] = (struct opp_xlsx_col){more->name, more->width, more->wrap};
	return opp_xlsx_sheet(x, name, c, n);
}

static void
put_str(struct opp_xlsx_sheet *sh, unsigned col, const char *s)
{
	opp_xlsx_text(sh, col, s, OPP_XLSX_PLAIN);
}

static void
put_date(struct opp_xlsx_sheet *sh, unsigned col, int32_t day)
{
	if (day != OPP_NODATE)
		opp_xlsx_date(sh, col, day);
}

static void
put_val_date(struct opp_xlsx_sheet *sh, unsigned col, const struct opp_val *v)
{
	if (v->s)
		opp_xlsx_date(sh, col, v->i);
}

static void
put_val_num(struct opp_xlsx_sheet *sh, unsigned col, const struct opp_val *v)
{
	if (v->s)
		opp_xlsx_number(sh, col, v->n);
}

/* An enum value by its name in the file (what a filter offers); names
 * are NULL-terminated, so a value out of range writes nothing. */
static void
put_enum(struct opp_xlsx_sheet *sh, unsigned col, const struct opp_val *v, const char *const *names,
         int count)
{
	if (v->s && v->i >= 0 && v->i < count)
		put_str(sh, col, names[v->i]);
}

/* ---- sheets that list what the file says: a table of parts ------------- */

enum part_kind {
	P_TEXT,    /* a struct opp_val of the document: its text */
	P_DATE,    /* a struct opp_val: a date */
	P_PERSON,  /* a struct opp_val: a betrokkene's id, written as the name */
	P_LIST,    /* a struct opp_list of texts: a row each */
	P_LABELS,  /* a struct opp_list of an enum: a row each, its Dutch label */
	P_INGEZET, /* waarneming.ingezet: a row each, wat and effect */
	R_TEXT,    /* a const char * of the case row */
	R_INT,     /* an int of the case row */
	R_SIZE,    /* a size_t of the case row */
	R_DATE,    /* an int32_t day of the case row, or OPP_NODATE */
	B_DIGEST,  /* the current handelingsdeel's digest */
	B_TODAY,   /* the "as of" day */
};

struct part {
	const char *name; /* the first column */
	enum part_kind kind;
	size_t off;                /* into struct opp_doc (P_*) or struct opp_case_row (R_*, after them) */
	const char *const *labels; /* P_LABELS */
	int nlabels;
};

/* clang-format off */
#define DOC(kind, name, field)         {name, kind, offsetof(struct opp_doc, field), NULL, 0}
#define LABELS(name, field, labels, n) {name, P_LABELS, offsetof(struct opp_doc, field), labels, n}
#define ROW(kind, name, field)         {name, kind, offsetof(struct opp_case_row, field), NULL, 0}
#define BOOK(kind, name)               {name, kind, 0, NULL, 0}
#define PARTS_END                      {NULL, P_TEXT, 0, NULL, 0}
/* clang-format on */

static const struct part overzicht_parts[] = {
        DOC(P_TEXT, "leerling", leerling.naam),
        DOC(P_DATE, "geboortedatum", leerling.geboortedatum),
        DOC(P_TEXT, "school", leerling.school),
        DOC(P_TEXT, "groep", leerling.groep),
        DOC(P_TEXT, "gemeente", leerling.gemeente),
        ROW(R_TEXT, "regievoerder", regie),
        DOC(P_PERSON, "regievoerder gezinsplan", regie.gezinsplan),
        LABELS("signaal", signalen, opp_label_signaal, OPP_SIG_COUNT),
        ROW(R_INT, "stap", stap),
        ROW(R_TEXT, "fase", fase),
        ROW(R_SIZE, "actieve doelen", doelen),
        ROW(R_DATE, "volgende evaluatie", evaluatie),
        ROW(R_SIZE, "achterstallig", achterstallig),
        ROW(R_SIZE, "zonder voortgang", zonder_voortgang),
        ROW(R_SIZE, "stagnatie", stagnatie),
        DOC(P_TEXT, "integratief beeld", integratief_beeld),
        DOC(P_DATE, "vastgesteld", vastgesteld),
        DOC(P_DATE, "einddatum", einddatum),
        DOC(P_TEXT, "uitstroomperspectief", uitstroomperspectief.richting),
        DOC(P_TEXT, "onderbouwing uitstroom", uitstroomperspectief.onderbouwing),
        DOC(P_DATE, "gezinsplan opgesteld", gezinsplan.datum),
        DOC(P_TEXT, "afstemming gezinsplan", gezinsplan.afstemming),
        BOOK(B_DIGEST, "handelingsdeel"),
        BOOK(B_TODAY, "peildatum"),
        PARTS_END,
};

static const struct part waarneming_parts[] = {
        DOC(P_DATE, "ouders geïnformeerd", waarneming.ouders_geinformeerd),
        LABELS("aanleiding", waarneming.aanleiding, opp_label_aanleiding, OPP_AANL_COUNT),
        DOC(P_TEXT, "observaties", waarneming.observaties),
        DOC(P_LIST, "hypothese", waarneming.hypothesen),
        DOC(P_INGEZET, "ingezet", waarneming.ingezet),
        PARTS_END,
};

static const struct part behoeften_parts[] = {
        DOC(P_LIST, "leerling", behoeften.leerling),
        DOC(P_LIST, "ouders", behoeften.ouders),
        DOC(P_LIST, "leerkracht", behoeften.leerkracht),
        DOC(P_TEXT, "eigen bijdrage", behoeften.eigen_bijdrage),
        PARTS_END,
};

static const struct part factoren_parts[] = {
        DOC(P_LIST, "bevorderend", factoren.bevorderend),
        DOC(P_LIST, "belemmerend", factoren.belemmerend),
        PARTS_END,
};

/* A row with the part's name; false past the sheet's last row. */
static bool
part_row(struct opp_xlsx_sheet *sh, const struct part *p)
{
	if (!opp_xlsx_row(sh))
		return false;
	put_str(sh, 0, p->name);
	return true;
}

static void
fill_parts(struct book *b, struct opp_xlsx_sheet *sh, const struct part *parts)
{
	for (const struct part *p = parts; p->name; p++) {
		const void *at =
		        p->kind < R_TEXT ? (const char *)b->doc + p->off : (const char *)&b->row + p->off;
		const struct opp_val *v = at;
		const struct opp_list *l = at;

		switch (p->kind) {
		case P_TEXT:
			if (v->s && *v->s && part_row(sh, p))
				put_str(sh, 1, v->s);
			break;
		case P_DATE:
			if (v->s && part_row(sh, p))
				opp_xlsx_date(sh, 1, v->i);
			break;
		case P_PERSON:
			if (v->s && part_row(sh, p))
				put_str(sh, 1, opp_report_naam(b->doc, v->s));
			break;
		case P_LIST:
			for (size_t i = 0; i < l->n; i++)
				if (l->v[i].s && *l->v[i].s && part_row(sh, p))
					put_str(sh, 1, l->v[i].s);
			break;
		case P_LABELS:
			for (size_t i = 0; i < l->n; i++)
				if (l->v[i].s && l->v[i].i >= 0 && l->v[i].i < p->nlabels && part_row(sh, p))
					put_str(sh, 1, p->labels[l->v[i].i]);
			break;
		case P_INGEZET:
			for (size_t i = 0; i < b->doc->waarneming.ingezet.n; i++) {
				const struct opp_ingezet *z = &b->doc->waarneming.ingezet.v[i];

				if (part_row(sh, p)) {
					put_str(sh, 1, z->wat.s);
					put_str(sh, 2, z->effect.s);
				}
			}
			break;
		case R_TEXT:
			if (*(const char *const *)at && part_row(sh, p))
				put_str(sh, 1, *(const char *const *)at);
			break;
		case R_INT:
			if (part_row(sh, p))
				opp_xlsx_number(sh, 1, *(const int *)at);
			break;
		case R_SIZE:
			if (part_row(sh, p))
				opp_xlsx_number(sh, 1, (double)*(const size_t *)at);
			break;
		case R_DATE:
			if (*(const int32_t *)at != OPP_NODATE && part_row(sh, p))
				opp_xlsx_date(sh, 1, *(const int32_t *)at);
			break;
		case B_DIGEST:
			if (part_row(sh, p))
				put_str(sh, 1, b->digest);
			break;
		case B_TODAY:
			if (part_row(sh, p))
				opp_xlsx_date(sh, 1, b->o->today);
			break;
		}
	}
}

/* ---- sheets of records ------------------------------------------------- */

static void
fill_betrokkenen(struct book *b, struct opp_xlsx_sheet *sh)
{
	const struct opp_doc *doc = b->doc;

	for (size_t i = 0; i < doc->betrokkenen.n && opp_xlsx_row(sh); i++) {
		const struct opp_persoon *p = &doc->betrokkenen.v[i];
		bool opp = p->id.s && doc->regie.opp.s && strcmp(p->id.s, doc->regie.opp.s) == 0;
		bool gezin =
		        p->id.s && doc->regie.gezinsplan.s && strcmp(p->id.s, doc->regie.gezinsplan.s) == 0;

		put_str(sh, 0, p->id.s);
		put_str(sh, 1, p->naam.s);
		put_enum(sh, 2, &p->rol, opp_rol_names, OPP_ROL_COUNT);
		put_str(sh, 3, p->organisatie.s);
		put_str(sh, 4, p->email.s);
		put_str(sh, 5, p->telefoon.s);
		put_str(sh, 6, opp && gezin ? "opp, gezinsplan" : opp ? "opp" : gezin ? "gezinsplan" : NULL);
	}
}

static void
fill_overleggen(struct book *b, struct opp_xlsx_sheet *sh)
{
	const struct opp_doc *doc = b->doc;

	for (size_t i = 0; i < doc->overleggen.n && opp_xlsx_row(sh); i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];
		const char *status = opp_label_overleg[opp_overleg_stand(o, b->o->today)];

		put_val_date(sh, 0, &o->datum);
		if (o->tijd.s)
			opp_xlsx_time(sh, 1, o->tijd.i);
		opp_xlsx_number(sh, 2, o->duur.i);
		put_enum(sh, 3, &o->soort, opp_soort_names, OPP_SOORT_COUNT);
		put_str(sh, 4, o->datum.s ? status : NULL);
		put_str(sh, 5, o->doel.s);
		put_str(sh, 6, o->locatie.s);
		put_str(sh, 7, opp_report_naam(doc, o->voorzitter.s));
		put_str(sh, 8, opp_report_join(&b->a, doc, &o->genodigden, true));
		put_str(sh, 9, opp_report_join(&b->a, doc, &o->aanwezig, true));
		put_val_date(sh, 10, &o->toestemming);
		put_val_date(sh, 11, &o->kindgesprek.datum);
		put_str(sh, 12, opp_report_naam(doc, o->kindgesprek.door.s));
		put_str(sh, 13, o->verslag.s);
		put_str(sh, 14, o->bijstelling.s);
	}
}

/* One row per uitkomst: the meeting, the goal (its number and text as
 * the document numbers them) and what came of it. */
static void
fill_uitkomsten(struct book *b, struct opp_xlsx_sheet *sh)
{
	const struct opp_doc *doc = b->doc;

	for (size_t i = 0; i < doc->overleggen.n; i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];

		for (size_t k = 0; k < o->uitkomsten.n && opp_xlsx_row(sh); k++) {
			const struct opp_paar *p = &o->uitkomsten.v[k];
			const struct opp_doel *d = opp_doc_doel(doc, p->key.s);

			put_val_date(sh, 0, &o->datum);
			put_enum(sh, 1, &o->soort, opp_soort_names, OPP_SOORT_COUNT);
			put_str(sh, 2, p->key.s);
			if (d)
				opp_xlsx_number(sh, 3, (double)(d - doc->doelen.v) + 1);
			put_str(sh, 4, d ? d->doel.s : NULL);
			put_enum(sh, 5, &p->value, opp_uitkomst_names, OPP_UIT_COUNT);
		}
	}
}

static void
fill_doelen(struct book *b, struct opp_xlsx_sheet *sh)
{
	const struct opp_doc *doc = b->doc;
	int32_t today = b->o->today;
	struct opp_buf t = OPP_BUF_INIT;

	for (size_t i = 0; i < doc->doelen.n && opp_xlsx_row(sh); i++) {
		const struct opp_doel *d = &doc->doelen.v[i];
		int32_t gesteld;

		put_str(sh, 0, d->id.s);
		put_enum(sh, 1, &d->eigenaar, opp_eigenaar_names, OPP_EIG_COUNT);
		put_str(sh, 2, d->doel.s);
		if (d->context.i >= 0 && d->context.i < OPP_CTX_COUNT) /* default school */
			put_str(sh, 3, opp_context_names[d->context.i]);
		if (opp_doel_gesteld(doc, d, today, &gesteld))
			opp_xlsx_date(sh, 4, gesteld);
		put_val_date(sh, 5, &d->termijn);
		put_str(sh, 6, opp_doelstatus_names[opp_doel_status(doc, d, today)]);
		put_str(sh, 7, d->domein.s);
		put_str(sh, 8, d->beginsituatie.s);
		put_str(sh, 9, d->criterium.s);
		put_val_num(sh, 10, &d->beginwaarde);
		put_val_num(sh, 11, &d->streefwaarde);
		put_str(sh, 12, d->eenheid.s);
		opp_buf_reset(&t);
		opp_progress_koers(&t, doc, d, today, OPP_VOOR_SCHOOL);
		put_str(sh, 13, t.ptr);
		opp_buf_reset(&t);
		for (size_t k = 0; d->id.s && k < doc->arrangement.n; k++)
			if (opp_inzet_dient(doc, &doc->arrangement.v[k], d) && doc->arrangement.v[k].id.s)
				opp_buf_printf(&t, "%s%s", t.len ? ", " : "", doc->arrangement.v[k].id.s);
		put_str(sh, 14, t.ptr);
	}
	opp_buf_release(&t);
}

/* The report's columns without bestand and leerling, then the dates of
 * the bekostiging's application and decision. */
static void
fill_arrangement(struct book *b, struct opp_xlsx_sheet *sh)
{
	size_t n = opp_report_ncols(opp_inzet_cols) - 2;
	struct opp_cell c[32];

	for (size_t i = 0; i < b->doc->arrangement.n && opp_xlsx_row(sh); i++) {
		const struct opp_inzet *z = &b->doc->arrangement.v[i];
		struct opp_inzet_row r;

		opp_inzet_row_fill(&r, &b->a, b->file, b->doc, z);
		opp_cells_xlsx(sh, 0, c + 2, opp_inzet_cells(&r, c) - 2);
		put_val_date(sh, (unsigned)n, &z->bekostiging.aangevraagd);
		put_val_date(sh, (unsigned)n + 1, &z->bekostiging.besluit);
	}
}

/* Totals per funder below the data after a blank row, outside the
 * filter, as the documents count them (render.c): items, items without
 * an amount, the sum of the amounts (blank when none of its items has
 * one). */
static void
arrangement_totals(struct book *b, struct opp_xlsx_sheet *sh)
{
	static const char *const head[] = {"totaal per financier", "inzetten", "zonder bedrag", "bedrag"};
	struct opp_funder_total tot[OPP_FIN_COUNT + 1];

	if (!b->doc->arrangement.n)
		return;
	opp_render_totals(b->doc, tot);
	opp_xlsx_row(sh);
	if (opp_xlsx_row(sh))
		for (unsigned k = 0; k < 4; k++)
			opp_xlsx_text(sh, k, head[k], OPP_XLSX_HEAD);
	for (int f = 0; f <= OPP_FIN_COUNT; f++) {
		bool all = f == OPP_FIN_COUNT;

		if (!tot[f].items || !opp_xlsx_row(sh))
			continue;
		opp_xlsx_text(sh, 0, all ? "totaal" : opp_financier_names[f],
		              all ? OPP_XLSX_BOLD : OPP_XLSX_PLAIN);
		opp_xlsx_number(sh, 1, (double)tot[f].items);
		opp_xlsx_number(sh, 2, (double)tot[f].without);
		if (tot[f].items > tot[f].without)
			opp_xlsx_euro(sh, 3, (double)tot[f].cents / 100.0,
			              all ? OPP_XLSX_BOLD : OPP_XLSX_PLAIN);
	}
}

static void
fill_afspraken(struct book *b, struct opp_xlsx_sheet *sh)
{
	size_t n = opp_report_ncols(opp_afspraak_cols) - 2;
	struct opp_cell c[32];

	for (size_t i = 0; i < b->doc->afspraken.n && opp_xlsx_row(sh); i++) {
		struct opp_afspraak_row r;

		opp_afspraak_row_fill(&r, &b->a, b->file, b->doc, &b->doc->afspraken.v[i], b->o->today);
		opp_cells_xlsx(sh, 0, c + 2, opp_afspraak_cells(&r, c) - 2); /* without bestand, leerling */
		put_date(sh, (unsigned)n, r.gedaan);
	}
}

/* Each party's agreement, as the document's signature page says it
 * (handelingsdeel.h): ouders and school always, the access worker and the
 * pupil when they must agree (the rule's questions, query.h) or did. */
static void
fill_ondertekening(struct book *b, struct opp_xlsx_sheet *sh)
{
	struct opp_akkoord_status st[OPP_PARTIJ_COUNT];
	struct opp_buf t = OPP_BUF_INIT;
	int32_t start;

	opp_akkoord_statussen(b->doc, b->digest, st);
	for (int p = 0; p < OPP_PARTIJ_COUNT; p++) {
		const struct opp_akkoorden *a = opp_partij_akkoorden(b->doc, (enum opp_partij)p);
		bool nodig = p == OPP_PARTIJ_OUDERS || p == OPP_PARTIJ_SCHOOL ||
		             (p == OPP_PARTIJ_TOEGANG && opp_toegang_start(b->doc, &start)) ||
		             (p == OPP_PARTIJ_LEERLING && opp_leerling_tekent(b->doc, b->o->cfg));

		if ((!nodig && !a->n) || !opp_xlsx_row(sh))
			continue;
		put_str(sh, 0, opp_partij_names[p]);
		opp_buf_reset(&t);
		opp_akkoord_tekst(&t, &st[p]);
		put_str(sh, 1, t.ptr);
		if (st[p].laatste) {
			put_val_date(sh, 2, &st[p].laatste->datum);
			put_str(sh, 3, st[p].laatste->handelingsdeel.s);
		}
		opp_xlsx_number(sh, 4, (double)a->n);
	}
	opp_buf_release(&t);
}
/* ---- progress: the story of each goal, and a chart per measurable one -- */

static const struct opp_report_col voortgang_cols[] = {
        {"doel", 18, false, false, NULL},   {"nr", 4, true, false, NULL},
        {"datum", 11, false, false, NULL},  {"wat", 26, false, true, NULL},
        {"door", 20, false, false, NULL},   {"waarde", 8, true, false, NULL},
        {"verwacht", 9, true, false, NULL}, {"toelichting", 60, false, true, NULL},
        {NULL, 0, false, false, NULL},
};

/* One row of the voortgang sheet; the expected value when measurable. */
static void
voortgang_row(struct opp_xlsx_sheet *sh, const struct opp_doc *doc, const struct opp_doel *d, size_t nr,
              int32_t day, const char *wat, int32_t today)
{
	if (!opp_xlsx_row(sh))
		return;
	put_str(sh, 0, d->id.s);
	opp_xlsx_number(sh, 1, (double)nr);
	put_date(sh, 2, day);
	put_str(sh, 3, wat);
	if (day != OPP_NODATE && opp_doel_meetbaar(doc, d, today))
		opp_xlsx_number(sh, 6, opp_doel_verwacht(doc, d, today, day));
}

static void
voortgang_goal(struct opp_xlsx_sheet *sh, struct opp_xlsx_sheet *charts, const struct opp_doc *doc,
               const struct opp_doel *d, size_t nr, int32_t today, size_t *nchart)
{
	struct opp_verloop *v;
	size_t n = opp_doel_verloop(doc, d, today, &v);
	bool meet = opp_doel_meetbaar(doc, d, today), termijn = !meet;
	uint32_t first = opp_xlsx_row_at(sh) + 1;
	struct opp_buf b = OPP_BUF_INIT;

	for (size_t i = 0; i < n; i++) {
		const struct opp_verloop *e = &v[i];
		int32_t u;

		/* The line's end, in date order among the rows. */
		if (!termijn && (e->datum < 0 || e->datum > d->termijn.i)) {
			voortgang_row(sh, doc, d, nr, d->termijn.i, "termijn", today);
			termijn = true;
		}
		opp_buf_reset(&b);
		switch (e->soort) {
		case OPP_VERLOOP_GESTELD:
			voortgang_row(sh, doc, d, nr, e->datum, "doel gesteld", today);
			break;
		case OPP_VERLOOP_NOTITIE:
			voortgang_row(sh, doc, d, nr, e->datum, "voortgang", today);
			put_str(sh, 4, opp_report_naam(doc, e->note->door.s));
			if (e->note->waarde.s)
				opp_xlsx_number(sh, 5, e->note->waarde.n);
			put_str(sh, 7, e->note->tekst.s);
			break;
		case OPP_VERLOOP_UITKOMST:
			u = (int32_t)e->uitkomst->value.i;
			opp_buf_printf(&b, "evaluatie: %s", opp_label_uitkomst[u]);
			voortgang_row(sh, doc, d, nr, e->datum, b.ptr, today);
			if (u == OPP_UIT_NIET_BEHAALD || u == OPP_UIT_DEELS)
				put_str(sh, 7, e->at->bijstelling.s);
			break;
		case OPP_VERLOOP_AFGESLOTEN:
			opp_buf_printf(&b, "afgesloten: %s", opp_label_doelstatus[d->status.i]);
			voortgang_row(sh, doc, d, nr, OPP_NODATE, b.ptr, today);
			break;
		}
	}
	if (!termijn)
		voortgang_row(sh, doc, d, nr, d->termijn.i, "termijn", today);
	if (meet) {
		struct opp_xlsx_series se[2] = {
		        {"verwacht", sh, 2, 6, first, opp_xlsx_row_at(sh), true},
		        {"gemeten", sh, 2, 5, first, opp_xlsx_row_at(sh), false},
		};
		opp_buf_reset(&b);
		opp_buf_printf(&b, "Doel %zu: %s", nr, d->id.s ? d->id.s : "");
		if (opp_xlsx_row(charts))
			put_str(charts, 0, b.ptr);
		/* 20 rows a chart (its default height is 15), in one column. */
		opp_xlsx_chart(charts, (uint32_t)(1 + *nchart * 20 + 1), 0, b.ptr, d->eenheid.s, se, 2);
		for (int k = 0; k < 19; k++)
			opp_xlsx_row(charts);
		++*nchart;
	}
	opp_buf_release(&b);
	free(v);
}

static void
fill_voortgang(struct book *b, struct opp_xlsx_sheet *sh)
{
	static const struct opp_report_col chart_cols[] = {{"grafiek", 60, false, false, NULL},
	                                                   {NULL, 0, false, false, NULL}};
	const struct opp_doc *doc = b->doc;
	struct opp_xlsx_sheet *charts = NULL;
	size_t nchart = 0;

	for (size_t i = 0; i < doc->doelen.n; i++)
		if (opp_doel_meetbaar(doc, &doc->doelen.v[i], b->o->today) && !charts)
			charts = sheet_new(b->x, "grafieken", chart_cols, NULL);
	for (size_t i = 0; i < doc->doelen.n; i++)
		voortgang_goal(sh, charts, doc, &doc->doelen.v[i], i + 1, b->o->today, &nchart);
}

/* ---- the sheets -------------------------------------------------------- */

/* Columns {name, width, right, wrap}: long text wraps, so a column stays
 * at most 80 characters wide. */
static const struct opp_report_col kv_cols[] = {
        {"veld", 26, false, false, NULL}, {"waarde", 80, false, true, NULL}, {NULL, 0, false, false, NULL}};

static const struct opp_report_col betrokkene_cols[] = {
        {"id", 18, false, false, NULL},    {"naam", 26, false, false, NULL},
        {"rol", 26, false, false, NULL},   {"organisatie", 30, false, false, NULL},
        {"email", 30, false, false, NULL}, {"telefoon", 14, false, false, NULL},
        {"regie", 16, false, false, NULL}, {NULL, 0, false, false, NULL},
};

static const struct opp_report_col waarneming_cols[] = {{"onderdeel", 20, false, false, NULL},
                                                        {"tekst", 80, false, true, NULL},
                                                        {"effect", 50, false, true, NULL},
                                                        {NULL, 0, false, false, NULL}};

static const struct opp_report_col overleg_cols[] = {
        {"datum", 11, false, false, NULL},
        {"tijd", 7, false, false, NULL},
        {"duur", 6, true, false, NULL},
        {"soort", 10, false, false, NULL},
        {"status", 18, false, false, NULL},
        {"doel", 50, false, true, NULL},
        {"locatie", 24, false, true, NULL},
        {"voorzitter", 20, false, false, NULL},
        {"genodigden", 40, false, true, NULL},
        {"aanwezig", 40, false, true, NULL},
        {"toestemming", 12, false, false, NULL},
        {"kindgesprek", 12, false, false, NULL},
        {"kindgesprek door", 20, false, false, NULL},
        {"verslag", 80, false, true, NULL},
        {"bijstelling", 50, false, true, NULL},
        {NULL, 0, false, false, NULL},
};

static const struct opp_report_col uitkomst_cols[] = {
        {"datum", 11, false, false, NULL},       {"soort", 10, false, false, NULL},
        {"doel", 18, false, false, NULL},        {"nr", 4, true, false, NULL},
        {"omschrijving", 60, false, true, NULL}, {"uitkomst", 13, false, false, NULL},
        {NULL, 0, false, false, NULL},
};

static const struct opp_report_col behoefte_cols[] = {
        {"van", 16, false, false, NULL}, {"behoefte", 80, false, true, NULL}, {NULL, 0, false, false, NULL}};

static const struct opp_report_col factor_cols[] = {
        {"soort", 14, false, false, NULL}, {"factor", 80, false, true, NULL}, {NULL, 0, false, false, NULL}};

static const struct opp_report_col doel_cols[] = {
        {"id", 18, false, false, NULL},           {"eigenaar", 11, false, false, NULL},
        {"doel", 60, false, true, NULL},          {"context", 9, false, false, NULL},
        {"gesteld", 11, false, false, NULL},      {"termijn", 11, false, false, NULL},
        {"status", 12, false, false, NULL},       {"domein", 20, false, false, NULL},
        {"beginsituatie", 40, false, true, NULL}, {"criterium", 40, false, true, NULL},
        {"beginwaarde", 11, true, false, NULL},   {"streefwaarde", 12, true, false, NULL},
        {"eenheid", 20, false, true, NULL},       {"koers", 30, false, true, NULL},
        {"inzet", 24, false, true, NULL},         {NULL, 0, false, false, NULL},
};

static const struct opp_report_col bekostiging_more[] = {{"aangevraagd", 12, false, false, NULL},
                                                         {"besluit", 11, false, false, NULL},
                                                         {NULL, 0, false, false, NULL}};

static const struct opp_report_col afspraak_more[] = {{"gedaan", 11, false, false, NULL},
                                                      {NULL, 0, false, false, NULL}};

static const struct opp_report_col ondertekening_cols[] = {
        {"partij", 10, false, false, NULL},   {"akkoord", 40, false, true, NULL},
        {"datum", 11, false, false, NULL},    {"handelingsdeel", 40, false, true, NULL},
        {"akkoorden", 10, true, false, NULL}, {NULL, 0, false, false, NULL},
};

/* The workbook, sheet by sheet, in the document's order. The sections
 * after the report's overview start with bestand and leerling, which one
 * case does not repeat (+ 2). */
static const struct sheet_def {
	const char *name;
	const struct opp_report_col *cols, *more;
	void (*fill)(struct book *b, struct opp_xlsx_sheet *sh);
	void (*below)(struct book *b, struct opp_xlsx_sheet *sh); /* after the filtered rows */
	const struct part *parts; /* instead of fill: a sheet of what the file says, part by part */
} sheets[] = {
        {"overzicht", kv_cols, NULL, NULL, NULL, overzicht_parts},
        {"betrokkenen", betrokkene_cols, NULL, fill_betrokkenen, NULL, NULL},
        {"waarneming", waarneming_cols, NULL, NULL, NULL, waarneming_parts},
        {"overleggen", overleg_cols, NULL, fill_overleggen, NULL, NULL},
        {"uitkomsten", uitkomst_cols, NULL, fill_uitkomsten, NULL, NULL},
        {"behoeften", behoefte_cols, NULL, NULL, NULL, behoeften_parts},
        {"factoren", factor_cols, NULL, NULL, NULL, factoren_parts},
        {"doelen", doel_cols, NULL, fill_doelen, NULL, NULL},
        {"voortgang", voortgang_cols, NULL, fill_voortgang, NULL, NULL},
        {"arrangement", opp_inzet_cols + 2, bekostiging_more, fill_arrangement, arrangement_totals, NULL},
        {"afspraken", opp_afspraak_cols + 2, afspraak_more, fill_afspraken, NULL, NULL},
        {"ondertekening", ondertekening_cols, NULL, fill_ondertekening, NULL, NULL},
};

/* The workbook's fixed creation time: the caller's, else the "as of" day. */
static int64_t
created(const struct opp_render_opts *o)
{
	return o->created ? o->created : (int64_t)o->today * 86400;
}

bool
opp_render_xlsx(const char *path, const struct opp_doc *doc, const struct opp_render_opts *o, char **err)
{
	struct book b = {.doc = doc, .o = o, .file = doc->name ? doc->name : ""};

	if (!(b.x = opp_xlsx_open(path, &(struct opp_xlsx_opts){false, created(o), "OPP"}, err)))
		return false;
	opp_arena_init(&b.a);
	opp_case_row_fill(&b.row, &b.a, b.file, doc, NULL, o->cfg, o->today);
	opp_handelingsdeel_digest(doc, b.digest);
	for (size_t i = 0; i < sizeof(sheets) / sizeof(*sheets); i++) {
		struct opp_xlsx_sheet *sh = sheet_new(b.x, sheets[i].name, sheets[i].cols, sheets[i].more);

		if (!sh)
			continue;
		if (sheets[i].parts)
			fill_parts(&b, sh, sheets[i].parts);
		else
			sheets[i].fill(&b, sh);
		opp_xlsx_filter(sh);
		if (sheets[i].below)
			sheets[i].below(&b, sh);
	}
	opp_arena_release(&b.a);
	return opp_xlsx_close(b.x, path, err);
}

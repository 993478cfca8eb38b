/*
 * render_xlsx — one case as a workbook (`opp render --to xlsx`): sheets
 * overzicht, doelen, arrangement with the totals per funder, afspraken,
 * overleggen, voortgang (each goal's story) and grafieken (a native chart
 * per measurable goal, drawn from the voortgang cells). The arrangement and afspraken rows are the caseload
 * report's (report.h), so both workbooks show an item alike. The writing
 * itself, with its rules for text, dates and amounts, is output/xlsx.c.
 */

#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "documents/report.h"
#include "facts/query.h"
#include "output/xlsx.h"

/* A sheet with the columns of a NULL-terminated table. */
static struct opp_xlsx_sheet *
sheet_new(struct opp_xlsx *x, const char *name, const struct opp_report_col *cols)
{
	struct opp_xlsx_col c[32];
	size_t n = 0;

	for (; cols[n].name && n < sizeof(c) / sizeof(*c); n++)
		c[n] = (struct opp_xlsx_col){cols[n].name, cols[n].width};
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
put_enum(struct opp_xlsx_sheet *sh, unsigned col, const struct opp_val *v, const char *const *names)
{
	if (v->s)
		put_str(sh, col, names[v->i]);
}

/* ---- one case ------------------------------------------------------------ */

static const struct opp_report_col kv_cols[] = {{"veld", 24, false}, {"waarde", 60, false}, {NULL, 0, false}};

static const struct opp_report_col doel_cols[] = {
        {"id", 18, false},        {"eigenaar", 11, false},
        {"doel", 60, false},      {"context", 9, false},
        {"termijn", 11, false},   {"status", 12, false},
        {"domein", 20, false},    {"beginsituatie", 40, false},
        {"criterium", 40, false}, {"inzet", 30, false},
        {NULL, 0, false},
};

static const struct opp_report_col overleg_cols[] = {
        {"datum", 11, false},    {"tijd", 7, false},         {"duur", 6, false},
        {"soort", 10, false},    {"status", 18, false},      {"doel", 50, false},
        {"locatie", 24, false},  {"voorzitter", 20, false},  {"genodigden", 40, false},
        {"aanwezig", 40, false}, {"toestemming", 12, false}, {"kindgesprek", 12, false},
        {"verslag", 60, false},  {"bijstelling", 40, false}, {NULL, 0, false},
};

static void
kv_str(struct opp_xlsx_sheet *sh, const char *key, const char *s)
{
	if (!s || !*s || !opp_xlsx_row(sh))
		return;
	put_str(sh, 0, key);
	put_str(sh, 1, s);
}

static void
kv_date(struct opp_xlsx_sheet *sh, const char *key, int32_t day)
{
	if (day == OPP_NODATE || !opp_xlsx_row(sh))
		return;
	put_str(sh, 0, key);
	opp_xlsx_date(sh, 1, day);
}

static void
kv_num(struct opp_xlsx_sheet *sh, const char *key, double v)
{
	if (!opp_xlsx_row(sh))
		return;
	put_str(sh, 0, key);
	opp_xlsx_number(sh, 1, v);
}

static void
case_overzicht(struct opp_xlsx *x, struct opp_arena *a, const char *file, const struct opp_doc *doc,
               const struct opp_render_opts *o)
{
	struct opp_xlsx_sheet *sh = sheet_new(x, "overzicht", kv_cols);
	struct opp_case_row r;
	const struct opp_leerling *l = &doc->leerling;

	if (!sh)
		return;
	opp_case_row_fill(&r, a, file, doc, NULL, o->cfg, o->today);
	kv_str(sh, "leerling", l->naam.s);
	kv_date(sh, "geboortedatum", l->geboortedatum.s ? l->geboortedatum.i : OPP_NODATE);
	kv_str(sh, "school", l->school.s);
	kv_str(sh, "groep", l->groep.s);
	kv_str(sh, "gemeente", l->gemeente.s);
	kv_str(sh, "regievoerder", r.regie);
	kv_str(sh, "regievoerder gezinsplan", opp_report_naam(doc, doc->regie.gezinsplan.s));
	kv_num(sh, "stap", r.stap);
	kv_str(sh, "fase", r.fase);
	kv_num(sh, "actieve doelen", (double)r.doelen);
	kv_date(sh, "volgende evaluatie", r.evaluatie);
	kv_num(sh, "achterstallig", (double)r.achterstallig);
	kv_date(sh, "vastgesteld", doc->vastgesteld.s ? doc->vastgesteld.i : OPP_NODATE);
	kv_date(sh, "einddatum", doc->einddatum.s ? doc->einddatum.i : OPP_NODATE);
	kv_str(sh, "uitstroomperspectief", doc->uitstroomperspectief.richting.s);
	kv_date(sh, "peildatum", o->today);
	opp_xlsx_filter(sh);
}

static void
case_doelen(struct opp_xlsx *x, const struct opp_doc *doc, int32_t today)
{
	struct opp_xlsx_sheet *sh = sheet_new(x, "doelen", doel_cols);

	if (!sh)
		return;
	for (size_t i = 0; i < doc->doelen.n && opp_xlsx_row(sh); i++) {
		const struct opp_doel *d = &doc->doelen.v[i];
		struct opp_buf inzet = OPP_BUF_INIT;

		put_str(sh, 0, d->id.s);
		put_enum(sh, 1, &d->eigenaar, opp_eigenaar_names);
		put_str(sh, 2, d->doel.s);
		if (d->context.i >= 0 && d->context.i < OPP_CTX_COUNT) /* default school */
			put_str(sh, 3, opp_context_names[d->context.i]);
		put_val_date(sh, 4, &d->termijn);
		put_str(sh, 5, opp_doelstatus_names[opp_doel_status(doc, d, today)]);
		put_str(sh, 6, d->domein.s);
		put_str(sh, 7, d->beginsituatie.s);
		put_str(sh, 8, d->criterium.s);
		for (size_t k = 0; d->id.s && k < doc->arrangement.n; k++)
			if (opp_inzet_dient(doc, &doc->arrangement.v[k], d) && doc->arrangement.v[k].id.s)
				opp_buf_printf(&inzet, "%s%s", inzet.len ? ", " : "",
				               doc->arrangement.v[k].id.s);
		put_str(sh, 9, inzet.ptr);
		opp_buf_release(&inzet);
	}
	opp_xlsx_filter(sh);
}

static void
case_arrangement(struct opp_xlsx *x, struct opp_arena *a, const char *file, const struct opp_doc *doc)
{
	static const char *const head[] = {"totaal per financier", "inzetten", "zonder bedrag", "bedrag"};
	struct opp_funder_total tot[OPP_FIN_COUNT + 1];
	struct opp_xlsx_sheet *sh = sheet_new(x, "arrangement", opp_inzet_cols + 2);
	struct opp_cell c[32];

	if (!sh)
		return;
	for (size_t i = 0; i < doc->arrangement.n && opp_xlsx_row(sh); i++) {
		struct opp_inzet_row r;

		opp_inzet_row_fill(&r, a, file, doc, &doc->arrangement.v[i]);
		opp_cells_xlsx(sh, 0, c + 2, opp_inzet_cells(&r, c) - 2); /* without bestand, leerling */
	}
	opp_xlsx_filter(sh);
	if (!doc->arrangement.n)
		return;
	/* Totals per funder below the data after a blank row, outside the
	 * filter, as the documents count them (render.c): items, items
	 * without an amount, the sum of the amounts (blank when none of its
	 * items has one). */
	opp_render_totals(doc, tot);
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
case_afspraken(struct opp_xlsx *x, struct opp_arena *a, const char *file, const struct opp_doc *doc,
               int32_t today)
{
	struct opp_report_col cols[16];
	struct opp_cell cell[32];
	struct opp_xlsx_sheet *sh;
	size_t k = 0;

	for (const struct opp_report_col *c = opp_afspraak_cols + 2; c->name; c++)
		cols[k++] = *c;
	cols[k++] = (struct opp_report_col){"gedaan", 11, false};
	cols[k] = (struct opp_report_col){NULL, 0, false};
	if (!(sh = sheet_new(x, "afspraken", cols)))
		return;
	for (size_t i = 0; i < doc->afspraken.n && opp_xlsx_row(sh); i++) {
		struct opp_afspraak_row r;

		opp_afspraak_row_fill(&r, a, file, doc, &doc->afspraken.v[i], today);
		opp_cells_xlsx(sh, 0, cell + 2,
		               opp_afspraak_cells(&r, cell) - 2); /* without bestand, leerling */
		put_date(sh, (unsigned)k - 1, r.gedaan);
	}
	opp_xlsx_filter(sh);
}

static void
case_overleggen(struct opp_xlsx *x, struct opp_arena *a, const struct opp_doc *doc, int32_t today)
{
	struct opp_xlsx_sheet *sh = sheet_new(x, "overleggen", overleg_cols);

	if (!sh)
		return;
	for (size_t i = 0; i < doc->overleggen.n && opp_xlsx_row(sh); i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];
		const char *status;

		if (opp_overleg_held(o, today))
			status = o->verslag.s ? "gehouden" : "verslag ontbreekt";
		else
			status = o->verslag.s ? "gehouden" : "gepland";
		put_val_date(sh, 0, &o->datum);
		if (o->tijd.s)
			opp_xlsx_time(sh, 1, o->tijd.i);
		opp_xlsx_number(sh, 2, o->duur.i);
		put_enum(sh, 3, &o->soort, opp_soort_names);
		put_str(sh, 4, o->datum.s ? status : NULL);
		put_str(sh, 5, o->doel.s);
		put_str(sh, 6, o->locatie.s);
		put_str(sh, 7, opp_report_naam(doc, o->voorzitter.s));
		put_str(sh, 8, opp_report_join(a, doc, &o->genodigden, true));
		put_str(sh, 9, opp_report_join(a, doc, &o->aanwezig, true));
		put_val_date(sh, 10, &o->toestemming);
		put_val_date(sh, 11, &o->kindgesprek.datum);
		put_str(sh, 12, o->verslag.s);
		put_str(sh, 13, o->bijstelling.s);
	}
	opp_xlsx_filter(sh);
}

/* The workbook's fixed creation time: the caller's, else the "as of" day. */
/* ---- progress: the story of each goal, and a chart per measurable one -- */

static const struct opp_report_col voortgang_cols[] = {
        {"doel", 18, false},    {"nr", 4, false},           {"datum", 11, false},
        {"wat", 26, false},     {"door", 20, false},        {"waarde", 8, false},
        {"verwacht", 9, false}, {"toelichting", 60, false}, {NULL, 0, false},
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
case_voortgang(struct opp_xlsx *x, const struct opp_doc *doc, int32_t today)
{
	static const struct opp_report_col chart_cols[] = {{"grafiek", 60, false}, {NULL, 0, false}};
	struct opp_xlsx_sheet *sh = sheet_new(x, "voortgang", voortgang_cols), *charts = NULL;
	size_t nchart = 0;

	if (!sh)
		return;
	for (size_t i = 0; i < doc->doelen.n; i++)
		if (opp_doel_meetbaar(doc, &doc->doelen.v[i], today) && !charts)
			charts = sheet_new(x, "grafieken", chart_cols);
	for (size_t i = 0; i < doc->doelen.n; i++)
		voortgang_goal(sh, charts, doc, &doc->doelen.v[i], i + 1, today, &nchart);
	opp_xlsx_filter(sh);
}

static int64_t
created(const struct opp_render_opts *o)
{
	return o->created ? o->created : (int64_t)o->today * 86400;
}

bool
opp_render_xlsx(const char *path, const struct opp_doc *doc, const struct opp_render_opts *o, char **err)
{
	struct opp_xlsx *x = opp_xlsx_open(path, &(struct opp_xlsx_opts){false, created(o), "OPP"}, err);
	struct opp_arena a;
	const char *file = doc->name ? doc->name : "";

	if (!x)
		return false;
	opp_arena_init(&a);
	case_overzicht(x, &a, file, doc, o);
	case_doelen(x, doc, o->today);
	case_arrangement(x, &a, file, doc);
	case_afspraken(x, &a, file, doc, o->today);
	case_overleggen(x, &a, doc, o->today);
	case_voortgang(x, doc, o->today);
	opp_arena_release(&a);
	return opp_xlsx_close(x, path, err);
}

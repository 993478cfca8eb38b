/*
 * render_xlsx — the workbooks composed from the model: one case (`opp
 * render --to xlsx`: sheets overzicht, doelen, arrangement with the
 * totals per funder, afspraken, overleggen) and the caseload report's
 * sheets (`opp report --to xlsx`, driven row by row by report.c, so the
 * workbook runs in constant-memory mode). The writing itself, with its
 * rules for text, dates and amounts, is output/xlsx.c.
 */
#include "documents/render.h"

#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "documents/render.h"
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

static const struct opp_report_col kv_cols[] = {{"veld", 24}, {"waarde", 60}, {NULL, 0}};

static const struct opp_report_col doel_cols[] = {
        {"id", 18},        {"eigenaar", 11}, {"doel", 60},   {"context", 9},
        {"termijn", 11},   {"status", 12},   {"domein", 20}, {"beginsituatie", 40},
        {"criterium", 40}, {"inzet", 30},    {NULL, 0},
};

/* Columns of the arrangement rows after "bestand" and "leerling"
 * (opp_inzet_cols). */
enum {
	A_ID,
	A_DOELEN,
	A_WAT,
	A_WIE,
	A_ORG,
	A_FREQ,
	A_START,
	A_EIND,
	A_DOOR,
	A_GROND,
	A_STATUS,
	A_BEDRAG,
	A_KENMERK,
	A_WACHT,
	A_OVERBR
};

static const struct opp_report_col overleg_cols[] = {
        {"datum", 11},       {"tijd", 7},         {"duur", 6},        {"soort", 10},       {"status", 18},
        {"doel", 50},        {"locatie", 24},     {"voorzitter", 20}, {"genodigden", 40},  {"aanwezig", 40},
        {"toestemming", 12}, {"kindgesprek", 12}, {"verslag", 60},    {"bijstelling", 40}, {NULL, 0},
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
case_doelen(struct opp_xlsx *x, const struct opp_doc *doc)
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
		if (d->status.i >= 0 && d->status.i < OPP_DOEL_COUNT) /* default lopend */
			put_str(sh, 5, opp_doelstatus_names[d->status.i]);
		put_str(sh, 6, d->domein.s);
		put_str(sh, 7, d->beginsituatie.s);
		put_str(sh, 8, d->criterium.s);
		for (size_t k = 0; d->id.s && k < doc->arrangement.n; k++)
			if (opp_list_has(&doc->arrangement.v[k].doelen, d->id.s) &&
			    doc->arrangement.v[k].id.s)
				opp_buf_printf(&inzet, "%s%s", inzet.len ? ", " : "",
				               doc->arrangement.v[k].id.s);
		put_str(sh, 9, inzet.ptr);
		opp_buf_release(&inzet);
	}
	opp_xlsx_filter(sh);
}

static void
inzet_cells(struct opp_xlsx_sheet *sh, unsigned c0, const struct opp_inzet_row *r)
{
	put_str(sh, c0 + A_ID, r->id);
	put_str(sh, c0 + A_DOELEN, r->doelen);
	put_str(sh, c0 + A_WAT, r->wat);
	put_str(sh, c0 + A_WIE, r->wie);
	put_str(sh, c0 + A_ORG, r->organisatie);
	put_str(sh, c0 + A_FREQ, r->frequentie);
	put_date(sh, c0 + A_START, r->start);
	put_date(sh, c0 + A_EIND, r->eind);
	put_str(sh, c0 + A_DOOR, r->door);
	put_str(sh, c0 + A_GROND, r->grondslag);
	put_str(sh, c0 + A_STATUS, r->status);
	if (r->heeft_bedrag)
		opp_xlsx_euro(sh, c0 + A_BEDRAG, r->bedrag, OPP_XLSX_PLAIN);
	put_str(sh, c0 + A_KENMERK, r->kenmerk);
	put_date(sh, c0 + A_WACHT, r->wachtlijst_tot);
	put_str(sh, c0 + A_OVERBR, r->overbrugging);
}

static void
case_arrangement(struct opp_xlsx *x, struct opp_arena *a, const char *file, const struct opp_doc *doc)
{
	static const char *const head[] = {"totaal per financier", "inzetten", "zonder bedrag", "bedrag"};
	struct opp_funder_total tot[OPP_FIN_COUNT + 1];
	struct opp_xlsx_sheet *sh = sheet_new(x, "arrangement", opp_inzet_cols + 2);

	if (!sh)
		return;
	for (size_t i = 0; i < doc->arrangement.n && opp_xlsx_row(sh); i++) {
		struct opp_inzet_row r;

		opp_inzet_row_fill(&r, a, file, doc, &doc->arrangement.v[i]);
		inzet_cells(sh, 0, &r);
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

/* The columns of opp_afspraak_cols after "bestand" and "leerling", and
 * for one case the date it was done. */
static void
afspraak_cells(struct opp_xlsx_sheet *sh, unsigned c0, const struct opp_afspraak_row *r, bool gedaan)
{
	put_str(sh, c0 + 0, r->id);
	put_str(sh, c0 + 1, r->wie);
	put_str(sh, c0 + 2, r->wat);
	put_date(sh, c0 + 3, r->uiterlijk);
	put_str(sh, c0 + 4, r->terugkoppeling);
	put_str(sh, c0 + 5, r->status);
	if (r->dagen_te_laat > 0)
		opp_xlsx_number(sh, c0 + 6, r->dagen_te_laat);
	if (gedaan)
		put_date(sh, c0 + 7, r->gedaan);
}

static void
case_afspraken(struct opp_xlsx *x, struct opp_arena *a, const char *file, const struct opp_doc *doc,
               int32_t today)
{
	struct opp_report_col cols[16];
	struct opp_xlsx_sheet *sh;
	size_t k = 0;

	for (const struct opp_report_col *c = opp_afspraak_cols + 2; c->name; c++)
		cols[k++] = *c;
	cols[k++] = (struct opp_report_col){"gedaan", 11};
	cols[k] = (struct opp_report_col){NULL, 0};
	if (!(sh = sheet_new(x, "afspraken", cols)))
		return;
	for (size_t i = 0; i < doc->afspraken.n && opp_xlsx_row(sh); i++) {
		struct opp_afspraak_row r;

		opp_afspraak_row_fill(&r, a, file, doc, &doc->afspraken.v[i], today);
		afspraak_cells(sh, 0, &r, true);
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
	case_doelen(x, doc);
	case_arrangement(x, &a, file, doc);
	case_afspraken(x, &a, file, doc, o->today);
	case_overleggen(x, &a, doc, o->today);
	opp_arena_release(&a);
	return opp_xlsx_close(x, path, err);
}

/* ---- the caseload report ------------------------------------------------------- */

struct report {
	struct opp_xlsx *x;
	char *path;
	struct opp_xlsx_sheet *cases, *inzet, *afspraak;
};

static void *
report_open(const char *path, FILE *out, const struct opp_render_opts *o, char **err)
{
	struct report *r = xcalloc(1, sizeof(*r));

	if (!(r->x = opp_xlsx_open(path, &(struct opp_xlsx_opts){true, created(o), "Overzicht casussen"},
	                           err))) {
		free(r);
		return NULL;
	}
	r->path = xstrdup(path);
	r->cases = sheet_new(r->x, "overzicht", opp_case_cols);
	r->inzet = sheet_new(r->x, "arrangement", opp_inzet_cols);
	r->afspraak = sheet_new(r->x, "afspraken", opp_afspraak_cols);
	(void)out;
	return r;
}

static void
report_case(void *w, const struct opp_case_row *row)
{
	struct report *r = w;
	struct opp_xlsx_sheet *sh = r->cases;
	unsigned c = OPP_CASE_FUNDERS;

	if (!opp_xlsx_row(sh))
		return;
	put_str(sh, 0, row->file);
	put_str(sh, 1, row->naam);
	put_str(sh, 2, row->school);
	put_str(sh, 3, row->groep);
	put_str(sh, 4, row->regie);
	if (!row->error) {
		opp_xlsx_number(sh, 5, row->stap);
		put_str(sh, 6, row->fase);
		opp_xlsx_number(sh, 7, (double)row->doelen);
		put_date(sh, 8, row->evaluatie);
		opp_xlsx_number(sh, 9, (double)row->achterstallig);
		for (int f = 0; f < OPP_FIN_COUNT; f++)
			if (row->heeft_bedrag[f])
				opp_xlsx_euro(sh, c + (unsigned)f, row->bedrag[f], OPP_XLSX_PLAIN);
	}
	put_str(sh, c + OPP_FIN_COUNT, row->error);
}

static void
report_inzet(void *w, const struct opp_inzet_row *row)
{
	struct report *r = w;

	if (!opp_xlsx_row(r->inzet))
		return;
	put_str(r->inzet, 0, row->file);
	put_str(r->inzet, 1, row->leerling);
	inzet_cells(r->inzet, 2, row);
}

static void
report_afspraak(void *w, const struct opp_afspraak_row *row)
{
	struct report *r = w;

	if (!opp_xlsx_row(r->afspraak))
		return;
	put_str(r->afspraak, 0, row->file);
	put_str(r->afspraak, 1, row->leerling);
	afspraak_cells(r->afspraak, 2, row, false);
}

static bool
report_close(void *w, const struct opp_patroon *p, size_t n, char **err)
{
	struct report *r = w;
	struct opp_xlsx_sheet *sh;
	bool ok;

	opp_xlsx_filter(r->cases);
	opp_xlsx_filter(r->inzet);
	opp_xlsx_filter(r->afspraak);
	if ((sh = sheet_new(r->x, "patronen", opp_patroon_cols))) {
		for (size_t i = 0; i < n && opp_xlsx_row(sh); i++) {
			put_str(sh, 0, p[i].wat);
			opp_xlsx_number(sh, 1, (double)p[i].casussen);
			opp_xlsx_number(sh, 2, (double)p[i].inzetten);
			put_str(sh, 3, p[i].financiers);
		}
		opp_xlsx_filter(sh);
	}
	ok = opp_xlsx_close(r->x, r->path, err);
	free(r->path);
	free(r);
	return ok;
}

const struct opp_report_ops opp_report_xlsx_ops = {
        "xlsx", report_open, report_case, report_inzet, report_afspraak, report_close,
};

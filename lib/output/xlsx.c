/*
 * render_xlsx — Excel workbooks: one case (`opp render --to xlsx`) and the
 * caseload report (`opp report --to xlsx`). The only includer of
 * xlsxwriter.h.
 *
 * Every sheet has a bold header row that is frozen, an autofilter over
 * its data and fixed column widths. Dates are real dates (yyyy-mm-dd),
 * amounts numbers in a euro format, counts numbers. Text is always
 * written with worksheet_write_string, which never makes a formula: a
 * value like "=HYPERLINK(...)" or "+1" stays text. Control characters
 * (which Excel would show as _x0001_) are dropped and text is cut at
 * Excel's 32,767 characters. The document's creation time is fixed
 * (o->created, else the "as of" day), so the same input gives the same
 * file.
 *
 * The report workbook uses libxlsxwriter's constant-memory mode: each
 * sheet's rows go to a temporary file as they come, which is why the
 * report writes every sheet strictly row by row (report.c drives it).
 */
#include "documents/render.h"

#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "base/date.h"
#include "base/i18n.h"
#include "documents/render_common.h"
#include "documents/report.h"
#include "facts/query.h"

#define STR_MAX 32767 /* characters in one cell */

struct xlsx {
	lxw_workbook *wb;
	lxw_format *head, *date, *euro, *time, *bold_euro, *bold;
	lxw_error err;    /* the first failure */
	const char *what; /* what failed, for the message */
	struct opp_buf scratch;
	int32_t today;
};

struct sheet {
	struct xlsx *x;
	lxw_worksheet *ws;
	lxw_row_t row; /* next row to write */
	lxw_col_t ncols;
	lxw_row_t last; /* last data row (for the autofilter) */
};

static void
check(struct xlsx *x, lxw_error e, const char *what)
{
	if (e != LXW_NO_ERROR && x->err == LXW_NO_ERROR) {
		x->err = e;
		x->what = what;
	}
}

/* Drop control characters except tab and newline; cut at STR_MAX
 * characters (on a character boundary: the loader has checked UTF-8). */
static const char *
clean(struct xlsx *x, const char *s)
{
	size_t chars = 0;

	opp_buf_reset(&x->scratch);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p < 0x20 && *p != '\t' && *p != '\n')
			continue;
		if ((*p & 0xC0) != 0x80 && ++chars > STR_MAX)
			break;
		opp_buf_putc(&x->scratch, *p);
	}
	return x->scratch.ptr;
}

static void
put_str(struct sheet *sh, lxw_col_t col, const char *s)
{
	if (!s || !*s)
		return;
	check(sh->x, worksheet_write_string(sh->ws, sh->row, col, clean(sh->x, s), NULL), "text");
}

static void
put_num(struct sheet *sh, lxw_col_t col, double v, lxw_format *f)
{
	check(sh->x, worksheet_write_number(sh->ws, sh->row, col, v, f), "number");
}

static void
put_date(struct sheet *sh, lxw_col_t col, int32_t day)
{
	lxw_datetime dt = {0};

	if (day == OPP_NODATE)
		return;
	opp_date_to_ymd(day, &dt.year, &dt.month, &dt.day);
	/* Excel has no dates before 1900 (libxlsxwriter would write -364). */
	if (dt.year < 1900 || dt.year > 9999) {
		put_str(sh, col, opp_date_str(day).s);
		return;
	}
	check(sh->x, worksheet_write_datetime(sh->ws, sh->row, col, &dt, sh->x->date), "date");
}

static void
put_val_date(struct sheet *sh, lxw_col_t col, const struct opp_val *v)
{
	if (v->s)
		put_date(sh, col, v->i);
}

static void
put_enum(struct sheet *sh, lxw_col_t col, const struct opp_val *v, const char *const *names)
{
	if (v->s)
		put_str(sh, col, names[v->i]);
}

static bool
sheet_new(struct sheet *sh, struct xlsx *x, const char *name, const struct opp_report_col *cols)
{
	memset(sh, 0, sizeof(*sh));
	sh->x = x;
	if (!(sh->ws = workbook_add_worksheet(x->wb, name))) {
		check(x, LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED, name);
		return false;
	}
	for (; cols[sh->ncols].name; sh->ncols++) {
		const struct opp_report_col *c = &cols[sh->ncols];
		check(x, worksheet_set_column(sh->ws, sh->ncols, sh->ncols, c->width, NULL), name);
		check(x, worksheet_write_string(sh->ws, 0, sh->ncols, c->name, x->head), name);
	}
	worksheet_freeze_panes(sh->ws, 1, 0);
	sh->row = 1;
	return true;
}

/* The next row; false (and the error remembered) past Excel's last row. */
static bool
next_row(struct sheet *sh)
{
	if (sh->row >= LXW_ROW_MAX) {
		check(sh->x, LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, "rows");
		return false;
	}
	return true;
}

static void
row_done(struct sheet *sh)
{
	sh->last = sh->row++;
}

static void
sheet_filter(struct sheet *sh)
{
	if (sh->ws)
		check(sh->x, worksheet_autofilter(sh->ws, 0, 0, sh->last, sh->ncols - 1), "autofilter");
}

static bool
xlsx_begin(struct xlsx *x, const char *path, const struct opp_render_opts *o, bool constant_memory,
           const char *title, char **err)
{
	lxw_workbook_options opt = {.constant_memory = constant_memory, .use_zip64 = LXW_TRUE};
	lxw_doc_properties props = {0};

	memset(x, 0, sizeof(*x));
	opp_buf_init(&x->scratch);
	x->today = o->today;
	if (!(x->wb = workbook_new_opt(path, &opt))) {
		struct opp_buf e = OPP_BUF_INIT;
		opp_buf_printf(&e, _("cannot create the workbook %s"), path);
		*err = opp_buf_detach(&e, NULL);
		return false;
	}
	/* A fixed time (never the clock): byte-identical files. */
	props.created = (time_t)(o->created ? o->created : (int64_t)o->today * 86400);
	props.title = (char *)title;
	check(x, workbook_set_properties(x->wb, &props), "properties");
	x->head = workbook_add_format(x->wb);
	format_set_bold(x->head);
	format_set_bottom(x->head, LXW_BORDER_THIN);
	format_set_bg_color(x->head, 0xDDEBF7);
	x->bold = workbook_add_format(x->wb);
	format_set_bold(x->bold);
	x->date = workbook_add_format(x->wb);
	format_set_num_format(x->date, "yyyy-mm-dd");
	x->time = workbook_add_format(x->wb);
	format_set_num_format(x->time, "hh:mm");
	x->euro = workbook_add_format(x->wb);
	format_set_num_format(x->euro, "[$€-413] #,##0.00;[$€-413] -#,##0.00");
	x->bold_euro = workbook_add_format(x->wb);
	format_set_num_format(x->bold_euro, "[$€-413] #,##0.00;[$€-413] -#,##0.00");
	format_set_bold(x->bold_euro);
	return true;
}

/* Close the workbook (this writes the file) and report the first error. */
static bool
xlsx_end(struct xlsx *x, const char *path, char **err)
{
	lxw_error e = workbook_close(x->wb);

	opp_buf_release(&x->scratch);
	if (x->err == LXW_NO_ERROR && e == LXW_NO_ERROR)
		return true;
	{
		struct opp_buf b = OPP_BUF_INIT;
		if (x->err != LXW_NO_ERROR)
			opp_buf_printf(&b, _("cannot write the workbook %s (%s): %s"), path, x->what,
			               lxw_strerror(x->err));
		else
			opp_buf_printf(&b, _("cannot write the workbook %s: %s"), path, lxw_strerror(e));
		*err = opp_buf_detach(&b, NULL);
	}
	return false;
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
kv_str(struct sheet *sh, const char *key, const char *s)
{
	if (!s || !*s || !next_row(sh))
		return;
	put_str(sh, 0, key);
	put_str(sh, 1, s);
	row_done(sh);
}

static void
kv_date(struct sheet *sh, const char *key, int32_t day)
{
	if (day == OPP_NODATE || !next_row(sh))
		return;
	put_str(sh, 0, key);
	put_date(sh, 1, day);
	row_done(sh);
}

static void
kv_num(struct sheet *sh, const char *key, double v, lxw_format *f)
{
	if (!next_row(sh))
		return;
	put_str(sh, 0, key);
	put_num(sh, 1, v, f);
	row_done(sh);
}

static void
case_overzicht(struct xlsx *x, struct opp_arena *a, const char *file, const struct opp_doc *doc,
               const struct opp_render_opts *o)
{
	struct sheet sh;
	struct opp_case_row r;
	const struct opp_leerling *l = &doc->leerling;

	if (!sheet_new(&sh, x, "overzicht", kv_cols))
		return;
	opp_case_row_fill(&r, a, file, doc, NULL, o->cfg, o->today);
	kv_str(&sh, "leerling", l->naam.s);
	kv_date(&sh, "geboortedatum", l->geboortedatum.s ? l->geboortedatum.i : OPP_NODATE);
	kv_str(&sh, "school", l->school.s);
	kv_str(&sh, "groep", l->groep.s);
	kv_str(&sh, "gemeente", l->gemeente.s);
	kv_str(&sh, "regievoerder", r.regie);
	kv_str(&sh, "regievoerder gezinsplan", opp_report_naam(doc, doc->regie.gezinsplan.s));
	kv_num(&sh, "stap", r.stap, NULL);
	kv_str(&sh, "fase", r.fase);
	kv_num(&sh, "actieve doelen", (double)r.doelen, NULL);
	kv_date(&sh, "volgende evaluatie", r.evaluatie);
	kv_num(&sh, "achterstallig", (double)r.achterstallig, NULL);
	kv_date(&sh, "vastgesteld", doc->vastgesteld.s ? doc->vastgesteld.i : OPP_NODATE);
	kv_date(&sh, "einddatum", doc->einddatum.s ? doc->einddatum.i : OPP_NODATE);
	kv_str(&sh, "uitstroomperspectief", doc->uitstroomperspectief.richting.s);
	kv_date(&sh, "peildatum", o->today);
	sheet_filter(&sh);
}

static void
case_doelen(struct xlsx *x, struct opp_arena *a, const struct opp_doc *doc)
{
	struct sheet sh;

	if (!sheet_new(&sh, x, "doelen", doel_cols))
		return;
	for (size_t i = 0; i < doc->doelen.n && next_row(&sh); i++) {
		const struct opp_doel *d = &doc->doelen.v[i];
		struct opp_buf inzet = OPP_BUF_INIT;

		put_str(&sh, 0, d->id.s);
		put_enum(&sh, 1, &d->eigenaar, opp_eigenaar_names);
		put_str(&sh, 2, d->doel.s);
		if (d->context.i >= 0 && d->context.i < OPP_CTX_COUNT) /* default school */
			put_str(&sh, 3, opp_context_names[d->context.i]);
		put_val_date(&sh, 4, &d->termijn);
		put_str(&sh, 5, opp_doelstatus_names[opp_doel_status(doc, d, x->today)]);
		put_str(&sh, 6, d->domein.s);
		put_str(&sh, 7, d->beginsituatie.s);
		put_str(&sh, 8, d->criterium.s);
		for (size_t k = 0; d->id.s && k < doc->arrangement.n; k++)
			if (opp_inzet_dient(doc, &doc->arrangement.v[k], d) && doc->arrangement.v[k].id.s)
				opp_buf_printf(&inzet, "%s%s", inzet.len ? ", " : "",
				               doc->arrangement.v[k].id.s);
		put_str(&sh, 9, inzet.ptr);
		opp_buf_release(&inzet);
		row_done(&sh);
	}
	(void)a;
	sheet_filter(&sh);
}

static void
inzet_cells(struct sheet *sh, lxw_col_t c0, const struct opp_inzet_row *r)
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
		put_num(sh, c0 + A_BEDRAG, r->bedrag, sh->x->euro);
	put_str(sh, c0 + A_KENMERK, r->kenmerk);
	put_date(sh, c0 + A_WACHT, r->wachtlijst_tot);
	put_str(sh, c0 + A_OVERBR, r->overbrugging);
}

static void
case_arrangement(struct xlsx *x, struct opp_arena *a, const char *file, const struct opp_doc *doc)
{
	static const char *const head[] = {"totaal per financier", "inzetten", "zonder bedrag", "bedrag"};
	struct opp_funder_total tot[OPP_FIN_COUNT + 1];
	struct sheet sh;

	if (!sheet_new(&sh, x, "arrangement", opp_inzet_cols + 2))
		return;
	for (size_t i = 0; i < doc->arrangement.n && next_row(&sh); i++) {
		struct opp_inzet_row r;

		opp_inzet_row_fill(&r, a, file, doc, &doc->arrangement.v[i]);
		inzet_cells(&sh, 0, &r);
		row_done(&sh);
	}
	sheet_filter(&sh);
	if (!doc->arrangement.n)
		return;
	/* Totals per funder below the data, outside the filter, as the
	 * documents count them (render.c): items, items without an amount,
	 * the sum of the amounts (blank when none of its items has one). */
	opp_render_totals(doc, tot);
	sh.row++;
	for (int k = 0; k < 4 && next_row(&sh); k++)
		check(x, worksheet_write_string(sh.ws, sh.row, (lxw_col_t)k, head[k], x->head), "totals");
	sh.row++;
	for (int f = 0; f <= OPP_FIN_COUNT; f++) {
		if (!tot[f].items || !next_row(&sh))
			continue;
		check(x,
		      worksheet_write_string(sh.ws, sh.row, 0,
		                             f < OPP_FIN_COUNT ? opp_financier_names[f] : "totaal",
		                             f < OPP_FIN_COUNT ? NULL : x->bold),
		      "totals");
		put_num(&sh, 1, (double)tot[f].items, NULL);
		put_num(&sh, 2, (double)tot[f].without, NULL);
		if (tot[f].items > tot[f].without)
			put_num(&sh, 3, (double)tot[f].cents / 100.0,
			        f < OPP_FIN_COUNT ? x->euro : x->bold_euro);
		sh.row++;
	}
}

/* The columns of opp_afspraak_cols after "bestand" and "leerling", and
 * for one case the date it was done. */
static void
afspraak_cells(struct sheet *sh, lxw_col_t c0, const struct opp_afspraak_row *r, bool gedaan)
{
	put_str(sh, c0 + 0, r->id);
	put_str(sh, c0 + 1, r->wie);
	put_str(sh, c0 + 2, r->wat);
	put_date(sh, c0 + 3, r->uiterlijk);
	put_str(sh, c0 + 4, r->terugkoppeling);
	put_str(sh, c0 + 5, r->status);
	if (r->dagen_te_laat > 0)
		put_num(sh, c0 + 6, r->dagen_te_laat, NULL);
	if (gedaan)
		put_date(sh, c0 + 7, r->gedaan);
}

static void
case_afspraken(struct xlsx *x, struct opp_arena *a, const char *file, const struct opp_doc *doc,
               int32_t today)
{
	struct opp_report_col cols[16];
	struct sheet sh;
	size_t k = 0;

	for (const struct opp_report_col *c = opp_afspraak_cols + 2; c->name; c++)
		cols[k++] = *c;
	cols[k++] = (struct opp_report_col){"gedaan", 11};
	cols[k] = (struct opp_report_col){NULL, 0};
	if (!sheet_new(&sh, x, "afspraken", cols))
		return;
	for (size_t i = 0; i < doc->afspraken.n && next_row(&sh); i++) {
		struct opp_afspraak_row r;

		opp_afspraak_row_fill(&r, a, file, doc, &doc->afspraken.v[i], today);
		afspraak_cells(&sh, 0, &r, true);
		row_done(&sh);
	}
	sheet_filter(&sh);
}

static void
case_overleggen(struct xlsx *x, struct opp_arena *a, const struct opp_doc *doc, int32_t today)
{
	struct sheet sh;

	if (!sheet_new(&sh, x, "overleggen", overleg_cols))
		return;
	for (size_t i = 0; i < doc->overleggen.n && next_row(&sh); i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];
		const char *status;

		if (opp_overleg_held(o, today))
			status = o->verslag.s ? "gehouden" : "verslag ontbreekt";
		else
			status = o->verslag.s ? "gehouden" : "gepland";
		put_val_date(&sh, 0, &o->datum);
		if (o->tijd.s)
			put_num(&sh, 1, o->tijd.i / 1440.0, x->time);
		put_num(&sh, 2, o->duur.i, NULL);
		put_enum(&sh, 3, &o->soort, opp_soort_names);
		put_str(&sh, 4, o->datum.s ? status : NULL);
		put_str(&sh, 5, o->doel.s);
		put_str(&sh, 6, o->locatie.s);
		put_str(&sh, 7, opp_report_naam(doc, o->voorzitter.s));
		put_str(&sh, 8, opp_report_join(a, doc, &o->genodigden, true));
		put_str(&sh, 9, opp_report_join(a, doc, &o->aanwezig, true));
		put_val_date(&sh, 10, &o->toestemming);
		put_val_date(&sh, 11, &o->kindgesprek.datum);
		put_str(&sh, 12, o->verslag.s);
		put_str(&sh, 13, o->bijstelling.s);
		row_done(&sh);
	}
	sheet_filter(&sh);
}

bool
opp_render_xlsx(const char *path, const struct opp_doc *doc, const struct opp_render_opts *o, char **err)
{
	struct xlsx x;
	struct opp_arena a;
	const char *file = doc->name ? doc->name : "";

	if (!xlsx_begin(&x, path, o, false, "OPP", err))
		return false;
	opp_arena_init(&a);
	case_overzicht(&x, &a, file, doc, o);
	case_doelen(&x, &a, doc);
	case_arrangement(&x, &a, file, doc);
	case_afspraken(&x, &a, file, doc, o->today);
	case_overleggen(&x, &a, doc, o->today);
	opp_arena_release(&a);
	return xlsx_end(&x, path, err);
}

/* ---- the caseload report ------------------------------------------------------- */

struct report {
	struct xlsx x;
	char *path;
	struct sheet cases, inzet, afspraak;
};

static void *
report_open(const char *path, FILE *out, const struct opp_render_opts *o, char **err)
{
	struct report *r = xcalloc(1, sizeof(*r));

	if (!xlsx_begin(&r->x, path, o, true, "Overzicht casussen", err)) {
		free(r);
		return NULL;
	}
	r->path = xstrdup(path);
	sheet_new(&r->cases, &r->x, "overzicht", opp_case_cols);
	sheet_new(&r->inzet, &r->x, "arrangement", opp_inzet_cols);
	sheet_new(&r->afspraak, &r->x, "afspraken", opp_afspraak_cols);
	(void)out;
	return r;
}

static void
report_case(void *w, const struct opp_case_row *row)
{
	struct report *r = w;
	struct sheet *sh = &r->cases;
	lxw_col_t c = OPP_CASE_FUNDERS;

	if (!sh->ws || !next_row(sh))
		return;
	put_str(sh, 0, row->file);
	put_str(sh, 1, row->naam);
	put_str(sh, 2, row->school);
	put_str(sh, 3, row->groep);
	put_str(sh, 4, row->regie);
	if (!row->error) {
		put_num(sh, 5, row->stap, NULL);
		put_str(sh, 6, row->fase);
		put_num(sh, 7, (double)row->doelen, NULL);
		put_date(sh, 8, row->evaluatie);
		put_num(sh, 9, (double)row->achterstallig, NULL);
		for (int f = 0; f < OPP_FIN_COUNT; f++)
			if (row->heeft_bedrag[f])
				put_num(sh, c + f, row->bedrag[f], r->x.euro);
	}
	put_str(sh, c + OPP_FIN_COUNT, row->error);
	row_done(sh);
}

static void
report_inzet(void *w, const struct opp_inzet_row *row)
{
	struct report *r = w;
	struct sheet *sh = &r->inzet;

	if (!sh->ws || !next_row(sh))
		return;
	put_str(sh, 0, row->file);
	put_str(sh, 1, row->leerling);
	inzet_cells(sh, 2, row);
	row_done(sh);
}

static void
report_afspraak(void *w, const struct opp_afspraak_row *row)
{
	struct report *r = w;
	struct sheet *sh = &r->afspraak;

	if (!sh->ws || !next_row(sh))
		return;
	put_str(sh, 0, row->file);
	put_str(sh, 1, row->leerling);
	afspraak_cells(sh, 2, row, false);
	row_done(sh);
}

static bool
report_close(void *w, const struct opp_patroon *p, size_t n, char **err)
{
	struct report *r = w;
	struct sheet sh;
	bool ok;

	sheet_filter(&r->cases);
	sheet_filter(&r->inzet);
	sheet_filter(&r->afspraak);
	if (sheet_new(&sh, &r->x, "patronen", opp_patroon_cols)) {
		for (size_t i = 0; i < n && next_row(&sh); i++) {
			put_str(&sh, 0, p[i].wat);
			put_num(&sh, 1, (double)p[i].casussen, NULL);
			put_num(&sh, 2, (double)p[i].inzetten, NULL);
			put_str(&sh, 3, p[i].financiers);
			row_done(&sh);
		}
		sheet_filter(&sh);
	}
	ok = xlsx_end(&r->x, r->path, err);
	free(r->path);
	free(r);
	return ok;
}

const struct opp_report_ops opp_report_xlsx_ops = {
        "xlsx", report_open, report_case, report_inzet, report_afspraak, report_close,
};

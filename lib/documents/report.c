/*
 * report — the caseload report: its rows (format-independent, shared
 * with `opp list` and the case workbook), the cells of each row, and the
 * driver that writes them through the sink (md, html) or into a
 * workbook (xlsx).
 *
 * Rows come case by case, but the report shows its tables one after the
 * other. The workbook takes them as they come (each sheet has its own
 * temporary file in constant-memory mode); for the text formats the
 * overview streams straight out and the arrangement and afspraken rows
 * wait in a spool (base/spool.h) as typed cells until their table's
 * turn, so memory stays flat over any number of cases. Between cases
 * only the pattern counts are kept.
 */
#include "documents/report.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/i18n.h"
#include "base/present.h"
#include "base/spool.h"
#include "base/strmap.h"
#include "base/utf8.h"
#include "documents/due.h"
#include "documents/render.h"
#include "facts/query.h"

#define X_FCOL(id, name, label) {"bekostiging " name, 14, true},
const struct opp_report_col opp_case_cols[] = {
        {"bestand", 30, false},     {"leerling", 24, false},       {"school", 24, false},
        {"groep", 10, false},       {"regievoerder", 22, false},   {"stap", 6, true},
        {"fase", 20, false},        {"actieve doelen", 9, true},   {"volgende evaluatie", 12, false},
        {"achterstallig", 9, true}, {"zonder voortgang", 9, true}, OPP_FINANCIERS(X_FCOL){"fout", 60, false},
        {NULL, 0, false},
};
#undef X_FCOL

const struct opp_report_col opp_inzet_cols[] = {
        {"bestand", 30, false},        {"leerling", 24, false},     {"id", 18, false},
        {"doelen", 24, false},         {"wat", 60, false},          {"wie", 24, false},
        {"organisatie", 24, false},    {"frequentie", 16, false},   {"start", 11, false},
        {"eind", 11, false},           {"door", 14, false},         {"grondslag", 18, false},
        {"status", 12, false},         {"bedrag", 13, true},        {"kenmerk", 18, false},
        {"wachtlijst tot", 14, false}, {"overbrugging", 50, false}, {NULL, 0, false},
};

const struct opp_report_col opp_afspraak_cols[] = {
        {"bestand", 30, false},
        {"leerling", 24, false},
        {"id", 18, false},
        {"wie", 24, false},
        {"wat", 60, false},
        {"uiterlijk", 11, false},
        {"terugkoppeling", 30, false},
        {"status", 10, false},
        {"dagen te laat", 13, true},
        {NULL, 0, false},
};

const struct opp_report_col opp_patroon_cols[] = {
        {"wat", 60, false},        {"casussen", 10, true}, {"inzetten", 10, true},
        {"financiers", 30, false}, {NULL, 0, false},
};

const struct opp_report_col opp_voortgang_cols[] = {
        {"bestand", 30, false},     {"leerling", 24, false},
        {"doel", 18, false},        {"domein", 20, false},
        {"koers", 13, false},       {"laatste voortgang", 12, false},
        {"dagen geleden", 9, true}, {"volgende evaluatie", 12, false},
        {NULL, 0, false},
};

static const char *
dup(struct opp_arena *a, const char *s)
{
	return s ? opp_arena_strdup(a, s) : NULL;
}

static int32_t
date_or_none(const struct opp_val *v)
{
	return v->s ? v->i : OPP_NODATE;
}

static const char *
enum_name(const struct opp_val *v, const char *const *names)
{
	return v->s ? names[v->i] : NULL;
}

char *
opp_report_load_error(const char *name, struct opp_diags *d)
{
	struct opp_buf b = OPP_BUF_INIT;
	const struct opp_diag *best = NULL;

	opp_diags_sort(d);
	for (size_t i = 0; i < d->n && !best; i++)
		if (d->v[i].sev == OPP_SEV_ERROR)
			best = &d->v[i];
	if (!best && d->n)
		best = &d->v[0];
	if (best)
		opp_buf_printf(&b, "%s:%u: %s", name, (unsigned)best->pos.line, best->msg);
	else
		opp_buf_printf(&b, _("%s: the file could not be loaded"), name);
	return opp_buf_detach(&b, NULL);
}

const char *
opp_report_naam(const struct opp_doc *doc, const char *id)
{
	const struct opp_persoon *p = opp_doc_persoon(doc, id);
	return p && p->naam.s ? p->naam.s : id;
}

const char *
opp_report_join(struct opp_arena *a, const struct opp_doc *doc, const struct opp_list *l, bool names)
{
	struct opp_buf b = OPP_BUF_INIT;
	const char *s;

	for (size_t i = 0; i < l->n; i++) {
		const char *v = names ? opp_report_naam(doc, l->v[i].s) : l->v[i].s;
		if (v)
			opp_buf_printf(&b, "%s%s", b.len ? ", " : "", v);
	}
	s = b.len ? opp_arena_strdup(a, b.ptr) : NULL;
	opp_buf_release(&b);
	return s;
}

void
opp_case_row_fill(struct opp_case_row *r, struct opp_arena *arena, const char *file,
                  const struct opp_doc *doc, const char *error, const struct opp_config *cfg, int32_t today)
{
	struct opp_config defaults;
	struct opp_due_list due;
	const struct opp_overleg *ev;

	memset(r, 0, sizeof(*r));
	r->file = dup(arena, file);
	r->evaluatie = OPP_NODATE;
	if (!doc) {
		r->error = dup(arena, error ? error : _("the file could not be loaded"));
		return;
	}
	r->naam = dup(arena, doc->leerling.naam.s);
	r->school = dup(arena, doc->leerling.school.s);
	r->groep = dup(arena, doc->leerling.groep.s);
	if (doc->regie.opp.s)
		r->regie = dup(arena, opp_report_naam(doc, doc->regie.opp.s));
	r->stap = opp_stap(doc, today);
	if (r->stap >= 1 && r->stap <= 9) {
		struct opp_buf b = OPP_BUF_INIT;
		opp_buf_printf(&b, "%d %s", r->stap, opp_label_stap[r->stap]);
		r->fase = opp_arena_strdup(arena, b.ptr);
		opp_buf_release(&b);
	}
	if ((ev = opp_next_evaluatie(doc, today)) && ev->datum.s)
		r->evaluatie = ev->datum.i;
	if (!cfg) {
		opp_config_defaults(&defaults);
		cfg = &defaults;
	}
	for (size_t i = 0; i < doc->doelen.n; i++) {
		struct opp_voortgang_row g;
		if (!opp_doel_actief(doc, &doc->doelen.v[i], today))
			continue;
		r->doelen++;
		opp_voortgang_row_fill(&g, arena, file, doc, &doc->doelen.v[i], cfg, today);
		r->zonder_voortgang += g.stil;
	}
	opp_due_init(&due);
	opp_due_collect(&due, doc, cfg, today, today - 1);
	r->achterstallig = opp_due_overdue(&due);
	opp_due_release(&due);
	if (cfg == &defaults)
		opp_config_release(&defaults);
	/* Summed in cents, each amount rounded first, as the documents do
	 * (opp_render_totals), so report and render agree to the cent. */
	{
		struct opp_funder_total tot[OPP_FIN_COUNT + 1];
		opp_render_totals(doc, tot);
		for (int f = 0; f < OPP_FIN_COUNT; f++) {
			r->heeft_bedrag[f] = tot[f].items > tot[f].without;
			r->bedrag[f] = (double)tot[f].cents / 100.0;
		}
	}
}

void
opp_voortgang_row_fill(struct opp_voortgang_row *r, struct opp_arena *arena, const char *file,
                       const struct opp_doc *doc, const struct opp_doel *d, const struct opp_config *cfg,
                       int32_t today)
{
	const struct opp_voortgang *v = opp_doel_laatste(d, today, false);
	const struct opp_overleg *ev = opp_next_evaluatie(doc, today);
	int32_t since;

	memset(r, 0, sizeof(*r));
	r->file = dup(arena, file);
	r->leerling = dup(arena, doc->leerling.naam.s);
	r->id = dup(arena, d->id.s);
	r->domein = dup(arena, d->domein.s);
	r->koers = opp_doel_meetbaar(doc, d, today) ? opp_label_koers[opp_doel_koers(doc, d, today)] : NULL;
	r->laatste = v ? v->datum.i : OPP_NODATE;
	r->dagen = v ? today - v->datum.i : -1;
	r->evaluatie = ev && ev->datum.s ? ev->datum.i : OPP_NODATE;
	/* Quiet: no note for twice the period notes are due in before an
	 * evaluation (config voortgang_dagen), counted from the last note or,
	 * before the first, from when the goal was set: a goal set yesterday
	 * owes nothing yet. */
	if (v)
		since = v->datum.i;
	else if (!opp_doel_gesteld(doc, d, today, &since))
		since = today;
	r->stil = today - since > 2 * cfg->voortgang_dagen;
}

void
opp_inzet_row_fill(struct opp_inzet_row *r, struct opp_arena *arena, const char *file,
                   const struct opp_doc *doc, const struct opp_inzet *z)
{
	const struct opp_persoon *p = opp_doc_persoon(doc, z->wie.s);
	const struct opp_bekostiging *b = &z->bekostiging;

	memset(r, 0, sizeof(*r));
	r->file = dup(arena, file);
	r->leerling = dup(arena, doc->leerling.naam.s);
	r->id = dup(arena, z->id.s);
	r->wat = dup(arena, z->wat.s);
	r->wie = dup(arena, p && p->naam.s ? p->naam.s : z->wie.s);
	r->organisatie = p ? dup(arena, p->organisatie.s) : NULL;
	r->frequentie = dup(arena, z->frequentie.s);
	r->doelen = opp_report_join(arena, doc, &z->doelen, false);
	r->start = date_or_none(&z->start);
	r->eind = date_or_none(&z->eind);
	r->wachtlijst_tot = date_or_none(&z->wachtlijst_tot);
	r->door = enum_name(&b->door, opp_financier_names);
	r->grondslag = enum_name(&b->grondslag, opp_grondslag_names);
	r->status = enum_name(&b->status, opp_bekstatus_names);
	r->heeft_bedrag = b->bedrag.s != NULL;
	r->bedrag = r->heeft_bedrag ? b->bedrag.n : 0;
	r->kenmerk = dup(arena, b->kenmerk.s);
	r->overbrugging = dup(arena, z->overbrugging.s);
}

void
opp_afspraak_row_fill(struct opp_afspraak_row *r, struct opp_arena *arena, const char *file,
                      const struct opp_doc *doc, const struct opp_afspraak *a, int32_t today)
{
	memset(r, 0, sizeof(*r));
	r->file = dup(arena, file);
	r->leerling = dup(arena, doc->leerling.naam.s);
	r->id = dup(arena, a->id.s);
	r->wat = dup(arena, a->wat.s);
	r->wie = dup(arena, opp_report_naam(doc, a->wie.s));
	r->uiterlijk = date_or_none(&a->uiterlijk);
	r->gedaan = date_or_none(&a->gedaan);
	r->terugkoppeling = opp_report_join(arena, doc, &a->terugkoppeling, true);
	/* As in `opp due`: a date-only deadline ends at the end of its day. */
	if (a->gedaan.s)
		r->status = "gedaan";
	else if (a->uiterlijk.s && today > a->uiterlijk.i) {
		r->status = "te laat";
		r->dagen_te_laat = today - a->uiterlijk.i;
	} else
		r->status = "open";
}

/* ---- patterns ------------------------------------------------------------ */

char *
opp_patroon_key(const char *wat)
{
	struct opp_buf b = OPP_BUF_INIT;
	const char *s = wat ? wat : "";
	size_t len = strlen(s);
	bool space = false;

	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = opp_utf8_next(s + i, len - i, &cp);

		if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') {
			space = b.len > 0;
		} else {
			if (space)
				opp_buf_putc(&b, ' ');
			space = false;
			if (cp == OPP_UTF8_BAD && n == 1)
				opp_buf_add(&b, s + i, 1); /* an invalid byte stays as it is */
			else
				opp_utf8_put(&b, opp_utf8_lower(cp));
		}
		i += n;
	}
	if (b.len > 1 && b.ptr[b.len - 1] == '.' && b.ptr[b.len - 2] != '.')
		b.ptr[--b.len] = '\0';
	return opp_buf_detach(&b, NULL);
}

/* What the report counts of one kind of support (key: opp_patroon_key). */
struct pat {
	size_t casussen, inzetten;
	size_t last_case; /* the case that counted last (+1), to count cases once */
	unsigned funders; /* bit per enum opp_financier */
};

static int
cmp_pat(const void *a, const void *b)
{
	const struct opp_patroon *x = a, *y = b;
	if (x->casussen != y->casussen)
		return x->casussen > y->casussen ? -1 : 1;
	if (x->inzetten != y->inzetten)
		return x->inzetten > y->inzetten ? -1 : 1;
	return strcmp(x->wat, y->wat);
}

/* ---- cells ------------------------------------------------------------------ */

size_t
opp_report_ncols(const struct opp_report_col *cols)
{
	size_t n = 0;
	while (cols[n].name)
		n++;
	return n;
}

static struct opp_cell
text(const char *s)
{
	return (struct opp_cell){s ? OPP_CELL_TEXT : OPP_CELL_NONE, s, 0, 0};
}

static struct opp_cell
count(double n)
{
	return (struct opp_cell){OPP_CELL_COUNT, NULL, n, 0};
}

static struct opp_cell
euro(bool given, double v)
{
	return (struct opp_cell){given ? OPP_CELL_EURO : OPP_CELL_NONE, NULL, v, 0};
}

static struct opp_cell
date(int32_t day)
{
	return (struct opp_cell){day == OPP_NODATE ? OPP_CELL_NONE : OPP_CELL_DATE, NULL, 0, day};
}

size_t
opp_case_cells(const struct opp_case_row *r, struct opp_cell *c)
{
	size_t n = 0;

	c[n++] = text(r->file);
	c[n++] = text(r->naam);
	c[n++] = text(r->school);
	c[n++] = text(r->groep);
	c[n++] = text(r->regie);
	if (r->error) {
		/* A case that did not load: its error, nothing else. */
		while (n < OPP_CASE_FUNDERS + OPP_FIN_COUNT)
			c[n++] = text(NULL);
		c[n++] = text(r->error);
		return n;
	}
	c[n++] = count(r->stap);
	c[n++] = text(r->fase);
	c[n++] = count((double)r->doelen);
	c[n++] = date(r->evaluatie);
	c[n++] = count((double)r->achterstallig);
	c[n++] = count((double)r->zonder_voortgang);
	for (int f = 0; f < OPP_FIN_COUNT; f++)
		c[n++] = euro(r->heeft_bedrag[f], r->bedrag[f]);
	c[n++] = text(NULL);
	return n;
}

size_t
opp_voortgang_cells(const struct opp_voortgang_row *r, struct opp_cell *c)
{
	size_t n = 0;

	c[n++] = text(r->file);
	c[n++] = text(r->leerling);
	c[n++] = text(r->id);
	c[n++] = text(r->domein);
	c[n++] = text(r->koers);
	c[n++] = date(r->laatste);
	c[n++] = r->dagen >= 0 ? count(r->dagen) : text(NULL);
	c[n++] = date(r->evaluatie);
	return n;
}

size_t
opp_inzet_cells(const struct opp_inzet_row *r, struct opp_cell *c)
{
	size_t n = 0;

	c[n++] = text(r->file);
	c[n++] = text(r->leerling);
	c[n++] = text(r->id);
	c[n++] = text(r->doelen);
	c[n++] = text(r->wat);
	c[n++] = text(r->wie);
	c[n++] = text(r->organisatie);
	c[n++] = text(r->frequentie);
	c[n++] = date(r->start);
	c[n++] = date(r->eind);
	c[n++] = text(r->door);
	c[n++] = text(r->grondslag);
	c[n++] = text(r->status);
	c[n++] = euro(r->heeft_bedrag, r->bedrag);
	c[n++] = text(r->kenmerk);
	c[n++] = date(r->wachtlijst_tot);
	c[n++] = text(r->overbrugging);
	return n;
}

size_t
opp_afspraak_cells(const struct opp_afspraak_row *r, struct opp_cell *c)
{
	size_t n = 0;

	c[n++] = text(r->file);
	c[n++] = text(r->leerling);
	c[n++] = text(r->id);
	c[n++] = text(r->wie);
	c[n++] = text(r->wat);
	c[n++] = date(r->uiterlijk);
	c[n++] = text(r->terugkoppeling);
	c[n++] = text(r->status);
	c[n++] = r->dagen_te_laat > 0 ? count(r->dagen_te_laat) : text(NULL);
	return n;
}

static size_t
patroon_cells(const struct opp_patroon *p, struct opp_cell *c)
{
	c[0] = text(p->wat);
	c[1] = count((double)p->casussen);
	c[2] = count((double)p->inzetten);
	c[3] = text(p->financiers);
	return 4;
}

void
opp_cells_xlsx(struct opp_xlsx_sheet *sh, unsigned col, const struct opp_cell *c, size_t n)
{
	for (size_t i = 0; i < n; i++, col++)
		switch (c[i].kind) {
		case OPP_CELL_NONE: break;
		case OPP_CELL_TEXT: opp_xlsx_text(sh, col, c[i].text, OPP_XLSX_PLAIN); break;
		case OPP_CELL_COUNT: opp_xlsx_number(sh, col, c[i].num); break;
		case OPP_CELL_EURO: opp_xlsx_euro(sh, col, c[i].num, OPP_XLSX_PLAIN); break;
		case OPP_CELL_DATE: opp_xlsx_date(sh, col, c[i].day); break;
		}
}

/* One table row through the sink: amounts as the documents show them
 * (€ 1.850,00), dates as YYYY-MM-DD that html marks as a <time>. */
static void
cells_sink(struct opp_sink *s, const struct opp_cell *c, size_t n)
{
	struct opp_buf b = OPP_BUF_INIT;

	opp_sink_row_begin(s);
	for (size_t i = 0; i < n; i++) {
		opp_buf_reset(&b);
		switch (c[i].kind) {
		case OPP_CELL_NONE: opp_sink_cell(s, NULL); break;
		case OPP_CELL_TEXT: opp_sink_cell(s, c[i].text); break;
		case OPP_CELL_COUNT:
			opp_buf_printf(&b, "%.0f", c[i].num);
			opp_sink_cell(s, b.ptr);
			break;
		case OPP_CELL_EURO:
			opp_present_euro(&b, c[i].num);
			opp_sink_cell(s, b.ptr);
			break;
		case OPP_CELL_DATE:
			opp_sink_cell_begin(s);
			opp_sink_time(s, opp_date_str(c[i].day).s, opp_date_str(c[i].day).s);
			opp_sink_cell_end(s);
			break;
		}
	}
	opp_sink_row_end(s);
	opp_buf_release(&b);
}

/* Cells into a spool record and back: a kind byte, then a length and
 * the bytes with their NUL (text), a double (count, euro) or a day
 * (date). */
static void
cells_put(struct opp_spool *sp, struct opp_buf *rec, const struct opp_cell *c, size_t n)
{
	opp_buf_reset(rec);
	for (size_t i = 0; i < n; i++) {
		opp_buf_putc(rec, (int)c[i].kind);
		if (c[i].kind == OPP_CELL_TEXT) {
			uint32_t len = (uint32_t)strlen(c[i].text);
			opp_buf_add(rec, &len, sizeof(len));
			opp_buf_add(rec, c[i].text, len + 1);
		} else if (c[i].kind == OPP_CELL_COUNT || c[i].kind == OPP_CELL_EURO) {
			opp_buf_add(rec, &c[i].num, sizeof(c[i].num));
		} else if (c[i].kind == OPP_CELL_DATE) {
			opp_buf_add(rec, &c[i].day, sizeof(c[i].day));
		}
	}
	opp_spool_put(sp, rec->ptr, rec->len);
}

/* The cells of a record read back, at most max; texts point into rec. */
static size_t
cells_get(struct opp_buf *rec, struct opp_cell *c, size_t max)
{
	char *p = rec->ptr, *end = rec->ptr + rec->len;
	size_t n = 0;

	while (p < end && n < max) {
		struct opp_cell *x = &c[n++];
		x->kind = (enum opp_cell_kind) * p++;
		if (x->kind == OPP_CELL_TEXT) {
			uint32_t len;
			memcpy(&len, p, sizeof(len));
			x->text = p + sizeof(len);
			p += sizeof(len) + len + 1;
		} else if (x->kind == OPP_CELL_COUNT || x->kind == OPP_CELL_EURO) {
			memcpy(&x->num, p, sizeof(x->num));
			p += sizeof(x->num);
		} else if (x->kind == OPP_CELL_DATE) {
			memcpy(&x->day, p, sizeof(x->day));
			p += sizeof(x->day);
		}
	}
	return n;
}

/* ---- the driver ---------------------------------------------------------- */

enum { SEC_CASES, SEC_INZET, SEC_AFSPRAAK, SEC_VOORTGANG, SEC_PATRONEN, SEC_N };

static const char *const sec_name[SEC_N] = {"overzicht", "arrangement", "afspraken", "voortgang", "patronen"};

static const struct opp_report_col *
sec_cols(int sec)
{
	static const struct opp_report_col *const cols[SEC_N] = {
	        opp_case_cols, opp_inzet_cols, opp_afspraak_cols, opp_voortgang_cols, opp_patroon_cols};
	return cols[sec];
}

#define MAXCELLS 32

struct opp_report {
	struct opp_render_opts o;
	struct opp_arena arena; /* one case's rows; released after each */
	struct opp_strmap pats; /* wat → struct pat */
	size_t cases;
	/* md, html: the sink, and the tables that wait their turn */
	struct opp_sink *sink;
	FILE *out;
	int err; /* the first errno writing out */
	struct opp_spool *spool[SEC_N];
	struct opp_buf rec;
	/* xlsx: every sheet as rows come */
	struct opp_xlsx *x;
	char *path;
	struct opp_xlsx_sheet *sheet[SEC_N];
};

static bool
write_out(void *ctx, const char *data, size_t len)
{
	struct opp_report *r = ctx;

	if (fwrite(data, 1, len, r->out) == len)
		return true;
	if (!r->err)
		r->err = errno ? errno : EIO;
	return false;
}

/* The report's page (html): wide tables whose header stays in view. */
static const char css[] =
        "body{font-family:sans-serif}table{border-collapse:collapse;margin-bottom:2em}\n"
        "th,td{border:1px solid #ccc;padding:.2em .4em;text-align:left;vertical-align:top}\n"
        "th{background:#eee;position:sticky;top:0}.r{text-align:right}\n";

static void
table_begin(struct opp_report *r, int sec)
{
	const struct opp_report_col *cols = sec_cols(sec);
	struct opp_sink_col c[MAXCELLS];
	size_t n = opp_report_ncols(cols);

	for (size_t i = 0; i < n; i++)
		c[i] = (struct opp_sink_col){cols[i].name, cols[i].right ? OPP_ALIGN_RIGHT : OPP_ALIGN_LEFT,
		                             0, false};
	opp_sink_heading(r->sink, 2, sec_name[sec]);
	opp_sink_table_begin(r->sink, &(struct opp_sink_table){NULL, n, c});
}

static struct opp_report *
report_new(const struct opp_render_opts *o)
{
	struct opp_report *r = xcalloc(1, sizeof(*r));

	r->o = *o;
	opp_arena_init(&r->arena);
	opp_strmap_init(&r->pats, sizeof(struct pat));
	opp_buf_init(&r->rec);
	return r;
}

static void
report_free(struct opp_report *r)
{
	for (int i = 0; i < SEC_N; i++)
		opp_spool_free(r->spool[i]);
	opp_strmap_release(&r->pats);
	opp_buf_release(&r->rec);
	opp_arena_release(&r->arena);
	free(r->path);
	free(r);
}

struct opp_report *
opp_report_open(const struct opp_writer *w, const char *path, FILE *out, const struct opp_render_opts *o,
                char **err)
{
	struct opp_report *r = report_new(o);
	const char *today = opp_date_str(o->today).s;

	if (!w) {
		int64_t created = o->created ? o->created : (int64_t)o->today * 86400;

		r->x = opp_xlsx_open(path, &(struct opp_xlsx_opts){true, created, "Overzicht casussen"}, err);
		if (!r->x) {
			report_free(r);
			return NULL;
		}
		r->path = xstrdup(path);
		for (int i = 0; i < SEC_PATRONEN; i++) {
			struct opp_xlsx_col c[MAXCELLS];
			size_t n = opp_report_ncols(sec_cols(i));
			for (size_t k = 0; k < n; k++)
				c[k] = (struct opp_xlsx_col){sec_cols(i)[k].name, sec_cols(i)[k].width};
			r->sheet[i] = opp_xlsx_sheet(r->x, sec_name[i], c, n);
		}
		return r;
	}
	for (int i = SEC_INZET; i <= SEC_VOORTGANG; i++)
		if (!(r->spool[i] = opp_spool_new())) {
			struct opp_buf e = OPP_BUF_INIT;
			opp_buf_printf(&e, _("cannot create a temporary file: %s"), strerror(errno));
			*err = opp_buf_detach(&e, NULL);
			report_free(r);
			return NULL;
		}
	r->out = out;
	r->sink = opp_sink_new(w, write_out, r);
	{
		struct opp_buf t = OPP_BUF_INIT;
		opp_buf_printf(&t, "Overzicht casussen %s", today);
		opp_sink_begin(r->sink, &(struct opp_sink_page){.title = t.ptr, .lang = "nl", .css = css});
		opp_buf_release(&t);
	}
	opp_sink_heading(r->sink, 1, "Overzicht casussen");
	opp_sink_para_begin(r->sink);
	opp_sink_text(r->sink, "Peildatum:");
	opp_sink_punct(r->sink, " ");
	opp_sink_time(r->sink, today, today);
	opp_sink_para_end(r->sink);
	table_begin(r, SEC_CASES);
	return r;
}

/* One row of a section: into its sheet, the sink, or its spool. */
static void
emit(struct opp_report *r, int sec, const struct opp_cell *c, size_t n)
{
	if (r->x) {
		if (opp_xlsx_row(r->sheet[sec]))
			opp_cells_xlsx(r->sheet[sec], 0, c, n);
	} else if (r->spool[sec]) {
		cells_put(r->spool[sec], &r->rec, c, n);
	} else {
		cells_sink(r->sink, c, n);
	}
}

void
opp_report_add(struct opp_report *r, const char *file, const struct opp_doc *doc, const char *load_error,
               const struct opp_config *cfg)
{
	struct opp_cell c[MAXCELLS];
	struct opp_case_row row;

	r->cases++;
	opp_case_row_fill(&row, &r->arena, file, doc, load_error, cfg ? cfg : r->o.cfg, r->o.today);
	emit(r, SEC_CASES, c, opp_case_cells(&row, c));
	for (size_t i = 0; doc && i < doc->arrangement.n; i++) {
		const struct opp_inzet *z = &doc->arrangement.v[i];
		struct opp_inzet_row ir;
		struct pat *p;
		char *key;

		opp_inzet_row_fill(&ir, &r->arena, file, doc, z);
		emit(r, SEC_INZET, c, opp_inzet_cells(&ir, c));
		if (!z->wat.s)
			continue;
		key = opp_patroon_key(z->wat.s);
		p = opp_strmap_get(&r->pats, key);
		free(key);
		p->inzetten++;
		if (p->last_case != r->cases) {
			p->casussen++;
			p->last_case = r->cases;
		}
		if (z->bekostiging.door.s)
			p->funders |= 1u << z->bekostiging.door.i;
	}
	for (size_t i = 0; doc && i < doc->afspraken.n; i++) {
		const struct opp_afspraak *a = &doc->afspraken.v[i];
		struct opp_afspraak_row ar;

		if (a->gedaan.s)
			continue; /* open ones only */
		opp_afspraak_row_fill(&ar, &r->arena, file, doc, a, r->o.today);
		emit(r, SEC_AFSPRAAK, c, opp_afspraak_cells(&ar, c));
	}
	for (size_t i = 0; doc && i < doc->doelen.n; i++) {
		const struct opp_doel *d = &doc->doelen.v[i];
		struct opp_voortgang_row gr;

		if (!opp_doel_actief(doc, d, r->o.today))
			continue; /* active ones only */
		opp_voortgang_row_fill(&gr, &r->arena, file, doc, d, cfg ? cfg : r->o.cfg, r->o.today);
		emit(r, SEC_VOORTGANG, c, opp_voortgang_cells(&gr, c));
	}
	opp_arena_release(&r->arena);
	opp_arena_init(&r->arena);
}

/* The patterns, most cases first. Strings in r->arena. */
static struct opp_patroon *
patterns(struct opp_report *r)
{
	struct opp_patroon *p = xcalloc(r->pats.n + 1, sizeof(*p));
	struct opp_buf fin = OPP_BUF_INIT;

	for (size_t i = 0; i < r->pats.n; i++) {
		const struct pat *t = opp_strmap_value(&r->pats, i);

		p[i].wat = opp_strmap_key(&r->pats, i);
		p[i].casussen = t->casussen;
		p[i].inzetten = t->inzetten;
		for (int f = 0; f < OPP_FIN_COUNT; f++)
			if (t->funders & (1u << f))
				opp_buf_printf(&fin, "%s%s", (t->funders & ((1u << f) - 1)) ? ", " : "",
				               opp_financier_names[f]);
		p[i].financiers = opp_arena_strdup(&r->arena, fin.ptr);
		opp_buf_reset(&fin);
	}
	qsort(p, r->pats.n, sizeof(*p), cmp_pat);
	opp_buf_release(&fin);
	return p;
}

/* The text formats' tables that waited, then the patterns. */
static bool
close_text(struct opp_report *r, const struct opp_patroon *p, char **err)
{
	struct opp_cell c[MAXCELLS];
	int spooled = 0;
	bool ok;

	opp_sink_table_end(r->sink);
	for (int sec = SEC_INZET; sec <= SEC_VOORTGANG; sec++) {
		struct opp_spool *sp = r->spool[sec];

		table_begin(r, sec);
		opp_spool_rewind(sp);
		while (opp_spool_get(sp, &r->rec))
			cells_sink(r->sink, c, cells_get(&r->rec, c, MAXCELLS));
		opp_sink_table_end(r->sink);
		spooled = spooled ? spooled : opp_spool_error(sp);
	}
	table_begin(r, SEC_PATRONEN);
	for (size_t i = 0; i < r->pats.n; i++)
		cells_sink(r->sink, c, patroon_cells(&p[i], c));
	opp_sink_table_end(r->sink);
	opp_sink_end(r->sink);
	ok = opp_sink_close(r->sink);
	if (fflush(r->out) != 0 && !r->err)
		r->err = errno ? errno : EIO;
	if (ferror(r->out) && !r->err)
		r->err = EIO;
	if (!r->err)
		r->err = spooled;
	if (!ok && !r->err)
		r->err = EIO;
	if (r->err) {
		struct opp_buf e = OPP_BUF_INIT;
		opp_buf_printf(&e, _("cannot write the report: %s"), strerror(r->err));
		*err = opp_buf_detach(&e, NULL);
		return false;
	}
	return true;
}

static bool
close_xlsx(struct opp_report *r, const struct opp_patroon *p, char **err)
{
	struct opp_cell c[MAXCELLS];
	struct opp_xlsx_sheet *sh;

	for (int i = 0; i < SEC_PATRONEN; i++)
		opp_xlsx_filter(r->sheet[i]);
	{
		struct opp_xlsx_col cols[4];
		for (size_t k = 0; k < 4; k++)
			cols[k] = (struct opp_xlsx_col){opp_patroon_cols[k].name, opp_patroon_cols[k].width};
		sh = opp_xlsx_sheet(r->x, sec_name[SEC_PATRONEN], cols, 4);
	}
	for (size_t i = 0; sh && i < r->pats.n && opp_xlsx_row(sh); i++)
		opp_cells_xlsx(sh, 0, c, patroon_cells(&p[i], c));
	opp_xlsx_filter(sh);
	return opp_xlsx_close(r->x, r->path, err);
}

bool
opp_report_close(struct opp_report *r, char **err)
{
	struct opp_patroon *p = patterns(r);
	bool ok = r->x ? close_xlsx(r, p, err) : close_text(r, p, err);

	free(p);
	report_free(r);
	return ok;
}

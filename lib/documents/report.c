/*
 * report — the caseload report: its rows (format-independent, shared
 * with `opp list` and the case workbook), the cells of each row, and the
 * driver that writes them through the sink (md, html) or into a
 * workbook (xlsx).
 *
 * Rows come case by case, but the report shows its tables one after the
 * other, and its overview with the broken files first. The overview's
 * rows wait in a spool (base/spool.h) per rank (opp_case_rank) as typed
 * cells; the workbook takes the other rows as they come (each sheet has
 * its own temporary file in constant-memory mode), and for the text
 * formats the arrangement and afspraken rows wait in a spool until
 * their table's turn, so memory stays flat over any number of cases.
 * Between cases only the pattern counts are kept.
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
#include "checks/rules.h"
#include "documents/due.h"
#include "documents/render.h"
#include "facts/obligations.h"
#include "facts/query.h"

#define X_FCOL(id, name, label) {"bekostiging " name, 14, true, false, N_("funding %s")},
const struct opp_report_col opp_case_cols[] = {
        {"bestand", 30, false, false, N_("file")},
        {"fouten", 10, true, false, N_("errors")},
        {"waarschuwingen", 10, true, false, N_("warnings")},
        {"leerling", 24, false, false, N_("pupil")},
        {"school", 24, false, false, N_("school")},
        {"groep", 10, false, false, N_("group")},
        {"regievoerder", 22, false, false, N_("coordinator")},
        {"stap", 6, true, false, N_("step")},
        {"fase", 20, false, false, N_("phase")},
        {"actieve doelen", 9, true, false, N_("active goals")},
        {"volgende evaluatie", 12, false, false, N_("next evaluation date")},
        {"achterstallig", 9, true, false, N_("overdue items")},
        {"zonder voortgang", 9, true, false, N_("without progress")},
        {"stagnatie", 9, true, false, N_("stalled")},
        OPP_FINANCIERS(X_FCOL){"fout", 60, false, true, N_("error")},
        {NULL, 0, false, false, NULL},
};
#undef X_FCOL

const struct opp_report_col opp_inzet_cols[] = {
        {"bestand", 30, false, false, N_("file")},
        {"leerling", 24, false, false, N_("pupil")},
        {"id", 18, false, false, N_("id")},
        {"doelen", 24, false, false, N_("goals")},
        {"wat", 60, false, true, N_("what")},
        {"wie", 24, false, false, N_("who")},
        {"organisatie", 24, false, false, N_("organisation")},
        {"frequentie", 16, false, false, N_("frequency")},
        {"start", 11, false, false, N_("start")},
        {"eind", 11, false, false, N_("end")},
        {"door", 14, false, false, N_("funded by")},
        {"grondslag", 18, false, false, N_("basis")},
        {"status", 12, false, false, N_("status")},
        {"bedrag", 13, true, false, N_("amount")},
        {"kenmerk", 18, false, false, N_("reference")},
        {"wachtlijst tot", 14, false, false, N_("waiting list until")},
        {"overbrugging", 50, false, true, N_("bridging")},
        {NULL, 0, false, false, NULL},
};

const struct opp_report_col opp_afspraak_cols[] = {
        {"bestand", 30, false, false, N_("file")},
        {"leerling", 24, false, false, N_("pupil")},
        {"id", 18, false, false, N_("id")},
        {"wie", 24, false, false, N_("who")},
        {"wat", 60, false, true, N_("what")},
        {"uiterlijk", 11, false, false, N_("due by")},
        {"terugkoppeling", 30, false, false, N_("report back to")},
        {"status", 10, false, false, N_("status")},
        {"dagen te laat", 13, true, false, N_("days late")},
        {NULL, 0, false, false, NULL},
};

const struct opp_report_col opp_patroon_cols[] = {
        {"patroon", 70, false, true, N_("pattern")},
        {"leerlingen", 10, true, false, N_("pupils")},
        {"school", 24, false, false, N_("school")},
        {"groep", 10, false, false, N_("group")},
        {"soort", 18, false, false, N_("kind")},
        {"wat", 50, false, true, N_("what")},
        {NULL, 0, false, false, NULL},
};

const struct opp_report_col opp_voortgang_cols[] = {
        {"bestand", 30, false, false, N_("file")},
        {"leerling", 24, false, false, N_("pupil")},
        {"doel", 18, false, false, N_("goal")},
        {"domein", 20, false, false, N_("domain")},
        {"koers", 13, false, false, N_("course")},
        {"laatste voortgang", 12, false, false, N_("last progress")},
        {"dagen geleden", 9, true, false, N_("days ago")},
        {"volgende evaluatie", 12, false, false, N_("next evaluation date")},
        {NULL, 0, false, false, NULL},
};

const struct opp_report_col opp_stagnatie_cols[] = {
        {"bestand", 30, false, false, N_("file")},
        {"leerling", 24, false, false, N_("pupil")},
        {"regievoerder", 22, false, false, N_("coordinator")},
        {"stagnatie", 30, false, false, N_("stalled")},
        {"betreft", 18, false, false, N_("concerns")},
        {"sinds", 11, false, false, N_("since")},
        {"dagen", 8, true, false, N_("days")},
        {NULL, 0, false, false, NULL},
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
	/* The root cause first, as validate tells it (diag.h): an error that
	 * explains others, else the first that nothing explains. */
	for (size_t i = 0; i < d->n && !best; i++)
		if (d->v[i].sev == OPP_SEV_ERROR && d->v[i].follows)
			best = &d->v[i];
	for (size_t i = 0; i < d->n && !best; i++)
		if (d->v[i].sev == OPP_SEV_ERROR && d->v[i].cause == OPP_NO_CAUSE)
			best = &d->v[i];
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

char *
opp_case_check_fill(struct opp_case_check *c, const char *name, const struct opp_doc *doc,
                    struct opp_diags *d)
{
	char *first = NULL;

	memset(c, 0, sizeof(*c));
	c->unreadable = !doc;
	c->errors = opp_diags_count(d, OPP_SEV_ERROR);
	c->warnings = opp_diags_count(d, OPP_SEV_WARNING);
	if (!doc || c->errors)
		c->first = first = opp_report_load_error(name, d);
	return first;
}

int
opp_case_rank(const struct opp_case_row *r)
{
	if (r->unreadable)
		return 0;
	if (r->errors)
		return 1;
	return r->warnings ? 2 : 3;
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
                  const struct opp_doc *doc, const struct opp_case_check *chk, const struct opp_config *cfg,
                  int32_t today)
{
	struct opp_config defaults;
	struct opp_due_list due;
	const struct opp_overleg *ev;

	memset(r, 0, sizeof(*r));
	r->file = dup(arena, file);
	r->evaluatie = OPP_NODATE;
	if (chk) {
		r->checked = true;
		r->errors = chk->errors;
		r->warnings = chk->warnings;
		if (chk->first && (!doc || chk->errors))
			r->error = dup(arena, chk->first);
	}
	if (!doc) {
		r->unreadable = true;
		if (!r->error)
			r->error = dup(arena, _("the file could not be loaded"));
		return;
	}
	r->naam = dup(arena, doc->leerling.naam.s);
	r->school = dup(arena, doc->leerling.school.s);
	r->groep = dup(arena, doc->leerling.groep.s);
	if (doc->regie.opp.s)
		r->regie = dup(arena, opp_report_naam(doc, doc->regie.opp.s));
	/* What is derived from a file with errors would look trustworthy
	 * and is not: a file with twelve errors is no "step 9" case. */
	if (r->errors)
		return;
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
	r->stagnatie = opp_stagnatie_rows(NULL, arena, file, doc, cfg, today);
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

/* ---- stagnation --------------------------------------------------------
 * 003: "Wanneer er in het ondersteuningsproces stagnatie ontstaat [...]
 * dan kan consultatie ingezet worden": the caseload shows which cases
 * stall and for how long, so the IB'er sees where to call in Team Nooit
 * Opgeven. A stagnation shows on its day (the obligation's deadline,
 * spec rule stagnatie) and lasts as long as the obligation is open. */

static const char *
stagnatie_wat(const struct opp_obligation *o)
{
	switch (o->what) {
	case OPP_OWE_BESLUIT: return _("no decision on the funding");
	case OPP_OWE_AFGEWEZEN: return _("funding refused");
	case OPP_OWE_WACHTLIJST: return _("waiting list");
	case OPP_OWE_VASTGELOPEN: return _("not achieved twice");
	default: return NULL;
	}
}

/* Whether o is a stagnation that has shown by today. */
static bool
stalls(const struct opp_obligation *o, int32_t today)
{
	return o->rule == OPP_RULE_STAGNATIE && opp_ob_is_due(o) && o->deadline <= today && stagnatie_wat(o);
}

size_t
opp_stagnatie_rows(struct opp_stagnatie_row **rows, struct opp_arena *arena, const char *file,
                   const struct opp_doc *doc, const struct opp_config *cfg, int32_t today)
{
	struct opp_obligations ob;
	size_t n = 0, k = 0;

	opp_obligations_collect(&ob, doc, cfg, today);
	for (size_t i = 0; i < ob.n; i++)
		n += stalls(&ob.v[i], today);
	if (rows)
		*rows = n ? opp_arena_alloc(arena, n * sizeof(**rows)) : NULL;
	for (size_t i = 0; rows && i < ob.n; i++) {
		const struct opp_obligation *o = &ob.v[i];
		struct opp_stagnatie_row *r = &(*rows)[k];

		if (!stalls(o, today))
			continue;
		k++;
		r->file = dup(arena, file);
		r->leerling = dup(arena, doc->leerling.naam.s);
		r->regie = doc->regie.opp.s ? dup(arena, opp_report_naam(doc, doc->regie.opp.s)) : NULL;
		r->wat = stagnatie_wat(o);
		r->betreft = dup(arena, o->inzet ? o->inzet->id.s : o->doel ? o->doel->id.s : NULL);
		r->sinds = o->deadline;
		r->dagen = today - o->deadline;
	}
	opp_obligations_release(&ob);
	return n;
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

/* ---- cells ------------------------------------------------------------------ */

size_t
opp_report_ncols(const struct opp_report_col *cols)
{
	size_t n = 0;
	while (cols[n].name)
		n++;
	return n;
}

const char *
opp_report_col_label(struct opp_arena *a, const struct opp_report_col *cols, size_t i)
{
	struct opp_buf b = OPP_BUF_INIT;
	const char *s = _(cols[i].label), *at = strstr(s, "%s");

	/* A funder column's label holds "%s" for the funder (the format's
	 * word), spliced in rather than printed with a format from the
	 * catalogue. */
	if (at && cols == opp_case_cols && i >= OPP_CASE_FUNDERS && i < OPP_CASE_FUNDERS + OPP_FIN_COUNT)
		opp_buf_printf(&b, "%.*s%s%s", (int)(at - s), s, opp_financier_names[i - OPP_CASE_FUNDERS],
		               at + 2);
	else
		opp_buf_printf(&b, "%s", s);
	s = opp_arena_strdup(a, b.ptr);
	opp_buf_release(&b);
	return s;
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
	/* "unreadable" for a file that does not load (the counts would say
	 * "0 errors", which is not the truth). */
	c[n++] = r->unreadable ? text(_("unreadable")) : r->checked ? count((double)r->errors) : text(NULL);
	c[n++] = r->checked && !r->unreadable ? count((double)r->warnings) : text(NULL);
	c[n++] = text(r->naam);
	c[n++] = text(r->school);
	c[n++] = text(r->groep);
	c[n++] = text(r->regie);
	if (r->error) {
		/* A case that did not load or has errors: its first error,
		 * nothing derived. */
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
	c[n++] = count((double)r->stagnatie);
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
opp_stagnatie_cells(const struct opp_stagnatie_row *r, struct opp_cell *c)
{
	size_t n = 0;

	c[n++] = text(r->file);
	c[n++] = text(r->leerling);
	c[n++] = text(r->regie);
	c[n++] = text(r->wat);
	c[n++] = text(r->betreft);
	c[n++] = date(r->sinds);
	c[n++] = count(r->dagen);
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
	c[0] = text(p->zin);
	c[1] = count((double)p->leerlingen);
	c[2] = text(p->school);
	c[3] = text(p->groep);
	c[4] = text(opp_patroon_soort_names[p->soort]);
	c[5] = text(p->wat);
	return 6;
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

enum { SEC_CASES, SEC_INZET, SEC_AFSPRAAK, SEC_VOORTGANG, SEC_STAGNATIE, SEC_PATRONEN, SEC_N };

/* Each section's class in html (the page's style picks tables by it) and
 * its title, the heading in md and html and the sheet's name in xlsx. */
static const struct {
	const char *key, *title;
} sec_name[SEC_N] = {
        {"overzicht", N_("overview")}, {"arrangement", N_("arrangement")}, {"afspraken", N_("agreements")},
        {"voortgang", N_("progress")}, {"stagnatie", N_("stagnation")},    {"patronen", N_("patterns")},
};

static const struct opp_report_col *
sec_cols(int sec)
{
	static const struct opp_report_col *const cols[SEC_N] = {opp_case_cols,      opp_inzet_cols,
	                                                         opp_afspraak_cols,  opp_voortgang_cols,
	                                                         opp_stagnatie_cols, opp_patroon_cols};
	return cols[sec];
}

#define MAXCELLS 32

struct opp_report {
	struct opp_render_opts o;
	struct opp_arena arena;    /* one case's rows; released after each */
	struct opp_arena heads;    /* the column headers, for the whole report */
	struct opp_patronen *pats; /* patroon.h */
	size_t cases;
	size_t stalled; /* cases in which something stalls */
	/* md, html: the sink, and the tables that wait their turn */
	struct opp_sink *sink;
	FILE *out;
	int err; /* the first errno writing out */
	struct opp_spool *spool[SEC_N];
	struct opp_buf rec;
	/* every format: the overview's rows wait here, by opp_case_rank */
	struct opp_spool *ranked[OPP_CASE_RANKS];
	/* xlsx: the other sheets as rows come */
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

/* The report's page (html), after the writer's (cards on a phone). On
 * a screen each wide table scrolls inside a box no taller than the
 * window, so that its header (sticky) and its sideways scroll bar stay
 * in view. On paper: A4 landscape in a small type; the overview and the
 * patterns are tables with every column on the page (the path in the
 * first column and the error in the last break anywhere rather than
 * push the last columns off the paper; numbers and dates stay whole); the arrangement and the afspraken,
 * seventeen and nine columns of mostly long text, are one block per row with each value after its column's
 * name, so no column is cut off or squeezed into a sliver. */
static const char css[] =
        "@page{size:A4 landscape;margin:10mm}\n"
        "body{font-family:sans-serif;margin:1em;line-height:1.35}h1{font-size:1.5em}h2{font-size:1.2em}\n"
        ".tabel{margin:0 0 2em}table{border-collapse:collapse}\n"
        "th,td{border:1px solid #ccc;padding:.2em .4em;text-align:left;vertical-align:top}\n"
        "th{background:#eee}.r{text-align:right}\n"
        "@media screen and (min-width:40.01em){.tabel{max-height:85vh;overflow:auto}"
        "th{position:sticky;top:0}}\n"
        "@media screen and (max-width:40em){body{margin:.75em}h1{font-size:1.3em}}\n"
        "@media print{body{margin:0;font-size:7.5pt}h2{break-after:avoid;page-break-after:avoid}"
        "table{width:100%}thead{display:table-header-group}tr{break-inside:avoid;page-break-inside:avoid}"
        "th{-webkit-print-color-adjust:exact;print-color-adjust:exact}th,td{padding:.15em .3em}"
        "td:first-child,td:last-child{overflow-wrap:anywhere}td:first-child{min-width:9em}table.overzicht "
        "td:last-child{min-width:20em}td.r,td "
        "time{white-space:nowrap}\n"
        "table.arrangement,table.afspraken,table.arrangement>tbody,table.afspraken>tbody,"
        "table.arrangement>tbody>tr,table.afspraken>tbody>tr{display:block}"
        "table.arrangement>thead,table.afspraken>thead{display:none}"
        "table.arrangement>tbody>tr,table.afspraken>tbody>tr{border-top:1px solid #999;padding:.25em 0}"
        "table.arrangement td,table.afspraken td{display:inline;border:0;padding:0;margin-right:1.2em;"
        "overflow-wrap:break-word;text-align:left}"
        "table.arrangement td:empty,table.afspraken td:empty{display:none}"
        "table.arrangement td::before,table.afspraken td::before{content:attr(data-label) \": \";"
        "font-weight:600;white-space:nowrap}}\n";

static void
table_begin(struct opp_report *r, int sec, void (*intro)(struct opp_report *r))
{
	const struct opp_report_col *cols = sec_cols(sec);
	struct opp_sink_col c[MAXCELLS];
	size_t n = opp_report_ncols(cols);

	for (size_t i = 0; i < n; i++)
		c[i] = (struct opp_sink_col){opp_report_col_label(&r->heads, cols, i),
		                             cols[i].right ? OPP_ALIGN_RIGHT : OPP_ALIGN_LEFT, 0, false};
	opp_sink_heading(r->sink, 2, _(sec_name[sec].title));
	if (intro)
		intro(r);
	opp_sink_table_begin(r->sink, &(struct opp_sink_table){sec_name[sec].key, n, c});
}

static struct opp_report *
report_new(const struct opp_render_opts *o)
{
	struct opp_report *r = xcalloc(1, sizeof(*r));

	r->o = *o;
	opp_arena_init(&r->arena);
	opp_arena_init(&r->heads);
	r->pats = opp_patronen_new();
	opp_buf_init(&r->rec);
	return r;
}

static void
report_free(struct opp_report *r)
{
	for (int i = 0; i < SEC_N; i++)
		opp_spool_free(r->spool[i]);
	for (int i = 0; i < OPP_CASE_RANKS; i++)
		opp_spool_free(r->ranked[i]);
	opp_patronen_free(r->pats);
	opp_buf_release(&r->rec);
	opp_arena_release(&r->arena);
	opp_arena_release(&r->heads);
	free(r->path);
	free(r);
}

/* Spools for what waits: the overview's rows by rank, and (text
 * formats) the arrangement and afspraken tables. False with *err set. */
static bool
spools_new(struct opp_report *r, bool text, char **err)
{
	for (int i = 0; i < OPP_CASE_RANKS; i++)
		if (!(r->ranked[i] = opp_spool_new()))
			goto fail;
	for (int i = SEC_INZET; text && i <= SEC_STAGNATIE; i++)
		if (!(r->spool[i] = opp_spool_new()))
			goto fail;
	return true;
fail:;
	struct opp_buf e = OPP_BUF_INIT;
	opp_buf_printf(&e, _("cannot create a temporary file: %s"), strerror(errno));
	*err = opp_buf_detach(&e, NULL);
	return false;
}

struct opp_report *
opp_report_open(const struct opp_writer *w, const char *path, FILE *out, const struct opp_render_opts *o,
                char **err)
{
	struct opp_report *r = report_new(o);
	const char *today = opp_date_str(o->today).s;
	const char *title = _("Caseload overview");

	if (!spools_new(r, w != NULL, err)) {
		report_free(r);
		return NULL;
	}
	if (!w) {
		int64_t created = o->created ? o->created : (int64_t)o->today * 86400;

		r->x = opp_xlsx_open(path, &(struct opp_xlsx_opts){true, created, title}, err);
		if (!r->x) {
			report_free(r);
			return NULL;
		}
		r->path = xstrdup(path);
		for (int i = 0; i < SEC_PATRONEN; i++) {
			struct opp_xlsx_col c[MAXCELLS];
			size_t n = opp_report_ncols(sec_cols(i));
			for (size_t k = 0; k < n; k++)
				c[k] = (struct opp_xlsx_col){opp_report_col_label(&r->heads, sec_cols(i), k),
				                             sec_cols(i)[k].width, sec_cols(i)[k].wrap};
			r->sheet[i] = opp_xlsx_sheet(r->x, _(sec_name[i].title), c, n);
		}
		return r;
	}
	r->out = out;
	r->sink = opp_sink_new(w, write_out, r);
	{
		struct opp_buf t = OPP_BUF_INIT;
		/* The page is in the language of its words: Dutch when the
		 * catalogue translated them (its one translation, po/nl.po). */
		const char *lang = strcmp(title, "Caseload overview") ? "nl" : "en";
		opp_buf_printf(&t, "%s %s", title, today);
		opp_sink_begin(r->sink, &(struct opp_sink_page){.title = t.ptr, .lang = lang, .css = css});
		opp_buf_release(&t);
	}
	opp_sink_heading(r->sink, 1, title);
	opp_sink_para_begin(r->sink);
	opp_sink_text(r->sink, _("As of:"));
	opp_sink_punct(r->sink, " ");
	opp_sink_time(r->sink, today, today);
	opp_sink_para_end(r->sink);
	return r;
}

/* One row of the arrangement or afspraken: into its sheet, or its
 * spool until its table's turn. */
static void
emit(struct opp_report *r, int sec, const struct opp_cell *c, size_t n)
{
	if (r->x) {
		if (opp_xlsx_row(r->sheet[sec]))
			opp_cells_xlsx(r->sheet[sec], 0, c, n);
	} else {
		cells_put(r->spool[sec], &r->rec, c, n);
	}
}

/* The rows of what stalls in one case. */
static void
add_stagnatie(struct opp_report *r, const char *file, const struct opp_doc *doc, const struct opp_config *cfg)
{
	struct opp_cell c[MAXCELLS];
	struct opp_stagnatie_row *rows;
	size_t n = opp_stagnatie_rows(&rows, &r->arena, file, doc, cfg, r->o.today);

	r->stalled += n > 0;
	for (size_t i = 0; i < n; i++)
		emit(r, SEC_STAGNATIE, c, opp_stagnatie_cells(&rows[i], c));
}

/* md, html: what the patterns are for (patroon.h: handbook 001). */
static void
patronen_intro(struct opp_report *r)
{
	opp_sink_para(r->sink,
	              _("Several pupils of one group with the same support question: goals in the "
	                "same domain, the same need or support of the same kind. There the school can "
	                "organise a collective offer with the JGZ or the CJG. Counts active goals and "
	                "support that still runs; files with errors do not count."));
}

/* md, html: how many cases stall, before their table. */
static void
stagnatie_intro(struct opp_report *r)
{
	struct opp_buf b = OPP_BUF_INIT;

	opp_buf_printf(&b, _("Something stalls in %zu of the %zu cases."), r->stalled, r->cases);
	opp_sink_para(r->sink, b.ptr);
	opp_buf_release(&b);
}

void
opp_report_add(struct opp_report *r, const char *file, const struct opp_doc *doc,
               const struct opp_case_check *chk, const struct opp_config *cfg)
{
	struct opp_cell c[MAXCELLS];
	struct opp_case_row row;

	r->cases++;
	opp_case_row_fill(&row, &r->arena, file, doc, chk, cfg ? cfg : r->o.cfg, r->o.today);
	cells_put(r->ranked[opp_case_rank(&row)], &r->rec, c, opp_case_cells(&row, c));
	/* The patterns are derived: a file with errors does not count. */
	if (doc && !row.errors)
		opp_patronen_add(r->pats, doc, r->o.today);
	for (size_t i = 0; doc && i < doc->arrangement.n; i++) {
		struct opp_inzet_row ir;

		opp_inzet_row_fill(&ir, &r->arena, file, doc, &doc->arrangement.v[i]);
		emit(r, SEC_INZET, c, opp_inzet_cells(&ir, c));
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
	if (doc)
		add_stagnatie(r, file, doc, cfg ? cfg : r->o.cfg);
	opp_arena_release(&r->arena);
	opp_arena_init(&r->arena);
}

/* The overview's rows that waited, broken files first, into the sink or
 * the sheet; the first spool error (errno) or 0. */
static int
write_ranked(struct opp_report *r)
{
	struct opp_cell c[MAXCELLS];
	int spooled = 0;

	for (int k = 0; k < OPP_CASE_RANKS; k++) {
		struct opp_spool *sp = r->ranked[k];

		opp_spool_rewind(sp);
		while (opp_spool_get(sp, &r->rec)) {
			size_t n = cells_get(&r->rec, c, MAXCELLS);
			if (!r->x)
				cells_sink(r->sink, c, n);
			else if (opp_xlsx_row(r->sheet[SEC_CASES]))
				opp_cells_xlsx(r->sheet[SEC_CASES], 0, c, n);
		}
		spooled = spooled ? spooled : opp_spool_error(sp);
	}
	return spooled;
}

/* The text formats' tables that waited, then the patterns. */
static bool
close_text(struct opp_report *r, const struct opp_patroon *p, size_t np, char **err)
{
	struct opp_cell c[MAXCELLS];
	int spooled;
	bool ok;

	table_begin(r, SEC_CASES, NULL);
	spooled = write_ranked(r);
	opp_sink_table_end(r->sink);
	for (int sec = SEC_INZET; sec <= SEC_STAGNATIE; sec++) {
		struct opp_spool *sp = r->spool[sec];

		table_begin(r, sec, sec == SEC_STAGNATIE ? stagnatie_intro : NULL);
		opp_spool_rewind(sp);
		while (opp_spool_get(sp, &r->rec))
			cells_sink(r->sink, c, cells_get(&r->rec, c, MAXCELLS));
		opp_sink_table_end(r->sink);
		spooled = spooled ? spooled : opp_spool_error(sp);
	}
	table_begin(r, SEC_PATRONEN, patronen_intro);
	for (size_t i = 0; i < np; i++)
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
close_xlsx(struct opp_report *r, const struct opp_patroon *p, size_t np, char **err)
{
	struct opp_cell c[MAXCELLS];
	struct opp_xlsx_sheet *sh;
	int spooled = write_ranked(r);

	for (int i = 0; i < SEC_PATRONEN; i++)
		opp_xlsx_filter(r->sheet[i]);
	{
		struct opp_xlsx_col cols[MAXCELLS];
		size_t n = opp_report_ncols(opp_patroon_cols);
		for (size_t k = 0; k < n; k++)
			cols[k] = (struct opp_xlsx_col){opp_report_col_label(&r->heads, opp_patroon_cols, k),
			                                opp_patroon_cols[k].width, opp_patroon_cols[k].wrap};
		sh = opp_xlsx_sheet(r->x, _(sec_name[SEC_PATRONEN].title), cols, n);
	}
	for (size_t i = 0; sh && i < np && opp_xlsx_row(sh); i++)
		opp_cells_xlsx(sh, 0, c, patroon_cells(&p[i], c));
	opp_xlsx_filter(sh);
	if (!opp_xlsx_close(r->x, r->path, err))
		return false;
	if (spooled) {
		struct opp_buf e = OPP_BUF_INIT;
		opp_buf_printf(&e, _("cannot write the report: %s"), strerror(spooled));
		*err = opp_buf_detach(&e, NULL);
		return false;
	}
	return true;
}

bool
opp_report_close(struct opp_report *r, char **err)
{
	size_t np;
	const struct opp_patroon *p = opp_patronen_list(r->pats, &np);
	bool ok = r->x ? close_xlsx(r, p, np, err) : close_text(r, p, np, err);

	report_free(r);
	return ok;
}

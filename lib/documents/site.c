/*
 * site — the pages of `opp serve`: see site.h.
 *
 * Each page is one walk through an html sink. The case document and the
 * agenda are the commands' own documents, begun inside the page (the
 * sink writes one page for nested documents), so the server cannot show
 * a plan differently from `opp render`.
 */
#include "documents/site.h"

#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/date.h"
#include "base/i18n.h"
#include "base/present.h"
#include "base/strmap.h"
#include "base/utf8.h"
#include "documents/agenda.h"
#include "documents/due.h"
#include "documents/render.h"
#include "documents/report.h"
#include "facts/handelingsdeel.h"
#include "facts/query.h"
#include "format/ruleset.h"
#include "output/sink.h"

/* The site's own additions to the case document's style sheet: the
 * navigation and the findings. */
static const char site_css[] =
        "nav{display:flex;flex-wrap:wrap;gap:.3em 1.2em;padding:.4em 0;margin-bottom:1em;"
        "border-bottom:1px solid #ccc}\n"
        "nav p{margin:0}\n"
        "td em{color:#777;font-style:normal}\n"
        "pre{background:#f4f4f4;padding:.3em .5em;overflow-x:auto}\n"
        /* The source view: the text as it is, white space kept, wrapped
         * rather than wider than a phone; the line linked to marked. */
        "table.bron td{font-family:monospace;white-space:pre-wrap;overflow-wrap:anywhere;"
        "padding-top:0;padding-bottom:0}\n"
        "table.bron td.r{color:#777;user-select:none}\n"
        "table.bron tr:target{background:#fff3b0}\n";

/* ---- small parts --------------------------------------------------------- */

struct page {
	struct opp_sink *s;
	const struct opp_site *site;
	struct opp_buf t; /* scratch */
};

static void
link(struct page *p, const char *url, const char *text)
{
	opp_sink_link(p->s, url, text);
}

static void
page_begin(struct page *p, const char *title)
{
	struct opp_buf css = OPP_BUF_INIT;

	opp_buf_puts(&css, opp_render_css);
	opp_buf_puts(&css, site_css);
	opp_sink_begin(p->s, &(struct opp_sink_page){.title = title, .lang = "nl", .css = css.ptr});
	opp_buf_release(&css);
	opp_sink_para_begin(p->s);
	link(p, "/vandaag", "Vandaag");
	opp_sink_punct(p->s, " · ");
	link(p, "/caseload", "Caseload");
	opp_sink_punct(p->s, " · ");
	opp_buf_reset(&p->t);
	opp_buf_puts(&p->t, "peildatum ");
	opp_present_date(&p->t, p->site->today);
	opp_sink_time(p->s, opp_date_str(p->site->today).s, p->t.ptr);
	opp_sink_para_end(p->s);
	opp_sink_heading(p->s, 1, title);
}

static void
page_end(struct page *p)
{
	opp_sink_end(p->s);
}

/* "/casus/12" for case i. */
static void
case_url(struct opp_buf *b, size_t i)
{
	opp_buf_printf(b, "/casus/%zu", i);
}

/* "/casus/12/bron#regel-40": line `line` of case i's file. */
static void
line_url(struct opp_buf *b, size_t i, uint32_t line)
{
	opp_buf_printf(b, "/casus/%zu/bron#regel-%u", i, (unsigned)line);
}

static const char *
pupil(const struct opp_site_case *c)
{
	return c->doc && c->doc->leerling.naam.s ? c->doc->leerling.naam.s : c->name;
}

/* "3 dagen te laat", "vandaag", "over 2 dagen".
 *
 * The counts on these pages go through P_ like every message with a
 * count, with Dutch msgids: the pages are Dutch whatever the locale (as
 * the documents are), and the catalogue keeps them as they are. */
static void
when(struct opp_buf *b, int32_t days)
{
	if (days > 0)
		/* TRANSLATORS: Dutch on purpose (a page of opp serve): keep it. */
		opp_buf_printf(b, P_("%d dag te laat", "%d dagen te laat", days), days);
	else if (days == 0)
		opp_buf_puts(b, "vandaag");
	else
		/* TRANSLATORS: Dutch on purpose (a page of opp serve): keep it. */
		opp_buf_printf(b, P_("over %d dag", "over %d dagen", -days), -days);
}

/* ---- Vandaag ------------------------------------------------------------- */

struct person {
	const char *naam;
	size_t coordinates; /* cases where they hold regie */
	size_t order;       /* first seen */
};

static int
cmp_person(const void *a, const void *b)
{
	const struct person *x = *(const struct person *const *)a, *y = *(const struct person *const *)b;

	if (x->coordinates != y->coordinates)
		return x->coordinates > y->coordinates ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* Everyone the cases name by id, coordinators first (most cases first),
 * then in the order they appear. */
static const char **
people(const struct opp_site *site, struct opp_strmap *m, size_t *n)
{
	const char **ids;
	struct person **v;

	for (size_t i = 0; i < site->n; i++) {
		const struct opp_doc *doc = site->cases[i].doc;
		for (size_t k = 0; doc && k < doc->betrokkenen.n; k++) {
			const struct opp_persoon *q = &doc->betrokkenen.v[k];
			struct person *p;
			size_t before = m->n;
			if (!q->id.s)
				continue;
			p = opp_strmap_get(m, q->id.s);
			if (m->n > before) {
				p->order = before;
				p->naam = q->naam.s;
			}
			if (opp_due_coordinates(doc, q->id.s))
				p->coordinates++;
		}
	}
	*n = m->n;
	v = xcalloc(m->n + 1, sizeof(*v));
	ids = xcalloc(m->n + 1, sizeof(*ids));
	for (size_t i = 0; i < m->n; i++)
		v[i] = opp_strmap_value(m, i);
	qsort(v, m->n, sizeof(*v), cmp_person);
	for (size_t i = 0; i < m->n; i++)
		ids[i] = opp_strmap_key(m, v[i]->order);
	free(v);
	return ids;
}

struct due_at {
	const struct opp_due_item *it;
	size_t casus;
};

static int
cmp_due(const void *a, const void *b)
{
	const struct due_at *x = a, *y = b;

	if (x->it->days != y->it->days)
		return x->it->days > y->it->days ? -1 : 1; /* the most overdue first */
	if (x->casus != y->casus)
		return x->casus < y->casus ? -1 : 1;
	return x->it->pos.line < y->it->pos.line ? -1 : x->it->pos.line > y->it->pos.line;
}

static const struct opp_sink_col due_cols[] = {
        {"Wanneer", OPP_ALIGN_LEFT, 0, false},
        {"Wat", OPP_ALIGN_LEFT, 0, false},
        {"Wie", OPP_ALIGN_LEFT, 0, false},
        {"Casus", OPP_ALIGN_LEFT, 0, false},
};

static void
due_table(struct page *p, struct due_at *v, size_t n, const char *none)
{
	if (!n) {
		opp_sink_para(p->s, none);
		return;
	}
	qsort(v, n, sizeof(*v), cmp_due);
	opp_sink_table_begin(p->s, &(struct opp_sink_table){"due", 4, due_cols});
	for (size_t i = 0; i < n; i++) {
		const struct opp_due_item *it = v[i].it;
		const struct opp_site_case *c = &p->site->cases[v[i].casus];

		opp_sink_row_begin(p->s);
		opp_buf_reset(&p->t);
		opp_present_date(&p->t, it->date);
		opp_buf_puts(&p->t, " (");
		when(&p->t, it->days);
		opp_buf_putc(&p->t, ')');
		opp_sink_cell(p->s, p->t.ptr);
		opp_sink_cell(p->s, it->what);
		opp_sink_cell(p->s, it->naam ? it->naam : it->who);
		opp_sink_cell_begin(p->s);
		opp_buf_reset(&p->t);
		case_url(&p->t, v[i].casus);
		link(p, p->t.ptr, pupil(c));
		if (it->pos.line) {
			char label[32];
			opp_sink_punct(p->s, " (");
			opp_buf_reset(&p->t);
			line_url(&p->t, v[i].casus, it->pos.line);
			snprintf(label, sizeof(label), "regel %u", (unsigned)it->pos.line);
			link(p, p->t.ptr, label);
			opp_sink_punct(p->s, ")");
		}
		opp_sink_cell_end(p->s);
		opp_sink_row_end(p->s);
	}
	opp_sink_table_end(p->s);
}

/* Why case c did not load: the reason it could not be read, or its
 * first finding (a syntax error). */
static const char *
why_unread(const struct opp_site_case *c)
{
	if (c->error)
		return c->error;
	return c->diags && c->diags->n ? c->diags->v[0].msg : "?";
}

/* The files that could not be read, as `opp list` shows them first:
 * what they hold is missing from the lists below, and that must show. */
static void
unread(struct page *p)
{
	const struct opp_site *site = p->site;
	size_t n = 0;

	for (size_t i = 0; i < site->n; i++)
		n += !site->cases[i].doc;
	if (!n)
		return;
	opp_buf_reset(&p->t);
	/* TRANSLATORS: Dutch on purpose (a page of opp serve): keep it. */
	opp_buf_printf(&p->t,
	               P_("%zu bestand is onleesbaar; wat erin staat, ontbreekt hieronder:",
	                  "%zu bestanden zijn onleesbaar; wat erin staat, ontbreekt hieronder:", n),
	               n);
	opp_sink_para(p->s, p->t.ptr);
	opp_sink_list_begin(p->s, false);
	for (size_t i = 0; i < site->n; i++) {
		const struct opp_site_case *c = &site->cases[i];
		if (c->doc)
			continue;
		opp_sink_item_begin(p->s);
		opp_buf_reset(&p->t);
		case_url(&p->t, i);
		link(p, p->t.ptr, c->name);
		opp_sink_punct(p->s, ": ");
		opp_sink_text(p->s, why_unread(c));
		opp_sink_item_end(p->s);
	}
	opp_sink_list_end(p->s);
}

static int
vandaag(struct page *p, opp_site_arg_fn *arg, void *actx)
{
	const struct opp_site *site = p->site;
	const char *want = arg(actx, "wie"), *who = NULL;
	struct opp_strmap m;
	struct opp_due_list l;
	size_t npeople, *casus = NULL, ncasus = 0, nmine = 0, ncoord = 0;
	const char **ids;
	struct due_at *mine, *coord;

	opp_strmap_init(&m, sizeof(struct person));
	ids = people(site, &m, &npeople);
	for (size_t i = 0; want && i < npeople; i++)
		if (strcmp(ids[i], want) == 0)
			who = ids[i];
	if (!want && npeople)
		who = ids[0];

	page_begin(p, "Vandaag");
	/* Who is looking: chosen by a plain link, so no script is needed. */
	opp_sink_para_begin(p->s);
	opp_sink_text(p->s, "Voor wie:");
	for (size_t i = 0; i < npeople; i++) {
		const struct person *q = opp_strmap_get(&m, ids[i]);
		opp_buf_reset(&p->t);
		opp_buf_puts(&p->t, "/vandaag?wie=");
		opp_buf_puts(&p->t, ids[i]); /* ids are [a-z0-9-]: safe in a URL */
		opp_sink_punct(p->s, i ? " · " : " ");
		if (ids[i] == who)
			opp_sink_strong(p->s, q->naam ? q->naam : ids[i]);
		else
			link(p, p->t.ptr, q->naam ? q->naam : ids[i]);
	}
	opp_sink_para_end(p->s);
	if (want && !who) {
		opp_buf_reset(&p->t);
		opp_buf_printf(&p->t, "Niemand in deze casussen heeft het id '%s'.", want);
		opp_sink_para(p->s, p->t.ptr);
	}

	unread(p);

	/* Overdue and due in the next two weeks, as `opp due` lists them. */
	opp_due_init(&l);
	for (size_t i = 0; who && i < site->n; i++) {
		size_t before = l.n;
		if (!site->cases[i].doc)
			continue;
		opp_due_collect(&l, site->cases[i].doc, site->cases[i].cfg, site->today, site->today + 14);
		xgrow(&casus, &ncasus, l.n + 1, sizeof(*casus));
		for (size_t k = before; k < l.n; k++)
			casus[k] = i;
	}
	mine = xcalloc(l.n + 1, sizeof(*mine));
	coord = xcalloc(l.n + 1, sizeof(*coord));
	for (size_t k = 0; who && k < l.n; k++) {
		struct due_at d = {&l.v[k], casus[k]};
		if (strcmp(l.v[k].who, who) == 0)
			mine[nmine++] = d;
		else if (opp_due_coordinates(site->cases[casus[k]].doc, who))
			coord[ncoord++] = d;
	}
	if (who) {
		opp_sink_heading(p->s, 2, "Wat jij moet doen");
		due_table(p, mine, nmine, "Niets te laat en niets in de komende twee weken.");
		opp_sink_heading(p->s, 2, "In de casussen waar jij de regie hebt");
		due_table(p, coord, ncoord, "Niets voor anderen in jouw casussen.");
	} else if (!npeople) {
		opp_sink_para(p->s, "Geen casussen gevonden (of geen die te lezen zijn: zie de caseload).");
	}
	page_end(p);
	free(mine);
	free(coord);
	free(casus);
	free(ids);
	opp_due_release(&l);
	opp_strmap_release(&m);
	return 200;
}

/* ---- Caseload -------------------------------------------------------------- */

struct load_row {
	size_t casus;
	struct opp_case_row r;
	size_t fouten, waarschuwingen;
	int32_t activiteit; /* the last progress note or held meeting, or OPP_NODATE */
	bool oud;           /* older than twice voortgang_dagen (or none) */
};

/* The latest sign of life: a progress note or a held meeting. */
static int32_t
activity(const struct opp_doc *doc, int32_t today)
{
	int32_t last = OPP_NODATE;
	const struct opp_overleg *o = opp_last_held(doc, today);

	if (o && o->datum.s)
		last = o->datum.i;
	for (size_t i = 0; i < doc->doelen.n; i++) {
		const struct opp_voortgang *v = opp_doel_laatste(&doc->doelen.v[i], today, false);
		if (v && (last == OPP_NODATE || v->datum.i > last))
			last = v->datum.i;
	}
	return last;
}

enum sort_key { BY_FOUTEN, BY_LEERLING, BY_SCHOOL, BY_STAP, BY_EVALUATIE, BY_ACHTERSTALLIG, BY_ACTIVITEIT };

static const struct {
	const char *key, *label;
} sorts[] = {
        [BY_FOUTEN] = {"fouten", "meldingen"},
        [BY_LEERLING] = {"leerling", "leerling"},
        [BY_SCHOOL] = {"school", "school en groep"},
        [BY_STAP] = {"stap", "stap"},
        [BY_EVALUATIE] = {"evaluatie", "evaluatie"},
        [BY_ACHTERSTALLIG] = {"achterstallig", "achterstallig"},
        [BY_ACTIVITEIT] = {"activiteit", "activiteit"},
};

static enum sort_key sorting; /* the handler runs one request at a time (output/http.h) */
static int sort_dir;

static int
strcmp0(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "");
}

static int
cmp_int(long long a, long long b)
{
	return a < b ? -1 : a > b;
}

static int
cmp_row(const void *a, const void *b)
{
	const struct load_row *x = a, *y = b;
	int c = 0;

	switch (sorting) {
	case BY_FOUTEN:
		/* Broken files first, then the most errors: they need a look. */
		c = cmp_int(!x->r.unreadable, !y->r.unreadable);
		if (!c)
			c = cmp_int((long long)y->fouten, (long long)x->fouten);
		if (!c)
			c = cmp_int((long long)y->waarschuwingen, (long long)x->waarschuwingen);
		break;
	case BY_LEERLING: c = strcmp0(x->r.naam, y->r.naam); break;
	case BY_SCHOOL:
		c = strcmp0(x->r.school, y->r.school);
		if (!c)
			c = strcmp0(x->r.groep, y->r.groep);
		break;
	case BY_STAP: c = cmp_int(x->r.stap, y->r.stap); break;
	case BY_EVALUATIE: c = cmp_int(x->r.evaluatie, y->r.evaluatie); break;
	case BY_ACHTERSTALLIG:
		c = cmp_int((long long)x->r.achterstallig, (long long)y->r.achterstallig);
		break;
	case BY_ACTIVITEIT: c = cmp_int(x->activiteit, y->activiteit); break;
	}
	c *= sort_dir;
	return c ? c : cmp_int((long long)x->casus, (long long)y->casus);
}

static const struct opp_sink_col load_cols[] = {
        {"Leerling", OPP_ALIGN_LEFT, 0, false},
        {"School en groep", OPP_ALIGN_LEFT, 0, false},
        {"Stap", OPP_ALIGN_LEFT, 0, false},
        {"Volgende evaluatie", OPP_ALIGN_LEFT, 0, false},
        {"Meldingen", OPP_ALIGN_RIGHT, 0, false},
        {"Achterstallig", OPP_ALIGN_RIGHT, 0, false},
        {"Laatste activiteit", OPP_ALIGN_LEFT, 0, false},
};

static void
load_row(struct page *p, const struct load_row *r, int32_t today)
{
	const struct opp_site_case *c = &p->site->cases[r->casus];

	opp_sink_row_begin(p->s);
	opp_sink_cell_begin(p->s);
	opp_buf_reset(&p->t);
	case_url(&p->t, r->casus);
	link(p, p->t.ptr, pupil(c));
	opp_sink_cell_end(p->s);
	opp_buf_reset(&p->t);
	if (r->r.school)
		opp_buf_puts(&p->t, r->r.school);
	if (r->r.groep)
		opp_buf_printf(&p->t, "%sgroep %s", p->t.len ? ", " : "", r->r.groep);
	opp_sink_cell(p->s, p->t.ptr);
	if (r->r.unreadable) {
		/* Never shown as if it were at a step. */
		opp_sink_cell_begin(p->s);
		opp_sink_strong(p->s, "onleesbaar");
		opp_sink_cell_end(p->s);
		opp_sink_cell(p->s, NULL);
		opp_buf_reset(&p->t);
		opp_buf_printf(&p->t, P_("%zu fout", "%zu fouten", 1), (size_t)1);
		opp_sink_cell(p->s, p->t.ptr);
		opp_sink_cell(p->s, NULL);
		opp_sink_cell(p->s, NULL);
		opp_sink_row_end(p->s);
		return;
	}
	opp_sink_cell(p->s, r->r.fase);
	opp_buf_reset(&p->t);
	if (r->r.evaluatie != OPP_NODATE)
		opp_present_date(&p->t, r->r.evaluatie);
	opp_sink_cell(p->s, p->t.ptr);
	opp_buf_reset(&p->t);
	if (r->fouten || r->waarschuwingen) {
		/* TRANSLATORS: Dutch on purpose (a page of opp serve): keep it. */
		opp_buf_printf(&p->t, P_("%zu fout", "%zu fouten", r->fouten), r->fouten);
		opp_buf_puts(&p->t, ", ");
		/* TRANSLATORS: Dutch on purpose (a page of opp serve): keep it. */
		opp_buf_printf(&p->t, P_("%zu waarschuwing", "%zu waarschuwingen", r->waarschuwingen),
		               r->waarschuwingen);
	}
	opp_sink_cell(p->s, p->t.ptr);
	opp_buf_reset(&p->t);
	opp_buf_printf(&p->t, "%zu", r->r.achterstallig);
	opp_sink_cell(p->s, p->t.ptr);
	/* The freshness marker: grey, and said in words (not colour alone). */
	opp_sink_cell_begin(p->s);
	opp_buf_reset(&p->t);
	if (r->activiteit != OPP_NODATE) {
		opp_present_date(&p->t, r->activiteit);
		/* TRANSLATORS: Dutch on purpose (a page of opp serve): keep it. */
		opp_buf_printf(&p->t, P_(" (%d dag geleden)", " (%d dagen geleden)", today - r->activiteit),
		               today - r->activiteit);
	} else {
		opp_buf_puts(&p->t, "nog niets");
	}
	if (r->oud) {
		opp_buf_puts(&p->t, ", verouderd");
		opp_sink_emph(p->s, p->t.ptr);
	} else {
		opp_sink_text(p->s, p->t.ptr);
	}
	opp_sink_cell_end(p->s);
	opp_sink_row_end(p->s);
}

static int
caseload(struct page *p, opp_site_arg_fn *arg, void *actx)
{
	const struct opp_site *site = p->site;
	const char *key = arg(actx, "sort"), *dir = arg(actx, "dir");
	struct load_row *rows = xcalloc(site->n + 1, sizeof(*rows));
	struct opp_arena a;
	size_t stale = 0, broken = 0;

	opp_arena_init(&a);
	sorting = BY_FOUTEN;
	for (size_t k = 0; key && k < sizeof(sorts) / sizeof(*sorts); k++)
		if (strcmp(key, sorts[k].key) == 0)
			sorting = (enum sort_key)k;
	sort_dir = dir && strcmp(dir, "af") == 0 ? -1 : 1;
	for (size_t i = 0; i < site->n; i++) {
		const struct opp_site_case *c = &site->cases[i];
		struct load_row *r = &rows[i];

		r->casus = i;
		if (c->diags) {
			r->fouten = opp_diags_count(c->diags, OPP_SEV_ERROR);
			r->waarschuwingen = opp_diags_count(c->diags, OPP_SEV_WARNING);
		}
		/* The counts go into the row too: a case with errors is shown
		 * at no step (report.h). */
		opp_case_row_fill(&r->r, &a, c->name, c->doc,
		                  &(struct opp_case_check){!c->doc, r->fouten, r->waarschuwingen,
		                                           c->doc ? NULL : (c->error ? c->error : "?")},
		                  c->cfg, site->today);
		r->activiteit = c->doc ? activity(c->doc, site->today) : OPP_NODATE;
		r->oud = c->doc && (r->activiteit == OPP_NODATE ||
		                    site->today - r->activiteit > 2 * c->cfg->voortgang_dagen);
		stale += r->oud;
		broken += !c->doc;
	}
	qsort(rows, site->n, sizeof(*rows), cmp_row);

	page_begin(p, "Caseload");
	opp_buf_reset(&p->t);
	/* TRANSLATORS: Dutch on purpose (a page of opp serve): keep it. */
	opp_buf_printf(&p->t, P_("%zu casus", "%zu casussen", site->n), site->n);
	if (broken)
		/* TRANSLATORS: Dutch on purpose (a page of opp serve): keep it. */
		opp_buf_printf(&p->t, P_(", waarvan %zu onleesbaar", ", waarvan %zu onleesbaar", broken),
		               broken);
	if (stale) {
		int days = 2 * (site->n ? site->cases[0].cfg->voortgang_dagen : 7);
		/* TRANSLATORS: Dutch on purpose (a page of opp serve): keep it. */
		opp_buf_printf(
		        &p->t,
		        P_("; %zu zonder voortgang of overleg", "; %zu zonder voortgang of overleg", stale),
		        stale);
		/* TRANSLATORS: Dutch on purpose (a page of opp serve): keep it. */
		opp_buf_printf(&p->t, P_(" in de laatste %d dag", " in de laatste %d dagen", days), days);
	}
	opp_buf_putc(&p->t, '.');
	opp_sink_para(p->s, p->t.ptr);
	/* Sorting by a plain link per column: no script. */
	opp_sink_para_begin(p->s);
	opp_sink_text(p->s, "Sorteer op:");
	for (size_t k = 0; k < sizeof(sorts) / sizeof(*sorts); k++) {
		bool on = k == sorting;
		opp_buf_reset(&p->t);
		opp_buf_printf(&p->t, "/caseload?sort=%s&dir=%s", sorts[k].key,
		               on && sort_dir > 0 ? "af" : "op");
		opp_sink_punct(p->s, k ? " · " : " ");
		link(p, p->t.ptr, sorts[k].label);
		if (on)
			opp_sink_punct(p->s, sort_dir > 0 ? " ▲" : " ▼");
	}
	opp_sink_para_end(p->s);
	opp_sink_table_begin(p->s, &(struct opp_sink_table){"caseload", 7, load_cols});
	for (size_t i = 0; i < site->n; i++)
		load_row(p, &rows[i], site->today);
	opp_sink_table_end(p->s);
	page_end(p);
	free(rows);
	opp_arena_release(&a);
	return 200;
}

/* ---- Casus ------------------------------------------------------------------ */

/* The source line `line` (1-based) of text, without its line end. */
static void
source_line(struct opp_buf *b, const char *text, size_t len, uint32_t line)
{
	const char *p = text, *end = text + len;

	for (uint32_t l = 1; p < end && l < line; l++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		p = nl ? nl + 1 : end;
	}
	while (p < end && *p != '\n' && *p != '\r')
		opp_buf_putc(b, *p++);
}

/* A fenced code block that no backtick run inside can close. */
static void
code_block(struct opp_sink *s, const char *code)
{
	struct opp_buf md = OPP_BUF_INIT;
	size_t run = 0, longest = 0;

	for (const char *c = code; *c; c++) {
		run = *c == '`' ? run + 1 : 0;
		if (run > longest)
			longest = run;
	}
	for (size_t i = 0; i < longest + 3; i++)
		opp_buf_putc(&md, '`');
	opp_buf_printf(&md, "\n%s\n", code);
	for (size_t i = 0; i < longest + 3; i++)
		opp_buf_putc(&md, '`');
	opp_buf_putc(&md, '\n');
	opp_sink_markdown(s, md.ptr);
	opp_buf_release(&md);
}

/* One finding: its severity, file:line:col, the message and the rule,
 * then the source line it points at. */
static void
finding(struct page *p, struct opp_sink *s, const struct opp_site_case *c, const struct opp_diag *f)
{
	struct opp_buf src = OPP_BUF_INIT;

	opp_sink_para_begin(s);
	opp_sink_strong(s, f->sev == OPP_SEV_ERROR ? "fout" : "waarschuwing");
	opp_sink_punct(s, " ");
	opp_buf_reset(&src);
	opp_buf_printf(&src, "%s:%u:%u", c->name, (unsigned)f->pos.line, (unsigned)f->pos.col);
	if (c->text && f->pos.line) {
		/* file:line:col links to that line in the source view */
		opp_buf_reset(&p->t);
		line_url(&p->t, (size_t)(c - p->site->cases), f->pos.line);
		opp_sink_link(s, p->t.ptr, src.ptr);
	} else {
		opp_sink_text(s, src.ptr);
	}
	opp_buf_reset(&src);
	opp_sink_punct(s, ": ");
	opp_sink_text(s, f->msg);
	if (f->rule >= 0 && f->rule < OPP_RULE_COUNT) {
		opp_buf_reset(&p->t);
		opp_buf_printf(&p->t, " [%s]", opp_rules[f->rule].name);
		opp_sink_punct(s, p->t.ptr);
	}
	opp_sink_para_end(s);
	if (c->text && f->pos.line) {
		source_line(&src, c->text, c->len, f->pos.line);
		if (src.len)
			code_block(s, src.ptr);
	}
	opp_buf_release(&src);
}

/* The line (1-based) of top-level key `key` in text, or 0: a line that
 * starts with the key and a colon. A loaded block mapping has its keys
 * in the first column; the key's own line counts (a finding about the
 * key itself is there, before its value). */
static uint32_t
key_line(const char *text, size_t len, const char *key)
{
	size_t k = strlen(key);
	uint32_t line = 1;

	for (const char *q = text, *end = text + len; q < end; line++) {
		const char *nl = memchr(q, '\n', (size_t)(end - q));
		const char *e = nl ? nl : end, *r = q + k;
		if ((size_t)(e - q) > k && memcmp(q, key, k) == 0) {
			while (r < e && (*r == ' ' || *r == '\t'))
				r++;
			if (r < e && *r == ':')
				return line;
		}
		q = nl ? nl + 1 : end;
	}
	return 0;
}

/* The top-level key each finding is about (NULL: none, or the file has
 * no text to say), by its subject when that names a section (a missing
 * one), else by where it is: the last section that starts on or before
 * its line. */
static const char **
finding_keys(const struct opp_site_case *c)
{
	const struct opp_diags *d = c->diags;
	const struct opp_field *fs = opp_doc_shape.fields;
	size_t nk = 0;
	uint32_t *start;
	const char **key;

	for (; fs[nk].key; nk++)
		;
	start = xcalloc(nk + 1, sizeof(*start));
	key = xcalloc((d ? d->n : 0) + 1, sizeof(*key));
	for (size_t k = 0; c->text && k < nk; k++)
		start[k] = key_line(c->text, c->len, fs[k].key);
	for (size_t i = 0; d && i < d->n; i++) {
		const struct opp_diag *f = &d->v[i];
		uint32_t best = 0;
		for (size_t k = 0; k < nk; k++) {
			if (f->subject && strcmp(f->subject, fs[k].key) == 0) {
				key[i] = fs[k].key;
				break;
			}
			if (start[k] && start[k] <= f->pos.line && start[k] > best) {
				best = start[k];
				key[i] = fs[k].key;
			}
		}
	}
	free(start);
	return key;
}

/* The render walk's hook (render.h): under each part, the findings about
 * the keys it shows. */
struct placing {
	struct page *p;
	const struct opp_site_case *c;
	const char **key; /* per finding */
	bool *shown;
};

static void
place(void *ctx, struct opp_sink *s, const char *const *keys)
{
	struct placing *pl = ctx;
	const struct opp_diags *d = pl->c->diags;

	for (size_t i = 0; d && i < d->n; i++)
		for (const char *const *k = keys; *k && !pl->shown[i]; k++)
			if (pl->key[i] && strcmp(pl->key[i], *k) == 0) {
				finding(pl->p, s, pl->c, &d->v[i]);
				pl->shown[i] = true;
			}
}

/* The findings heading with their count; the findings that belong to no
 * part of the plan (or all of them, when it did not load) listed here,
 * the others under their part. */
static void
findings(struct page *p, const struct opp_site_case *c, const struct placing *pl)
{
	const struct opp_diags *d = c->diags;
	size_t n = d ? d->n : 0, here = 0;

	opp_buf_reset(&p->t);
	opp_buf_printf(&p->t, "Meldingen (%zu)", n + (!c->doc && !n));
	opp_sink_heading(p->s, 2, p->t.ptr);
	if (!c->doc && !n && c->error) {
		opp_sink_para(p->s, c->error);
		return;
	}
	if (!n) {
		opp_sink_para(p->s, "Geen meldingen: opp validate vindt niets.");
		return;
	}
	for (size_t i = 0; i < n; i++)
		here += !c->doc || !pl->key[i];
	if (here < n)
		opp_sink_para(p->s,
		              here ? "De andere meldingen staan in het plan, bij het deel waar ze over gaan."
		                   : "Elke melding staat in het plan, bij het deel waar ze over gaat.");
	for (size_t i = 0; i < n; i++)
		if (!c->doc || !pl->key[i])
			finding(p, p->s, c, &d->v[i]);
}

static void
meetings(struct page *p, size_t casus, const struct opp_doc *doc)
{
	opp_sink_heading(p->s, 2, "Overleggen");
	if (!doc->overleggen.n) {
		opp_sink_para(p->s, "Nog geen overleggen.");
		return;
	}
	opp_sink_list_begin(p->s, false);
	for (size_t m = 0; m < doc->overleggen.n; m++) {
		const struct opp_overleg *o = &doc->overleggen.v[m];

		opp_sink_item_begin(p->s);
		opp_buf_reset(&p->t);
		if (o->datum.s)
			opp_present_date(&p->t, o->datum.i);
		opp_buf_printf(&p->t, "%s%s", p->t.len ? " " : "",
		               o->soort.s && o->soort.i == OPP_SOORT_EVALUATIE ? "evaluatie" : "OT");
		opp_buf_printf(&p->t, " (%s)", opp_label_overleg[opp_overleg_stand(o, p->site->today)]);
		opp_sink_text(p->s, p->t.ptr);
		opp_sink_punct(p->s, ": ");
		opp_buf_reset(&p->t);
		opp_buf_printf(&p->t, "/casus/%zu/overleg/%zu", casus, m);
		link(p, p->t.ptr, "agenda");
		opp_sink_punct(p->s, " · ");
		opp_buf_puts(&p->t, "?checklist=1");
		link(p, p->t.ptr, "checklist");
		opp_sink_item_end(p->s);
	}
	opp_sink_list_end(p->s);
}

/* The history, as `opp log` tells it: per commit its date, author and
 * id, then what happened, oldest first. */
static void
show_log(void *ctx, const struct opp_log *log)
{
	struct page *p = ctx;

	opp_sink_heading(p->s, 2, "Geschiedenis (git)");
	if (!log->n) {
		opp_sink_para(p->s, "In git, maar nog niets veranderd dat het plan raakt.");
		return;
	}
	for (size_t i = 0; i < log->n; i++) {
		const struct opp_log_entry *e = &log->v[i];

		opp_buf_reset(&p->t);
		opp_present_date(&p->t, e->change->date);
		opp_buf_printf(&p->t, ", %s, %.7s", e->change->author, e->change->commit);
		opp_sink_heading(p->s, 3, p->t.ptr);
		opp_sink_list_begin(p->s, false);
		if (e->renamed) {
			opp_buf_reset(&p->t);
			opp_buf_printf(&p->t, "bestand hernoemd: %s → %s", e->change->old_path,
			               e->change->path);
			opp_sink_item(p->s, p->t.ptr);
		}
		if (e->unreadable)
			opp_sink_item(p->s, "(deze versie is geen geldige YAML)");
		for (size_t k = e->first; k < e->first + e->n; k++)
			opp_sink_item(p->s, log->events.v[k].tekst);
		opp_sink_list_end(p->s);
	}
}

static int
casus(struct page *p, size_t i)
{
	const struct opp_site_case *c = &p->site->cases[i];
	size_t n = c->diags ? c->diags->n : 0;
	struct placing pl = {p, c, finding_keys(c), xcalloc(n + 1, sizeof(bool))};
	struct opp_render_opts o = {
	        .today = p->site->today, .cfg = c->cfg, .section = place, .section_ctx = &pl};

	opp_buf_reset(&p->t);
	opp_buf_printf(&p->t, "Casus %s", pupil(c));
	{
		char *title = xstrdup(p->t.ptr);
		page_begin(p, title);
		free(title);
	}
	opp_sink_para_begin(p->s);
	opp_sink_text(p->s, c->name);
	if (c->text) {
		opp_sink_punct(p->s, " · ");
		opp_buf_reset(&p->t);
		opp_buf_printf(&p->t, "/casus/%zu/bron", i);
		link(p, p->t.ptr, "de bron, met regelnummers");
	}
	opp_sink_para_end(p->s);
	findings(p, c, &pl);
	if (c->doc) {
		meetings(p, i, c->doc);
		/* The OPP as `opp render` writes it, inside this page, with
		 * each finding under the part it is about. */
		opp_render_sink(p->s, c->doc, &o);
		/* A key no part shows (render.h says there is none): never
		 * a finding left out. */
		for (size_t k = 0; k < n; k++)
			if (pl.key[k] && !pl.shown[k]) {
				if (!pl.shown[n])
					opp_sink_heading(p->s, 2, "Overige meldingen");
				pl.shown[n] = true;
				finding(p, p->s, c, &c->diags->v[k]);
			}
	}
	if (p->site->log)
		p->site->log(p->site->log_ctx, i, show_log, p);
	page_end(p);
	free(pl.key);
	free(pl.shown);
	return 200;
}

/* A page of case i titled by what p->t holds, opening with the link
 * back to the case (the paragraph stays open for the page's own links). */
static void
case_page_begin(struct page *p, size_t i)
{
	char *title = xstrdup(p->t.ptr);

	page_begin(p, title);
	free(title);
	opp_sink_para_begin(p->s);
	opp_buf_reset(&p->t);
	case_url(&p->t, i);
	link(p, p->t.ptr, "terug naar de casus");
	opp_sink_punct(p->s, " · ");
}

/* The source view: case i's file as it is now, one row per line with
 * its number, each row the anchor "regel-N" that Vandaag's items and
 * the findings link to. The text goes to the sink as plain text (the
 * writer escapes it); a byte that is no UTF-8 shows as U+FFFD, a
 * control character not at all. */
static const struct opp_sink_col bron_cols[] = {
        {"Regel", OPP_ALIGN_RIGHT, 0, false},
        {"Tekst", OPP_ALIGN_LEFT, 0, false},
};

static int
bron(struct page *p, size_t i)
{
	const struct opp_site_case *c = &p->site->cases[i];
	const char *q = c->text, *end = c->text + c->len;
	struct opp_buf line = OPP_BUF_INIT;
	char id[32];
	uint32_t n = 0;

	opp_buf_reset(&p->t);
	opp_buf_printf(&p->t, "Bron: %s", c->name);
	case_page_begin(p, i);
	opp_sink_text(p->s, "alleen lezen: bewerk het bestand zelf, en laad deze pagina opnieuw.");
	opp_sink_para_end(p->s);
	if (!c->text) {
		opp_sink_para(p->s, why_unread(c));
		page_end(p);
		return 200;
	}
	opp_sink_table_begin(p->s, &(struct opp_sink_table){"bron", 2, bron_cols});
	while (q < end || (n == 0 && q == end)) {
		const char *nl = memchr(q, '\n', (size_t)(end - q)), *e = nl ? nl : end;
		opp_buf_reset(&line);
		while (q < e) {
			uint32_t cp;
			q += opp_utf8_next(q, (size_t)(e - q), &cp);
			if (cp == '\t' || !(cp < 0x20 || cp == 0x7F))
				opp_utf8_put(&line, cp);
		}
		snprintf(id, sizeof(id), "regel-%u", (unsigned)++n);
		opp_sink_row_begin_id(p->s, id);
		snprintf(id, sizeof(id), "%u", (unsigned)n);
		opp_sink_cell(p->s, id);
		opp_sink_cell(p->s, line.ptr ? line.ptr : "");
		opp_sink_row_end(p->s);
		q = nl ? nl + 1 : end;
		if (!nl)
			break;
	}
	opp_sink_table_end(p->s);
	opp_buf_release(&line);
	page_end(p);
	return 200;
}

static int
overleg(struct page *p, size_t i, size_t m, bool checklist)
{
	const struct opp_site_case *c = &p->site->cases[i];
	struct opp_agenda a;

	opp_buf_reset(&p->t);
	opp_buf_printf(&p->t, "%s: %s", checklist ? "Checklist" : "Agenda", pupil(c));
	case_page_begin(p, i);
	opp_buf_reset(&p->t);
	opp_buf_printf(&p->t, "/casus/%zu/overleg/%zu%s", i, m, checklist ? "" : "?checklist=1");
	link(p, p->t.ptr, checklist ? "de agenda" : "de checklist");
	opp_sink_para_end(p->s);
	opp_agenda_init(&a, c->doc, m, c->cfg, p->site->today);
	opp_agenda_sink(p->s, &a, checklist ? OPP_AGENDA_CHECKLIST : 0);
	opp_agenda_release(&a);
	page_end(p);
	return 200;
}

static int
not_found(struct page *p, const char *what)
{
	page_begin(p, "Niet gevonden");
	opp_sink_para(p->s, what);
	page_end(p);
	return 404;
}

/* ---- routing ---------------------------------------------------------------- */

/* A number from its digits at *s (no sign, no leading zeros beyond "0",
 * at most 9 digits), moving *s past them; false when there is none. */
static bool
number(const char **s, size_t *out)
{
	const char *p = *s;
	size_t v = 0, n = 0;

	if (*p == '0' && p[1] >= '0' && p[1] <= '9')
		return false;
	for (; *p >= '0' && *p <= '9' && n < 10; p++, n++)
		v = v * 10 + (size_t)(*p - '0');
	if (!n || n > 9)
		return false;
	*s = p;
	*out = v;
	return true;
}

int
opp_site_page(struct opp_buf *out, const struct opp_site *site, const char *path, opp_site_arg_fn *arg,
              void *argctx)
{
	struct page p = {opp_sink_to_buf(&opp_writer_html, out), site, OPP_BUF_INIT};
	const char *rest;
	size_t i, m;
	int status;

	if (strcmp(path, "/") == 0 || strcmp(path, "/vandaag") == 0)
		status = vandaag(&p, arg, argctx);
	else if (strcmp(path, "/caseload") == 0)
		status = caseload(&p, arg, argctx);
	else if (strncmp(path, "/casus/", 7) == 0 && (rest = path + 7, number(&rest, &i))) {
		if (i >= site->n)
			status = not_found(&p, "Deze casus staat niet (meer) in de lijst.");
		else if (!*rest)
			status = casus(&p, i);
		else if (strcmp(rest, "/bron") == 0)
			status = bron(&p, i);
		else if (strncmp(rest, "/overleg/", 9) == 0 && (rest += 9, number(&rest, &m)) && !*rest &&
		         site->cases[i].doc && m < site->cases[i].doc->overleggen.n)
			status = overleg(&p, i, m, arg(argctx, "checklist") != NULL);
		else
			status = not_found(&p, "Dit overleg bestaat niet.");
	} else {
		status = not_found(&p, "Deze pagina bestaat niet.");
	}
	opp_sink_close(p.s);
	opp_buf_release(&p.t);
	return status;
}

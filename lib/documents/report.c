/*
 * report — caseload rows (format-independent), the report driver, its
 * Markdown and HTML writers, and the table of `opp list`.
 *
 * The driver turns each case into rows and hands them to a writer (struct
 * opp_report_ops); it keeps only the pattern counts between cases. Text
 * writers stream the overview straight to the output and spool the other
 * sections to anonymous temporary files, copied out at the end, so they
 * too run in bounded memory.
 */
#include "documents/report.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/escape.h"
#include "base/i18n.h"
#include "base/utf8.h"
#include "documents/due.h"
#include "documents/render_common.h"
#include "facts/query.h"

#define X_FCOL(id, name, label) {"bekostiging " name, 14},
const struct opp_report_col opp_case_cols[] = {
        {"bestand", 30},
        {"leerling", 24},
        {"school", 24},
        {"groep", 10},
        {"regievoerder", 22},
        {"stap", 6},
        {"fase", 20},
        {"actieve doelen", 9},
        {"volgende evaluatie", 12},
        {"achterstallig", 9},
        OPP_FINANCIERS(X_FCOL){"fout", 60},
        {NULL, 0},
};
#undef X_FCOL

const struct opp_report_col opp_inzet_cols[] = {
        {"bestand", 30},      {"leerling", 24}, {"id", 18},          {"doelen", 24},
        {"wat", 60},          {"wie", 24},      {"organisatie", 24}, {"frequentie", 16},
        {"start", 11},        {"eind", 11},     {"door", 14},        {"grondslag", 18},
        {"status", 12},       {"bedrag", 13},   {"kenmerk", 18},     {"wachtlijst tot", 14},
        {"overbrugging", 50}, {NULL, 0},
};

const struct opp_report_col opp_afspraak_cols[] = {
        {"bestand", 30},   {"leerling", 24},       {"id", 18},     {"wie", 24},           {"wat", 60},
        {"uiterlijk", 11}, {"terugkoppeling", 30}, {"status", 10}, {"dagen te laat", 13}, {NULL, 0},
};

const struct opp_report_col opp_patroon_cols[] = {
        {"wat", 60}, {"casussen", 10}, {"inzetten", 10}, {"financiers", 30}, {NULL, 0},
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
	for (size_t i = 0; i < doc->doelen.n; i++)
		r->doelen += opp_doel_actief(doc, &doc->doelen.v[i], today);
	if ((ev = opp_next_evaluatie(doc, today)) && ev->datum.s)
		r->evaluatie = ev->datum.i;
	if (!cfg) {
		opp_config_defaults(&defaults);
		cfg = &defaults;
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

/* Latin-1 capitals À..Þ (except ×) are C3 80..C3 9E in UTF-8; their
 * lowercase is 0x20 higher in the second byte. Other letters are kept. */
char *
opp_patroon_key(const char *wat)
{
	struct opp_buf b = OPP_BUF_INIT;
	const unsigned char *s = (const unsigned char *)(wat ? wat : "");
	bool space = false;

	for (; *s; s++) {
		if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
			space = b.len > 0;
			continue;
		}
		if (space)
			opp_buf_putc(&b, ' ');
		space = false;
		if (*s >= 'A' && *s <= 'Z')
			opp_buf_putc(&b, *s + ('a' - 'A'));
		else if (*s == 0xC3 && s[1] >= 0x80 && s[1] <= 0x9E && s[1] != 0x97) {
			opp_buf_putc(&b, 0xC3);
			opp_buf_putc(&b, s[1] + 0x20);
			s++;
		} else
			opp_buf_putc(&b, *s);
	}
	if (b.len > 1 && b.ptr[b.len - 1] == '.' && b.ptr[b.len - 2] != '.')
		b.ptr[--b.len] = '\0';
	return opp_buf_detach(&b, NULL);
}

struct pat {
	char *key;
	size_t casussen, inzetten;
	size_t last_case; /* the case that counted last (+1), to count cases once */
	unsigned funders; /* bit per enum opp_financier */
};

struct pattab {
	struct pat *v; /* open addressing; key NULL = empty */
	size_t n, cap;
};

static uint64_t
hash(const char *s)
{
	uint64_t h = 1469598103934665603u; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

static struct pat *
pat_find(struct pattab *t, char *key)
{
	size_t i;

	if (2 * (t->n + 1) > t->cap) {
		struct pattab old = *t;
		t->cap = old.cap ? 2 * old.cap : 64;
		t->v = xcalloc(t->cap, sizeof(*t->v));
		t->n = 0;
		for (size_t k = 0; k < old.cap; k++)
			if (old.v[k].key) {
				for (i = hash(old.v[k].key) & (t->cap - 1); t->v[i].key;
				     i = (i + 1) & (t->cap - 1))
					;
				t->v[i] = old.v[k];
				t->n++;
			}
		free(old.v);
	}
	for (i = hash(key) & (t->cap - 1); t->v[i].key; i = (i + 1) & (t->cap - 1))
		if (strcmp(t->v[i].key, key) == 0) {
			free(key);
			return &t->v[i];
		}
	t->v[i].key = key;
	t->n++;
	return &t->v[i];
}

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

/* ---- the driver ---------------------------------------------------------- */

struct opp_report {
	const struct opp_report_ops *ops;
	void *w; /* the writer's state */
	struct opp_render_opts o;
	struct opp_arena arena; /* one case's rows; released after each */
	struct pattab pats;
	size_t cases;
};

static const struct opp_report_ops md_ops, html_ops;

struct opp_report *
opp_report_open(const char *format, const char *path, FILE *out, const struct opp_render_opts *o, char **err)
{
	static const struct opp_report_ops *const all[] = {&md_ops, &html_ops, &opp_report_xlsx_ops};
	struct opp_report *r;

	for (size_t i = 0; i < sizeof(all) / sizeof(*all); i++) {
		if (strcmp(all[i]->name, format) != 0)
			continue;
		r = xcalloc(1, sizeof(*r));
		r->ops = all[i];
		r->o = *o;
		opp_arena_init(&r->arena);
		if (!(r->w = r->ops->open(path, out, o, err))) {
			free(r);
			return NULL;
		}
		return r;
	}
	{
		struct opp_buf b = OPP_BUF_INIT;
		opp_buf_printf(&b, _("unknown report format '%s': use md, html or xlsx"), format);
		*err = opp_buf_detach(&b, NULL);
	}
	return NULL;
}

void
opp_report_add(struct opp_report *r, const char *file, const struct opp_doc *doc, const char *load_error,
               const struct opp_config *cfg)
{
	struct opp_case_row row;

	r->cases++;
	opp_case_row_fill(&row, &r->arena, file, doc, load_error, cfg ? cfg : r->o.cfg, r->o.today);
	r->ops->add_case(r->w, &row);
	for (size_t i = 0; doc && i < doc->arrangement.n; i++) {
		const struct opp_inzet *z = &doc->arrangement.v[i];
		struct opp_inzet_row ir;
		struct pat *p;

		opp_inzet_row_fill(&ir, &r->arena, file, doc, z);
		r->ops->add_inzet(r->w, &ir);
		if (!z->wat.s)
			continue;
		p = pat_find(&r->pats, opp_patroon_key(z->wat.s));
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
		r->ops->add_afspraak(r->w, &ar);
	}
	opp_arena_release(&r->arena);
	opp_arena_init(&r->arena);
}

bool
opp_report_close(struct opp_report *r, char **err)
{
	struct opp_patroon *p = xcalloc(r->pats.n ? r->pats.n : 1, sizeof(*p));
	struct opp_buf fin = OPP_BUF_INIT;
	size_t n = 0;
	bool ok;

	for (size_t i = 0; i < r->pats.cap; i++) {
		struct pat *t = &r->pats.v[i];
		if (!t->key)
			continue;
		p[n].wat = t->key;
		p[n].casussen = t->casussen;
		p[n].inzetten = t->inzetten;
		p[n].financiers = NULL;
		for (int f = 0; f < OPP_FIN_COUNT; f++)
			if (t->funders & (1u << f))
				opp_buf_printf(&fin, "%s%s", (t->funders & ((1u << f) - 1)) ? ", " : "",
				               opp_financier_names[f]);
		p[n].financiers = opp_arena_strdup(&r->arena, fin.ptr);
		opp_buf_reset(&fin);
		n++;
	}
	qsort(p, n, sizeof(*p), cmp_pat);
	ok = r->ops->close(r->w, p, n, err);
	for (size_t i = 0; i < r->pats.cap; i++)
		free(r->pats.v[i].key);
	free(r->pats.v);
	free(p);
	opp_buf_release(&fin);
	opp_arena_release(&r->arena);
	free(r);
	return ok;
}

/* ---- Markdown and HTML ----------------------------------------------------- */

struct text {
	bool html;
	FILE *out;
	FILE *spool[2]; /* arrangement, afspraken: copied out at close */
	int32_t today;
	struct opp_buf b; /* one row */
	int err;          /* first errno */
};

/* Markdown cell: the value escaped so it cannot change the table or
 * become markup (escape.h). */
static void
md_cell(struct opp_buf *b, const char *s)
{
	opp_buf_putc(b, ' ');
	opp_md_escape_inline(b, s);
	opp_buf_puts(b, " |");
}

static void
cell(struct text *t, const char *s)
{
	if (!t->html) {
		md_cell(&t->b, s);
		return;
	}
	opp_buf_puts(&t->b, "<td>");
	opp_html_escape(&t->b, s);
	opp_buf_puts(&t->b, "</td>");
}

static void
cell_num(struct text *t, const char *s)
{
	if (!t->html) {
		md_cell(&t->b, s);
		return;
	}
	opp_buf_puts(&t->b, "<td class=\"num\">");
	opp_html_escape(&t->b, s);
	opp_buf_puts(&t->b, "</td>");
}

static void
cell_date(struct text *t, int32_t d)
{
	if (d == OPP_NODATE)
		cell(t, NULL);
	else if (!t->html)
		md_cell(&t->b, opp_date_str(d).s);
	else
		opp_buf_printf(&t->b, "<td><time datetime=\"%s\">%s</time></td>", opp_date_str(d).s,
		               opp_date_str(d).s);
}

static void
cell_size(struct text *t, size_t n)
{
	char s[32];
	snprintf(s, sizeof(s), "%zu", n);
	cell_num(t, s);
}

/* An amount as the documents show it: € 1.850,00 (render_common.h). */
static void
cell_euro(struct text *t, double v)
{
	struct opp_buf b = OPP_BUF_INIT;

	opp_render_euro(&b, v);
	cell_num(t, b.ptr);
	opp_buf_release(&b);
}

static void
row_start(struct text *t)
{
	opp_buf_reset(&t->b);
	opp_buf_puts(&t->b, t->html ? "<tr>" : "|");
}

static void
row_end(struct text *t, FILE *f)
{
	opp_buf_puts(&t->b, t->html ? "</tr>\n" : "\n");
	if (fwrite(t->b.ptr, 1, t->b.len, f) != t->b.len && !t->err)
		t->err = errno ? errno : EIO;
}

static void
header(struct text *t, FILE *f, const char *title, const struct opp_report_col *cols)
{
	struct opp_buf *b = &t->b;

	opp_buf_reset(b);
	if (t->html) {
		opp_buf_puts(b, "<h2>");
		opp_html_escape(b, title);
		opp_buf_puts(b, "</h2>\n<table>\n<thead><tr>");
		for (; cols->name; cols++) {
			opp_buf_puts(b, "<th>");
			opp_html_escape(b, cols->name);
			opp_buf_puts(b, "</th>");
		}
		opp_buf_puts(b, "</tr></thead>\n<tbody>\n");
	} else {
		size_t n = 0;
		opp_buf_printf(b, "\n## %s\n\n|", title);
		for (; cols->name; cols++, n++)
			md_cell(b, cols->name);
		opp_buf_puts(b, "\n|");
		while (n--)
			opp_buf_puts(b, "---|");
		opp_buf_putc(b, '\n');
	}
	if (fwrite(b->ptr, 1, b->len, f) != b->len && !t->err)
		t->err = errno ? errno : EIO;
}

static void
footer(struct text *t, FILE *f)
{
	if (t->html && fputs("</tbody>\n</table>\n", f) == EOF && !t->err)
		t->err = errno ? errno : EIO;
}

static void *
text_open(const char *path, FILE *out, const struct opp_render_opts *o, char **err, bool html)
{
	struct text *t = xcalloc(1, sizeof(*t));

	t->html = html;
	t->out = out;
	t->today = o->today;
	opp_buf_init(&t->b);
	for (int i = 0; i < 2; i++)
		if (!(t->spool[i] = tmpfile())) {
			struct opp_buf e = OPP_BUF_INIT;
			opp_buf_printf(&e, _("cannot create a temporary file: %s"), strerror(errno));
			*err = opp_buf_detach(&e, NULL);
			if (i)
				fclose(t->spool[0]);
			free(t);
			return NULL;
		}
	if (html)
		fprintf(out,
		        "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
		        "<title>Overzicht casussen %s</title>\n<style>\n"
		        "body{font-family:sans-serif}table{border-collapse:collapse;margin-bottom:2em}\n"
		        "th,td{border:1px solid #ccc;padding:.2em .4em;text-align:left;vertical-align:top}\n"
		        "th{background:#eee;position:sticky;top:0}td.num{text-align:right}\n"
		        "</style>\n</head>\n<body>\n<h1>Overzicht casussen</h1>\n"
		        "<p>Peildatum: <time datetime=\"%s\">%s</time></p>\n",
		        opp_date_str(o->today).s, opp_date_str(o->today).s, opp_date_str(o->today).s);
	else
		fprintf(out, "# Overzicht casussen\n\nPeildatum: %s\n", opp_date_str(o->today).s);
	header(t, out, "overzicht", opp_case_cols);
	return t;
}

static void *
md_open(const char *path, FILE *out, const struct opp_render_opts *o, char **err)
{
	return text_open(path, out, o, err, false);
}

static void *
html_open(const char *path, FILE *out, const struct opp_render_opts *o, char **err)
{
	return text_open(path, out, o, err, true);
}

static void
text_case(void *w, const struct opp_case_row *r)
{
	struct text *t = w;

	row_start(t);
	cell(t, r->file);
	cell(t, r->naam);
	cell(t, r->school);
	cell(t, r->groep);
	cell(t, r->regie);
	if (r->error) {
		for (int i = 0; i < 5; i++)
			cell(t, NULL);
		for (int i = 0; i < OPP_FIN_COUNT; i++)
			cell(t, NULL);
		cell(t, r->error);
		row_end(t, t->out);
		return;
	}
	cell_size(t, (size_t)r->stap);
	cell(t, r->fase);
	cell_size(t, r->doelen);
	cell_date(t, r->evaluatie);
	cell_size(t, r->achterstallig);
	for (int i = 0; i < OPP_FIN_COUNT; i++) {
		if (r->heeft_bedrag[i])
			cell_euro(t, r->bedrag[i]);
		else
			cell(t, NULL);
	}
	cell(t, NULL);
	row_end(t, t->out);
}

static void
text_inzet(void *w, const struct opp_inzet_row *r)
{
	struct text *t = w;

	row_start(t);
	cell(t, r->file);
	cell(t, r->leerling);
	cell(t, r->id);
	cell(t, r->doelen);
	cell(t, r->wat);
	cell(t, r->wie);
	cell(t, r->organisatie);
	cell(t, r->frequentie);
	cell_date(t, r->start);
	cell_date(t, r->eind);
	cell(t, r->door);
	cell(t, r->grondslag);
	cell(t, r->status);
	if (r->heeft_bedrag)
		cell_euro(t, r->bedrag);
	else
		cell(t, NULL);
	cell(t, r->kenmerk);
	cell_date(t, r->wachtlijst_tot);
	cell(t, r->overbrugging);
	row_end(t, t->spool[0]);
}

static void
text_afspraak(void *w, const struct opp_afspraak_row *r)
{
	struct text *t = w;

	row_start(t);
	cell(t, r->file);
	cell(t, r->leerling);
	cell(t, r->id);
	cell(t, r->wie);
	cell(t, r->wat);
	cell_date(t, r->uiterlijk);
	cell(t, r->terugkoppeling);
	cell(t, r->status);
	if (r->dagen_te_laat > 0)
		cell_size(t, (size_t)r->dagen_te_laat);
	else
		cell(t, NULL);
	row_end(t, t->spool[1]);
}

static void
copy_spool(struct text *t, FILE *f)
{
	char buf[65536];
	size_t n;

	if (fflush(f) != 0 || fseek(f, 0, SEEK_SET) != 0) {
		if (!t->err)
			t->err = errno ? errno : EIO;
		return;
	}
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		if (fwrite(buf, 1, n, t->out) != n && !t->err)
			t->err = errno ? errno : EIO;
	if (ferror(f) && !t->err)
		t->err = EIO;
}

static bool
text_close(void *w, const struct opp_patroon *p, size_t n, char **err)
{
	struct text *t = w;
	static const char *const titles[2] = {"arrangement", "afspraken"};
	static const struct opp_report_col *const cols[2] = {opp_inzet_cols, opp_afspraak_cols};
	bool ok;

	footer(t, t->out);
	for (int i = 0; i < 2; i++) {
		header(t, t->out, titles[i], cols[i]);
		copy_spool(t, t->spool[i]);
		footer(t, t->out);
		fclose(t->spool[i]);
	}
	header(t, t->out, "patronen", opp_patroon_cols);
	for (size_t i = 0; i < n; i++) {
		row_start(t);
		cell(t, p[i].wat);
		cell_size(t, p[i].casussen);
		cell_size(t, p[i].inzetten);
		cell(t, p[i].financiers);
		row_end(t, t->out);
	}
	footer(t, t->out);
	if (t->html && fputs("</body>\n</html>\n", t->out) == EOF && !t->err)
		t->err = errno ? errno : EIO;
	if (fflush(t->out) != 0 && !t->err)
		t->err = errno ? errno : EIO;
	if (ferror(t->out) && !t->err)
		t->err = EIO;
	ok = !t->err;
	if (!ok) {
		struct opp_buf e = OPP_BUF_INIT;
		opp_buf_printf(&e, _("cannot write the report: %s"), strerror(t->err));
		*err = opp_buf_detach(&e, NULL);
	}
	opp_buf_release(&t->b);
	free(t);
	return ok;
}

static const struct opp_report_ops md_ops = {
        "md", md_open, text_case, text_inzet, text_afspraak, text_close,
};
static const struct opp_report_ops html_ops = {
        "html", html_open, text_case, text_inzet, text_afspraak, text_close,
};

/* ---- `opp list` ------------------------------------------------------------ */

enum { L_FILE, L_NAAM, L_GROEP, L_STAP, L_DOELEN, L_EVAL, L_LAAT, L_N };

static void
list_cells(const struct opp_case_row *r, char num[3][32], const char *cells[L_N])
{
	cells[L_FILE] = r->file;
	cells[L_NAAM] = r->naam ? r->naam : "";
	cells[L_GROEP] = r->groep ? r->groep : "";
	cells[L_STAP] = r->fase ? r->fase : "";
	snprintf(num[0], 32, "%zu", r->doelen);
	cells[L_DOELEN] = num[0];
	snprintf(num[1], 32, "%s", r->evaluatie == OPP_NODATE ? "-" : opp_date_str(r->evaluatie).s);
	cells[L_EVAL] = num[1];
	snprintf(num[2], 32, "%zu", r->achterstallig);
	cells[L_LAAT] = num[2];
}

void
opp_report_list(struct opp_buf *out, const struct opp_case_row *rows, size_t n, size_t width)
{
	/* The header is terminal text, in the user's language (the rows
	 * hold the file's Dutch words). */
	static const char *const head_msg[L_N] = {
	        N_("file"),  N_("pupil"),           N_("group"),   N_("step"),
	        N_("goals"), N_("next evaluation"), N_("overdue"),
	};
	static const bool right[L_N] = {[L_DOELEN] = true, [L_LAAT] = true};
	static const size_t min[L_N] = {[L_FILE] = 8, [L_NAAM] = 8, [L_GROEP] = 4, [L_STAP] = 6};
	const char *head[L_N];
	size_t w[L_N], total = 0;

	for (int c = 0; c < L_N; c++) {
		head[c] = _(head_msg[c]);
		w[c] = opp_utf8_width(head[c]);
	}
	for (size_t i = 0; i < n; i++) {
		char num[3][32];
		const char *cells[L_N];
		list_cells(&rows[i], num, cells);
		for (int c = 0; c < L_N; c++) {
			size_t cw = opp_utf8_width(cells[c]);
			if (rows[i].error && c > L_FILE)
				break;
			if (cw > w[c])
				w[c] = cw;
		}
	}
	for (int c = 0; c < L_N; c++)
		total += w[c] + (c ? 2 : 0);
	/* Too wide: take a column at a time from the widest of the names
	 * (file, pupil, group, step), never below their minimum. */
	while (width && total > width) {
		int widest = -1;
		for (int c = L_FILE; c <= L_STAP; c++)
			if (w[c] > min[c] && (widest < 0 || w[c] > w[widest]))
				widest = c;
		if (widest < 0)
			break;
		w[widest]--;
		total--;
	}
	for (size_t i = 0; i <= n; i++) {
		char num[3][32];
		const char *cells[L_N];
		size_t start = out->len;

		if (i == 0)
			memcpy(cells, head, sizeof(cells));
		else
			list_cells(&rows[i - 1], num, cells);
		for (int c = 0; c < L_N; c++) {
			if (c)
				opp_buf_puts(out, "  ");
			if (i && rows[i - 1].error && c == L_NAAM) {
				/* A case that did not load: its error fills the line. */
				size_t used = w[L_FILE] + 2;
				struct opp_buf e = OPP_BUF_INIT;
				opp_buf_printf(&e, "%s %s", _("error:"), rows[i - 1].error);
				opp_utf8_fit(out, e.ptr,
				             !width         ? SIZE_MAX / 2
				             : width > used ? width - used
				                            : 1,
				             false);
				opp_buf_release(&e);
				break;
			}
			if (right[c]) {
				size_t cw = opp_utf8_width(cells[c]);
				for (; cw < w[c]; cw++)
					opp_buf_putc(out, ' ');
			}
			/* A path keeps its end: the file name tells cases apart. */
			if (c == L_FILE)
				opp_utf8_fit_tail(out, cells[c], w[c], true);
			else
				opp_utf8_fit(out, cells[c], w[c], c != L_N - 1 && !right[c]);
		}
		/* No trailing blanks. */
		while (out->len > start && out->ptr[out->len - 1] == ' ')
			out->ptr[--out->len] = '\0';
		opp_buf_putc(out, '\n');
	}
}

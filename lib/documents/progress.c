/*
 * progress — a goal's progress in the documents: see progress.h.
 */
#include "documents/progress.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "base/alloc.h"
#include "base/present.h"
#include "facts/query.h"

/* The name of who wrote a note: the betrokkene's name, else the id as
 * written (the rule ref reports an unknown one). */
static const char *
door(const struct opp_doc *doc, const char *id)
{
	const struct opp_persoon *p = opp_doc_persoon(doc, id);

	return p && p->naam.s ? p->naam.s : id ? id : "";
}

void
opp_progress_meting(struct opp_buf *out, const struct opp_doel *d)
{
	if (!d->beginwaarde.s || !d->streefwaarde.s)
		return;
	opp_buf_puts(out, "van ");
	opp_present_number(out, d->beginwaarde.n);
	opp_buf_puts(out, " naar ");
	opp_present_number(out, d->streefwaarde.n);
	if (d->eenheid.s)
		opp_buf_printf(out, " %s", d->eenheid.s);
}

void
opp_progress_koers(struct opp_buf *out, const struct opp_doc *doc, const struct opp_doel *d, int32_t today)
{
	const struct opp_voortgang *v;
	enum opp_koers k;

	/* A closed goal has no course to keep: its story says how it ended. */
	if (!opp_doel_meetbaar(doc, d, today) || !opp_doel_actief(doc, d, today))
		return;
	k = opp_doel_koers(doc, d, today);
	opp_buf_puts(out, opp_label_koers[k]);
	if (k == OPP_KOERS_GEEN || !(v = opp_doel_laatste(d, today, true))) {
		opp_buf_puts(out, " (nog geen meting)");
		return;
	}
	opp_buf_puts(out, " (");
	opp_present_number(out, v->waarde.n);
	opp_buf_puts(out, " op ");
	opp_present_date(out, v->datum.i);
	/* The line's value to one decimal: enough to compare with. */
	opp_buf_puts(out, "; verwacht ");
	opp_present_number(out, round(opp_doel_verwacht(doc, d, today, v->datum.i) * 10) / 10);
	opp_buf_putc(out, ')');
}

/* ---- the chart ----------------------------------------------------------- */

static void
chart(struct opp_sink *s, const struct opp_doc *doc, const struct opp_doel *d, size_t nr,
      const struct opp_verloop *v, size_t n, int32_t today)
{
	struct opp_chart_point *pts = xcalloc(n + 1, sizeof(*pts));
	struct opp_chart_mark *marks = xcalloc(doc->overleggen.n + 1, sizeof(*marks));
	struct opp_buf id = OPP_BUF_INIT, title = OPP_BUF_INIT, desc = OPP_BUF_INIT, labels = OPP_BUF_INIT;
	size_t np = 0, nm = 0, *at = xcalloc(doc->overleggen.n + 1, sizeof(*at));
	struct opp_chart c = {0};
	int32_t set = 0;

	opp_doel_gesteld(doc, d, today, &set);
	for (size_t i = 0; i < n; i++)
		if (v[i].soort == OPP_VERLOOP_NOTITIE && v[i].note->waarde.s)
			pts[np++] = (struct opp_chart_point){v[i].datum, v[i].note->waarde.n};
	/* Every evaluation, held or planned: the moments the line is
	 * looked at together. Labels live in one buffer, placed by offset
	 * (it may move while it grows). */
	for (size_t i = 0; i < doc->overleggen.n; i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];
		if (!o->datum.s || !o->soort.s || o->soort.i != OPP_SOORT_EVALUATIE)
			continue;
		at[nm] = labels.len;
		opp_buf_puts(&labels, "evaluatie ");
		opp_present_date(&labels, o->datum.i);
		opp_buf_putc(&labels, '\0');
		marks[nm++].day = o->datum.i;
	}
	for (size_t i = 0; i < nm; i++)
		marks[i].label = labels.ptr + at[i];

	opp_buf_printf(&id, "grafiek-doel-%zu", nr);
	opp_buf_puts(&desc, "Verwacht: ");
	opp_present_number(&desc, d->beginwaarde.n);
	opp_buf_puts(&desc, " op ");
	opp_present_date(&desc, set);
	opp_buf_puts(&desc, " naar ");
	opp_present_number(&desc, d->streefwaarde.n);
	opp_buf_puts(&desc, " op ");
	opp_present_date(&desc, d->termijn.i);
	if (d->eenheid.s)
		opp_buf_printf(&desc, " (%s)", d->eenheid.s);
	opp_buf_printf(&desc, "; %zu %s. ", np, np == 1 ? "meting" : "metingen");
	opp_progress_koers(&title, doc, d, today);
	if (title.len) {
		opp_buf_printf(&desc, "Stand: %s. ", title.ptr);
		opp_buf_reset(&title);
	}
	opp_buf_puts(&desc, "De tabel hieronder geeft dezelfde gegevens.");
	opp_buf_printf(&title, "Voortgang doel %zu", nr);

	c.id = id.ptr;
	c.title = title.ptr;
	c.desc = desc.ptr;
	c.has_line = true;
	c.line[0] = (struct opp_chart_point){set, d->beginwaarde.n};
	c.line[1] = (struct opp_chart_point){d->termijn.i, d->streefwaarde.n};
	c.points = pts;
	c.npoints = np;
	c.marks = marks;
	c.nmarks = nm;
	c.today = today;
	opp_sink_chart(s, &c);

	opp_buf_release(&id);
	opp_buf_release(&title);
	opp_buf_release(&desc);
	opp_buf_release(&labels);
	free(pts);
	free(marks);
	free(at);
}

/* ---- the story ----------------------------------------------------------- */

static const struct opp_sink_col story_cols[] = {
        {"Datum", OPP_ALIGN_LEFT, 10, false},
        {"Wat", OPP_ALIGN_LEFT, 12, false},
        {"Waarde", OPP_ALIGN_RIGHT, 0, false},
        {"Toelichting", OPP_ALIGN_LEFT, 12, false},
};
static const struct opp_sink_table story_table = {"verloop", 4, story_cols};

static void
cell_date(struct opp_sink *s, struct opp_buf *b, int32_t day)
{
	opp_buf_reset(b);
	if (day >= 0)
		opp_present_date(b, day);
	opp_sink_cell(s, b->ptr);
}

static void
cell_number(struct opp_sink *s, struct opp_buf *b, const struct opp_val *v)
{
	opp_buf_reset(b);
	if (v->s)
		opp_present_number(b, v->n);
	opp_sink_cell(s, b->ptr);
}

/* text with the names replaced (names NULL: as written); valid until t
 * is reset */
static const char *
named(struct opp_buf *t, struct opp_names *names, const char *text)
{
	if (!names || !text)
		return text;
	opp_buf_reset(t);
	opp_names_replace(names, t, text);
	return t->ptr;
}

static void
story_row(struct opp_sink *s, const struct opp_doc *doc, const struct opp_doel *d,
          const struct opp_verloop *v, struct opp_buf *b, struct opp_names *names)
{
	const struct opp_persoon *author;
	struct opp_buf t = OPP_BUF_INIT;
	const struct opp_overleg *o = v->at;
	int32_t u;

	opp_sink_row_begin(s);
	cell_date(s, b, v->datum);
	switch (v->soort) {
	case OPP_VERLOOP_GESTELD:
		opp_sink_cell(s, "doel gesteld");
		cell_number(s, b, &d->beginwaarde);
		opp_buf_reset(b);
		if (d->termijn.s) {
			opp_buf_puts(b, "termijn ");
			opp_present_date(b, d->termijn.i);
		}
		if (d->streefwaarde.s) {
			opp_buf_puts(b, b->len ? ", streefwaarde " : "streefwaarde ");
			opp_present_number(b, d->streefwaarde.n);
		}
		opp_sink_cell(s, b->ptr);
		break;
	case OPP_VERLOOP_NOTITIE:
		author = opp_doc_persoon(doc, v->note->door.s);
		opp_buf_reset(b);
		opp_buf_printf(b, "voortgang (%s)", door(doc, v->note->door.s));
		/* the pupil as author by initials; not the parents, whose
		 * name may hold the pupil's surname */
		opp_sink_cell(s, author && author->rol.s && author->rol.i == OPP_ROL_LEERLING
		                         ? named(&t, names, b->ptr)
		                         : b->ptr);
		cell_number(s, b, &v->note->waarde);
		opp_sink_cell_md(s, named(&t, names, v->note->tekst.s));
		break;
	case OPP_VERLOOP_UITKOMST:
		u = (int32_t)v->uitkomst->value.i;
		opp_buf_reset(b);
		opp_buf_printf(b, "evaluatie: %s", u >= 0 && u < OPP_UIT_COUNT ? opp_label_uitkomst[u] : "");
		opp_sink_cell(s, b->ptr);
		opp_sink_cell(s, NULL);
		/* 000 step 9: when a goal is not reached "dan wordt het
		 * arrangement bijgesteld": the meeting's bijstelling belongs
		 * to this goal's story. */
		if (u == OPP_UIT_NIET_BEHAALD || u == OPP_UIT_DEELS)
			opp_sink_cell_md(s, o->bijstelling.s);
		else
			opp_sink_cell(s, NULL);
		break;
	case OPP_VERLOOP_AFGESLOTEN:
		opp_buf_reset(b);
		opp_buf_printf(b, "afgesloten buiten een overleg: %s", opp_label_doelstatus[d->status.i]);
		opp_sink_cell(s, b->ptr);
		opp_sink_cell(s, NULL);
		opp_sink_cell(s, NULL);
		break;
	}
	opp_sink_row_end(s);
	opp_buf_release(&t);
}

void
opp_progress_story(struct opp_sink *s, const struct opp_doc *doc, const struct opp_doel *d, size_t nr,
                   int32_t today)
{
	struct opp_verloop *v;
	size_t n = opp_doel_verloop(doc, d, today, &v);
	struct opp_buf b = OPP_BUF_INIT;

	if (!n || (n == 1 && v[0].soort == OPP_VERLOOP_GESTELD && !opp_doel_meetbaar(doc, d, today))) {
		free(v);
		return;
	}
	opp_sink_para(s, "Verloop:");
	if (opp_doel_meetbaar(doc, d, today))
		chart(s, doc, d, nr, v, n, today);
	opp_sink_table_begin(s, &story_table);
	for (size_t i = 0; i < n; i++)
		story_row(s, doc, d, &v[i], &b, NULL);
	opp_sink_table_end(s);
	opp_buf_release(&b);
	free(v);
}

void
opp_progress_since(struct opp_sink *s, const struct opp_doc *doc, const struct opp_doel *d, int32_t since,
                   int32_t today, struct opp_names *names)
{
	struct opp_verloop *v;
	size_t n = opp_doel_verloop(doc, d, today, &v), k = 0;
	struct opp_buf b = OPP_BUF_INIT;

	for (size_t i = 0; i < n; i++)
		k += v[i].soort == OPP_VERLOOP_NOTITIE && v[i].datum > since;
	if (!k && since == INT32_MIN) {
		opp_sink_para(s, "Nog geen voortgang genoteerd.");
	} else if (!k) {
		opp_buf_puts(&b, "Geen voortgang genoteerd sinds ");
		opp_present_date(&b, since);
		opp_buf_putc(&b, '.');
		opp_sink_para(s, b.ptr);
	} else {
		opp_sink_table_begin(s, &story_table);
		for (size_t i = 0; i < n; i++)
			if (v[i].soort == OPP_VERLOOP_NOTITIE && v[i].datum > since)
				story_row(s, doc, d, &v[i], &b, names);
		opp_sink_table_end(s);
	}
	opp_buf_release(&b);
	free(v);
}

/*
 * progress — a goal's progress in the documents: see progress.h.
 */
#include "documents/progress.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/present.h"
#include "facts/query.h"

/* The words each reader's document says a goal's progress in. The
 * school (and the swv, in the terms of its trade) reads the short form
 * with the numbers as measured; parents and the pupil read B1 Dutch
 * (short sentences, values with their unit, the expected value rounded
 * to a whole: "rond 7 minuten", not "verwacht 6,9"). */
struct woorden {
	bool gewoon;                   /* sentences, units, whole expected values */
	const char *const *koers;      /* per enum opp_koers */
	const char *geen_meting;       /* measurable, not measured yet */
	const char *verloop;           /* the paragraph above the story */
	struct opp_sink_col cols[4];   /* date, what, value, remark */
	const char *gesteld;           /* the row of the goal's setting */
	const char *notitie[2];        /* a note's row: before and after its author */
	const char *uitkomst;          /* an outcome's row: before the outcome */
	const char *const *uitkomsten; /* per enum opp_uitkomst */
	const char *afgesloten;        /* closed outside a meeting: before the status */
};

static const struct woorden vak = {
        false,
        opp_label_koers,
        " (nog geen meting)",
        "Verloop:",
        {{"Datum", OPP_ALIGN_LEFT, 10, false},
         {"Wat", OPP_ALIGN_LEFT, 12, false},
         {"Waarde", OPP_ALIGN_RIGHT, 0, false},
         {"Toelichting", OPP_ALIGN_LEFT, 12, false}},
        "doel gesteld",
        {"voortgang (", ")"},
        "evaluatie: ",
        opp_label_uitkomst,
        "afgesloten buiten een overleg: ",
};

static const char *const koers_gewoon[3] = {"Er is nog niet gemeten.", "Het gaat zoals gehoopt.",
                                            "Het gaat langzamer dan gehoopt."};
static const char *const uitkomst_gewoon[OPP_UIT_COUNT] = {"gelukt", "voor een deel gelukt", "niet gelukt",
                                                           "gestopt"};

static const struct woorden gewoon = {
        true,
        koers_gewoon,
        "",
        "Zo ging het tot nu toe:",
        {{"Datum", OPP_ALIGN_LEFT, 10, false},
         {"Wat er gebeurde", OPP_ALIGN_LEFT, 12, false},
         {"Gemeten", OPP_ALIGN_RIGHT, 0, false},
         {"Uitleg", OPP_ALIGN_LEFT, 12, false}},
        "Het doel is gemaakt",
        {"Bericht van ", ""},
        "Besproken in het gesprek: ",
        uitkomst_gewoon,
        "Afgesloten zonder gesprek: ",
};

/* The reader's words: plain for parents and the pupil. */
static const struct woorden *
woorden(enum opp_voor r)
{
	return r == OPP_VOOR_OUDERS || r == OPP_VOOR_LEERLING ? &gewoon : &vak;
}

/* A value with its unit ("8 minuten zelfstandig buiten"); kort: only
 * the unit's first word ("7 minuten"), for a value said a second time.
 * Without a unit, the number alone. */
static void
met_eenheid(struct opp_buf *out, double n, const struct opp_doel *d, bool kort)
{
	opp_present_number(out, n);
	if (!d->eenheid.s || !*d->eenheid.s)
		return;
	opp_buf_putc(out, ' ');
	if (kort)
		opp_buf_add(out, d->eenheid.s, strcspn(d->eenheid.s, " \t"));
	else
		opp_buf_puts(out, d->eenheid.s);
}

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
opp_progress_koers(struct opp_buf *out, const struct opp_doc *doc, const struct opp_doel *d, int32_t today,
                   enum opp_voor r)
{
	const struct woorden *t = woorden(r);
	const struct opp_voortgang *v;
	double verwacht;
	enum opp_koers k;

	/* A closed goal has no course to keep: its story says how it ended. */
	if (!opp_doel_meetbaar(doc, d, today) || !opp_doel_actief(doc, d, today))
		return;
	k = opp_doel_koers(doc, d, today);
	if (k == OPP_KOERS_GEEN || !(v = opp_doel_laatste(d, today, true))) {
		opp_buf_puts(out, t->koers[t->gewoon ? OPP_KOERS_GEEN : k]);
		opp_buf_puts(out, t->geen_meting);
		return;
	}
	opp_buf_puts(out, t->koers[k]);
	verwacht = opp_doel_verwacht(doc, d, today, v->datum.i);
	if (t->gewoon) {
		/* "Het gaat zoals gehoopt. Op 27 november 2026: 8 minuten
		 * zelfstandig buiten. We verwachtten ongeveer 7 minuten." */
		opp_buf_puts(out, " Op ");
		opp_present_date(out, v->datum.i);
		opp_buf_puts(out, ": ");
		met_eenheid(out, v->waarde.n, d, false);
		opp_buf_puts(out, ". We verwachtten ongeveer ");
		met_eenheid(out, round(verwacht), d, true);
		opp_buf_putc(out, '.');
		return;
	}
	opp_buf_puts(out, " (");
	opp_present_number(out, v->waarde.n);
	opp_buf_puts(out, " op ");
	opp_present_date(out, v->datum.i);
	/* The line's value to one decimal: enough to compare with. */
	opp_buf_puts(out, "; verwacht ");
	opp_present_number(out, round(verwacht * 10) / 10);
	opp_buf_putc(out, ')');
}

/* ---- the chart ----------------------------------------------------------- */

static void
chart(struct opp_sink *s, const struct opp_doc *doc, const struct opp_doel *d, size_t nr,
      const struct opp_verloop *v, size_t n, int32_t today, enum opp_voor r)
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
	opp_progress_koers(&title, doc, d, today, r);
	if (title.len) {
		opp_buf_printf(&desc, woorden(r)->gewoon ? "%s " : "Stand: %s. ", title.ptr);
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

static void
cell_date(struct opp_sink *s, struct opp_buf *b, int32_t day)
{
	opp_buf_reset(b);
	if (day >= 0)
		opp_present_date(b, day);
	opp_sink_cell(s, b->ptr);
}

/* A value, with its unit's first word for plain readers ("3 minuten"). */
static void
cell_number(struct opp_sink *s, struct opp_buf *b, const struct opp_val *v, const struct opp_doel *d,
            const struct woorden *t)
{
	opp_buf_reset(b);
	if (v->s && t->gewoon)
		met_eenheid(b, v->n, d, true);
	else if (v->s)
		opp_present_number(b, v->n);
	opp_sink_cell(s, b->ptr);
}

/* The story's table in the reader's words. */
static void
story_begin(struct opp_sink *s, const struct woorden *t)
{
	opp_sink_table_begin(s, &(struct opp_sink_table){"verloop", 4, t->cols});
}

/* What the goal's setting aimed at: "termijn 5 maart 2027, streefwaarde
 * 20"; in plain words "Het doel: 20 minuten, uiterlijk 5 maart 2027." */
static void
gesteld(struct opp_buf *b, const struct opp_doel *d, const struct woorden *t)
{
	opp_buf_reset(b);
	if (t->gewoon) {
		if (d->streefwaarde.s) {
			opp_buf_puts(b, "Het doel: ");
			met_eenheid(b, d->streefwaarde.n, d, true);
			opp_buf_puts(b, d->termijn.s ? ", uiterlijk " : ".");
		} else if (d->termijn.s) {
			opp_buf_puts(b, "Het doel halen we uiterlijk ");
		}
		if (d->termijn.s) {
			opp_present_date(b, d->termijn.i);
			opp_buf_putc(b, '.');
		}
		return;
	}
	if (d->termijn.s) {
		opp_buf_puts(b, "termijn ");
		opp_present_date(b, d->termijn.i);
	}
	if (d->streefwaarde.s) {
		opp_buf_puts(b, b->len ? ", streefwaarde " : "streefwaarde ");
		opp_present_number(b, d->streefwaarde.n);
	}
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
          const struct opp_verloop *v, struct opp_buf *b, struct opp_names *names, const struct woorden *w)
{
	const struct opp_persoon *author;
	struct opp_buf t = OPP_BUF_INIT;
	const struct opp_overleg *o = v->at;
	int32_t u;

	opp_sink_row_begin(s);
	cell_date(s, b, v->datum);
	switch (v->soort) {
	case OPP_VERLOOP_GESTELD:
		opp_sink_cell(s, w->gesteld);
		cell_number(s, b, &d->beginwaarde, d, w);
		gesteld(b, d, w);
		opp_sink_cell(s, b->ptr);
		break;
	case OPP_VERLOOP_NOTITIE:
		author = opp_doc_persoon(doc, v->note->door.s);
		opp_buf_reset(b);
		opp_buf_printf(b, "%s%s%s", w->notitie[0], door(doc, v->note->door.s), w->notitie[1]);
		/* the pupil as author by initials; not the parents, whose
		 * name may hold the pupil's surname */
		opp_sink_cell(s, author && author->rol.s && author->rol.i == OPP_ROL_LEERLING
		                         ? named(&t, names, b->ptr)
		                         : b->ptr);
		cell_number(s, b, &v->note->waarde, d, w);
		opp_sink_cell_md(s, named(&t, names, v->note->tekst.s));
		break;
	case OPP_VERLOOP_UITKOMST:
		u = (int32_t)v->uitkomst->value.i;
		opp_buf_reset(b);
		opp_buf_printf(b, "%s%s", w->uitkomst, u >= 0 && u < OPP_UIT_COUNT ? w->uitkomsten[u] : "");
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
		opp_buf_printf(b, "%s%s", w->afgesloten, opp_label_doelstatus[d->status.i]);
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
                   int32_t today, enum opp_voor r)
{
	const struct woorden *t = woorden(r);
	struct opp_verloop *v;
	size_t n = opp_doel_verloop(doc, d, today, &v);
	struct opp_buf b = OPP_BUF_INIT;

	if (!n || (n == 1 && v[0].soort == OPP_VERLOOP_GESTELD && !opp_doel_meetbaar(doc, d, today))) {
		free(v);
		return;
	}
	opp_sink_para(s, t->verloop);
	if (opp_doel_meetbaar(doc, d, today))
		chart(s, doc, d, nr, v, n, today, r);
	story_begin(s, t);
	for (size_t i = 0; i < n; i++)
		story_row(s, doc, d, &v[i], &b, NULL, t);
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
		story_begin(s, &vak);
		for (size_t i = 0; i < n; i++)
			if (v[i].soort == OPP_VERLOOP_NOTITIE && v[i].datum > since)
				story_row(s, doc, d, &v[i], &b, names, &vak);
		opp_sink_table_end(s);
	}
	opp_buf_release(&b);
	free(v);
}

/*
 * due — derive the to-do items of a case from its content.
 */
#include "documents/due.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/date.h"
#include "base/escape.h"
#include "base/i18n.h"
#include "facts/query.h"

#define X_NAME(id, name) name,
const char *const opp_due_kind_names[] = {OPP_DUE_KINDS(X_NAME) NULL};
#undef X_NAME

#define DS(d) opp_date_str(d).s

void
opp_due_init(struct opp_due_list *l)
{
	l->v = NULL;
	l->n = l->cap = 0;
	opp_arena_init(&l->arena);
}

void
opp_due_release(struct opp_due_list *l)
{
	free(l->v);
	opp_arena_release(&l->arena);
	opp_due_init(l);
}

struct collect {
	struct opp_due_list *l;
	const struct opp_doc *doc;
	const char *file; /* copied once per document */
	int32_t today, until;
};

static const char *
copy(struct collect *c, const char *s)
{
	return s ? opp_arena_strdup(&c->l->arena, s) : NULL;
}

/* Case text for a reader: one line, no control or bidi character
 * (escape.h), so a name cannot clear the terminal or forge a line. */
static const char *
copy_line(struct collect *c, const char *s)
{
	struct opp_buf b = OPP_BUF_INIT;
	const char *r;

	if (!s)
		return NULL;
	opp_text_line(&b, s);
	r = opp_arena_strdup(&c->l->arena, b.ptr);
	opp_buf_release(&b);
	return r;
}

static void add(struct collect *c, enum opp_due_kind kind, struct opp_pos pos, int32_t date, const char *who,
                const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static void
add(struct collect *c, enum opp_due_kind kind, struct opp_pos pos, int32_t date, const char *who,
    const char *fmt, ...)
{
	const struct opp_persoon *p = opp_doc_persoon(c->doc, who);
	struct opp_due_item *it;
	struct opp_buf b = OPP_BUF_INIT;
	va_list ap;

	/* Overdue items always; coming ones up to the end of the window. */
	if (date >= c->today && date > c->until)
		return;
	va_start(ap, fmt);
	opp_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	xgrow(&c->l->v, &c->l->cap, c->l->n + 1, sizeof(*c->l->v));
	it = &c->l->v[c->l->n++];
	it->kind = kind;
	it->file = c->file;
	it->pos = pos;
	it->date = date;
	it->days = c->today - date;
	it->who = copy(c, who ? who : "");
	it->naam = p ? copy_line(c, p->naam.s) : NULL;
	it->email = p ? copy_line(c, p->email.s) : NULL;
	it->what = copy_line(c, b.ptr); /* free text may hold newlines */
	opp_buf_release(&b);
}

static const char *
soort(const struct opp_overleg *o)
{
	return o->soort.s && o->soort.i == OPP_SOORT_EVALUATIE ? _("evaluation") : _("OT");
}

static void
afspraken(struct collect *c)
{
	const struct opp_doc *doc = c->doc;

	for (size_t i = 0; i < doc->afspraken.n; i++) {
		const struct opp_afspraak *a = &doc->afspraken.v[i];
		struct opp_buf z = OPP_BUF_INIT;

		if (a->gedaan.s || !a->uiterlijk.s)
			continue;
		for (size_t k = 0; k < a->terugkoppeling.n; k++) {
			const struct opp_persoon *p = opp_doc_persoon(doc, a->terugkoppeling.v[k].s);
			opp_buf_printf(&z, "%s%s", k ? ", " : "",
			               p && p->naam.s ? p->naam.s : a->terugkoppeling.v[k].s);
		}
		if (z.len) {
			/* "Belt de logopedist." + ", and report back": drop
			 * the sentence's own full stop (not an ellipsis). */
			const char *wat = a->wat.s ? a->wat.s : "?";
			int n = (int)strlen(wat);
			while (n > 0 && strchr(" \t\r\n", wat[n - 1]))
				n--;
			if (n > 1 && wat[n - 1] == '.' && wat[n - 2] != '.')
				n--;
			add(c, OPP_DUE_AFSPRAAK, a->h.pos, a->uiterlijk.i, a->wie.s,
			    _("afspraak %s: %.*s, and report back to %s"), a->id.s ? a->id.s : "?", n, wat,
			    z.ptr);
		} else
			add(c, OPP_DUE_AFSPRAAK, a->h.pos, a->uiterlijk.i, a->wie.s, _("afspraak %s: %s"),
			    a->id.s ? a->id.s : "?", a->wat.s ? a->wat.s : "?");
		opp_buf_release(&z);
	}
}

static void
overleggen(struct collect *c, const struct opp_config *cfg)
{
	const struct opp_doc *doc = c->doc;
	const char *regie = doc->regie.opp.s;

	for (size_t i = 0; i < doc->overleggen.n; i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];

		if (!o->datum.s)
			continue;
		if (opp_overleg_held(o, c->today) && (!o->verslag.s || !o->aanwezig.n))
			add(c, OPP_DUE_VERSLAG, o->h.pos, o->datum.i, regie,
			    _("write the verslag of the %s of %s: who came and what was agreed"), soort(o),
			    DS(o->datum.i));
		if (!opp_overleg_planned(o, c->today))
			continue;
		if (o->soort.s && o->soort.i == OPP_SOORT_EVALUATIE)
			add(c, OPP_DUE_EVALUATIE, o->h.pos, o->datum.i, regie,
			    _("evaluation meeting on %s: invite, prepare the goals and their support"),
			    DS(o->datum.i));
		if (!o->toestemming.s && opp_invites_outsiders(doc, o))
			add(c, OPP_DUE_TOESTEMMING, o->h.pos, o->datum.i, regie,
			    _("ask the parents' consent to share documents with the invitees of the %s of "
			      "%s"),
			    soort(o), DS(o->datum.i));
	}
	if (opp_has_arrangement(doc)) {
		const struct opp_overleg *last = opp_last_held(doc, c->today);
		const struct opp_overleg *next = opp_next_evaluatie(doc, c->today);
		int32_t start = 0;

		if (!next) {
			/* The evaluation is set at the meeting that arranged the
			 * support ("prikken evaluatiemoment"): late since then.
			 * No meeting held and no valid start: no date to go by
			 * (validate reports the missing start). */
			if (last || opp_first_start(doc, &start))
				add(c, OPP_DUE_EVALUATIE, doc->arrangement.h.pos,
				    last ? last->datum.i : start, regie,
				    _("plan an evaluation meeting: support is arranged but no evaluation is "
				      "planned"));
		} else if (last) {
			/* Due when the planned evaluation comes after the limit;
			 * add() keeps it when it is late or inside the window. */
			int32_t limit = opp_date_add_months(last->datum.i, cfg->evaluatie_maanden);
			if (next->datum.i > limit)
				add(c, OPP_DUE_EVALUATIE, last->h.pos, limit, regie,
				    _("evaluate within %d months of the last meeting (%s): the evaluation "
				      "planned on %s is too late"),
				    cfg->evaluatie_maanden, DS(last->datum.i), DS(next->datum.i));
		}
	}
}

static void
arrangement(struct collect *c, const struct opp_config *cfg)
{
	const struct opp_doc *doc = c->doc;
	const struct opp_ondertekening *o = &doc->ondertekening;
	const char *regie = doc->regie.opp.s;
	struct opp_buf missing = OPP_BUF_INIT;
	int32_t start;

	for (size_t i = 0; i < doc->arrangement.n; i++) {
		const struct opp_inzet *z = &doc->arrangement.v[i];
		const struct opp_bekostiging *b = &z->bekostiging;

		if (!z->start.s || (b->status.s && b->status.i == OPP_BEK_TOEGEKEND))
			continue;
		add(c, OPP_DUE_BEKOSTIGING, b->h.set ? b->h.pos : z->h.pos, z->start.i, regie,
		    _("settle the funding of %s (%s, now %s) before it starts on %s"),
		    z->id.s ? z->id.s : "?", b->door.s ? b->door.s : "?",
		    b->status.s ? b->status.s : "onbekend", DS(z->start.i));
	}
	if (!opp_first_start(doc, &start))
		return;
	if (!o->ouders.s)
		opp_buf_puts(&missing, "ouders");
	if (!o->school.s)
		opp_buf_printf(&missing, "%sschool", missing.len ? ", " : "");
	if (opp_needs_toegang(doc) && !o->toegang.s)
		opp_buf_printf(&missing, "%stoegang", missing.len ? ", " : "");
	if (opp_leerling_tekent(doc, cfg, start) && !o->leerling.s)
		opp_buf_printf(&missing, "%sleerling", missing.len ? ", " : "");
	if (missing.len)
		add(c, OPP_DUE_ONDERTEKENING, o->h.set ? o->h.pos : doc->arrangement.h.pos, start, regie,
		    _("get the plan signed by %s before support starts on %s"), missing.ptr, DS(start));
	opp_buf_release(&missing);
}

static void
doelen(struct collect *c)
{
	const struct opp_doc *doc = c->doc;

	for (size_t i = 0; i < doc->doelen.n; i++) {
		const struct opp_doel *d = &doc->doelen.v[i];
		if (opp_doel_actief(d) && d->termijn.s && d->termijn.i < c->today)
			add(c, OPP_DUE_DOEL, d->h.pos, d->termijn.i, doc->regie.opp.s,
			    _("goal %s passed its termijn: evaluate it and set its status or a new term"),
			    d->id.s ? d->id.s : "?");
	}
}

void
opp_due_collect(struct opp_due_list *l, const struct opp_doc *doc, const struct opp_config *cfg,
                int32_t today, int32_t until)
{
	struct collect c = {l, doc, NULL, today, until};

	c.file = opp_arena_strdup(&l->arena, doc->name ? doc->name : "-");
	afspraken(&c);
	overleggen(&c, cfg);
	arrangement(&c, cfg);
	doelen(&c);
}

void
opp_due_merge(struct opp_due_list *dst, struct opp_due_list *src)
{
	const char *file = NULL, *copied = NULL;

	xgrow(&dst->v, &dst->cap, dst->n + src->n, sizeof(*dst->v));
	for (size_t i = 0; i < src->n; i++) {
		struct opp_due_item it = src->v[i];
#define COPY(f) it.f = it.f ? opp_arena_strdup(&dst->arena, it.f) : NULL
		if (it.file != file) { /* one copy of the file name per file */
			file = it.file;
			copied = opp_arena_strdup(&dst->arena, it.file);
		}
		it.file = copied;
		COPY(who);
		COPY(naam);
		COPY(email);
		COPY(what);
#undef COPY
		dst->v[dst->n++] = it;
	}
	opp_due_release(src);
}

void
opp_due_filter(struct opp_due_list *l, const char *who)
{
	size_t k = 0;

	for (size_t i = 0; i < l->n; i++) {
		const struct opp_due_item *it = &l->v[i];
		if (strcasecmp(it->who, who) == 0 || (it->email && strcasecmp(it->email, who) == 0) ||
		    (it->naam && strcasecmp(it->naam, who) == 0))
			l->v[k++] = *it;
	}
	l->n = k;
}

static int
cmp_item(const void *a, const void *b)
{
	const struct opp_due_item *x = a, *y = b;
	int c = strcmp(x->who, y->who);

	if (c)
		return c;
	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	if ((c = strcmp(x->file, y->file)))
		return c;
	if (x->pos.line != y->pos.line)
		return x->pos.line < y->pos.line ? -1 : 1;
	return (int)x->kind - (int)y->kind;
}

void
opp_due_sort(struct opp_due_list *l)
{
	if (l->n > 1) /* v is NULL when empty: qsort must not get NULL */
		qsort(l->v, l->n, sizeof(*l->v), cmp_item);
}

size_t
opp_due_overdue(const struct opp_due_list *l)
{
	size_t n = 0;

	for (size_t i = 0; i < l->n; i++)
		n += l->v[i].days > 0;
	return n;
}

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

static const char *
copy(struct opp_due_list *l, const char *s)
{
	return s ? opp_arena_strdup(&l->arena, s) : NULL;
}

/* Case text for a reader: one line, no control or bidi character
 * (escape.h), so a name cannot clear the terminal or forge a line. */
static const char *
copy_line(struct opp_due_list *l, const char *s)
{
	struct opp_buf b = OPP_BUF_INIT;
	const char *r;

	if (!s)
		return NULL;
	opp_text_line(&b, s);
	r = opp_arena_strdup(&l->arena, b.ptr);
	opp_buf_release(&b);
	return r;
}

/* One item for one person: what they must do, when. */
static void
add(struct opp_due_list *l, const char *file, const struct opp_obligation *o, const struct opp_doc *doc,
    const char *who, const char *what, int32_t today)
{
	const struct opp_persoon *p = opp_doc_persoon(doc, who);
	struct opp_due_item *it;

	xgrow(&l->v, &l->cap, l->n + 1, sizeof(*l->v));
	it = &l->v[l->n++];
	it->kind = o->kind;
	it->rule = o->rule;
	it->file = file;
	it->pos = o->pos;
	it->date = o->deadline;
	it->days = today - o->deadline;
	it->who = copy(l, who ? who : "");
	it->naam = p ? copy_line(l, p->naam.s) : NULL;
	it->email = p ? copy_line(l, p->email.s) : NULL;
	it->what = what;
}

void
opp_due_collect(struct opp_due_list *l, const struct opp_doc *doc, const struct opp_config *cfg,
                int32_t today, int32_t until)
{
	struct opp_obligations ob;
	struct opp_buf b = OPP_BUF_INIT;
	const char *file = NULL;

	opp_obligations_collect(&ob, doc, cfg, today);
	for (size_t i = 0; i < ob.n; i++) {
		const struct opp_obligation *o = &ob.v[i];
		const char *what;

		/* Overdue items always; coming ones up to the end of the
		 * window. A date-only deadline ends at the end of its day:
		 * due today is not overdue. Done late: nothing left to do. */
		if (!opp_ob_is_due(o) || (o->deadline >= today && o->deadline > until))
			continue;
		if (!file)
			file = copy_line(l, doc->name ? doc->name : "-"); /* shown as it is */
		opp_buf_reset(&b);
		opp_ob_todo(&b, o, doc);
		what = copy_line(l, b.ptr); /* free text may hold newlines */
		if (!o->n_who)
			add(l, file, o, doc, NULL, what, today);
		for (size_t k = 0; k < o->n_who; k++)
			add(l, file, o, doc, o->who[k], what, today);
	}
	opp_buf_release(&b);
	opp_obligations_release(&ob);
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

bool
opp_due_names(const struct opp_doc *doc, const char *who)
{
	for (size_t i = 0; i < doc->betrokkenen.n; i++) {
		const struct opp_persoon *p = &doc->betrokkenen.v[i];
		if ((p->id.s && strcasecmp(p->id.s, who) == 0) ||
		    (p->email.s && strcasecmp(p->email.s, who) == 0) ||
		    (p->naam.s && strcasecmp(p->naam.s, who) == 0))
			return true;
	}
	return false;
}

bool
opp_due_coordinates(const struct opp_doc *doc, const char *id)
{
	return (doc->regie.opp.s && strcmp(doc->regie.opp.s, id) == 0) ||
	       (doc->regie.gezinsplan.s && strcmp(doc->regie.gezinsplan.s, id) == 0);
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

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
#include "base/present.h"
#include "base/xsort.h"
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

/* What every item of a case says about it: the pupil by initials. */
struct kase {
	const char *file, *initialen, *groep, *school;
};

/* One item for one person: what they must do, when. */
static void
add(struct opp_due_list *l, const struct kase *k, const struct opp_obligation *o, const struct opp_doc *doc,
    const char *who, const char *what, int32_t today)
{
	const struct opp_persoon *p = opp_doc_persoon(doc, who);
	struct opp_due_item *it;

	xgrow(&l->v, &l->cap, l->n + 1, sizeof(*l->v));
	it = &l->v[l->n++];
	it->kind = o->kind;
	it->rule = o->rule;
	it->file = k->file;
	it->initialen = k->initialen;
	it->groep = k->groep;
	it->school = k->school;
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
	struct kase k = {NULL, NULL, NULL, NULL};

	opp_obligations_collect(&ob, doc, cfg, today);
	for (size_t i = 0; i < ob.n; i++) {
		const struct opp_obligation *o = &ob.v[i];
		const char *what;

		/* Overdue items always; coming ones up to the end of the
		 * window. A date-only deadline ends at the end of its day:
		 * due today is not overdue. Done late: nothing left to do. */
		if (!opp_ob_is_due(o) || (o->deadline >= today && o->deadline > until))
			continue;
		if (!k.file) {
			k.file = copy_line(l, doc->name ? doc->name : "-"); /* shown as it is */
			opp_buf_reset(&b);
			opp_present_initials(&b, doc->leerling.naam.s);
			k.initialen = copy_line(l, b.ptr);
			k.groep = copy_line(l, doc->leerling.groep.s);
			k.school = copy_line(l, doc->leerling.school.s);
		}
		opp_buf_reset(&b);
		opp_ob_todo(&b, o, doc);
		what = copy_line(l, b.ptr); /* free text may hold newlines */
		if (!o->n_who)
			add(l, &k, o, doc, NULL, what, today);
		for (size_t i_who = 0; i_who < o->n_who; i_who++)
			add(l, &k, o, doc, o->who[i_who], what, today);
	}
	opp_buf_release(&b);
	opp_obligations_release(&ob);
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

void
opp_due_key(struct opp_buf *key, const struct opp_due_item *it)
{
	opp_xsort_key_str(key, it->who);
	opp_xsort_key_int(key, it->date);
	opp_xsort_key_str(key, it->file);
	opp_xsort_key_int(key, it->pos.line);
	opp_xsort_key_int(key, it->kind);
}

struct keyed {
	size_t off, len, i; /* the key in keys; the item's place before sorting */
	const char *keys;
};

static int
cmp_keyed(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	int c = memcmp(x->keys + x->off, y->keys + y->off, x->len < y->len ? x->len : y->len);

	if (c)
		return c;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

void
opp_due_sort(struct opp_due_list *l)
{
	struct opp_buf keys = OPP_BUF_INIT;
	struct keyed *k;
	struct opp_due_item *v;

	if (l->n < 2) /* v is NULL when empty: qsort must not get NULL */
		return;
	k = xcalloc(l->n, sizeof(*k));
	for (size_t i = 0; i < l->n; i++) {
		k[i].off = keys.len;
		opp_due_key(&keys, &l->v[i]);
		k[i].len = keys.len - k[i].off;
		k[i].i = i;
	}
	for (size_t i = 0; i < l->n; i++)
		k[i].keys = keys.ptr;
	qsort(k, l->n, sizeof(*k), cmp_keyed);
	v = xcalloc(l->cap, sizeof(*v));
	for (size_t i = 0; i < l->n; i++)
		v[i] = l->v[k[i].i];
	free(l->v);
	l->v = v;
	free(k);
	opp_buf_release(&keys);
}

/* ---- records: numbers as they are in memory (a record never leaves
 * the process), then the strings, each with a byte saying whether it
 * is there. */

struct packed {
	int32_t kind, rule, date, days;
	uint32_t line, col;
};

static void
pack_str(struct opp_buf *out, const char *s)
{
	opp_buf_putc(out, s ? 1 : 0);
	if (s)
		opp_buf_add(out, s, strlen(s) + 1);
}

void
opp_due_pack(struct opp_buf *out, const struct opp_due_item *it)
{
	struct packed p = {(int32_t)it->kind, it->rule, it->date, it->days, it->pos.line, it->pos.col};

	opp_buf_add(out, &p, sizeof(p));
	pack_str(out, it->file);
	pack_str(out, it->who);
	pack_str(out, it->naam);
	pack_str(out, it->email);
	pack_str(out, it->what);
	pack_str(out, it->initialen);
	pack_str(out, it->groep);
	pack_str(out, it->school);
}

static bool
unpack_str(const char **s, const char **p, const char *end)
{
	const char *nul;

	if (*p >= end)
		return false;
	if (!*(*p)++) {
		*s = NULL;
		return true;
	}
	if (!(nul = memchr(*p, '\0', (size_t)(end - *p))))
		return false;
	*s = *p;
	*p = nul + 1;
	return true;
}

bool
opp_due_unpack(struct opp_due_item *it, const char *rec, size_t len)
{
	const char *p = rec + sizeof(struct packed), *end = rec + len;
	struct packed k;

	if (len < sizeof(k))
		return false;
	memcpy(&k, rec, sizeof(k));
	if (k.kind < 0 || k.kind >= OPP_OB_COUNT)
		return false;
	memset(it, 0, sizeof(*it));
	it->kind = (enum opp_ob_kind)k.kind;
	it->rule = k.rule;
	it->date = k.date;
	it->days = k.days;
	it->pos.line = k.line;
	it->pos.col = k.col;
	if (!unpack_str(&it->file, &p, end) || !unpack_str(&it->who, &p, end) ||
	    !unpack_str(&it->naam, &p, end) || !unpack_str(&it->email, &p, end) ||
	    !unpack_str(&it->what, &p, end) || !unpack_str(&it->initialen, &p, end) ||
	    !unpack_str(&it->groep, &p, end) || !unpack_str(&it->school, &p, end))
		return false;
	if (!it->who)
		it->who = "";
	return p == end;
}

size_t
opp_due_overdue(const struct opp_due_list *l)
{
	size_t n = 0;

	for (size_t i = 0; i < l->n; i++)
		n += l->v[i].days > 0;
	return n;
}

/*
 * due — what must happen, by whom, by when: the to-do list of a case,
 * made from its obligations (facts/obligations.h), the same list that
 * `opp validate` reports from.
 *
 * The regievoerder "bewaakt de voortgang op de acties, maar voert niet
 * alle acties zelf uit" (route map, step 7). opp_due() lists every item
 * of one document that is overdue or falls due up to `until`; the list
 * owns copies of everything it needs, so the document can be freed at
 * once and a run over thousands of files keeps only what it will print.
 */
#ifndef OPP_DUE_H
#define OPP_DUE_H

#include <stddef.h>
#include <stdint.h>

#include "base/alloc.h"
#include "facts/obligations.h"
#include "format/config.h"
#include "format/model.h"

struct opp_due_item {
	enum opp_ob_kind kind; /* opp_ob_kind_names[kind] is the json `kind` */
	int rule;              /* enum opp_rule, or -1 (json null) */
	const char *file;      /* the case file */
	struct opp_pos pos;
	int32_t date;      /* the deadline or the event */
	int32_t days;      /* today - date: > 0 overdue, <= 0 days to go */
	const char *who;   /* betrokkene id who must act ("" if unknown) */
	const char *naam;  /* their name, or NULL */
	const char *email; /* their email, or NULL */
	const char *what;  /* one line a person understands */
	/* The case, as a reminder names it (never the pupil's name): */
	const char *initialen; /* the pupil's initials ("S.d.B.") */
	const char *groep;     /* leerling.groep, or NULL */
	const char *school;    /* leerling.school, or NULL */
};

struct opp_due_list {
	struct opp_due_item *v;
	size_t n, cap;
	struct opp_arena arena; /* owns every string of every item */
};

void opp_due_init(struct opp_due_list *l);
void opp_due_release(struct opp_due_list *l);

/* Append the items of doc that are overdue on `today` or fall due on or
 * before `until` (until < today: overdue only). A date-only deadline ends
 * at the end of its day: due today is not overdue. */
void opp_due_collect(struct opp_due_list *l, const struct opp_doc *doc, const struct opp_config *cfg,
                     int32_t today, int32_t until);

/* Whether doc names this person: an id, email or name of its
 * betrokkenen (case-insensitive), as opp_due_filter() matches them. */
bool opp_due_names(const struct opp_doc *doc, const char *who);

/* Whether id holds regie in doc (regie.opp or regie.gezinsplan): the
 * coordinator's view lists all of that case's items, whoever acts. */
bool opp_due_coordinates(const struct opp_doc *doc, const char *id);

/* Keep only the items of one person: matches id, email or name
 * (case-insensitive). */
void opp_due_filter(struct opp_due_list *l, const char *who);

/* Sort: per person (by id), then oldest date first, then file and line:
 * the order of opp_due_key(). */
void opp_due_sort(struct opp_due_list *l);

/* ---- items as records (for base/xsort.h) --------------------------------
 * A run over thousands of files does not hold its items: each goes into
 * an external sort as a record and comes back in order. */

/* Append the key that orders the list as opp_due_sort() does. */
void opp_due_key(struct opp_buf *key, const struct opp_due_item *it);

/* Append the item as bytes. */
void opp_due_pack(struct opp_buf *out, const struct opp_due_item *it);

/* The item packed in rec (its strings point into rec, which must
 * outlive it). False when rec is not a packed item. */
bool opp_due_unpack(struct opp_due_item *it, const char *rec, size_t len);

/* How many items are overdue (days > 0). */
size_t opp_due_overdue(const struct opp_due_list *l);

#endif

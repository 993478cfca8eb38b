/*
 * due_doc — `opp due`'s list as text, JSON or TSV, written item by item
 * as the items come (in the order of opp_due_key(), from an external
 * sort), so that a run over any number of case files holds one item at a
 * time.
 *
 * Text: per person a line with their name, email and id, then one line
 * per item (when, date, kind, file:line, what). JSON: the object of the
 * spec, {"as_of", "items": [...]}. TSV: a header line, then one line per
 * item; nothing at all when nothing is due.
 */
#ifndef OPP_DUE_DOC_H
#define OPP_DUE_DOC_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "documents/due.h"
#include "output/formats.h"

struct opp_due_doc {
	enum opp_format_id fmt; /* OPP_FORMAT_TEXT, _JSON or _TSV */
	int32_t today;
	size_t n;             /* items written */
	struct opp_buf group; /* text: the person of the last item */
};

/* Start a list in fmt (TEXT, JSON or TSV; anything else is TEXT). */
void opp_due_doc_begin(struct opp_buf *out, struct opp_due_doc *d, enum opp_format_id fmt, int32_t today);

/* Append one item; items come in the order of opp_due_key(). */
void opp_due_doc_item(struct opp_buf *out, struct opp_due_doc *d, const struct opp_due_item *it);

/* End the list and release d. */
void opp_due_doc_end(struct opp_buf *out, struct opp_due_doc *d);

/* When an item is due, in words: "3 days overdue", "due today", "due in
 * 2 days" (translated). */
void opp_due_when(struct opp_buf *out, int32_t days);

#endif

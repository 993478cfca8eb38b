/*
 * voor — who reads a rendered OPP, and which fields of the file go into
 * that reader's document (spec, "Readers"; AVG art. 5 lid 1 sub c, data
 * minimisation: a document that leaves the school carries what its
 * reader needs and no more).
 *
 * One table (voor.c) lists every field of the format as a path
 * ("leerling.naam", "arrangement[].bekostiging.door") with the readers
 * that may see it. The renderer never asks a reader's section what it
 * may show: it renders from the reader's copy of the document
 * (opp_voor_doc), in which every field outside the reader's table is
 * absent, so a field the table does not give a reader cannot reach its
 * document, whatever a section writes. `opp render --velden` prints the
 * same table. The school reads everything: its document is the full OPP.
 *
 * Owns: the readers, the field table, the filtered copy.
 */
#ifndef OPP_VOOR_H
#define OPP_VOOR_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"
#include "format/model.h"

enum opp_voor {
	OPP_VOOR_SCHOOL,   /* the default: the whole OPP */
	OPP_VOOR_OUDERS,   /* the plan in plain Dutch, with the signature page */
	OPP_VOOR_LEERLING, /* the pupil's own goals and what helps */
	OPP_VOOR_SWV,      /* an application dossier (onderwijskundig rapport) */
	OPP_VOOR_COUNT
};

/* "school", "ouders", "leerling", "swv"; NULL-terminated. */
extern const char *const opp_voor_names[];

/* Whether reader r may see the field at path (as --velden prints it);
 * false for a path the format does not have. */
bool opp_voor_mag(enum opp_voor r, const char *path);

/* Append the paths reader r may see, one a line, in the table's order
 * (the order of the format). */
void opp_voor_velden(struct opp_buf *out, enum opp_voor r);

/* Append every path of the format (the shape, format/model.h), one a
 * line, in its order: the table has exactly these (a unit test holds
 * them together, so a new field cannot be added without deciding who
 * reads it). */
void opp_voor_paden(struct opp_buf *out);

/* Reader r's copy of doc: the same document with every field outside
 * r's table absent (lists empty), indexed for the lookups. It shares
 * doc's strings: free it (opp_doc_free) before doc. For the school, a
 * copy with everything. */
struct opp_doc *opp_voor_doc(const struct opp_doc *doc, enum opp_voor r);

/* Whether the swv has something to decide on: an arrangement item with
 * bekostiging.door swv. Without one a dossier for the swv asks for
 * nothing. */
bool opp_voor_swv_aanvraag(const struct opp_doc *doc);

#endif

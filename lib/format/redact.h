/*
 * redact — a pseudonymised copy of a case, for a monitor, a bug report
 * or training.
 *
 * Names become role-based pseudonyms ("Leerkracht 1"), consistently: the
 * same person gets the same pseudonym everywhere, including in free text
 * where their name (or a part of it) was written. Emails and phone
 * numbers are replaced, the birth date is reduced to its year, the school
 * name and funding reference numbers are replaced. Person ids are
 * replaced by role-based ids unless keep_ids (ids are often built from
 * names); all other ids and the structure stay, so the copy validates and
 * gives the same `opp due` and `opp report` results. Comments and x- keys
 * are dropped (they may hold anything). What it cannot catch is listed
 * in docs/redact.md.
 */
#ifndef OPP_REDACT_H
#define OPP_REDACT_H

#include <stdbool.h>

#include "base/buf.h"
#include "format/model.h"

struct opp_redact_opts {
	bool keep_ids; /* keep person ids as written */
};

/* Append the pseudonymised copy of doc as YAML to out. */
void opp_redact(struct opp_buf *out, const struct opp_doc *doc, const struct opp_redact_opts *o);

#endif

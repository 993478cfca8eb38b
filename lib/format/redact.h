/*
 * redact — a pseudonymised copy of a case, for a monitor, a bug report
 * or training.
 *
 * Names become role-based pseudonyms ("Leerkracht 1"), consistently: the
 * same person gets the same pseudonym everywhere, including in free text
 * where their name (or a part of it) was written, in any case, accents
 * and normal form. Emails and phone numbers are replaced, the birth date
 * is reduced to its year, the school (and its distinctive words) and
 * funding reference numbers are replaced; in free text also addresses,
 * postcodes, IBANs and long numbers. Every id is replaced by a made-up
 * one unless keep_ids (ids are often built from names), consistently, so
 * the copy gives exactly the findings and due items of the original
 * (rules, severities, dates). Comments and x- keys are dropped (they may
 * hold anything). docs/redact.md lists exactly what is and is not caught.
 */
#ifndef OPP_REDACT_H
#define OPP_REDACT_H

#include <stdbool.h>

#include "base/buf.h"
#include "format/diag.h"
#include "format/model.h"

struct opp_redact_opts {
	bool keep_ids;           /* keep every id as written */
	int leeftijd_instemming; /* config: the age from which the pupil signs (18) */
};

/* Append the pseudonymised copy of doc (loaded from text[0..len)) as
 * YAML to out, in the order the file was written. Refuses (false,
 * nothing appended, a finding in why for each) when the pupil or a
 * betrokkene has no name that can be replaced (missing, a list, only
 * punctuation): the name could then stay in the copy unseen. */
bool opp_redact(struct opp_buf *out, const struct opp_doc *doc, const char *text, size_t len,
                const struct opp_redact_opts *o, struct opp_diags *why);

#endif

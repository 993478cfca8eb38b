/*
 * handelingsdeel — the part of the plan parents agree to, its canonical
 * form and digest, and each party's agreement measured against it.
 *
 * Spec, "The handelingsdeel and its digest": the goals (doelen) with
 * their keys id, doel, eigenaar, context, termijn, gesteld, domein,
 * beginsituatie, criterium, beginwaarde, streefwaarde and eenheid, and
 * the support (arrangement) with id, doelen, wat, wie, frequentie, start,
 * eind and overbrugging; as the JSON value {"arrangement": [...],
 * "doelen": [...]} of the keys present and not empty, every scalar the
 * JSON string of its value after YAML parsing, lists in file order, and
 * serialised by RFC 8785 (members sorted, no white space, minimal
 * escapes). The digest is SHA-256 of those bytes, written "sha256:" and
 * 64 lowercase hexadecimal digits. Comments, layout, quoting, key order
 * and every other section leave it unchanged.
 *
 * `opp sign` writes the digest beside an agreement; the rule
 * `ondertekening-actueel` (facts/obligations.c) and the document's
 * signature page ask here whether each agreement still holds.
 */
#ifndef OPP_HANDELINGSDEEL_H
#define OPP_HANDELINGSDEEL_H

#include <stdbool.h>

#include "base/buf.h"
#include "format/model.h"

#define OPP_DIGEST_SIZE 72 /* "sha256:", 64 hexadecimal digits and a NUL */

/* Append the canonical JSON of doc's handelingsdeel (no newline). */
void opp_handelingsdeel_json(struct opp_buf *out, const struct opp_doc *doc);

/* The digest of doc's handelingsdeel: "sha256:<64 hex>". */
void opp_handelingsdeel_digest(const struct opp_doc *doc, char out[OPP_DIGEST_SIZE]);

/* The parties of `ondertekening`, in the format's order. */
enum opp_partij {
	OPP_PARTIJ_OUDERS,
	OPP_PARTIJ_SCHOOL,
	OPP_PARTIJ_TOEGANG,
	OPP_PARTIJ_LEERLING,
	OPP_PARTIJ_COUNT
};
extern const char *const opp_partij_names[]; /* "ouders", ... NULL-terminated */

/* A party's agreements in doc. */
const struct opp_akkoorden *opp_partij_akkoorden(const struct opp_doc *doc, enum opp_partij p);

enum opp_akkoord_stand {
	OPP_AKKOORD_GEEN,      /* no agreement recorded */
	OPP_AKKOORD_DATUM,     /* the last agreement is a date, not bound to a text */
	OPP_AKKOORD_ACTUEEL,   /* bound to exactly this handelingsdeel */
	OPP_AKKOORD_VERVALLEN, /* bound to another one: the plan changed since (lapsed) */
};

/* One party's agreement, as the document shows it. */
struct opp_akkoord_status {
	enum opp_partij partij;
	enum opp_akkoord_stand stand;
	const struct opp_akkoord *laatste; /* the agreement that counts, or NULL */
};

/* Each party's agreement state against the digest of doc's current
 * handelingsdeel (digest as opp_handelingsdeel_digest gives it; NULL:
 * computed here). out[p] for every enum opp_partij. */
void opp_akkoord_statussen(const struct opp_doc *doc, const char *digest,
                           struct opp_akkoord_status out[OPP_PARTIJ_COUNT]);

/* What the document says of one party's agreement, in Dutch (it is for
 * parents whatever the locale): "akkoord op 8 oktober 2026 met deze
 * versie", "vervallen: gewijzigd sinds 8 oktober 2026", "akkoord op 8
 * oktober 2026" (a date, not bound to a version) or "nog geen akkoord". */
void opp_akkoord_tekst(struct opp_buf *out, const struct opp_akkoord_status *s);

#endif

/*
 * patroon — patterns worth acting on across a caseload: several pupils
 * of one school and groep with the same support question, where one
 * collectief aanbod could serve them together.
 *
 * Handbook 001: "Als er op school op grotere schaal dezelfde
 * ondersteuningsvragen zijn, kan school overleggen met de JGZ of het CJG
 * om een collectief aanbod te organiseren. Denk bijvoorbeeld aan [...]
 * een groep meiden in groep 7 die kampt met onzekerheid."
 *
 * Three kinds of question are counted per school and groep: the domein
 * of active goals ("4 leerlingen in groep 7 van De Klimop met doelen in
 * sociaal-emotioneel"), a behoefte of the pupil, the parents or the
 * teacher written the same way, and support running or planned from the
 * same kind of provider outside the school (a betrokkene by its role: an
 * ambulant begeleider, a jeugdhulpverlener, the JGZ...; a provider who is
 * not a betrokkene as written). Texts are matched without regard to
 * case, spacing or a final full stop (opp_patroon_key) and shown as
 * first written. A pattern is at least two pupils. The counts are kept
 * per pattern, not per case, so a caseload streams through.
 */
#ifndef OPP_PATROON_H
#define OPP_PATROON_H

#include <stddef.h>
#include <stdint.h>

#include "format/model.h"

enum opp_patroon_soort {
	OPP_PAT_DOELEN,        /* active goals in one domein */
	OPP_PAT_LEERLING,      /* a behoefte of the pupil */
	OPP_PAT_OUDERS,        /* ... of the parents */
	OPP_PAT_LEERKRACHT,    /* ... of the teacher */
	OPP_PAT_ONDERSTEUNING, /* support from one kind of provider */
	OPP_PAT_COUNT
};

/* The Dutch word of each kind ("doelen", "behoefte leerling", ...). */
extern const char *const opp_patroon_soort_names[OPP_PAT_COUNT];

/* One pattern. Strings belong to the list that holds it. */
struct opp_patroon {
	const char *zin;    /* the sentence: "4 leerlingen in groep 7 van De Klimop met ..." */
	size_t leerlingen;  /* the pupils (cases) that have it, at least 2 */
	const char *school; /* leerling.school as first written, or NULL */
	const char *groep;  /* leerling.groep as first written, or NULL */
	int soort;          /* enum opp_patroon_soort */
	const char *wat;    /* the domein, the behoefte or the provider, as first written */
};

struct opp_patronen; /* opaque: patterns being counted */

struct opp_patronen *opp_patronen_new(void);

/* Count one case as of today: its active goals' domein, its behoeften
 * and its support not ended before today. Keeps nothing of doc. */
void opp_patronen_add(struct opp_patronen *p, const struct opp_doc *doc, int32_t today);

/* The patterns of at least two pupils, most pupils first, then by
 * school, groep, kind and text; *n of them. Valid until the next add or
 * the free. */
const struct opp_patroon *opp_patronen_list(struct opp_patronen *p, size_t *n);

void opp_patronen_free(struct opp_patronen *p);

/* A text as the patterns match it: lowercase (opp_utf8_lower),
 * whitespace runs to one space, trimmed, a final full stop dropped.
 * Caller frees. */
char *opp_patroon_key(const char *wat);

#endif

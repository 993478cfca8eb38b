/*
 * events — what happened to a plan between two versions of it, as the
 * domain says it: a goal set, changed, reached or stopped; support
 * added, changed or ended; funding applied for, granted or refused;
 * meetings planned, moved and held (with their outcomes); agreements
 * given and lapsed; progress notes; afspraken made and done.
 *
 * A pure function of two loaded documents: `opp log` applies it to each
 * commit of the plan's history (facts/history.h), `opp diff` to a
 * revision and the working file, and the rule ondertekening-actueel to
 * the version a party agreed to and today's, to say what changed since.
 * The texts are Dutch whatever the locale: they are for parents
 * ("doel 'pauze-oefenen' gewijzigd: termijn 2027-03-05 → 2027-05-28").
 */
#ifndef OPP_EVENTS_H
#define OPP_EVENTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "format/model.h"

/* X(ID, "kind in --format json") */
/* clang-format off */
#define OPP_EVENT_KINDS(X) \
	X(DOEL_GESTELD, "doel-gesteld") \
	X(DOEL_GEWIJZIGD, "doel-gewijzigd") \
	X(DOEL_BEHAALD, "doel-behaald") \
	X(DOEL_GESTOPT, "doel-gestopt") \
	X(DOEL_STATUS, "doel-status") \
	X(DOEL_VERWIJDERD, "doel-verwijderd") \
	X(DOELEN_VOLGORDE, "doelen-volgorde") \
	X(INZET_TOEGEVOEGD, "inzet-toegevoegd") \
	X(INZET_GEWIJZIGD, "inzet-gewijzigd") \
	X(INZET_BEEINDIGD, "inzet-beeindigd") \
	X(INZET_VERWIJDERD, "inzet-verwijderd") \
	X(INZET_WACHTLIJST, "inzet-wachtlijst") \
	X(ARRANGEMENT_VOLGORDE, "arrangement-volgorde") \
	X(BEKOSTIGING_AANGEVRAAGD, "bekostiging-aangevraagd") \
	X(BEKOSTIGING_TOEGEKEND, "bekostiging-toegekend") \
	X(BEKOSTIGING_AFGEWEZEN, "bekostiging-afgewezen") \
	X(OVERLEG_GEPLAND, "overleg-gepland") \
	X(OVERLEG_VERZET, "overleg-verzet") \
	X(OVERLEG_GEHOUDEN, "overleg-gehouden") \
	X(OVERLEG_UITKOMSTEN, "overleg-uitkomsten") \
	X(OVERLEG_GESCHRAPT, "overleg-geschrapt") \
	X(AFSPRAAK_GEMAAKT, "afspraak-gemaakt") \
	X(AFSPRAAK_GEDAAN, "afspraak-gedaan") \
	X(VOORTGANG, "voortgang") \
	X(AKKOORD_GEGEVEN, "akkoord-gegeven") \
	X(AKKOORD_VERVALLEN, "akkoord-vervallen") \
	X(VASTGESTELD, "vastgesteld")
/* clang-format on */
#define X_EV(id, name) OPP_EV_##id,
enum opp_event_kind { OPP_EVENT_KINDS(X_EV) OPP_EV_COUNT };
#undef X_EV
extern const char *const opp_event_kind_names[]; /* NULL-terminated */

struct opp_event {
	enum opp_event_kind kind;
	const char *id;      /* the goal, item, afspraak or party it is about, or NULL */
	int32_t datum;       /* the day it names (a meeting's, a note's), or 0 */
	const char *tekst;   /* Dutch, one line */
	const char *kort;    /* the same without free text or names (a finding may show it: CI
	                        logs), e.g. "doel 'rustig' gewijzigd: termijn 2027-03-05 →
	                        2027-05-28" */
	bool handelingsdeel; /* it changes the handelingsdeel (the agreements' digest) */
	const void *at;      /* the caller's tag (opp log: the commit), copied as given */
};

/* A list of events; owns its texts. */
struct opp_events {
	struct opp_event *v;
	size_t n, cap;
	struct opp_arena arena;
};

void opp_events_init(struct opp_events *l);
void opp_events_release(struct opp_events *l);

/* Append the events from version a to version b of a plan (a NULL: the
 * plan is new), each tagged `at`. Statuses are derived as of today (a
 * goal reached at a held meeting). Both documents must outlive nothing:
 * the texts are copied. */
void opp_events_diff(struct opp_events *l, const struct opp_doc *a, const struct opp_doc *b, int32_t today,
                     const void *at);

/* Append the short texts of the events from first on that change the
 * handelingsdeel, joined by "; " (nothing when there are none). */
void opp_events_handelingsdeel(struct opp_buf *out, const struct opp_events *l, size_t first);

/* Append the members of an event as `opp log` and `opp diff` write them
 * in JSON: "kind": ..., "id": ... (or null), "text": ... (no braces). */
void opp_event_json(struct opp_buf *out, const struct opp_event *e);

#endif

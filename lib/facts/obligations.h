/*
 * obligations — one account of what the process owes: every time-bound
 * obligation of a case, computed once per document and date.
 *
 * Spec, "One account of what is owed": every time-bound obligation of
 * the process (a verslag after a meeting, an evaluation within
 * evaluatie_maanden, signatures before a start, funding before a start,
 * consent before a meeting with externals, an afspraak by its uiterlijk,
 * a goal by its termijn, progress before an evaluation, a decision within
 * besluit_weken) has one deadline and one responsible person. This module
 * is the only place that works them out. `opp validate` reports, under
 * its rule, each one whose deadline has passed (checks/rules.c);
 * `opp due` lists those in its window (documents/due.c); the agenda's
 * checklist and the document's status columns read the same list. So the
 * two can never disagree: an overdue obligation with a rule is a finding
 * of that rule at the same line and a due item, except an obligation met
 * late (signed after the start, granted after the start), which stays a
 * finding with nothing left to do.
 *
 * A list owns nothing of the document: its pointers point into it, so
 * the document must outlive the list. All of it takes "today" from the
 * caller.
 */
#ifndef OPP_OBLIGATIONS_H
#define OPP_OBLIGATIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "format/config.h"
#include "format/model.h"

/* The kinds are the `kind` of `opp due --format json` (spec). */
/* clang-format off */
#define OPP_OB_KINDS(X) \
	X(AFSPRAAK, "afspraak") \
	X(VERSLAG, "verslag") \
	X(EVALUATIE, "evaluatie") \
	X(TOESTEMMING, "toestemming") \
	X(ONDERTEKENING, "ondertekening") \
	X(BEKOSTIGING, "bekostiging") \
	X(DOEL, "doel") \
	X(VOORTGANG, "voortgang") \
	X(BESLUIT, "besluit") \
	X(STAGNATIE, "stagnatie") \
	X(EINDE, "einde")
/* clang-format on */
#define X_OB(id, name) OPP_OB_##id,
enum opp_ob_kind { OPP_OB_KINDS(X_OB) OPP_OB_COUNT };
#undef X_OB
extern const char *const opp_ob_kind_names[]; /* NULL-terminated */

/* What exactly is owed: one case per check, so that the finding and the
 * due item say the same thing in their own voice. */
enum opp_ob_what {
	OPP_OWE_AFSPRAAK,          /* do the afspraak (and report back) */
	OPP_OWE_VERSLAG,           /* write the verslag / aanwezig of a held meeting */
	OPP_OWE_UITKOMSTEN,        /* record the uitkomst of each open goal of a held evaluation */
	OPP_OWE_BIJSTELLING,       /* write the bijstelling after a niet-behaald */
	OPP_OWE_EVAL_PLANNEN,      /* plan an evaluation: support is arranged, none planned */
	OPP_OWE_EVAL_BINNEN,       /* evaluate within evaluatie_maanden of the last meeting */
	OPP_OWE_EVAL_VOORBEREIDEN, /* a planned evaluation: invite, prepare */
	OPP_OWE_TOESTEMMING,       /* the parents' consent for a meeting with externals */
	OPP_OWE_TEKENEN,           /* a party's agreement before support starts */
	OPP_OWE_HERTEKENEN,        /* a party's bound agreement lapsed: agree to this version */
	OPP_OWE_VASTSTELLEN,       /* the school establishes the OPP within six weeks */
	OPP_OWE_TOEKENNEN,         /* funding toegekend before the item starts */
	OPP_OWE_FINANCIER,         /* a future item nobody pays for yet (a warning now) */
	OPP_OWE_TERMIJN,           /* an active goal past its termijn: evaluate it */
	OPP_OWE_VOORTGANG,         /* a progress note before the evaluation */
	OPP_OWE_BESLUIT,           /* a funder's decision, besluit_weken after aangevraagd */
	OPP_OWE_AFGEWEZEN,         /* funding refused for support that has not ended */
	OPP_OWE_WACHTLIJST,        /* a waiting list far beyond the first OT */
	OPP_OWE_VASTGELOPEN,       /* a goal niet-behaald at two evaluations in a row */
	OPP_OWE_EINDE_INZET,       /* an item ends: continue, scale down or stop? */
	OPP_OWE_EINDE_OPP,         /* the OPP ends (einddatum) */
};

enum opp_ob_state {
	OPP_OB_OPEN, /* not done: a due item, and a finding once overdue */
	OPP_OB_LATE, /* done after its deadline: a finding, nothing left to do */
};

#define OPP_OB_MAX_WHO 8

struct opp_obligation {
	enum opp_ob_kind kind;
	enum opp_ob_what what;
	enum opp_ob_state state;
	int rule;                        /* enum opp_rule, or -1: a reminder, not a defect of the plan */
	enum opp_sev sev;                /* of its finding (the rule's default, or lower) */
	bool early;                      /* a finding already before its deadline: a defect of the
	                                    plan that shows now (an evaluation planned too late,
	                                    support that nobody pays for yet) */
	struct opp_pos pos;              /* where the finding and the due item point */
	int32_t deadline;                /* the day it is due; overdue from the next day */
	int32_t done;                    /* OPP_OB_LATE: the day it was done */
	const char *who[OPP_OB_MAX_WHO]; /* the betrokkenen who must act (ids); none: nobody named */
	size_t n_who;
	/* The subject: what the obligation is about (those that apply). */
	const struct opp_overleg *overleg;
	const struct opp_afspraak *afspraak;
	const struct opp_inzet *inzet;
	const struct opp_doel *doel;
	const char *partij;    /* OPP_OWE_TEKENEN, _HERTEKENEN: ouders, school, toegang, leerling */
	int32_t ref;           /* a second date the texts name: the planned evaluation, the start */
	int n;                 /* a count the texts name (months, weeks) */
	const char *detail;    /* what is missing, in the file's words (owned by the list); for
	                          OPP_OWE_HERTEKENEN what changed, when the caller found it in the
	                          plan's history (facts/history.h), else NULL */
	const char *escalatie; /* config escalatie: the route the stagnation texts name */
};

struct opp_ob_key { /* what an obligation is about, for the lookup */
	int what;
	uintptr_t subject;
	size_t i; /* into v */
};

struct opp_obligations {
	struct opp_obligation *v;
	size_t n, cap;
	struct opp_ob_key *by_subject; /* sorted by (what, subject), then file order */
	struct opp_arena arena;        /* owns the details */
};

/* Work out every obligation of doc as of today (cfg never NULL). The
 * list points into doc and cfg, which must outlive it. */
void opp_obligations_collect(struct opp_obligations *l, const struct opp_doc *doc,
                             const struct opp_config *cfg, int32_t today);
void opp_obligations_release(struct opp_obligations *l);

/* Whether o is overdue on today (its deadline has passed). */
static inline bool
opp_ob_overdue(const struct opp_obligation *o, int32_t today)
{
	return o->deadline < today;
}

/* Whether validate reports o on today, and whether due lists it. */
bool opp_ob_is_finding(const struct opp_obligation *o, int32_t today);
bool opp_ob_is_due(const struct opp_obligation *o);

/* Append the finding's message (for validate; translated). */
void opp_ob_finding(struct opp_buf *out, const struct opp_obligation *o, const struct opp_doc *doc);

/* Append what to do, one line a person understands (for due and the
 * reminders; translated). */
void opp_ob_todo(struct opp_buf *out, const struct opp_obligation *o, const struct opp_doc *doc);

/* The first open obligation of this kind about a subject (the meeting,
 * afspraak, item or goal it concerns; NULL: any), or NULL: what the
 * document's status columns and the agenda's checklist show. A lookup
 * in the list's index: a document with thousands of goals asks once per
 * goal. */
const struct opp_obligation *opp_ob_find(const struct opp_obligations *l, enum opp_ob_what what,
                                         const void *subject);

/* The same for an obligation of a party (ouders, school, toegang,
 * leerling) by its name. */
const struct opp_obligation *opp_ob_find_partij(const struct opp_obligations *l, enum opp_ob_what what,
                                                const char *partij);

#endif

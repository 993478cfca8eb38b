/*
 * query — facts derived from a document: what is held or planned, when
 * support starts, who must be invited and why, the step a case is in.
 *
 * The format stores nothing derivable (spec: "Nothing is stored that can
 * be derived"); rules, `due`, `agenda`, `render` and `report` all ask
 * these functions, so they agree with each other. All take "today" from
 * the caller.
 */
#ifndef OPP_QUERY_H
#define OPP_QUERY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "format/config.h"
#include "format/model.h"

/* Spec: "Meetings dated before today are held"; "a meeting dated today or
 * later without verslag is planned". */
bool opp_overleg_held(const struct opp_overleg *o, int32_t today);
bool opp_overleg_planned(const struct opp_overleg *o, int32_t today);

/* Whether a meeting is written up: its verslag and who was there (001
 * step 4: the verslag is made and shared after every OT; the aanwezigen
 * say whether the parents took part). The obligation `verslag` and the
 * documents' "gehouden" ask here. */
bool opp_overleg_vastgelegd(const struct opp_overleg *o);

/* Where a meeting stands as of today: planned; held and written up (or
 * today's, written up already); held without its verslag, or with it
 * but without the aanwezigen. */
enum opp_overleg_stand {
	OPP_OVERLEG_GEPLAND,
	OPP_OVERLEG_GEHOUDEN,
	OPP_OVERLEG_ZONDER_VERSLAG,
	OPP_OVERLEG_ZONDER_AANWEZIG,
};
enum opp_overleg_stand opp_overleg_stand(const struct opp_overleg *o, int32_t today);
extern const char *const opp_label_overleg[4]; /* "gepland", "gehouden", "gehouden, verslag ontbreekt", ... */

/* Whether the case has an arrangement with at least one item. */
bool opp_has_arrangement(const struct opp_doc *doc);

/* The earliest `start` of the arrangement; false when there is none. */
bool opp_first_start(const struct opp_doc *doc, int32_t *day);

/* The first meeting of soort ot (by date), or NULL. */
const struct opp_overleg *opp_first_ot(const struct opp_doc *doc);

/* The latest held meeting, or NULL. */
const struct opp_overleg *opp_last_held(const struct opp_doc *doc, int32_t today);

/* The earliest planned evaluation meeting, or NULL. */
const struct opp_overleg *opp_next_evaluatie(const struct opp_doc *doc, int32_t today);

/* The next planned meeting (any soort), or NULL. */
const struct opp_overleg *opp_next_overleg(const struct opp_doc *doc, int32_t today);

/* Whether a meeting invites anyone from outside the school. */
bool opp_invites_outsiders(const struct opp_doc *doc, const struct opp_overleg *o);

/* The first held meeting of soort ot (by date), or NULL. */
const struct opp_overleg *opp_first_held_ot(const struct opp_doc *doc, int32_t today);

/* Whether the youth-care access worker must agree (spec, rule
 * `ondertekening`: "toegang on or before the first start of an item
 * funded by gemeente with grondslag beschikking; freely accessible
 * support involves no access worker"), and by when: the earliest start
 * of such an item. False when no item needs it. */
bool opp_toegang_start(const struct opp_doc *doc, int32_t *day);

/* Whether the pupil must agree to the plan, decided by the pupil's age
 * on the first start of any item (config leeftijd_instemming; the law:
 * meerderjarig en handelingsbekwaam). The one place that decides it:
 * the rule, due and the document ask here. */
bool opp_leerling_tekent(const struct opp_doc *doc, const struct opp_config *cfg);

/* ---- goals: their status is derived, never written twice ------------
 * Spec: a goal's status is its `status` key when given; otherwise the
 * uitkomst of the latest held meeting that gives one for it, when that
 * is behaald or gestopt; otherwise lopend. */
enum opp_doelstatus opp_doel_status(const struct opp_doc *doc, const struct opp_doel *d, int32_t today);

/* Whether a goal is active (derived status lopend). */
bool opp_doel_actief(const struct opp_doc *doc, const struct opp_doel *d, int32_t today);

/* The latest uitkomst given for d at a held meeting (and that meeting in
 * *at), or NULL. */
const struct opp_paar *opp_doel_uitkomst(const struct opp_doc *doc, const struct opp_doel *d, int32_t today,
                                         const struct opp_overleg **at);

/* When d was set: its `gesteld`, else the date of the first held OT.
 * False when neither is known. */
bool opp_doel_gesteld(const struct opp_doc *doc, const struct opp_doel *d, int32_t today, int32_t *day);

/* Whether d is open at held meeting o, so that o owes it an uitkomst
 * (spec `uitkomsten`): set before o's date, no earlier held meeting gave
 * it behaald or gestopt, and no `status` key other than lopend. */
bool opp_doel_open_bij(const struct opp_doc *doc, const struct opp_doel *d, const struct opp_overleg *o,
                       int32_t today);

/* ---- progress between evaluations ----------------------------------
 * Spec `doelen`: beginwaarde and streefwaarde make a goal measurable; the
 * expected line runs from beginwaarde at gesteld to streefwaarde at
 * termijn. */

/* Whether d is measurable: beginwaarde, streefwaarde, a known gesteld and
 * a termijn after it. */
bool opp_doel_meetbaar(const struct opp_doc *doc, const struct opp_doel *d, int32_t today);

/* The expected value of a measurable goal on a day: the line, held at
 * beginwaarde before gesteld and at streefwaarde after termijn. */
double opp_doel_verwacht(const struct opp_doc *doc, const struct opp_doel *d, int32_t today, int32_t day);

/* The latest note of d dated on or before today (with a waarde when
 * `waarde`), or NULL. */
const struct opp_voortgang *opp_doel_laatste(const struct opp_doel *d, int32_t today, bool waarde);

enum opp_koers {
	OPP_KOERS_GEEN,   /* no data: not measurable, or no measured value yet */
	OPP_KOERS_OP,     /* the latest value is at least where the line expects it */
	OPP_KOERS_ACHTER, /* it lags behind the line */
};
extern const char *const opp_label_koers[3]; /* "geen gegevens", "op koers", "achter" */

/* Whether d is on track as of today, from its latest measured note
 * against the expected line on that note's day (toward streefwaarde,
 * whether that is above or below beginwaarde). */
enum opp_koers opp_doel_koers(const struct opp_doc *doc, const struct opp_doel *d, int32_t today);

/* A goal's history as one story (the rendered OPP, the evaluation
 * agenda): set, progress notes, the outcomes given at held meetings (with
 * that meeting's bijstelling when the goal was not reached), and closed
 * outside a meeting. */
enum opp_verloop_soort {
	OPP_VERLOOP_GESTELD,    /* datum: when it was set (opp_doel_gesteld) */
	OPP_VERLOOP_NOTITIE,    /* note: a voortgang note dated on or before today */
	OPP_VERLOOP_UITKOMST,   /* at, uitkomst: an evaluation's outcome for it */
	OPP_VERLOOP_AFGESLOTEN, /* its `status` key closed it; no date (datum -1) */
};

struct opp_verloop {
	enum opp_verloop_soort soort;
	int32_t datum;
	const struct opp_voortgang *note; /* NOTITIE */
	const struct opp_overleg *at;     /* UITKOMST */
	const struct opp_paar *uitkomst;  /* UITKOMST: value is an enum opp_uitkomst */
};

/* The story of d as of today in date order (on one day: set, notes,
 * outcomes; the closing last). Returns how many; *out is the caller's to
 * free (NULL when none). */
size_t opp_doel_verloop(const struct opp_doc *doc, const struct opp_doel *d, int32_t today,
                        struct opp_verloop **out);

/* Whether a meeting's chair is the regievoerder (rule `voorzitter`, the
 * agenda's checklist). */
bool opp_voorzitter_is_regie(const struct opp_doc *doc, const struct opp_overleg *o);

/* Spec toestemming: the parents' consent is per meeting and counts when
 * given on or before the meeting's date (op tijd; a meeting without a
 * date: once recorded); given, as of today, when also dated today or
 * earlier. The obligation toestemming and the agenda (what may go out
 * to the invitees) ask here. */
bool opp_toestemming_op_tijd(const struct opp_overleg *o);
bool opp_toestemming_gegeven(const struct opp_overleg *o, int32_t today);

/* Whether the doc has this signal. */
bool opp_has_signaal(const struct opp_doc *doc, int sig);

/* Whether a meeting's invitees include someone with one of the roles
 * (roles is a bit mask of 1 << enum opp_rol). */
bool opp_invites_rol(const struct opp_doc *doc, const struct opp_list *ids, uint32_t roles);

#define OPP_ROLBIT(r) (UINT32_C(1) << (r))

/* Who an OT must or may invite (handbook step 3). */
struct opp_need {
	uint32_t roles;     /* any of these roles satisfies it (0: see id) */
	const char *id;     /* or this person (the regievoerder) */
	bool required;      /* fixed participant (else: the signal suggests) */
	bool met;           /* the meeting invites such a person */
	bool checked;       /* rule `deelnemers` checks it (every need of an OT; the
	                       chair of an evaluation); the others are the agenda's
	                       suggestions */
	const char *what;   /* untranslated N_() label: "a parent (ouders)" */
	const char *reason; /* untranslated N_() reason */
	const char *wie;    /* the same in Dutch, for Dutch documents (agenda) */
	const char *waarom;
};

#define OPP_MAX_NEEDS 12

/* Fill needs[] for meeting o (an OT or an evaluation) and return how many.
 * Evaluations add who delivers the running support (handbook step 8). */
size_t opp_invite_needs(const struct opp_doc *doc, const struct opp_overleg *o, int32_t today,
                        struct opp_need needs[OPP_MAX_NEEDS]);

/* The nine steps (route map 000), derived from what the file holds:
 * 1 observe … 9 adjust. */
int opp_stap(const struct opp_doc *doc, int32_t today);

/* The steps' Dutch names, [1..9] (route map 000: "Negen stappen om te
 * komen tot één arrangement"). */
extern const char *const opp_label_stap[10];

#endif

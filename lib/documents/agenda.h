/*
 * agenda — one meeting made ready to send: which meeting, who is invited
 * and who is missing, the phases of the meeting with clock times, the
 * preparation checklist, the organizer and a stable event id.
 *
 * Everything here is format-independent data; agenda_doc.c makes it a
 * document (Markdown, HTML and plain text through the sink), invite.c an
 * iCalendar invitation and a mail. Whom a meeting must or may invite comes
 * from opp_invite_needs() (query.c), the one list `validate` uses too.
 *
 * Privacy: the pupil is shown by initials unless config `volledige_naam`
 * is true (opp_agenda.naam), in the case file's free text too (the
 * pupil's names replaced by the matcher of format/names.h,
 * opp_agenda_says); what is known about the pupil (observations,
 * hypotheses, support tried, goals) is only rendered when the parents'
 * consent for this meeting is recorded (opp_agenda.consent). The birth
 * date is never used.
 */
#ifndef OPP_AGENDA_H
#define OPP_AGENDA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "facts/query.h"
#include "format/config.h"
#include "format/model.h"
#include "format/names.h"
#include "output/sink.h"

/* ---- choosing the meeting ---------------------------------------------- */

struct opp_agenda_pick {
	int nth;       /* 1-based position in overleggen; 0: not asked */
	bool by_datum; /* pick the meeting on `datum` */
	int32_t datum; /* day number */
};

enum opp_agenda_found {
	OPP_FOUND = 0,       /* *index is set */
	OPP_FOUND_NONE,      /* no planned meeting (default pick) */
	OPP_FOUND_RANGE,     /* nth is past the end of overleggen */
	OPP_FOUND_NO_DATE,   /* no meeting on that date */
	OPP_FOUND_AMBIGUOUS, /* more than one meeting on that date */
};

/* Find the meeting: by default the next planned one (dated today or
 * later, no verslag; opp_next_overleg), else the nth or the one on a
 * date. *index is its 0-based position in doc->overleggen. */
enum opp_agenda_found opp_agenda_find(const struct opp_doc *doc, int32_t today,
                                      const struct opp_agenda_pick *pick, size_t *index);

/* ---- the agenda ---------------------------------------------------------- */

struct opp_invitee {
	const char *id;              /* as written in genodigden */
	const struct opp_persoon *p; /* NULL when the id is unknown */
	const char *naam;            /* as shown (the pupil: initials) */
	const char *email;           /* a usable address, or NULL */
	bool bad_email;              /* an email is written but unusable */
	bool dup_email;              /* same address as an earlier invitee */
};

#define OPP_AGENDA_PHASES 7

struct opp_phase {
	const char *naam; /* Dutch phase name (handbook bijlage 2) */
	const char *wat;  /* what happens in it (Dutch, after bijlage 2) */
	int minutes;      /* scaled to duur; all add up to duur */
	int start;        /* minutes after the day's midnight (may pass 1440); -1 without tijd */
	bool na_afloop;   /* after the meeting proper: the professionals only */
};

enum opp_checkitem_state {
	OPP_ITEM_DONE,    /* the file shows it is done */
	OPP_ITEM_OPEN,    /* the file shows it is not done yet */
	OPP_ITEM_UNKNOWN, /* the file cannot show it */
};

#define OPP_AGENDA_CHECKS 8

struct opp_checkitem {
	const char *item; /* verbatim Dutch, handbook bijlage 1 */
	enum opp_checkitem_state state;
	const char *detail; /* what the file shows (Dutch), owned by the agenda */
};

struct opp_agenda {
	const struct opp_doc *doc;
	const struct opp_overleg *o;
	size_t index; /* 0-based in doc->overleggen */
	int32_t today;
	bool evaluatie;                       /* soort evaluatie (else an OT) */
	int32_t datum;                        /* the meeting's day */
	int start;                            /* tijd in minutes after midnight, -1 when not set */
	int duur;                             /* minutes (default 90) */
	bool consent;                         /* toestemming recorded, on or before today and the meeting */
	const char *naam;                     /* the pupil as shown: initials, or the full name */
	const struct opp_persoon *voorzitter; /* NULL when not set or unknown */
	const struct opp_persoon *regievoerder;
	const char *org_naam;    /* organizer: config organisator, else the regievoerder */
	const char *org_email;   /* usable address, or NULL */
	char uid[40];            /* "<32 hex>@opp": stable per case and meeting */
	struct opp_names *names; /* the pupil's names → naam in free text; NULL with volledige_naam */

	struct opp_invitee *inv; /* the genodigden, in order */
	size_t n_inv;
	struct opp_need needs[OPP_MAX_NEEDS]; /* handbook invitees (met or not) */
	size_t n_needs;
	struct opp_phase phases[OPP_AGENDA_PHASES];
	size_t n_phases;
	struct opp_checkitem checks[OPP_AGENDA_CHECKS];
	size_t n_checks;
	const char **answers; /* the evaluation form's answers (opp_agenda_answers), or NULL */

	struct opp_arena arena; /* owns inv and the strings made here */
};

/* Build the agenda for meeting doc->overleggen.v[index] as of today.
 * cfg is never NULL. Release with opp_agenda_release(); the agenda
 * points into doc and cfg, which must outlive it. */
void opp_agenda_init(struct opp_agenda *a, const struct opp_doc *doc, size_t index,
                     const struct opp_config *cfg, int32_t today);
void opp_agenda_release(struct opp_agenda *a);

/* The meeting's title, shared by the agenda, the calendar SUMMARY and
 * the mail Subject: "OT (ondersteuningsteam) voor N.V." (pupil as
 * opp_agenda.naam). */
void opp_agenda_title(struct opp_buf *out, const struct opp_agenda *a);

/* Append text (the case file's free text) with the pupil's first name,
 * surname and full name replaced by opp_agenda.naam, as the agenda and
 * the invitation show it (unchanged with volledige_naam). */
void opp_agenda_says(struct opp_buf *out, const struct opp_agenda *a, const char *text);

/* Whether need k is unmet and can be named (a missing invitee). */
bool opp_agenda_missing(const struct opp_agenda *a, size_t k);

/* The person an id-based need stands for (the regievoerder, who delivers
 * support), or NULL. */
const struct opp_persoon *opp_agenda_need_persoon(const struct opp_agenda *a, size_t k);

/* Fill phases[] for a meeting of duur minutes starting at `start`
 * (minutes after midnight, or -1): bijlage 2's phases (90 minutes with
 * the professionals' evaluation afterwards) scaled to duur in whole
 * five-minute blocks by largest remainder, each phase at least one block
 * when duur allows, the minutes short of a block added to the last
 * phase: the minutes add up to exactly duur. duur <= 0 means 90.
 * Returns the number of phases (OPP_AGENDA_PHASES). */
size_t opp_agenda_phases(struct opp_phase phases[OPP_AGENDA_PHASES], int start, int duur, bool evaluatie);

/* ---- the documents (agenda_doc.c) ------------------------------------------ */

/* Which document, for whom. The agenda is the invitees' document: it
 * never holds the organizer's notes (who the handbook asks for that the
 * genodigden lack, and why: they name the signals); those, with bijlage
 * 1, are the checklist, the IB'er's own. */
enum {
	OPP_AGENDA_INVITE = 1 << 0,    /* the text goes out with the invitation:
	                                  leave out the addresses (To and
	                                  ATTENDEE have them) */
	OPP_AGENDA_CHECKLIST = 1 << 1, /* the preparation checklist (bijlage 1)
	                                  and the organizer's notes instead of
	                                  the agenda */
	OPP_AGENDA_CALENDAR = 1 << 2,  /* the calendar DESCRIPTION: never what is
	                                  known about the pupil (observations,
	                                  hypotheses, support tried, goals), even
	                                  with consent: calendar servers copy it
	                                  (spec: Readers, invitation) */
	OPP_AGENDA_MAIL = 1 << 3,      /* the invitation mail: a greeting, what the
	                                  meeting is for, the agenda, the
	                                  preparation (with consent), a sign-off */
	OPP_AGENDA_FORM = 1 << 4,      /* the meeting's evaluation form (bijlage 3)
	                                  instead of the agenda */
};

/* ---- the evaluation form (handbook 001, bijlage 3 "Evaluatie na het OT") -- */

struct opp_evalitem {
	const char *id;   /* stable key for the answers: "welkom-1" */
	const char *fase; /* the phase as bijlage 3 names it; NULL: no phase */
	const char *item; /* verbatim Dutch, bijlage 3 */
};

/* The form's rows in the order of bijlage 3, the closing open question
 * last (fase NULL, id "trots"). */
extern const struct opp_evalitem opp_evaluatie_items[];
extern const size_t opp_evaluatie_n;

/* The answers kept under the meeting until the format has a place for
 * them: `x-evaluatie: {item-id: antwoord}` in overleggen[index] of the
 * case file's text (the loader keeps no x- key). Sets a->answers (one
 * per item of opp_evaluatie_items, NULL when unanswered; owned by a)
 * and returns how many items are answered with a text; *unknown counts
 * the keys that are no item's id. */
size_t opp_agenda_answers(struct opp_agenda *a, const char *text, size_t len, size_t *unknown);

/* Write the agenda (or with OPP_AGENDA_CHECKLIST its checklist, with
 * OPP_AGENDA_FORM the evaluation form) through s, from its begin to its
 * end (the caller closes s). */
void opp_agenda_sink(struct opp_sink *s, const struct opp_agenda *a, unsigned flags);

/* The same in the format of writer w (sink.h), appended to out. */
void opp_agenda_render(struct opp_buf *out, const struct opp_writer *w, const struct opp_agenda *a,
                       unsigned flags);

#endif

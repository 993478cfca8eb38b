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
 * is true (opp_agenda.naam); what is known about the pupil (observations,
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
	bool required;               /* fills a required need, or chairs (ROLE=REQ-PARTICIPANT) */
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
	const char *org_naam;  /* organizer: config organisator, else the regievoerder */
	const char *org_email; /* usable address, or NULL */
	char uid[40];          /* "<32 hex>@opp": stable per case and meeting */

	struct opp_invitee *inv; /* the genodigden, in order */
	size_t n_inv;
	struct opp_need needs[OPP_MAX_NEEDS]; /* handbook invitees (met or not) */
	size_t n_needs;
	struct opp_phase phases[OPP_AGENDA_PHASES];
	size_t n_phases;
	struct opp_checkitem checks[OPP_AGENDA_CHECKS];
	size_t n_checks;

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

/* Whether need k is unmet and can be named (a missing invitee). */
bool opp_agenda_missing(const struct opp_agenda *a, size_t k);

/* The person an id-based need stands for (the regievoerder, who delivers
 * support), or NULL. */
const struct opp_persoon *opp_agenda_need_persoon(const struct opp_agenda *a, size_t k);

/* Fill phases[] for a meeting of duur minutes starting at `start`
 * (minutes after midnight, or -1): bijlage 2's phases (90 minutes with
 * the professionals' evaluation afterwards) scaled to duur by largest
 * remainder, so the minutes add up to exactly duur. duur <= 0 means 90.
 * Returns the number of phases (OPP_AGENDA_PHASES). */
size_t opp_agenda_phases(struct opp_phase phases[OPP_AGENDA_PHASES], int start, int duur, bool evaluatie);

/* ---- the documents (agenda_doc.c) ------------------------------------------ */

enum {
	OPP_AGENDA_INVITE = 1 << 0,    /* the text goes out with the invitation:
	                                  leave out the organizer's notes (missing
	                                  invitees and why) and the addresses */
	OPP_AGENDA_CHECKLIST = 1 << 1, /* the preparation checklist (bijlage 1)
	                                  instead of the agenda */
};

/* Write the agenda (or with OPP_AGENDA_CHECKLIST its checklist) through
 * s, from its begin to its end (the caller closes s). */
void opp_agenda_sink(struct opp_sink *s, const struct opp_agenda *a, unsigned flags);

/* The same in the format of writer w (sink.h), appended to out. */
void opp_agenda_render(struct opp_buf *out, const struct opp_writer *w, const struct opp_agenda *a,
                       unsigned flags);

#endif

/*
 * invite — the invitation to one meeting, composed from its agenda: a
 * calendar event (output/ics.h) and a mail that carries the agenda as
 * text and the event (output/mail.h).
 *
 * What goes out (spec: Readers, invitation): the title (the pupil by
 * initials unless volledige_naam, in every free text too: doel, place,
 * the preparation), the meeting's day, time and place, the organizer,
 * every invitee with a usable address once (an address given twice is
 * one attendee). The calendar's DESCRIPTION is the agenda without what is
 * known about the pupil, whatever the consent (OPP_AGENDA_CALENDAR): a
 * calendar server keeps a copy. The mail (OPP_AGENDA_MAIL, text and
 * HTML) greets, says what the meeting is for, carries the agenda, the
 * preparation only with the meeting's toestemming, and the event both as
 * its calendar part and as the attached uitnodiging.ics. The writers
 * escape and fold; nothing here does.
 */
#ifndef OPP_INVITE_H
#define OPP_INVITE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "documents/agenda.h"

enum opp_invite_result {
	OPP_INVITE_OK = 0,
	OPP_INVITE_BAD_TZ,       /* the configured tijdzone has no built-in VTIMEZONE */
	OPP_INVITE_NO_ORGANIZER, /* neither config organisator nor the regievoerder has an address */
	OPP_INVITE_NO_ATTENDEE,  /* no invitee has a usable address */
};

struct opp_invite_opts {
	const char *tijdzone; /* config tijdzone */
	int64_t dtstamp;      /* seconds since the epoch (UTC), from the caller */
	int sequence;         /* SEQUENCE: 0, raised for each re-sent update */
	const char *prodid;   /* product id, e.g. "-//opp//opp 0.1.0//EN" */
};

/* Append the invitation for an agenda as iCalendar (METHOD:REQUEST).
 * On failure nothing is appended. */
enum opp_invite_result opp_invite_ics(struct opp_buf *out, const struct opp_agenda *a,
                                      const struct opp_invite_opts *o);

/* Append the invitation mail: From the organizer, To each invitee with
 * a usable address, the mail as text and HTML, and the calendar text
 * `ics` (from opp_invite_ics). o->dtstamp is the Date; it and
 * o->sequence make the Message-ID. False when there is no organizer
 * address or no recipient. */
bool opp_invite_mail(struct opp_buf *out, const struct opp_agenda *a, const char *ics, size_t ics_len,
                     const struct opp_invite_opts *o);

#endif

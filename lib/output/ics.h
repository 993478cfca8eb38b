/*
 * ics — an iCalendar (RFC 5545) invitation for one meeting:
 * METHOD:REQUEST, one VEVENT in the configured time zone with its
 * VTIMEZONE, ORGANIZER, an ATTENDEE per invitee with an address, a stable
 * UID and a SEQUENCE for updates.
 *
 * The escaping and folding rules live here and only here: TEXT values
 * escape \ ; , and newlines; parameter values lose control characters and
 * double quotes and are quoted when they hold : ; or ,; content lines are
 * folded at 75 octets without splitting a UTF-8 character; lines end in
 * CRLF. So no case text can start a new property (no injected ATTENDEE).
 */
#ifndef OPP_ICS_H
#define OPP_ICS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

struct opp_agenda;

/* Append s escaped as an RFC 5545 TEXT value (not folded). CR, LF and
 * CRLF become \n; other control characters except TAB are dropped. */
void opp_ics_text(struct opp_buf *out, const char *s);

/* Append s as a parameter value (e.g. CN): control characters become
 * spaces, " becomes ', and the value is quoted when it holds : ; or ,. */
void opp_ics_param(struct opp_buf *out, const char *s);

/* Append one unfolded content line (no line end in it) folded at 75
 * octets, continuation lines starting with a space, each line ending in
 * CRLF. A UTF-8 sequence is never split. */
void opp_ics_fold(struct opp_buf *out, const char *line, size_t len);

/* Whether a time zone has a built-in VTIMEZONE: only Europe/Amsterdam. */
bool opp_ics_tz_supported(const char *tz);

enum opp_ics_result {
	OPP_ICS_OK = 0,
	OPP_ICS_BAD_TZ,       /* the configured tijdzone has no built-in VTIMEZONE */
	OPP_ICS_NO_ORGANIZER, /* neither config organisator nor the regievoerder has an address */
	OPP_ICS_NO_ATTENDEE,  /* no invitee has a usable address */
};

struct opp_ics_opts {
	const char *tijdzone; /* config tijdzone */
	int64_t dtstamp;      /* seconds since the epoch (UTC), from the caller */
	int sequence;         /* SEQUENCE: 0, raised for each re-sent update */
	const char *prodid;   /* product id, e.g. "-//opp//opp 0.1.0//EN" */
};

/* Append the invitation for an agenda. The DESCRIPTION is the agenda as
 * plain text with OPP_AGENDA_INVITE. On failure nothing is appended. */
enum opp_ics_result opp_ics_invite(struct opp_buf *out, const struct opp_agenda *a,
                                   const struct opp_ics_opts *o);

#endif

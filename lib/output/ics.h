/*
 * ics — an iCalendar (RFC 5545) invitation for one event, from plain
 * values (struct opp_ics_event): METHOD:REQUEST, one VEVENT in a time
 * zone with its VTIMEZONE, ORGANIZER, ATTENDEEs, UID and SEQUENCE. What
 * goes into it (which meeting, who is invited) is the caller's: the
 * agenda's invitation is composed in documents/invite.c.
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

/* Someone in an event: the organizer or an attendee. */
struct opp_ics_party {
	const char *naam;  /* CN, or NULL */
	const char *email; /* a plain address that passed opp_email_ok() (base/email.h) */
	bool required;     /* attendees: ROLE=REQ-PARTICIPANT, else OPT-PARTICIPANT */
};

/* One event, as plain values: text is unescaped (the writer escapes and
 * folds it), times are local to `tijdzone`. */
struct opp_ics_event {
	const char *prodid;             /* PRODID, e.g. "-//opp//opp 0.1.0//EN"; NULL: "-//opp//opp//EN" */
	const char *uid;                /* UID: the same for every update of the event */
	int64_t dtstamp;                /* DTSTAMP, seconds since the epoch (UTC), from the caller */
	int sequence;                   /* SEQUENCE: 0, raised for each update */
	const char *tijdzone;           /* TZID of DTSTART and DTEND (see opp_ics_tz_supported) */
	int32_t day;                    /* the day (day number, date.h) */
	int start;                      /* minutes after midnight; -1: a day event */
	int minutes;                    /* the duration (with a start time) */
	const char *summary;            /* SUMMARY */
	const char *location;           /* LOCATION, or NULL */
	const char *description;        /* DESCRIPTION, or NULL */
	struct opp_ics_party organizer; /* ORGANIZER */
	const struct opp_ics_party *attendee; /* ATTENDEE lines, in order */
	size_t n_attendees;
};

/* Append a calendar with the event as an invitation: METHOD:REQUEST,
 * the VTIMEZONE, one VEVENT (STATUS:CONFIRMED). False, with nothing
 * appended, when the time zone has no built-in VTIMEZONE. */
bool opp_ics_write(struct opp_buf *out, const struct opp_ics_event *e);

#endif

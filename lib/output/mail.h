/*
 * mail — an invitation as an RFC 5322 message, ready for `sendmail -t`.
 *
 * The message is multipart/alternative: the agenda as text/plain
 * (UTF-8, quoted-printable) and the invitation as text/calendar;
 * method=REQUEST (base64). Lines end in CRLF.
 *
 * Header safety lives here: every header value made from case data goes
 * through opp_mail_phrase() or opp_mail_unstructured(), which never emit
 * CR or LF except their own folding (CRLF followed by a space), and every
 * address must pass opp_email_ok(). So no name, subject or address
 * can start a new header (no "\r\nBcc: x").
 */
#ifndef OPP_MAIL_H
#define OPP_MAIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

struct opp_agenda;

/* Append s as a display name (RFC 5322 phrase): as is when it is plain
 * ASCII words, a quoted string when it has specials, RFC 2047 encoded
 * words (UTF-8, base64) when it has non-ASCII. Control characters
 * become spaces. */
void opp_mail_phrase(struct opp_buf *out, const char *s);

/* Append s as an unstructured header value (Subject, after "Subject: "):
 * printable ASCII as is, folded before spaces to keep lines within 78;
 * else RFC 2047 encoded words, folded with CRLF SP and never splitting a
 * UTF-8 character. Control characters become spaces. */
void opp_mail_unstructured(struct opp_buf *out, const char *s);

/* Append data as quoted-printable (lines of at most 76, CRLF line ends;
 * a leading "." or "From " is encoded so no MTA or mbox reads it). */
void opp_mail_qp(struct opp_buf *out, const char *data, size_t len);

/* Append data as base64 in lines of 76 (CRLF). */
void opp_mail_base64(struct opp_buf *out, const void *data, size_t len);

/* The Date header's value for a time in seconds since the epoch, in
 * UTC: "Tue, 01 Dec 2026 08:00:00 +0000". */
void opp_mail_date(struct opp_buf *out, int64_t t);

/* Append the invitation mail for an agenda: From the organizer, To each
 * invitee with a usable address, the agenda as text and the calendar
 * text `ics` (from opp_ics_invite). `now` is the Date. False when there
 * is no organizer address or no recipient. */
bool opp_mail_invite(struct opp_buf *out, const struct opp_agenda *a, const char *ics, size_t ics_len,
                     int64_t now);

#endif

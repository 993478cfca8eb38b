/*
 * mail — RFC 5322 messages, ready for `sendmail -t`: headers, RFC 2047
 * encoded words and MIME bodies.
 *
 * A message (struct opp_mail) is multipart/alternative: a text/plain
 * part (UTF-8, quoted-printable), optionally a text/html part (the same,
 * richer) and a text/calendar; method=REQUEST part (base64). With an
 * attachment name the calendar is attached as a file too (application/ics,
 * base64), and the message is multipart/mixed around the alternative: the
 * shape calendar clients send, so that a reader that shows no calendar
 * part still offers the file. Lines end in CRLF. What it says is the caller's: the invitation is composed in
 * documents/invite.c, the reminders in documents/reminder.c.
 *
 * opp_mail_write() writes a message whose parts are in memory. A message
 * too long to hold (a reminder across thousands of cases) is written in
 * pieces instead: opp_mail_begin(), then per part opp_mail_part() and
 * its content through a struct opp_mail_qp, then opp_mail_end(); the
 * bytes are the same.
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

/* A name and an address, for From and To. */
struct opp_mailbox {
	const char *naam;  /* display name (opp_mail_phrase), or NULL */
	const char *email; /* a plain address that passed opp_email_ok() (base/email.h) */
};

/* One message: multipart/alternative with a text part and, when given,
 * an HTML part and a calendar part. */
struct opp_mail {
	int64_t date;                 /* Date, seconds since the epoch */
	const char *message_id;       /* Message-ID without <>: dot-atom@dot-atom (RFC 5322
	                                 msg-id), else left out; NULL: none */
	struct opp_mailbox from;      /* From */
	const struct opp_mailbox *to; /* To, in order (at least one) */
	size_t n_to;
	const char *subject;  /* Subject, plain text (opp_mail_unstructured) */
	const char *preamble; /* before the first part, for readers without MIME */
	const char *boundary; /* starts with "=_", which quoted-printable and base64 never hold */
	const char *text;     /* text/plain; charset=UTF-8, quoted-printable */
	size_t text_len;
	const char *html; /* text/html; charset=UTF-8, quoted-printable; NULL: none */
	size_t html_len;
	const char *calendar; /* text/calendar; method=REQUEST, base64; NULL: none */
	size_t calendar_len;
	const char *attachment;     /* the calendar's file name (plain ASCII, "uitnodiging.ics"):
	                               attached as application/ics too; NULL: not */
	const char *mixed_boundary; /* with an attachment: the outer multipart/mixed's boundary,
	                               "=_" and not a prefix of `boundary` nor it of this */
};

/* Append the message: headers (every value through the gates above),
 * then the parts; CRLF line ends. */
void opp_mail_write(struct opp_buf *out, const struct opp_mail *m);

/* ---- in pieces ---------------------------------------------------------- */

enum opp_mail_part { OPP_MAIL_TEXT, OPP_MAIL_HTML, OPP_MAIL_CALENDAR };

/* Append the headers and the preamble of m (its parts are not read). */
void opp_mail_begin(struct opp_buf *out, const struct opp_mail *m);

/* Append the boundary and the header of the next part: text and HTML
 * are quoted-printable (write them through a struct opp_mail_qp), the
 * calendar base64 (opp_mail_base64). */
void opp_mail_part(struct opp_buf *out, const struct opp_mail *m, enum opp_mail_part part);

/* Append the closing boundary. */
void opp_mail_end(struct opp_buf *out, const struct opp_mail *m);

/* Quoted-printable in pieces: opp_mail_qp_add() as the text comes, in
 * pieces cut anywhere, opp_mail_qp_finish() at its end; the output is
 * that of opp_mail_qp() on the whole. Only the unfinished last line is
 * held. */
struct opp_mail_qp {
	struct opp_buf line; /* the text after the last line end */
};

void opp_mail_qp_init(struct opp_mail_qp *q);
void opp_mail_qp_add(struct opp_buf *out, struct opp_mail_qp *q, const char *data, size_t len);
void opp_mail_qp_finish(struct opp_buf *out, struct opp_mail_qp *q); /* and releases q */

#endif

/*
 * mail — RFC 5322 headers, RFC 2047 encoded words and MIME bodies: see
 * mail.h.
 */
#include "output/mail.h"

#include <stdio.h>
#include <string.h>

#include "base/date.h"
#include "base/escape.h"
#include "base/utf8.h"

static bool
alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Case text for a header: one line, no control or bidi character
 * (opp_text_line, escape.h), so nothing can start a header of its own or
 * reorder what the reader sees. Caller releases. */
static void
clean(struct opp_buf *b, const char *s)
{
	opp_text_line(b, s);
}

/* Without leading and trailing spaces (a display name). */
static void
trim(struct opp_buf *b)
{
	size_t k = 0;

	while (b->len && b->ptr[b->len - 1] == ' ')
		b->ptr[--b->len] = '\0';
	while (k < b->len && b->ptr[k] == ' ')
		k++;
	memmove(b->ptr, b->ptr + k, b->len - k + 1);
	b->len -= k;
}

/* Lines are kept to this length (RFC 5322 2.1.1: 78 preferred, 998 at
 * most; a relay that cuts at 998 then never cuts a header of ours). */
#define LINE_MAX_OCTETS 78

/* The column the next byte of out goes to: octets since the last CRLF. */
static size_t
column(const struct opp_buf *out)
{
	size_t i = out->len;

	while (i >= 2 && !(out->ptr[i - 2] == '\r' && out->ptr[i - 1] == '\n'))
		i--;
	return i >= 2 ? out->len - i : out->len;
}

/* A fold: CRLF and a space (unfolding removes only the CRLF). */
static void
fold(struct opp_buf *out)
{
	opp_buf_puts(out, "\r\n ");
}

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void
b64_chunk(struct opp_buf *out, const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned)p[i] << 16 | (i + 1 < n ? (unsigned)p[i + 1] << 8 : 0) |
		             (i + 2 < n ? p[i + 2] : 0);
		opp_buf_putc(out, b64[v >> 18 & 63]);
		opp_buf_putc(out, b64[v >> 12 & 63]);
		opp_buf_putc(out, i + 1 < n ? b64[v >> 6 & 63] : '=');
		opp_buf_putc(out, i + 2 < n ? b64[v & 63] : '=');
	}
}

void
opp_mail_base64(struct opp_buf *out, const void *data, size_t len)
{
	const unsigned char *p = data;

	for (size_t i = 0; i < len; i += 57) {
		b64_chunk(out, p + i, len - i < 57 ? len - i : 57);
		opp_buf_puts(out, "\r\n");
	}
}

/* RFC 2047 B encoded words (UTF-8), each as long as the line has room
 * for (at most 45 bytes of text: 72 characters with the wrapper, within
 * the 75 an encoded word may have), cut only between UTF-8 characters,
 * separated by folds: whitespace between encoded words is not part of the
 * text, so the words decode to s exactly. */
static void
encoded_words(struct opp_buf *out, const char *s, size_t len)
{
	size_t i = 0;

	if (!len) {
		opp_buf_puts(out, "\"\"");
		return;
	}
	while (i < len) {
		size_t col = column(out), room, n;

		/* "=?UTF-8?B?" and "?=" take 12; each 3 bytes of text 4. */
		room = col + 12 + 4 <= LINE_MAX_OCTETS ? (LINE_MAX_OCTETS - col - 12) / 4 * 3 : 0;
		if (room < 6 || (i && room < 12)) {
			fold(out);
			continue;
		}
		n = len - i < room ? len - i : room;
		if (n > 45)
			n = 45;
		n = i + n < len ? opp_utf8_boundary(s + i, n) : n;
		if (n == 0) { /* cannot happen for valid UTF-8 (room >= 6): one whole character */
			uint32_t cp;
			n = opp_utf8_next(s + i, len - i, &cp);
		}
		opp_buf_puts(out, "=?UTF-8?B?");
		b64_chunk(out, (const unsigned char *)s + i, n);
		opp_buf_puts(out, "?=");
		i += n;
		if (i < len)
			fold(out);
	}
}

static bool
ascii_printable(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] > 0x7E)
			return false;
	return true;
}

static bool
atext(unsigned char c)
{
	return alnum(c) || (c && strchr("!#$%&'*+-/=?^_`{|}~", c));
}

/* Whether s holds only atext words separated by single spaces, none
 * longer than fits on a folded line: then it is written as it is. */
static bool
plain_words(const char *s, size_t len)
{
	size_t word = 0;

	for (size_t i = 0; i < len; i++) {
		if (s[i] == ' ' && i && i + 1 < len && s[i + 1] != ' ') {
			word = 0;
			continue;
		}
		if (!atext((unsigned char)s[i]) || ++word > LINE_MAX_OCTETS - 2)
			return false;
	}
	return len > 0;
}

/* Words of printable ASCII, folded before a word that would pass the
 * line length. */
static void
folded_words(struct opp_buf *out, const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		size_t n = 0;

		while (i + n < len && s[i + n] != ' ')
			n++;
		if (i && column(out) + 1 + n > LINE_MAX_OCTETS)
			fold(out);
		else if (i)
			opp_buf_putc(out, ' ');
		opp_buf_add(out, s + i, n);
		i += n;
		while (i < len && s[i] == ' ')
			i++;
	}
}

void
opp_mail_phrase(struct opp_buf *out, const char *s)
{
	struct opp_buf c = OPP_BUF_INIT;
	size_t quoted = 2;

	clean(&c, s);
	trim(&c);
	for (size_t i = 0; i < c.len; i++)
		quoted += 1 + (c.ptr[i] == '"' || c.ptr[i] == '\\');
	if (ascii_printable(c.ptr, c.len) && !strstr(c.ptr, "=?") && plain_words(c.ptr, c.len)) {
		folded_words(out, c.ptr, c.len);
	} else if (ascii_printable(c.ptr, c.len) && !strstr(c.ptr, "=?") &&
	           column(out) + quoted <= LINE_MAX_OCTETS) {
		/* A quoted string that fits on the line; a longer one could
		 * only be folded at its spaces, so it is encoded instead. */
		opp_buf_putc(out, '"');
		for (size_t i = 0; i < c.len; i++) {
			if (c.ptr[i] == '"' || c.ptr[i] == '\\')
				opp_buf_putc(out, '\\');
			opp_buf_putc(out, c.ptr[i]);
		}
		opp_buf_putc(out, '"');
	} else {
		encoded_words(out, c.ptr, c.len);
	}
	opp_buf_release(&c);
}

void
opp_mail_unstructured(struct opp_buf *out, const char *s)
{
	struct opp_buf c = OPP_BUF_INIT;
	size_t word = 0;
	bool plain;

	clean(&c, s);
	/* Printable ASCII whose words each fit on a folded line: as is,
	 * folded before a word that would pass the line length. Anything
	 * else as encoded words. */
	plain = ascii_printable(c.ptr, c.len) && !strstr(c.ptr, "=?");
	for (size_t i = 0; i < c.len && plain; i++) {
		word = c.ptr[i] == ' ' ? 0 : word + 1;
		plain = word <= LINE_MAX_OCTETS - 2;
	}
	if (plain && c.len && c.ptr[0] != ' ' && !strstr(c.ptr, "  ") && c.ptr[c.len - 1] != ' ')
		folded_words(out, c.ptr, c.len);
	else if (plain && column(out) + c.len <= LINE_MAX_OCTETS)
		opp_buf_add(out, c.ptr, c.len); /* spaces as they are: it fits */
	else
		encoded_words(out, c.ptr, c.len);
	opp_buf_release(&c);
}

void
opp_mail_qp(struct opp_buf *out, const char *data, size_t len)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *p = (const unsigned char *)data;
	size_t col = 0;

	for (size_t i = 0; i < len; i++) {
		unsigned char c = p[i];
		bool eol_next, enc;

		if (c == '\r' || c == '\n') {
			if (c == '\r' && i + 1 < len && p[i + 1] == '\n')
				i++;
			opp_buf_puts(out, "\r\n");
			col = 0;
			continue;
		}
		eol_next = i + 1 == len || p[i + 1] == '\r' || p[i + 1] == '\n';
		for (int pass = 0; pass < 2; pass++) {
			enc = c == '=' || c > 0x7E || (c < 0x20 && c != '\t') ||
			      ((c == ' ' || c == '\t') && eol_next) ||
			      /* a line of "." ends input to sendmail; "From " is
			       * mangled by mbox: never start a line with them */
			      (col == 0 && c == '.') ||
			      (col == 0 && c == 'F' && len - i >= 5 && memcmp(p + i, "From ", 5) == 0);
			/* keep room for the soft break "=" at 76 */
			if (col + (enc ? 3 : 1) <= 75)
				break;
			opp_buf_puts(out, "=\r\n");
			col = 0;
		}
		if (enc) {
			opp_buf_putc(out, '=');
			opp_buf_putc(out, hex[c >> 4]);
			opp_buf_putc(out, hex[c & 15]);
			col += 3;
		} else {
			opp_buf_putc(out, c);
			col++;
		}
	}
	if (col)
		opp_buf_puts(out, "\r\n");
}

void
opp_mail_date(struct opp_buf *out, int64_t t)
{
	static const char *const wd[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
	static const char *const mon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	int64_t days = t / 86400, secs = t % 86400;
	int y, m, d;

	if (secs < 0) {
		secs += 86400;
		days--;
	}
	opp_date_to_ymd((int32_t)days, &y, &m, &d);
	opp_buf_printf(out, "%s, %02d %s %04d %02d:%02d:%02d +0000", wd[opp_date_weekday((int32_t)days)], d,
	               mon[m - 1], y, (int)(secs / 3600), (int)(secs / 60 % 60), (int)(secs % 60));
}

static void
mailbox(struct opp_buf *out, const char *naam, const char *email)
{
	if (naam && *naam) {
		opp_mail_phrase(out, naam);
		/* The address cannot be folded: it starts a line of its own
		 * when it does not fit after the name (with the comma). */
		if (column(out) + strlen(email) + 4 > LINE_MAX_OCTETS)
			fold(out);
		else
			opp_buf_putc(out, ' ');
		opp_buf_printf(out, "<%s>", email);
	} else {
		opp_buf_puts(out, email);
	}
}

/* A msg-id as RFC 5322 3.6.4 has it, dot-atom "@" dot-atom, short
 * enough for one line: anything else is left out rather than written. */
static bool
msgid_ok(const char *s)
{
	const char *at = s ? strchr(s, '@') : NULL;
	size_t n = s ? strlen(s) : 0;

	if (!at || at == s || !at[1] || strchr(at + 1, '@') || n > 200)
		return false;
	for (const char *p = s; *p; p++)
		if (*p != '@' && *p != '.' && !atext((unsigned char)*p))
			return false;
	return s[0] != '.' && s[n - 1] != '.' && at[-1] != '.' && at[1] != '.' && !strstr(s, "..");
}

void
opp_mail_begin(struct opp_buf *out, const struct opp_mail *m)
{
	opp_buf_puts(out, "Date: ");
	opp_mail_date(out, m->date);
	if (msgid_ok(m->message_id))
		opp_buf_printf(out, "\r\nMessage-ID: <%s>", m->message_id);
	opp_buf_puts(out, "\r\nFrom: ");
	mailbox(out, m->from.naam, m->from.email);
	opp_buf_puts(out, "\r\nTo: ");
	for (size_t i = 0; i < m->n_to; i++) {
		if (i)
			opp_buf_puts(out, ",\r\n ");
		mailbox(out, m->to[i].naam, m->to[i].email);
	}
	opp_buf_puts(out, "\r\nSubject: ");
	opp_mail_unstructured(out, m->subject);
	opp_buf_puts(out, "\r\nMIME-Version: 1.0\r\n");
	if (m->attachment)
		opp_buf_printf(out,
		               "Content-Type: multipart/mixed;\r\n boundary=\"%s\"\r\n"
		               "\r\n"
		               "%s\r\n"
		               "\r\n--%s\r\n",
		               m->mixed_boundary, m->preamble ? m->preamble : "", m->mixed_boundary);
	opp_buf_printf(out, "Content-Type: multipart/alternative;\r\n boundary=\"%s\"\r\n\r\n", m->boundary);
	if (!m->attachment)
		opp_buf_printf(out, "%s\r\n", m->preamble ? m->preamble : "");
}

void
opp_mail_part(struct opp_buf *out, const struct opp_mail *m, enum opp_mail_part part)
{
	static const char *const type[] = {
	        [OPP_MAIL_TEXT] = "text/plain; charset=UTF-8",
	        [OPP_MAIL_HTML] = "text/html; charset=UTF-8",
	        [OPP_MAIL_CALENDAR] = "text/calendar; charset=UTF-8; method=REQUEST",
	};

	opp_buf_printf(out, "\r\n--%s\r\nContent-Type: %s\r\nContent-Transfer-Encoding: %s\r\n\r\n",
	               m->boundary, type[part], part == OPP_MAIL_CALENDAR ? "base64" : "quoted-printable");
}

void
opp_mail_end(struct opp_buf *out, const struct opp_mail *m)
{
	opp_buf_printf(out, "\r\n--%s--\r\n", m->boundary);
	if (!m->attachment)
		return;
	/* The name is the caller's constant, plain ASCII: no encoding. The
	 * file is application/ics, not a second text/calendar;
	 * method=REQUEST: the iMIP part (RFC 6047 2.4) is the one in the
	 * alternative, and a client that processes every text/calendar
	 * part would see the invitation twice. Google Calendar's
	 * invitations attach invite.ics the same way. */
	opp_buf_printf(out,
	               "\r\n--%s\r\nContent-Type: application/ics; name=\"%s\"\r\n"
	               "Content-Disposition: attachment; filename=\"%s\"\r\n"
	               "Content-Transfer-Encoding: base64\r\n\r\n",
	               m->mixed_boundary, m->attachment, m->attachment);
	opp_mail_base64(out, m->calendar ? m->calendar : "", m->calendar ? m->calendar_len : 0);
	opp_buf_printf(out, "\r\n--%s--\r\n", m->mixed_boundary);
}

void
opp_mail_write(struct opp_buf *out, const struct opp_mail *m)
{
	opp_mail_begin(out, m);
	opp_mail_part(out, m, OPP_MAIL_TEXT);
	opp_mail_qp(out, m->text ? m->text : "", m->text ? m->text_len : 0);
	if (m->html) {
		opp_mail_part(out, m, OPP_MAIL_HTML);
		opp_mail_qp(out, m->html, m->html_len);
	}
	if (m->calendar) {
		opp_mail_part(out, m, OPP_MAIL_CALENDAR);
		opp_mail_base64(out, m->calendar, m->calendar_len);
	}
	opp_mail_end(out, m);
}

void
opp_mail_qp_init(struct opp_mail_qp *q)
{
	opp_buf_init(&q->line);
}

/* Lines are encoded once they are complete (up to their LF: a CR at the
 * end of a piece may be the first half of a CRLF), so a piece boundary
 * never changes the output. */
void
opp_mail_qp_add(struct opp_buf *out, struct opp_mail_qp *q, const char *data, size_t len)
{
	const char *lf = NULL;
	size_t done;

	for (size_t i = len; i-- > 0;)
		if (data[i] == '\n') {
			lf = data + i;
			break;
		}
	if (!lf) {
		opp_buf_add(&q->line, data, len);
		return;
	}
	done = (size_t)(lf - data) + 1;
	if (q->line.len) {
		opp_buf_add(&q->line, data, done);
		opp_mail_qp(out, q->line.ptr, q->line.len);
		opp_buf_reset(&q->line);
	} else {
		opp_mail_qp(out, data, done);
	}
	opp_buf_add(&q->line, data + done, len - done);
}

void
opp_mail_qp_finish(struct opp_buf *out, struct opp_mail_qp *q)
{
	opp_mail_qp(out, q->line.ptr, q->line.len);
	opp_buf_release(&q->line);
}

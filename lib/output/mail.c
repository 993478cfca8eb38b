/*
 * mail — RFC 5322 headers, RFC 2047 encoded words and MIME bodies: see
 * mail.h.
 */
#include "output/mail.h"

#include <stdio.h>
#include <string.h>

#include "base/date.h"

static bool
alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* s with every control character (CR and LF too) made a space: the one
 * gate through which case text reaches a header. Caller releases. */
static void
clean(struct opp_buf *b, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++)
		opp_buf_putc(b, *p < 0x20 || *p == 0x7F ? ' ' : *p);
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

/* RFC 2047 B encoded words of at most 39 bytes of text each (64
 * characters with the wrapper, so "Subject: " and one word fit in 78),
 * cut only between UTF-8 characters, separated by folding white space. */
static void
encoded_words(struct opp_buf *out, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < len) {
		size_t n = len - i < 39 ? len - i : 39;
		/* back off so the word does not end inside a character */
		if (i + n < len)
			while (n > 1 && (p[i + n] & 0xC0) == 0x80)
				n--;
		if (i)
			opp_buf_puts(out, "\r\n ");
		opp_buf_puts(out, "=?UTF-8?B?");
		b64_chunk(out, p + i, n);
		opp_buf_puts(out, "?=");
		i += n;
	}
	if (!len)
		opp_buf_puts(out, "\"\"");
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

void
opp_mail_phrase(struct opp_buf *out, const char *s)
{
	struct opp_buf c = OPP_BUF_INIT;
	bool plain = true;

	clean(&c, s);
	if (!ascii_printable(c.ptr, c.len) || strstr(c.ptr, "=?")) {
		encoded_words(out, c.ptr, c.len);
		opp_buf_release(&c);
		return;
	}
	for (size_t i = 0; i < c.len; i++)
		if (!atext((unsigned char)c.ptr[i]) &&
		    !(c.ptr[i] == ' ' && i && i + 1 < c.len && c.ptr[i + 1] != ' '))
			plain = false;
	if (plain && c.len) {
		opp_buf_add(out, c.ptr, c.len);
	} else {
		opp_buf_putc(out, '"');
		for (size_t i = 0; i < c.len; i++) {
			if (c.ptr[i] == '"' || c.ptr[i] == '\\')
				opp_buf_putc(out, '\\');
			opp_buf_putc(out, c.ptr[i]);
		}
		opp_buf_putc(out, '"');
	}
	opp_buf_release(&c);
}

void
opp_mail_unstructured(struct opp_buf *out, const char *s)
{
	struct opp_buf c = OPP_BUF_INIT;

	size_t col = 12, word = 0;
	bool plain;

	clean(&c, s);
	plain = ascii_printable(c.ptr, c.len) && !strstr(c.ptr, "=?");
	for (size_t i = 0; i < c.len && plain; i++) {
		word = c.ptr[i] == ' ' ? 0 : word + 1;
		plain = word <= 64;
	}
	if (!plain) {
		encoded_words(out, c.ptr, c.len);
		opp_buf_release(&c);
		return;
	}
	/* Printable ASCII: as is, folded before a space so that lines stay
	 * within 78 characters (unfolding removes only the CRLF). */
	for (size_t i = 0; i < c.len; i++) {
		if (c.ptr[i] == ' ' && i > 0) {
			size_t n = 1;
			while (i + n < c.len && c.ptr[i + n] != ' ')
				n++;
			if (col + n > 78 && c.ptr[i - 1] != ' ') {
				opp_buf_puts(out, "\r\n");
				col = 0;
			}
		}
		opp_buf_putc(out, c.ptr[i]);
		col++;
	}
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
		opp_buf_printf(out, " <%s>", email);
	} else {
		opp_buf_puts(out, email);
	}
}

void
opp_mail_write(struct opp_buf *out, const struct opp_mail *m)
{
	opp_buf_puts(out, "Date: ");
	opp_mail_date(out, m->date);
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
	opp_buf_printf(out,
	               "\r\nMIME-Version: 1.0\r\n"
	               "Content-Type: multipart/alternative; boundary=\"%s\"\r\n"
	               "\r\n"
	               "%s\r\n"
	               "\r\n--%s\r\n"
	               "Content-Type: text/plain; charset=UTF-8\r\n"
	               "Content-Transfer-Encoding: quoted-printable\r\n\r\n",
	               m->boundary, m->preamble ? m->preamble : "", m->boundary);
	opp_mail_qp(out, m->text ? m->text : "", m->text ? m->text_len : 0);
	if (m->calendar) {
		opp_buf_printf(out,
		               "\r\n--%s\r\n"
		               "Content-Type: text/calendar; charset=UTF-8; method=REQUEST\r\n"
		               "Content-Transfer-Encoding: base64\r\n\r\n",
		               m->boundary);
		opp_mail_base64(out, m->calendar, m->calendar_len);
	}
	opp_buf_printf(out, "\r\n--%s--\r\n", m->boundary);
}

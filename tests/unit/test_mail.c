/*
 * test_mail — the header primitives of lib/output/mail.c on hostile
 * names: whatever the text, a header value is folded into lines of at
 * most 78 octets (RFC 5322 2.1.1; never near the 998 a relay cuts at, so
 * no cut can start a "Bcc:" line), holds no CR or LF but its own folds,
 * and no control or bidi character.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "output/mail.h"

typedef void header_fn(struct opp_buf *, const char *);

/* "Name: " followed by fn(s), as the message writer puts it. */
static char *
header(const char *name, header_fn *fn, const char *s)
{
	struct opp_buf b = OPP_BUF_INIT;

	opp_buf_printf(&b, "%s: ", name);
	fn(&b, s);
	return opp_buf_detach(&b, NULL);
}

/* Every line at most max octets; line breaks only as CRLF followed by a
 * space (a fold); no control character, no bidi control. */
static void
check_folded(const char *h, size_t max)
{
	const char *line = h;

	for (const char *p = h;; p++) {
		if (*p == '\r' || *p == '\0') {
			cr_expect_leq((size_t)(p - line), max, "line of %zu octets: %.*s", (size_t)(p - line),
			              (int)(p - line), line);
			if (!*p)
				break;
			cr_assert_eq(p[1], '\n', "CR without LF");
			cr_assert_eq(p[2], ' ', "a line break that is not a fold");
			line = p + 2;
			p++;
		} else {
			cr_assert_neq(*p, '\n', "LF without CR");
			cr_assert((unsigned char)*p >= 0x20 && *p != 0x7f, "control character");
		}
	}
	cr_expect_null(strstr(h, "\xE2\x80\xAE"));
}

/* Unfolded (the CRLF of each fold removed, RFC 5322 2.2.3). */
static char *
unfold(const char *h)
{
	char *u = malloc(strlen(h) + 1), *q = u;

	for (const char *p = h; *p; p++) {
		if (p[0] == '\r' && p[1] == '\n') {
			p++;
			continue;
		}
		*q++ = *p;
	}
	*q = '\0';
	return u;
}

Test(mail, phrase_of_991_x_and_bcc_is_folded)
{
	char name[1100];
	char *h;

	memset(name, 'X', 991);
	strcpy(name + 991, "Bcc:attacker@example");
	h = header("To", opp_mail_phrase, name);
	check_folded(h, 78);
	cr_expect_null(strstr(h, "Bcc:"), "the text is encoded, not written as is: %s", h);
	free(h);
}

Test(mail, long_phrase_of_words_is_folded_at_spaces)
{
	struct opp_buf b = OPP_BUF_INIT;
	char *h, *u;

	for (int i = 0; i < 200; i++)
		opp_buf_puts(&b, i ? " Jansen" : "Jansen");
	h = header("From", opp_mail_phrase, b.ptr);
	check_folded(h, 78);
	u = unfold(h);
	cr_expect_str_eq(u + 6, b.ptr, "unfolding gives the name back");
	free(u);
	free(h);
	opp_buf_release(&b);
}

Test(mail, long_quoted_phrase_is_encoded)
{
	struct opp_buf b = OPP_BUF_INIT;
	char *h;

	for (int i = 0; i < 100; i++)
		opp_buf_puts(&b, "Kok, Bas; ");
	h = header("To", opp_mail_phrase, b.ptr);
	check_folded(h, 78);
	free(h);
	opp_buf_release(&b);
}

Test(mail, phrase_drops_controls_and_bidi)
{
	char *h = header("To", opp_mail_phrase, "Bas\xE2\x80\xAE koK\xC2\x9B\x1b[2J");
	check_folded(h, 78);
	cr_expect_str_eq(h, "To: \"Bas koK[2J\"");
	free(h);
	h = header("To", opp_mail_phrase, "Öttö\xE2\x81\xA6");
	cr_expect_str_eq(h, "To: =?UTF-8?B?w5Z0dMO2?=");
	free(h);
}

Test(mail, phrase_on_a_line_that_is_already_long)
{
	/* The fold takes the column the value starts at into account. */
	struct opp_buf b = OPP_BUF_INIT;

	opp_buf_puts(&b, "To: a@example.invalid,\r\n Some Name <s@example.invalid>,\r\n ");
	for (int i = 0; i < 60; i++)
		opp_buf_putc(&b, 'y');
	opp_buf_puts(&b, ", ");
	opp_mail_phrase(&b, "Zoë Öztürk-van den Heuvel de Vries");
	check_folded(b.ptr, 78);
	opp_buf_release(&b);
}

Test(mail, subject_with_a_long_word_is_encoded)
{
	char word[400];
	char *h;

	memset(word, 'a', sizeof(word) - 1);
	word[sizeof(word) - 1] = '\0';
	h = header("Subject", opp_mail_unstructured, word);
	check_folded(h, 78);
	free(h);
}

Test(mail, long_subject_of_words_is_folded)
{
	struct opp_buf b = OPP_BUF_INIT;
	char *h, *u;

	for (int i = 0; i < 150; i++)
		opp_buf_puts(&b, "Uitnodiging ");
	opp_buf_puts(&b, "Bcc:attacker@example");
	h = header("Subject", opp_mail_unstructured, b.ptr);
	check_folded(h, 78);
	u = unfold(h);
	cr_expect_str_eq(u + 9, b.ptr);
	free(u);
	free(h);
	opp_buf_release(&b);
}

Test(mail, subject_drops_controls_and_bidi)
{
	char *h = header("Subject", opp_mail_unstructured,
	                 "Uitnodiging \xE2\x80\xAE"
	                 "S.\x1b]8;;x\x07");
	check_folded(h, 78);
	cr_expect_str_eq(h, "Subject: Uitnodiging S.]8;;x");
	free(h);
}

Test(mail, non_ascii_subject_words_fit)
{
	struct opp_buf b = OPP_BUF_INIT;
	char *h;

	for (int i = 0; i < 80; i++)
		opp_buf_puts(&b, "Zoë ");
	h = header("Subject", opp_mail_unstructured, b.ptr);
	check_folded(h, 78);
	free(h);
	opp_buf_release(&b);
}

/* With an attachment the message is multipart/mixed: the alternative
 * (text, HTML, calendar) first, then the calendar again as a file; each
 * boundary opened and closed in order, neither a prefix of the other.
 * Without one the message stays the alternative alone (the reminders). */
Test(mail, invitation_with_the_calendar_attached)
{
	struct opp_mailbox to = {"Ouders", "ouders@mail.example"};
	struct opp_mail m = {
	        .date = 0,
	        .message_id = "abc.0.0@school.example",
	        .from = {"IB", "ib@school.example"},
	        .to = &to,
	        .n_to = 1,
	        .subject = "Uitnodiging",
	        .preamble = "MIME",
	        .boundary = "=_opp_a_x",
	        .text = "tekst\n",
	        .text_len = 6,
	        .html = "<p>html</p>\n",
	        .html_len = 12,
	        .calendar = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
	        .calendar_len = 32,
	        .attachment = "uitnodiging.ics",
	        .mixed_boundary = "=_opp_m_x",
	};
	struct opp_buf b = OPP_BUF_INIT;
	const char *mixed, *alt, *text, *html, *cal, *alt_end, *file, *mixed_end;

	opp_mail_write(&b, &m);
	cr_assert(strstr(b.ptr, "\r\nMessage-ID: <abc.0.0@school.example>\r\n"));
	mixed = strstr(b.ptr, "Content-Type: multipart/mixed;\r\n boundary=\"=_opp_m_x\"\r\n");
	alt = strstr(
	        b.ptr,
	        "\r\n--=_opp_m_x\r\nContent-Type: multipart/alternative;\r\n boundary=\"=_opp_a_x\"\r\n");
	text = strstr(b.ptr, "\r\n--=_opp_a_x\r\nContent-Type: text/plain; charset=UTF-8\r\n");
	html = strstr(b.ptr, "\r\n--=_opp_a_x\r\nContent-Type: text/html; charset=UTF-8\r\n");
	cal = strstr(b.ptr,
	             "\r\n--=_opp_a_x\r\nContent-Type: text/calendar; charset=UTF-8; method=REQUEST\r\n");
	alt_end = strstr(b.ptr, "\r\n--=_opp_a_x--\r\n");
	file = strstr(b.ptr, "\r\n--=_opp_m_x\r\nContent-Type: application/ics; name=\"uitnodiging.ics\"\r\n"
	                     "Content-Disposition: attachment; filename=\"uitnodiging.ics\"\r\n"
	                     "Content-Transfer-Encoding: base64\r\n\r\n"
	                     "QkVHSU46VkNBTEVOREFSDQpFTkQ6VkNBTEVOREFSDQo=\r\n");
	mixed_end = strstr(b.ptr, "\r\n--=_opp_m_x--\r\n");
	cr_assert(mixed && alt && text && html && cal && alt_end && file && mixed_end, "%s", b.ptr);
	cr_assert(mixed < alt && alt < text && text < html && html < cal && cal < alt_end && alt_end < file &&
	          file < mixed_end);
	cr_assert_str_eq(mixed_end + strlen("\r\n--=_opp_m_x--\r\n"), "", "nothing after the end");
	opp_buf_reset(&b);

	m.attachment = NULL;
	opp_mail_write(&b, &m);
	cr_assert_null(strstr(b.ptr, "multipart/mixed"));
	cr_assert_null(strstr(b.ptr, "application/ics"));
	cr_assert(strstr(b.ptr,
	                 "Content-Type: multipart/alternative;\r\n boundary=\"=_opp_a_x\"\r\n\r\nMIME\r\n"));
	opp_buf_release(&b);
}

/*
 * test_mail_stream — a message written in pieces (opp_mail_begin, parts,
 * opp_mail_end, quoted-printable through struct opp_mail_qp) is byte for
 * byte the message opp_mail_write() makes; the HTML part and the
 * Message-ID, and the gate on the Message-ID.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "output/mail.h"

static const char *const texts[] = {
        "",
        "one line without an end",
        "two\nlines\n",
        "crlf\r\nline ends\r\n",
        "a lone cr\rin the middle\r",
        "trailing space \nand tab\t\n",
        "From here\nFrom the start\n.\n.. dots\n",
        "é ü — non-ASCII, =equals= signs\n",
        "a long line "
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        "xxx"
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx with = and é at the soft breaks é=é=é=é\n\nend",
};

/* The encoding of text fed in pieces of `step` bytes (0: cut at every
 * position in turn, two pieces). */
static void
pieces(struct opp_buf *out, const char *text, size_t len, size_t step, size_t cut)
{
	struct opp_mail_qp q;

	opp_mail_qp_init(&q);
	if (step) {
		for (size_t i = 0; i < len; i += step)
			opp_mail_qp_add(out, &q, text + i, len - i < step ? len - i : step);
	} else {
		opp_mail_qp_add(out, &q, text, cut);
		opp_mail_qp_add(out, &q, text + cut, len - cut);
	}
	opp_mail_qp_finish(out, &q);
}

Test(mail_stream, qp_in_pieces_is_qp_of_the_whole)
{
	for (size_t t = 0; t < sizeof(texts) / sizeof(*texts); t++) {
		const char *s = texts[t];
		size_t len = strlen(s);
		struct opp_buf whole = OPP_BUF_INIT, part = OPP_BUF_INIT;

		opp_mail_qp(&whole, s, len);
		for (size_t cut = 0; cut <= len; cut++) {
			opp_buf_reset(&part);
			pieces(&part, s, len, 0, cut);
			cr_assert_str_eq(part.ptr, whole.ptr, "text %zu cut at %zu", t, cut);
		}
		for (size_t step = 1; step <= 7; step++) {
			opp_buf_reset(&part);
			pieces(&part, s, len, step, 0);
			cr_assert_str_eq(part.ptr, whole.ptr, "text %zu in pieces of %zu", t, step);
		}
		opp_buf_release(&whole);
		opp_buf_release(&part);
	}
}

static const struct opp_mailbox to = {"Lotte Kok", "l.kok@school.example"};

static struct opp_mail
message(const char *id)
{
	return (struct opp_mail){
	        .date = 1796112000, /* 2026-12-01 08:00 UTC */
	        .message_id = id,
	        .from = {"Bea Smit", "b.smit@school.example"},
	        .to = &to,
	        .n_to = 1,
	        .subject = "Herinnering",
	        .preamble = "MIME",
	        .boundary = "=_opp_test",
	        .text = "tekst\n",
	        .text_len = 6,
	        .html = "<p>html</p>\n",
	        .html_len = 12,
	};
}

Test(mail_stream, pieces_make_the_same_message)
{
	struct opp_mail m = message("opp.1.abc@school.example");
	struct opp_buf whole = OPP_BUF_INIT, part = OPP_BUF_INIT;
	struct opp_mail_qp q;

	opp_mail_write(&whole, &m);
	opp_mail_begin(&part, &m);
	opp_mail_part(&part, &m, OPP_MAIL_TEXT);
	opp_mail_qp_init(&q);
	opp_mail_qp_add(&part, &q, "tek", 3);
	opp_mail_qp_add(&part, &q, "st\n", 3);
	opp_mail_qp_finish(&part, &q);
	opp_mail_part(&part, &m, OPP_MAIL_HTML);
	opp_mail_qp_init(&q);
	opp_mail_qp_add(&part, &q, m.html, m.html_len);
	opp_mail_qp_finish(&part, &q);
	opp_mail_end(&part, &m);
	cr_assert_str_eq(part.ptr, whole.ptr);

	/* Headers and parts, in order. */
	const char *p = whole.ptr;
	static const char *const want[] = {
	        "Date: Tue, 01 Dec 2026 08:00:00 +0000\r\n",
	        "Message-ID: <opp.1.abc@school.example>\r\n",
	        "From: Bea Smit <b.smit@school.example>\r\n",
	        "To: Lotte Kok <l.kok@school.example>\r\n",
	        "Content-Type: multipart/alternative;",
	        "\r\n--=_opp_test\r\nContent-Type: text/plain; charset=UTF-8\r\n"
	        "Content-Transfer-Encoding: quoted-printable\r\n\r\ntekst\r\n",
	        "\r\n--=_opp_test\r\nContent-Type: text/html; charset=UTF-8\r\n"
	        "Content-Transfer-Encoding: quoted-printable\r\n\r\n<p>html</p>\r\n",
	        "\r\n--=_opp_test--\r\n",
	};
	for (size_t i = 0; i < sizeof(want) / sizeof(*want); i++) {
		const char *at = strstr(p, want[i]);
		cr_assert(at, "missing or out of order: %s\nin:\n%s", want[i], whole.ptr);
		p = at + strlen(want[i]);
	}
	cr_expect_str_eq(p, "", "nothing after the closing boundary");
	opp_buf_release(&whole);
	opp_buf_release(&part);
}

/* A Message-ID that is not a plain dot-atom@dot-atom is left out: it
 * cannot start a header of its own or break the line. */
Test(mail_stream, message_id_gate)
{
	static const char *const bad[] = {
	        "no-at", "@school.example", "opp@", "a@b@c", "a b@c", "a@b\r\nBcc: x@y",
	        "<a@b>", "a..b@c",          ".a@b", "a.@b",  "a@.b",  "a\"b@c",
	};

	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
		struct opp_mail m = message(bad[i]);
		struct opp_buf b = OPP_BUF_INIT;
		opp_mail_write(&b, &m);
		cr_expect_null(strstr(b.ptr, "Message-ID"), "'%s' was written", bad[i]);
		cr_expect_null(strstr(b.ptr, "Bcc"));
		opp_buf_release(&b);
	}
	struct opp_mail m = message(NULL);
	struct opp_buf b = OPP_BUF_INIT;
	opp_mail_write(&b, &m);
	cr_expect_null(strstr(b.ptr, "Message-ID"));
	opp_buf_release(&b);
}

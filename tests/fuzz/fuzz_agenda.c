/*
 * fuzz_agenda — libFuzzer harness for `opp agenda` and its invitations:
 * a case file through opp_doc_load() (default config), then for every
 * meeting the agenda through each sink writer (md, html, text; with and
 * without OPP_AGENDA_INVITE, and the checklist), the iCalendar
 * invitation (opp_invite_ics) and the mail (opp_invite_mail).
 *
 * Invariants that RFC 5545 and RFC 5322 make cheap to check trap when
 * broken (libFuzzer reports them as crashes):
 *   ics: every line ends in CRLF, no bare CR or LF, no line longer than
 *        75 octets, no control character but HTAB, and no UTF-8
 *        character split by a fold;
 *   eml: CRLF only as a pair, lines of at most 998 octets; in the header
 *        section every line is "name:" or a continuation starting with
 *        a space or tab, and no value holds CR, LF or another control.
 * The escaping helpers (opp_ics_text + opp_ics_fold, opp_mail_phrase,
 * opp_mail_unstructured, opp_email_ok) also get the raw input.
 * Everything is freed: a leak is a bug. See docs/fuzzing.md.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/email.h"
#include "documents/agenda.h"
#include "documents/invite.h"
#include "base/buf.h"
#include "format/config.h"
#include "base/date.h"
#include "format/diag.h"
#include "output/ics.h"
#include "format/load.h"
#include "output/mail.h"
#include "format/model.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(c)                          \
	do {                              \
		if (!(c))                 \
			__builtin_trap(); \
	} while (0)

/* RFC 5545 3.1: content lines end in CRLF and are folded at 75 octets
 * without splitting a multi-octet character; 3.3.11 / 3.2: no CONTROL
 * (anything below 0x20 but HTAB, and DEL) in values. utf8: the text was
 * valid UTF-8, so a continuation line cannot start mid-character. */
static void
check_ics(const struct opp_buf *b, bool utf8)
{
	const unsigned char *s = (const unsigned char *)b->ptr;
	size_t i = 0;

	CHECK(b->len == 0 || (b->len >= 2 && s[b->len - 2] == '\r' && s[b->len - 1] == '\n'));
	while (i < b->len) {
		size_t start = i;

		while (i < b->len && s[i] != '\r' && s[i] != '\n') {
			CHECK(s[i] >= 0x20 || s[i] == '\t');
			CHECK(s[i] != 0x7f);
			i++;
		}
		CHECK(i - start <= 75);
		CHECK(i + 1 < b->len && s[i] == '\r' && s[i + 1] == '\n');
		if (utf8 && s[start] == ' ' && start + 1 < i)
			CHECK((s[start + 1] & 0xc0) != 0x80);
		i += 2;
	}
}

/* RFC 5322 2.1, 2.2, 2.2.3: CR and LF only as CRLF, lines of at most 998
 * octets; header fields are "name:" (printable ASCII but ':') or folded
 * continuation lines starting with WSP; no control characters inside a
 * header value. Returns nothing: traps on a violation. */
static void
check_eml(const struct opp_buf *b)
{
	const unsigned char *s = (const unsigned char *)b->ptr;
	bool header = true, first = true;
	size_t i = 0;

	while (i < b->len) {
		size_t start = i;

		while (i < b->len && s[i] != '\r' && s[i] != '\n')
			i++;
		CHECK(i - start <= 998);
		CHECK(i + 1 < b->len && s[i] == '\r' && s[i + 1] == '\n');
		if (header) {
			if (i == start) {
				header = false; /* the empty line before the body */
			} else if (s[start] == ' ' || s[start] == '\t') {
				CHECK(!first);
			} else {
				size_t k = start;
				while (k < i && s[k] != ':') {
					CHECK(s[k] >= 33 && s[k] <= 126);
					k++;
				}
				CHECK(k > start && k < i);
			}
			for (size_t k = start; k < i; k++)
				CHECK((s[k] >= 0x20 && s[k] != 0x7f) || s[k] == '\t');
			first = false;
		}
		i += 2;
	}
	CHECK(!header); /* a message has a header section and a body */
}

/* A header value from opp_mail_phrase/unstructured: CR or LF only as its
 * own folding, CRLF followed by a space; no other control characters. */
static void
check_header_value(const struct opp_buf *b)
{
	const unsigned char *s = (const unsigned char *)b->ptr;

	for (size_t i = 0; i < b->len; i++) {
		if (s[i] == '\r') {
			CHECK(i + 2 < b->len && s[i + 1] == '\n' && s[i + 2] == ' ');
			i++;
			continue;
		}
		CHECK(s[i] >= 0x20 || s[i] == '\t');
		CHECK(s[i] != 0x7f);
	}
}

/* The helpers on the raw input (up to its first NUL), which need not be
 * YAML nor UTF-8. */
static void
raw(const uint8_t *data, size_t size)
{
	struct opp_buf t = OPP_BUF_INIT, out = OPP_BUF_INIT;
	char *s = malloc(size + 1);

	memcpy(s, data, size);
	s[size] = '\0';

	opp_buf_puts(&t, "DESCRIPTION:");
	opp_ics_text(&t, s);
	opp_ics_fold(&out, t.ptr, t.len);
	check_ics(&out, false);

	opp_buf_reset(&out);
	opp_mail_phrase(&out, s);
	check_header_value(&out);
	opp_buf_reset(&out);
	opp_mail_unstructured(&out, s);
	check_header_value(&out);

	if (opp_email_ok(s))
		CHECK(strlen(s) <= 254 && !strpbrk(s, " \t\r\n<>,;:\""));

	opp_buf_release(&t);
	opp_buf_release(&out);
	free(s);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct opp_writer *const writers[] = {&opp_writer_md, &opp_writer_html, &opp_writer_text};
	const int32_t today = opp_date_from_ymd(2025, 11, 3);
	const int64_t now = 1762156800; /* 2025-11-03 08:00 UTC */
	struct opp_config cfg;
	struct opp_diags diags;
	struct opp_doc *doc;
	char *text = malloc(size ? size : 1);

	if (size)
		memcpy(text, data, size);
	opp_config_defaults(&cfg);
	opp_diags_init(&diags);
	doc = opp_doc_load("fuzz.yaml", text, size, &cfg, &diags);
	if (doc) {
		struct opp_agenda_pick pick = { 0 };
		struct opp_invite_opts io = {
			.tijdzone = cfg.tijdzone,
			.dtstamp = now,
			.sequence = 0,
			.prodid = "-//opp//fuzz//EN",
		};
		size_t idx;

		if (opp_agenda_find(doc, today, &pick, &idx) == OPP_FOUND)
			CHECK(idx < doc->overleggen.n);
		for (size_t i = 0; i < doc->overleggen.n; i++) {
			struct opp_agenda a;
			struct opp_buf out = OPP_BUF_INIT, ics = OPP_BUF_INIT, eml = OPP_BUF_INIT;

			opp_agenda_init(&a, doc, i, &cfg, today);
			opp_agenda_title(&out, &a);
			for (size_t k = 0; k < sizeof(writers) / sizeof(*writers); k++) {
				opp_agenda_render(&out, writers[k], &a, 0);
				opp_agenda_render(&out, writers[k], &a, OPP_AGENDA_INVITE);
				opp_agenda_render(&out, writers[k], &a, OPP_AGENDA_CHECKLIST);
				opp_agenda_render(&out, writers[k], &a, OPP_AGENDA_FORM);
			}
			{
				size_t unknown;
				opp_agenda_answers(&a, text, size, &unknown);
				opp_agenda_render(&out, writers[0], &a, OPP_AGENDA_FORM);
			}
			if (opp_invite_ics(&ics, &a, &io) == OPP_INVITE_OK) {
				check_ics(&ics, true);
				if (opp_invite_mail(&eml, &a, ics.ptr, ics.len, &io))
					check_eml(&eml);
			} else {
				CHECK(ics.len == 0); /* on failure nothing is appended */
			}
			opp_buf_release(&out);
			opp_buf_release(&ics);
			opp_buf_release(&eml);
			opp_agenda_release(&a);
		}
	}
	opp_doc_free(doc);
	opp_diags_release(&diags);
	opp_config_release(&cfg);
	free(text);

	raw(data, size);
	return 0;
}

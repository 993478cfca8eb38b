/*
 * ics — the iCalendar writer and its escaping and folding: see ics.h.
 */
#include "output/ics.h"

#include <string.h>

#include "base/date.h"
#include "base/escape.h"
#include "documents/agenda.h"

void
opp_ics_text(struct opp_buf *out, const char *text)
{
	/* No control or bidi character reaches a calendar (escape.h). */
	struct opp_buf clean = OPP_BUF_INIT;

	opp_text_lines(&clean, text);
	for (const unsigned char *p = (const unsigned char *)clean.ptr; *p; p++) {
		switch (*p) {
		case '\\': opp_buf_puts(out, "\\\\"); break;
		case ';': opp_buf_puts(out, "\\;"); break;
		case ',': opp_buf_puts(out, "\\,"); break;
		case '\r':
			if (p[1] == '\n')
				p++;
			/* fall through */
		case '\n': opp_buf_puts(out, "\\n"); break;
		default:
			/* RFC 5545 TEXT allows no control character but TAB */
			if ((*p >= 0x20 && *p != 0x7F) || *p == '\t')
				opp_buf_putc(out, *p);
		}
	}
	opp_buf_release(&clean);
}

void
opp_ics_param(struct opp_buf *out, const char *s)
{
	struct opp_buf v = OPP_BUF_INIT, clean = OPP_BUF_INIT;
	bool quote = false;

	/* QSAFE-CHAR has no control character and no DQUOTE, and there is
	 * no escape in parameter values (RFC 6868 is not read by all
	 * clients): replace them; bidi controls go (escape.h). */
	opp_text_line(&clean, s);
	for (const unsigned char *p = (const unsigned char *)clean.ptr; *p; p++) {
		unsigned char c = *p < 0x20 || *p == 0x7F ? ' ' : *p == '"' ? '\'' : *p;
		quote |= c == ':' || c == ';' || c == ',';
		opp_buf_putc(&v, c);
	}
	if (quote)
		opp_buf_putc(out, '"');
	opp_buf_add(out, v.ptr, v.len);
	if (quote)
		opp_buf_putc(out, '"');
	opp_buf_release(&v);
	opp_buf_release(&clean);
}

/* Bytes in the character at p (at most the n left): a lead byte with its
 * continuation bytes, or 1 for anything else. */
static size_t
char_len(const unsigned char *p, size_t n)
{
	size_t want = *p < 0xC0 ? 1 : *p < 0xE0 ? 2 : *p < 0xF0 ? 3 : *p < 0xF8 ? 4 : 1, k = 1;

	while (k < want && k < n && (p[k] & 0xC0) == 0x80)
		k++;
	return k;
}

void
opp_ics_fold(struct opp_buf *out, const char *line, size_t len)
{
	const unsigned char *p = (const unsigned char *)line;
	size_t col = 0;

	for (size_t i = 0; i < len;) {
		size_t n = char_len(p + i, len - i);
		if (col + n > 75) {
			opp_buf_puts(out, "\r\n ");
			col = 1;
		}
		opp_buf_add(out, p + i, n);
		col += n;
		i += n;
	}
	opp_buf_puts(out, "\r\n");
}

bool
opp_ics_tz_supported(const char *tz)
{
	return tz && strcmp(tz, "Europe/Amsterdam") == 0;
}

/* Central European Time with the EU rules (since 1996): summer time from
 * the last Sunday of March, 02:00, to the last Sunday of October, 03:00. */
static const char vtimezone_amsterdam[] = "BEGIN:VTIMEZONE\r\n"
                                          "TZID:Europe/Amsterdam\r\n"
                                          "BEGIN:DAYLIGHT\r\n"
                                          "TZOFFSETFROM:+0100\r\n"
                                          "TZOFFSETTO:+0200\r\n"
                                          "TZNAME:CEST\r\n"
                                          "DTSTART:19700329T020000\r\n"
                                          "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                                          "END:DAYLIGHT\r\n"
                                          "BEGIN:STANDARD\r\n"
                                          "TZOFFSETFROM:+0200\r\n"
                                          "TZOFFSETTO:+0100\r\n"
                                          "TZNAME:CET\r\n"
                                          "DTSTART:19701025T030000\r\n"
                                          "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                                          "END:STANDARD\r\n"
                                          "END:VTIMEZONE\r\n";

static void
emit(struct opp_buf *out, struct opp_buf *line)
{
	opp_ics_fold(out, line->ptr, line->len);
	opp_buf_reset(line);
}

static void
ymd(struct opp_buf *b, int32_t day)
{
	int y, m, d;
	opp_date_to_ymd(day, &y, &m, &d);
	opp_buf_printf(b, "%04d%02d%02d", y, m, d);
}

static void
local_time(struct opp_buf *b, const char *prop, const char *tz, int32_t day, int minutes)
{
	opp_buf_printf(b, "%s;TZID=%s:", prop, tz);
	ymd(b, day + minutes / 1440);
	opp_buf_printf(b, "T%02d%02d00", minutes % 1440 / 60, minutes % 60);
}

static void
person(struct opp_buf *b, const char *prop, const char *naam, const char *role, const char *email)
{
	opp_buf_puts(b, prop);
	if (naam && *naam) {
		opp_buf_puts(b, ";CN=");
		opp_ics_param(b, naam);
	}
	if (role)
		opp_buf_printf(b, ";ROLE=%s;PARTSTAT=NEEDS-ACTION;RSVP=TRUE", role);
	/* email passed opp_email_ok(): nothing in it needs escaping */
	opp_buf_printf(b, ":mailto:%s", email);
}

enum opp_ics_result
opp_ics_invite(struct opp_buf *out, const struct opp_agenda *a, const struct opp_ics_opts *o)
{
	const struct opp_agenda_format *text = opp_agenda_format_find("text");
	struct opp_buf l = OPP_BUF_INIT, desc = OPP_BUF_INIT;
	int64_t days, secs;
	size_t attendees = 0;
	int y, m, d;

	if (!opp_ics_tz_supported(o->tijdzone))
		return OPP_ICS_BAD_TZ;
	if (!a->org_email)
		return OPP_ICS_NO_ORGANIZER;
	for (size_t i = 0; i < a->n_inv; i++)
		attendees += a->inv[i].email && !a->inv[i].dup_email;
	if (!attendees)
		return OPP_ICS_NO_ATTENDEE;

	opp_buf_puts(out, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
	opp_buf_printf(&l, "PRODID:%s", o->prodid ? o->prodid : "-//opp//opp//EN");
	emit(out, &l);
	opp_buf_puts(out, "CALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\n");
	opp_buf_puts(out, vtimezone_amsterdam);
	opp_buf_puts(out, "BEGIN:VEVENT\r\n");
	opp_buf_printf(&l, "UID:%s", a->uid);
	emit(out, &l);

	days = o->dtstamp / 86400;
	secs = o->dtstamp % 86400;
	if (secs < 0) {
		secs += 86400;
		days--;
	}
	opp_date_to_ymd((int32_t)days, &y, &m, &d);
	opp_buf_printf(&l, "DTSTAMP:%04d%02d%02dT%02d%02d%02dZ", y, m, d, (int)(secs / 3600),
	               (int)(secs / 60 % 60), (int)(secs % 60));
	emit(out, &l);
	opp_buf_printf(&l, "SEQUENCE:%d", o->sequence);
	emit(out, &l);

	if (a->start >= 0) {
		local_time(&l, "DTSTART", o->tijdzone, a->datum, a->start);
		emit(out, &l);
		local_time(&l, "DTEND", o->tijdzone, a->datum, a->start + a->duur);
		emit(out, &l);
	} else {
		/* No start time: a day event (DTEND is exclusive). */
		opp_buf_puts(&l, "DTSTART;VALUE=DATE:");
		ymd(&l, a->datum);
		emit(out, &l);
		opp_buf_puts(&l, "DTEND;VALUE=DATE:");
		ymd(&l, a->datum + 1);
		emit(out, &l);
	}

	opp_buf_puts(&l, "SUMMARY:");
	{
		struct opp_buf t = OPP_BUF_INIT;
		opp_agenda_title(&t, a);
		opp_ics_text(&l, t.ptr);
		opp_buf_release(&t);
	}
	emit(out, &l);
	if (a->o->locatie.s) {
		opp_buf_puts(&l, "LOCATION:");
		opp_ics_text(&l, a->o->locatie.s);
		emit(out, &l);
	}
	person(&l, "ORGANIZER", a->org_naam, NULL, a->org_email);
	emit(out, &l);
	for (size_t i = 0; i < a->n_inv; i++) {
		const struct opp_invitee *v = &a->inv[i];
		if (!v->email || v->dup_email)
			continue;
		person(&l, "ATTENDEE", v->naam, v->required ? "REQ-PARTICIPANT" : "OPT-PARTICIPANT",
		       v->email);
		emit(out, &l);
	}
	if (text)
		text->agenda(&desc, a, OPP_AGENDA_INVITE);
	opp_buf_puts(&l, "DESCRIPTION:");
	opp_ics_text(&l, desc.ptr);
	emit(out, &l);
	opp_buf_puts(out, "STATUS:CONFIRMED\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
	opp_buf_release(&desc);
	opp_buf_release(&l);
	return OPP_ICS_OK;
}

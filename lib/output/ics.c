/*
 * ics — the iCalendar writer and its escaping and folding: see ics.h.
 */
#include "output/ics.h"

#include <string.h>

#include "base/date.h"
#include "base/utf8.h"

void
opp_ics_text(struct opp_buf *out, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
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
}

void
opp_ics_param(struct opp_buf *out, const char *s)
{
	struct opp_buf v = OPP_BUF_INIT;
	bool quote = false;

	/* QSAFE-CHAR has no control character and no DQUOTE, and there is
	 * no escape in parameter values (RFC 6868 is not read by all
	 * clients): replace them. */
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
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
}

void
opp_ics_fold(struct opp_buf *out, const char *line, size_t len)
{
	size_t col = 0;

	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = opp_utf8_next(line + i, len - i, &cp);
		if (col + n > 75) {
			opp_buf_puts(out, "\r\n ");
			col = 1;
		}
		opp_buf_add(out, line + i, n);
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

bool
opp_ics_write(struct opp_buf *out, const struct opp_ics_event *e)
{
	struct opp_buf l = OPP_BUF_INIT;
	int64_t days, secs;
	int y, m, d;

	if (!opp_ics_tz_supported(e->tijdzone))
		return false;
	opp_buf_puts(out, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
	opp_buf_printf(&l, "PRODID:%s", e->prodid ? e->prodid : "-//opp//opp//EN");
	emit(out, &l);
	opp_buf_puts(out, "CALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\n");
	opp_buf_puts(out, vtimezone_amsterdam);
	opp_buf_puts(out, "BEGIN:VEVENT\r\n");
	opp_buf_printf(&l, "UID:%s", e->uid);
	emit(out, &l);

	days = e->dtstamp / 86400;
	secs = e->dtstamp % 86400;
	if (secs < 0) {
		secs += 86400;
		days--;
	}
	opp_date_to_ymd((int32_t)days, &y, &m, &d);
	opp_buf_printf(&l, "DTSTAMP:%04d%02d%02dT%02d%02d%02dZ", y, m, d, (int)(secs / 3600),
	               (int)(secs / 60 % 60), (int)(secs % 60));
	emit(out, &l);
	opp_buf_printf(&l, "SEQUENCE:%d", e->sequence);
	emit(out, &l);

	if (e->start >= 0) {
		local_time(&l, "DTSTART", e->tijdzone, e->day, e->start);
		emit(out, &l);
		local_time(&l, "DTEND", e->tijdzone, e->day, e->start + e->minutes);
		emit(out, &l);
	} else {
		/* No start time: a day event (DTEND is exclusive). */
		opp_buf_puts(&l, "DTSTART;VALUE=DATE:");
		ymd(&l, e->day);
		emit(out, &l);
		opp_buf_puts(&l, "DTEND;VALUE=DATE:");
		ymd(&l, e->day + 1);
		emit(out, &l);
	}

	opp_buf_puts(&l, "SUMMARY:");
	opp_ics_text(&l, e->summary);
	emit(out, &l);
	if (e->location) {
		opp_buf_puts(&l, "LOCATION:");
		opp_ics_text(&l, e->location);
		emit(out, &l);
	}
	person(&l, "ORGANIZER", e->organizer.naam, NULL, e->organizer.email);
	emit(out, &l);
	for (size_t i = 0; i < e->n_attendees; i++) {
		const struct opp_ics_party *p = &e->attendee[i];
		person(&l, "ATTENDEE", p->naam, p->required ? "REQ-PARTICIPANT" : "OPT-PARTICIPANT",
		       p->email);
		emit(out, &l);
	}
	if (e->description) {
		opp_buf_puts(&l, "DESCRIPTION:");
		opp_ics_text(&l, e->description);
		emit(out, &l);
	}
	opp_buf_puts(out, "STATUS:CONFIRMED\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
	opp_buf_release(&l);
	return true;
}

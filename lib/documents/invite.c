/*
 * invite — the calendar event and the mail of an agenda: see invite.h.
 */
#include "documents/invite.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/present.h"
#include "output/ics.h"
#include "output/mail.h"

/* The invitees who get the invitation: a usable address, each address
 * once. */
static bool
receives(const struct opp_invitee *v)
{
	return v->email && !v->dup_email;
}

enum opp_invite_result
opp_invite_ics(struct opp_buf *out, const struct opp_agenda *a, const struct opp_invite_opts *o)
{
	struct opp_buf title = OPP_BUF_INIT, desc = OPP_BUF_INIT, place = OPP_BUF_INIT;
	struct opp_ics_party *att;
	struct opp_ics_event e;
	size_t n = 0;
	bool ok;

	if (!opp_ics_tz_supported(o->tijdzone))
		return OPP_INVITE_BAD_TZ;
	if (!a->org_email)
		return OPP_INVITE_NO_ORGANIZER;
	/* Every attendee is required (ROLE=REQ-PARTICIPANT): whoever is in
	 * genodigden was chosen by the IB'er ("Bepaal samen wie je
	 * uitnodigt", handbook 001 bijlage 1; for an evaluation "beslist de
	 * IB'er [...] welke deelnemers [...] worden uitgenodigd", step 8),
	 * also one a signal suggested. What the handbook only suggests is no
	 * attendee, and who is only "schriftelijk op de hoogte" gesteld
	 * (step 8) is not invited. */
	att = xcalloc(a->n_inv + 1, sizeof(*att));
	for (size_t i = 0; i < a->n_inv; i++)
		if (receives(&a->inv[i]))
			att[n++] = (struct opp_ics_party){a->inv[i].naam, a->inv[i].email, true};
	if (!n) {
		free(att);
		return OPP_INVITE_NO_ATTENDEE;
	}
	opp_agenda_title(&title, a);
	/* The agenda without what is known about the pupil, even with
	 * consent: calendar servers copy the event (spec: Readers). */
	opp_agenda_render(&desc, &opp_writer_text, a, OPP_AGENDA_INVITE | OPP_AGENDA_CALENDAR);
	if (a->o->locatie.s)
		opp_agenda_says(&place, a, a->o->locatie.s);
	e = (struct opp_ics_event){
	        .prodid = o->prodid,
	        .uid = a->uid,
	        .dtstamp = o->dtstamp,
	        .sequence = o->sequence,
	        .tijdzone = o->tijdzone,
	        .day = a->datum,
	        .start = a->start,
	        .minutes = a->duur,
	        .summary = title.ptr,
	        .location = a->o->locatie.s ? place.ptr : NULL,
	        .description = desc.ptr,
	        .organizer = {a->org_naam, a->org_email, false},
	        .attendee = att,
	        .n_attendees = n,
	};
	ok = opp_ics_write(out, &e);
	opp_buf_release(&title);
	opp_buf_release(&desc);
	opp_buf_release(&place);
	free(att);
	return ok ? OPP_INVITE_OK : OPP_INVITE_BAD_TZ;
}

bool
opp_invite_mail(struct opp_buf *out, const struct opp_agenda *a, const char *ics, size_t ics_len,
                const struct opp_invite_opts *o)
{
	struct opp_buf body = OPP_BUF_INIT, html = OPP_BUF_INIT, subj = OPP_BUF_INIT, id = OPP_BUF_INIT;
	struct opp_mailbox *to;
	char boundary[64], mixed[64], clock[6];
	size_t n = 0;

	if (!a->org_email)
		return false;
	to = xcalloc(a->n_inv + 1, sizeof(*to));
	for (size_t i = 0; i < a->n_inv; i++)
		if (receives(&a->inv[i]))
			to[n++] = (struct opp_mailbox){a->inv[i].naam, a->inv[i].email};
	if (!n) {
		free(to);
		return false;
	}
	/* The boundary cannot occur in the parts: "=_" never appears in
	 * quoted-printable (= is encoded) nor in base64. */
	snprintf(boundary, sizeof(boundary), "=_opp_a_%.32s", a->uid);
	snprintf(mixed, sizeof(mixed), "=_opp_m_%.32s", a->uid);
	/* Unique per message: the event, its update and the time it is
	 * made, at the organizer's domain. */
	opp_buf_printf(&id, "%.32s.%d.%lld%s", a->uid, o->sequence, (long long)o->dtstamp,
	               strchr(a->org_email, '@'));
	/* The subject names the pupil as the agenda does (initials unless
	 * volledige_naam), the date and the time: nothing more. */
	opp_buf_puts(&subj, "Uitnodiging: ");
	opp_agenda_title(&subj, a);
	opp_buf_puts(&subj, ", ");
	opp_present_date_weekday(&subj, a->datum);
	if (a->start >= 0) {
		opp_present_clock(clock, a->start);
		opp_buf_printf(&subj, " %s", clock);
	}
	opp_agenda_render(&body, &opp_writer_text, a, OPP_AGENDA_INVITE | OPP_AGENDA_MAIL);
	opp_agenda_render(&html, &opp_writer_html, a, OPP_AGENDA_INVITE | OPP_AGENDA_MAIL);
	opp_mail_write(out,
	               &(struct opp_mail){
	                       .date = o->dtstamp,
	                       .message_id = id.ptr,
	                       .from = {a->org_naam, a->org_email},
	                       .to = to,
	                       .n_to = n,
	                       .subject = subj.ptr,
	                       .preamble = "Dit is een bericht in MIME-formaat: een uitnodiging met agenda.",
	                       .boundary = boundary,
	                       .text = body.ptr,
	                       .text_len = body.len,
	                       .html = html.ptr,
	                       .html_len = html.len,
	                       .calendar = ics,
	                       .calendar_len = ics_len,
	                       .attachment = "uitnodiging.ics",
	                       .mixed_boundary = mixed,
	               });
	opp_buf_release(&body);
	opp_buf_release(&html);
	opp_buf_release(&id);
	opp_buf_release(&subj);
	free(to);
	return true;
}

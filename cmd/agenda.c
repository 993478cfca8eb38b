/*
 * agenda — the agenda of a meeting (OT or evaluation), its preparation
 * checklist, its evaluation form, and its invitation as an iCalendar file
 * and as a mail.
 *
 * The library builds everything (agenda.c, agenda_doc.c, invite.c);
 * this file picks the meeting from the options, reads the clock for
 * DTSTAMP (or SOURCE_DATE_EPOCH), prints the warnings and writes the
 * files atomically.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/atomic.h"
#include "base/date.h"
#include "cmd.h"
#include "documents/agenda.h"
#include "documents/invite.h"
#include "format/load.h"
#include "output/ics.h"

static const char usage[] =
        N_("usage: opp agenda [options] FILE\n"
           "\n"
           "Make the agenda of a meeting (an OT or an evaluation) and, on request, its\n"
           "invitation as a calendar file and as a mail. By default the next planned\n"
           "meeting: dated today or later, without verslag.\n"
           "\n"
           "  --overleg N         the Nth meeting in overleggen (1 is the first)\n"
           "  --datum DATE        the meeting on DATE (YYYY-MM-DD)\n"
           "  --format FMT        md or html (default: from the extension of OUT, else md)\n"
           "  -o, --output OUT    write the agenda to OUT; - or none: standard output\n"
           "  --checklist         write the preparation checklist (bijlage 1) and who the\n"
           "                      handbook asks for that is not invited, instead\n"
           "  --evaluatieformulier\n"
           "                      write the meeting's evaluation form (bijlage 3) instead,\n"
           "                      with the answers kept under x-evaluatie\n"
           "  --ics OUT.ics       also write the invitation as iCalendar (METHOD:REQUEST)\n"
           "  --eml OUT.eml       also write the invitation as a mail, for sendmail -t;\n"
           "                      - for either: standard output (the agenda then only\n"
           "                      with -o FILE)\n"
           "  --sequence N        SEQUENCE of the invitation: raise it for each update (0)\n");

static const char epilog[] =
        N_("--as-of decides which meeting is next and whether consent is recorded.\n"
           "The pupil is named by initials in the title, the calendar summary, the mail\n"
           "subject and in every free text (doel, the preparation; config volledige_naam:\n"
           "true for the full name). What is known about the pupil goes into the mail only\n"
           "once the parents' consent (toestemming) for this meeting is recorded, and never\n"
           "into the calendar file. The same meeting always gets the same UID, so a re-sent\n"
           "invitation updates the event. DTSTAMP and the mail's Date are the current time\n"
           "(SOURCE_DATE_EPOCH when set; --as-of does not change them). Invitations need\n"
           "tijdzone Europe/Amsterdam, the only built-in time zone. Files are written\n"
           "atomically.\n"
           "\n"
           "Missing required invitees are warnings: the agenda and invitation are made.\n"
           "Exit status: 0 done, 1 no planned meeting, 2 usage error, unreadable file or\n"
           "an invitation that cannot be made.\n");

struct opts {
	const char *out, *ics, *eml;
	struct opp_agenda_pick pick;
	bool checklist, form;
	int sequence;
};

static bool
int_arg(const char *s, long min, int *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < min || v > INT_MAX)
		return false;
	*out = (int)v;
	return true;
}

static const char *
soort(const struct opp_agenda *a)
{
	return a->evaluatie ? _("evaluation meeting") : _("OT");
}

/* Tell the organizer what the invitation lacks; never fatal. */
static void
warnings(const char *name, const struct opp_agenda *a, const struct opp_config *cfg, bool inviting)
{
	char d[OPP_DATE_STRLEN];

	opp_date_format(a->datum, d);
	for (size_t k = 0; k < a->n_needs; k++) {
		const struct opp_persoon *p = opp_agenda_need_persoon(a, k);
		if (!a->needs[k].required || !opp_agenda_missing(a, k))
			continue;
		if (p)
			warnx_(_("%s: warning: the %s of %s does not invite %s, %s (%s): add them to "
			         "genodigden; the agenda is made anyway"),
			       name, soort(a), d, p->naam.s ? p->naam.s : p->id.s, _(a->needs[k].what),
			       _(a->needs[k].reason));
		else
			warnx_(_("%s: warning: the %s of %s does not invite %s (%s): add them to "
			         "genodigden; the agenda is made anyway"),
			       name, soort(a), d, _(a->needs[k].what), _(a->needs[k].reason));
	}
	for (size_t i = 0; i < a->n_inv; i++) {
		const struct opp_invitee *v = &a->inv[i];
		if (!v->p)
			warnx_(_("%s: warning: genodigde '%s' is not in betrokkenen"), name, v->id);
		else if (!inviting)
			continue;
		else if (v->bad_email)
			warnx_(_("%s: warning: the email of %s is not a usable address (one plain "
			         "name@domain): left out of the invitation"),
			       name, v->id);
		else if (!v->email)
			warnx_(_("%s: warning: %s has no email: invite them another way"), name, v->id);
	}
	if (inviting && cfg->organisator_email && !a->org_email)
		warnx_(_("%s: warning: organisator.email in the config is not a usable address"), name);
}

static bool
is_stdout(const char *path)
{
	return path && strcmp(path, "-") == 0;
}

/* To the file (atomically) or, for "-", standard output. */
static bool
write_to(const char *path, const struct opp_buf *b)
{
	char *err = NULL;

	if (is_stdout(path))
		return write_out(stdout, b);
	if (opp_atomic_file(path, b->ptr, b->len, false, &err))
		return true;
	warnx_("%s", err);
	free(err);
	return false;
}

/* The meeting the options pick (its index in overleggen); EXIT_OK, or
 * the exit status after saying why there is none. */
static int
find(const char *name, const struct opp_doc *doc, int32_t today, const struct opp_agenda_pick *pick,
     size_t *index)
{
	switch (opp_agenda_find(doc, today, pick, index)) {
	case OPP_FOUND: break;
	case OPP_FOUND_NONE:
		warnx_(_("%s: no meeting planned on or after %s: choose one with --overleg N or --datum "
		         "DATE"),
		       name, opp_date_str(today).s);
		return EXIT_FINDINGS;
	case OPP_FOUND_RANGE:
		return usage_error("agenda",
		                   P_("--overleg %d: %s has %zu meeting", "--overleg %d: %s has %zu meetings",
		                      doc->overleggen.n),
		                   pick->nth, name, doc->overleggen.n);
	case OPP_FOUND_NO_DATE:
		return usage_error("agenda", _("%s has no meeting on %s"), name, opp_date_str(pick->datum).s);
	case OPP_FOUND_AMBIGUOUS:
		return usage_error("agenda",
		                   _("%s has more than one meeting on %s: choose one with --overleg N"), name,
		                   opp_date_str(pick->datum).s);
	}
	return EXIT_OK;
}

/* The invitation as iCalendar into ics and, with --eml, as a mail into
 * eml, stamped t; EXIT_OK, or EXIT_USAGE after saying what it lacks. */
static int
invitation(const char *name, const struct opp_agenda *a, const struct opp_config *cfg, const struct opts *o,
           int64_t t, struct opp_buf *ics, struct opp_buf *eml)
{
	struct opp_invite_opts io = {cfg->tijdzone, t, o->sequence, "-//opp//opp " OPP_VERSION "//EN"};

	switch (opp_invite_ics(ics, a, &io)) {
	case OPP_INVITE_OK: break;
	case OPP_INVITE_BAD_TZ: /* checked before the file was read */
	case OPP_INVITE_NO_ORGANIZER:
		warnx_(_("%s: no organizer address for the invitation: set organisator.email in "
		         ".opp.yaml or an email for the regievoerder (regie.opp)"),
		       name);
		return EXIT_USAGE;
	case OPP_INVITE_NO_ATTENDEE:
		warnx_(_("%s: nobody on the meeting's genodigden has a usable email: no invitation "
		         "can be sent"),
		       name);
		return EXIT_USAGE;
	}
	if (o->eml && !opp_invite_mail(eml, a, ics->ptr, ics->len, &io))
		return EXIT_USAGE; /* cannot happen after the ics: same conditions */
	return EXIT_OK;
}

static int
run(struct setup *s, void *opts)
{
	const struct opts *o = opts;
	const char *path = s->file, *name = s->name;
	const struct opp_format *fmt =
	        output_format(s, o->out && strcmp(o->out, "-") != 0 ? o->out : NULL, OPP_FORMAT_MD);
	const struct opp_config *cfg;
	struct opp_buf out = OPP_BUF_INIT, ics = OPP_BUF_INIT, eml = OPP_BUF_INIT;
	struct opp_agenda a;
	struct opp_diags d;
	struct opp_doc *doc;
	bool inviting = o->ics || o->eml;
	int32_t today = s->today;
	int64_t t = 0;
	size_t index = 0;
	char *src;
	size_t len;
	int rc = EXIT_OK;

	if (o->pick.nth && o->pick.by_datum)
		return usage_error("agenda", _("--overleg and --datum exclude each other"));
	if (o->checklist && o->form)
		return usage_error("agenda", _("--checklist and --evaluatieformulier exclude each other"));
	if (is_stdout(o->out) + is_stdout(o->ics) + is_stdout(o->eml) > 1)
		return usage_error("agenda", _("only one of -o, --ics and --eml can be - (standard output)"));
	if (inviting && !clock_now(&t))
		return EXIT_USAGE;
	if (!(cfg = config_for(&s->cfg, path)))
		return EXIT_USAGE;
	if (output_is_input(s, o->out) || output_is_input(s, o->ics) || output_is_input(s, o->eml))
		return EXIT_USAGE;
	if (inviting && !opp_ics_tz_supported(cfg->tijdzone)) {
		warnx_(_("%s: tijdzone '%s' is not supported for invitations: only Europe/Amsterdam has a "
		         "built-in time zone definition (VTIMEZONE)"),
		       cfg->path ? cfg->path : _("the config"), cfg->tijdzone);
		return EXIT_USAGE;
	}
	if (!read_text(path, &src, &len, NULL))
		return EXIT_USAGE;
	opp_diags_init(&d);
	doc = opp_doc_load(name, src, len, cfg, &d);
	if (!doc) {
		print_diags(name, &d, src, len);
		opp_diags_release(&d);
		free(src);
		return EXIT_USAGE;
	}
	if (opp_diags_count(&d, OPP_SEV_ERROR))
		warnx_(_("%s: warning: the file has errors, so the agenda may be incomplete: see 'opp "
		         "validate %s'"),
		       name, name);
	opp_diags_release(&d);

	if ((rc = find(name, doc, today, &o->pick, &index)) != EXIT_OK)
		goto done;

	opp_agenda_init(&a, doc, index, cfg, today);
	warnings(name, &a, cfg, inviting);
	if (o->form) {
		size_t unknown = 0;
		opp_agenda_answers(&a, src, len, &unknown);
		if (unknown)
			warnx_(P_("%s: warning: x-evaluatie has %zu key that is no item of the form (see "
			          "'man opp-agenda')",
			          "%s: warning: x-evaluatie has %zu keys that are no item of the form (see "
			          "'man opp-agenda')",
			          unknown),
			       name, unknown);
	}
	opp_agenda_render(&out, fmt->sink, &a,
	                  o->checklist ? OPP_AGENDA_CHECKLIST
	                  : o->form    ? OPP_AGENDA_FORM
	                               : 0);
	if (inviting)
		rc = invitation(name, &a, cfg, o, t, &ics, &eml);
	opp_agenda_release(&a);
	if (rc != EXIT_OK)
		goto done;

	/* Standard output takes one of them: the agenda unless --ics - or
	 * --eml - asked for it (the agenda then goes only to -o FILE). */
	if ((o->ics && !write_to(o->ics, &ics)) || (o->eml && !write_to(o->eml, &eml)))
		rc = EXIT_USAGE;
	else if (o->out ? !write_to(o->out, &out)
	                : !is_stdout(o->ics) && !is_stdout(o->eml) && !write_out(stdout, &out))
		rc = EXIT_USAGE;
done:
	opp_buf_release(&out);
	opp_buf_release(&ics);
	opp_buf_release(&eml);
	opp_doc_free(doc);
	free(src);
	return rc;
}

enum { OPT_OVERLEG = OPT_OWN, OPT_DATUM, OPT_CHECKLIST, OPT_FORM, OPT_ICS, OPT_EML, OPT_SEQUENCE };

static int
option(void *opts, int c, const char *arg)
{
	struct opts *o = opts;

	switch (c) {
	case OPT_OVERLEG:
		if (!int_arg(arg, 1, &o->pick.nth))
			return usage_error("agenda", _("--overleg '%s' is not a meeting number (1, 2, ...)"),
			                   arg);
		break;
	case OPT_DATUM:
		if (!opp_date_parse(arg, &o->pick.datum))
			return usage_error("agenda", _("--datum '%s' is not a date: write it as YYYY-MM-DD"),
			                   arg);
		o->pick.by_datum = true;
		break;
	case 'o': o->out = arg; break;
	case OPT_CHECKLIST: o->checklist = true; break;
	case OPT_FORM: o->form = true; break;
	case OPT_ICS: o->ics = arg; break;
	case OPT_EML: o->eml = arg; break;
	case OPT_SEQUENCE:
		if (!int_arg(arg, 0, &o->sequence))
			return usage_error("agenda", _("--sequence '%s' is not a number (0, 1, ...)"), arg);
		break;
	}
	return EXIT_OK;
}

static const struct option options[] = {
        {"overleg", required_argument, NULL, OPT_OVERLEG},
        {"datum", required_argument, NULL, OPT_DATUM},
        {"output", required_argument, NULL, 'o'},
        {"checklist", no_argument, NULL, OPT_CHECKLIST},
        {"evaluatieformulier", no_argument, NULL, OPT_FORM},
        {"ics", required_argument, NULL, OPT_ICS},
        {"eml", required_argument, NULL, OPT_EML},
        {"sequence", required_argument, NULL, OPT_SEQUENCE},
        {NULL, 0, NULL, 0},
};

const struct command cmd_agenda = {
        "agenda",
        run,
        NEED_TODAY | NEED_CONFIG | NEED_FILE,
        options,
        "o:",
        option,
        sizeof(struct opts),
        usage,
        epilog,
        N_("a meeting's agenda, checklist and evaluation form; its invitation as .ics and mail"),
        OPP_FOR_DOCUMENT,
        "format",
};

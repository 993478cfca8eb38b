/*
 * note — add a progress note to a goal.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "cmd.h"

static const char usage[] =
        N_("usage: opp note [options] FILE DOEL --door ID [--waarde N] [--tekst TEXT]\n"
           "\n"
           "Add a progress note to the goal with id DOEL: one more entry at the end of its\n"
           "voortgang, {datum, door, waarde, tekst}, written like the notes around it.\n"
           "The rest of the file stays exactly as written.\n"
           "\n"
           "  --door ID           who reports the progress (an id of betrokkenen)\n"
           "  --waarde N          the measured value, a number such as 8 or 2.5\n"
           "  --tekst TEXT        what was seen (give --waarde, --tekst or both)\n"
           "  --datum DATE        the day of the note (default: today)\n");

static const char epilog[] =
        N_("Exit status: 0 added, 1 refused: the file is not valid YAML, or the date is in\n"
           "the future or before the goal's last note; 2 usage error (an unknown goal or\n"
           "person too), or a file that cannot be read or written.\n");

struct opts {
	const char *door, *waarde, *tekst, *datum;
};

enum { OPT_DOOR = OPT_OWN, OPT_WAARDE, OPT_TEKST, OPT_DATUM };

static int
option(void *opts, int c, const char *arg)
{
	struct opts *o = opts;

	switch (c) {
	case OPT_DOOR: o->door = arg; break;
	case OPT_WAARDE: o->waarde = arg; break;
	case OPT_TEKST: o->tekst = arg; break;
	case OPT_DATUM: o->datum = arg; break;
	}
	return EXIT_OK;
}

/* A number as the format reads one (decimal notation, no inf or nan). */
static bool
number_ok(const char *s)
{
	char *end;
	double x;

	if (!*s || strspn(s, "0123456789.-+eE") != strlen(s))
		return false;
	x = strtod(s, &end);
	return !*end && isfinite(x);
}

static int
run(struct setup *s, void *opts)
{
	const struct opts *o = opts;
	const struct opp_config *cfg;
	const struct opp_doel *g = NULL;
	const struct opp_voortgang *last;
	struct edit_file f;
	struct opp_doc *doc;
	int32_t datum = s->today;
	int rc = EXIT_FINDINGS;
	const char *sug;

	if (s->nargs != 2)
		return usage_error("note", _("name the case FILE and the DOEL (its id)"));
	if (!o->door)
		return usage_error("note", _("say who reports the progress: --door ID"));
	if (!o->waarde && !o->tekst)
		return usage_error("note", _("a note needs --waarde, --tekst or both"));
	if (o->waarde && !number_ok(o->waarde))
		return usage_error("note",
		                   _("--waarde '%s' is not a number such as 8 or 2.5 (a decimal point, "
		                     "not a comma)"),
		                   o->waarde);
	if (o->tekst && !o->tekst[strspn(o->tekst, " \t\r\n")])
		return usage_error("note", _("--tekst is empty: leave it out or say what was seen"));
	if (o->datum && !edit_date("note", o->datum, &datum))
		return EXIT_USAGE;
	if (!(cfg = config_for(&s->cfg, s->args[0])) || !edit_read(&f, s->args[0], "note"))
		return EXIT_USAGE;
	if (!(doc = edit_load(&f, cfg)))
		goto done;
	g = opp_doc_doel(doc, s->args[1]);
	if (!g) {
		if (doc->doelen.n && (sug = suggest_id(s->args[1], &doc->doelen.v[0].id, doc->doelen.n,
		                                       sizeof(*doc->doelen.v))))
			rc = usage_error("note", _("%s has no doel '%s': did you mean '%s'?"), f.path,
			                 s->args[1], sug);
		else
			rc = usage_error("note", _("%s has no doel '%s'"), f.path, s->args[1]);
		goto done;
	}
	if (!opp_doc_persoon(doc, o->door)) {
		if (doc->betrokkenen.n && (sug = suggest_id(o->door, &doc->betrokkenen.v[0].id,
		                                            doc->betrokkenen.n, sizeof(*doc->betrokkenen.v))))
			rc = usage_error("note", _("--door '%s' is not in betrokkenen: did you mean '%s'?"),
			                 o->door, sug);
		else
			rc = usage_error("note", _("--door '%s' is not in betrokkenen: use a person's id"),
			                 o->door);
		goto done;
	}
	last = g->voortgang.n ? &g->voortgang.v[g->voortgang.n - 1] : NULL;
	if (datum > s->today) {
		warnx_(_("--datum %s is in the future: a note records what was seen"), opp_date_str(datum).s);
	} else if (last && last->datum.s && datum < last->datum.i) {
		warnx_(_("%s: %s is before the last note of doel '%s' (%s): notes are kept oldest first"),
		       f.path, opp_date_str(datum).s, s->args[1], opp_date_str(last->datum.i).s);
	} else {
		struct opp_edit e = {.kind = OPP_EDIT_NOTE,
		                     .id = s->args[1],
		                     .datum = datum,
		                     .door = o->door,
		                     .waarde = o->waarde,
		                     .tekst = o->tekst};
		rc = edit_write(&f, &e, cfg);
	}
done:
	opp_doc_free(doc);
	edit_release(&f);
	return rc;
}

static const struct option options[] = {
        {"door", required_argument, NULL, OPT_DOOR},
        {"waarde", required_argument, NULL, OPT_WAARDE},
        {"tekst", required_argument, NULL, OPT_TEKST},
        {"datum", required_argument, NULL, OPT_DATUM},
        {NULL, 0, NULL, 0},
};

const struct command cmd_note = {
        "note",
        run,
        NEED_TODAY | NEED_CONFIG,
        options,
        NULL,
        option,
        sizeof(struct opts),
        usage,
        epilog,
        N_("add a progress note to a goal"),
        0,
        NULL,
};

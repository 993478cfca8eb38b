/*
 * done — record that an afspraak was done.
 */
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "cmd.h"

static const char usage[] = N_("usage: opp done [options] FILE AFSPRAAK\n"
                               "\n"
                               "Record that the afspraak with id AFSPRAAK was done: it gets gedaan: DATE.\n"
                               "Only that line is added; the rest of the file stays exactly as written.\n"
                               "\n"
                               "  --datum DATE        the day it was done (default: today)\n");

static const char epilog[] =
        N_("Exit status: 0 recorded, 1 refused: the file is not valid YAML, the afspraak\n"
           "is already done or the date is in the future; 2 usage error (an unknown\n"
           "afspraak too), or a file that cannot be read or written.\n");

struct opts {
	const char *datum;
};

enum { OPT_DATUM = OPT_OWN };

static int
option(void *opts, int c, const char *arg)
{
	struct opts *o = opts;

	if (c == OPT_DATUM)
		o->datum = arg;
	return EXIT_OK;
}

static int
run(struct setup *s, void *opts)
{
	const struct opts *o = opts;
	const struct opp_config *cfg;
	const struct opp_afspraak *a = NULL;
	struct edit_file f;
	struct opp_doc *doc;
	int32_t datum = s->today;
	int rc = EXIT_FINDINGS;

	if (s->nargs != 2)
		return usage_error("done", _("name the case FILE and the AFSPRAAK (its id)"));
	if (o->datum && !edit_date("done", o->datum, &datum))
		return EXIT_USAGE;
	if (!(cfg = config_for(&s->cfg, s->args[0])) || !edit_read(&f, s->args[0], "done"))
		return EXIT_USAGE;
	if (!(doc = edit_load(&f, cfg)))
		goto done;
	for (size_t i = 0; i < doc->afspraken.n && !a; i++)
		if (doc->afspraken.v[i].id.s && strcmp(doc->afspraken.v[i].id.s, s->args[1]) == 0)
			a = &doc->afspraken.v[i];
	if (!a) {
		const char *sug = doc->afspraken.n ? suggest_id(s->args[1], &doc->afspraken.v[0].id,
		                                                doc->afspraken.n, sizeof(*doc->afspraken.v))
		                                   : NULL;
		if (sug)
			rc = usage_error("done", _("%s has no afspraak '%s': did you mean '%s'?"), f.path,
			                 s->args[1], sug);
		else
			rc = usage_error("done", _("%s has no afspraak '%s'"), f.path, s->args[1]);
	} else if (a->gedaan.s) {
		warnx_(_("%s: afspraak '%s' was already done on %s: nothing was changed"), f.path, s->args[1],
		       opp_date_str(a->gedaan.i).s);
	} else if (datum > s->today) {
		warnx_(_("--datum %s is in the future: record it once it is done"), opp_date_str(datum).s);
	} else {
		struct opp_edit e = {.kind = OPP_EDIT_DONE, .id = s->args[1], .datum = datum};
		rc = edit_write(&f, &e, cfg);
	}
done:
	opp_doc_free(doc);
	edit_release(&f);
	return rc;
}

static const struct option options[] = {
        {"datum", required_argument, NULL, OPT_DATUM},
        {NULL, 0, NULL, 0},
};

const struct command cmd_done = {
        "done",
        run,
        NEED_TODAY | NEED_CONFIG,
        options,
        NULL,
        option,
        sizeof(struct opts),
        usage,
        epilog,
        N_("record that an afspraak was done"),
        0,
        NULL,
};

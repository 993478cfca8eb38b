/*
 * log — the plan's history from git, as what happened.
 */
#include <string.h>

#include "base/date.h"
#include "base/escape.h"
#include "cmd.h"
#include "git.h"

static const char usage[] = N_("usage: opp log [options] FILE\n"
                               "\n"
                               "Show the plan's history from git as what happened, oldest first, with the\n"
                               "date and author of each commit: goals set, changed, reached or stopped;\n"
                               "support added, changed or ended; funding applied for, granted or refused;\n"
                               "meetings planned, moved and held with their outcomes; agreements given and\n"
                               "lapsed; progress notes; afspraken made and done. Renames of the file are\n"
                               "followed. The descriptions are in Dutch.\n"
                               "\n"
                               "  --format FMT        text (default) or json\n");

static const char epilog[] =
        N_("Exit status: 0 shown, 2 usage error, a file that cannot be read, or a file that\n"
           "is not in a git work tree or has no history there.\n");

static void
text(struct opp_buf *b, const struct opp_log *log)
{
	for (size_t i = 0; i < log->n; i++) {
		const struct opp_log_entry *e = &log->v[i];
		opp_buf_printf(b, "%s  %s  %.7s\n", opp_date_str(e->change->date).s, e->change->author,
		               e->change->commit);
		if (e->renamed)
			opp_buf_printf(b, "  bestand hernoemd: %s → %s\n", e->change->old_path,
			               e->change->path);
		if (e->unreadable)
			opp_buf_puts(b, "  (deze versie is geen geldige YAML)\n");
		for (size_t k = e->first; k < e->first + e->n; k++)
			opp_buf_printf(b, "  %s\n", log->events.v[k].tekst);
	}
}

static void
json(struct opp_buf *b, const char *name, const struct opp_log *log)
{
	bool first = true;

	opp_buf_puts(b, "{\"file\": ");
	opp_json_str(b, name);
	opp_buf_puts(b, ", \"events\": [");
	for (size_t i = 0; i < log->n; i++) {
		const struct opp_log_entry *e = &log->v[i];
		for (size_t k = e->first; k < e->first + e->n; k++) {
			const struct opp_event *ev = &log->events.v[k];
			opp_buf_printf(b, "%s\n  {\"commit\": \"%s\", \"date\": \"%s\", \"author\": ",
			               first ? "" : ",", e->change->commit, opp_date_str(e->change->date).s);
			first = false;
			opp_json_str(b, e->change->author);
			opp_buf_puts(b, ", ");
			opp_event_json(b, ev);
			opp_buf_putc(b, '}');
		}
	}
	opp_buf_puts(b, first ? "]}\n" : "\n]}\n");
}

static int
run(struct setup *s, void *opts)
{
	const struct opp_config *cfg;
	struct opp_versions vs;
	struct opp_log log;
	struct opp_buf out = OPP_BUF_INIT;
	struct git_file *g;
	int rc = EXIT_OK;

	if (strcmp(s->file, "-") == 0)
		return usage_error("log", _("standard input has no history: name the case FILE"));
	if (!(cfg = config_for(&s->cfg, s->file)))
		return EXIT_USAGE;
	if (!(g = git_open(s->file, false)))
		return EXIT_USAGE;
	if (!git_history(g)->n) {
		warnx_(_("%s has no history in git: it was never committed"), s->name);
		git_close(g);
		return EXIT_USAGE;
	}
	git_plan_history(g, false); /* the order the log reads the versions in */
	opp_versions_init(&vs, git_blob, g, cfg);
	opp_log_build(&log, git_history(g), &vs);
	if (output_format(s, NULL, OPP_FORMAT_TEXT)->id == OPP_FORMAT_JSON)
		json(&out, s->name, &log);
	else
		text(&out, &log);
	if (!write_out(stdout, &out))
		rc = EXIT_USAGE;
	opp_buf_release(&out);
	opp_log_release(&log);
	opp_versions_release(&vs);
	git_close(g);
	return rc;
}

const struct command cmd_log = {
        "log",
        run,
        NEED_CONFIG | NEED_FILE,
        NULL,
        NULL,
        NULL,
        0,
        usage,
        epilog,
        N_("the plan's history from git, as what happened"),
        OPP_FOR_HISTORY,
        "format",
};

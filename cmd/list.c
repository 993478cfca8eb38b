/*
 * list — the caseload at a glance in the terminal: one line per case
 * (file, pupil, group, step, active goals, next evaluation, overdue
 * items), the same rows as `opp report` (lib/report.h).
 */
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cmd.h"
#include "documents/list.h"
#include "format/load.h"
#include "pool.h"

static const char usage[] =
        N_("usage: opp list [options] [PATH...]\n"
           "\n"
           "One line per case file: file, pupil, group, the step the case is in, active goals,\n"
           "the next evaluation and how many items are overdue. A file that cannot be loaded\n"
           "is listed with its error. PATH is a file, a folder (searched for *.yaml and\n"
           "*.yml) or -; default: .\n"
           "\n"
           "  -w, --width N       fit each line into N columns, shortening names (0: no\n"
           "                      limit); default: the terminal's width, else $COLUMNS\n");

static const char epilog[] = N_("Exit status: 0 success, 1 a file could not be loaded, 2 usage error.\n");

/* The terminal's width, else $COLUMNS, else 0 (no limit: a pipe gets
 * whole names). */
static size_t
default_width(void)
{
	struct winsize ws;
	const char *env = getenv("COLUMNS");
	char *end;
	long n;

	if (isatty(1) && ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	if (env && *env) {
		n = strtol(env, &end, 10);
		if (!*end && n > 0 && n < 100000)
			return (size_t)n;
	}
	return 0;
}

struct rows {
	struct opp_case_row *rows;
	size_t n, cap;
	struct opp_arena arena; /* the rows' strings */
	int32_t today;
};

static void
add_row(const char *file, const struct opp_doc *doc, const char *error, const struct opp_config *cfg,
        void *ctx)
{
	struct rows *l = ctx;

	xgrow(&l->rows, &l->cap, l->n + 1, sizeof(*l->rows));
	opp_case_row_fill(&l->rows[l->n++], &l->arena, file, doc, error, cfg, l->today);
}

struct opts {
	size_t width;
	bool have_width;
};

static int
option(void *opts, int c, const char *arg)
{
	struct opts *o = opts;
	char *end;
	long n;

	if (c != 'w')
		return EXIT_OK;
	n = strtol(arg, &end, 10);
	if (!*arg || *end || n < 0 || n > 100000)
		return usage_error("list", _("--width '%s' is not a number of columns"), arg);
	o->width = (size_t)n;
	o->have_width = true;
	return EXIT_OK;
}

static int
run(struct setup *s, void *opts)
{
	const struct opts *o = opts;
	struct rows l = {0};
	size_t width = o->have_width ? o->width : default_width();
	struct opp_buf out = OPP_BUF_INIT;
	bool broken = false;
	int rc = EXIT_OK;

	opp_arena_init(&l.arena);
	l.today = s->today;
	switch (each_case(&s->cfg, &s->files, s->jobs, false, add_row, &l)) {
	case EACH_OK: break;
	case EACH_BROKEN: broken = true; break;
	default: rc = EXIT_USAGE; goto done;
	}
	opp_list_cases(&out, l.rows, l.n, width);
	rc = s->missing ? EXIT_USAGE : broken ? EXIT_FINDINGS : EXIT_OK;
	if (!write_out(stdout, &out))
		rc = EXIT_USAGE;
done:
	opp_buf_release(&out);
	free(l.rows);
	opp_arena_release(&l.arena);
	return rc;
}

static const struct option options[] = {
        {"width", required_argument, NULL, 'w'},
        {NULL, 0, NULL, 0},
};

const struct command cmd_list = {
        "list",
        run,
        NEED_TODAY | NEED_CONFIG | NEED_JOBS | NEED_CASES,
        options,
        "w:",
        option,
        sizeof(struct opts),
        usage,
        epilog,
        N_("one line per case: pupil, step, goals, next evaluation, overdue"),
        0,
        NULL,
};

/*
 * list — the caseload at a glance in the terminal: one line per case
 * (file, pupil, group, step, active goals, next evaluation, overdue
 * items), the same rows as `opp report` (lib/report.h).
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cmd.h"
#include "format/load.h"
#include "pool.h"
#include "documents/report.h"

static const char usage[] = N_(
	"usage: opp list [options] [PATH...]\n"
	"\n"
	"One line per case file: file, pupil, group, the step the case is in, active goals,\n"
	"the next evaluation and how many items are overdue. A file that cannot be loaded\n"
	"is listed with its error. PATH is a file, a folder (searched for *.yaml and\n"
	"*.yml) or -; default: .\n"
	"\n"
	"  --as-of DATE        as if today were DATE (YYYY-MM-DD)\n"
	"  -w, --width N       fit each line into N columns, shortening names (0: no\n"
	"                      limit); default: the terminal's width, else $COLUMNS\n"
	"  --config FILE       use this config instead of the nearest .opp.yaml\n"
	"  --no-config         use the default settings\n"
	"  -j, --jobs N        read N files at a time (default: the number of cores)\n"
	"  -h, --help          show this help\n"
	"\n"
	"Exit status: 0 success, 1 a file could not be loaded, 2 usage error.\n");

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
add_row(const char *file, const struct opp_doc *doc, const char *error,
        const struct opp_config *cfg, void *ctx)
{
	struct rows *l = ctx;

	xgrow(&l->rows, &l->cap, l->n + 1, sizeof(*l->rows));
	opp_case_row_fill(&l->rows[l->n++], &l->arena, file, doc, error, cfg, l->today);
}

int
cmd_list(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "as-of", required_argument, NULL, 'a' },  { "width", required_argument, NULL, 'w' },
		{ "config", required_argument, NULL, 'c' }, { "no-config", no_argument, NULL, 'n' },
		{ "jobs", required_argument, NULL, 'j' },   { "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *as_of = NULL;
	struct cfgopts co = { 0 };
	struct pathlist files = { 0 };
	struct rows l = { 0 };
	size_t width;
	struct opp_buf out = OPP_BUF_INIT;
	bool have_width = false, broken = false, failed = false;
	int32_t today;
	int c, rc = EXIT_OK, jobs = pool_default_jobs();

	optind = 1;
	width = 0;
	while ((c = getopt_long(argc, argv, "hw:j:", longopts, NULL)) != -1) {
		switch (c) {
		case 'j':
			if (!(jobs = pool_parse_jobs(optarg)))
				return usage_error("list", _("-j wants a number from 1 to 256, not '%s'"), optarg);
			break;
		case 'a': as_of = optarg; break;
		case 'c': co.file = optarg; break;
		case 'n': co.none = true; break;
		case 'h': fputs(_(usage), stdout); return EXIT_OK;
		case 'w': {
			char *end;
			long n = strtol(optarg, &end, 10);
			if (!*optarg || *end || n < 0 || n > 100000)
				return usage_error("list", _("--width '%s' is not a number of columns"), optarg);
			width = (size_t)n;
			have_width = true;
			break;
		}
		default: return try_help("list");
		}
	}
	if (co.file && co.none)
		return usage_error("list", _("--config and --no-config exclude each other"));
	if (!get_today(as_of, &today))
		return EXIT_USAGE;
	if (!have_width)
		width = default_width();
	if (!collect_paths(argv + optind, argc - optind, &files))
		failed = true;

	opp_arena_init(&l.arena);
	l.today = today;
	switch (each_case(&co, &files, jobs, false, add_row, &l)) {
	case EACH_OK: break;
	case EACH_BROKEN: broken = true; break;
	default: rc = EXIT_USAGE; goto done;
	}
	if (l.n)
		opp_report_list(&out, l.rows, l.n, width);
	rc = failed ? EXIT_USAGE : broken ? EXIT_FINDINGS : EXIT_OK;
	if (!write_out(stdout, &out))
		rc = EXIT_USAGE;
done:
	opp_buf_release(&out);
	free(l.rows);
	opp_arena_release(&l.arena);
	pathlist_release(&files);
	config_cache_release();
	return rc;
}

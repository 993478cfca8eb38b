/*
 * report — the caseload overview across a folder of case files, for a
 * coordinator: Markdown, HTML or an Excel workbook to filter by funder,
 * provider or person. Streams: each file is loaded, added and freed
 * before the next (lib/report.h), so 10,000 cases fit in bounded memory.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/date.h"
#include "cmd.h"
#include "documents/report.h"
#include "format/load.h"
#include "pool.h"

static const char usage[] =
        N_("usage: opp report [options] [PATH...]\n"
           "\n"
           "The caseload overview across case files: one row per case (pupil, school, group,\n"
           "regievoerder, step, active goals, next evaluation, overdue items, funding per\n"
           "funder), every arrangement item, every open afspraak, and the patterns (support\n"
           "that recurs across cases). A file that cannot be loaded is listed with its error.\n"
           "PATH is a file, a folder (searched for *.yaml and *.yml) or -; default: .\n"
           "\n"
           "  --to FORMAT         md, html or xlsx (default: from the -o name, else md)\n"
           "  -o, --output FILE   write to FILE, atomically; - (the default): standard output\n");

static const char epilog[] = N_("An xlsx workbook is never written to a terminal: use -o FILE or redirect.\n"
                                "Exit status: 0 success, 1 a file could not be loaded (it is listed in the\n"
                                "report), 2 usage error or the report could not be written.\n");

/* ---- the command --------------------------------------------------------- */

static void
add_case(const char *name, const struct opp_doc *doc, const char *error, const struct opp_config *cfg,
         void *ctx)
{
	opp_report_add(ctx, name, doc, error, cfg);
}

struct opts {
	const char *output;
};

static int
option(void *opts, int c, const char *arg)
{
	struct opts *o = opts;

	switch (c) {
	case 'o': o->output = arg; break;
	}
	return EXIT_OK;
}

static int
run(struct setup *s, void *opts)
{
	const struct opts *op = opts;
	const char *out = op->output;
	const struct opp_format *fmt =
	        output_format(s, out && strcmp(out, "-") != 0 ? out : NULL, OPP_FORMAT_MD);
	struct opp_config defaults;
	struct opp_render_opts o;
	struct opp_atomic at;
	struct opp_report *r;
	bool to_file, xlsx, broken = false, failed = s->missing;
	char *tmp = NULL, *err = NULL;
	FILE *f = NULL;
	int32_t today = s->today;
	int rc = EXIT_OK;

	to_file = out && strcmp(out, "-") != 0;
	xlsx = fmt->binary;
	if (xlsx && !to_file && isatty(STDOUT_FILENO)) {
		warnx_(_("not writing %s to a terminal: use -o FILE or redirect the output"), fmt->name);
		return EXIT_USAGE;
	}
	/* Where the report goes: a temporary file beside the target
	 * (renamed over it at the end), or standard output (xlsx through a
	 * temporary file, since a workbook is written by name). */
	if (to_file) {
		if (!opp_atomic_begin(&at, out, false, &err)) {
			warnx_("%s", err);
			free(err);
			return EXIT_USAGE;
		}
		opp_atomic_close_fd(&at);
		if (!xlsx && !(f = fopen(at.tmp, "w"))) {
			warnx_(_("cannot write %s: %s"), out, strerror(errno));
			opp_atomic_abort(&at);
			return EXIT_USAGE;
		}
	} else if (xlsx) {
		if (!(tmp = stdout_tmp("report")))
			return EXIT_USAGE;
	} else {
		f = stdout;
	}

	opp_config_defaults(&defaults);
	o.today = today;
	o.cfg = &defaults;
	o.created = (int64_t)today * 86400; /* reproducible: the "as of" day */
	r = opp_report_open(fmt->sink, xlsx ? (to_file ? at.tmp : tmp) : NULL, f, &o, &err);
	if (!r) {
		warnx_("%s", err);
		free(err);
		rc = EXIT_USAGE;
		goto cleanup;
	}
	switch (each_case(&s->cfg, &s->files, s->jobs, true, add_case, r)) {
	case EACH_OK: break;
	case EACH_BROKEN: broken = true; break;
	default: failed = true; break;
	}
	if (!opp_report_close(r, &err)) {
		warnx_("%s", err);
		free(err);
		rc = EXIT_USAGE;
	}
	if (f && f != stdout && fclose(f) != 0 && rc == EXIT_OK) {
		warnx_(_("cannot write %s: %s"), out, strerror(errno));
		rc = EXIT_USAGE;
	}
	f = NULL;
	if (failed)
		rc = EXIT_USAGE;
	if (rc == EXIT_OK && to_file) {
		if (!opp_atomic_commit(&at, &err)) {
			warnx_("%s", err);
			free(err);
			rc = EXIT_USAGE;
		}
		to_file = false; /* committed or aborted */
	} else if (rc == EXIT_OK && tmp && !copy_to_stdout(tmp)) {
		rc = EXIT_USAGE;
	}
	if (rc == EXIT_OK && broken)
		rc = EXIT_FINDINGS;
cleanup:
	if (f && f != stdout)
		fclose(f);
	if (to_file)
		opp_atomic_abort(&at);
	if (tmp) {
		unlink(tmp);
		free(tmp);
	}
	opp_config_release(&defaults);
	return rc;
}

static const struct option options[] = {
        {"output", required_argument, NULL, 'o'},
        {NULL, 0, NULL, 0},
};

const struct command cmd_report = {
        "report",
        run,
        NEED_TODAY | NEED_CONFIG | NEED_JOBS | NEED_CASES,
        options,
        "o:",
        option,
        sizeof(struct opts),
        usage,
        epilog,
        N_("the caseload overview across case files (md, html or xlsx)"),
        OPP_FOR_DOCUMENT | OPP_FOR_WORKBOOK,
        "to",
};

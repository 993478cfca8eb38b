/*
 * new — start a case file (or a config) from the template; never
 * overwrites an existing file.
 */
#include <stdlib.h>
#include <string.h>

#include "base/atomic.h"
#include "cmd.h"
#include "format/template.h"

static const char usage[] =
        N_("usage: opp new [options] [PATH]\n"
           "       opp new --config [PATH]\n"
           "\n"
           "Write a new case file from the template (default PATH: nieuw.yaml), with every\n"
           "section in step order and Dutch guidance. Required values are left empty, so\n"
           "the file fails `opp validate` until they are filled in. With --config, write a\n"
           "commented .opp.yaml with every setting and its default (default PATH:\n"
           ".opp.yaml). An existing file is never overwritten; - writes to standard output.\n"
           "\n"
           "  --config            write a config file instead of a case file\n"
           "  --schema REF        the schema in the editor modeline (default: the\n"
           "                      project's schema relative to the file when opp runs\n"
           "                      from its build folder, else the installed one; no\n"
           "                      modeline when there is none)\n");

static const char epilog[] =
        N_("The file is dated today (--as-of).\n"
           "Exit status: 0 written, 2 usage error, the file exists or cannot be written.\n");

struct opts {
	const char *schema;
	bool config;
};

enum { OPT_CONFIG_FILE = OPT_OWN, OPT_SCHEMA };

static int
option(void *opts, int c, const char *arg)
{
	struct opts *o = opts;

	switch (c) {
	case OPT_CONFIG_FILE: o->config = true; break;
	case OPT_SCHEMA: o->schema = arg; break;
	}
	return EXIT_OK;
}

static int
run(struct setup *s, void *opts)
{
	const struct opts *o = opts;
	const char *path;
	struct opp_buf text = OPP_BUF_INIT;
	char *err = NULL;
	int rc = EXIT_OK;

	if (s->nargs > 1)
		return usage_error("new", _("one PATH at most"));
	path = s->nargs ? s->args[0] : o->config ? ".opp.yaml" : "nieuw.yaml";
	if (o->config) {
		opp_template_config(&text);
	} else {
		char *ref = o->schema ? NULL : schema_ref(path);
		opp_template_case(&text, s->today, o->schema ? o->schema : ref);
		free(ref);
	}
	if (strcmp(path, "-") == 0) {
		if (!write_out(stdout, &text))
			rc = EXIT_USAGE;
	} else if (!opp_atomic_file(path, text.ptr, text.len, true, &err)) {
		warnx_("%s", err);
		free(err);
		rc = EXIT_USAGE;
	}
	opp_buf_release(&text);
	return rc;
}

/* --config here is a switch (write a config), not the common option. */
static const struct option options[] = {
        {"config", no_argument, NULL, OPT_CONFIG_FILE},
        {"schema", required_argument, NULL, OPT_SCHEMA},
        {NULL, 0, NULL, 0},
};

const struct command cmd_new = {
        "new",
        run,
        NEED_TODAY,
        options,
        NULL,
        option,
        sizeof(struct opts),
        usage,
        epilog,
        N_("start a case file (or a .opp.yaml) from the template"),
        0,
        NULL,
};

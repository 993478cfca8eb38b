/*
 * schema — the JSON Schema of the format, for editors and validators.
 * It is made from the shape table the loader uses (lib/format/schema.c),
 * so `opp schema` always matches this opp.
 */
#include <string.h>

#include "cmd.h"
#include "format/schema.h"

static const char usage[] = N_("usage: opp schema [--path]\n"
                               "\n"
                               "Print the JSON Schema (draft 2020-12) of the case file format, as this opp\n"
                               "reads it. With --path, print where its file is instead, for an editor's\n"
                               "yaml-language-server modeline: the project's schema when opp runs from its\n"
                               "build folder, else the one `make install` put in place.\n"
                               "\n"
                               "  --path              print the schema file's path\n");

static const char epilog[] = N_("Exit status: 0 printed, 2 usage error, no schema file (--path) or output\n"
                                "that cannot be written.\n");

struct opts {
	bool path;
};

enum { OPT_PATH = OPT_OWN };

static int
option(void *opts, int c, const char *arg)
{
	((struct opts *)opts)->path = c == OPT_PATH;
	return EXIT_OK;
}

static int
run(struct setup *s, void *opts)
{
	const struct opts *o = opts;
	struct opp_buf b = OPP_BUF_INIT;
	int rc = EXIT_OK;

	if (s->nargs)
		return usage_error("schema", _("no arguments expected"));
	if (o->path && !schema_path()) {
		warnx_(_("no schema file is installed (looked for %s): run 'make install', or save one "
		         "with 'opp schema > opp.schema.json'"),
		       OPP_SCHEMADIR "/opp.schema.json");
		return EXIT_USAGE;
	}
	if (o->path)
		opp_buf_printf(&b, "%s\n", schema_path());
	else
		opp_schema_json(&b);
	if (!write_out(stdout, &b))
		rc = EXIT_USAGE;
	opp_buf_release(&b);
	return rc;
}

static const struct option options[] = {
        {"path", no_argument, NULL, OPT_PATH},
        {NULL, 0, NULL, 0},
};

const struct command cmd_schema = {
        "schema",
        run,
        0,
        options,
        NULL,
        option,
        sizeof(struct opts),
        usage,
        epilog,
        N_("print the JSON Schema of the format, or where it is installed"),
        0,
        NULL,
};

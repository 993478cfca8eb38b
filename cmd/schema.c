/*
 * schema — the JSON Schema of the format, for editors and validators.
 * It is made from the shape table the loader uses (lib/format/schema.c),
 * so `opp schema` always matches this opp.
 */
#include <string.h>

#include "cmd.h"
#include "format/schema.h"

static const char usage[] =
        N_("usage: opp schema [--path]\n"
           "\n"
           "Print the JSON Schema (draft 2020-12) of the case file format, as this opp\n"
           "reads it. With --path, print where `make install` put it instead, for an editor's\n"
           "yaml-language-server modeline.\n"
           "\n"
           "  --path              print the installed schema's path\n");

static const char epilog[] = N_("Exit status: 0 printed, 2 usage error or output that cannot be written.\n");

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
	if (o->path)
		opp_buf_puts(&b, OPP_SCHEMADIR "/opp.schema.json\n");
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

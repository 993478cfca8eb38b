/*
 * schema — the JSON Schema of the format, for editors and validators.
 * The schema is built into the binary (build/schema_data.c, generated
 * from schema/opp.schema.json), so `opp schema` always matches this opp.
 */
#include <getopt.h>
#include <string.h>

#include "cmd.h"

extern const char opp_schema_json[];
extern const unsigned long opp_schema_json_len;

static const char usage[] = N_(
	"usage: opp schema [--path]\n"
	"\n"
	"Print the JSON Schema (draft 2020-12) of the case file format, built into this\n"
	"opp. With --path, print where `make install` put it instead, for an editor's\n"
	"yaml-language-server modeline.\n"
	"\n"
	"  --path              print the installed schema's path\n"
	"  -h, --help          show this help\n"
	"\n"
	"Exit status: 0 printed, 2 usage error or output that cannot be written.\n");

int
cmd_schema(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "path", no_argument, NULL, 'p' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct opp_buf b = OPP_BUF_INIT;
	bool path = false;
	int c, rc = EXIT_OK;

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 'p': path = true; break;
		case 'h': fputs(_(usage), stdout); return EXIT_OK;
		default: return try_help("schema");
		}
	}
	if (optind < argc)
		return usage_error("schema", _("no arguments expected"));
	if (path)
		opp_buf_puts(&b, OPP_SCHEMADIR "/opp.schema.json\n");
	else
		opp_buf_add(&b, opp_schema_json, opp_schema_json_len);
	if (!write_out(stdout, &b))
		rc = EXIT_USAGE;
	opp_buf_release(&b);
	return rc;
}

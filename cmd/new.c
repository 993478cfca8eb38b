/*
 * new — start a case file (or a config) from the template; never
 * overwrites an existing file.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "base/atomic.h"
#include "cmd.h"
#include "format/template.h"

static const char usage[] = N_(
	"usage: opp new [options] [PATH]\n"
	"       opp new --config [PATH]\n"
	"\n"
	"Write a new case file from the template (default PATH: nieuw.yaml), with every\n"
	"section in step order and Dutch guidance. Required values are left empty, so\n"
	"the file fails `opp validate` until they are filled in. With --config, write a\n"
	"commented .opp.yaml with every setting and its default (default PATH:\n"
	".opp.yaml). An existing file is never overwritten; - writes to standard output.\n"
	"\n"
	"  --config            write a config file instead of a case file\n"
	"  --schema REF        the schema in the editor modeline\n"
	"                      (default: the installed opp.schema.json)\n"
	"  --as-of DATE        the date written in the file (default: today)\n"
	"  -h, --help          show this help\n"
	"\n"
	"Exit status: 0 written, 2 usage error, the file exists or cannot be written.\n");

int
cmd_new(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", no_argument, NULL, 'c' },       { "schema", required_argument, NULL, 's' },
		{ "as-of", required_argument, NULL, 'a' },  { "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *schema = OPP_SCHEMADIR "/opp.schema.json", *as_of = NULL, *path;
	struct opp_buf text = OPP_BUF_INIT;
	bool config = false;
	int32_t today;
	char *err = NULL;
	int c, rc = EXIT_OK;

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 'c': config = true; break;
		case 's': schema = optarg; break;
		case 'a': as_of = optarg; break;
		case 'h': fputs(_(usage), stdout); return EXIT_OK;
		default: return try_help("new");
		}
	}
	if (argc - optind > 1)
		return usage_error("new", _("one PATH at most"));
	path = optind < argc ? argv[optind] : config ? ".opp.yaml" : "nieuw.yaml";
	if (!get_today(as_of, &today))
		return EXIT_USAGE;
	if (config)
		opp_template_config(&text);
	else
		opp_template_case(&text, today, schema);
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

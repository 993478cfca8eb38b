/*
 * validate — check case files; findings and an exit code for scripts,
 * git hooks and CI.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "date.h"
#include "opp.h"
#include "rules.h"

static const char usage[] =
	"usage: opp validate [options] [PATH...]\n"
	"\n"
	"Check case files against the format and the process rules. PATH is a file,\n"
	"a folder (searched for *.yaml and *.yml) or - for standard input; default: .\n"
	"\n"
	"  --as-of DATE        check as if today were DATE (YYYY-MM-DD)\n"
	"  --strict            warnings also make the exit status 1\n"
	"  --format FMT        text (default, to stderr), json, github or sarif (stdout)\n"
	"  --config FILE       use this config instead of the nearest .opp.yaml\n"
	"  --no-config         use the default settings\n"
	"  --list-rules        list the rules with their default severity and source\n"
	"  -v, --verbose       say which config is used and which files are clean\n"
	"  -h, --help          show this help\n"
	"\n"
	"Exit status: 0 no errors, 1 errors (or warnings with --strict), 2 usage error\n"
	"or a file that cannot be read.\n";

enum fmt { FMT_TEXT, FMT_JSON, FMT_GITHUB, FMT_SARIF };

struct opts {
	const char *as_of;
	bool strict;
	enum fmt fmt;
	bool list_rules;
	struct cfgopts cfg;
};

static void
list_rules(void)
{
	for (int i = 0; i < OPP_RULE_COUNT; i++)
		printf("%-22s %-8s %s\n", opp_rules[i].name,
		       opp_rules[i].sev == OPP_SEV_ERROR ? "error" : "warning", opp_rules[i].source);
}

static void
sarif_head(struct opp_buf *b)
{
	opp_buf_puts(b, "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
	                "  \"version\": \"2.1.0\",\n  \"runs\": [{\n"
	                "    \"tool\": {\"driver\": {\"name\": \"opp\", \"version\": \"" OPP_VERSION "\", "
	                "\"informationUri\": \"https://opp.example/\", \"rules\": [");
	for (int i = 0; i < OPP_RULE_COUNT; i++) {
		opp_buf_printf(b, "%s\n      {\"id\": ", i ? "," : "");
		opp_json_str(b, opp_rules[i].name);
		opp_buf_puts(b, ", \"shortDescription\": {\"text\": ");
		opp_json_str(b, opp_rules[i].source);
		opp_buf_printf(b, "}, \"defaultConfiguration\": {\"level\": \"%s\"}}",
		               opp_rules[i].sev == OPP_SEV_ERROR ? "error" : "warning");
	}
	opp_buf_puts(b, "]}},\n    \"results\": [");
}

int
cmd_validate(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "as-of", required_argument, NULL, 'a' },  { "strict", no_argument, NULL, 's' },
		{ "format", required_argument, NULL, 'f' }, { "config", required_argument, NULL, 'c' },
		{ "no-config", no_argument, NULL, 'n' },    { "list-rules", no_argument, NULL, 'l' },
		{ "verbose", no_argument, NULL, 'v' },      { "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct opts o = { 0 };
	struct pathlist files = { 0 };
	struct opp_buf out = OPP_BUF_INIT;
	size_t errors = 0, warnings = 0;
	bool first = true, unreadable = false;
	int32_t today;
	int c, rc;

	optind = 1;
	while ((c = getopt_long(argc, argv, "vh", longopts, NULL)) != -1) {
		switch (c) {
		case 'a': o.as_of = optarg; break;
		case 's': o.strict = true; break;
		case 'c': o.cfg.file = optarg; break;
		case 'n': o.cfg.none = true; break;
		case 'l': o.list_rules = true; break;
		case 'v': o.cfg.verbose = true; break;
		case 'h': fputs(usage, stdout); return EXIT_OK;
		case 'f':
			if (strcmp(optarg, "text") == 0) o.fmt = FMT_TEXT;
			else if (strcmp(optarg, "json") == 0) o.fmt = FMT_JSON;
			else if (strcmp(optarg, "github") == 0) o.fmt = FMT_GITHUB;
			else if (strcmp(optarg, "sarif") == 0) o.fmt = FMT_SARIF;
			else return usage_error("validate", _("unknown format '%s': use text, json, github or sarif"), optarg);
			break;
		default:
			return try_help("validate");
		}
	}
	if (o.list_rules) {
		list_rules();
		return EXIT_OK;
	}
	if (o.cfg.file && o.cfg.none)
		return usage_error("validate", _("--config and --no-config exclude each other"));
	if (!get_today(o.as_of, &today))
		return EXIT_USAGE;
	if (!collect_paths(argv + optind, argc - optind, &files))
		unreadable = true;

	if (o.fmt == FMT_SARIF)
		sarif_head(&out);
	for (size_t i = 0; i < files.n; i++) {
		const char *path = files.v[i];
		const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
		const struct opp_config *cfg = config_for(&o.cfg, path);
		struct opp_diags d;
		struct opp_doc *doc;
		char *text;
		size_t len;

		if (!cfg) {
			rc = EXIT_USAGE;
			goto done;
		}
		if (!read_text(path, &text, &len)) {
			unreadable = true;
			continue;
		}
		opp_diags_init(&d);
		doc = opp_check(name, text, len, cfg, today, &d);
		errors += opp_diags_count(&d, OPP_SEV_ERROR);
		warnings += opp_diags_count(&d, OPP_SEV_WARNING);
		switch (o.fmt) {
		case FMT_TEXT:
			print_diags(name, &d, text, len);
			if (o.cfg.verbose && d.n == 0)
				warnx_(_("%s: ok"), name);
			break;
		case FMT_JSON: opp_diag_json(&out, name, &d, &first); break;
		case FMT_GITHUB: opp_diag_github(&out, name, &d); break;
		case FMT_SARIF: opp_diag_sarif(&out, name, &d, &first); break;
		}
		opp_doc_free(doc);
		opp_diags_release(&d);
		free(text);
	}

	if (o.fmt == FMT_JSON) {
		struct opp_buf head = OPP_BUF_INIT;
		opp_buf_printf(&head, "{\"files\": %zu, \"errors\": %zu, \"warnings\": %zu, \"diagnostics\": [",
		               files.n, errors, warnings);
		opp_buf_add(&head, out.ptr, out.len);
		opp_buf_puts(&head, first ? "]}\n" : "\n  ]}\n");
		opp_buf_release(&out);
		out = head;
	} else if (o.fmt == FMT_SARIF) {
		opp_buf_puts(&out, first ? "]\n  }]\n}\n" : "\n    ]\n  }]\n}\n");
	}
	rc = unreadable ? EXIT_USAGE
	     : errors || (o.strict && warnings) ? EXIT_FINDINGS
	                                        : EXIT_OK;
	if (!write_out(stdout, &out))
		rc = EXIT_USAGE;
done:
	opp_buf_release(&out);
	pathlist_release(&files);
	config_cache_release();
	return rc;
}

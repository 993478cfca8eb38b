/*
 * redact — write a pseudonymised copy of a case file.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "base/atomic.h"
#include "cmd.h"
#include "format/load.h"
#include "format/redact.h"

static const char usage[] = N_(
	"usage: opp redact [options] FILE\n"
	"\n"
	"Write a pseudonymised copy of a case file, for a monitor, a bug report or\n"
	"training: names become role pseudonyms (the same person, the same pseudonym,\n"
	"also in free text), emails, phone numbers, the school and funding references\n"
	"are replaced, the birth date is reduced to its year, comments are dropped.\n"
	"The copy validates like the original. See docs/redact.md for what it cannot\n"
	"catch: read free text before sharing.\n"
	"\n"
	"  -o, --output OUT    write to OUT (atomically) instead of standard output\n"
	"  --keep-ids          keep person ids as written (they often contain names)\n"
	"  --config FILE       use this config instead of the nearest .opp.yaml\n"
	"  --no-config         use the default settings\n"
	"  -h, --help          show this help\n"
	"\n"
	"Exit status: 0 written, 1 the file is not valid YAML, 2 usage error or a file\n"
	"that cannot be read or written.\n");

int
cmd_redact(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' }, { "keep-ids", no_argument, NULL, 'k' },
		{ "config", required_argument, NULL, 'c' }, { "no-config", no_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },         { NULL, 0, NULL, 0 },
	};
	struct opp_redact_opts ro = { 0 };
	struct cfgopts co = { 0 };
	const char *output = NULL, *path;
	const struct opp_config *cfg;
	struct opp_buf out = OPP_BUF_INIT;
	struct opp_diags d;
	struct opp_doc *doc;
	char *text, *err = NULL;
	size_t len;
	int c, rc = EXIT_OK;

	optind = 1;
	while ((c = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': output = optarg; break;
		case 'k': ro.keep_ids = true; break;
		case 'c': co.file = optarg; break;
		case 'n': co.none = true; break;
		case 'h': fputs(_(usage), stdout); return EXIT_OK;
		default: return try_help("redact");
		}
	}
	if (argc - optind != 1)
		return usage_error("redact", _("give exactly one case FILE"));
	path = argv[optind];
	if (output && strcmp(output, "-") != 0 && strcmp(path, "-") != 0) {
		/* Never replace the original with its redacted copy. */
		char *a = realpath(path, NULL), *b = realpath(output, NULL);
		bool same = a && b && strcmp(a, b) == 0;
		free(a);
		free(b);
		if (same)
			return usage_error("redact", _("the output would overwrite the case file itself"));
	}
	if (!(cfg = config_for(&co, path)))
		return EXIT_USAGE;
	if (!read_text(path, &text, &len, NULL)) {
		config_cache_release();
		return EXIT_USAGE;
	}
	opp_diags_init(&d);
	doc = opp_doc_load(strcmp(path, "-") == 0 ? "<stdin>" : path, text, len, cfg, &d);
	if (!doc) {
		print_diags(strcmp(path, "-") == 0 ? "<stdin>" : path, &d, text, len);
		rc = EXIT_FINDINGS;
		goto done;
	}
	opp_redact(&out, doc, &ro);
	if (!output || strcmp(output, "-") == 0) {
		if (!write_out(stdout, &out))
			rc = EXIT_USAGE;
	} else if (!opp_atomic_file(output, out.ptr, out.len, false, &err)) {
		warnx_("%s", err);
		free(err);
		rc = EXIT_USAGE;
	}
done:
	opp_doc_free(doc);
	opp_diags_release(&d);
	opp_buf_release(&out);
	free(text);
	config_cache_release();
	return rc;
}

/*
 * redact — write a pseudonymised copy of a case file.
 */
#include <stdlib.h>
#include <string.h>

#include "base/atomic.h"
#include "cmd.h"
#include "format/load.h"
#include "format/redact.h"

static const char usage[] =
        N_("usage: opp redact [options] FILE\n"
           "\n"
           "Write a pseudonymised copy of a case file, for a monitor, a bug report or\n"
           "training: names become role pseudonyms (the same person, the same pseudonym,\n"
           "also in free text), emails, phone numbers, the school and funding references\n"
           "are replaced, the birth date is reduced to its year, comments are dropped.\n"
           "The copy validates like the original. See docs/redact.md for what it cannot\n"
           "catch: read free text before sharing.\n"
           "\n"
           "  -o, --output OUT    write to OUT (atomically) instead of standard output\n"
           "  --keep-ids          keep person ids as written (they often contain names)\n");

static const char epilog[] =
        N_("Exit status: 0 written, 1 the file is not valid YAML, 2 usage error or a file\n"
           "that cannot be read or written.\n");

struct opts {
	struct opp_redact_opts ro;
	const char *output;
};

enum { OPT_KEEP_IDS = OPT_OWN };

static int
option(void *opts, int c, const char *arg)
{
	struct opts *o = opts;

	switch (c) {
	case 'o': o->output = arg; break;
	case OPT_KEEP_IDS: o->ro.keep_ids = true; break;
	}
	return EXIT_OK;
}

static int
run(struct setup *s, void *opts)
{
	const struct opts *o = opts;
	const char *output = o->output, *path = s->file;
	const struct opp_config *cfg;
	struct opp_buf out = OPP_BUF_INIT;
	struct opp_diags d;
	struct opp_doc *doc;
	char *text, *err = NULL;
	size_t len;
	int rc = EXIT_OK;

	if (output && strcmp(output, "-") != 0 && strcmp(path, "-") != 0) {
		/* Never replace the original with its redacted copy. */
		char *a = realpath(path, NULL), *b = realpath(output, NULL);
		bool same = a && b && strcmp(a, b) == 0;
		free(a);
		free(b);
		if (same)
			return usage_error("redact", _("the output would overwrite the case file itself"));
	}
	if (!(cfg = config_for(&s->cfg, path)))
		return EXIT_USAGE;
	if (!read_text(path, &text, &len, NULL))
		return EXIT_USAGE;
	opp_diags_init(&d);
	doc = opp_doc_load(s->name, text, len, cfg, &d);
	if (!doc) {
		print_diags(s->name, &d, text, len);
		rc = EXIT_FINDINGS;
		goto done;
	}
	opp_redact(&out, doc, &o->ro);
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
	return rc;
}

static const struct option options[] = {
        {"output", required_argument, NULL, 'o'},
        {"keep-ids", no_argument, NULL, OPT_KEEP_IDS},
        {NULL, 0, NULL, 0},
};

const struct command cmd_redact = {
        "redact",
        run,
        NEED_CONFIG | NEED_FILE,
        options,
        "o:",
        option,
        sizeof(struct opts),
        usage,
        epilog,
        N_("write a pseudonymised copy of a case file for sharing"),
        0,
        NULL,
};

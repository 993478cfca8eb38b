/*
 * render — one case file as a complete OPP document: Markdown, HTML or
 * Excel (the formats: lib/output/formats.c).
 *
 * Output to a file is atomic (lib/atomic.h): the reader of OUT sees the
 * old document or the new one, never half. xlsx is binary: it is never
 * written to a terminal, and to a pipe it goes through a temporary file,
 * because libxlsxwriter writes to a path, not a stream.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/date.h"
#include "base/suggest.h"
#include "cmd.h"
#include "documents/render.h"
#include "format/load.h"

static const char usage[] =
        N_("usage: opp render [--to FORMAT] [--voor READER] [options] FILE\n"
           "       opp render --voor READER --velden\n"
           "\n"
           "Render one case file as a complete OPP document in Dutch, ordered by the nine\n"
           "steps, or as the document for one reader. FILE may be - for standard input.\n"
           "\n"
           "  --to FORMAT         md: CommonMark with tables, for plain text and git hosting\n"
           "                      html: one page without external resources, prints on A4\n"
           "                      xlsx: an Excel workbook\n"
           "                      (default: from the extension of OUT, else md)\n"
           "  -o, --output OUT    write to OUT, replacing it only once complete;\n"
           "                      - or no -o: standard output (xlsx never to a terminal)\n"
           "  --voor READER       school: the whole OPP (the default)\n"
           "                      ouders: the plan in plain Dutch, with the signature page\n"
           "                      leerling: the pupil's own goals and what helps\n"
           "                      swv: the application dossier for the samenwerkingsverband\n"
           "                      (md or html; the workbook is the school's)\n"
           "  --velden            list the fields of the file (as paths) that go into the\n"
           "                      reader's document, and nothing else\n");

static const char epilog[] =
        N_("--as-of decides what is held, planned or overdue. Schema findings are shown\n"
           "but do not stop rendering; run 'opp validate' for the process rules.\n"
           "Exit status: 0 rendered, 1 the file is not valid YAML, 2 usage error, a file\n"
           "that cannot be read or written, or a swv dossier for a file in which nothing is\n"
           "funded by the swv.\n");

enum { OPT_VOOR = OPT_OWN, OPT_VELDEN };

struct opts {
	const char *output; /* NULL or "-": standard output */
	enum opp_voor voor;
	bool velden;
};

static int
write_text(const struct opp_writer *w, const struct opp_doc *doc, const struct opp_render_opts *ro,
           const char *output)
{
	struct opp_buf b = OPP_BUF_INIT;
	char *err = NULL;
	int rc = EXIT_OK;

	opp_render(&b, w, doc, ro);
	if (!output) {
		if (!write_out(stdout, &b))
			rc = EXIT_USAGE;
	} else if (!opp_atomic_file(output, b.ptr, b.len, false, &err)) {
		warnx_("%s", err);
		free(err);
		rc = EXIT_USAGE;
	}
	opp_buf_release(&b);
	return rc;
}

static int
write_file(const struct opp_doc *doc, const struct opp_render_opts *ro, const char *output)
{
	char *err = NULL, *tmp;
	bool ok;

	if (output) {
		struct opp_atomic a;

		if (!opp_atomic_begin(&a, output, false, &err))
			goto fail;
		/* The library writes a->tmp by name; commit syncs it. */
		opp_atomic_close_fd(&a);
		if (!opp_render_xlsx(a.tmp, doc, ro, &err)) {
			opp_atomic_abort(&a);
			warnx_(_("cannot write %s: %s"), output, err);
			free(err);
			return EXIT_USAGE;
		}
		if (!opp_atomic_commit(&a, &err))
			goto fail;
		return EXIT_OK;
	}
	/* A pipe: a private temporary file, named without personal data. */
	if (!(tmp = stdout_tmp("render")))
		return EXIT_USAGE;
	ok = opp_render_xlsx(tmp, doc, ro, &err);
	if (!ok) {
		warnx_("%s", err);
		free(err);
	} else {
		ok = copy_to_stdout(tmp);
	}
	stdout_tmp_remove(tmp);
	return ok ? EXIT_OK : EXIT_USAGE;
fail:
	warnx_("%s", err);
	free(err);
	return EXIT_USAGE;
}

static int
option(void *opts, int c, const char *arg)
{
	struct opts *o = opts;

	switch (c) {
	case 'o': o->output = arg; break;
	case OPT_VELDEN: o->velden = true; break;
	case OPT_VOOR: {
		int r = opp_name_index(opp_voor_names, arg);
		const char *sug;

		if (r >= 0) {
			o->voor = (enum opp_voor)r;
			break;
		}
		if ((sug = opp_suggest(arg, opp_voor_names, OPP_VOOR_COUNT)))
			return usage_error("render", _("--voor '%s' is not a reader: did you mean '%s'?"),
			                   arg, sug);
		return usage_error(
		        "render", _("--voor '%s' is not a reader: use school, ouders, leerling or swv"), arg);
	}
	}
	return EXIT_OK;
}

static int
run(struct setup *s, void *opts)
{
	struct opts *o = opts;
	const struct opp_format *f;
	const struct opp_config *cfg;
	struct opp_render_opts ro;
	struct opp_diags d;
	struct opp_doc *doc;
	char *text;
	size_t len;
	int rc;

	if (o->velden) {
		struct opp_buf b = OPP_BUF_INIT;

		if (s->nargs)
			return usage_error("render", _("--velden lists a reader's fields: give no FILE"));
		opp_voor_velden(&b, o->voor);
		rc = write_out(stdout, &b) ? EXIT_OK : EXIT_USAGE;
		opp_buf_release(&b);
		return rc;
	}
	/* One FILE, as the dispatcher asks of other commands (NEED_FILE):
	 * here, since --velden takes none. */
	if (s->nargs != 1)
		return usage_error("render", s->nargs ? _("give one case FILE at a time")
		                                      : _("name the case FILE (or - for standard input)"));
	s->file = s->args[0];
	s->name = strcmp(s->file, "-") == 0 ? "<stdin>" : s->file;
	if (o->output && strcmp(o->output, "-") == 0)
		o->output = NULL;
	f = output_format(s, o->output, OPP_FORMAT_MD);
	if (!f->sink && o->voor != OPP_VOOR_SCHOOL) {
		return usage_error(
		        "render",
		        _("--voor %s writes md or html: the %s workbook is the school's, with every field"),
		        opp_voor_names[o->voor], f->name);
	}
	if (f->binary && !o->output && isatty(STDOUT_FILENO)) {
		warnx_(_("not writing %s to a terminal: use -o FILE or redirect the output"), f->name);
		return EXIT_USAGE;
	}
	if (!(cfg = config_for(&s->cfg, s->file)))
		return EXIT_USAGE;
	if (output_is_input(s, o->output))
		return EXIT_USAGE;
	if (!read_text(s->file, &text, &len, NULL))
		return EXIT_USAGE;
	opp_diags_init(&d);
	doc = opp_doc_load(s->name, text, len, cfg, &d);
	/* Schema findings are shown (values may be missing from the
	 * document); only a file that is not YAML stops the rendering. */
	opp_diags_sort(&d);
	print_diags(s->name, &d, text, len);
	if (!doc) {
		rc = EXIT_FINDINGS;
	} else if (o->voor == OPP_VOOR_SWV && !opp_voor_swv_aanvraag(doc)) {
		/* A dossier asks the swv to decide on support it funds: without
		 * such an item it asks for nothing (a request that does not fit
		 * the file, not a defect of the plan). */
		warnx_(_("%s: no arrangement item is funded by the swv (bekostiging.door: swv), so there is "
		         "nothing to apply for: no swv dossier written"),
		       s->name);
		rc = EXIT_USAGE;
	} else {
		/* Midnight (UTC) of "today": reproducible with --as-of. */
		ro = (struct opp_render_opts){
		        .today = s->today, .cfg = cfg, .created = (int64_t)s->today * 86400, .voor = o->voor};
		rc = f->sink ? write_text(f->sink, doc, &ro, o->output) : write_file(doc, &ro, o->output);
	}
	opp_doc_free(doc);
	opp_diags_release(&d);
	free(text);
	return rc;
}

static const struct option options[] = {
        {"output", required_argument, NULL, 'o'},
        {"voor", required_argument, NULL, OPT_VOOR},
        {"velden", no_argument, NULL, OPT_VELDEN},
        {NULL, 0, NULL, 0},
};

const struct command cmd_render = {
        "render",
        run,
        NEED_TODAY | NEED_CONFIG,
        options,
        "o:",
        option,
        sizeof(struct opts),
        usage,
        epilog,
        N_("one case file as a complete OPP document (md, html or xlsx)"),
        OPP_FOR_DOCUMENT | OPP_FOR_WORKBOOK,
        "to",
};

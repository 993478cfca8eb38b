/*
 * validate — check case files; findings and an exit code for scripts,
 * git hooks and CI.
 */
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/escape.h"
#include "checks/rules.h"
#include "checks/validate.h"
#include "cmd.h"
#include "facts/history.h"
#include "facts/obligations.h"
#include "git.h"
#include "pool.h"

static const char usage[] =
        N_("usage: opp validate [options] [PATH...]\n"
           "\n"
           "Check case files against the format and the process rules. PATH is a file,\n"
           "a folder (searched for *.yaml and *.yml) or - for standard input; default: .\n"
           "\n"
           "  --strict            warnings also make the exit status 1\n"
           "  --format FMT        text (default, to stderr), json, github or sarif (stdout)\n"
           "  --list-rules        list the rules with their default severity and source\n");

static const char epilog[] =
        N_("Exit status: 0 no errors, 1 errors (or warnings with --strict), 2 usage error\n"
           "or a file that cannot be read.\n");

struct opts {
	bool strict;
	bool list_rules;
};

/* One file's result, made on a worker thread and emitted in file order. */
struct slot {
	struct opp_diags d;
	struct opp_buf text; /* findings formatted as text (with excerpts) */
	struct opp_buf err;  /* why the file could not be read */
	bool unreadable;
};

struct run {
	const struct opts *o;
	const struct setup *s;
	const struct pathlist *files;
	const struct opp_config **cfgs; /* per file, resolved beforehand */
	int32_t today;
	const struct opp_format *fmt; /* --format (formats.h) */
	struct opp_buf out;           /* the machine format, to stdout */
	struct opp_findings_state st; /* the formatter's: style asked once per run */
	size_t errors, warnings;
	bool unreadable;
};

static const char *
display_name(const char *path)
{
	return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

/* Rule ondertekening-actueel: "in a git work tree, find the last
 * committed version whose handelingsdeel matched that digest and say
 * what changed since". git runs only for a file with a lapsed
 * agreement. */
struct lapse {
	const char *path;
	int32_t today;
	const struct opp_config *cfg;
};

static void
lapse_hook(void *ctxp, const struct opp_doc *doc, struct opp_obligations *ob)
{
	const struct lapse *lp = ctxp;
	struct git_file *g = NULL;
	struct opp_versions vs;
	struct opp_buf b = OPP_BUF_INIT;
	bool tried = false;

	for (size_t i = 0; i < ob->n; i++) {
		struct opp_obligation *o = &ob->v[i];
		const struct opp_akkoord *a = NULL;
		const struct opp_change *c;
		if (o->what != OPP_OWE_HERTEKENEN)
			continue;
		if (!tried) {
			tried = true;
			if (strcmp(lp->path, "-") != 0 && (g = git_open(lp->path, true))) {
				git_plan_history(g, true); /* the search goes newest first */
				opp_versions_init(&vs, git_blob, g, lp->cfg);
			}
		}
		if (!g || !git_history(g)->n)
			break;
		if (strcmp(o->partij, "ouders") == 0)
			a = opp_akkoord_laatste(&doc->ondertekening.ouders);
		else if (strcmp(o->partij, "school") == 0)
			a = opp_akkoord_laatste(&doc->ondertekening.school);
		else if (strcmp(o->partij, "toegang") == 0)
			a = opp_akkoord_laatste(&doc->ondertekening.toegang);
		else
			a = opp_akkoord_laatste(&doc->ondertekening.leerling);
		if (!a || !a->handelingsdeel.s)
			continue;
		/* only what the history says: a digest no version has adds
		 * nothing (and the finding reads the same outside git) */
		if (!(c = opp_history_agreed(git_history(g), &vs, a->handelingsdeel.s)))
			continue;
		opp_buf_reset(&b);
		opp_history_lapse(&b, c, &vs, doc, lp->today);
		o->detail = opp_arena_strndup(&ob->arena, b.ptr, b.len);
	}
	if (g)
		opp_versions_release(&vs);
	git_close(g);
	opp_buf_release(&b);
}

static void
check_one(size_t i, void *slotp, void *ctxp)
{
	struct slot *sl = slotp;
	struct run *r = ctxp;
	const char *path = r->files->v[i];
	struct opp_doc *doc;
	char *text;
	size_t len;

	opp_diags_init(&sl->d);
	opp_buf_init(&sl->text);
	opp_buf_init(&sl->err);
	if (!read_text(path, &text, &len, &sl->err)) {
		sl->unreadable = true;
		return;
	}
	{
		struct lapse lp = {path, r->today, r->cfgs[i]};
		doc = opp_validate_with(display_name(path), text, len, r->cfgs[i], r->today, &sl->d,
		                        lapse_hook, &lp);
	}
	/* Text findings show an excerpt: made here, with the file's text. */
	if (r->fmt->id == OPP_FORMAT_TEXT) {
		struct opp_findings_state st = {.src = text, .srclen = len, .style = r->st.style};
		r->fmt->findings(&sl->text, display_name(path), &sl->d, &st);
	}
	opp_doc_free(doc);
	free(text);
}

static void
emit_one(size_t i, void *slotp, void *ctxp)
{
	struct slot *sl = slotp;
	struct run *r = ctxp;
	const char *name = display_name(r->files->v[i]);

	fputs(sl->err.ptr, stderr);
	r->unreadable |= sl->unreadable;
	r->errors += opp_diags_count(&sl->d, OPP_SEV_ERROR);
	r->warnings += opp_diags_count(&sl->d, OPP_SEV_WARNING);
	if (r->fmt->id == OPP_FORMAT_TEXT) {
		fputs(sl->text.ptr, stderr);
		if (r->s->cfg.verbose && !sl->unreadable && sl->d.n == 0)
			warnx_(_("%s: ok"), name);
	} else {
		r->fmt->findings(&r->out, name, &sl->d, &r->st);
	}
	/* Stream the machine formats too: memory stays flat over many files
	 * (not json, whose counts come first). */
	if (r->fmt->id != OPP_FORMAT_TEXT && r->out.len > 65536 && r->fmt->id != OPP_FORMAT_JSON) {
		write_out(stdout, &r->out);
		opp_buf_reset(&r->out);
	}
	opp_diags_release(&sl->d);
	opp_buf_release(&sl->text);
	opp_buf_release(&sl->err);
}

/* The severity in the user's language: the same words as the config's
 * (fout, waarschuwing) under a Dutch locale. */
static void
list_rules(void)
{
	const char *err = _("error"), *warn = _("warning");
	int w = 7;

	if ((int)strlen(err) > w)
		w = (int)strlen(err);
	if ((int)strlen(warn) > w)
		w = (int)strlen(warn);
	for (int i = 0; i < OPP_RULE_COUNT; i++)
		printf("%-22s %-*s %s\n", opp_rules[i].name, w + 1,
		       opp_rules[i].sev == OPP_SEV_ERROR ? err : warn, opp_rules[i].source);
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

enum { OPT_STRICT = OPT_OWN, OPT_LIST_RULES };

static int
option(void *opts, int c, const char *arg)
{
	struct opts *o = opts;

	switch (c) {
	case OPT_STRICT: o->strict = true; break;
	case OPT_LIST_RULES: o->list_rules = true; break;
	}
	return EXIT_OK;
}

static int
run(struct setup *s, void *opts)
{
	const struct opts *o = opts;
	struct run r = {0};
	int rc = EXIT_OK;

	if (o->list_rules) {
		list_rules();
		return EXIT_OK;
	}
	r.o = o;
	r.s = s;
	r.fmt = output_format(s, NULL, OPP_FORMAT_TEXT);
	r.st.first = true;
	r.st.style = diag_style();
	r.st.style.all = s->cfg.verbose; /* -v: what a root cause explains, in full */
	r.today = s->today;
	r.unreadable = s->missing;
	opp_buf_init(&r.out);

	/* Configs first, in order, on this thread: a broken one stops the run
	 * before any output, and workers only read them. */
	r.files = &s->files;
	r.cfgs = xcalloc(s->files.n ? s->files.n : 1, sizeof(*r.cfgs));
	for (size_t i = 0; i < s->files.n; i++)
		if (!(r.cfgs[i] = config_for(&s->cfg, s->files.v[i]))) {
			rc = EXIT_USAGE;
			goto done;
		}
	if (r.fmt->id == OPP_FORMAT_SARIF)
		sarif_head(&r.out);
	pool_run(s->files.n, sizeof(struct slot), s->jobs, check_one, emit_one, &r);

	if (r.fmt->id == OPP_FORMAT_JSON) {
		struct opp_buf head = OPP_BUF_INIT;
		opp_buf_printf(&head,
		               "{\"files\": %zu, \"errors\": %zu, \"warnings\": %zu, \"diagnostics\": [",
		               s->files.n, r.errors, r.warnings);
		opp_buf_add(&head, r.out.ptr, r.out.len);
		opp_buf_puts(&head, r.st.first ? "]}\n" : "\n  ]}\n");
		opp_buf_release(&r.out);
		r.out = head;
	} else if (r.fmt->id == OPP_FORMAT_SARIF) {
		opp_buf_puts(&r.out, r.st.first ? "]\n  }]\n}\n" : "\n    ]\n  }]\n}\n");
	}
	rc = r.unreadable ? EXIT_USAGE : r.errors || (o->strict && r.warnings) ? EXIT_FINDINGS : EXIT_OK;
	if (!write_out(stdout, &r.out))
		rc = EXIT_USAGE;
done:
	free(r.cfgs);
	opp_buf_release(&r.out);
	return rc;
}

static const struct option options[] = {
        {"strict", no_argument, NULL, OPT_STRICT},
        {"list-rules", no_argument, NULL, OPT_LIST_RULES},
        {NULL, 0, NULL, 0},
};

const struct command cmd_validate = {
        "validate",
        run,
        NEED_TODAY | NEED_CONFIG | NEED_JOBS | NEED_CASES | OPT_VERBOSE,
        options,
        NULL,
        option,
        sizeof(struct opts),
        usage,
        epilog,
        N_("check case files against the format and the process rules"),
        OPP_FOR_FINDINGS,
        "format",
};

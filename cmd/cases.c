/*
 * cases — load and check case files on the worker pool and hand each
 * document (or why it did not load) with its error and warning counts to
 * a callback in file order. `report` and `list` use it; `validate` and
 * `due` keep their own slots because they also format findings with the
 * source text.
 */
#include <stdlib.h>
#include <string.h>

#include "checks/validate.h"
#include "cmd.h"
#include "documents/report.h"
#include "pool.h"

struct case_slot {
	struct opp_doc *doc;       /* loaded, or NULL */
	struct opp_case_check chk; /* its counts; chk.first points to error */
	char *error;               /* not loaded or errors: "file:line: message" */
	bool io_error;             /* not even read (exit 2; chk.unreadable also means "not YAML") */
};

struct case_run {
	const struct pathlist *files;
	const struct opp_config **cfgs;
	int32_t today;
	each_case_fn *fn;
	void *ctx;
	bool warn, broken, unreadable;
};

static void
case_job(size_t i, void *slotp, void *ctxp)
{
	struct case_slot *sl = slotp;
	struct case_run *r = ctxp;
	const char *path = r->files->v[i];
	const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	struct opp_buf err = OPP_BUF_INIT;
	struct opp_diags d;
	char *src;
	size_t len;

	if (!read_text(path, &src, &len, &err)) {
		/* "opp: cannot read FILE: why\n" → "cannot read FILE: why" */
		size_t skip = strlen(progname) + 2;
		char *e = err.ptr;
		if (strncmp(e, progname, skip - 2) == 0 && strncmp(e + skip - 2, ": ", 2) == 0)
			e += skip;
		e[strcspn(e, "\n")] = '\0';
		sl->chk.first = sl->error = xstrdup(e);
		sl->chk.unreadable = sl->io_error = true;
		opp_buf_release(&err);
		return;
	}
	opp_diags_init(&d);
	/* The rules too: a file that loads can still be wrong, and the
	 * overviews must not show it as a healthy case. */
	sl->doc = opp_validate(name, src, len, r->cfgs[i], r->today, &d);
	sl->error = opp_case_check_fill(&sl->chk, name, sl->doc, &d);
	opp_diags_release(&d);
	free(src);
}

static void
case_emit(size_t i, void *slotp, void *ctxp)
{
	struct case_slot *sl = slotp;
	struct case_run *r = ctxp;
	const char *path = r->files->v[i];

	if (sl->error) {
		if (r->warn && sl->chk.unreadable)
			warnx_("%s", sl->error);
		r->broken = true;
		r->unreadable |= sl->io_error;
	}
	r->fn(strcmp(path, "-") == 0 ? "<stdin>" : path, sl->doc, &sl->chk, r->cfgs[i], r->ctx);
	opp_doc_free(sl->doc);
	free(sl->error);
}

int
each_case(const struct cfgopts *co, const struct pathlist *files, int jobs, int32_t today, bool warn,
          each_case_fn *fn, void *ctx)
{
	struct case_run r = {files, NULL, today, fn, ctx, warn, false, false};

	r.cfgs = xcalloc(files->n ? files->n : 1, sizeof(*r.cfgs));
	for (size_t i = 0; i < files->n; i++)
		if (!(r.cfgs[i] = config_for(co, files->v[i]))) {
			free(r.cfgs);
			return EACH_CONFIG;
		}
	pool_run(files->n, sizeof(struct case_slot), jobs, case_job, case_emit, &r);
	free(r.cfgs);
	return r.unreadable ? EACH_UNREADABLE : r.broken ? EACH_BROKEN : EACH_OK;
}

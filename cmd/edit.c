/*
 * edit — what the editing commands (sign, done, note) share: reading the
 * file to change, and writing the change over it so that nothing else
 * is lost: atomically (base/atomic.h), and never over a version the
 * command did not read.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/atomic.h"
#include "base/date.h"
#include "base/suggest.h"
#include "cmd.h"
#include "format/load.h"

bool
edit_read(struct edit_file *f, const char *path, const char *cmd)
{
	memset(f, 0, sizeof(*f));
	f->path = path;
	if (strcmp(path, "-") == 0) {
		usage_error(cmd, _("standard input cannot be edited: name the case FILE"));
		return false;
	}
	if (stat(path, &f->st) != 0) {
		warnx_(_("cannot read %s: %s"), path, strerror(errno));
		return false;
	}
	if (!S_ISREG(f->st.st_mode)) {
		warnx_(_("%s is not a regular file: only a case file can be edited"), path);
		return false;
	}
	return read_text(path, &f->text, &f->len, NULL);
}

struct opp_doc *
edit_load(const struct edit_file *f, const struct opp_config *cfg)
{
	struct opp_diags d;
	struct opp_doc *doc;

	opp_diags_init(&d);
	doc = opp_doc_load(f->path, f->text, f->len, cfg, &d);
	if (!doc) {
		opp_diags_sort(&d);
		print_diags(f->path, &d, f->text, f->len);
		warnx_(_("%s is not valid YAML: fix it first, nothing was changed"), f->path);
	}
	opp_diags_release(&d);
	return doc;
}

/* Whether the file on disk is still the one read (format/edit.h says
 * what counts as the same). */
static bool
unchanged(const struct edit_file *f)
{
	struct opp_buf err = OPP_BUF_INIT; /* gone or unreadable: changed */
	struct stat st;
	char *now = NULL;
	size_t len = 0;
	bool read = read_text_stat(f->path, &now, &len, &err, &st);
	bool same = opp_edit_unchanged(&f->st, f->text, f->len, read ? &st : NULL, now, len);

	free(now);
	opp_buf_release(&err);
	return same;
}

int
edit_write(struct edit_file *f, const struct opp_edit *e, const struct opp_config *cfg)
{
	struct opp_buf out = OPP_BUF_INIT, err = OPP_BUF_INIT;
	struct opp_atomic a;
	char *msg = NULL;
	int rc = EXIT_OK;

	if (!opp_edit_apply(&out, f->text, f->len, e, cfg, &err)) {
		warnx_("%s: %s", f->path, err.ptr);
		rc = EXIT_USAGE;
		goto done;
	}
	/* The new file is complete beside the old one before the last look
	 * at the old one: the window for another writer is the rename. */
	if (!opp_atomic_begin(&a, f->path, false, &msg)) {
		warnx_("%s", msg);
		rc = EXIT_USAGE;
		goto done;
	}
	if (!opp_atomic_write(&a, out.ptr, out.len, &msg)) {
		opp_atomic_abort(&a);
		warnx_("%s", msg);
		rc = EXIT_USAGE;
		goto done;
	}
	if (!unchanged(f)) {
		opp_atomic_abort(&a);
		warnx_(_("%s changed on disk since it was read: nothing was written; run the command again"),
		       f->path);
		rc = EXIT_USAGE;
		goto done;
	}
	if (!opp_atomic_commit(&a, &msg)) {
		warnx_("%s", msg);
		rc = EXIT_USAGE;
	}
done:
	free(msg);
	opp_buf_release(&out);
	opp_buf_release(&err);
	return rc;
}

void
edit_release(struct edit_file *f)
{
	free(f->text);
	f->text = NULL;
}

bool
edit_date(const char *cmd, const char *arg, int32_t *day)
{
	if (opp_date_parse(arg, day) && opp_date_in_range(*day))
		return true;
	usage_error(cmd, _("--datum '%s' is not a date from 1900 to 2199: write it as YYYY-MM-DD"), arg);
	return false;
}

const char *
suggest_id(const char *s, const struct opp_val *first, size_t n, size_t stride)
{
	const char **ids = xcalloc(n + 1, sizeof(*ids));
	const char *sug;
	size_t k = 0;

	for (size_t i = 0; i < n; i++) {
		const struct opp_val *v = (const struct opp_val *)((const char *)first + i * stride);
		if (v->s)
			ids[k++] = v->s;
	}
	sug = opp_suggest(s, ids, k);
	free(ids);
	return sug;
}

/*
 * due — what is overdue or coming up across case files, per person; for
 * a morning look and for cron (silent when nothing is due).
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "pool.h"
#include "base/date.h"
#include "base/escape.h"
#include "documents/due.h"
#include "format/load.h"
#include "checks/rules.h"

static const char usage[] = N_(
	"usage: opp due [options] [PATH...]\n"
	"\n"
	"List what is overdue (and, with --within, what falls due soon) in case files:\n"
	"afspraken, meeting reports, evaluations, consent, signatures, funding, goals.\n"
	"PATH is a file, a folder (searched for *.yaml and *.yml) or -; default: .\n"
	"\n"
	"  --as-of DATE        as if today were DATE (YYYY-MM-DD)\n"
	"  --within SPAN       also what falls due within SPAN: 7d, 2w, 1m or a date\n"
	"  --who WHO           only the items of one person: id, email or name\n"
	"  --format FMT        text (default), json or tsv\n"
	"  --config FILE       use this config instead of the nearest .opp.yaml\n"
	"  --no-config         use the default settings\n"
	"  -j, --jobs N        read N files at a time (default: the number of cores)\n"
	"  -h, --help          show this help\n"
	"\n"
	"Prints nothing when nothing is due. Exit status: 0 nothing overdue, 1 something\n"
	"is overdue, 2 usage error or a file that cannot be read.\n");

enum fmt { FMT_TEXT, FMT_JSON, FMT_TSV };

static void
when(struct opp_buf *b, int32_t days)
{
	if (days > 0)
		opp_buf_printf(b, days == 1 ? _("%d day overdue") : _("%d days overdue"), (int)days);
	else if (days == 0)
		opp_buf_puts(b, _("due today"));
	else
		opp_buf_printf(b, days == -1 ? _("due in %d day") : _("due in %d days"), (int)-days);
}

static void
text(struct opp_buf *b, const struct opp_due_list *l)
{
	const char *group = NULL;

	for (size_t i = 0; i < l->n; i++) {
		const struct opp_due_item *it = &l->v[i];
		struct opp_buf w = OPP_BUF_INIT;

		if (!group || strcmp(group, it->who) != 0) {
			group = it->who;
			if (i)
				opp_buf_putc(b, '\n');
			if (!*it->who)
				opp_buf_puts(b, _("(nobody named)"));
			else
				opp_buf_printf(b, "%s", it->naam ? it->naam : it->who);
			if (it->email)
				opp_buf_printf(b, " <%s>", it->email);
			if (*it->who)
				opp_buf_printf(b, " [%s]", it->who);
			opp_buf_putc(b, '\n');
		}
		when(&w, it->days);
		opp_buf_printf(b, "  %-18s %s  %-13s %s:%u  %s\n", w.ptr, opp_date_str(it->date).s,
		               opp_due_kind_names[it->kind], it->file, (unsigned)it->pos.line, it->what);
		opp_buf_release(&w);
	}
}

static void
json(struct opp_buf *b, const struct opp_due_list *l, int32_t today)
{
	opp_buf_printf(b, "{\"as_of\": \"%s\", \"items\": [", opp_date_str(today).s);
	for (size_t i = 0; i < l->n; i++) {
		const struct opp_due_item *it = &l->v[i];
		opp_buf_puts(b, i ? ",\n  {\"file\": " : "\n  {\"file\": ");
		opp_json_str(b, it->file);
		opp_buf_printf(b, ", \"line\": %u, \"kind\": \"%s\", \"date\": \"%s\", \"days\": %d, \"who\": ",
		               (unsigned)it->pos.line, opp_due_kind_names[it->kind],
		               opp_date_str(it->date).s, (int)it->days);
		opp_json_str(b, it->who);
		opp_buf_puts(b, ", \"email\": ");
		if (it->email)
			opp_json_str(b, it->email);
		else
			opp_buf_puts(b, "null");
		opp_buf_puts(b, ", \"what\": ");
		opp_json_str(b, it->what);
		opp_buf_putc(b, '}');
	}
	opp_buf_puts(b, l->n ? "\n]}\n" : "]}\n");
}

/* TSV: one item per line; tabs and newlines inside fields become spaces
 * (the library already made `what` one line). */
static void
tsv_field(struct opp_buf *b, const char *s, bool last)
{
	for (; s && *s; s++)
		opp_buf_putc(b, *s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
	opp_buf_putc(b, last ? '\n' : '\t');
}

static void
tsv(struct opp_buf *b, const struct opp_due_list *l)
{
	opp_buf_puts(b, "days\tdate\tkind\twho\tname\temail\tfile\tline\twhat\n");
	for (size_t i = 0; i < l->n; i++) {
		const struct opp_due_item *it = &l->v[i];
		opp_buf_printf(b, "%d\t%s\t%s\t", (int)it->days, opp_date_str(it->date).s,
		               opp_due_kind_names[it->kind]);
		tsv_field(b, it->who, false);
		tsv_field(b, it->naam, false);
		tsv_field(b, it->email, false);
		tsv_field(b, it->file, false);
		opp_buf_printf(b, "%u\t", (unsigned)it->pos.line);
		tsv_field(b, it->what, true);
	}
}

/* One file's items, made on a worker thread, merged in file order. */
struct slot {
	struct opp_due_list items;
	struct opp_buf err; /* why the file could not be read or loaded */
	bool failed;
};

struct run {
	const struct pathlist *files;
	const struct opp_config **cfgs;
	int32_t today, until;
	struct opp_due_list *items;
	bool failed;
};

static void
due_one(size_t i, void *slotp, void *ctxp)
{
	struct slot *sl = slotp;
	struct run *r = ctxp;
	const char *path = r->files->v[i];
	const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	struct opp_diags d;
	struct opp_doc *doc;
	char *src;
	size_t len;

	opp_due_init(&sl->items);
	opp_buf_init(&sl->err);
	if (!read_text(path, &src, &len, &sl->err)) {
		sl->failed = true;
		return;
	}
	opp_diags_init(&d);
	doc = opp_doc_load(name, src, len, r->cfgs[i], &d);
	if (!doc) {
		/* Reported, and the other files still get their list. */
		struct opp_diag_style st = diag_style();
		opp_diag_text(&sl->err, name, &d, src, len, &st);
		sl->failed = true;
	} else {
		opp_due_collect(&sl->items, doc, r->cfgs[i], r->today, r->until);
		opp_doc_free(doc);
	}
	opp_diags_release(&d);
	free(src);
}

static void
emit_one(size_t i, void *slotp, void *ctxp)
{
	struct slot *sl = slotp;
	struct run *r = ctxp;

	fputs(sl->err.ptr, stderr);
	opp_buf_release(&sl->err);
	r->failed |= sl->failed;
	opp_due_merge(r->items, &sl->items);
}

int
cmd_due(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "as-of", required_argument, NULL, 'a' },  { "within", required_argument, NULL, 'w' },
		{ "who", required_argument, NULL, 'W' },    { "format", required_argument, NULL, 'f' },
		{ "config", required_argument, NULL, 'c' }, { "no-config", no_argument, NULL, 'n' },
		{ "jobs", required_argument, NULL, 'j' },   { "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct run r = { 0 };
	int jobs = pool_default_jobs();
	const char *as_of = NULL, *within = NULL, *who = NULL;
	struct cfgopts co = { 0 };
	enum fmt fmt = FMT_TEXT;
	struct pathlist files = { 0 };
	struct opp_due_list items;
	struct opp_buf out = OPP_BUF_INIT;
	bool failed = false;
	int32_t today, until;
	int c, rc;

	optind = 1;
	while ((c = getopt_long(argc, argv, "j:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'j':
			if (!(jobs = pool_parse_jobs(optarg)))
				return usage_error("due", _("-j wants a number from 1 to 256, not '%s'"), optarg);
			break;
		case 'a': as_of = optarg; break;
		case 'w': within = optarg; break;
		case 'W': who = optarg; break;
		case 'c': co.file = optarg; break;
		case 'n': co.none = true; break;
		case 'h': fputs(_(usage), stdout); return EXIT_OK;
		case 'f':
			if (strcmp(optarg, "text") == 0) fmt = FMT_TEXT;
			else if (strcmp(optarg, "json") == 0) fmt = FMT_JSON;
			else if (strcmp(optarg, "tsv") == 0) fmt = FMT_TSV;
			else return usage_error("due", _("unknown format '%s': use text, json or tsv"), optarg);
			break;
		default:
			return try_help("due");
		}
	}
	if (co.file && co.none)
		return usage_error("due", _("--config and --no-config exclude each other"));
	if (!get_today(as_of, &today))
		return EXIT_USAGE;
	until = today - 1; /* default: only what is overdue */
	if (within && !opp_span_parse(within, today, &until))
		return usage_error("due", _("--within '%s' is not a span: use 7d, 2w, 1m or a date"), within);
	if (!collect_paths(argv + optind, argc - optind, &files))
		failed = true;

	opp_due_init(&items);
	r.files = &files;
	r.cfgs = xcalloc(files.n ? files.n : 1, sizeof(*r.cfgs));
	r.today = today;
	r.until = until;
	r.items = &items;
	for (size_t i = 0; i < files.n; i++)
		if (!(r.cfgs[i] = config_for(&co, files.v[i]))) {
			rc = EXIT_USAGE;
			free(r.cfgs);
			goto done;
		}
	pool_run(files.n, sizeof(struct slot), jobs, due_one, emit_one, &r);
	free(r.cfgs);
	failed |= r.failed;
	if (who)
		opp_due_filter(&items, who);
	opp_due_sort(&items);
	switch (fmt) {
	case FMT_TEXT: text(&out, &items); break;
	case FMT_JSON: json(&out, &items, today); break;
	case FMT_TSV:
		if (items.n)
			tsv(&out, &items);
		break;
	}
	rc = failed ? EXIT_USAGE : opp_due_overdue(&items) ? EXIT_FINDINGS : EXIT_OK;
	if (!write_out(stdout, &out))
		rc = EXIT_USAGE;
done:
	opp_due_release(&items);
	opp_buf_release(&out);
	pathlist_release(&files);
	config_cache_release();
	return rc;
}

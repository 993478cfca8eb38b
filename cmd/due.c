/*
 * due — what is overdue or coming up across case files, per person; for
 * a morning look and for cron (silent when nothing is due).
 */
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/escape.h"
#include "base/suggest.h"
#include "checks/rules.h"
#include "cmd.h"
#include "documents/due.h"
#include "format/load.h"
#include "pool.h"

static const char usage[] =
        N_("usage: opp due [options] [PATH...]\n"
           "\n"
           "List what is overdue (and, with --within, what falls due soon) in case files:\n"
           "afspraken, meeting reports, evaluations, consent, signatures, funding, goals.\n"
           "PATH is a file, a folder (searched for *.yaml and *.yml) or -; default: .\n"
           "\n"
           "  --within SPAN       also what falls due within SPAN: 7d, 2w, 1m or a date\n"
           "  --who WHO           only the items of one person: id, email or name\n"
           "  --regie ID          everything due in the cases this person coordinates\n"
           "                      (regie.opp or regie.gezinsplan), whoever it is for\n"
           "  --format FMT        text (default), json or tsv\n");

static const char epilog[] =
        N_("Prints nothing when nothing is due. Exit status: 0 nothing overdue, 1 something\n"
           "is overdue, 2 usage error or a file that cannot be read.\n");

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
		               opp_ob_kind_names[it->kind], it->file, (unsigned)it->pos.line, it->what);
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
		opp_buf_printf(b, ", \"line\": %u, \"kind\": \"%s\", \"rule\": ", (unsigned)it->pos.line,
		               opp_ob_kind_names[it->kind]);
		if (it->rule >= 0)
			opp_json_str(b, opp_rules[it->rule].name);
		else
			opp_buf_puts(b, "null");
		opp_buf_printf(b, ", \"date\": \"%s\", \"days\": %d, \"who\": ", opp_date_str(it->date).s,
		               (int)it->days);
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
	opp_buf_puts(b, "days\tdate\tkind\trule\twho\tname\temail\tfile\tline\twhat\n");
	for (size_t i = 0; i < l->n; i++) {
		const struct opp_due_item *it = &l->v[i];
		opp_buf_printf(b, "%d\t%s\t%s\t%s\t", (int)it->days, opp_date_str(it->date).s,
		               opp_ob_kind_names[it->kind], it->rule >= 0 ? opp_rules[it->rule].name : "");
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
	struct opp_buf err;   /* why the file could not be read or loaded */
	struct opp_buf names; /* with --who/--regie: the case's ids and names, NUL-separated */
	bool failed, knows_who, knows_regie;
};

struct run {
	const struct pathlist *files;
	const struct opp_config **cfgs;
	int32_t today, until;
	const char *who, *regie; /* --who, --regie */
	struct opp_due_list *items;
	bool failed;
	bool knows_who, knows_regie; /* some case names --who / has --regie as regievoerder */
	struct pathlist names;       /* ids and names seen, for "did you mean" */
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
	opp_buf_init(&sl->names);
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
		/* Known: some case names the person (defined but nothing due
		 * stays silent, for cron). */
		sl->knows_who = r->who && opp_due_names(doc, r->who);
		sl->knows_regie = r->regie && opp_due_names(doc, r->regie);
		if (!r->regie || opp_due_coordinates(doc, r->regie))
			opp_due_collect(&sl->items, doc, r->cfgs[i], r->today, r->until);
		/* For the suggestion, should no case name the person. */
		for (size_t k = 0; (r->who || r->regie) && k < doc->betrokkenen.n; k++) {
			const struct opp_persoon *p = &doc->betrokkenen.v[k];
			if (p->id.s)
				opp_buf_add(&sl->names, p->id.s, strlen(p->id.s) + 1);
			if (r->who && p->naam.s)
				opp_buf_add(&sl->names, p->naam.s, strlen(p->naam.s) + 1);
		}
		opp_doc_free(doc);
	}
	opp_diags_release(&d);
	free(src);
}

/* A name for the suggestion, once. */
static void
collect_name(struct pathlist *l, const char *s)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->v[i], s) == 0)
			return;
	xgrow(&l->v, &l->cap, l->n + 1, sizeof(*l->v));
	l->v[l->n++] = xstrdup(s);
}

/* --who or --regie names nobody in the cases: a typo in a cron job would
 * silently never remind anyone. A usage error, with the closest id or
 * name. */
static int
unknown(const char *opt, const char *who, const struct pathlist *names)
{
	const char *sug = opp_suggest(who, (const char *const *)names->v, names->n);

	if (sug)
		return usage_error("due", _("%s '%s' is nobody in these cases: did you mean '%s'?"), opt, who,
		                   sug);
	return usage_error("due",
	                   _("%s '%s' is nobody in these cases: use an id, email or name from betrokkenen"),
	                   opt, who);
}

static void
emit_one(size_t i, void *slotp, void *ctxp)
{
	struct slot *sl = slotp;
	struct run *r = ctxp;

	fputs(sl->err.ptr, stderr);
	opp_buf_release(&sl->err);
	r->failed |= sl->failed;
	r->knows_who |= sl->knows_who;
	r->knows_regie |= sl->knows_regie;
	/* Names are kept only while the person is still unknown. */
	if ((r->who && !r->knows_who) || (r->regie && !r->knows_regie))
		for (const char *p = sl->names.ptr; p < sl->names.ptr + sl->names.len; p += strlen(p) + 1)
			if (r->names.n < 4096)
				collect_name(&r->names, p);
	opp_buf_release(&sl->names);
	opp_due_merge(r->items, &sl->items);
}

struct opts {
	const char *within, *who, *regie;
};

enum { OPT_WITHIN = OPT_OWN, OPT_WHO, OPT_REGIE };

static int
option(void *opts, int c, const char *arg)
{
	struct opts *o = opts;

	switch (c) {
	case OPT_WITHIN: o->within = arg; break;
	case OPT_WHO: o->who = arg; break;
	case OPT_REGIE: o->regie = arg; break;
	}
	return EXIT_OK;
}

static int
run(struct setup *s, void *opts)
{
	const struct opts *o = opts;
	struct run r = {0};
	struct opp_due_list items;
	struct opp_buf out = OPP_BUF_INIT;
	int32_t until = s->today - 1; /* default: only what is overdue */
	int rc;

	if (o->within && !opp_span_parse(o->within, s->today, &until))
		return usage_error("due", _("--within '%s' is not a span: use 7d, 2w, 1m or a date"),
		                   o->within);
	opp_due_init(&items);
	r.files = &s->files;
	r.cfgs = xcalloc(s->files.n ? s->files.n : 1, sizeof(*r.cfgs));
	r.today = s->today;
	r.until = until;
	r.items = &items;
	r.who = o->who;
	r.regie = o->regie;
	for (size_t i = 0; i < s->files.n; i++)
		if (!(r.cfgs[i] = config_for(&s->cfg, s->files.v[i]))) {
			rc = EXIT_USAGE;
			free(r.cfgs);
			goto done;
		}
	pool_run(s->files.n, sizeof(struct slot), s->jobs, due_one, emit_one, &r);
	free(r.cfgs);
	if ((o->who && !r.knows_who) || (o->regie && !r.knows_regie)) {
		rc = o->who && !r.knows_who ? unknown("--who", o->who, &r.names)
		                            : unknown("--regie", o->regie, &r.names);
		pathlist_release(&r.names);
		goto done;
	}
	pathlist_release(&r.names);
	if (o->who)
		opp_due_filter(&items, o->who);
	opp_due_sort(&items);
	switch (output_format(s, NULL, OPP_FORMAT_TEXT)->id) {
	case OPP_FORMAT_JSON: json(&out, &items, s->today); break;
	case OPP_FORMAT_TSV:
		if (items.n)
			tsv(&out, &items);
		break;
	default: text(&out, &items); break;
	}
	rc = s->missing || r.failed ? EXIT_USAGE : opp_due_overdue(&items) ? EXIT_FINDINGS : EXIT_OK;
	if (!write_out(stdout, &out))
		rc = EXIT_USAGE;
done:
	opp_due_release(&items);
	opp_buf_release(&out);
	return rc;
}

static const struct option options[] = {
        {"within", required_argument, NULL, OPT_WITHIN},
        {"who", required_argument, NULL, OPT_WHO},
        {"regie", required_argument, NULL, OPT_REGIE},
        {NULL, 0, NULL, 0},
};

const struct command cmd_due = {
        "due",
        run,
        NEED_TODAY | NEED_CONFIG | NEED_JOBS | NEED_CASES,
        options,
        NULL,
        option,
        sizeof(struct opts),
        usage,
        epilog,
        N_("list what is overdue or coming up, per person (for cron)"),
        OPP_FOR_DUE,
        "format",
};

/*
 * due — what is overdue or coming up across case files, per person; for
 * a morning look and for cron (silent when nothing is due). With --eml
 * and --sendmail, one reminder mail per person (documents/reminder.h,
 * deliver.h).
 *
 * The items of each file go into an external sort as the files are read
 * (base/xsort.h) and come back per person, so a run over any number of
 * files holds a bounded amount of them.
 */
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/email.h"
#include "base/suggest.h"
#include "base/xsort.h"
#include "cmd.h"
#include "deliver.h"
#include "documents/due.h"
#include "documents/due_doc.h"
#include "documents/reminder.h"
#include "format/load.h"
#include "pool.h"

/* What the sort holds in memory before it writes a run to a temporary
 * file: the items of some thousands of files. */
#define SORT_BUDGET (1u << 20)

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
           "  --format FMT        text (default), json or tsv\n"
           "  --eml DIR           write one reminder mail per person into DIR\n"
           "                      (YYYY-MM-DD-<email>.eml), from the config's organisator\n"
           "  --sendmail[=PROGRAM]\n"
           "                      hand each reminder to PROGRAM -t on its standard input\n"
           "                      (default: sendmail; no shell)\n");

static const char epilog[] =
        N_("Prints nothing when nothing is due. A reminder names the pupil by initials and\n"
           "carries the actions only; an item for someone without an email address goes\n"
           "into the organisator's own mail (and is named on standard error).\n"
           "Exit status: 0 nothing overdue, 1 something is overdue or a mail could not be\n"
           "sent, 2 usage error, a file that cannot be read or a mail that cannot be written.\n");

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
	bool mail;               /* --eml or --sendmail: sort per recipient */
	struct opp_xsort *items; /* every item, as records */
	size_t overdue;          /* items overdue */
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
		if (r->who)
			opp_due_filter(&sl->items, r->who);
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

static int
cmp_who(const void *a, const void *b)
{
	const struct opp_due_item *const *x = a, *const *y = b;

	return strcmp((*x)->who, (*y)->who);
}

/* The people of one file whose items cannot reach them: named on
 * standard error (by id: the file says who they are), with where their
 * items go. */
static void
unreachable(const struct opp_due_list *l, const struct opp_reminder_from *from)
{
	const struct opp_due_item **v = xcalloc(l->n ? l->n : 1, sizeof(*v));
	size_t n = 0;

	for (size_t i = 0; i < l->n; i++)
		if (!opp_reminder_reaches(&l->v[i]))
			v[n++] = &l->v[i];
	qsort(v, n, sizeof(*v), cmp_who);
	for (size_t i = 0, j; i < n; i = j) {
		for (j = i + 1; j < n && strcmp(v[i]->who, v[j]->who) == 0; j++)
			;
		if (!*v[i]->who)
			warnx_(j - i == 1 ? _("%s: %zu item names nobody: it goes into the mail to %s")
			                  : _("%s: %zu items name nobody: they go into the mail to %s"),
			       v[i]->file, j - i, from->email);
		else
			warnx_(j - i == 1 ? _("%s: '%s' has no email address: their %zu item goes into the "
			                      "mail to %s")
			                  : _("%s: '%s' has no email address: their %zu items go into the "
			                      "mail to %s"),
			       v[i]->file, v[i]->who, j - i, from->email);
	}
	free(v);
}

/* The items of one file into the sort: per person (id) for the list,
 * per recipient for the mails. */
static void
sort_in(struct run *r, size_t i, const struct opp_due_list *l)
{
	struct opp_buf key = OPP_BUF_INIT, val = OPP_BUF_INIT;

	r->overdue += opp_due_overdue(l);
	if (r->mail) {
		struct opp_reminder_from from = {r->cfgs[i]->organisator_naam, r->cfgs[i]->organisator_email};
		unreachable(l, &from);
		opp_reminder_put(r->items, l, &from);
		return;
	}
	for (size_t k = 0; k < l->n; k++) {
		opp_buf_reset(&key);
		opp_buf_reset(&val);
		opp_due_key(&key, &l->v[k]);
		opp_due_pack(&val, &l->v[k]);
		opp_xsort_put(r->items, key.ptr, key.len, val.ptr, val.len);
	}
	opp_buf_release(&key);
	opp_buf_release(&val);
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
	sort_in(r, i, &sl->items);
	opp_due_release(&sl->items);
}

struct opts {
	const char *within, *who, *regie;
	const char *eml;      /* --eml DIR */
	const char *sendmail; /* --sendmail: the program */
};

enum { OPT_WITHIN = OPT_OWN, OPT_WHO, OPT_REGIE, OPT_EML, OPT_SENDMAIL };

static int
option(void *opts, int c, const char *arg)
{
	struct opts *o = opts;

	switch (c) {
	case OPT_WITHIN: o->within = arg; break;
	case OPT_WHO: o->who = arg; break;
	case OPT_REGIE: o->regie = arg; break;
	case OPT_EML: o->eml = arg; break;
	case OPT_SENDMAIL:
		if (arg && !*arg)
			return usage_error("due", _("--sendmail= needs a program, or leave out the '='"));
		o->sendmail = arg ? arg : deliver_sendmail();
		break;
	}
	return EXIT_OK;
}

/* The list on standard output, as the items come out of the sort. */
static bool
print_list(struct setup *s, struct opp_xsort *x)
{
	struct opp_buf out = OPP_BUF_INIT, key = OPP_BUF_INIT, val = OPP_BUF_INIT;
	struct opp_due_doc d;
	struct opp_due_item it;
	bool ok = true;

	opp_due_doc_begin(&out, &d, output_format(s, NULL, OPP_FORMAT_TEXT)->id, s->today);
	while (ok && opp_xsort_next(x, &key, &val)) {
		if (!opp_due_unpack(&it, val.ptr, val.len))
			break;
		opp_due_doc_item(&out, &d, &it);
		if (out.len >= 65536) {
			ok = write_out(stdout, &out);
			opp_buf_reset(&out);
		}
	}
	opp_due_doc_end(&out, &d);
	ok = ok && write_out(stdout, &out);
	opp_buf_release(&out);
	opp_buf_release(&key);
	opp_buf_release(&val);
	return ok;
}

/* The reminders: one mail per person into --eml DIR and/or to
 * --sendmail. Sets *sent_failed when the program failed for someone. */
static bool
send_reminders(struct setup *s, const struct opts *o, struct opp_xsort *x, int64_t now, bool *send_failed)
{
	struct deliver d = {o->eml, o->sendmail, NULL, 0, 0, false, false};
	struct opp_reminder_out out = deliver_out(&d);
	int err;

	if (!opp_reminders_write(x, &(struct opp_reminder_opts){s->today, now}, &out, &err)) {
		warnx_(_("the reminders stopped: a temporary file failed: %s"), strerror(err));
		d.io_failed = true;
	}
	fflush(stdout);
	*send_failed = d.send_failed;
	return !d.io_failed;
}

/* The sender every config gives the reminders: its organisator with a
 * usable address, or a usage error naming the config. */
static bool
senders_ok(const struct opp_config **cfgs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct opp_config *c = cfgs[i];
		if (i && c == cfgs[i - 1])
			continue;
		if (!c->organisator_email || !opp_email_ok(c->organisator_email)) {
			usage_error(
			        "due",
			        c->organisator_email
			                ? _("%s: organisator.email '%s' is not a usable address (one plain "
			                    "name@domain): the reminders need a sender")
			                : _("%s: the reminders need a sender: set organisator with naam and "
			                    "email in the config"),
			        c->path ? c->path : _("the default settings (no .opp.yaml)"),
			        c->organisator_email ? c->organisator_email : "");
			return false;
		}
	}
	return true;
}

static int
run(struct setup *s, void *opts)
{
	const struct opts *o = opts;
	struct run r = {0};
	int32_t until = s->today - 1; /* default: only what is overdue */
	int64_t now = 0;
	bool send_failed = false;
	int rc;

	if (o->within && !opp_span_parse(o->within, s->today, &until))
		return usage_error("due", _("--within '%s' is not a span: use 7d, 2w, 1m or a date"),
		                   o->within);
	r.mail = o->eml || o->sendmail;
	if (r.mail && s->format)
		return usage_error("due", _("--format and --eml/--sendmail exclude each other"));
	if ((o->eml && !deliver_dir_ok(o->eml)) || (r.mail && !clock_now(&now)))
		return EXIT_USAGE;
	r.files = &s->files;
	r.cfgs = xcalloc(s->files.n ? s->files.n : 1, sizeof(*r.cfgs));
	r.today = s->today;
	r.until = until;
	r.who = o->who;
	r.regie = o->regie;
	for (size_t i = 0; i < s->files.n; i++)
		if (!(r.cfgs[i] = config_for(&s->cfg, s->files.v[i]))) {
			free(r.cfgs);
			return EXIT_USAGE;
		}
	if (r.mail && !senders_ok(r.cfgs, s->files.n)) {
		free(r.cfgs);
		return EXIT_USAGE;
	}
	r.items = opp_xsort_new(SORT_BUDGET);
	pool_run(s->files.n, sizeof(struct slot), s->jobs, due_one, emit_one, &r);
	free(r.cfgs);
	if ((o->who && !r.knows_who) || (o->regie && !r.knows_regie)) {
		rc = o->who && !r.knows_who ? unknown("--who", o->who, &r.names)
		                            : unknown("--regie", o->regie, &r.names);
		pathlist_release(&r.names);
		opp_xsort_free(r.items);
		return rc;
	}
	pathlist_release(&r.names);
	rc = s->missing || r.failed ? EXIT_USAGE : r.overdue ? EXIT_FINDINGS : EXIT_OK;
	if (r.mail ? !send_reminders(s, o, r.items, now, &send_failed) : !print_list(s, r.items))
		rc = EXIT_USAGE;
	else if (!r.mail && opp_xsort_error(r.items)) {
		warnx_(_("the list stopped: a temporary file failed: %s"),
		       strerror(opp_xsort_error(r.items)));
		rc = EXIT_USAGE;
	}
	if (send_failed && rc == EXIT_OK)
		rc = EXIT_FINDINGS;
	opp_xsort_free(r.items);
	return rc;
}

static const struct option options[] = {
        {"within", required_argument, NULL, OPT_WITHIN},     {"who", required_argument, NULL, OPT_WHO},
        {"regie", required_argument, NULL, OPT_REGIE},       {"eml", required_argument, NULL, OPT_EML},
        {"sendmail", optional_argument, NULL, OPT_SENDMAIL}, {NULL, 0, NULL, 0},
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

/*
 * diff — what changed in the plan since a version of it, as events.
 */
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/escape.h"
#include "cmd.h"
#include "facts/handelingsdeel.h"
#include "format/load.h"
#include "git.h"

static const char usage[] =
        N_("usage: opp diff [options] [REV] FILE\n"
           "\n"
           "Show what changed in the plan between revision REV (a commit, tag or branch)\n"
           "and the file as it is now, as events a parent can read, not as lines. Without\n"
           "REV: since the version each party last agreed to (opp sign), found in the\n"
           "history from git. The descriptions are in Dutch.\n"
           "\n"
           "  --format FMT        text (default) or json\n");

static const char epilog[] =
        N_("Exit status: 0 shown, 1 the file or that version of it is not valid YAML,\n"
           "2 usage error (no agreement bound to a version and no REV too), a file that\n"
           "cannot be read, or a file that is not in a git work tree.\n");

/* One comparison: since which version, for whom. */
struct section {
	const char *rev;  /* as given, or NULL: a version agreed to */
	char commit[41];  /* "" when no committed version was found */
	int32_t date;     /* the commit's date */
	const char *oid;  /* the version's blob (agreements), or NULL (rev: text) */
	unsigned parties; /* bit mask of enum opp_partij */
	int32_t agreed[OPP_PARTIJ_COUNT];
};

struct out {
	bool json; /* --format json */
	struct opp_buf b;
	bool first;
};

static void
who(struct opp_buf *b, unsigned parties)
{
	int n = 0, total = 0;

	for (int p = 0; p < OPP_PARTIJ_COUNT; p++)
		total += (parties >> p) & 1;
	for (int p = 0; p < OPP_PARTIJ_COUNT; p++)
		if ((parties >> p) & 1) {
			n++;
			opp_buf_printf(b, "%s%s",
			               n == 1       ? ""
			               : n == total ? " en "
			                            : ", ",
			               opp_partij_names[p]);
		}
}

static void
show(struct out *w, const struct section *sec, const struct opp_events *ev)
{
	struct opp_buf *b = &w->b;

	if (w->json) {
		opp_buf_printf(b, "%s\n  {\"rev\": ", w->first ? "" : ",");
		w->first = false;
		if (sec->rev)
			opp_json_str(b, sec->rev);
		else
			opp_buf_puts(b, "null");
		opp_buf_puts(b, ", \"commit\": ");
		if (*sec->commit)
			opp_buf_printf(b, "\"%s\", \"date\": \"%s\"", sec->commit, opp_date_str(sec->date).s);
		else
			opp_buf_puts(b, "null, \"date\": null");
		opp_buf_puts(b, ", \"parties\": [");
		for (int p = 0, n = 0; p < OPP_PARTIJ_COUNT; p++)
			if ((sec->parties >> p) & 1)
				opp_buf_printf(b, "%s\"%s\"", n++ ? ", " : "", opp_partij_names[p]);
		opp_buf_puts(b, "], \"events\": [");
		for (size_t i = 0; ev && i < ev->n; i++) {
			opp_buf_puts(b, i ? ", {" : "{");
			opp_event_json(b, &ev->v[i]);
			opp_buf_putc(b, '}');
		}
		opp_buf_puts(b, "]}");
		return;
	}
	if (!w->first)
		opp_buf_putc(b, '\n');
	w->first = false;
	if (sec->rev) {
		opp_buf_printf(b, "sinds %s (%s, %.7s):\n", sec->rev, opp_date_str(sec->date).s, sec->commit);
	} else if (!*sec->commit) {
		opp_buf_puts(b, "het akkoord van ");
		who(b, sec->parties);
		opp_buf_puts(b,
		             ": geen vastgelegde versie in git heeft het handelingsdeel waarmee akkoord werd "
		             "gegeven\n");
		return;
	} else {
		opp_buf_puts(b, "sinds de versie waarmee ");
		who(b, sec->parties);
		opp_buf_printf(b, " akkoord ging%s (%s, %.7s):\n",
		               (sec->parties & (sec->parties - 1)) ? "en" : "", opp_date_str(sec->date).s,
		               sec->commit);
	}
	if (!ev->n)
		opp_buf_puts(b, "  geen wijzigingen\n");
	for (size_t i = 0; i < ev->n; i++)
		opp_buf_printf(b, "  %s\n", ev->v[i].tekst);
}

static int
run(struct setup *s, void *opts)
{
	const char *file = s->nargs == 2 ? s->args[1] : s->nargs == 1 ? s->args[0] : NULL;
	const char *rev = s->nargs == 2 ? s->args[0] : NULL;
	const struct opp_config *cfg;
	struct out w = {output_format(s, NULL, OPP_FORMAT_TEXT)->id == OPP_FORMAT_JSON, OPP_BUF_INIT, true};
	struct opp_versions vs;
	struct opp_diags d;
	struct opp_doc *now = NULL;
	struct git_file *g = NULL;
	char *text = NULL;
	size_t len;
	int rc = EXIT_OK;

	if (!file)
		return usage_error("diff", _("name the case FILE, and a revision before it if you like"));
	if (strcmp(file, "-") == 0)
		return usage_error("diff", _("standard input has no history: name the case FILE"));
	if (!(cfg = config_for(&s->cfg, file)) || !read_text(file, &text, &len, NULL))
		return EXIT_USAGE;
	opp_diags_init(&d);
	if (!(now = opp_doc_load(file, text, len, cfg, &d))) {
		print_diags(file, &d, text, len);
		rc = EXIT_FINDINGS;
		goto done;
	}
	if (!(g = git_open(file, false))) {
		rc = EXIT_USAGE;
		goto done;
	}
	opp_versions_init(&vs, git_blob, g, cfg);
	if (w.json) {
		opp_buf_puts(&w.b, "{\"file\": ");
		opp_json_str(&w.b, file);
		opp_buf_puts(&w.b, ", \"since\": [");
	}
	if (rev) {
		struct section sec = {.rev = rev};
		struct opp_events ev;
		struct opp_doc *then;
		struct opp_diags dt;
		char *old;
		size_t oldlen;

		if (!git_at(g, rev, &old, &oldlen, sec.commit, &sec.date)) {
			rc = EXIT_USAGE;
			goto release;
		}
		opp_diags_init(&dt);
		then = opp_doc_load(file, old, oldlen, cfg, &dt);
		opp_diags_release(&dt);
		free(old);
		if (!then) {
			warnx_(_("%s at %s is not valid YAML: nothing to compare"), file, rev);
			rc = EXIT_FINDINGS;
			goto release;
		}
		opp_events_init(&ev);
		opp_events_diff(&ev, then, now, s->today, NULL);
		show(&w, &sec, &ev);
		opp_events_release(&ev);
		opp_doc_free(then);
	} else {
		struct opp_akkoord_status st[OPP_PARTIJ_COUNT];
		struct section secs[OPP_PARTIJ_COUNT];
		size_t n = 0;

		opp_akkoord_statussen(now, NULL, st);
		git_plan_history(g, true); /* the search goes newest first */
		for (int p = 0; p < OPP_PARTIJ_COUNT; p++) {
			const struct opp_change *c;
			size_t k;
			if (st[p].stand != OPP_AKKOORD_ACTUEEL && st[p].stand != OPP_AKKOORD_VERVALLEN)
				continue;
			c = opp_history_agreed(git_history(g), &vs, st[p].laatste->handelingsdeel.s);
			for (k = 0; k < n; k++)
				if (c ? strcmp(secs[k].commit, c->commit) == 0 : !*secs[k].commit)
					break;
			if (k == n) {
				memset(&secs[n], 0, sizeof(secs[n]));
				if (c) {
					memcpy(secs[n].commit, c->commit, 41);
					secs[n].date = c->date;
					secs[n].oid = c->new_blob;
				}
				n++;
			}
			secs[k].parties |= 1u << p;
		}
		if (!n) {
			warnx_(_("no agreement in %s is bound to a version (opp sign records one): name a "
			         "revision, "
			         "as in opp diff HEAD~1 %s"),
			       file, file);
			rc = EXIT_USAGE;
			goto release;
		}
		for (size_t k = 0; k < n; k++) {
			struct opp_events ev;
			const struct opp_doc *then = secs[k].oid ? opp_versions_get(&vs, secs[k].oid) : NULL;
			opp_events_init(&ev);
			if (then)
				opp_events_diff(&ev, then, now, s->today, NULL);
			show(&w, &secs[k], &ev);
			opp_events_release(&ev);
		}
	}
	if (w.json)
		opp_buf_puts(&w.b, w.first ? "]}\n" : "\n]}\n");
	if (!write_out(stdout, &w.b))
		rc = EXIT_USAGE;
release:
	opp_versions_release(&vs);
done:
	git_close(g);
	opp_doc_free(now);
	opp_diags_release(&d);
	opp_buf_release(&w.b);
	free(text);
	return rc;
}

const struct command cmd_diff = {
        "diff",
        run,
        NEED_TODAY | NEED_CONFIG,
        NULL,
        NULL,
        NULL,
        0,
        usage,
        epilog,
        N_("what changed in the plan since a version of it, as events"),
        OPP_FOR_HISTORY,
        "format",
};

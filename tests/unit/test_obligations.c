/*
 * test_obligations — one account of what is owed (lib/facts/obligations.c):
 * `opp validate` and `opp due` agree for every example, fixture and a
 * generated corpus (OPP_CORPUS, made by `make check`), on a range of
 * dates: an overdue due item with a rule is a finding of that rule at the
 * same line, and a finding that reports an overdue obligation is an
 * overdue due item, except an obligation met late (a finding, nothing to
 * do) and a defect that shows before its deadline (early).
 */
#include <criterion/criterion.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "checks/rules.h"
#include "checks/validate.h"
#include "documents/due.h"
#include "facts/obligations.h"
#include "format/config.h"
#include "format/load.h"
#include "helpers.h"

static bool
has_finding(const struct opp_diags *d, int rule, unsigned line)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->v[i].rule == rule && d->v[i].pos.line == line)
			return true;
	return false;
}

static bool
has_overdue_item(const struct opp_due_list *l, int rule, unsigned line)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].rule == rule && l->v[i].pos.line == line && l->v[i].days > 0)
			return true;
	return false;
}

/* The obligation behind a finding: same rule and line, reported today. */
static const struct opp_obligation *
behind(const struct opp_obligations *ob, const struct opp_diag *g, int32_t today)
{
	for (size_t i = 0; i < ob->n; i++)
		if (ob->v[i].rule == g->rule && ob->v[i].pos.line == g->pos.line &&
		    opp_ob_is_finding(&ob->v[i], today))
			return &ob->v[i];
	return NULL;
}

static size_t checked, items_seen, findings_seen;
static size_t kinds_seen[OPP_OB_COUNT]; /* due items per kind */

static void
agree(const char *path, const char *text, size_t len, int32_t today)
{
	struct opp_config cfg;
	struct opp_diags d;
	struct opp_due_list due;
	struct opp_obligations ob;
	struct opp_doc *doc;

	opp_config_defaults(&cfg);
	opp_diags_init(&d);
	doc = opp_validate(path, text, len, &cfg, today, &d);
	if (!doc) {
		opp_diags_release(&d);
		opp_config_release(&cfg);
		return;
	}
	opp_due_init(&due);
	opp_due_collect(&due, doc, &cfg, today, today - 1);
	opp_obligations_collect(&ob, doc, &cfg, today);

	for (size_t i = 0; i < due.n; i++) {
		const struct opp_due_item *it = &due.v[i];
		items_seen++;
		kinds_seen[it->kind]++;
		if (it->rule < 0 || it->days <= 0)
			continue;
		cr_expect(has_finding(&d, it->rule, it->pos.line),
		          "%s as of %s: due item '%s' (%s, line %u) is no finding", path,
		          opp_date_str(today).s, it->what, opp_rules[it->rule].name, (unsigned)it->pos.line);
	}
	for (size_t i = 0; i < d.n; i++) {
		const struct opp_diag *g = &d.v[i];
		const struct opp_obligation *o;

		if (!opp_rules[g->rule].owed)
			continue;
		findings_seen++;
		o = behind(&ob, g, today);
		if (!o) {
			/* Only a rule with a check of its own that does not depend
			 * on the date reports outside the obligations. */
			cr_expect(g->rule == OPP_RULE_DOEL_TERMIJN || g->rule == OPP_RULE_VASTGESTELD ||
			                  g->rule == OPP_RULE_VOORTGANG,
			          "%s as of %s: finding of owed rule %s at line %u has no obligation: %s",
			          path, opp_date_str(today).s, opp_rules[g->rule].name, (unsigned)g->pos.line,
			          g->msg);
			continue;
		}
		if (o->state == OPP_OB_LATE || (o->early && !opp_ob_overdue(o, today)))
			continue;
		cr_expect(has_overdue_item(&due, g->rule, g->pos.line),
		          "%s as of %s: finding '%s' (%s, line %u) is no overdue due item", path,
		          opp_date_str(today).s, g->msg, opp_rules[g->rule].name, (unsigned)g->pos.line);
	}
	checked++;
	opp_obligations_release(&ob);
	opp_due_release(&due);
	opp_doc_free(doc);
	opp_diags_release(&d);
	opp_config_release(&cfg);
}

static void
agree_all(const char *pattern, size_t *files)
{
	glob_t g;

	if (glob(pattern, 0, NULL, &g) != 0)
		return;
	for (size_t i = 0; i < g.gl_pathc; i++) {
		size_t len;
		char *text = slurp(g.gl_pathv[i], &len);
		/* Every 37 days from mid 2025 to the end of 2027: before,
		 * during and after every deadline in the examples. */
		for (int32_t on = opp_date_from_ymd(2025, 6, 1); on <= opp_date_from_ymd(2027, 12, 31);
		     on += 37)
			agree(g.gl_pathv[i], text, len, on);
		free(text);
		++*files;
	}
	globfree(&g);
}

Test(agreement, due_and_validate_agree)
{
	static const char *const patterns[] = {
	        "examples/*.yaml",       "tests/schema/good/*.yaml", "tests/schema/bad/*.yaml",
	        "tests/cli/*/*.yaml",    "tests/cli/*/*/*.yaml",     "tests/edit/*.yaml",
	        "tests/git/plan/*.yaml",
	};
	const char *corpus = getenv("OPP_CORPUS");
	size_t files = 0;

	for (size_t i = 0; i < sizeof(patterns) / sizeof(*patterns); i++)
		agree_all(patterns[i], &files);
	cr_assert_geq(files, 40, "the fixtures are found from the repository root (%zu)", files);
	/* The kinds that come only from notes, outcomes and funding in
	 * their history: progress notes owed before an evaluation, a goal
	 * stuck at two evaluations, a funder's decision overdue. Both the
	 * fixtures and the generated corpus must hold each, or the
	 * agreement says nothing about them. */
	static const enum opp_ob_kind rare[] = {OPP_OB_VOORTGANG, OPP_OB_STAGNATIE, OPP_OB_BESLUIT};
	for (size_t k = 0; k < sizeof(rare) / sizeof(*rare); k++)
		cr_expect_gt(kinds_seen[rare[k]], 0, "no %s item in the fixtures",
		             opp_ob_kind_names[rare[k]]);
	if (corpus && *corpus) {
		char pat[4096];
		size_t before = files, fixtures[OPP_OB_COUNT];
		memcpy(fixtures, kinds_seen, sizeof(fixtures));
		snprintf(pat, sizeof(pat), "%s/*/*.yaml", corpus);
		agree_all(pat, &files);
		cr_assert_geq(files - before, 100, "the generated corpus in %s", corpus);
		for (size_t k = 0; k < sizeof(rare) / sizeof(*rare); k++)
			cr_expect_gt(kinds_seen[rare[k]] - fixtures[rare[k]], 0,
			             "no %s item in the corpus %s", opp_ob_kind_names[rare[k]], corpus);
	}
	/* The comparison was not empty. */
	cr_assert_gt(items_seen, 1000);
	cr_assert_gt(findings_seen, 1000);
	for (int k = 0; k < OPP_OB_COUNT; k++)
		fprintf(stderr, "agreement: %zu %s items\n", kinds_seen[k], opp_ob_kind_names[k]);
	fprintf(stderr, "agreement: %zu files, %zu checks, %zu due items, %zu owed findings\n", files,
	        checked, items_seen, findings_seen);
}

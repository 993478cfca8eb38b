/*
 * opp — load + rules.
 */
#include "checks/validate.h"

#include "checks/rules.h"
#include "facts/obligations.h"
#include "format/load.h"

struct opp_doc *
opp_validate(const char *name, const char *text, size_t len, const struct opp_config *cfg, int32_t today,
             struct opp_diags *diags)
{
	return opp_validate_with(name, text, len, cfg, today, diags, NULL, NULL);
}

struct opp_doc *
opp_validate_with(const char *name, const char *text, size_t len, const struct opp_config *cfg, int32_t today,
                  struct opp_diags *diags, opp_validate_hook *hook, void *hctx)
{
	struct opp_config defaults;
	struct opp_doc *doc;
	struct opp_ctx ctx = {0};
	struct opp_obligations ob;

	if (!cfg) {
		opp_config_defaults(&defaults);
		cfg = &defaults;
	}
	doc = opp_doc_load(name, text, len, cfg, diags);
	if (doc) {
		ctx.doc = doc;
		ctx.cfg = cfg;
		ctx.today = today;
		ctx.out = diags;
		if (hook) {
			opp_obligations_collect(&ob, doc, cfg, today);
			hook(hctx, doc, &ob);
			ctx.ob = &ob;
		}
		opp_rules_run(&ctx);
		if (hook)
			opp_obligations_release(&ob);
	} else {
		opp_rules_apply_config(diags, cfg);
	}
	opp_diags_sort(diags);
	return doc;
}

/*
 * sign — record a party's agreement to exactly this handelingsdeel.
 */
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/suggest.h"
#include "checks/validate.h"
#include "cmd.h"
#include "facts/handelingsdeel.h"
#include "facts/query.h"
#include "format/load.h"

static const char usage[] =
        N_("usage: opp sign [options] FILE --as PARTY\n"
           "\n"
           "Record that PARTY agreed to the plan as it is now: ondertekening.PARTY gets\n"
           "{datum, handelingsdeel: sha256:...}, the digest of the goals and the support\n"
           "(the handelingsdeel, WPO 40a), after any earlier agreements, which are kept as\n"
           "a list. Any later change to the goals or the support makes this agreement\n"
           "lapse (rule ondertekening-actueel). Only the lines that must change do.\n"
           "\n"
           "  --as PARTY          ouders, school, toegang or leerling\n"
           "  --datum DATE        the day PARTY agreed (default: today)\n"
           "  --show-canonical    print the handelingsdeel as the canonical JSON that is\n"
           "                      signed, and change nothing: | sha256sum gives its digest\n");

static const char epilog[] =
        N_("Exit status: 0 recorded (or shown), 1 refused: the file has errors, the date is\n"
           "in the future or before the first OT, or PARTY already agreed to this version;\n"
           "2 usage error, or a file that cannot be read or written.\n");

struct opts {
	const char *as;
	const char *datum;
	bool canonical;
};

enum { OPT_AS = OPT_OWN, OPT_DATUM, OPT_CANONICAL };

static int
option(void *opts, int c, const char *arg)
{
	struct opts *o = opts;

	switch (c) {
	case OPT_AS: o->as = arg; break;
	case OPT_DATUM: o->datum = arg; break;
	case OPT_CANONICAL: o->canonical = true; break;
	}
	return EXIT_OK;
}

/* The findings that keep a plan from being signed: every error, except
 * those signing is the answer to. */
static bool
blocking(const struct opp_diag *g)
{
	return g->sev == OPP_SEV_ERROR && g->rule != OPP_RULE_ONDERTEKENING &&
	       g->rule != OPP_RULE_ONDERTEKENING_ACTUEEL;
}

static int
show_canonical(const struct setup *s, const struct opp_config *cfg)
{
	struct opp_buf b = OPP_BUF_INIT;
	struct opp_diags d;
	struct opp_doc *doc;
	char *text;
	size_t len;
	int rc = EXIT_OK;

	if (!read_text(s->file, &text, &len, NULL))
		return EXIT_USAGE;
	opp_diags_init(&d);
	if (!(doc = opp_doc_load(s->name, text, len, cfg, &d))) {
		print_diags(s->name, &d, text, len);
		rc = EXIT_FINDINGS;
	} else {
		opp_handelingsdeel_json(&b, doc);
		if (!write_out(stdout, &b))
			rc = EXIT_USAGE;
	}
	opp_doc_free(doc);
	opp_diags_release(&d);
	opp_buf_release(&b);
	free(text);
	return rc;
}

static int
run(struct setup *s, void *opts)
{
	const struct opts *o = opts;
	const struct opp_config *cfg;
	const struct opp_overleg *ot;
	const struct opp_akkoord *last;
	struct edit_file f;
	struct opp_diags d;
	struct opp_doc *doc = NULL;
	char digest[OPP_DIGEST_SIZE];
	int32_t datum = s->today;
	int partij, rc = EXIT_FINDINGS;
	size_t blockers = 0;

	if (!(cfg = config_for(&s->cfg, s->file)))
		return EXIT_USAGE;
	if (o->canonical)
		return show_canonical(s, cfg);
	if (!o->as)
		return usage_error("sign", _("say who agreed: --as ouders, school, toegang or leerling"));
	if ((partij = opp_name_index(opp_partij_names, o->as)) < 0) {
		const char *sug = opp_suggest(o->as, opp_partij_names, OPP_PARTIJ_COUNT);
		if (sug)
			return usage_error("sign", _("--as '%s' is not a party: did you mean '%s'?"), o->as,
			                   sug);
		return usage_error("sign",
		                   _("--as '%s' is not a party: use ouders, school, toegang or leerling"),
		                   o->as);
	}
	if (o->datum && !edit_date("sign", o->datum, &datum))
		return EXIT_USAGE;
	if (!edit_read(&f, s->file, "sign"))
		return EXIT_USAGE;
	opp_diags_init(&d);
	doc = opp_validate(s->name, f.text, f.len, cfg, s->today, &d);
	for (size_t i = 0; i < d.n; i++)
		blockers += blocking(&d.v[i]);
	if (!doc || blockers) {
		struct opp_diags shown;
		opp_diags_init(&shown);
		for (size_t i = 0; i < d.n; i++)
			if (blocking(&d.v[i]))
				opp_diags_add(&shown, d.v[i].rule, d.v[i].sev, d.v[i].pos, "%s", d.v[i].msg);
		print_diags(s->name, &shown, f.text, f.len);
		opp_diags_release(&shown);
		warnx_(_("%s has errors: a plan is signed once it is valid; nothing was changed"), s->name);
		goto done;
	}
	ot = opp_first_ot(doc);
	last = opp_akkoord_laatste(opp_partij_akkoorden(doc, partij));
	opp_handelingsdeel_digest(doc, digest);
	if (datum > s->today) {
		warnx_(_("--datum %s is in the future: an agreement is recorded once it is given"),
		       opp_date_str(datum).s);
	} else if (!ot || !ot->datum.s) {
		warnx_(_("%s has no OT yet: the plan is agreed at the OT or after it"), s->name);
	} else if (datum < ot->datum.i) {
		warnx_(_("%s: %s is before the first OT of %s: the plan is agreed at the OT or after it"),
		       s->name, opp_date_str(datum).s, opp_date_str(ot->datum.i).s);
	} else if (last && last->handelingsdeel.s && strcmp(last->handelingsdeel.s, digest) == 0) {
		warnx_(_("%s: %s already agreed to this version of the handelingsdeel on %s: nothing to "
		         "sign"),
		       s->name, o->as, opp_date_str(last->datum.i).s);
	} else if (last && last->datum.s && datum < last->datum.i) {
		warnx_(_("%s: %s is before the last agreement of %s (%s): agreements are kept oldest first"),
		       s->name, opp_date_str(datum).s, o->as, opp_date_str(last->datum.i).s);
	} else {
		struct opp_edit e = {.kind = OPP_EDIT_SIGN,
		                     .partij = opp_partij_names[partij],
		                     .digest = digest,
		                     .datum = datum};
		rc = edit_write(&f, &e, cfg);
	}
done:
	opp_doc_free(doc);
	opp_diags_release(&d);
	edit_release(&f);
	return rc;
}

static const struct option options[] = {
        {"as", required_argument, NULL, OPT_AS},
        {"datum", required_argument, NULL, OPT_DATUM},
        {"show-canonical", no_argument, NULL, OPT_CANONICAL},
        {NULL, 0, NULL, 0},
};

const struct command cmd_sign = {
        "sign",
        run,
        NEED_TODAY | NEED_CONFIG | NEED_FILE,
        options,
        NULL,
        option,
        sizeof(struct opts),
        usage,
        epilog,
        N_("record a party's agreement to exactly this handelingsdeel"),
        0,
        NULL,
};

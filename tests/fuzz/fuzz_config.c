/*
 * fuzz_config — libFuzzer harness for `.opp.yaml`: opp_config_parse() on
 * the input. When the config is accepted, a small fixed case file is
 * checked with it, so that what a config can set (role names, rule
 * severities, limits in months and weeks) reaches the loader and the
 * rules. Everything is freed: a leak is a bug. See docs/fuzzing.md.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "format/config.h"
#include "base/date.h"
#include "format/diag.h"
#include "format/model.h"
#include "checks/validate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Roles, a meeting, a goal and an arrangement: enough for every setting
 * to matter. "toegangsteam-jeugd" only loads when the config maps it. */
static const char case_yaml[] =
	"opp: 1\n"
	"leerling:\n"
	"  naam: Sam de Vries\n"
	"  geboortedatum: 2008-03-01\n"
	"  school: De Linde\n"
	"regie:\n"
	"  opp: ib\n"
	"betrokkenen:\n"
	"  - id: ib\n"
	"    naam: Bea Smit\n"
	"    rol: intern-begeleider\n"
	"    email: bea@school.example\n"
	"  - id: ouders\n"
	"    naam: Ouders van Sam\n"
	"    rol: ouders\n"
	"  - id: tj\n"
	"    naam: Tim Jansen\n"
	"    rol: toegangsteam-jeugd\n"
	"signalen: [opvoeden-zwaar]\n"
	"overleggen:\n"
	"  - datum: 2025-10-01\n"
	"    soort: ot\n"
	"    doel: Begrijpen wat Sam nodig heeft.\n"
	"    genodigden: [ib, ouders, tj]\n"
	"    toestemming: 2025-09-20\n"
	"    verslag: Afgesproken.\n"
	"doelen:\n"
	"  - id: d1\n"
	"    doel: Op tijd op school.\n"
	"    termijn: 2026-06-30\n"
	"  - id: d2\n"
	"    doel: Thuis rust.\n"
	"    context: thuis\n"
	"    termijn: 2026-06-30\n"
	"arrangement:\n"
	"  - id: i1\n"
	"    doelen: [d1, d2]\n"
	"    wat: Dagstart\n"
	"    wie: tj\n"
	"    start: 2026-03-01\n"
	"    wachtlijst_tot: 2026-02-01\n"
	"    bekostiging:\n"
	"      door: gemeente\n"
	"      grondslag: beschikking\n"
	"      status: aangevraagd\n";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct opp_config cfg;
	struct opp_diags diags;
	char *text = malloc(size ? size : 1);

	if (size)
		memcpy(text, data, size);
	opp_diags_init(&diags);
	if (opp_config_parse(&cfg, "fuzz.opp.yaml", text, size, &diags)) {
		struct opp_doc *doc;

		opp_diags_clear(&diags);
		doc = opp_validate("fuzz.yaml", case_yaml, sizeof(case_yaml) - 1, &cfg,
		                opp_date_from_ymd(2025, 11, 3), &diags);
		opp_doc_free(doc);
	}
	opp_config_release(&cfg);
	opp_diags_release(&diags);
	free(text);
	return 0;
}

/*
 * fuzz_load — libFuzzer harness for the path every command takes: a case
 * file through opp_validate() (loader + every rule) as of a fixed day with
 * the default config, then what the commands derive from the result:
 * the due list (collected, filtered, sorted), the step (opp_stap) and the
 * invitees of every meeting (opp_invite_needs), and the findings in each
 * diagnostics format (the text format with the source excerpt).
 *
 * The input is copied into a buffer of exactly its size, without a NUL,
 * so that ASan sees any read past the end. Everything is freed: a leak
 * is a bug. Build and run: `make fuzz` (docs/fuzzing.md).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "format/config.h"
#include "base/date.h"
#include "format/diag.h"
#include "documents/due.h"
#include "format/model.h"
#include "checks/validate.h"
#include "facts/query.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* A fixed "today" inside the school year of the examples. */
	const int32_t today = opp_date_from_ymd(2025, 11, 3);
	struct opp_diags diags;
	struct opp_doc *doc;
	struct opp_buf out = OPP_BUF_INIT;
	struct opp_diag_style st = { .excerpt = true, .color = true };
	bool first = true;
	char *text = malloc(size ? size : 1);

	if (size)
		memcpy(text, data, size);
	opp_diags_init(&diags);
	doc = opp_validate("fuzz.yaml", text, size, NULL, today, &diags);

	opp_diag_text(&out, "fuzz.yaml", &diags, text, size, &st);
	opp_diag_github(&out, "fuzz.yaml", &diags);
	opp_diag_json(&out, "fuzz.yaml", &diags, &first);
	first = true;
	opp_diag_sarif(&out, "fuzz.yaml", &diags, &first);

	if (doc) {
		struct opp_config cfg;
		struct opp_due_list due;
		struct opp_need needs[OPP_MAX_NEEDS];
		int stap;

		opp_config_defaults(&cfg);
		opp_due_init(&due);
		opp_due_collect(&due, doc, &cfg, today, today + 60);
		opp_due_sort(&due);
		(void)opp_due_overdue(&due);
		opp_due_filter(&due, "ib-jansen");
		opp_due_release(&due);

		stap = opp_stap(doc, today);
		if (stap < 1 || stap > 9)
			__builtin_trap(); /* opp_stap_names has [1..9] only */
		for (size_t i = 0; i < doc->overleggen.n; i++) {
			size_t n = opp_invite_needs(doc, &doc->overleggen.v[i], today, needs);
			if (n > OPP_MAX_NEEDS)
				__builtin_trap();
		}
		opp_config_release(&cfg);
	}

	opp_doc_free(doc);
	opp_diags_release(&diags);
	opp_buf_release(&out);
	free(text);
	return 0;
}

/*
 * fuzz_render — libFuzzer harness for `opp render`: a case file through
 * opp_doc_load() (default config), then the document through every
 * sink writer (md, html, text) and for every reader (--voor) into a buffer, and the workbook (xlsx)
 * into a temporary file under /tmp that is removed afterwards. Everything is freed: a leak is a bug. See docs/fuzzing.md.
 *
 * Build with -DFUZZ_NO_FILES to leave out the file formats (fuzz_xlsx
 * style runs of the text renderers only).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "format/config.h"
#include "base/date.h"
#include "format/diag.h"
#include "format/load.h"
#include "format/model.h"
#include "documents/render.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct opp_config cfg;
	struct opp_diags diags;
	struct opp_doc *doc;
	char *text = malloc(size ? size : 1);

	if (size)
		memcpy(text, data, size);
	opp_config_defaults(&cfg);
	opp_diags_init(&diags);
	doc = opp_doc_load("fuzz.yaml", text, size, &cfg, &diags);
	if (doc) {
		struct opp_render_opts o = {
			.today = opp_date_from_ymd(2025, 11, 3),
			.cfg = &cfg,
			.created = 1762156800, /* 2025-11-03 08:00 UTC */
		};
		static const struct opp_writer *const writers[] = {&opp_writer_md, &opp_writer_html,
		                                                   &opp_writer_text};
		/* Every writer, for every reader (their documents walk the
		 * reader's copy of the file, documents/voor.h). */
		for (int r = 0; r < OPP_VOOR_COUNT; r++) {
			o.voor = (enum opp_voor)r;
			for (size_t k = 0; k < sizeof(writers) / sizeof(*writers); k++) {
				struct opp_buf out = OPP_BUF_INIT;
				opp_render(&out, writers[k], doc, &o);
				if (strlen(out.ptr) != out.len)
					__builtin_trap(); /* a NUL inside text output */
				opp_buf_release(&out);
			}
		}
		o.voor = OPP_VOOR_SCHOOL;
#ifndef FUZZ_NO_FILES
		{
			char path[] = "/tmp/opp-fuzz-XXXXXX";
			char *err = NULL;
			int fd = mkstemp(path);

			if (fd >= 0) {
				close(fd);
				(void)opp_render_xlsx(path, doc, &o, &err);
				free(err);
				unlink(path);
			}
		}
#endif
	}
	opp_doc_free(doc);
	opp_diags_release(&diags);
	opp_config_release(&cfg);
	free(text);
	return 0;
}

/*
 * opp — the library's front door: check one case file.
 *
 * opp_validate() loads a file and runs every rule, so that `validate`, the
 * fuzzers and every command that wants trustworthy input do the same.
 */
#ifndef OPP_OPP_H
#define OPP_OPP_H

#include <stddef.h>
#include <stdint.h>

#include "format/config.h"
#include "format/diag.h"
#include "format/model.h"

/* Load text as case file `name` and run the rules as of `today`; findings
 * go to diags (config severities applied, sorted by position). Returns
 * the document (caller frees with opp_doc_free) or NULL when the text is
 * not YAML at all. cfg may be NULL (defaults). */
struct opp_doc *opp_validate(const char *name, const char *text, size_t len, const struct opp_config *cfg,
                             int32_t today, struct opp_diags *diags);

struct opp_obligations;

/* Called with the document and what it owes, before the rules report
 * it: the caller may add what only it can know, such as what changed
 * since a lapsed agreement (the obligations' `detail`, allocated in
 * their arena; facts/history.h). */
typedef void opp_validate_hook(void *ctx, const struct opp_doc *doc, struct opp_obligations *ob);

/* opp_validate() with a hook (NULL: none). */
struct opp_doc *opp_validate_with(const char *name, const char *text, size_t len,
                                  const struct opp_config *cfg, int32_t today, struct opp_diags *diags,
                                  opp_validate_hook *hook, void *ctx);

#endif

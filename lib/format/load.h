/*
 * load — a case file's text to a typed document, with `syntax` and
 * `schema` findings.
 *
 * opp_yaml_parse() (yaml.h) turns the text into a tree; opp_doc_load()
 * fills the typed model from it by the shape table in model.c.
 */
#ifndef OPP_LOAD_H
#define OPP_LOAD_H

#include <stddef.h>

#include "format/config.h"
#include "format/diag.h"
#include "format/model.h"
#include "format/yaml.h"

/* Load a case file. Returns the document (caller frees with
 * opp_doc_free), or NULL when the text is not YAML at all (a `syntax`
 * finding says why). Schema problems are findings; the document then
 * lacks the offending values. cfg may be NULL (defaults). */
struct opp_doc *opp_doc_load(const char *name, const char *text, size_t len, const struct opp_config *cfg,
                             struct opp_diags *diags);

#endif

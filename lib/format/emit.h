/*
 * emit — write a document back as YAML, driven by the shape table.
 *
 * Keys come out in the format's order, values in a canonical style
 * (text double-quoted or as a literal block, dates and codes plain).
 * Comments and `x-` keys are not kept. A filter may replace each scalar
 * on the way out; `opp redact` is built on it.
 */
#ifndef OPP_EMIT_H
#define OPP_EMIT_H

#include "base/buf.h"
#include "format/model.h"

/* Called for every scalar written: return the text to write instead of
 * `value` (or value itself). `shape` names the mapping ("betrokkenen",
 * "leerling", …), f the field (f->key; for list items the list's field).
 * The returned pointer must stay valid until the call returns. */
typedef const char *opp_emit_filter(void *ctx, const char *shape, const struct opp_field *f,
                                    const char *value);

/* Append the document as YAML. filter may be NULL. */
void opp_emit_yaml(struct opp_buf *out, const struct opp_doc *doc, opp_emit_filter *filter, void *ctx);

#endif

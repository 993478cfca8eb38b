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

/* Called for every scalar written, and for every key of a PAIRS mapping
 * (uitkomsten: doel ids): return the text to write instead of `value`
 * (or value itself). `shape` names the mapping ("betrokkenen",
 * "leerling", …), f the field (f->key; for list items and PAIRS keys the
 * list's field), obj the struct being written (the betrokkene, the doel;
 * f->off is the field's offset in it). The returned pointer must stay
 * valid until the next call. An id or code returned must be one: it is
 * written plain. */
typedef const char *opp_emit_filter(void *ctx, const char *shape, const struct opp_field *f, const void *obj,
                                    const char *value);

/* Append the document as YAML. filter may be NULL. */
void opp_emit_yaml(struct opp_buf *out, const struct opp_doc *doc, opp_emit_filter *filter, void *ctx);

#endif

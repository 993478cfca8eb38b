/*
 * emit — write a document back as YAML, driven by the shape table.
 *
 * Keys come out in the order they were written, values in a canonical
 * style (text double-quoted or as a literal block, dates and codes
 * plain). Comments and `x-` keys are not kept. A value the loader
 * refused and a key it did not know are written as stand-ins that give
 * the same finding ("0000-00-00" for a date that is not one, "onbekend-1"
 * for an unknown key), never as written. So the copy gives the findings
 * of the original. A filter may replace each valid scalar on the way out;
 * `opp redact` is built on it.
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

struct opp_node;

/* Append the document as YAML. root is the tree it was loaded from
 * (opp_yaml_parse of the same text: the positions must be the model's).
 * filter may be NULL. */
void opp_emit_yaml(struct opp_buf *out, const struct opp_doc *doc, const struct opp_node *root,
                   opp_emit_filter *filter, void *ctx);

#endif

/*
 * schema — the JSON Schema of the case file format, generated from the
 * shape table (format/model.h), for editors (yaml-language-server) and
 * other validators.
 */
#ifndef OPP_SCHEMA_H
#define OPP_SCHEMA_H

#include "base/buf.h"
#include "format/model.h"

/* Append the JSON Schema (draft 2020-12), pretty-printed, ending in a
 * newline. The same bytes every time: schema/opp.schema.json is it. */
void opp_schema_json(struct opp_buf *out);

#endif

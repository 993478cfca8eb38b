/*
 * template — the text of a new case file and of a commented config.
 *
 * `opp new` writes these. A new case holds every section in step order
 * with Dutch guidance; the required values are left empty, so the file
 * fails validation ("has no value: fill it in") until they are filled.
 */
#ifndef OPP_TEMPLATE_H
#define OPP_TEMPLATE_H

#include <stdint.h>

#include "base/buf.h"

/* Append a new case file dated `today`; `schema` is the modeline's schema
 * reference (a path or URL), or NULL for no modeline. */
void opp_template_case(struct opp_buf *out, int32_t today, const char *schema);

/* Append a commented .opp.yaml with every setting and its default, and
 * every rule with its default severity. */
void opp_template_config(struct opp_buf *out);

#endif

/*
 * yaml_hint — a YAML syntax error in words people understand.
 *
 * libyaml names the state its parser was in ("mapping values are not
 * allowed in this context"), in English, at the token where it gave up,
 * which is often a line after the mistake. The mistakes people make in a
 * case file are few: a ': ' inside a text, a tab, a line indented to no
 * level, a quote or bracket left open, "key:value" without a space, a
 * list item at the wrong depth, a line of text where a key was expected.
 * This module reads the source around libyaml's marks to tell which one
 * it is, and says where it is and how to fix it, through the catalogue.
 * yaml.c calls it for every parser error; it knows nothing of libyaml's
 * types (yaml.c stays the only file that includes yaml.h).
 */
#ifndef OPP_YAML_HINT_H
#define OPP_YAML_HINT_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"
#include "format/model.h"

/* A parser error as libyaml gave it: its words and its marks, 1-based. */
struct opp_yaml_error {
	const char *problem; /* e.g. "mapping values are not allowed in this context" */
	const char *context; /* e.g. "while scanning a simple key", or NULL */
	struct opp_pos at;   /* problem_mark */
	struct opp_pos ctx;  /* context_mark (meaningful when context is set) */
};

/* What the mistake in text[0..len) most likely is. Returns true with
 * *pos (where the mistake is, which may be a line before libyaml's mark)
 * and a translated message appended to msg that names the cause and the
 * fix; false when no mistake is recognised, and the caller reports
 * libyaml's own words. Messages name keys, columns and lines, never the
 * text of a value. */
bool opp_yaml_hint(const char *text, size_t len, const struct opp_yaml_error *e, struct opp_pos *pos,
                   struct opp_buf *msg);

/* When s[0..len) starts with "key:value" typed without the space after
 * the ':' (a key-shaped word, ':', then neither a space nor "//"), the
 * length of the key; else 0. A plain value shaped so where a mapping
 * was expected is that mistake. */
size_t opp_yaml_glued(const char *s, size_t len);

#endif

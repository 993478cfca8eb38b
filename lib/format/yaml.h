/*
 * yaml — YAML text to a small tree of nodes with positions, refusing what
 * the format refuses (aliases, tags, merge keys, duplicate keys, more
 * than one document, too deep, too big, invalid UTF-8) with a `syntax`
 * finding. The loader (load.c) and the config reader (config.c) build on
 * it; yaml.c is the only user of libyaml.
 *
 * A tree lives in the caller's arena.
 */
#ifndef OPP_YAML_H
#define OPP_YAML_H

#include <stdbool.h>
#include <stddef.h>

#include "base/alloc.h"
#include "format/diag.h"

/* Limits (docs/limits.md). Each gives a clear `syntax` finding. */
#define OPP_MAX_FILE   (4u * 1024 * 1024) /* bytes in one file */
#define OPP_MAX_DEPTH  32                 /* nested mappings/lists */
#define OPP_MAX_ITEMS  10000              /* entries in one mapping/list */
#define OPP_MAX_NODES  200000             /* values in one file */
#define OPP_MAX_SCALAR (256u * 1024)      /* bytes in one value */

enum opp_node_kind { OPP_NODE_SCALAR, OPP_NODE_MAP, OPP_NODE_SEQ };

struct opp_node {
	enum opp_node_kind kind;
	struct opp_pos pos;
	const char *s;         /* scalar text (NUL-terminated) */
	size_t len;            /* scalar length in bytes */
	bool plain;            /* unquoted scalar: YAML type resolution applies */
	struct opp_node *kids; /* first child; a map's children alternate key, value */
	struct opp_node *next; /* next sibling */
	size_t n;              /* number of children (a map: 2 × entries) */
	size_t start, end;     /* from opp_yaml_parse_offsets(): bytes [start, end) of the
	                          text it was written as, counted from the start of the text
	                          given (a BOM included); a block mapping or list ends where its
	                          last entry does, a block scalar after its last line. From
	                          opp_yaml_parse(): libyaml's character indices (no use but
	                          order; only the editor needs bytes) */
	bool flow;             /* a flow mapping or list: {...} or [...] */
};

/* Parse one YAML document into a tree allocated in arena. Returns the
 * root, or NULL after adding a `syntax` finding to diags. An empty file
 * gives an empty scalar. */
struct opp_node *opp_yaml_parse(struct opp_arena *arena, const char *text, size_t len,
                                struct opp_diags *diags);

/* The same with every node's start and end in bytes, for the editor
 * (it costs a pass over the text that checking a file does not need). */
struct opp_node *opp_yaml_parse_offsets(struct opp_arena *arena, const char *text, size_t len,
                                        struct opp_diags *diags);

/* Whether a key looks like one: 1 to OPP_KEY_SHAPE_MAX printable ASCII
 * characters, no space. Messages quote only such keys: anything else is
 * text typed where a key belongs (a paragraph without |), which may be
 * personal, or holds characters no terminal should get. */
#define OPP_KEY_SHAPE_MAX 32
bool opp_yaml_key_shaped(const char *s);

/* Whether a plain scalar means null (empty, ~, null). */
bool opp_node_null(const struct opp_node *n);

#endif

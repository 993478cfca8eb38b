/*
 * edit — change a case file's text where the change must go and nowhere
 * else: `opp sign`, `opp done` and `opp note` are built on it.
 *
 * People write these files by hand. An edit replaces one span of the
 * text (a few lines at most): every comment, blank line, key order,
 * quoting style and indentation elsewhere stays byte for byte as it
 * was. New text follows its neighbours: a block mapping gets new lines
 * at its keys' indentation, a flow mapping or list (`{...}`, `[...]`)
 * gets a new entry inside its brackets, a list of flow items gets a flow
 * item; line ends (LF, CRLF or CR), a BOM, block scalars and comments at
 * any depth are kept. Positions come from the YAML tree (format/yaml.h).
 *
 * The result is read back before it is returned: it must load to exactly
 * the document intended (the old one with the change applied, compared
 * in the emitter's canonical form), or the edit is refused as a bug.
 * Nothing here reads or writes files: cmd/ does, atomically, after
 * asking opp_edit_unchanged() whether the file is still the one read.
 */
#ifndef OPP_EDIT_H
#define OPP_EDIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>

#include "base/buf.h"
#include "format/config.h"

enum opp_edit_kind {
	OPP_EDIT_SIGN, /* ondertekening.<partij>: one more {datum, handelingsdeel} */
	OPP_EDIT_DONE, /* afspraken[id].gedaan */
	OPP_EDIT_NOTE, /* doelen[id].voortgang: one more note */
};

struct opp_edit {
	enum opp_edit_kind kind;
	const char *partij; /* SIGN: ouders, school, toegang or leerling */
	const char *digest; /* SIGN: "sha256:<64 hex>" */
	const char *id;     /* DONE: the afspraak; NOTE: the doel */
	int32_t datum;      /* the date recorded */
	const char *door;   /* NOTE: the id of who wrote the note */
	const char *waarde; /* NOTE: a number as it is to be written, or NULL */
	const char *tekst;  /* NOTE: the text, or NULL */
};

/* Apply e to a case file's text: the new text is appended to out. False
 * with the reason appended to err (translated; out untouched) when the
 * text is not YAML, the place to edit is missing or not of a shape that
 * can take the change (not a mapping, a second `gedaan`), or the result
 * would not read back as intended. cfg may be NULL (defaults). */
bool opp_edit_apply(struct opp_buf *out, const char *text, size_t len, const struct opp_edit *e,
                    const struct opp_config *cfg, struct opp_buf *err);

/* Whether the file an edit was made from is still, on disk, the text
 * the edit was made from, so that writing the result over it loses
 * nobody's work (the contract: "a file that changed on disk since it
 * was read is not overwritten"). then/before: the file's status and
 * text when read; now/text_now: its status and text just before the
 * rename, now NULL when it can no longer be read (removed, moved away,
 * unreadable). The same file (device and inode), the same size and
 * modification time, and the same bytes: a second writer that put the
 * same bytes back through another file, or touched it, is still taken
 * for a change, since its next write cannot be seen from here. */
bool opp_edit_unchanged(const struct stat *then, const char *before, size_t n, const struct stat *now,
                        const char *text_now, size_t m);

#endif

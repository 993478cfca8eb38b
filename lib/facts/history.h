/*
 * history — a plan's history from git: its versions, what happened in
 * each commit, and the version a party agreed to.
 *
 * Running git is I/O and belongs to cmd/ (cmd/git.c is the one place
 * that does). What is pure lives here: the arguments of the one
 * `git log` and the parser of its output, the versions of the file
 * loaded on demand through a callback that hands over a blob's text,
 * the events of each commit (facts/events.h), and the search for the
 * last version whose handelingsdeel has a given digest (the rule
 * ondertekening-actueel: "in a git work tree, find the last committed
 * version whose handelingsdeel matched that digest and say what changed
 * since").
 */
#ifndef OPP_HISTORY_H
#define OPP_HISTORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "facts/events.h"
#include "format/config.h"
#include "format/model.h"

/* `git log` is run with these arguments after "log", then "--" and the
 * file's name: one process for the whole history, following renames,
 * with each merge's change against every parent. NULL-terminated. */
extern const char *const opp_history_log_args[];

/* One commit's change to the file (a merge has one per parent). */
struct opp_change {
	char commit[41];   /* the commit id, 40 hexadecimal digits */
	char old_blob[41]; /* the file before it ("" when the commit added the file) */
	char new_blob[41]; /* and after it ("" when it removed the file) */
	const char *author;
	int32_t date;         /* the author's date (day number) */
	const char *path;     /* where the file is in the commit, from the top of the work tree */
	const char *old_path; /* where it was before, when the commit renamed it, else NULL */
	unsigned parents;     /* 0 for the first commit, 2 or more for a merge */
};

/* The changes, oldest first. */
struct opp_history {
	struct opp_change *v;
	size_t n, cap;
	struct opp_arena arena;
};

/* Parse the output of that `git log`. False when it is not what the
 * arguments ask for (h then holds the changes read so far). */
bool opp_history_parse(struct opp_history *h, const char *text, size_t len);
void opp_history_release(struct opp_history *h);

/* Hand over the text of blob oid (caller frees *text); false when there
 * is none. The caller of the functions below provides it (cmd/git.c). */
typedef bool opp_blob_fn(void *ctx, const char *oid, char **text, size_t *len);

#define OPP_VERSIONS_SLOTS 8

/* Versions of the file loaded on demand, a few kept (a history of
 * thousands of commits is read in constant memory). */
struct opp_versions {
	opp_blob_fn *fetch;
	void *ctx;
	const struct opp_config *cfg;
	struct {
		char oid[41];
		struct opp_doc *doc; /* NULL: the version does not load (not YAML) */
		unsigned long used;
	} slot[OPP_VERSIONS_SLOTS];
	unsigned long clock;
	size_t loads; /* blobs fetched and loaded so far */
};

void opp_versions_init(struct opp_versions *vs, opp_blob_fn *fetch, void *ctx, const struct opp_config *cfg);
void opp_versions_release(struct opp_versions *vs);

/* The version in blob oid, or NULL when it cannot be had or is not YAML.
 * Valid while fewer than OPP_VERSIONS_SLOTS other versions are asked for. */
const struct opp_doc *opp_versions_get(struct opp_versions *vs, const char *oid);

/* One commit in the log: its events are events.v[first .. first + n). */
struct opp_log_entry {
	const struct opp_change *change; /* the commit (for a merge, its first change) */
	size_t first, n;
	bool unreadable; /* this version of the file is not valid YAML */
	bool renamed;    /* the commit renamed the file (change->old_path) */
};

struct opp_log {
	struct opp_log_entry *v; /* oldest first */
	size_t n, cap;
	struct opp_events events; /* each tagged with its struct opp_change */
};

/* The events of every commit of h, oldest first. Each commit is
 * compared with its parent's version of the file (statuses as of the end
 * of the commit's day); a merge keeps what it changed against every
 * parent alike (a conflict resolved by hand), not what one branch
 * brought. Commits with no event (and no rename) are left out. */
void opp_log_build(struct opp_log *log, const struct opp_history *h, struct opp_versions *vs);
void opp_log_release(struct opp_log *log);

/* The newest change of h whose version's handelingsdeel has digest, or
 * NULL when no committed version has it. */
const struct opp_change *opp_history_agreed(const struct opp_history *h, struct opp_versions *vs,
                                            const char *digest);

/* What changed in the handelingsdeel since the version of change c up to
 * doc, for the rule ondertekening-actueel, in Dutch: "sinds de versie van
 * 2026-10-22 (482e878): doel 'rustig' gewijzigd: termijn ...; inzet
 * 'ochtendhulp' toegevoegd: ..."; with c NULL, that no committed version
 * has the digest. Appended to out. */
void opp_history_lapse(struct opp_buf *out, const struct opp_change *c, struct opp_versions *vs,
                       const struct opp_doc *doc, int32_t today);

#endif

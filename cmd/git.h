/*
 * git — the one place that runs git: the plan's history for opp log,
 * opp diff and, in opp validate, what changed since a lapsed agreement.
 *
 * At most two processes for a case file: one `git log` for the whole
 * history (its arguments and the parser of its output are in
 * facts/history.h), and one `git cat-file --batch`, started when the
 * first version is asked for, that hands over each version in turn. git
 * is started directly (posix_spawnp with an argument vector, never a
 * shell) in the file's folder, with the file's base name after "--":
 * names with spaces, quotes or leading dashes are plain arguments.
 * Everything else — parsing, loading versions, comparing them — is in
 * lib/ (facts/history.h, facts/events.h).
 */
#ifndef OPP_CMD_GIT_H
#define OPP_CMD_GIT_H

#include <stdbool.h>
#include <stddef.h>

#include "facts/history.h"

struct git_file; /* one case file's history and its cat-file process */

/* Whether path lies in a git work tree (a .git in its folder or above). */
bool git_work_tree(const char *path);

/* Read path's history with git log. NULL when it cannot (not in a work
 * tree, git missing or failing: a message is printed unless quiet). */
struct git_file *git_open(const char *path, bool quiet);

const struct opp_history *git_history(const struct git_file *g);

/* An opp_blob_fn (facts/history.h) on a struct git_file. */
bool git_blob(void *g, const char *oid, char **text, size_t *len);

/* The blobs git_blob will be asked for, in this order (copied): they are
 * requested ahead, a few at a time, so that git and opp work at once.
 * Blobs asked for out of this order still come, one at a time. */
void git_plan(struct git_file *g, const char *const *oids, size_t n);

/* Plan every version of the history: oldest first (opp log), or newest
 * first (the search for the version an agreement was given to). */
void git_plan_history(struct git_file *g, bool newest_first);

/* The file as it was at revision rev (a commit, tag, branch, HEAD~2):
 * its text (caller frees), rev's commit id and its author's date. It is
 * looked up under each name the file had. False after a message. */
bool git_at(struct git_file *g, const char *rev, char **text, size_t *len, char commit[41], int32_t *date);

/* Stop git and free everything. NULL is fine. */
void git_close(struct git_file *g);

#endif

/*
 * atomic — write a file so that it is either the old one or the complete
 * new one, never half of each.
 *
 * The content goes to a temporary file in the same folder (name
 * ".opp-tmp-XXXXXX": no personal data in it), is flushed to disk, and is
 * renamed over the target. On any failure the temporary file is removed
 * and the target is untouched. Errors are returned as text naming the
 * path (caller frees), never printed here.
 *
 * A target that exists and is not a regular file (/dev/stdout, a pipe,
 * /dev/null, /dev/full) is written in place: it cannot be replaced, and
 * must not be. A target that is a symlink is written through: the file
 * at the end of the link (created if it does not exist yet) is replaced,
 * the link stays.
 *
 * While a temporary file exists it is registered: SIGINT, SIGTERM or
 * SIGHUP remove it before the program ends of that signal (a handler that
 * only unlinks and re-raises), so no hidden copy of personal data stays
 * beside the target. Other temporary files (a workbook on its way to a
 * pipe) are registered with opp_atomic_track().
 */
#ifndef OPP_ATOMIC_H
#define OPP_ATOMIC_H

#include <stdbool.h>
#include <stddef.h>

struct opp_atomic {
	char *path;     /* the target */
	char *tmp;      /* the temporary file beside it */
	int fd;         /* open on tmp, or -1 once closed */
	bool exclusive; /* never replace an existing target */
	bool direct;    /* writing straight into a special file */
};

/* Create the temporary file. False with *err set (caller frees). If
 * `exclusive`, fail when the target already exists (opp new). */
bool opp_atomic_begin(struct opp_atomic *a, const char *path, bool exclusive, char **err);

/* Append bytes to the temporary file. */
bool opp_atomic_write(struct opp_atomic *a, const void *data, size_t len, char **err);

/* Close the descriptor so another writer (libxlsxwriter) can write to
 * a->tmp by name; commit still syncs the file. */
void opp_atomic_close_fd(struct opp_atomic *a);

/* fsync, rename over the target (for `exclusive`: link, so an existing
 * file is never replaced), and release. */
bool opp_atomic_commit(struct opp_atomic *a, char **err);

/* Remove the temporary file and release; the target is untouched. */
void opp_atomic_abort(struct opp_atomic *a);

/* Register a temporary file (a copy of the path is kept) to be removed
 * if SIGINT, SIGTERM or SIGHUP ends the program; opp_atomic_untrack()
 * when it is gone or renamed. Up to 8 at a time; the handlers are set on
 * the first call, except for a signal that is ignored (nohup). */
void opp_atomic_track(const char *path);
void opp_atomic_untrack(const char *path);

/* All in one: write data to path atomically. */
bool opp_atomic_file(const char *path, const void *data, size_t len, bool exclusive, char **err);

#endif

/*
 * cmd — what the commands share: the command table, options common to
 * all, finding and reading case files, config per folder, output.
 *
 * Adding a command — the checklist:
 *   1. cmd/<name>.c defining `const struct command cmd_<name>`: its
 *      function, the setup it needs (NEED_*), its own options and usage.
 *      -h/--help prints the usage to stdout, exit 0; misuse goes to
 *      stderr, exit 2 (the dispatcher does both).
 *   2. One entry in commands[] (cmd/opp.c).
 *   3. Tests: tests/cli/<name>.sh cases and unit tests for its library part.
 *   4. Completions in completions/ (bash, zsh, fish): commands, options
 *      and format names come from `opp help` and --help by themselves.
 *   5. A man page docs/opp-<name>.1.md.
 *
 * Nothing in lib/ prints or reads the clock: commands pass "today" in
 * (opp_today) and print what the library returns.
 */
#ifndef OPP_CMD_H
#define OPP_CMD_H

#include <getopt.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "base/i18n.h"
#include "format/config.h"
#include "format/diag.h"
#include "format/edit.h"
#include "format/model.h"
#include "output/formats.h"
#include <sys/stat.h>

enum { EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2 };

/* What the dispatcher sets up before a command runs, as git's
 * run_builtin() does for RUN_SETUP: the options they imply are defined
 * once (cmd/opp.c) and parsed there, with the command's own. */
enum {
	NEED_TODAY = 1 << 0,  /* --as-of DATE; s->today (else the school's date) */
	NEED_CONFIG = 1 << 1, /* --config FILE, --no-config; s->cfg */
	NEED_JOBS = 1 << 2,   /* -j, --jobs N; s->jobs */
	NEED_CASES = 1 << 3,  /* the operands are PATHs (default .): s->files */
	NEED_FILE = 1 << 4,   /* exactly one FILE operand (or -): s->file */
	OPT_VERBOSE = 1 << 5, /* -v, --verbose; s->cfg.verbose */
};

/* Config options shared by every command that reads case files. */
struct cfgopts {
	const char *file; /* --config FILE */
	bool none;        /* --no-config */
	bool verbose;     /* say which config each file uses */
};

/* The files named by PATH arguments: files as given, folders searched
 * recursively for *.yaml and *.yml (hidden entries and .opp.yaml
 * skipped), sorted per folder; "-" is stdin. With no PATH, ".". */
struct pathlist {
	char **v;
	size_t n, cap;
};

/* What a command gets from the dispatcher. */
struct setup {
	int32_t today;         /* NEED_TODAY */
	const char *as_of;     /* --as-of as given, or NULL */
	struct cfgopts cfg;    /* NEED_CONFIG, OPT_VERBOSE */
	int jobs;              /* NEED_JOBS: 1..256 */
	struct pathlist files; /* NEED_CASES */
	bool missing;          /* NEED_CASES: a PATH did not exist (said): exit 2 */
	const char *file;      /* NEED_FILE: the case file, or "-" */
	const char *name;      /* NEED_FILE: its name in messages ("<stdin>" for -) */
	char **args;           /* the operands */
	int nargs;
	const struct opp_format *format; /* the format option's value, or NULL when not given */
	unsigned formats;                /* the command's kinds of output (command.formats) */
};

struct command {
	const char *name;
	/* Run with the options parsed and the setup done; returns the exit
	 * status. opts is the command's own zeroed struct (opts_size). */
	int (*fn)(struct setup *s, void *opts);
	unsigned flags; /* NEED_* and OPT_* */
	/* The command's own options: getopt_long entries (ending in a zero
	 * entry) and short options; option() stores one in opts and returns
	 * EXIT_OK, or the status of a usage_error(). All NULL for a command
	 * with none of its own (log, diff: only the format option). */
	const struct option *options;
	const char *shortopts;
	int (*option)(void *opts, int c, const char *arg);
	size_t opts_size;
	const char *usage;   /* N_(): synopsis, description, its own options */
	const char *epilog;  /* N_(): after the common options: notes, exit status */
	const char *summary; /* N_(): one line for `opp help` */
	/* The output formats it writes: the kinds of output/formats.h
	 * (OPP_FOR_*), whose formats the option --<format_option> takes
	 * ("to" or "format"); 0: none. The dispatcher parses it. */
	unsigned formats;
	const char *format_option;
};

/* Codes of the command's own long-only options start here (below are
 * the letters of short options and the common options). */
#define OPT_OWN 0x200

extern const struct command *const commands[]; /* cmd/opp.c, NULL-terminated */
extern const char *progname;                   /* "opp" */

/* Each command file defines its row (cmd/<name>.c). */
extern const struct command cmd_validate, cmd_due, cmd_agenda, cmd_list, cmd_render, cmd_report, cmd_new,
        cmd_redact, cmd_schema, cmd_serve, cmd_sign, cmd_done, cmd_note, cmd_log, cmd_diff;

/* Print "opp: <message>" to stderr (translated fmt). */
void warnx_(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Report a usage error: message, then "try 'opp CMD --help'"; returns 2. */
int usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* After getopt_long reported a bad option: point to --help; returns 2. */
int try_help(const char *cmd);

/* The format to write: the format option's, else the one the extension
 * of output names (when output is given), else dflt. */
const struct opp_format *output_format(const struct setup *s, const char *output, enum opp_format_id dflt);

/* The time for a Date or DTSTAMP: SOURCE_DATE_EPOCH (reproducible
 * output, see reproducible-builds.org) or the clock. False after a
 * message when SOURCE_DATE_EPOCH is not a number. */
bool clock_now(int64_t *t);

/* "today": --as-of DATE if given, else the school's date. False on a
 * bad date (message printed). The dispatcher calls it for NEED_TODAY. */
bool get_today(const char *as_of, int32_t *today);

/* ---- case files ------------------------------------------------------- */

/* Folders are searched this deep at most (docs/limits.md). */
#define OPP_MAX_FOLDER_DEPTH 64

/* Fill a pathlist from PATH arguments. Returns false (each problem said)
 * when a PATH does not exist, a folder cannot be read or is nested more
 * than OPP_MAX_FOLDER_DEPTH deep, or a *.yaml symlink points nowhere. */
bool collect_paths(char **args, int n, struct pathlist *out);

/* The same, for a caller that shows what could not be searched or read
 * (serve's pages) instead of saying it on stderr: fn gets each such
 * path with why, one line; nothing is printed for them. A PATH
 * argument that does not exist is still said. */
typedef void path_problem_fn(void *ctx, const char *path, const char *why);
bool collect_paths_shown(char **args, int n, struct pathlist *out, path_problem_fn *fn, void *ctx);
void pathlist_release(struct pathlist *l);

/* One file's text. Returns false with a message (errno-based, naming the
 * path; appended to err, or printed when err is NULL) when it cannot be
 * read. A file over the size limit is read only
 * up to the limit + 1, so the loader refuses it with its `syntax` finding. */
bool read_text(const char *path, char **text, size_t *len, struct opp_buf *err);

/* The same, and the status of the file read (fstat of the open file). A
 * named path must be a regular file: a folder, FIFO or device is refused
 * by name (and a FIFO is never waited on); "-" may be a pipe. */
struct stat;
bool read_text_stat(const char *path, char **text, size_t *len, struct opp_buf *err, struct stat *st);

/* The config for a case file: --config, --no-config or the nearest
 * .opp.yaml upwards (cached per folder, read once). NULL after printing
 * the config's findings: a broken config is a usage error (exit 2). */
const struct opp_config *config_for(const struct cfgopts *o, const char *path);
void config_cache_release(void);

/* Load and check every file as `opp validate` does, as of today, on
 * `jobs` threads (pool.h) and call fn for each, in file order: doc is
 * the loaded case (freed after fn returns), or NULL; chk its error and
 * warning counts and, for a file that did not load or has errors, the
 * first error ("file:line: message"; printed to stderr too when warn and
 * the file did not load). Memory stays bounded: only a few documents are
 * in flight. Returns EACH_OK, EACH_BROKEN (some file did not load or has
 * errors), EACH_UNREADABLE (some file could not even be read: exit 2) or
 * EACH_CONFIG (a config was broken: message printed, nothing loaded). In
 * cases.c; report and list use it. */
struct opp_case_check;
typedef void each_case_fn(const char *file, const struct opp_doc *doc, const struct opp_case_check *chk,
                          const struct opp_config *cfg, void *ctx);
enum { EACH_OK, EACH_BROKEN, EACH_UNREADABLE, EACH_CONFIG };
int each_case(const struct cfgopts *co, const struct pathlist *files, int jobs, int32_t today, bool warn,
              each_case_fn *fn, void *ctx);

/* How text findings look on stderr: excerpt and colour on a terminal,
 * NO_COLOR and TERM=dumb honoured. */
struct opp_diag_style diag_style(void);

/* Print one file's findings as text to stderr (excerpt and colour on a
 * terminal, NO_COLOR honoured). */
void print_diags(const char *file, const struct opp_diags *d, const char *text, size_t len);

/* A binary file (xlsx) on its way to a pipe: a private temporary file in
 * $TMPDIR named "opp-<what>-XXXXXX" (no personal data), created and
 * registered to be removed on SIGINT, SIGTERM and SIGHUP (atomic.h);
 * stdout_tmp_remove() removes and frees it. NULL after a message. */
char *stdout_tmp(const char *what);
void stdout_tmp_remove(char *tmp);

/* Copy a file to standard output; false after a message. */
bool copy_to_stdout(const char *path);

/* Whether out (an output file name; NULL and "-" are standard output) is
 * the same file as one of the command's inputs: its case file(s) or a
 * config read for them, by device and inode (a symlink, a hard link or
 * another spelling of the name is the same file). Says so; the caller
 * exits 2 and writes nothing. No command writes onto its own input. */
bool output_is_input(const struct setup *s, const char *out);

/* Write a buffer to a stream; false on a write error (message printed). */
bool write_out(FILE *f, const struct opp_buf *b);

/* ---- editing a case file (edit.c: sign, done, note) ------------------- */

/* A case file read to be edited: its text and what it was on disk. */
struct edit_file {
	const char *path;
	char *text; /* caller frees with edit_release */
	size_t len;
	struct stat st; /* as read: a change since then is not overwritten */
};

/* Read a case file to edit (a regular file, not standard input). False
 * after a message (exit 2). */
bool edit_read(struct edit_file *f, const char *path, const char *cmd);

/* Load the file for an edit: the document (caller frees), or NULL after
 * printing why (it is not YAML: exit 1). */
struct opp_doc *edit_load(const struct edit_file *f, const struct opp_config *cfg);

/* Apply an edit (format/edit.h) and write the result over the file,
 * atomically, unless the file changed on disk since it was read. Returns
 * the exit status (0 written; 2 after a message). */
int edit_write(struct edit_file *f, const struct opp_edit *e, const struct opp_config *cfg);

void edit_release(struct edit_file *f);

/* A date option (--datum): false after a usage message. */
bool edit_date(const char *cmd, const char *arg, int32_t *day);

/* The id among n entries (the struct opp_val at `first`, then every
 * `stride` bytes: the ids of doelen, afspraken, betrokkenen) closest to
 * s, for "did you mean", or NULL. */
const char *suggest_id(const char *s, const struct opp_val *first, size_t n, size_t stride);

/* ---- where this opp's files are (paths.c) ------------------------------ */

/* Find the executable and, from it, the catalogue and the schema: those of
 * the build when opp runs in place from its build folder, else the
 * installed ones. Call once, first thing. */
void paths_init(const char *argv0);

/* The message catalogue's folder: $OPP_LOCALEDIR, the build's, the one
 * installed beside the binary, or the one it was built for. */
const char *locale_dir(void);

/* The JSON Schema file (absolute), or NULL when none is there. */
const char *schema_path(void);

/* The $schema of the editor modeline for a new case file at case_path
 * ("-": the current folder): relative to its folder when the schema is
 * the project's (opp runs in place), else the installed schema's path;
 * NULL when there is none. Caller frees. */
char *schema_ref(const char *case_path);

#endif

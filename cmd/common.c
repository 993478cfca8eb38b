/*
 * common — the plumbing every command shares.
 */
#include "cmd.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/date.h"
#include "base/escape.h"
#include "format/load.h"

const char *progname = "opp";

/* Messages quote names and paths from case files and the command line:
 * one line, without control or bidi characters (escape.h). */
void
warnx_(const char *fmt, ...)
{
	struct opp_buf msg = OPP_BUF_INIT, line = OPP_BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	opp_buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	opp_text_line(&line, msg.ptr);
	fprintf(stderr, "%s: %s\n", progname, line.ptr);
	opp_buf_release(&msg);
	opp_buf_release(&line);
}

int
usage_error(const char *cmd, const char *fmt, ...)
{
	struct opp_buf msg = OPP_BUF_INIT, line = OPP_BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	opp_buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	opp_text_line(&line, msg.ptr);
	fprintf(stderr, "%s %s: %s\n", progname, cmd, line.ptr);
	opp_buf_release(&msg);
	opp_buf_release(&line);
	return try_help(cmd);
}

int
try_help(const char *cmd)
{
	fprintf(stderr, _("Try '%s %s --help' for more information.\n"), progname, cmd);
	return EXIT_USAGE;
}

bool
clock_now(int64_t *t)
{
	const char *e = getenv("SOURCE_DATE_EPOCH");
	char *end;
	long long v;

	if (!e || !*e) {
		*t = (int64_t)time(NULL);
		return true;
	}
	errno = 0;
	v = strtoll(e, &end, 10);
	if (errno || *end || v < 0 || v > 253402300799LL) {
		warnx_(_("SOURCE_DATE_EPOCH '%s' is not a number of seconds since 1970"), e);
		return false;
	}
	*t = (int64_t)v;
	return true;
}

bool
get_today(const char *as_of, int32_t *today)
{
	time_t now;
	struct tm tm;

	if (as_of) {
		if (opp_date_parse(as_of, today) && opp_date_in_range(*today))
			return true;
		warnx_(_("--as-of '%s' is not a date from 1900 to 2199: write it as YYYY-MM-DD"), as_of);
		return false;
	}
	/* "Today" is the school's date: the format's time zone, whatever
	 * the machine's (a UTC cron server is a day behind after 23:00). */
	{
		const char *old = getenv("TZ");
		char *saved = old ? xstrdup(old) : NULL;

		setenv("TZ", "Europe/Amsterdam", 1);
		tzset();
		now = time(NULL);
		localtime_r(&now, &tm);
		if (saved) {
			setenv("TZ", saved, 1);
			free(saved);
		} else {
			unsetenv("TZ");
		}
		tzset();
	}
	*today = opp_date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	return true;
}

/* ---- finding files ----------------------------------------------------- */

static void
push(struct pathlist *l, char *p)
{
	xgrow(&l->v, &l->cap, l->n + 1, sizeof(*l->v));
	l->v[l->n++] = p;
}

static bool
is_case_name(const char *name)
{
	size_t n = strlen(name);
	return (n > 5 && strcmp(name + n - 5, ".yaml") == 0) || (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

/* A problem of the walk: said on stderr as the commands always said it,
 * or handed to the caller's problem function (collect_paths_shown) with
 * the reason alone, for a page that names the file beside it. */
enum walk_problem { TOO_DEEP, NO_FOLDER, NO_ENTRY, DANGLING };

struct walker {
	struct pathlist *out;
	path_problem_fn *problem; /* NULL: say it */
	void *ctx;
};

static void
problem(const struct walker *w, enum walk_problem k, const char *path, int err)
{
	struct opp_buf why = OPP_BUF_INIT;

	if (!w->problem) {
		switch (k) {
		case TOO_DEEP:
			warnx_(_("%s: folders nested more than %d levels deep: not searched; move the cases "
			         "up"),
			       path, OPP_MAX_FOLDER_DEPTH);
			break;
		case NO_FOLDER: warnx_(_("cannot read folder %s: %s"), path, strerror(err)); break;
		case NO_ENTRY: warnx_(_("cannot read %s: %s"), path, strerror(err)); break;
		case DANGLING:
			warnx_(_("cannot read %s: it is a symlink to a file that does not exist (%s)"), path,
			       strerror(err));
			break;
		}
		return;
	}
	switch (k) {
	case TOO_DEEP:
		opp_buf_printf(&why,
		               _("folders nested more than %d levels deep: not searched; move the cases up"),
		               OPP_MAX_FOLDER_DEPTH);
		break;
	case NO_FOLDER: opp_buf_printf(&why, _("a folder that cannot be read (%s)"), strerror(err)); break;
	case NO_ENTRY: opp_buf_puts(&why, strerror(err)); break;
	case DANGLING:
		opp_buf_printf(&why, _("it is a symlink to a file that does not exist (%s)"), strerror(err));
		break;
	}
	w->problem(w->ctx, path, why.ptr);
	opp_buf_release(&why);
}

/* Add the case files under dir. False (each problem said) when a folder
 * cannot be read, is nested too deep, or a *.yaml entry points nowhere:
 * a case left out without a word would be a silent wrong answer. */
/* An entry of a folder: its path, and whether to walk into it. */
struct entry {
	char *path;
	bool dir;
};

static int
cmp_entry(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->path, ((const struct entry *)b)->path);
}

/* Add the case files under dir. False (each problem said) when a folder
 * cannot be read, is nested too deep, or a *.yaml entry points nowhere:
 * a case left out without a word would be a silent wrong answer. */
static bool
walk(const char *dir, const struct walker *w, int depth)
{
	struct pathlist *out = w->out;
	DIR *d;
	struct dirent *e;
	struct entry *here = NULL;
	size_t n_here = 0, cap = 0;
	bool ok = true;

	if (depth > OPP_MAX_FOLDER_DEPTH) {
		problem(w, TOO_DEEP, dir, 0);
		return false;
	}
	if (!(d = opendir(dir))) {
		problem(w, NO_FOLDER, dir, errno);
		return false;
	}
	while ((e = readdir(d))) {
		struct stat st, target;
		bool isdir;
		char *p;
		size_t n;

		if (e->d_name[0] == '.')
			continue; /* hidden folders, .opp.yaml, . and .. */
		/* The folder's own word for what an entry is, where it gives
		 * one: a stat per file of a large folder is saved. */
		if (e->d_type == DT_REG && !is_case_name(e->d_name))
			continue;
		n = strlen(dir) + strlen(e->d_name) + 2;
		p = xmalloc(n);
		snprintf(p, n, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
		/* Symlinked folders are not followed: a link loop would make
		 * the walk endless and the same case count twice. A symlinked
		 * case file is read like any other; one that points nowhere is
		 * said, as is anything else named *.yaml that is not a folder
		 * (read_text refuses a FIFO or device by name). */
		if (e->d_type == DT_REG || e->d_type == DT_DIR) {
			isdir = e->d_type == DT_DIR;
		} else if (lstat(p, &st) != 0) {
			problem(w, NO_ENTRY, p, errno);
			ok = false;
			free(p);
			continue;
		} else if (S_ISDIR(st.st_mode)) {
			isdir = true;
		} else if (!is_case_name(e->d_name)) {
			free(p);
			continue;
		} else if (S_ISLNK(st.st_mode) && stat(p, &target) != 0) {
			problem(w, DANGLING, p, errno);
			ok = false;
			free(p);
			continue;
		} else if (S_ISLNK(st.st_mode) && S_ISDIR(target.st_mode)) {
			free(p); /* a symlinked folder */
			continue;
		} else {
			isdir = false;
		}
		xgrow(&here, &cap, n_here + 1, sizeof(*here));
		here[n_here++] = (struct entry){p, isdir};
	}
	closedir(d);
	if (n_here > 1)
		qsort(here, n_here, sizeof(*here), cmp_entry);
	for (size_t i = 0; i < n_here; i++) {
		if (here[i].dir) {
			ok &= walk(here[i].path, w, depth + 1);
			free(here[i].path);
		} else {
			push(out, here[i].path);
		}
	}
	free(here);
	return ok;
}

bool
collect_paths_shown(char **args, int n, struct pathlist *out, path_problem_fn *fn, void *ctx)
{
	struct walker w = {out, fn, ctx};
	static char dot[] = ".";
	char *deflt[] = {dot};
	bool ok = true;

	if (n == 0) {
		args = deflt;
		n = 1;
	}
	for (int i = 0; i < n; i++) {
		struct stat st;

		if (strcmp(args[i], "-") == 0) {
			push(out, xstrdup("-"));
		} else if (stat(args[i], &st) != 0) {
			warnx_(_("%s: %s"), args[i], strerror(errno));
			ok = false;
		} else if (S_ISDIR(st.st_mode)) {
			ok &= walk(args[i], &w, 0);
		} else {
			push(out, xstrdup(args[i]));
		}
	}
	return ok;
}

bool
collect_paths(char **args, int n, struct pathlist *out)
{
	return collect_paths_shown(args, n, out, NULL, NULL);
}

void
pathlist_release(struct pathlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

/* A read error: into err when given (worker threads keep output in
 * file order), else on stderr. */
static void
read_error(struct opp_buf *err, const char *path, const char *why)
{
	struct opp_buf p = OPP_BUF_INIT;

	opp_text_line(&p, path);
	if (err)
		opp_buf_printf(err, _("%s: cannot read %s: %s\n"), progname, p.ptr, why);
	else
		warnx_(_("cannot read %s: %s"), path, why);
	opp_buf_release(&p);
}

/* Why a file of this kind is not read, or NULL for a regular file. */
static const char *
not_regular(const struct stat *st)
{
	if (S_ISREG(st->st_mode))
		return NULL;
	if (S_ISDIR(st->st_mode))
		return _("it is a folder");
	if (S_ISFIFO(st->st_mode))
		return _("it is a named pipe (FIFO), not a regular file");
	if (S_ISCHR(st->st_mode) || S_ISBLK(st->st_mode))
		return _("it is a device, not a regular file");
	return _("it is not a regular file");
}

bool
read_text_stat(const char *path, char **text, size_t *len, struct opp_buf *err, struct stat *stp)
{
	/* O_NONBLOCK: opening a FIFO must not wait for a writer; a regular
	 * file reads the same either way. */
	int fd = strcmp(path, "-") == 0 ? 0 : open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	size_t cap = 0, n = 0, limit = OPP_MAX_FILE + 1;
	char *buf = NULL;
	const char *why;
	struct stat st;

	if (fd < 0) {
		read_error(err, path, strerror(errno));
		return false;
	}
	if (fstat(fd, &st) != 0) {
		read_error(err, path, strerror(errno));
		if (fd)
			close(fd);
		return false;
	}
	/* Standard input may be a pipe: it was asked for. A named file must
	 * be a regular file (the format's "inputs are sacred"). */
	if (fd && (why = not_regular(&st))) {
		read_error(err, path, why);
		close(fd);
		return false;
	}
	/* A named file is a regular file by now, which O_NONBLOCK does not
	 * change: no need to clear it. */
	if (stp)
		*stp = st;
	/* A regular file: one buffer of its size. Growing in big steps made
	 * every 10 KB file cost a 128 KiB buffer, which glibc handed back to
	 * the kernel and faulted in again for the next file. */
	if (S_ISREG(st.st_mode) && st.st_size >= 0)
		xgrow(&buf, &cap, ((size_t)st.st_size < limit ? (size_t)st.st_size : limit) + 1, 1);
	for (;;) {
		ssize_t r;
		if (n + 1 >= cap)
			xgrow(&buf, &cap, n + 65536 + 1, 1);
		r = read(fd, buf + n, cap - n - 1 < limit - n ? cap - n - 1 : limit - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			read_error(err, path, strerror(errno));
			free(buf);
			if (fd)
				close(fd);
			return false;
		}
		n += (size_t)r;
		/* A regular file read to the size fstat gave is read: asking
		 * again for the end would cost a read and a bigger buffer for
		 * every file of a folder. */
		if (r == 0 || n >= limit || (S_ISREG(st.st_mode) && n == (size_t)st.st_size))
			break;
	}
	if (fd)
		close(fd);
	/* Over the limit: pass the size on so the message can say it. */
	if (n >= limit && S_ISREG(st.st_mode) && (size_t)st.st_size > n)
		n = limit;
	buf[n] = '\0';
	*text = buf;
	*len = n;
	return true;
}

bool
read_text(const char *path, char **text, size_t *len, struct opp_buf *err)
{
	return read_text_stat(path, text, len, err, NULL);
}

/* ---- configuration -------------------------------------------------- */

struct cfgentry {
	char *dir;              /* folder the lookup started from */
	char *path;             /* config file found, or NULL */
	struct opp_config *cfg; /* shared among folders with the same path */
	bool owner;
};

static struct {
	struct cfgentry *v;
	size_t n, cap;
	size_t last; /* index of the last folder looked up */
	struct opp_config defaults;
	bool have_defaults;
} cache;

static struct opp_config *
load_config(const char *path)
{
	struct opp_config *cfg = xcalloc(1, sizeof(*cfg));
	struct opp_diags d;
	char *text;
	size_t len;

	struct stat st;
	const char *why;

	if (!read_text_stat(path, &text, &len, NULL, &st)) {
		free(cfg);
		return NULL;
	}
	/* Checked on the file that was read, not on its name: it cannot be
	 * swapped in between. */
	if ((why = opp_config_untrusted(&st, (unsigned)geteuid()))) {
		warnx_(_("not using the config %s: %s"), path, why);
		free(text);
		free(cfg);
		return NULL;
	}
	opp_diags_init(&d);
	if (!opp_config_parse(cfg, path, text, len, &d)) {
		opp_diags_sort(&d);
		print_diags(path, &d, text, len);
		warnx_(_("the config file %s has errors: fix them first"), path);
		opp_diags_release(&d);
		opp_config_release(cfg);
		free(cfg);
		free(text);
		return NULL;
	}
	opp_diags_release(&d);
	/* The config's strings point into its own arena copy of the text
	 * (the YAML layer copies scalars), so the text can go. */
	free(text);
	return cfg;
}

const struct opp_config *
config_for(const struct cfgopts *o, const char *path)
{
	char *dir, *slash, *found;
	struct opp_config *cfg = NULL;

	if (!cache.have_defaults) {
		opp_config_defaults(&cache.defaults);
		cache.have_defaults = true;
	}
	if (o->none)
		return &cache.defaults;
	if (o->file) {
		if (cache.n == 0) {
			cfg = load_config(o->file);
			if (!cfg)
				return NULL;
			xgrow(&cache.v, &cache.cap, 1, sizeof(*cache.v));
			cache.v[cache.n++] = (struct cfgentry){xstrdup(""), xstrdup(o->file), cfg, true};
			if (o->verbose)
				warnx_(_("using config %s"), o->file);
		}
		return cache.v[0].cfg;
	}
	dir = xstrdup(strcmp(path, "-") == 0 ? "." : path);
	slash = strrchr(dir, '/');
	if (slash)
		slash == dir ? (void)(dir[1] = '\0') : (void)(*slash = '\0');
	else
		strcpy(dir, ".");
	/* Files come sorted per folder: the last folder looked up is the
	 * likely one, so try it before searching the cache. */
	if (cache.last < cache.n && strcmp(cache.v[cache.last].dir, dir) == 0) {
		free(dir);
		return cache.v[cache.last].cfg ? cache.v[cache.last].cfg : &cache.defaults;
	}
	for (size_t i = 0; i < cache.n; i++)
		if (strcmp(cache.v[i].dir, dir) == 0) {
			free(dir);
			cache.last = i;
			return cache.v[i].cfg ? cache.v[i].cfg : &cache.defaults;
		}
	found = opp_config_find(dir);
	if (found) {
		for (size_t i = 0; i < cache.n && !cfg; i++)
			if (cache.v[i].path && strcmp(cache.v[i].path, found) == 0)
				cfg = cache.v[i].cfg;
		if (!cfg) {
			cfg = load_config(found);
			if (!cfg) {
				free(found);
				free(dir);
				return NULL;
			}
			xgrow(&cache.v, &cache.cap, cache.n + 1, sizeof(*cache.v));
			cache.v[cache.n++] = (struct cfgentry){xstrdup(dir), xstrdup(found), cfg, true};
			if (o->verbose)
				warnx_(_("using config %s (for %s)"), found, dir);
			free(found);
			free(dir);
			return cfg;
		}
	} else if (o->verbose) {
		warnx_(_("no .opp.yaml found above %s: using the defaults"), dir);
	}
	xgrow(&cache.v, &cache.cap, cache.n + 1, sizeof(*cache.v));
	cache.last = cache.n;
	cache.v[cache.n++] = (struct cfgentry){dir, found, cfg, false};
	return cfg ? cfg : &cache.defaults;
}

void
config_cache_release(void)
{
	for (size_t i = 0; i < cache.n; i++) {
		if (cache.v[i].owner) {
			opp_config_release(cache.v[i].cfg);
			free(cache.v[i].cfg);
		}
		free(cache.v[i].dir);
		free(cache.v[i].path);
	}
	free(cache.v);
	cache.v = NULL;
	cache.n = cache.cap = cache.last = 0;
}

/* ---- output ----------------------------------------------------------- */

static bool
same_file(const struct stat *a, const char *path)
{
	struct stat b;
	return strcmp(path, "-") != 0 && stat(path, &b) == 0 && a->st_dev == b.st_dev &&
	       a->st_ino == b.st_ino;
}

bool
output_is_input(const struct setup *s, const char *out)
{
	const char *hit = NULL;
	struct stat st;

	/* The file the output would replace (through a symlink, a hard link
	 * or another name): compared by device and inode, not by name. */
	if (!out || strcmp(out, "-") == 0 || stat(out, &st) != 0 || !S_ISREG(st.st_mode))
		return false;
	if (s->file && same_file(&st, s->file))
		hit = s->file;
	for (size_t i = 0; !hit && i < s->files.n; i++)
		if (same_file(&st, s->files.v[i]))
			hit = s->files.v[i];
	if (!hit && s->cfg.file && same_file(&st, s->cfg.file))
		hit = s->cfg.file;
	for (size_t i = 0; !hit && i < cache.n; i++)
		if (cache.v[i].path && same_file(&st, cache.v[i].path))
			hit = cache.v[i].path;
	if (!hit)
		return false;
	if (strcmp(hit, out) == 0)
		warnx_(_("not writing %s: it is one of the files this command reads"), out);
	else
		warnx_(_("not writing %s: it is %s, one of the files this command reads"), out, hit);
	return true;
}

struct opp_diag_style
diag_style(void)
{
	struct opp_diag_style st;
	const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");

	st.all = false;
	st.excerpt = isatty(2);
	st.color = st.excerpt && !(nc && *nc) && !(term && strcmp(term, "dumb") == 0);
	return st;
}

void
print_diags(const char *file, const struct opp_diags *d, const char *text, size_t len)
{
	struct opp_buf b = OPP_BUF_INIT;
	struct opp_diag_style st = diag_style();

	opp_diag_text(&b, file, d, text, len, &st);
	fputs(b.ptr, stderr);
	opp_buf_release(&b);
}

/* A temporary file in $TMPDIR for a workbook on its way to standard
 * output; its name holds no personal data. Caller frees and unlinks. */
char *
stdout_tmp(const char *what)
{
	const char *dir = getenv("TMPDIR");
	struct opp_buf b = OPP_BUF_INIT;
	int fd;

	opp_buf_printf(&b, "%s/opp-%s-XXXXXX", dir && *dir ? dir : "/tmp", what);
	if ((fd = mkstemp(b.ptr)) < 0) {
		warnx_(_("cannot create a temporary file in %s: %s"), dir && *dir ? dir : "/tmp",
		       strerror(errno));
		opp_buf_release(&b);
		return NULL;
	}
	close(fd);
	opp_atomic_track(b.ptr); /* removed on SIGINT, SIGTERM, SIGHUP too */
	return opp_buf_detach(&b, NULL);
}

void
stdout_tmp_remove(char *tmp)
{
	if (!tmp)
		return;
	unlink(tmp);
	opp_atomic_untrack(tmp);
	free(tmp);
}

bool
copy_to_stdout(const char *path)
{
	char buf[65536];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n;
	bool ok = fd >= 0;

	while (ok && (n = read(fd, buf, sizeof(buf))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		ok = n > 0 && fwrite(buf, 1, (size_t)n, stdout) == (size_t)n;
	}
	if (fd >= 0)
		close(fd);
	if (fflush(stdout) != 0)
		ok = false;
	if (!ok)
		warnx_(_("cannot write output: %s"), strerror(errno));
	return ok;
}

bool
write_out(FILE *f, const struct opp_buf *b)
{
	if (fwrite(b->ptr, 1, b->len, f) != b->len || fflush(f) != 0) {
		warnx_(_("cannot write output: %s"), strerror(errno));
		return false;
	}
	return true;
}

/*
 * serve — a local, read-only dashboard over the case folders: the pages
 * of lib/documents/site.h on the loopback server of lib/output/http.h.
 *
 * The files stay the single source of truth. Each request first brings
 * the list up to date: walk the folders again, stat every file, and
 * re-read and re-check only the files whose device, inode, size or
 * modification time changed (or all of them when the day changed: rules
 * depend on it). A file that changes while it is read is shown with
 * what it held then and read again on the next request. Pages are kept
 * until anything changes, so a reload with nothing changed costs the
 * walk and the stats alone.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/alloc.h"
#include "checks/validate.h"
#include "cmd.h"
#include "documents/site.h"
#include "git.h"
#include "output/http.h"

static const char usage[] =
        N_("usage: opp serve [options] [PATH...]\n"
           "\n"
           "A local, read-only dashboard over case files, in Dutch: what needs attention\n"
           "today per person, the caseload, each case with its findings, and the agenda of\n"
           "each meeting. Listens on 127.0.0.1 and ::1 only and prints one address with a\n"
           "secret token; a request without it gets 403. Each page shows the files as they\n"
           "are now. PATH is a file or a folder (searched for *.yaml and *.yml); default: .\n"
           "\n"
           "  -p, --port N        listen on port N (default: a free one)\n");

static const char epilog[] = N_("Stop it with Ctrl-C (SIGINT) or SIGTERM.\n"
                                "Exit status: 0 stopped, 2 usage error or it could not listen.\n");

/* ---- the list of cases, kept current ---------------------------------------- */

struct entry {
	char *path;
	dev_t dev;
	ino_t ino;
	off_t size;
	struct timespec mtime;
	bool stable; /* it did not change while it was read: may be kept */
	int32_t today;
	const struct opp_config *cfg;
	char *text;
	size_t len;
	struct opp_doc *doc;
	struct opp_diags diags;
	char *error;
	bool found; /* the walk could not read it (error says why): no stat, no load */
	bool taken; /* moved into the new list by refresh() */
};

struct page {
	char *key; /* path?query */
	struct opp_buf body;
	int status;
};

#define PAGES 32

struct server {
	const struct setup *s;
	char **roots; /* as given */
	char **real;  /* their real paths, for the symlink check */
	size_t nroots;
	struct entry *v;
	size_t n;
	unsigned long generation; /* changes whenever the list does */
	int32_t today;
	struct opp_site_case *cases;
	struct page pages[PAGES]; /* the pages of this generation, most recent first */
	size_t npages;
	int inotify;  /* watches every folder served, or -1: walk on every request */
	bool watched; /* the watches are complete: no event means no change */
	bool git;     /* the page being made shows a history from git: not kept */
};

static void
entry_free(struct entry *e)
{
	free(e->path);
	free(e->text);
	if (e->doc)
		opp_doc_free(e->doc);
	opp_diags_release(&e->diags);
	free(e->error);
}

static int
cmp_entry(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->path, ((const struct entry *)b)->path);
}

/* Whether a case file's real location is inside one of the folders
 * served: a symlink out of them is not followed. */
static bool
inside(const struct server *sv, const char *path)
{
	char *r = realpath(path, NULL);
	bool ok = false;

	for (size_t i = 0; r && i < sv->nroots && !ok; i++) {
		size_t n = sv->real[i] ? strlen(sv->real[i]) : 0;
		ok = n && strncmp(r, sv->real[i], n) == 0 &&
		     (r[n] == '/' || r[n] == '\0' || sv->real[i][n - 1] == '/');
	}
	free(r);
	return ok;
}

static void
fail(struct entry *e, const char *why)
{
	free(e->error);
	e->error = xstrdup(why);
}

/* Read and check e->path into e (e is fresh). */
static void
load(struct server *sv, struct entry *e, const struct stat *st)
{
	struct opp_buf err = OPP_BUF_INIT;
	struct stat after;

	e->dev = st->st_dev;
	e->ino = st->st_ino;
	e->size = st->st_size;
	e->mtime = st->st_mtim;
	e->today = sv->today;
	e->stable = true;
	opp_diags_init(&e->diags);
	if (!(e->cfg = config_for(&sv->s->cfg, e->path))) {
		fail(e, _("its config (.opp.yaml) has errors: run opp validate"));
		e->stable = false;
		return;
	}
	if (!read_text(e->path, &e->text, &e->len, &err)) {
		char *m = err.ptr, *colon = strstr(m, ": ");
		m[strcspn(m, "\n")] = '\0';
		fail(e, colon ? colon + 2 : m);
		opp_buf_release(&err);
		e->stable = false;
		return;
	}
	/* Written to while we read it (an editor saving): show what it held
	 * and read it again next time. */
	if (stat(e->path, &after) != 0 || after.st_size != st->st_size ||
	    after.st_mtim.tv_sec != st->st_mtim.tv_sec || after.st_mtim.tv_nsec != st->st_mtim.tv_nsec)
		e->stable = false;
	e->doc = opp_validate(e->path, e->text, e->len, e->cfg, sv->today, &e->diags);
	opp_diags_sort(&e->diags);
	if (!e->doc && !e->diags.n)
		fail(e, _("the file could not be loaded"));
}

static bool
same(const struct entry *e, const struct stat *st, int32_t today)
{
	return e->stable && e->today == today && e->dev == st->st_dev && e->ino == st->st_ino &&
	       e->size == st->st_size && e->mtime.tv_sec == st->st_mtim.tv_sec &&
	       e->mtime.tv_nsec == st->st_mtim.tv_nsec;
}

/* ---- knowing that nothing changed ----------------------------------------
 * Walking and stat-ing a thousand files costs milliseconds on every
 * request. The kernel can say instead whether anything in the folders
 * changed since the last look (inotify): when it says nothing did, the
 * list stands. Every folder is watched (new ones are added at the next
 * walk, which their creation causes); a symlinked file is watched in the
 * folder of its target, which must be one of ours. Where watches cannot
 * be had (no inotify, the limit of watches reached), every request
 * walks. */

#define WATCH_MASK                                                                                           \
	(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB |      \
	 IN_DELETE_SELF | IN_MOVE_SELF)

static bool
watch_tree(int fd, const char *dir, int depth)
{
	DIR *d;
	struct dirent *e;
	bool ok = inotify_add_watch(fd, dir, WATCH_MASK | IN_ONLYDIR) >= 0;

	if (!ok || depth > 64 || !(d = opendir(dir)))
		return ok && depth <= 64;
	while (ok && (e = readdir(d))) {
		struct stat st;
		char *p;
		size_t n;

		if (e->d_name[0] == '.')
			continue; /* as the walk: hidden folders are not served */
		n = strlen(dir) + strlen(e->d_name) + 2;
		p = xmalloc(n);
		snprintf(p, n, "%s/%s", dir, e->d_name);
		if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
			ok = watch_tree(fd, p, depth + 1);
		free(p);
	}
	closedir(d);
	return ok;
}

/* Whether the folders may have changed since the last look. */
static bool
maybe_changed(struct server *sv)
{
	char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
	bool any = false;
	ssize_t n;

	if (sv->inotify < 0 || !sv->watched)
		return true;
	while ((n = read(sv->inotify, buf, sizeof(buf))) > 0)
		any = true; /* any event at all (IN_Q_OVERFLOW too): look again */
	return any;
}

static void
watch_all(struct server *sv)
{
	if (sv->inotify < 0)
		return;
	sv->watched = true;
	for (size_t i = 0; i < sv->nroots; i++) {
		struct stat st;
		if (stat(sv->roots[i], &st) != 0)
			sv->watched = false;
		else if (S_ISDIR(st.st_mode))
			sv->watched &= watch_tree(sv->inotify, sv->roots[i], 0);
		else /* a file given by name: its folder */
		{
			char *dir = xstrdup(sv->roots[i]), *slash = strrchr(dir, '/');
			if (slash)
				*slash = '\0';
			sv->watched &= inotify_add_watch(sv->inotify, slash ? dir : ".", WATCH_MASK) >= 0;
			free(dir);
		}
	}
	/* Symlinked files: the folder of their target too. */
	for (size_t i = 0; i < sv->n && sv->watched; i++) {
		char *r = realpath(sv->v[i].path, NULL), *slash;
		if (r && (slash = strrchr(r, '/')) && slash != r) {
			*slash = '\0';
			sv->watched = inotify_add_watch(sv->inotify, r, WATCH_MASK) >= 0;
		}
		free(r);
	}
}

/* What the walk could not read (a symlink that points nowhere, a folder
 * that cannot be opened): shown on the pages with why, never said on
 * stderr on every walk. */
struct unread {
	struct pathlist path, why;
};

static void
walk_problem(void *ctx, const char *path, const char *why)
{
	struct unread *u = ctx;

	xgrow(&u->path.v, &u->path.cap, u->path.n + 1, sizeof(*u->path.v));
	u->path.v[u->path.n++] = xstrdup(path);
	xgrow(&u->why.v, &u->why.cap, u->why.n + 1, sizeof(*u->why.v));
	u->why.v[u->why.n++] = xstrdup(why);
}

/* An entry for a file that cannot be read, kept from the last list when
 * it was there for the same reason (so nothing changed). */
static bool
unreadable(struct entry *e, struct entry *old, const char *path, const char *why)
{
	if (old && !old->taken && old->found && strcmp(old->error, why) == 0) {
		*e = *old;
		old->taken = true;
		return false;
	}
	*e = (struct entry){.path = xstrdup(path), .found = true};
	opp_diags_init(&e->diags);
	fail(e, why);
	return true;
}

/* Bring the list up to date; true when anything changed. */
static bool
refresh(struct server *sv)
{
	struct pathlist files = {0};
	struct unread bad = {0};
	struct entry *v;
	size_t n = 0;
	bool changed = false;
	int32_t today;

	if (!get_today(sv->s->as_of, &today))
		today = sv->today;
	if (today == sv->today && sv->cases && !maybe_changed(sv))
		return false;
	sv->today = today;
	/* Watch before the walk: a change made while it runs is an event for
	 * the next request, never lost between the two. */
	watch_all(sv);
	collect_paths_shown(sv->roots, (int)sv->nroots, &files, walk_problem, &bad);
	v = xcalloc(files.n + bad.path.n + 1, sizeof(*v));
	for (size_t i = 0; i < files.n; i++) {
		struct entry key = {.path = files.v[i]}, *old;
		struct stat st, lst;

		if (strcmp(files.v[i], "-") == 0)
			continue; /* standard input is no folder to watch */
		if (lstat(files.v[i], &lst) == 0 && S_ISLNK(lst.st_mode) && !inside(sv, files.v[i]))
			continue;
		old = sv->n ? bsearch(&key, sv->v, sv->n, sizeof(*sv->v), cmp_entry) : NULL;
		if (stat(files.v[i], &st) != 0) {
			changed |= unreadable(&v[n], old, files.v[i], strerror(errno));
		} else if (old && !old->taken && same(old, &st, today)) {
			v[n] = *old;
			old->taken = true;
		} else {
			v[n] = (struct entry){.path = xstrdup(files.v[i])};
			load(sv, &v[n], &st);
			changed = true;
		}
		n++;
	}
	for (size_t i = 0; i < bad.path.n; i++) {
		struct entry key = {.path = bad.path.v[i]};
		struct entry *old = sv->n ? bsearch(&key, sv->v, sv->n, sizeof(*sv->v), cmp_entry) : NULL;
		changed |= unreadable(&v[n++], old, bad.path.v[i], bad.why.v[i]);
	}
	pathlist_release(&bad.path);
	pathlist_release(&bad.why);
	for (size_t i = 0; i < sv->n; i++)
		if (!sv->v[i].taken) {
			entry_free(&sv->v[i]);
			changed = true; /* gone, or read again */
		}
	changed |= n != sv->n;
	free(sv->v);
	sv->v = v;
	sv->n = n;
	pathlist_release(&files);
	/* Keep them sorted for the lookup above; the walk's order is the
	 * list's order only within a folder, so sort the view too. */
	qsort(sv->v, sv->n, sizeof(*sv->v), cmp_entry);
	free(sv->cases);
	sv->cases = xcalloc(sv->n + 1, sizeof(*sv->cases));
	for (size_t i = 0; i < sv->n; i++) {
		const struct entry *e = &sv->v[i];
		sv->cases[i] = (struct opp_site_case){e->path,
		                                      e->doc,
		                                      &e->diags,
		                                      e->text,
		                                      e->len,
		                                      e->doc ? NULL : e->error,
		                                      e->cfg ? e->cfg : NULL};
	}
	/* And the folders of new symlinks' targets. */
	watch_all(sv);
	return changed;
}

/* ---- the pages' language --------------------------------------------------
 * The pages are Dutch (site.h), and so must be what they quote: the
 * findings, put in words when a file is checked, and the reason a file
 * cannot be read. gettext takes the language from LANGUAGE at each
 * look-up, unless the locale's messages are C or POSIX (then it
 * translates nothing): so while the server reads files and writes pages
 * it asks for Dutch, and it gives the terminal its own language back
 * before it says anything there. Setting the messages' locale again
 * makes gettext forget the translations it looked up, so the switch
 * takes effect at once. Requests are handled one at a time
 * (output/http.h) while the main thread waits for a signal, saying
 * nothing: no other thread looks up a message meanwhile. */

struct lang {
	char *language; /* LANGUAGE as it was, or NULL */
	char *messages; /* LC_MESSAGES as it was */
};

static void
dutch_begin(struct lang *l)
{
	const char *language = getenv("LANGUAGE"), *m = setlocale(LC_MESSAGES, NULL);

	l->language = language ? xstrdup(language) : NULL;
	l->messages = xstrdup(m ? m : "C");
	setenv("LANGUAGE", "nl", 1);
	if (strcmp(l->messages, "C") == 0 || strcmp(l->messages, "POSIX") == 0)
		setlocale(LC_MESSAGES, "C.UTF-8");
	else
		setlocale(LC_MESSAGES, l->messages);
}

static void
dutch_end(struct lang *l)
{
	if (l->language)
		setenv("LANGUAGE", l->language, 1);
	else
		unsetenv("LANGUAGE");
	setlocale(LC_MESSAGES, l->messages);
	free(l->language);
	free(l->messages);
}

/* ---- requests ------------------------------------------------------------- */

static void
pages_clear(struct server *sv)
{
	for (size_t i = 0; i < sv->npages; i++) {
		free(sv->pages[i].key);
		opp_buf_release(&sv->pages[i].body);
	}
	sv->npages = 0;
}

struct args {
	const struct opp_http_req *req;
};

static const char *
arg(void *ctx, const char *name)
{
	return opp_http_arg(((struct args *)ctx)->req, name);
}

/* The cache key: the path and the parameters a page reads. */
static char *
page_key(const struct opp_http_req *req)
{
	static const char *const params[] = {"wie", "sort", "dir", "checklist"};
	struct opp_buf k = OPP_BUF_INIT;

	opp_buf_puts(&k, opp_http_path(req));
	for (size_t i = 0; i < sizeof(params) / sizeof(*params); i++) {
		const char *v = opp_http_arg(req, params[i]);
		if (v)
			opp_buf_printf(&k, "\n%s=%s", params[i], v);
	}
	return opp_buf_detach(&k, NULL);
}

/* Case casus's history from git for its page (site.h), as `opp log`
 * reads it. A commit changes no file served, so the page is made anew
 * on every request (it costs one git log and the versions). */
static bool
case_log(void *ctx, size_t casus, opp_site_show_log_fn *show, void *sctx)
{
	struct server *sv = ctx;
	const struct opp_site_case *c = &sv->cases[casus];
	struct opp_versions vs;
	struct opp_log log;
	struct git_file *g;

	if (casus >= sv->n || !git_work_tree(c->name))
		return false;
	sv->git = true;
	if (!(g = git_open(c->name, true)))
		return false;
	if (!git_history(g)->n) {
		git_close(g);
		return false;
	}
	git_plan_history(g, false); /* the order the log reads the versions in */
	opp_versions_init(&vs, git_blob, g, c->cfg);
	opp_log_build(&log, git_history(g), &vs);
	show(sctx, &log);
	opp_log_release(&log);
	opp_versions_release(&vs);
	git_close(g);
	return true;
}

static void
page(void *ctx, const struct opp_http_req *req, struct opp_http_resp *resp)
{
	struct server *sv = ctx;
	struct args a = {req};
	struct opp_config defaults;
	struct opp_site site;
	struct page pg;
	char *key;

	if (refresh(sv)) {
		sv->generation++;
		pages_clear(sv);
	}
	key = page_key(req);
	for (size_t i = 0; i < sv->npages; i++)
		if (strcmp(sv->pages[i].key, key) == 0) {
			resp->status = sv->pages[i].status;
			opp_buf_add(&resp->body, sv->pages[i].body.ptr, sv->pages[i].body.len);
			free(key);
			return;
		}
	/* A case whose config was broken has none: show it with the defaults. */
	opp_config_defaults(&defaults);
	for (size_t i = 0; i < sv->n; i++)
		if (!sv->cases[i].cfg)
			sv->cases[i].cfg = &defaults;
	site = (struct opp_site){sv->cases, sv->n, sv->today, NULL, case_log, sv};
	pg = (struct page){key, OPP_BUF_INIT, 0};
	sv->git = false;
	pg.status = opp_site_page(&pg.body, &site, opp_http_path(req), arg, &a);
	for (size_t i = 0; i < sv->n; i++)
		if (sv->cases[i].cfg == &defaults)
			sv->cases[i].cfg = NULL;
	opp_config_release(&defaults);
	resp->status = pg.status;
	opp_buf_add(&resp->body, pg.body.ptr, pg.body.len);
	if (sv->git) {
		free(pg.key);
		opp_buf_release(&pg.body);
		return;
	}
	if (sv->npages == PAGES) {
		free(sv->pages[PAGES - 1].key);
		opp_buf_release(&sv->pages[PAGES - 1].body);
		sv->npages--;
	}
	memmove(sv->pages + 1, sv->pages, sv->npages * sizeof(*sv->pages));
	sv->pages[0] = pg;
	sv->npages++;
}

/* Answer a request: bring the list up to date and write the page, in
 * Dutch. */
static void
handle(void *ctx, const struct opp_http_req *req, struct opp_http_resp *resp)
{
	struct lang l;

	dutch_begin(&l);
	page(ctx, req, resp);
	dutch_end(&l);
}

/* ---- the command -------------------------------------------------------------- */

static double
monotonic(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* 128 random bits as hex, from the kernel. */
static bool
make_token(char out[OPP_HTTP_TOKEN_LEN + 1])
{
	unsigned char r[OPP_HTTP_TOKEN_LEN / 2];
	size_t got = 0;

	while (got < sizeof(r)) {
		ssize_t n = getrandom(r + got, sizeof(r) - got, 0);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return false;
		got += (size_t)n;
	}
	for (size_t i = 0; i < sizeof(r); i++)
		snprintf(out + 2 * i, 3, "%02x", r[i]);
	return true;
}

struct opts {
	unsigned port;
};

static int
option(void *opts, int c, const char *arg)
{
	struct opts *o = opts;
	char *end;
	long n;

	if (c != 'p')
		return EXIT_OK;
	n = strtol(arg, &end, 10);
	if (!*arg || *end || n < 1 || n > 65535)
		return usage_error("serve", _("--port '%s' is not a port number (1-65535)"), arg);
	o->port = (unsigned)n;
	return EXIT_OK;
}

static int
run(struct setup *s, void *opts)
{
	const struct opts *o = opts;
	static char dot[] = ".";
	char *deflt[] = {dot};
	struct server sv = {0};
	char token[OPP_HTTP_TOKEN_LEN + 1], *err = NULL;
	struct opp_http *h;
	sigset_t set;
	int sig, rc = EXIT_USAGE;

	sv.s = s;
	sv.inotify = -1;
	sv.roots = s->nargs ? s->args : deflt;
	sv.nroots = s->nargs ? (size_t)s->nargs : 1;
	sv.real = xcalloc(sv.nroots + 1, sizeof(*sv.real));
	for (size_t i = 0; i < sv.nroots; i++) {
		struct stat st;
		if (strcmp(sv.roots[i], "-") == 0 || stat(sv.roots[i], &st) != 0) {
			rc = usage_error("serve", _("%s: no such file or folder"), sv.roots[i]);
			goto done;
		}
		sv.real[i] = realpath(sv.roots[i], NULL);
	}
	sv.today = s->today;
	sv.inotify = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	if (!make_token(token)) {
		warnx_(_("cannot make a secret token: %s"), strerror(errno));
		goto done;
	}
	/* The signals go to sigwait() below, not to the server's threads
	 * (they inherit this mask); a closed connection is no SIGPIPE. */
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);

	{
		struct lang l;
		dutch_begin(&l);
		refresh(&sv);
		dutch_end(&l);
	}
	h = opp_http_start(&(struct opp_http_opts){o->port, token, handle, &sv, monotonic}, &err);
	if (!h) {
		warnx_("%s", err);
		free(err);
		goto done;
	}
	printf("http://127.0.0.1:%u/?token=%s\n", opp_http_port(h), token);
	fflush(stdout);
	if (isatty(STDERR_FILENO))
		fprintf(stderr, _("case files found: %zu; read-only; stop with Ctrl-C\n"), sv.n);
	while (sigwait(&set, &sig) == 0 && sig != SIGINT && sig != SIGTERM && sig != SIGHUP)
		;
	opp_http_stop(h);
	rc = EXIT_OK;
done:
	pages_clear(&sv);
	for (size_t i = 0; i < sv.n; i++)
		entry_free(&sv.v[i]);
	free(sv.v);
	free(sv.cases);
	for (size_t i = 0; i < sv.nroots; i++)
		free(sv.real[i]);
	free(sv.real);
	config_cache_release();
	if (sv.inotify >= 0)
		close(sv.inotify);
	return rc;
}

static const struct option options[] = {
        {"port", required_argument, NULL, 'p'},
        {NULL, 0, NULL, 0},
};

const struct command cmd_serve = {
        "serve",
        run,
        NEED_TODAY | NEED_CONFIG,
        options,
        "p:",
        option,
        sizeof(struct opts),
        usage,
        epilog,
        N_("a local, read-only dashboard over case files (loopback only)"),
        0,
        NULL,
};

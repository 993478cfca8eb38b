/*
 * git — git log and git cat-file --batch, run without a shell (see
 * git.h).
 */
#include "git.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "base/date.h"
#include "cmd.h"
#include "format/yaml.h"

extern char **environ;

/* Requests sent ahead to cat-file: few enough that they always fit in
 * the pipe to it (so a write never waits while git waits for its output
 * to be read), enough that git works while opp does. */
#define AHEAD 16

struct reply {
	char oid[41];
	char *text; /* NULL: missing */
	size_t len;
};

struct git_file {
	char *dir;  /* the file's folder: git runs there (-C) */
	char *base; /* its name in that folder */
	struct opp_history h;
	pid_t batch;      /* git cat-file --batch, or 0 before the first version */
	FILE *to, *from;  /* its standard input and output */
	bool broken;      /* it failed: ask no more */
	char (*plan)[41]; /* the blobs that will be asked for, in order (git_plan) */
	size_t nplan, next;
	char flight[AHEAD][41]; /* sent ahead, not yet read, in order */
	size_t nflight;
	struct reply stash[AHEAD]; /* read ahead, not yet asked for */
	size_t nstash;
};

bool
git_work_tree(const char *path)
{
	char *real = realpath(path, NULL), *slash;
	struct opp_buf b = OPP_BUF_INIT;
	bool found = false;
	struct stat st;

	if (!real)
		return false;
	/* from the file's folder up to the root */
	while ((slash = strrchr(real, '/')) && !found) {
		*slash = '\0';
		opp_buf_reset(&b);
		opp_buf_printf(&b, "%s/.git", real);
		found = stat(b.ptr, &st) == 0;
	}
	free(real);
	opp_buf_release(&b);
	return found;
}

/* Start git with args (after "git -C dir"): its output on *out (and its
 * input on *in when in is not NULL); the process id, or -1 after a
 * message. */
static pid_t
spawn(const char *dir, const char *const *args, size_t nargs, int *out, int *in)
{
	posix_spawn_file_actions_t fa;
	int po[2], pi[2] = {-1, -1}, rc;
	const char **argv = xcalloc(nargs + 4, sizeof(*argv));
	pid_t pid;

	argv[0] = "git";
	argv[1] = "-C";
	argv[2] = dir;
	for (size_t i = 0; i < nargs; i++)
		argv[3 + i] = args[i];
	if (pipe(po) != 0 || (in && pipe(pi) != 0)) {
		warnx_(_("cannot run git: %s"), strerror(errno));
		free(argv);
		return -1;
	}
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, po[1], 1);
	if (in)
		posix_spawn_file_actions_adddup2(&fa, pi[0], 0);
	else
		posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addclose(&fa, po[0]);
	if (in)
		posix_spawn_file_actions_addclose(&fa, pi[1]);
	rc = posix_spawnp(&pid, "git", &fa, NULL, (char *const *)argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	free(argv);
	close(po[1]);
	if (in)
		close(pi[0]);
	if (rc != 0) {
		warnx_(_("cannot run git: %s"), strerror(rc));
		close(po[0]);
		if (in)
			close(pi[1]);
		return -1;
	}
	*out = po[0];
	if (in)
		*in = pi[1];
	fcntl(po[0], F_SETFD, FD_CLOEXEC);
	if (in)
		fcntl(pi[1], F_SETFD, FD_CLOEXEC);
	return pid;
}

static bool
finished(pid_t pid)
{
	int status;

	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return false;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

struct git_file *
git_open(const char *path, bool quiet)
{
	struct git_file *g;
	const char *slash = strrchr(path, '/');
	const char *args[32];
	struct opp_buf out = OPP_BUF_INIT;
	size_t n = 0;
	char buf[65536];
	ssize_t r;
	int fd;
	pid_t pid;
	bool ok;

	if (!git_work_tree(path)) {
		if (!quiet)
			warnx_(_("%s is not in a git work tree: its history comes from git"), path);
		return NULL;
	}
	g = xcalloc(1, sizeof(*g));
	g->dir = slash ? xstrndup(path, (size_t)(slash - path) + (slash == path)) : xstrdup(".");
	g->base = xstrdup(slash ? slash + 1 : path);
	args[n++] = "log";
	for (const char *const *a = opp_history_log_args; *a; a++)
		args[n++] = *a;
	args[n++] = "--";
	args[n++] = g->base;
	if ((pid = spawn(g->dir, args, n, &fd, NULL)) < 0) {
		git_close(g);
		return NULL;
	}
	while ((r = read(fd, buf, sizeof(buf))) != 0) {
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			break;
		opp_buf_add(&out, buf, (size_t)r);
	}
	close(fd);
	ok = finished(pid) && r == 0;
	if (!ok || !opp_history_parse(&g->h, out.ptr, out.len)) {
		if (!quiet)
			warnx_(_("git log could not read the history of %s"), path);
		opp_buf_release(&out);
		git_close(g);
		return NULL;
	}
	opp_buf_release(&out);
	return g;
}

const struct opp_history *
git_history(const struct git_file *g)
{
	return &g->h;
}

/* A write to git that cannot kill opp with SIGPIPE when git is gone:
 * the signal is blocked meanwhile and a pending one taken away. */
static bool
send_line(struct git_file *g, const char *line)
{
	sigset_t pipe_set, old;
	bool ok;

	sigemptyset(&pipe_set);
	sigaddset(&pipe_set, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &pipe_set, &old);
	ok = fputs(line, g->to) >= 0 && fputc('\n', g->to) != EOF && fflush(g->to) == 0;
	if (!ok) {
		struct timespec zero = {0, 0};
		while (sigtimedwait(&pipe_set, NULL, &zero) > 0)
			;
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	return ok;
}

static bool
start_batch(struct git_file *g)
{
	static const char *const args[] = {"cat-file", "--batch"};
	int out, in;
	pid_t pid;

	if (g->batch || g->broken)
		return !g->broken;
	if ((pid = spawn(g->dir, args, 2, &out, &in)) < 0) {
		g->broken = true;
		return false;
	}
	g->batch = pid;
	g->from = fdopen(out, "r");
	g->to = fdopen(in, "w");
	return true;
}

/* Read the next reply of cat-file --batch: the object's id, type
 * ("blob", "commit") and content (caller frees); false when it is
 * missing (or git failed: g->broken). */
static bool
reply(struct git_file *g, char oid[41], char type[16], char **text, size_t *len)
{
	char head[256], id[64];
	unsigned long long size;

	if (g->broken || !fgets(head, sizeof(head), g->from)) {
		g->broken = true;
		return false;
	}
	/* "<oid> <type> <size>", or "<name> missing" (nothing follows) */
	if (sscanf(head, "%63s %15s %llu", id, type, &size) != 3 || strlen(id) != 40)
		return false;
	if (size > OPP_MAX_FILE + 1) {
		g->broken = true; /* too big to be a case file: stop reading */
		return false;
	}
	*text = xmalloc((size_t)size + 1);
	if (fread(*text, 1, (size_t)size, g->from) != (size_t)size || fgetc(g->from) != '\n') {
		free(*text);
		g->broken = true;
		return false;
	}
	(*text)[size] = '\0';
	*len = (size_t)size;
	memcpy(oid, id, 41);
	return true;
}

/* Read the replies sent ahead, up to the k-th, into the stash. */
static void
read_ahead(struct git_file *g, size_t k)
{
	for (size_t i = 0; i < k && i < g->nflight; i++) {
		struct reply *r;
		char oid[41], type[16];
		if (g->nstash == AHEAD) { /* full: the oldest goes */
			free(g->stash[0].text);
			memmove(g->stash, g->stash + 1, (AHEAD - 1) * sizeof(*g->stash));
			g->nstash--;
		}
		r = &g->stash[g->nstash++];
		memcpy(r->oid, g->flight[i], 41);
		if (!reply(g, oid, type, &r->text, &r->len)) {
			r->text = NULL;
		} else if (strcmp(type, "blob") != 0) {
			free(r->text);
			r->text = NULL;
		}
	}
	if (k > g->nflight)
		k = g->nflight;
	memmove(g->flight, g->flight + k, (g->nflight - k) * sizeof(*g->flight));
	g->nflight -= k;
}

/* Send what the plan asks for next, up to AHEAD requests in flight. */
static void
send_ahead(struct git_file *g)
{
	while (!g->broken && g->nflight < AHEAD && g->next < g->nplan) {
		if (!send_line(g, g->plan[g->next])) {
			g->broken = true;
			return;
		}
		memcpy(g->flight[g->nflight++], g->plan[g->next++], 41);
	}
}

void
git_plan(struct git_file *g, const char *const *oids, size_t n)
{
	free(g->plan);
	g->plan = xcalloc(n ? n : 1, sizeof(*g->plan));
	g->nplan = 0;
	g->next = 0;
	for (size_t i = 0; i < n; i++)
		if (oids[i] && strlen(oids[i]) == 40 &&
		    (!g->nplan || strcmp(g->plan[g->nplan - 1], oids[i]) != 0))
			memcpy(g->plan[g->nplan++], oids[i], 41);
}

void
git_plan_history(struct git_file *g, bool newest_first)
{
	const char **oids = xcalloc(g->h.n + 1, sizeof(*oids));

	for (size_t i = 0; i < g->h.n; i++)
		oids[i] = g->h.v[newest_first ? g->h.n - 1 - i : i].new_blob;
	git_plan(g, oids, g->h.n);
	free(oids);
}

/* Ask cat-file --batch for an object by name: its id, type and content
 * (caller frees); false when it is missing. What was sent ahead is read
 * into the stash first. */
static bool
object(struct git_file *g, const char *name, char oid[41], char type[16], char **text, size_t *len)
{
	bool ok;

	if (strchr(name, '\n') || !start_batch(g))
		return false;
	read_ahead(g, g->nflight);
	if (!send_line(g, name)) {
		g->broken = true;
		return false;
	}
	ok = reply(g, oid, type, text, len);
	send_ahead(g);
	return ok;
}

static bool
blob(struct git_file *g, const char *name, char **text, size_t *len)
{
	char oid[41], type[16];

	if (!object(g, name, oid, type, text, len))
		return false;
	if (strcmp(type, "blob") != 0) {
		free(*text);
		return false;
	}
	return true;
}

bool
git_blob(void *gp, const char *oid, char **text, size_t *len)
{
	struct git_file *g = gp;

	if (!start_batch(g))
		return false;
	send_ahead(g);
	for (size_t k = 0; k < g->nflight; k++)
		if (strcmp(g->flight[k], oid) == 0) {
			read_ahead(g, k + 1); /* it is now the stash's newest */
			break;
		}
	for (size_t i = g->nstash; i-- > 0;)
		if (strcmp(g->stash[i].oid, oid) == 0) {
			bool ok = g->stash[i].text != NULL;
			*text = g->stash[i].text;
			*len = g->stash[i].len;
			memmove(g->stash + i, g->stash + i + 1, (g->nstash - i - 1) * sizeof(*g->stash));
			g->nstash--;
			send_ahead(g);
			return ok;
		}
	return blob(g, oid, text, len);
}

/* The author's date of a commit object, in the author's time zone. */
static int32_t
author_date(const char *commit)
{
	const char *a = strstr(commit, "\nauthor ");
	const char *gt = a ? strchr(a, '>') : NULL;
	long long t;
	int tz;

	if (!gt || sscanf(gt + 1, " %lld %d", &t, &tz) != 2)
		return 0;
	t += (tz / 100) * 3600LL + (tz % 100) * 60LL;
	return opp_date_from_ymd(1970, 1, 1) + (int32_t)(t >= 0 ? t / 86400 : -((-t + 86399) / 86400));
}

bool
git_at(struct git_file *g, const char *rev, char **text, size_t *len, char commit[41], int32_t *date)
{
	struct opp_buf name = OPP_BUF_INIT;
	char type[16];
	char *c;
	size_t clen;
	bool found;

	if (!*rev || strchr(rev, '\n')) {
		warnx_(_("'%s' is not a revision"), rev);
		return false;
	}
	opp_buf_printf(&name, "%s^{commit}", rev);
	if (!object(g, name.ptr, commit, type, &c, &clen)) {
		warnx_(_("'%s' is not a commit of this repository"), rev);
		opp_buf_release(&name);
		return false;
	}
	*date = author_date(c);
	free(c);
	/* the file under its name now, then under each name it had */
	opp_buf_reset(&name);
	opp_buf_printf(&name, "%s:./%s", commit, g->base);
	found = blob(g, name.ptr, text, len);
	for (size_t i = g->h.n; !found && i-- > 0;) {
		if (i + 1 < g->h.n && strcmp(g->h.v[i].path, g->h.v[i + 1].path) == 0)
			continue;
		opp_buf_reset(&name);
		opp_buf_printf(&name, "%s:%s", commit, g->h.v[i].path);
		found = blob(g, name.ptr, text, len);
	}
	if (!found)
		warnx_(_("%s did not exist at %s (under this name or an earlier one)"), g->base, rev);
	opp_buf_release(&name);
	return found;
}

void
git_close(struct git_file *g)
{
	if (!g)
		return;
	for (size_t i = 0; i < g->nstash; i++)
		free(g->stash[i].text);
	free(g->plan);
	if (g->to)
		fclose(g->to);
	if (g->from)
		fclose(g->from);
	if (g->batch)
		finished(g->batch);
	opp_history_release(&g->h);
	free(g->dir);
	free(g->base);
	free(g);
}

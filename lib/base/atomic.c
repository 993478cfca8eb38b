/*
 * atomic — temporary file, fsync, rename.
 */
#include "base/atomic.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "base/i18n.h"

static bool fail(char **err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static bool
fail(char **err, const char *fmt, ...)
{
	struct opp_buf b = OPP_BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	opp_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	*err = opp_buf_detach(&b, NULL);
	return false;
}

/* ---- temporaries removed on a signal -------------------------------------
 * The handler may only do what is async-signal-safe: unlink() the paths
 * (kept in static storage, flagged in use) and re-raise the signal with
 * its default action, so the exit status still says what ended us. */

#define MAX_TEMPS 8
static char temps[MAX_TEMPS][PATH_MAX];
static volatile sig_atomic_t temp_used[MAX_TEMPS];
static volatile sig_atomic_t handlers_set;

static void
on_signal(int sig)
{
	for (int i = 0; i < MAX_TEMPS; i++)
		if (temp_used[i])
			unlink(temps[i]);
	raise(sig); /* SA_RESETHAND: the default action, once we return */
}

static void
set_handlers(void)
{
	static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
	struct sigaction sa, old;

	if (handlers_set)
		return;
	handlers_set = 1;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_RESETHAND;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof(sigs) / sizeof(*sigs); i++) {
		sigaddset(&sa.sa_mask, sigs[i]);
	}
	for (size_t i = 0; i < sizeof(sigs) / sizeof(*sigs); i++) {
		/* nohup's SIG_IGN (and a caller's own handler) stay. */
		if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_DFL)
			sigaction(sigs[i], &sa, NULL);
	}
}

void
opp_atomic_track(const char *path)
{
	size_t n = strlen(path);

	set_handlers();
	for (int i = 0; i < MAX_TEMPS; i++) {
		if (temp_used[i] || n >= PATH_MAX)
			continue;
		memcpy(temps[i], path, n + 1);
		temp_used[i] = 1;
		return;
	}
}

void
opp_atomic_untrack(const char *path)
{
	for (int i = 0; i < MAX_TEMPS; i++)
		if (temp_used[i] && strcmp(temps[i], path) == 0) {
			temp_used[i] = 0;
			return;
		}
}

/* ---- writing -------------------------------------------------------------- */

/* Where writing to path lands: path itself, or the end of the chain of
 * symlinks it starts, whether or not that file exists yet (a dangling
 * link is written through, as a link to an existing file is). Caller
 * frees; NULL with errno ELOOP for a loop. */
static char *
link_target(const char *path)
{
	char *p = xstrdup(path);

	for (int hops = 0; hops < 40; hops++) {
		struct stat st;
		char buf[PATH_MAX];
		ssize_t n;
		const char *slash;
		struct opp_buf b = OPP_BUF_INIT;

		if (lstat(p, &st) != 0 || !S_ISLNK(st.st_mode) || (n = readlink(p, buf, sizeof(buf) - 1)) < 0)
			return p;
		buf[n] = '\0';
		slash = strrchr(p, '/');
		if (buf[0] != '/' && slash)
			opp_buf_add(&b, p, (size_t)(slash - p) + 1);
		opp_buf_puts(&b, buf);
		free(p);
		p = opp_buf_detach(&b, NULL);
	}
	free(p);
	errno = ELOOP;
	return NULL;
}

bool
opp_atomic_begin(struct opp_atomic *a, const char *path, bool exclusive, char **err)
{
	const char *given = path; /* messages name the path the user gave */
	const char *slash;
	size_t dirlen;
	struct stat st;
	char *real = NULL;

	/* Writing to a symlink updates the file it points to; replacing the
	 * link itself would silently detach it. */
	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
		if (!(real = link_target(path)))
			return fail(err, _("cannot write %s: %s"), given, strerror(errno));
		path = real;
	}
	slash = strrchr(path, '/');
	dirlen = slash ? (size_t)(slash - path) + 1 : 0;
	a->path = xstrdup(path);
	free(real);
	path = a->path;
	a->tmp = xmalloc(dirlen + sizeof(".opp-tmp-XXXXXX"));
	memcpy(a->tmp, path, dirlen);
	memcpy(a->tmp + dirlen, ".opp-tmp-XXXXXX", sizeof(".opp-tmp-XXXXXX"));
	a->fd = -1;
	if (exclusive && lstat(path, &st) == 0) {
		free(a->path);
		free(a->tmp);
		return fail(err, _("%s already exists: not overwriting it"), given);
	}
	a->direct = false;
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		free(a->path);
		free(a->tmp);
		return fail(err, _("%s is a folder"), given);
	}
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		a->direct = true;
		a->fd = open(path, O_WRONLY | O_CLOEXEC);
		if (a->fd < 0) {
			int e = errno;
			free(a->path);
			free(a->tmp);
			return fail(err, _("cannot write %s: %s"), given, strerror(e));
		}
		free(a->tmp);
		a->tmp = xstrdup(path);
		a->exclusive = exclusive;
		return true;
	}
	a->fd = mkstemp(a->tmp);
	if (a->fd < 0) {
		int e = errno;
		free(a->path);
		free(a->tmp);
		return fail(err, _("cannot write %s: %s"), given, strerror(e));
	}
	opp_atomic_track(a->tmp);
	/* Case files and reports are personal data: owner-only by default,
	 * or the mode of the file being replaced. */
	fchmod(a->fd, stat(path, &st) == 0 ? (st.st_mode & 07777) : 0600);
	a->exclusive = exclusive;
	return true;
}

bool
opp_atomic_write(struct opp_atomic *a, const void *data, size_t len, char **err)
{
	const char *p = data;

	while (len) {
		ssize_t n = write(a->fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			int e = errno;
			return fail(err, _("cannot write %s: %s"), a->path, strerror(e));
		}
		p += n;
		len -= (size_t)n;
	}
	return true;
}

void
opp_atomic_close_fd(struct opp_atomic *a)
{
	if (a->fd >= 0)
		close(a->fd);
	a->fd = -1;
}

static void
release(struct opp_atomic *a)
{
	free(a->path);
	free(a->tmp);
	a->path = a->tmp = NULL;
}

void
opp_atomic_abort(struct opp_atomic *a)
{
	opp_atomic_close_fd(a);
	if (!a->direct) {
		unlink(a->tmp);
		opp_atomic_untrack(a->tmp);
	}
	release(a);
}

bool
opp_atomic_commit(struct opp_atomic *a, char **err)
{
	int e;

	if (a->direct) { /* a device or pipe: nothing to sync or rename */
		if (a->fd >= 0 && close(a->fd) != 0) {
			a->fd = -1;
			goto fail;
		}
		a->fd = -1;
		release(a);
		return true;
	}
	if (a->fd < 0 && (a->fd = open(a->tmp, O_RDWR | O_CLOEXEC)) < 0)
		goto fail;
	if (fsync(a->fd) != 0)
		goto fail;
	if (close(a->fd) != 0) {
		a->fd = -1;
		goto fail;
	}
	a->fd = -1;
	if (a->exclusive) {
		/* link() fails if the target appeared meanwhile: never replace. */
		if (link(a->tmp, a->path) != 0)
			goto fail;
		unlink(a->tmp);
	} else if (rename(a->tmp, a->path) != 0) {
		goto fail;
	}
	opp_atomic_untrack(a->tmp);
	release(a);
	return true;
fail:
	e = errno;
	fail(err, _("cannot write %s: %s"), a->path, strerror(e));
	opp_atomic_abort(a);
	return false;
}

bool
opp_atomic_file(const char *path, const void *data, size_t len, bool exclusive, char **err)
{
	struct opp_atomic a;

	if (!opp_atomic_begin(&a, path, exclusive, err))
		return false;
	if (!opp_atomic_write(&a, data, len, err)) {
		opp_atomic_abort(&a);
		return false;
	}
	return opp_atomic_commit(&a, err);
}

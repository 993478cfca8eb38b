/*
 * deliver — reminders into files and to sendmail: see deliver.h.
 */
#include "deliver.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/buf.h"
#include "cmd.h"

const char *
deliver_sendmail(void)
{
	static const char *const where[] = {"/usr/sbin/sendmail", "/usr/lib/sendmail"};

	for (size_t i = 0; i < sizeof(where) / sizeof(*where); i++)
		if (access(where[i], X_OK) == 0)
			return where[i];
	return "sendmail";
}

bool
deliver_dir_ok(const char *dir)
{
	struct opp_buf probe = OPP_BUF_INIT;
	struct stat st;
	int fd;

	if (stat(dir, &st) != 0) {
		warnx_(_("--eml '%s': %s: give a folder that exists"), dir, strerror(errno));
		return false;
	}
	if (!S_ISDIR(st.st_mode)) {
		warnx_(_("--eml '%s' is not a folder"), dir);
		return false;
	}
	/* Try: access() says yes to root where nobody can write (/sys). */
	opp_buf_printf(&probe, "%s/.opp-tmp-XXXXXX", dir);
	if ((fd = mkstemp(probe.ptr)) < 0) {
		warnx_(_("--eml '%s': cannot write in this folder: %s"), dir, strerror(errno));
		opp_buf_release(&probe);
		return false;
	}
	close(fd);
	unlink(probe.ptr);
	opp_buf_release(&probe);
	return true;
}

/* "3 items, 2 overdue" and, in the organisator's mail, how many are
 * for people without an address. */
static void
summary(struct opp_buf *b, const struct opp_reminder_person *p)
{
	opp_buf_printf(b, p->items == 1 ? _("%zu item") : _("%zu items"), p->items);
	if (p->overdue)
		opp_buf_printf(b, _(", %zu overdue"), p->overdue);
	if (p->forwarded)
		opp_buf_printf(b, _(", %zu for people without an email address"), p->forwarded);
}

static bool
begin(void *ctx, const struct opp_reminder_person *p)
{
	struct deliver *d = ctx;

	if (!(d->tmp = tmpfile())) {
		warnx_(_("cannot make a temporary file for the mail to %s: %s"), p->email, strerror(errno));
		d->io_failed = true;
		return false;
	}
	return true;
}

static bool
write_piece(void *ctx, const char *data, size_t len)
{
	struct deliver *d = ctx;

	return fwrite(data, 1, len, d->tmp) == len;
}

/* The finished mail into DIR/<file>, atomically. */
static bool
to_file(struct deliver *d, const struct opp_reminder_person *p)
{
	struct opp_buf path = OPP_BUF_INIT;
	struct opp_atomic a;
	char chunk[65536], *err = NULL;
	size_t n;
	bool ok;

	opp_buf_printf(&path, "%s/%s", d->dir, p->file);
	ok = fseek(d->tmp, 0, SEEK_SET) == 0 && opp_atomic_begin(&a, path.ptr, false, &err);
	if (ok) {
		while (ok && (n = fread(chunk, 1, sizeof(chunk), d->tmp)) > 0)
			ok = opp_atomic_write(&a, chunk, n, &err);
		if (ok && ferror(d->tmp)) {
			ok = false;
			opp_atomic_abort(&a);
		} else if (ok) {
			ok = opp_atomic_commit(&a, &err);
		} else {
			opp_atomic_abort(&a);
		}
	}
	if (ok) {
		struct opp_buf sum = OPP_BUF_INIT;
		summary(&sum, p);
		printf(_("wrote %s (%s)\n"), path.ptr, sum.ptr);
		opp_buf_release(&sum);
		d->written++;
	} else {
		if (err)
			warnx_("%s", err);
		else
			warnx_(_("%s: cannot write the mail: %s"), path.ptr, strerror(errno ? errno : EIO));
		d->io_failed = true;
	}
	free(err);
	opp_buf_release(&path);
	return ok;
}

/* Run `program -t` with the mail as its standard input; 0, or why not
 * in why (an exit status, a signal or the errno of exec). */
static int
run_program(const char *program, int in, struct opp_buf *why)
{
	char *argv[] = {(char *)program, "-t", NULL};
	int fds[2], status, err = 0;
	pid_t pid;
	ssize_t n;

	/* A pipe closed by exec tells a failed exec from the program's own
	 * failure. */
	if (pipe(fds) != 0 || fcntl(fds[1], F_SETFD, FD_CLOEXEC) != 0) {
		opp_buf_puts(why, strerror(errno));
		return -1;
	}
	fflush(stdout);
	if ((pid = fork()) < 0) {
		opp_buf_puts(why, strerror(errno));
		close(fds[0]);
		close(fds[1]);
		return -1;
	}
	if (pid == 0) {
		close(fds[0]);
		if (dup2(in, STDIN_FILENO) >= 0)
			execvp(program, argv);
		err = errno;
		n = write(fds[1], &err, sizeof(err));
		(void)n;
		_exit(127);
	}
	close(fds[1]);
	while ((n = read(fds[0], &err, sizeof(err))) < 0 && errno == EINTR)
		;
	close(fds[0]);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR) {
			opp_buf_puts(why, strerror(errno));
			return -1;
		}
	if (n == (ssize_t)sizeof(err)) {
		opp_buf_printf(why, _("cannot run it: %s"), strerror(err));
		return -1;
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	if (WIFEXITED(status))
		opp_buf_printf(why, _("exit status %d"), WEXITSTATUS(status));
	else if (WIFSIGNALED(status))
		opp_buf_printf(why, _("killed by signal %d"), WTERMSIG(status));
	return -1;
}

static void
to_program(struct deliver *d, const struct opp_reminder_person *p)
{
	struct opp_buf why = OPP_BUF_INIT;

	if (fflush(d->tmp) != 0 || lseek(fileno(d->tmp), 0, SEEK_SET) != 0) {
		warnx_(_("cannot read back the mail to %s: %s"), p->email, strerror(errno));
		d->io_failed = true;
	} else if (run_program(d->program, fileno(d->tmp), &why) == 0) {
		opp_buf_reset(&why);
		summary(&why, p);
		printf(_("sent to %s (%s)\n"), p->email, why.ptr);
		d->sent++;
	} else {
		warnx_(_("%s failed for the mail to %s (%s): not sent"), d->program, p->email, why.ptr);
		d->send_failed = true;
	}
	opp_buf_release(&why);
}

static void
end(void *ctx, const struct opp_reminder_person *p, bool ok)
{
	struct deliver *d = ctx;

	if (!ok || fflush(d->tmp) != 0 || ferror(d->tmp)) {
		warnx_(_("cannot make the mail to %s: %s"), p->email, strerror(errno ? errno : EIO));
		d->io_failed = true;
	} else if (!d->dir || to_file(d, p)) {
		if (d->program)
			to_program(d, p);
	}
	fclose(d->tmp);
	d->tmp = NULL;
}

struct opp_reminder_out
deliver_out(struct deliver *d)
{
	return (struct opp_reminder_out){begin, write_piece, end, d};
}

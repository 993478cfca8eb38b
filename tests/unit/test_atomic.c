/*
 * test_atomic — safe writes (lib/base/atomic.c): through a symlink, even
 * one whose target does not exist yet, and no temporary file left behind
 * when SIGINT, SIGTERM or SIGHUP ends the program mid-write.
 */
#include <criterion/criterion.h>
#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/atomic.h"
#include "helpers.h"

static char dir[64];

static void
setup(void)
{
	scratch_dir(dir, "atomic");
}

static void
teardown(void)
{
	scratch_dir_remove(dir);
}

static char *
at(const char *rel)
{
	static char p[4][256];
	static int k;
	k = (k + 1) % 4;
	snprintf(p[k], sizeof(p[k]), "%s/%s", dir, rel);
	return p[k];
}

static size_t
temporaries(void)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t n = 0;

	cr_assert_not_null(d);
	while ((e = readdir(d)))
		n += strncmp(e->d_name, ".opp-tmp-", 9) == 0;
	closedir(d);
	return n;
}

static char *
contents(const char *path)
{
	static char buf[256];
	FILE *f = fopen(path, "r");
	size_t n;

	if (!f)
		return NULL;
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

Test(atomic, dangling_symlink_is_written_through, .init = setup, .fini = teardown)
{
	char *err = NULL;
	struct stat st;

	cr_assert_eq(symlink("target.md", at("link.md")), 0);
	cr_assert(opp_atomic_file(at("link.md"), "nieuw\n", 6, false, &err), "%s", err ? err : "");
	cr_assert_eq(lstat(at("link.md"), &st), 0);
	cr_expect(S_ISLNK(st.st_mode), "the link is still a link");
	cr_expect_str_eq(contents(at("target.md")), "nieuw\n");
	cr_expect_eq(temporaries(), 0);
}

Test(atomic, chain_of_symlinks_into_another_folder, .init = setup, .fini = teardown)
{
	char *err = NULL;

	cr_assert_eq(mkdir(at("sub"), 0700), 0);
	cr_assert_eq(symlink("sub/mid.md", at("link.md")), 0);
	cr_assert_eq(symlink("end.md", at("sub/mid.md")), 0);
	cr_assert(opp_atomic_file(at("link.md"), "x", 1, false, &err), "%s", err ? err : "");
	cr_expect_str_eq(contents(at("sub/end.md")), "x");
}

Test(atomic, symlink_loop_is_an_error, .init = setup, .fini = teardown)
{
	char *err = NULL;

	cr_assert_eq(symlink("b", at("a")), 0);
	cr_assert_eq(symlink("a", at("b")), 0);
	cr_expect_not(opp_atomic_file(at("a"), "x", 1, false, &err));
	cr_expect_not_null(err);
	free(err);
}

/* A child begins a write, then gets the signal: it dies of that signal
 * (the handler re-raises it) and leaves no temporary file. */
static void
dies_without_temporary(int sig)
{
	pid_t pid = fork();
	int status;

	cr_assert_geq(pid, 0);
	if (pid == 0) {
		struct opp_atomic a;
		char *err = NULL;
		if (!opp_atomic_begin(&a, at("report.md"), false, &err))
			_exit(3);
		opp_atomic_write(&a, "half", 4, &err);
		raise(sig);
		_exit(4); /* not reached */
	}
	cr_assert_eq(waitpid(pid, &status, 0), pid);
	cr_expect(WIFSIGNALED(status) && WTERMSIG(status) == sig, "status %d", status);
	cr_expect_eq(temporaries(), 0, "a temporary file was left behind");
	cr_expect_null(contents(at("report.md")));
}

Test(atomic, sigint_removes_the_temporary, .init = setup, .fini = teardown)
{
	dies_without_temporary(SIGINT);
}

Test(atomic, sigterm_removes_the_temporary, .init = setup, .fini = teardown)
{
	dies_without_temporary(SIGTERM);
}

Test(atomic, sighup_removes_the_temporary, .init = setup, .fini = teardown)
{
	dies_without_temporary(SIGHUP);
}

/* A temporary file made elsewhere (a workbook on its way to a pipe) is
 * removed on a signal too, once registered. */
Test(atomic, registered_temporary_removed, .init = setup, .fini = teardown)
{
	pid_t pid = fork();
	int status;

	cr_assert_geq(pid, 0);
	if (pid == 0) {
		FILE *f = fopen(at(".opp-tmp-render"), "w");
		if (!f)
			_exit(3);
		fclose(f);
		opp_atomic_track(at(".opp-tmp-render"));
		raise(SIGTERM);
		_exit(4);
	}
	cr_assert_eq(waitpid(pid, &status, 0), pid);
	cr_expect(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
	cr_expect_eq(temporaries(), 0);
}

/* After a commit nothing is registered: a later signal removes nothing. */
Test(atomic, committed_file_stays, .init = setup, .fini = teardown)
{
	pid_t pid = fork();
	int status;

	cr_assert_geq(pid, 0);
	if (pid == 0) {
		char *err = NULL;
		if (!opp_atomic_file(at("done.md"), "klaar", 5, false, &err))
			_exit(3);
		raise(SIGTERM);
		_exit(4);
	}
	cr_assert_eq(waitpid(pid, &status, 0), pid);
	cr_expect_str_eq(contents(at("done.md")), "klaar");
}

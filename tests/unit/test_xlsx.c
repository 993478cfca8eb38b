/*
 * test_xlsx — the workbook writer (lib/output/xlsx.c): libxlsxwriter's
 * temporary parts go beside the workbook (so beside the target, or into
 * $TMPDIR for a pipe) instead of tmpfile()'s /tmp, and nothing of them
 * stays; text that looks like Excel's _xHHHH_ escape stays that text.
 */
#define _GNU_SOURCE /* dlsym(RTLD_NEXT) */
#include <criterion/criterion.h>
#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "helpers.h"
#include "output/xlsx.h"

/* libxlsxwriter is a shared library: its tmpfile() and open() calls
 * come here first. A temporary part is a file it creates exclusively. */
static int tmpfile_calls, parts, parts_elsewhere;
static char dir[64];

FILE *
tmpfile(void)
{
	FILE *(*real)(void) = (FILE * (*)(void)) dlsym(RTLD_NEXT, "tmpfile");
	tmpfile_calls++;
	return real();
}

int
open(const char *path, int flags, ...)
{
	int (*real)(const char *, int, ...) = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, "open");
	va_list ap;
	mode_t mode;

	va_start(ap, flags);
	mode = (flags & O_CREAT) ? va_arg(ap, mode_t) : 0;
	va_end(ap);
	if ((flags & O_CREAT) && (flags & O_EXCL)) {
		parts++;
		parts_elsewhere += strncmp(path, dir, strlen(dir)) != 0;
	}
	return real(path, flags, mode);
}

static void
setup(void)
{
	scratch_dir(dir, "xlsx");
}

static void
teardown(void)
{
	scratch_dir_remove(dir);
}

static size_t
files_in(const char *d)
{
	DIR *dp = opendir(d);
	struct dirent *e;
	size_t n = 0;

	cr_assert_not_null(dp);
	while ((e = readdir(dp)))
		n += e->d_name[0] != '.' || (e->d_name[1] && strcmp(e->d_name, "..") != 0);
	closedir(dp);
	return n;
}

static void
write_book(const char *path, bool constant_memory, const char *text)
{
	struct opp_xlsx_opts o = {constant_memory, 1764576000, "t"};
	struct opp_xlsx_col cols[] = {{"a", 10, false}, {"b", 10, false}};
	char *err = NULL;
	struct opp_xlsx *x = opp_xlsx_open(path, &o, &err);
	struct opp_xlsx_sheet *sh;

	cr_assert_not_null(x, "%s", err ? err : "");
	sh = opp_xlsx_sheet(x, "blad", cols, 2);
	for (int i = 0; i < 50; i++) {
		opp_xlsx_row(sh);
		opp_xlsx_text(sh, 0, text, OPP_XLSX_PLAIN);
		opp_xlsx_number(sh, 1, i);
	}
	cr_assert(opp_xlsx_close(x, path, &err), "%s", err ? err : "");
}

Test(xlsx, temporary_parts_beside_the_workbook, .init = setup, .fini = teardown)
{
	char path[128];

	snprintf(path, sizeof(path), "%s/w.xlsx", dir);
	setenv("TMPDIR", "/tmp", 1); /* not where they go */
	for (int cm = 0; cm < 2; cm++) {
		tmpfile_calls = parts = parts_elsewhere = 0;
		write_book(path, cm, "tekst");
		cr_expect_eq(tmpfile_calls, 0, "constant_memory %d: %d parts through tmpfile() in /tmp", cm,
		             tmpfile_calls);
		cr_expect_gt(parts, 0, "constant_memory %d: no temporary part seen", cm);
		cr_expect_eq(parts_elsewhere, 0, "constant_memory %d: %d of %d parts not beside the workbook",
		             cm, parts_elsewhere, parts);
		cr_expect_eq(files_in(dir), 1, "only the workbook is left");
	}
}

/* The text of cell A2 as Excel shows it: the <t> of the shared string
 * or the inline string, with every _xHHHH_ decoded as ECMA-376 says
 * (openpyxl decodes only some of them, so it cannot tell). */
static char *
read_back(const char *path)
{
	char cmd[1024], *out = calloc(1, 256);
	FILE *p;

	snprintf(cmd, sizeof(cmd),
	         "/usr/bin/python3 -c '\n"
	         "import re, sys, zipfile, html\n"
	         "z = zipfile.ZipFile(sys.argv[1])\n"
	         "sheet = z.read(\"xl/worksheets/sheet1.xml\").decode()\n"
	         "c = re.search(r\"<c r=.A2.[^>]*>(.*?)</c>\", sheet).group(0)\n"
	         "if \"t=\\\"s\\\"\" in c:\n"
	         "    n = int(re.search(r\"<v>(\\d+)</v>\", c).group(1))\n"
	         "    c = re.findall(r\"<si>(.*?)</si>\", z.read(\"xl/sharedStrings.xml\").decode())[n]\n"
	         "t = html.unescape(\"\".join(re.findall(r\"<t[^>]*>(.*?)</t>\", c)))\n"
	         "print(re.sub(r\"_x([0-9A-Fa-f]{4})_\", lambda m: chr(int(m.group(1), 16)), t), end=\"\")' "
	         "%s",
	         path);
	p = popen(cmd, "r");
	cr_assert_not_null(p);
	if (fread(out, 1, 255, p) == 0)
		out[0] = '\0';
	pclose(p);
	return out;
}

Test(xlsx, excel_escapes_in_text_stay_text, .init = setup, .fini = teardown)
{
	static const char *const texts[] = {"_x0041_", "a_x0041_b", "_x005F_x0041_",
	                                    "_X0041_", "_x00_",     "x_y"};
	char path[128];

	snprintf(path, sizeof(path), "%s/e.xlsx", dir);
	for (size_t i = 0; i < sizeof(texts) / sizeof(*texts); i++) {
		char *got;
		write_book(path, i % 2, texts[i]);
		got = read_back(path);
		cr_expect_str_eq(got, texts[i]);
		free(got);
	}
}

Test(xlsx, no_control_or_bidi_character_in_a_cell, .init = setup, .fini = teardown)
{
	char path[128], *got;

	snprintf(path, sizeof(path), "%s/c.xlsx", dir);
	write_book(path, false,
	           "a\xE2\x80\xAE"
	           "b\xC2\x9B"
	           "c\x1b"
	           "d");
	got = read_back(path);
	cr_expect_str_eq(got, "abcd");
	free(got);
}

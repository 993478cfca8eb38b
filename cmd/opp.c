/*
 * opp — main: sets up the locale and dispatches to a command.
 *
 * The commands[] table drives dispatch, `opp help` and the completion
 * scripts' list of subcommands.
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"

const struct command commands[] = {
	{ "validate", cmd_validate, N_("check case files against the format and the process rules") },
	{ "due", cmd_due, N_("list what is overdue or coming up, per person (for cron)") },
	{ "agenda", cmd_agenda, N_("a meeting's agenda and checklist; its invitation as .ics and mail") },
	{ "list", cmd_list, N_("one line per case: pupil, step, goals, next evaluation, overdue") },
	{ "render", cmd_render, N_("one case file as a complete OPP document (md, html or xlsx)") },
	{ "report", cmd_report, N_("the caseload overview across case files (md, html or xlsx)") },
	{ "new", cmd_new, N_("start a case file (or a .opp.yaml) from the template") },
	{ "redact", cmd_redact, N_("write a pseudonymised copy of a case file for sharing") },
	{ "schema", cmd_schema, N_("print the JSON Schema of the format, or where it is installed") },
	{ NULL, NULL, NULL },
};

static int
help(FILE *f)
{
	fprintf(f, _("usage: %s <command> [options] [PATH...]\n\n"
	             "opp keeps an OPP (ontwikkelingsperspectiefplan) as a plain YAML file and checks,\n"
	             "reports and plans around it.\n\ncommands:\n"),
	        progname);
	for (const struct command *c = commands; c->name; c++)
		fprintf(f, "  %-10s %s\n", c->name, _(c->summary));
	fprintf(f, _("\n'%s help COMMAND' or '%s COMMAND --help' shows a command's options.\n"
	             "'%s --version' (or -V) shows the version.\n"),
	        progname, progname, progname);
	return f == stdout ? EXIT_OK : EXIT_USAGE;
}

static const struct command *
find(const char *name)
{
	for (const struct command *c = commands; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

int
main(int argc, char **argv)
{
	const struct command *c;
	const char *localedir = getenv("OPP_LOCALEDIR");

	if (!setlocale(LC_ALL, "")) {
		/* The user's locale is not installed (common for nl_NL on a fresh
		 * machine): keep UTF-8 and still speak their language, which
		 * gettext takes from LANGUAGE. */
		const char *lang = getenv("LC_ALL");
		if (!lang || !*lang)
			lang = getenv("LC_MESSAGES");
		if (!lang || !*lang)
			lang = getenv("LANG");
		setlocale(LC_ALL, "C.UTF-8");
		if (lang && *lang && !(getenv("LANGUAGE") && *getenv("LANGUAGE"))) {
			char code[16];
			size_t n = strcspn(lang, ".@");
			snprintf(code, sizeof(code), "%.*s", (int)(n < sizeof(code) - 1 ? n : sizeof(code) - 1), lang);
			setenv("LANGUAGE", code, 1);
		}
	}
	bindtextdomain("opp", localedir && *localedir ? localedir : OPP_LOCALEDIR);
	bind_textdomain_codeset("opp", "UTF-8");

	if (argc < 2)
		return help(stderr);
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
		printf("opp %s\n", OPP_VERSION);
		return EXIT_OK;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return help(stdout);
	if (strcmp(argv[1], "help") == 0) {
		char *args[] = { argv[2], (char *)"--help", NULL };
		if (argc < 3)
			return help(stdout);
		if (!(c = find(argv[2]))) {
			warnx_(_("no such command: %s"), argv[2]);
			return EXIT_USAGE;
		}
		return c->fn(2, args);
	}
	if (!(c = find(argv[1]))) {
		warnx_(_("'%s' is not an opp command; see '%s help'"), argv[1], progname);
		return EXIT_USAGE;
	}
	{
		/* getopt_long names the program from argv[0]: "opp validate". */
		char name[64];
		snprintf(name, sizeof(name), "%s %s", progname, c->name);
		argv[1] = name;
		return c->fn(argc - 1, argv + 1);
	}
}

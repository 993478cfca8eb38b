/*
 * opp — main: sets up the locale and dispatches to a command.
 *
 * The commands[] table drives dispatch, `opp help` and the completion
 * scripts' list of subcommands. Each row says what the command needs
 * (NEED_* in cmd.h); run() parses the options those imply together with
 * the command's own, does the setup and calls the command, as git's
 * run_builtin() does. So --as-of, --config, --no-config, -j and -v are
 * defined, parsed and documented in one place.
 */
#include <locale.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "cmd.h"
#include "documents/voor.h"
#include "pool.h"

const struct command *const commands[] = {
        &cmd_validate, &cmd_due,  &cmd_agenda, &cmd_list, &cmd_render, &cmd_report, &cmd_new,   &cmd_redact,
        &cmd_sign,     &cmd_done, &cmd_note,   &cmd_log,  &cmd_diff,   &cmd_schema, &cmd_serve, NULL,
};

/* The common options: codes outside the letters and OPT_OWN's range. */
enum { OPT_AS_OF = 0x100, OPT_CONFIG, OPT_NO_CONFIG, OPT_FORMATS };

static const struct {
	unsigned flag;
	struct option opts[2];
	const char *help; /* N_() */
} common[] = {
        {NEED_TODAY,
         {{"as-of", required_argument, NULL, OPT_AS_OF}},
         N_("  --as-of DATE        as if today were DATE (YYYY-MM-DD)\n")},
        {NEED_CONFIG,
         {{"config", required_argument, NULL, OPT_CONFIG}, {"no-config", no_argument, NULL, OPT_NO_CONFIG}},
         N_("  --config FILE       use this config instead of the nearest .opp.yaml\n"
            "  --no-config         use the default settings\n")},
        {NEED_JOBS,
         {{"jobs", required_argument, NULL, 'j'}},
         N_("  -j, --jobs N        read N files at a time (default: the number of cores);\n"
            "                      the output is the same for every N\n")},
        {OPT_VERBOSE,
         {{"verbose", no_argument, NULL, 'v'}},
         N_("  -v, --verbose       say which config each folder uses and which files are\n"
            "                      clean\n")},
};

static void
command_help(const struct command *c, FILE *f)
{
	fputs(_(c->usage), f);
	for (size_t i = 0; i < sizeof(common) / sizeof(*common); i++)
		if (c->flags & common[i].flag)
			fputs(_(common[i].help), f);
	fputs(_("  -h, --help          show this help\n"), f);
	if (c->epilog) {
		fputc('\n', f);
		fputs(_(c->epilog), f);
	}
}

/* Parse the options, set up what the command needs, run it. */
static int
run(const struct command *c, int argc, char **argv)
{
	struct option longopts[64];
	char shortopts[64];
	struct setup s = {0};
	void *opts = xcalloc(1, c->opts_size ? c->opts_size : 1);
	size_t n = 0;
	int ch, rc = EXIT_OK;

	for (const struct option *o = c->options; o && o->name; o++)
		longopts[n++] = *o;
	for (size_t i = 0; i < sizeof(common) / sizeof(*common); i++)
		for (size_t k = 0; k < 2 && (c->flags & common[i].flag) && common[i].opts[k].name; k++)
			longopts[n++] = common[i].opts[k];
	if (c->formats)
		longopts[n++] = (struct option){c->format_option, required_argument, NULL, OPT_FORMATS};
	longopts[n++] = (struct option){"help", no_argument, NULL, 'h'};
	longopts[n] = (struct option){NULL, 0, NULL, 0};
	snprintf(shortopts, sizeof(shortopts), "%s%s%sh", c->shortopts ? c->shortopts : "",
	         c->flags & NEED_JOBS ? "j:" : "", c->flags & OPT_VERBOSE ? "v" : "");

	s.jobs = pool_default_jobs();
	s.formats = c->formats;
	optind = 1;
	while ((ch = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_AS_OF: s.as_of = optarg; break;
		case OPT_CONFIG: s.cfg.file = optarg; break;
		case OPT_NO_CONFIG: s.cfg.none = true; break;
		case OPT_FORMATS:
			if (!(s.format = opp_format_find(optarg, c->formats))) {
				struct opp_buf b = OPP_BUF_INIT;
				opp_format_names(&b, c->formats, NULL);
				rc = usage_error(c->name, _("unknown format '%s': use %s"), optarg, b.ptr);
				opp_buf_release(&b);
			}
			break;
		case 'v': s.cfg.verbose = true; break;
		case 'j':
			if (!(s.jobs = pool_parse_jobs(optarg)))
				rc = usage_error(c->name, _("-j wants a number from 1 to 256, not '%s'"),
				                 optarg);
			break;
		case 'h': command_help(c, stdout); goto done;
		case '?': rc = try_help(c->name); break;
		default: rc = c->option ? c->option(opts, ch, optarg) : try_help(c->name); break;
		}
		if (rc != EXIT_OK)
			goto done;
	}
	s.args = argv + optind;
	s.nargs = argc - optind;
	if (s.cfg.file && s.cfg.none) {
		rc = usage_error(c->name, _("--config and --no-config exclude each other"));
		goto done;
	}
	if (c->flags & NEED_FILE) {
		if (s.nargs != 1) {
			rc = usage_error(c->name,
			                 s.nargs ? _("give one case FILE at a time")
			                         : _("name the case FILE (or - for standard input)"));
			goto done;
		}
		s.file = s.args[0];
		s.name = strcmp(s.file, "-") == 0 ? "<stdin>" : s.file;
	}
	if ((c->flags & NEED_TODAY) && !get_today(s.as_of, &s.today)) {
		rc = EXIT_USAGE;
		goto done;
	}
	if ((c->flags & NEED_CASES) && !collect_paths(s.args, s.nargs, &s.files))
		s.missing = true;
	rc = c->fn(&s, opts);
done:
	pathlist_release(&s.files);
	config_cache_release();
	free(opts);
	return rc;
}

const struct opp_format *
output_format(const struct setup *s, const char *output, enum opp_format_id dflt)
{
	const struct opp_format *f = s->format;

	if (!f && output)
		f = opp_format_for_path(output, s->formats);
	return f ? f : &opp_formats[dflt];
}

/* Options besides the format options whose values are a table of the
 * library: the completion scripts offer them as they offer formats. */
static const struct {
	const char *cmd, *option;
	const char *const *names; /* NULL-terminated */
} option_values[] = {
        {"render", "voor", opp_voor_names},
};

/* `opp help --formats`: for the completion scripts, each command's
 * format option and the formats it takes, one command a line; then the
 * options of option_values[] with theirs. */
static int
formats(void)
{
	for (const struct command *const *c = commands; *c; c++) {
		struct opp_buf b = OPP_BUF_INIT;
		if (!(*c)->formats)
			continue;
		opp_format_names(&b, (*c)->formats, " ");
		printf("%s --%s %s\n", (*c)->name, (*c)->format_option, b.ptr);
		opp_buf_release(&b);
	}
	for (size_t i = 0; i < sizeof(option_values) / sizeof(*option_values); i++) {
		printf("%s --%s", option_values[i].cmd, option_values[i].option);
		for (const char *const *n = option_values[i].names; *n; n++)
			printf(" %s", *n);
		putchar('\n');
	}
	return EXIT_OK;
}

static int
help(FILE *f)
{
	fprintf(f,
	        _("usage: %s <command> [options] [PATH...]\n\n"
	          "opp keeps an OPP (ontwikkelingsperspectiefplan) as a plain YAML file and checks,\n"
	          "reports and plans around it.\n\ncommands:\n"),
	        progname);
	for (const struct command *const *c = commands; *c; c++)
		fprintf(f, "  %-10s %s\n", (*c)->name, _((*c)->summary));
	fprintf(f,
	        _("\n'%s help COMMAND' or '%s COMMAND --help' shows a command's options.\n"
	          "'%s --version' (or -V) shows the version.\n"),
	        progname, progname, progname);
	return f == stdout ? EXIT_OK : EXIT_USAGE;
}

static const struct command *
find(const char *name)
{
	for (const struct command *const *c = commands; *c; c++)
		if (strcmp((*c)->name, name) == 0)
			return *c;
	return NULL;
}

int
main(int argc, char **argv)
{
	const struct command *c;

#ifdef M_TRIM_THRESHOLD
	/* Each file's tree and model are freed before the next is read:
	 * keep those pages instead of handing them back to the kernel and
	 * faulting them in again for every file of a folder (three page
	 * faults a file otherwise, a tenth of validate's time). */
	mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
	mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024);
#endif
	paths_init(argv[0]);
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
			snprintf(code, sizeof(code), "%.*s",
			         (int)(n < sizeof(code) - 1 ? n : sizeof(code) - 1), lang);
			setenv("LANGUAGE", code, 1);
		}
	}
	bindtextdomain("opp", locale_dir());
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
		if (argc < 3)
			return help(stdout);
		if (strcmp(argv[2], "--formats") == 0)
			return formats();
		if (!(c = find(argv[2]))) {
			warnx_(_("no such command: %s"), argv[2]);
			return EXIT_USAGE;
		}
		command_help(c, stdout);
		return EXIT_OK;
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
		return run(c, argc - 1, argv + 1);
	}
}

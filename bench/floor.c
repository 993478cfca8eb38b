/*
 * floor — the cost floor for the benchmarks: find every *.yaml and *.yml
 * under the given paths (folders are walked recursively; hidden entries
 * are skipped, as opp does), read each file whole and run libyaml's event
 * parser over it. Nothing else: no tree, no model, no rules, no output
 * per file. Whatever `opp validate` costs above this is opp's own work.
 *
 * usage: floor PATH...
 *
 * Prints one line: files, bytes, events and files that did not parse.
 * Exit status 0, or 2 when a path cannot be read. Single-threaded, like
 * `opp validate -j 1`. Benchmark tooling, not part of opp.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

struct totals {
	unsigned long files, bytes, events, failed;
	int status;
	char *buf; /* reused for every file */
	size_t cap;
};

static void
parse(struct totals *t, const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	size_t len = 0;
	yaml_parser_t p;
	yaml_event_t ev;
	int done = 0;

	if (fd < 0 || fstat(fd, &st) != 0) {
		fprintf(stderr, "floor: %s: %s\n", path, strerror(errno));
		t->status = 2;
		if (fd >= 0)
			close(fd);
		return;
	}
	if ((size_t)st.st_size + 1 > t->cap) {
		t->cap = (size_t)st.st_size + 1;
		if (!(t->buf = realloc(t->buf, t->cap))) {
			fputs("floor: out of memory\n", stderr);
			exit(2);
		}
	}
	while (len < (size_t)st.st_size) {
		ssize_t r = read(fd, t->buf + len, (size_t)st.st_size - len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		len += (size_t)r;
	}
	close(fd);

	yaml_parser_initialize(&p);
	yaml_parser_set_input_string(&p, (const unsigned char *)t->buf, len);
	while (!done) {
		if (!yaml_parser_parse(&p, &ev)) {
			t->failed++;
			break;
		}
		t->events++;
		done = ev.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&p);
	t->files++;
	t->bytes += len;
}

static int
is_yaml(const char *name)
{
	size_t n = strlen(name);
	return (n > 5 && strcmp(name + n - 5, ".yaml") == 0) || (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

static void
walk(struct totals *t, const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	if (!d) {
		fprintf(stderr, "floor: %s: %s\n", dir, strerror(errno));
		t->status = 2;
		return;
	}
	while ((e = readdir(d))) {
		char path[4096];
		int isdir, isreg;

		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		isdir = e->d_type == DT_DIR;
		isreg = e->d_type == DT_REG;
		if (e->d_type == DT_UNKNOWN || e->d_type == DT_LNK) {
			struct stat st;
			if (stat(path, &st) != 0)
				continue;
			isdir = S_ISDIR(st.st_mode);
			isreg = S_ISREG(st.st_mode);
		}
		if (isdir)
			walk(t, path);
		else if (isreg && is_yaml(e->d_name))
			parse(t, path);
	}
	closedir(d);
}

int
main(int argc, char **argv)
{
	struct totals t = { 0 };

	if (argc < 2) {
		fputs("usage: floor PATH...\n", stderr);
		return 2;
	}
	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) != 0) {
			fprintf(stderr, "floor: %s: %s\n", argv[i], strerror(errno));
			t.status = 2;
		} else if (S_ISDIR(st.st_mode)) {
			walk(&t, argv[i]);
		} else {
			parse(&t, argv[i]);
		}
	}
	printf("%lu files, %lu bytes, %lu events, %lu not parsed\n", t.files, t.bytes, t.events, t.failed);
	free(t.buf);
	return t.status;
}

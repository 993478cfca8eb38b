/*
 * variants — write N structure-aware variants of each input file with the
 * fuzzers' own mutator (mutate.h), for the commands to run on under the
 * sanitizers (`make fuzz-variants`, tests/fuzz/variants.sh).
 *
 * usage: variants N OUTDIR FILE...
 * writes OUTDIR/<file's base name>-<k>.yaml for k = 1..N; deterministic.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mutate.h"

#define MAX (256 * 1024)

int
main(int argc, char **argv)
{
	static unsigned char in[MAX], buf[MAX];
	long n;

	if (argc < 4 || (n = strtol(argv[1], NULL, 10)) <= 0) {
		fprintf(stderr, "usage: variants N OUTDIR FILE...\n");
		return 2;
	}
	for (int f = 3; f < argc; f++) {
		FILE *fp = fopen(argv[f], "rb");
		const char *base = strrchr(argv[f], '/') ? strrchr(argv[f], '/') + 1 : argv[f];
		size_t len;

		if (!fp) {
			fprintf(stderr, "variants: %s: %s\n", argv[f], strerror(errno));
			return 2;
		}
		len = fread(in, 1, sizeof(in), fp);
		fclose(fp);
		for (long k = 1; k <= n; k++) {
			char path[4096];
			size_t m;

			memcpy(buf, in, len);
			/* a few rounds on top of each other: variants of variants */
			m = opp_fuzz_mutate(buf, len, sizeof(buf), (unsigned)(k * 2654435761u) ^ (unsigned)f);
			for (long r = 0; m && r < k % 4; r++) {
				size_t m2 = opp_fuzz_mutate(buf, m, sizeof(buf), (unsigned)(k * 40503u + r));
				if (m2)
					m = m2;
			}
			if (!m)
				continue;
			snprintf(path, sizeof(path), "%s/%.*s-%ld.yaml", argv[2], (int)strcspn(base, "."), base, k);
			if (!(fp = fopen(path, "wb")) || fwrite(buf, 1, m, fp) != m || fclose(fp) != 0) {
				fprintf(stderr, "variants: cannot write %s\n", path);
				return 2;
			}
		}
	}
	return 0;
}

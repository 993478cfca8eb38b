/*
 * spool — length-prefixed records in a tmpfile(): see spool.h.
 */
#include "base/spool.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "base/alloc.h"

struct opp_spool {
	FILE *f;
	int err;
};

static void
fail(struct opp_spool *sp)
{
	if (!sp->err)
		sp->err = errno ? errno : EIO;
}

struct opp_spool *
opp_spool_new(void)
{
	FILE *f = tmpfile();
	struct opp_spool *sp;

	if (!f)
		return NULL;
	sp = xcalloc(1, sizeof(*sp));
	sp->f = f;
	return sp;
}

void
opp_spool_put(struct opp_spool *sp, const void *data, size_t len)
{
	uint32_t n = (uint32_t)len;

	if (sp->err)
		return;
	if (len > UINT32_MAX) {
		sp->err = EOVERFLOW;
		return;
	}
	if (fwrite(&n, sizeof(n), 1, sp->f) != 1 || (len && fwrite(data, 1, len, sp->f) != len))
		fail(sp);
}

void
opp_spool_rewind(struct opp_spool *sp)
{
	if (!sp->err && (fflush(sp->f) != 0 || fseek(sp->f, 0, SEEK_SET) != 0))
		fail(sp);
}

bool
opp_spool_get(struct opp_spool *sp, struct opp_buf *rec)
{
	uint32_t n;

	opp_buf_reset(rec);
	if (sp->err || fread(&n, sizeof(n), 1, sp->f) != 1) {
		if (!sp->err && ferror(sp->f))
			fail(sp);
		return false;
	}
	/* Read in pieces: a record is as long as it says only if the file
	 * is whole. */
	while (n) {
		char chunk[4096];
		size_t k = n < sizeof(chunk) ? n : sizeof(chunk);
		if (fread(chunk, 1, k, sp->f) != k) {
			sp->err = ferror(sp->f) ? (errno ? errno : EIO) : EIO;
			return false;
		}
		opp_buf_add(rec, chunk, k);
		n -= (uint32_t)k;
	}
	return true;
}

int
opp_spool_error(const struct opp_spool *sp)
{
	return sp->err;
}

void
opp_spool_free(struct opp_spool *sp)
{
	if (!sp)
		return;
	fclose(sp->f);
	free(sp);
}

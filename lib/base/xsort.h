/*
 * xsort — sort records in bounded memory: an external merge sort over
 * temporary files (spool.h).
 *
 * For lists that grow with the number of case files (what is due, per
 * person, across every case): records are held up to a memory budget,
 * then sorted and written out as a run; at the end the runs are merged.
 * When more than a few runs pile up, the oldest are merged into one
 * first, so the merge never holds more than a fixed number of open runs
 * and the memory stays bounded however many records come in.
 *
 * A record is a key and a value, both bytes. Records come out in the
 * order of their keys as memcmp() compares them (a shorter key that is a
 * prefix of a longer one comes first), and records with equal keys in
 * the order they were put. So a key made of NUL-terminated strings and
 * opp_xsort_key_int() numbers sorts as the tuple of its fields.
 *
 * The temporary files are anonymous (tmpfile(): no name, removed when
 * closed). Errors are remembered: after a failed write or read, nothing
 * more comes out and opp_xsort_error() says why (an errno value).
 */
#ifndef OPP_XSORT_H
#define OPP_XSORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

struct opp_xsort; /* opaque */

/* A sorter holding up to about `budget` bytes of records in memory
 * before it writes a run (at least 4 KiB is used). */
struct opp_xsort *opp_xsort_new(size_t budget);

/* Add a record. Not after opp_xsort_next(). */
void opp_xsort_put(struct opp_xsort *x, const void *key, size_t klen, const void *val, size_t vlen);

/* The next record in order into key and val (replacing what they held);
 * false at the end or after an error. The first call ends the input. */
bool opp_xsort_next(struct opp_xsort *x, struct opp_buf *key, struct opp_buf *val);

/* 0, or the errno of the first failure. */
int opp_xsort_error(const struct opp_xsort *x);

/* How many runs were written to temporary files so far (0: all in
 * memory); for tests and measurements. */
size_t opp_xsort_runs(const struct opp_xsort *x);

void opp_xsort_free(struct opp_xsort *x);

/* Append a signed number to a key so that keys compare as the numbers
 * do (big-endian, sign bit flipped). */
void opp_xsort_key_int(struct opp_buf *key, int64_t v);

/* Append a string and its NUL to a key (NULL: as ""). */
void opp_xsort_key_str(struct opp_buf *key, const char *s);

#endif

/*
 * spool — records written once to an anonymous temporary file and read
 * back once, in order: for output that must wait its turn (the caseload
 * report's later tables, whose rows come case by case) without holding
 * it in memory.
 *
 * Errors are remembered: after a failed write or read, every call does
 * nothing and opp_spool_error() says why (an errno value).
 */
#ifndef OPP_SPOOL_H
#define OPP_SPOOL_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"

struct opp_spool; /* opaque */

/* A new spool (tmpfile()); NULL with errno set when none can be made. */
struct opp_spool *opp_spool_new(void);

/* Append one record of len bytes. */
void opp_spool_put(struct opp_spool *sp, const void *data, size_t len);

/* Start reading from the first record. */
void opp_spool_rewind(struct opp_spool *sp);

/* The next record into rec (replacing what it held); false at the end
 * or on an error. */
bool opp_spool_get(struct opp_spool *sp, struct opp_buf *rec);

/* 0, or the errno of the first failure. */
int opp_spool_error(const struct opp_spool *sp);

/* Close and remove the file. */
void opp_spool_free(struct opp_spool *sp);

#endif

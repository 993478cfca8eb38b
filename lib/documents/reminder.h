/*
 * reminder — one mail per person with what they have to do, across all
 * cases: the IB'er's "deelnemers aan het OT herinneren aan hun acties"
 * (handbook, step 7), done for her.
 *
 * The items are `opp due`'s (documents/due.h, made from the one account
 * of what is owed); this module only decides who gets which and what the
 * mail says. A person is their email address (compared without case):
 * the same teacher in forty cases gets one mail. An item whose person
 * has no usable address, or that names nobody, goes to the organisator
 * (config `organisator`, the IB'er who sends the reminders), in a section
 * of her own mail that names the person: never dropped.
 *
 * In a mail the items are grouped per case, the case named by the
 * pupil's initials, groep and school; the cases whose oldest item is
 * oldest come first, and within a case the oldest item first — overdue
 * before coming. A reminder carries the initials and the action, and
 * nothing of the observations, the home situation or the file name
 * (which often holds the pupil's name).
 *
 * Memory: items go into an external sort (base/xsort.h) as they are
 * collected, and come back per person; one person's items are kept in a
 * temporary spool while their mail is written (the text part, then the
 * HTML part, each a walk over the spool), and the mail goes out in
 * pieces. So nothing grows with the number of cases but the temporary
 * files.
 */
#ifndef OPP_REMINDER_H
#define OPP_REMINDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/xsort.h"
#include "documents/due.h"

/* The sender: config organisator (its email passed opp_email_ok()). */
struct opp_reminder_from {
	const char *naam;  /* or NULL */
	const char *email; /* never NULL */
};

/* Whether an item reaches its own person (a usable email); else it is
 * forwarded to the organisator. */
bool opp_reminder_reaches(const struct opp_due_item *it);

/* Put one case's items (as collected, for one case file) into x, each
 * under the person it goes to. */
void opp_reminder_put(struct opp_xsort *x, const struct opp_due_list *l,
                      const struct opp_reminder_from *from);

/* One person's mail, as the delivery sees it. */
struct opp_reminder_person {
	const char *email; /* To */
	const char *naam;  /* their name, or NULL */
	const char *file;  /* the stable file name: "YYYY-MM-DD-<email>.eml" (today, lowercase; an
	                      address over 200 bytes cut there, with "-<hash>" after it) */
	size_t items;      /* items in the mail, forwarded ones included */
	size_t overdue;    /* of which overdue */
	size_t forwarded;  /* items of people without an address */
};

/* Where the mails go: begin() before each (false: this one is not
 * written, and end() is not called), write() for its bytes in pieces
 * (false: a write failed), end() after it (ok: all of it was written). */
struct opp_reminder_out {
	bool (*begin)(void *ctx, const struct opp_reminder_person *p);
	bool (*write)(void *ctx, const char *data, size_t len);
	void (*end)(void *ctx, const struct opp_reminder_person *p, bool ok);
	void *ctx;
};

struct opp_reminder_opts {
	int32_t today; /* the day of the list and of the file names */
	int64_t now;   /* the Date of the mails, seconds since the epoch */
};

/* Read x to its end and write one mail per person, in the order of
 * their addresses. False when the sort or a temporary file failed (its
 * errno in *err): the mails before it were written. */
bool opp_reminders_write(struct opp_xsort *x, const struct opp_reminder_opts *o,
                         const struct opp_reminder_out *out, int *err);

#endif

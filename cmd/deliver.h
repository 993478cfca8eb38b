/*
 * deliver — where `opp due --eml DIR` and `--sendmail` put the
 * reminders (documents/reminder.h): each mail is made in an anonymous
 * temporary file, then written atomically into DIR under its stable name
 * and/or handed to `PROGRAM -t` on its standard input (fork and exec, no
 * shell: nothing in a name or address can become a command). Each is
 * reported on standard output; a failure is named on standard error and
 * the next person still gets theirs.
 */
#ifndef OPP_DELIVER_H
#define OPP_DELIVER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "documents/reminder.h"

struct deliver {
	const char *dir;     /* --eml DIR, or NULL */
	const char *program; /* --sendmail: the program, or NULL */
	FILE *tmp;           /* the mail being made */
	size_t written;      /* files written */
	size_t sent;         /* mails handed to the program */
	bool io_failed;      /* a file could not be written (exit 2) */
	bool send_failed;    /* the program failed for someone (exit 1) */
};

/* The callbacks for opp_reminders_write() over d. */
struct opp_reminder_out deliver_out(struct deliver *d);

/* The default program: sendmail in /usr/sbin or /usr/lib (where cron's
 * PATH does not look), else "sendmail" on PATH. */
const char *deliver_sendmail(void);

/* Whether dir is a folder opp can write files in; false after a
 * message naming it. */
bool deliver_dir_ok(const char *dir);

#endif

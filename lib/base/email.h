/*
 * email — which addresses opp accepts: the loader checks `email` values
 * with it (a `schema` finding otherwise), and only such addresses reach
 * a mail header or a mailto: URI.
 */
#ifndef OPP_EMAIL_H
#define OPP_EMAIL_H

#include <stdbool.h>

/* Whether s is one plain address local@domain: ASCII letters, digits and
 * . _ + - ' in the local part (no leading, trailing or double dot),
 * labels of letters, digits and - in the domain, at least two, at most
 * 254 bytes. Anything else (spaces, <>, commas, CR/LF, non-ASCII,
 * "Name <a@b>") is refused. */
bool opp_email_ok(const char *s);

#endif

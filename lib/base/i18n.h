/*
 * i18n — the gettext macros. Messages are written in English in the
 * source and translated through the "opp" catalogue (po/). The program
 * calls setlocale() and bindtextdomain(); the library only looks up.
 */
#ifndef OPP_I18N_H
#define OPP_I18N_H

#ifndef OPP_NO_NLS
#include <libintl.h>
#define _(s) dgettext("opp", s)
/* A message with a count: the singular, the plural, the count (Dutch has
 * the same two forms as English; the catalogue's Plural-Forms says so). */
#define P_(s, p, n) dngettext("opp", s, p, (unsigned long)(n))
#else
#define _(s)        (s)
#define P_(s, p, n) ((n) == 1 ? (s) : (p))
#endif
#define N_(s) (s) /* marked for the catalogue, translated later */

#endif

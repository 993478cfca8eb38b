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
#else
#define _(s) (s)
#endif
#define N_(s) (s) /* marked for the catalogue, translated later */

#endif

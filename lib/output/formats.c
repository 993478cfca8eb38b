/*
 * formats — the table of output formats: see formats.h.
 */
#include "output/formats.h"

#include <string.h>

#include "base/i18n.h"

/* diag.c's formatters behind one signature. */
static void
findings_text(struct opp_buf *out, const char *file, const struct opp_diags *d, struct opp_findings_state *st)
{
	opp_diag_text(out, file, d, st->src, st->srclen, &st->style);
}

static void
findings_json(struct opp_buf *out, const char *file, const struct opp_diags *d, struct opp_findings_state *st)
{
	opp_diag_json(out, file, d, &st->first);
}

static void
findings_github(struct opp_buf *out, const char *file, const struct opp_diags *d,
                struct opp_findings_state *st)
{
	opp_diag_github(out, file, d);
}

static void
findings_sarif(struct opp_buf *out, const char *file, const struct opp_diags *d,
               struct opp_findings_state *st)
{
	opp_diag_sarif(out, file, d, &st->first);
}

/* In the order the names are offered. */
const struct opp_format opp_formats[OPP_FORMAT_COUNT] = {
        [OPP_FORMAT_TEXT] = {OPP_FORMAT_TEXT, "text", "txt", OPP_FOR_FINDINGS | OPP_FOR_DUE | OPP_FOR_HISTORY,
                             false, &opp_writer_text, findings_text},
        [OPP_FORMAT_JSON] = {OPP_FORMAT_JSON, "json", "json",
                             OPP_FOR_FINDINGS | OPP_FOR_DUE | OPP_FOR_HISTORY, false, NULL, findings_json},
        [OPP_FORMAT_GITHUB] = {OPP_FORMAT_GITHUB, "github", "", OPP_FOR_FINDINGS, false, NULL,
                               findings_github},
        [OPP_FORMAT_SARIF] = {OPP_FORMAT_SARIF, "sarif", "sarif", OPP_FOR_FINDINGS, false, NULL,
                              findings_sarif},
        [OPP_FORMAT_TSV] = {OPP_FORMAT_TSV, "tsv", "tsv", OPP_FOR_DUE, false, NULL, NULL},
        [OPP_FORMAT_MD] = {OPP_FORMAT_MD, "md", "md markdown", OPP_FOR_DOCUMENT, false, &opp_writer_md, NULL},
        [OPP_FORMAT_HTML] = {OPP_FORMAT_HTML, "html", "html htm", OPP_FOR_DOCUMENT, false, &opp_writer_html,
                             NULL},
        [OPP_FORMAT_XLSX] = {OPP_FORMAT_XLSX, "xlsx", "xlsx", OPP_FOR_WORKBOOK, true, NULL, NULL},
};

const struct opp_format *
opp_format_find(const char *name, unsigned mask)
{
	for (size_t i = 0; name && i < OPP_FORMAT_COUNT; i++)
		if ((opp_formats[i].kind & mask) && strcmp(opp_formats[i].name, name) == 0)
			return &opp_formats[i];
	return NULL;
}

/* Whether word is one of the space-separated words of list. */
static bool
has_word(const char *list, const char *word)
{
	size_t n = strlen(word);

	for (const char *p = list; *p; p += strcspn(p, " "), p += strspn(p, " "))
		if (strncmp(p, word, n) == 0 && (p[n] == ' ' || p[n] == '\0') && n)
			return true;
	return false;
}

const struct opp_format *
opp_format_for_path(const char *path, unsigned mask)
{
	const char *dot = path ? strrchr(path, '.') : NULL;

	if (!dot || strchr(dot, '/'))
		return NULL;
	for (size_t i = 0; i < OPP_FORMAT_COUNT; i++)
		if ((opp_formats[i].kind & mask) && has_word(opp_formats[i].ext, dot + 1))
			return &opp_formats[i];
	return NULL;
}

void
opp_format_names(struct opp_buf *out, unsigned mask, const char *sep)
{
	size_t n = 0, k = 0;

	for (size_t i = 0; i < OPP_FORMAT_COUNT; i++)
		n += (opp_formats[i].kind & mask) != 0;
	for (size_t i = 0; i < OPP_FORMAT_COUNT; i++) {
		if (!(opp_formats[i].kind & mask))
			continue;
		if (k)
			opp_buf_puts(out, sep ? sep : k + 1 == n ? _(" or ") : ", ");
		opp_buf_puts(out, opp_formats[i].name);
		k++;
	}
}

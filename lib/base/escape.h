/*
 * escape — making case-file text safe for each output target, in one
 * place (after cmark's houdini_*): every value a renderer takes from a
 * case file passes through one of these, so a name like "<script>" or
 * "A | B" can never become markup or break a table.
 *
 * Two kinds of text come from a case file:
 *   - short values (names, ids, school, locatie, list items): shown as
 *     they are, so everything a target would interpret is escaped;
 *   - free text (observaties, verslag, doel, ... : the fields the format
 *     documents as Markdown): kept as Markdown, but contained, so an open
 *     code fence, an HTML block or a heading in it cannot swallow or
 *     restructure the document around it. For HTML, free text goes
 *     through cmark in safe mode instead (render_html.c).
 *
 * And text that a person reads as it is (a terminal, a CI log, a mail
 * header, a TSV cell): no control character, escape sequence or bidi
 * override in a case file or a file name can reach it (opp_text_line).
 * Every writer here drops those characters (opp_utf8_unsafe: C0 and C1
 * controls, U+202A-202E, U+2066-2069) the same way.
 *
 * Functions append to a struct opp_buf; s == NULL appends nothing.
 */
#ifndef OPP_ESCAPE_H
#define OPP_ESCAPE_H

#include "base/buf.h"

/* HTML text and (double- or single-quoted) attribute values: & < > " '
 * become entities; C0 control characters other than tab, newline and
 * carriage return are dropped (HTML forbids them). */
void opp_html_escape(struct opp_buf *out, const char *s);

/* A short value inside a Markdown line (table cell, heading, after a
 * label): nothing in it is Markdown afterwards. Backslash-escapes
 * \ ` * _ [ ] < > # | & ~ $; line breaks and tabs become spaces; other
 * control characters are dropped; leading and trailing white space is
 * trimmed. */
void opp_md_escape_inline(struct opp_buf *out, const char *s);

/* The same for a value that starts a line (a paragraph, a list item's
 * text): a leading "-", "+", "=" or "1." / "1)" that would open a list
 * or a heading is escaped too. */
void opp_md_escape_line(struct opp_buf *out, const char *s);

/* Free text (Markdown) inside one table cell: its inline Markdown is
 * kept, line breaks (and the white space around them) become one space,
 * and every pipe that would end the cell is escaped (GFM splits cells on
 * a pipe preceded by an even number of backslashes). Trimmed. */
void opp_md_cell_text(struct opp_buf *out, const char *s);

/* Free text (Markdown) as the content of a container block: every line
 * starts with prefix ("  " under a "- " list item, "> " for a block
 * quote), blank lines get the prefix without its trailing spaces, tabs in
 * a line's indentation are expanded to spaces (tab stops of 4, so the
 * text keeps its meaning behind the prefix), and the block ends with one
 * newline. Whatever the text opens (a fence, an HTML block, a list) is
 * closed when the container ends. */
void opp_md_block(struct opp_buf *out, const char *s, const char *prefix);

/* Text for one line that a person reads (a finding, a terminal table, a
 * log, a header): white space that would break the line (tab, CR, LF,
 * VT, FF, U+0085, U+2028, U+2029) becomes a space; every other control
 * character and bidi control is left out; a byte that is not UTF-8 (a
 * file name) becomes U+FFFD. So no text can clear a screen, forge a link
 * or a line of its own, or read in another order than it is stored. */
void opp_text_line(struct opp_buf *out, const char *s);

/* The same for text that keeps its lines: tab and LF stay, CRLF, a lone
 * CR and U+0085, U+2028, U+2029 become LF. */
void opp_text_lines(struct opp_buf *out, const char *s);

/* One cell of a tab-separated file: opp_text_line(), and a cell that
 * would start with = + - or @ gets a leading ' so that no spreadsheet
 * reads it as a formula (=HYPERLINK(...) runs on import otherwise). The
 * xlsx writer needs no such quote: it stores every text as a string. */
void opp_tsv_cell(struct opp_buf *out, const char *s);

/* A JSON string literal, with its quotes: " \ and control characters
 * escaped (C1 and bidi controls too, as \uXXXX), other UTF-8 passed
 * through; a byte that is not UTF-8 (a file name) is written as the text
 * \xHH, so the output stays valid JSON. */
void opp_json_str(struct opp_buf *out, const char *s);

/* A JSON string literal as RFC 8785 (JSON Canonicalization Scheme)
 * writes it, with its quotes: " and \ escaped, U+0008, U+0009, U+000A,
 * U+000C and U+000D as \b \t \n \f \r, the other control characters
 * below U+0020 as \u00xx (lowercase hex), everything else (DEL and the
 * Unicode line separators included) as it is. The handelingsdeel's
 * digest is taken over this form, so it must match byte for byte what
 * other implementations write. */
void opp_jcs_str(struct opp_buf *out, const char *s);

/* A YAML double-quoted scalar, with its quotes: " \ and every character
 * YAML does not allow raw (controls, C1, U+FFFE, U+FFFF) escaped, and the
 * Unicode line breaks too, so any text reads back as itself. */
void opp_yaml_quoted(struct opp_buf *out, const char *s);

#endif

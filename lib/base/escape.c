/*
 * escape — HTML and Markdown escaping of case-file text (see escape.h).
 *
 * All byte-wise: the characters that matter are ASCII, and UTF-8
 * continuation bytes never look like ASCII, so multi-byte characters
 * pass through untouched.
 */
#include "base/escape.h"

#include <stdbool.h>
#include <string.h>

static bool
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool
is_control(unsigned char c)
{
	return c < 0x20 || c == 0x7f;
}

void
opp_html_escape(struct opp_buf *out, const char *s)
{
	if (!s)
		return;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		switch (c) {
		case '&': opp_buf_puts(out, "&amp;"); break;
		case '<': opp_buf_puts(out, "&lt;"); break;
		case '>': opp_buf_puts(out, "&gt;"); break;
		case '"': opp_buf_puts(out, "&quot;"); break;
		case '\'': opp_buf_puts(out, "&#39;"); break;
		default:
			if (is_control(c) && c != '\t' && c != '\n' && c != '\r')
				break;
			opp_buf_putc(out, c);
		}
	}
}

/* The first non-space byte and the end without trailing space. */
static const char *
trim(const char *s, const char **end)
{
	const char *e;

	while (*s && is_space((unsigned char)*s))
		s++;
	e = s + strlen(s);
	while (e > s && is_space((unsigned char)e[-1]))
		e--;
	*end = e;
	return s;
}

static void
md_escape(struct opp_buf *out, const char *s, bool line_start)
{
	const char *end, *p;

	if (!s)
		return;
	s = trim(s, &end);
	/* At the start of a line these would open a list or a setext
	 * heading: "- x", "+ x", "1. x", "2) x". */
	if (line_start && s < end && (*s == '-' || *s == '+' || *s == '=')) {
		opp_buf_putc(out, '\\');
	} else if (line_start) {
		for (p = s; p < end && *p >= '0' && *p <= '9'; p++)
			;
		/* "1." opens a list only before white space: not "3.5". */
		if (p > s && p < end && (*p == '.' || *p == ')') &&
		    (p + 1 == end || p[1] == ' ' || p[1] == '\t' || p[1] == '\n' || p[1] == '\r')) {
			opp_buf_add(out, s, (size_t)(p - s));
			opp_buf_putc(out, '\\');
			s = p;
		}
	}
	for (; s < end; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '\r') {
			if (s + 1 < end && s[1] == '\n')
				s++;
			opp_buf_putc(out, ' ');
		} else if (c == '\n' || c == '\t') {
			opp_buf_putc(out, ' ');
		} else if (is_control(c)) {
			continue;
		} else if (strchr("\\`*_[]<>#|&~$", c)) {
			opp_buf_putc(out, '\\');
			opp_buf_putc(out, c);
		} else {
			opp_buf_putc(out, c);
		}
	}
}

void
opp_md_escape_inline(struct opp_buf *out, const char *s)
{
	md_escape(out, s, false);
}

void
opp_md_escape_line(struct opp_buf *out, const char *s)
{
	md_escape(out, s, true);
}

void
opp_md_cell_text(struct opp_buf *out, const char *s)
{
	const char *end;
	size_t start = out->len;
	unsigned backslashes = 0;

	if (!s)
		return;
	s = trim(s, &end);
	for (; s < end; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '\n' || c == '\r') {
			/* A line break and the white space around it: one space. */
			while (out->len > start &&
			       (out->ptr[out->len - 1] == ' ' || out->ptr[out->len - 1] == '\t'))
				out->ptr[--out->len] = '\0';
			while (s + 1 < end && is_space((unsigned char)s[1]))
				s++;
			opp_buf_putc(out, ' ');
			backslashes = 0;
		} else if (c == '|') {
			/* GFM pairs backslashes from the left: after an odd
			 * number the pipe is escaped already. */
			if (backslashes % 2 == 0)
				opp_buf_putc(out, '\\');
			opp_buf_putc(out, '|');
			backslashes = 0;
		} else if (c == '\t') {
			opp_buf_putc(out, ' ');
			backslashes = 0;
		} else if (is_control(c)) {
			continue;
		} else {
			backslashes = c == '\\' ? backslashes + 1 : 0;
			opp_buf_putc(out, c);
		}
	}
}

void
opp_md_block(struct opp_buf *out, const char *s, const char *prefix)
{
	size_t plen = strlen(prefix), blank_len = plen;
	const char *end, *line;

	if (!s)
		return;
	while (blank_len && prefix[blank_len - 1] == ' ')
		blank_len--;
	/* Drop leading blank lines (not the first line's indentation, which
	 * may mean something) and trailing white space. */
	for (line = s; *s && is_space((unsigned char)*s); s++)
		if (*s == '\n' || *s == '\r')
			line = s + 1;
	if (!*s)
		return;
	s = line;
	end = s + strlen(s);
	while (end > s && is_space((unsigned char)end[-1]))
		end--;
	while (s < end) {
		const char *e = s, *p;
		unsigned col = 0;
		bool blank = true;

		while (e < end && *e != '\n' && *e != '\r') {
			blank &= is_space((unsigned char)*e);
			e++;
		}
		if (blank) {
			opp_buf_add(out, prefix, blank_len);
		} else {
			opp_buf_add(out, prefix, plen);
			for (p = s; p < e && (*p == ' ' || *p == '\t'); p++) {
				unsigned n = *p == ' ' ? 1 : 4 - col % 4;
				col += n;
				while (n--)
					opp_buf_putc(out, ' ');
			}
			opp_buf_add(out, p, (size_t)(e - p));
		}
		opp_buf_putc(out, '\n');
		s = e;
		if (s < end && *s == '\r') {
			if (++s < end && *s == '\n')
				s++;
		} else if (s < end) {
			s++; /* the '\n' */
		}
	}
}

/* ---- JSON and YAML ----------------------------------------------------- */

/* JSON strings are YAML double-quoted scalars too (YAML 1.2 is a superset
 * of JSON), so one writer serves all three: YAML also needs the Unicode
 * line breaks escaped, or a reader folds them into spaces; RFC 8785
 * (JCS) fixes the one form of each: \b and \f short, DEL as it is. */
enum quoting { Q_JSON, Q_YAML, Q_JCS };

static void
quoted(struct opp_buf *out, const char *s, enum quoting q)
{
	opp_buf_putc(out, '"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		switch (c) {
		case '"': opp_buf_puts(out, "\\\""); break;
		case '\\': opp_buf_puts(out, "\\\\"); break;
		case '\n': opp_buf_puts(out, "\\n"); break;
		case '\r': opp_buf_puts(out, "\\r"); break;
		case '\t': opp_buf_puts(out, "\\t"); break;
		default:
			if (q == Q_JCS && (c == '\b' || c == '\f')) {
				opp_buf_puts(out, c == '\b' ? "\\b" : "\\f");
			} else if (c < 0x20 || (c == 0x7F && q != Q_JCS)) {
				opp_buf_printf(out, "\\u%04x", c);
			} else if (q == Q_YAML && c == 0xC2 && (unsigned char)s[1] == 0x85) {
				opp_buf_puts(out, "\\N"); /* U+0085 next line */
				s++;
			} else if (q == Q_YAML && c == 0xE2 && (unsigned char)s[1] == 0x80 &&
			           ((unsigned char)s[2] == 0xA8 || (unsigned char)s[2] == 0xA9)) {
				opp_buf_puts(out, (unsigned char)s[2] == 0xA8 ? "\\L" : "\\P");
				s += 2; /* U+2028 line, U+2029 paragraph separator */
			} else {
				opp_buf_putc(out, (char)c);
			}
		}
	}
	opp_buf_putc(out, '"');
}

void
opp_json_str(struct opp_buf *out, const char *s)
{
	quoted(out, s, Q_JSON);
}

void
opp_yaml_quoted(struct opp_buf *out, const char *s)
{
	quoted(out, s, Q_YAML);
}

void
opp_jcs_str(struct opp_buf *out, const char *s)
{
	quoted(out, s, Q_JCS);
}

/*
 * escape — HTML and Markdown escaping of case-file text (see escape.h).
 *
 * Byte-wise where the characters that matter are ASCII (UTF-8
 * continuation bytes never look like ASCII); a multi-byte character is
 * decoded (utf8.h) only to drop the C1 and bidi controls.
 */
#include "base/escape.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "base/utf8.h"

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

/* The length of the multi-byte character at s when it must not reach a
 * reader (a C1 control or a bidi control: opp_utf8_unsafe), else 0. */
static size_t
unsafe_len(const char *s)
{
	uint32_t cp;
	size_t n;

	if ((unsigned char)*s < 0x80)
		return 0;
	n = opp_utf8_next(s, strnlen(s, 4), &cp);
	return opp_utf8_unsafe(cp) ? n : 0;
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
			if (unsafe_len(s)) {
				s += unsafe_len(s) - 1;
				break;
			}
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
		} else if (unsafe_len(s)) {
			s += unsafe_len(s) - 1;
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
		} else if (unsafe_len(s)) {
			s += unsafe_len(s) - 1;
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
			for (; p < e; p++) {
				size_t u = unsafe_len(p);
				if (u)
					p += u - 1;
				else if (!is_control((unsigned char)*p) || *p == '\t')
					opp_buf_putc(out, *p);
			}
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

/* ---- what a person reads ------------------------------------------------ */

/* The characters that end a line: in a one-line text they become a
 * space, in a text of lines a line feed. */
static bool
line_break(uint32_t cp)
{
	return cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' || cp == 0x85 || cp == 0x2028 ||
	       cp == 0x2029;
}

static void
text_clean(struct opp_buf *out, const char *s, bool lines)
{
	size_t len = s ? strlen(s) : 0;

	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = opp_utf8_next(s + i, len - i, &cp);

		if (cp == OPP_UTF8_BAD && !(n == 3 && memcmp(s + i, "\xEF\xBF\xBD", 3) == 0)) {
			opp_buf_puts(out, "\xEF\xBF\xBD");
		} else if (cp == '\r' && lines && i + 1 < len && s[i + 1] == '\n') {
			; /* CRLF: the LF makes the line end */
		} else if (cp == '\t') {
			opp_buf_putc(out, lines ? '\t' : ' ');
		} else if (line_break(cp)) {
			opp_buf_putc(out, lines ? '\n' : ' ');
		} else if (!opp_utf8_unsafe(cp)) {
			opp_buf_add(out, s + i, n);
		}
		i += n;
	}
}

void
opp_text_line(struct opp_buf *out, const char *s)
{
	text_clean(out, s, false);
}

void
opp_text_lines(struct opp_buf *out, const char *s)
{
	text_clean(out, s, true);
}

void
opp_tsv_cell(struct opp_buf *out, const char *s)
{
	size_t start = out->len;

	text_clean(out, s, false);
	if (out->len > start && strchr("=+-@", out->ptr[start])) {
		opp_buf_putc(out, '\0'); /* room for the quote */
		memmove(out->ptr + start + 1, out->ptr + start, out->len - start - 1);
		out->ptr[start] = '\'';
	}
}

/* ---- JSON and YAML ----------------------------------------------------- */

/* JSON strings are YAML double-quoted scalars too (YAML 1.2 is a superset
 * of JSON), so one writer serves all three. YAML also needs the Unicode
 * line breaks escaped, or a reader folds them into spaces, and allows no
 * raw C1 control, U+FFFE or U+FFFF; JSON allows any valid UTF-8 (text
 * for people also has the bidi and other unsafe characters escaped);
 * RFC 8785 (JCS) fixes the one form of each: \b and \f short, controls
 * below U+0020 as \u00xx, everything else, DEL included, as it is. */
enum quoting { Q_JSON, Q_YAML, Q_JCS };

static void
quoted(struct opp_buf *out, const char *s, enum quoting q)
{
	size_t len = strlen(s);

	opp_buf_putc(out, '"');
	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)s[i];
		uint32_t cp;
		size_t n;

		switch (c) {
		case '"':
			opp_buf_puts(out, "\\\"");
			i++;
			continue;
		case '\\':
			opp_buf_puts(out, "\\\\");
			i++;
			continue;
		case '\n':
			opp_buf_puts(out, "\\n");
			i++;
			continue;
		case '\r':
			opp_buf_puts(out, "\\r");
			i++;
			continue;
		case '\t':
			opp_buf_puts(out, "\\t");
			i++;
			continue;
		default: break;
		}
		if (q == Q_JCS && (c == '\b' || c == '\f')) {
			opp_buf_puts(out, c == '\b' ? "\\b" : "\\f");
			i++;
			continue;
		}
		if (c < 0x20 || (c == 0x7F && q != Q_JCS)) {
			opp_buf_printf(out, "\\u%04x", c);
			i++;
			continue;
		}
		if (c < 0x80 || q == Q_JCS) {
			opp_buf_putc(out, (char)c);
			i++;
			continue;
		}
		n = opp_utf8_next(s + i, len - i, &cp);
		if (cp == OPP_UTF8_BAD && !(n == 3 && memcmp(s + i, "\xEF\xBF\xBD", 3) == 0)) {
			/* Not UTF-8 (a file name): JSON cannot hold the byte. */
			opp_buf_printf(out, q == Q_YAML ? "\\ufffd" : "\\\\x%02X", c);
		} else if (q == Q_YAML && cp == 0x85) {
			opp_buf_puts(out, "\\N"); /* next line */
		} else if (q == Q_YAML && (cp == 0x2028 || cp == 0x2029)) {
			opp_buf_puts(out, cp == 0x2028 ? "\\L" : "\\P"); /* line, paragraph separator */
		} else if (opp_utf8_unsafe(cp) || (q == Q_YAML && (cp == 0xFFFE || cp == 0xFFFF))) {
			opp_buf_printf(out, "\\u%04x", (unsigned)cp);
		} else {
			opp_buf_add(out, s + i, n);
		}
		i += n;
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

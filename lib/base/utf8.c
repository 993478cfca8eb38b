/*
 * utf8 — see utf8.h. The decoder is our own (small, and it must accept
 * invalid input without failing); Unicode properties, widths,
 * normalisation and case folding come from utf8proc.
 */
#include "base/utf8.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "base/alloc.h"

size_t
opp_utf8_next(const char *str, size_t len, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	uint32_t c, min;
	size_t n;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		n = 2, c = s[0] & 0x1F, min = 0x80;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		n = 3, c = s[0] & 0x0F, min = 0x800;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		n = 4, c = s[0] & 0x07, min = 0x10000;
	else
		goto bad;
	if (n > len)
		goto bad;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			goto bad;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		goto bad;
	*cp = c;
	return n;
bad:
	*cp = OPP_UTF8_BAD;
	return 1;
}

bool
opp_utf8_valid(const char *s, size_t len, size_t *bad)
{
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = opp_utf8_next(s + i, len - i, &cp);
		if (cp == OPP_UTF8_BAD && !(n == 3 && memcmp(s + i, "\xEF\xBF\xBD", 3) == 0)) {
			if (bad)
				*bad = i;
			return false;
		}
		i += n;
	}
	return true;
}

size_t
opp_utf8_encode(uint32_t cp, char out[4])
{
	utf8proc_ssize_t n = utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)out);

	if (n <= 0) {
		memcpy(out, "\xEF\xBF\xBD", 3);
		return 3;
	}
	return (size_t)n;
}

void
opp_utf8_put(struct opp_buf *out, uint32_t cp)
{
	char b[4];

	opp_buf_add(out, b, opp_utf8_encode(cp, b));
}

size_t
opp_utf8_boundary(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t j = n, need;

	/* Back over up to three continuation bytes to their lead byte; a
	 * sequence that does not end before n is cut before its lead. */
	while (j > 0 && n - j < 3 && (s[j - 1] & 0xC0) == 0x80)
		j--;
	if (j == 0 || s[j - 1] < 0xC0)
		return n;
	need = s[j - 1] >= 0xF0 ? 4 : s[j - 1] >= 0xE0 ? 3 : 2;
	return j - 1 + need > n ? j - 1 : n;
}

size_t
opp_utf8_chars(const char *s, size_t n)
{
	size_t chars = 0;

	for (size_t i = 0; i < n; chars++) {
		uint32_t cp;
		i += opp_utf8_next(s + i, n - i, &cp);
	}
	return chars;
}

enum opp_utf8_class
opp_utf8_class(uint32_t cp)
{
	if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f')
		return OPP_UC_SPACE;
	switch (utf8proc_category((utf8proc_int32_t)cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO: return OPP_UC_LETTER;
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME: return OPP_UC_MARK;
	case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO: return OPP_UC_DIGIT;
	case UTF8PROC_CATEGORY_ZS:
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP: return OPP_UC_SPACE;
	case UTF8PROC_CATEGORY_PC:
	case UTF8PROC_CATEGORY_PD:
	case UTF8PROC_CATEGORY_PS:
	case UTF8PROC_CATEGORY_PE:
	case UTF8PROC_CATEGORY_PI:
	case UTF8PROC_CATEGORY_PF:
	case UTF8PROC_CATEGORY_PO:
	case UTF8PROC_CATEGORY_SM:
	case UTF8PROC_CATEGORY_SC:
	case UTF8PROC_CATEGORY_SK:
	case UTF8PROC_CATEGORY_SO: return OPP_UC_PUNCT;
	case UTF8PROC_CATEGORY_CC: return OPP_UC_CONTROL;
	case UTF8PROC_CATEGORY_CF: return OPP_UC_FORMAT;
	default: return OPP_UC_OTHER;
	}
}

bool
opp_utf8_word(uint32_t cp)
{
	enum opp_utf8_class c = opp_utf8_class(cp);
	return c == OPP_UC_LETTER || c == OPP_UC_MARK || c == OPP_UC_DIGIT;
}

bool
opp_utf8_unsafe(uint32_t cp)
{
	if (cp == '\t' || cp == '\n')
		return false;
	return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0x202A && cp <= 0x202E) ||
	       (cp >= 0x2066 && cp <= 0x2069);
}

uint32_t
opp_utf8_lower(uint32_t cp)
{
	return cp > 0x10FFFF ? cp : (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
}

int
opp_utf8_cp_width(uint32_t cp)
{
	int w;

	if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
		return 0;
	w = utf8proc_charwidth((utf8proc_int32_t)cp);
	return w < 0 ? 0 : w;
}

size_t
opp_utf8_width(const char *s)
{
	size_t w = 0, len = s ? strlen(s) : 0;

	for (size_t i = 0; i < len;) {
		uint32_t cp;
		i += opp_utf8_next(s + i, len - i, &cp);
		w += (size_t)opp_utf8_cp_width(cp);
	}
	return w;
}

void
opp_utf8_fit(struct opp_buf *out, const char *s, size_t width, bool pad)
{
	size_t len = s ? strlen(s) : 0, total = opp_utf8_width(s), w = 0;
	bool cut = total > width;

	if (cut && width == 0)
		len = 0;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = opp_utf8_next(s + i, len - i, &cp);
		int cw = opp_utf8_cp_width(cp);
		/* Whole characters up to width - 1 when cut, then "…". */
		if (cut && w + (size_t)cw > width - 1)
			break;
		if (!opp_utf8_unsafe(cp))
			opp_buf_add(out, s + i, n);
		w += (size_t)cw;
		i += n;
	}
	if (cut && width > 0) {
		opp_buf_puts(out, "…");
		w++;
	}
	while (pad && w < width) {
		opp_buf_putc(out, ' ');
		w++;
	}
}

void
opp_utf8_fit_tail(struct opp_buf *out, const char *s, size_t width, bool pad)
{
	size_t len = s ? strlen(s) : 0, total = opp_utf8_width(s), i = 0, w;

	if (total <= width || width == 0) {
		opp_utf8_fit(out, s, width, pad);
		return;
	}
	/* Drop whole characters from the front until the rest and the
	 * ellipsis fit. */
	while (i < len && total > width - 1) {
		uint32_t cp;
		i += opp_utf8_next(s + i, len - i, &cp);
		total -= (size_t)opp_utf8_cp_width(cp);
	}
	opp_buf_puts(out, "…");
	w = total + 1;
	opp_utf8_fit(out, s + i, total, false);
	while (pad && w < width) {
		opp_buf_putc(out, ' ');
		w++;
	}
}

void
opp_utf8_fold(struct opp_buf *out, const char *s, size_t n)
{
	utf8proc_uint8_t *folded = NULL;
	utf8proc_ssize_t m;
	char *copy;
	size_t a = 0;

	/* ASCII folds to its lower case and nothing else (no marks, nothing
	 * to compose): most names and ids, without utf8proc's allocations. */
	while (a < n && !((unsigned char)s[a] & 0x80))
		a++;
	if (a == n) {
		for (size_t i = 0; i < n; i++)
			opp_buf_putc(out, s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]);
		return;
	}
	/* utf8proc refuses invalid input as a whole: fold valid text, and
	 * keep any other text as it is (it matches only itself). */
	if (!opp_utf8_valid(s, n, NULL)) {
		opp_buf_add(out, s, n);
		return;
	}
	copy = xstrndup(s, n);
	m = utf8proc_map((const utf8proc_uint8_t *)copy, 0, &folded,
	                 UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
	                         UTF8PROC_STRIPMARK);
	free(copy);
	if (m < 0) {
		opp_buf_add(out, s, n);
		return;
	}
	/* Case folding keeps the Turkish dotless ı (U+0131): YILMAZ folds
	 * to "yilmaz" but Yılmaz to "yılmaz". Take it as i. */
	for (utf8proc_ssize_t i = 0; i < m; i++) {
		if (folded[i] == 0xC4 && i + 1 < m && folded[i + 1] == 0xB1) {
			opp_buf_putc(out, 'i');
			i++;
		} else {
			opp_buf_putc(out, (char)folded[i]);
		}
	}
	free(folded);
}

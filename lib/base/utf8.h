/*
 * utf8 — UTF-8 text, one character at a time: decoding, boundaries,
 * terminal width, and the folded form used to match names.
 *
 * The one place that knows UTF-8's byte layout and the only file that
 * includes utf8proc.h (Debian libutf8proc: Unicode properties, width,
 * normalisation and full case folding from a maintained table instead
 * of a hand-written one). Everything else asks here: the loader for
 * columns, the writers for where a line may be cut, the terminal table
 * for widths, redact and the invitations for matching names.
 *
 * Input need not be valid: an invalid byte decodes as U+FFFD and counts
 * as one character of one byte, so nothing here reads past the end or
 * loops.
 */
#ifndef OPP_UTF8_H
#define OPP_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

#define OPP_UTF8_BAD 0xFFFDu /* what an invalid byte decodes as */

/* Decode the character at s[0..len): its code point in *cp and its
 * length in bytes (1 for an invalid or truncated sequence, with *cp =
 * OPP_UTF8_BAD). len must be at least 1. */
size_t opp_utf8_next(const char *s, size_t len, uint32_t *cp);

/* Whether s[0..len) is valid UTF-8 (no overlongs, no surrogates); when
 * not, *bad (if given) is the offset of the first bad byte. */
bool opp_utf8_valid(const char *s, size_t len, size_t *bad);

/* Write the UTF-8 form of cp to out and return its length in bytes (1
 * to 4); a cp past U+10FFFF is written as OPP_UTF8_BAD. */
size_t opp_utf8_encode(uint32_t cp, char out[4]);

/* Append the UTF-8 form of cp (as opp_utf8_encode). */
void opp_utf8_put(struct opp_buf *out, uint32_t cp);

/* The largest k <= n such that s[0..k) ends on a character boundary:
 * where a value, a folded line or an encoded word may be cut. */
size_t opp_utf8_boundary(const char *s, size_t n);

/* Characters in s[0..n) (the unit of the columns in positions). */
size_t opp_utf8_chars(const char *s, size_t n);

/* Stepping through text known to be valid UTF-8 (what libyaml has read)
 * one character at a time, without decoding: the offset of the character
 * after the one at s[i] (i < len), and of the one before offset i (i >
 * 0). On valid text the steps are opp_utf8_next's lengths. Inline, as
 * the loader steps through every byte of every file with them (yaml.c's
 * marks); a call per byte would cost more than the byte test. */
static inline size_t
opp_utf8_step(const char *s, size_t len, size_t i)
{
	while (++i < len && ((unsigned char)s[i] & 0xC0) == 0x80) /* a continuation byte */
		;
	return i;
}

static inline size_t
opp_utf8_step_back(const char *s, size_t i)
{
	while (--i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
		;
	return i;
}

/* What a character is, from its Unicode general category. */
enum opp_utf8_class {
	OPP_UC_LETTER,  /* L*: letters, including ı and ß */
	OPP_UC_MARK,    /* M*: combining marks (part of the letter before) */
	OPP_UC_DIGIT,   /* N*: digits and other numbers */
	OPP_UC_SPACE,   /* Z* and ASCII white space, including no-break spaces */
	OPP_UC_PUNCT,   /* P* and S*: punctuation, quotes, symbols */
	OPP_UC_CONTROL, /* Cc: C0 and C1 controls */
	OPP_UC_FORMAT,  /* Cf: invisible format characters (bidi controls, ZWJ) */
	OPP_UC_OTHER,   /* unassigned, private use, surrogates */
};
enum opp_utf8_class opp_utf8_class(uint32_t cp);

/* Whether cp is part of a word: a letter, mark or digit. */
bool opp_utf8_word(uint32_t cp);

/* Whether cp must never reach a human-facing output as is: a C0/C1
 * control other than tab and line feed, or a bidi override, embedding
 * or isolate (U+202A-202E, U+2066-2069), which can make text read in a
 * different order than it is stored. */
bool opp_utf8_unsafe(uint32_t cp);

/* The lowercase of cp (its simple lowercase mapping: "Ö" → "ö",
 * "Σ" → "σ"); cp itself when it has none, and for OPP_UTF8_BAD. */
uint32_t opp_utf8_lower(uint32_t cp);

/* Columns cp takes in a terminal (0 for controls and combining marks,
 * 2 for East Asian wide characters), whatever the locale. */
int opp_utf8_cp_width(uint32_t cp);

/* Columns s takes in a terminal. */
size_t opp_utf8_width(const char *s);

/* Append s cut to at most `width` columns (whole characters; "…" marks a
 * cut), padded with spaces to exactly `width` when pad. Characters for
 * which opp_utf8_unsafe() holds are left out. */
void opp_utf8_fit(struct opp_buf *out, const char *s, size_t width, bool pad);

/* The same, but a cut keeps the end ("…/cases/aaron.yaml"): for paths. */
void opp_utf8_fit_tail(struct opp_buf *out, const char *s, size_t width, bool pad);

/* Append the matching form of s[0..n) to out: normalised (NFC), fully
 * case folded, marks stripped, and the dotless ı taken as i, so that
 * "ZOË ÖZTÜRK", "Zoë Öztürk" and "zoe ozturk" fold alike, and so do
 * "YILMAZ" and "Yılmaz". Invalid bytes fold to themselves. */
void opp_utf8_fold(struct opp_buf *out, const char *s, size_t n);

#endif

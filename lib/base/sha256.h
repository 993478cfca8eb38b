/*
 * sha256 — SHA-256 digests, from nettle (Debian nettle-dev): the digest
 * that binds an agreement to the exact handelingsdeel (facts/
 * handelingsdeel.h) must be the one every other tool computes, so it
 * comes from a well-kept library, not a hand-written one. This is the
 * only file that includes nettle's header.
 */
#ifndef OPP_SHA256_H
#define OPP_SHA256_H

#include <stddef.h>

#define OPP_SHA256_HEX 65 /* 64 lowercase hexadecimal digits and a NUL */

/* The SHA-256 of data[0..len), as 64 lowercase hexadecimal digits. */
void opp_sha256_hex(const void *data, size_t len, char out[OPP_SHA256_HEX]);

#endif

/*
 * sha256 — nettle's SHA-256 (see sha256.h).
 */
#include "base/sha256.h"

#include <nettle/sha2.h>

void
opp_sha256_hex(const void *data, size_t len, char out[OPP_SHA256_HEX])
{
	static const char hex[] = "0123456789abcdef";
	struct sha256_ctx ctx;
	uint8_t d[SHA256_DIGEST_SIZE];

	sha256_init(&ctx);
	sha256_update(&ctx, len, data);
	sha256_digest(&ctx, sizeof(d), d);
	for (size_t i = 0; i < sizeof(d); i++) {
		out[2 * i] = hex[d[i] >> 4];
		out[2 * i + 1] = hex[d[i] & 15];
	}
	out[2 * sizeof(d)] = '\0';
}

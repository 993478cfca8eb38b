/*
 * http — a small, read-only HTTP server on the loopback interface, on
 * libmicrohttpd (the only includer of microhttpd.h): `opp serve`.
 *
 * The policy is here, once, so that no page can forget it:
 *   - it listens on 127.0.0.1 and ::1 only, never on another address;
 *   - every request must carry the secret token, as the query parameter
 *     `token` (answered with a cookie and a redirect to the same page
 *     without it, so that the token leaves the address bar and the
 *     history) or as that cookie; anything else gets 403 and nothing
 *     more, as does a request whose Host is not this server (a DNS
 *     rebinding page);
 *   - only GET and HEAD exist: no route could write;
 *   - every response says: no caching, no sniffing, no framing, no
 *     referrer, and a Content-Security-Policy that loads nothing;
 *   - bounds: OPP_HTTP_CONNECTIONS connections at once,
 *     OPP_HTTP_MEMORY bytes per connection (the request line and headers
 *     must fit: a huge header or 10,000 of them is refused), and
 *     OPP_HTTP_SECONDS seconds to send a request and be answered (a
 *     client that trickles bytes is cut off; an idle kept-alive
 *     connection is closed after as long).
 * The pages themselves are the handler's (documents/site.c); the
 * handler is called for one request at a time.
 */
#ifndef OPP_HTTP_H
#define OPP_HTTP_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"

#define OPP_HTTP_CONNECTIONS 64
#define OPP_HTTP_MEMORY      (32 * 1024)
#define OPP_HTTP_SECONDS     10
#define OPP_HTTP_TOKEN_LEN   32 /* hex digits: 128 bits */

struct opp_http;     /* opaque: a running server */
struct opp_http_req; /* opaque: one authorised GET or HEAD */

/* The request's path ("/casus/3"), decoded by the server. */
const char *opp_http_path(const struct opp_http_req *r);

/* A query parameter, or NULL. */
const char *opp_http_arg(const struct opp_http_req *r, const char *name);

struct opp_http_resp {
	int status;       /* 200 unless set */
	const char *type; /* "text/html; charset=utf-8" unless set */
	struct opp_buf body;
};

typedef void opp_http_handler(void *ctx, const struct opp_http_req *req, struct opp_http_resp *resp);

struct opp_http_opts {
	unsigned port;     /* 0: a free port, the same on both addresses */
	const char *token; /* OPP_HTTP_TOKEN_LEN hex digits */
	opp_http_handler *handle;
	void *ctx;
	double (*now)(void); /* a monotonic clock in seconds (the caller's: lib reads no clock) */
};

/* Start serving. NULL with *err set (caller frees) when it cannot listen
 * (the port is in use, no loopback address). */
struct opp_http *opp_http_start(const struct opp_http_opts *o, char **err);

/* The port it listens on. */
unsigned opp_http_port(const struct opp_http *h);

/* Whether it also listens on ::1 (false where IPv6 is off). */
bool opp_http_ipv6(const struct opp_http *h);

/* Stop: close every connection, wait for the threads, free. */
void opp_http_stop(struct opp_http *h);

#endif

/*
 * http — the loopback server of `opp serve`: see http.h for the policy.
 *
 * Two libmicrohttpd daemons, one per loopback address, on sockets bound
 * here (so that a port in use is a clear message, and a free port is
 * the same on both). Each runs its own polling thread; a mutex lets the
 * handler see one request at a time. A watchdog thread cuts connections
 * that take longer than OPP_HTTP_SECONDS for one request: libmicrohttpd's
 * own timeout only notices silence, not a client that sends a byte a
 * second.
 */
#include "output/http.h"

#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/i18n.h"

#define MAXCONN (2 * OPP_HTTP_CONNECTIONS + 8) /* both daemons, and the ones being refused */
#define COOKIE  "opp"

struct conn {
	struct MHD_Connection *c;
	int fd;
	double started; /* when its current request began */
	bool cut;
};

struct opp_http {
	struct MHD_Daemon *d[2]; /* 127.0.0.1, ::1 (NULL where IPv6 is off) */
	unsigned port;
	char token[OPP_HTTP_TOKEN_LEN + 1];
	opp_http_handler *handle;
	void *ctx;
	double (*now)(void);
	pthread_mutex_t serve; /* the handler: one request at a time */

	pthread_mutex_t lock; /* conns, stopping */
	struct conn conns[MAXCONN];
	size_t nconns;
	bool stopping;
	pthread_t watchdog;
};

struct opp_http_req {
	struct MHD_Connection *c;
	const char *path;
};

const char *
opp_http_path(const struct opp_http_req *r)
{
	return r->path;
}

const char *
opp_http_arg(const struct opp_http_req *r, const char *name)
{
	return MHD_lookup_connection_value(r->c, MHD_GET_ARGUMENT_KIND, name);
}

/* ---- the watchdog ---------------------------------------------------------- */

static void
notify(void *cls, struct MHD_Connection *c, void **socket_context, enum MHD_ConnectionNotificationCode code)
{
	struct opp_http *h = cls;
	const union MHD_ConnectionInfo *info;

	(void)socket_context;
	pthread_mutex_lock(&h->lock);
	if (code == MHD_CONNECTION_NOTIFY_STARTED) {
		info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
		if (info && h->nconns < MAXCONN)
			h->conns[h->nconns++] = (struct conn){c, info->connect_fd, h->now(), false};
	} else {
		for (size_t i = 0; i < h->nconns; i++)
			if (h->conns[i].c == c) {
				h->conns[i] = h->conns[--h->nconns];
				break;
			}
	}
	pthread_mutex_unlock(&h->lock);
}

/* A request answered: the next one on this connection starts its clock. */
static void
completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode code)
{
	struct opp_http *h = cls;

	(void)con_cls;
	(void)code;
	pthread_mutex_lock(&h->lock);
	for (size_t i = 0; i < h->nconns; i++)
		if (h->conns[i].c == c)
			h->conns[i].started = h->now();
	pthread_mutex_unlock(&h->lock);
}

static void *
watch(void *arg)
{
	struct opp_http *h = arg;
	const struct timespec tick = {0, 200 * 1000 * 1000};

	for (;;) {
		double now;

		nanosleep(&tick, NULL);
		pthread_mutex_lock(&h->lock);
		if (h->stopping) {
			pthread_mutex_unlock(&h->lock);
			return NULL;
		}
		now = h->now();
		/* shutdown(), not close(): the daemon still owns the socket and
		 * closes it when it sees the end (and tells notify()). */
		for (size_t i = 0; i < h->nconns; i++)
			if (!h->conns[i].cut && now - h->conns[i].started > OPP_HTTP_SECONDS) {
				shutdown(h->conns[i].fd, SHUT_RDWR);
				h->conns[i].cut = true;
			}
		pthread_mutex_unlock(&h->lock);
	}
}

/* ---- answering --------------------------------------------------------------- */

/* Headers every response carries, whatever it is. */
static void
guard(struct MHD_Response *r)
{
	MHD_add_response_header(r, "Content-Security-Policy",
	                        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
	                        "frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
	MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(r, "X-Frame-Options", "DENY");
	MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
	MHD_add_response_header(r, "Cache-Control", "no-store");
	MHD_add_response_header(r, "Cross-Origin-Resource-Policy", "same-origin");
}

static enum MHD_Result
send_buf(struct MHD_Connection *c, unsigned status, const char *type, const char *body, size_t len,
         const char *location, const char *cookie)
{
	struct MHD_Response *r = MHD_create_response_from_buffer(len, (void *)body, MHD_RESPMEM_MUST_COPY);
	enum MHD_Result ok;

	if (!r)
		return MHD_NO;
	guard(r);
	MHD_add_response_header(r, "Content-Type", type);
	if (location)
		MHD_add_response_header(r, "Location", location);
	if (cookie)
		MHD_add_response_header(r, "Set-Cookie", cookie);
	if (status == MHD_HTTP_METHOD_NOT_ALLOWED)
		MHD_add_response_header(r, "Allow", "GET, HEAD");
	ok = MHD_queue_response(c, status, r);
	MHD_destroy_response(r);
	return ok;
}

static enum MHD_Result
refuse(struct MHD_Connection *c, unsigned status, const char *text)
{
	return send_buf(c, status, "text/plain; charset=utf-8", text, strlen(text), NULL, NULL);
}

/* Equal without saying where they differ (no timing to learn from). */
static bool
token_eq(const char *a, const char *b)
{
	unsigned char diff = 0;

	if (!a || strlen(a) != OPP_HTTP_TOKEN_LEN)
		return false;
	for (size_t i = 0; i < OPP_HTTP_TOKEN_LEN; i++)
		diff |= (unsigned char)(a[i] ^ b[i]);
	return diff == 0;
}

/* The Host a browser sends for this server: anything else (a page that
 * rebinds its own name to 127.0.0.1) is refused. */
static bool
host_ok(const struct opp_http *h, struct MHD_Connection *c)
{
	const char *host = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST);
	static const char *const names[] = {"127.0.0.1", "localhost", "[::1]"};
	char port[16];

	if (!host)
		return false;
	snprintf(port, sizeof(port), ":%u", h->port);
	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++) {
		size_t n = strlen(names[i]);
		if (strncasecmp(host, names[i], n) == 0 && strcmp(host + n, port) == 0)
			return true;
	}
	return false;
}

static void
url_encode(struct opp_buf *b, const char *s, bool path)
{
	static const char hex[] = "0123456789ABCDEF";

	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    *p == '-' || *p == '_' || *p == '.' || *p == '~' || (path && *p == '/'))
			opp_buf_putc(b, *p);
		else
			opp_buf_printf(b, "%%%c%c", hex[*p >> 4], hex[*p & 15]);
	}
}

static enum MHD_Result
add_arg(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
	struct opp_buf *b = cls;

	(void)kind;
	if (strcmp(key, "token") == 0)
		return MHD_YES;
	opp_buf_putc(b, strchr(b->ptr, '?') ? '&' : '?');
	url_encode(b, key, false);
	if (value) {
		opp_buf_putc(b, '=');
		url_encode(b, value, false);
	}
	return MHD_YES;
}

/* The token in the address: keep it as a cookie and show the same page
 * without it. */
static enum MHD_Result
welcome(struct MHD_Connection *c, const struct opp_http *h, const char *url)
{
	struct opp_buf loc = OPP_BUF_INIT, cookie = OPP_BUF_INIT;
	enum MHD_Result ok;

	url_encode(&loc, url, true);
	MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, add_arg, &loc);
	opp_buf_printf(&cookie, COOKIE "=%s; Path=/; HttpOnly; SameSite=Strict", h->token);
	ok = send_buf(c, MHD_HTTP_SEE_OTHER, "text/plain; charset=utf-8", "", 0, loc.ptr, cookie.ptr);
	opp_buf_release(&loc);
	opp_buf_release(&cookie);
	return ok;
}

static enum MHD_Result
answer(void *cls, struct MHD_Connection *c, const char *url, const char *method, const char *version,
       const char *upload, size_t *upload_size, void **con_cls)
{
	struct opp_http *h = cls;
	struct opp_http_req req = {c, url};
	struct opp_http_resp resp = {200, NULL, OPP_BUF_INIT};
	enum MHD_Result ok;

	(void)version;
	(void)upload;
	/* Refusals go at once, on the first call (libmicrohttpd then
	 * closes the connection: right for a stranger). */
	if (!*con_cls) {
		if (!host_ok(h, c))
			return refuse(c, MHD_HTTP_FORBIDDEN, "403\n");
		if (token_eq(MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "token"), h->token))
			return welcome(c, h, url);
		if (!token_eq(MHD_lookup_connection_value(c, MHD_COOKIE_KIND, COOKIE), h->token))
			return refuse(c, MHD_HTTP_FORBIDDEN, "403\n");
		if (strcmp(method, MHD_HTTP_METHOD_GET) != 0 && strcmp(method, MHD_HTTP_METHOD_HEAD) != 0)
			return refuse(c, MHD_HTTP_METHOD_NOT_ALLOWED, "405\n");
		/* A page is answered on the next call, once the request is
		 * known to be complete: answering earlier makes libmicrohttpd
		 * close every connection after its response. */
		*con_cls = h;
		return MHD_YES;
	}
	if (*upload_size) { /* a body, which no GET needs: dropped */
		*upload_size = 0;
		return MHD_YES;
	}
	pthread_mutex_lock(&h->serve);
	h->handle(h->ctx, &req, &resp);
	pthread_mutex_unlock(&h->serve);
	ok = send_buf(c, (unsigned)resp.status, resp.type ? resp.type : "text/html; charset=utf-8",
	              resp.body.ptr ? resp.body.ptr : "", resp.body.len, NULL, NULL);
	opp_buf_release(&resp.body);
	return ok;
}

static int
hexval(char c)
{
	return c >= '0' && c <= '9'   ? c - '0'
	       : c >= 'a' && c <= 'f' ? c - 'a' + 10
	       : c >= 'A' && c <= 'F' ? c - 'A' + 10
	                              : -1;
}

/* Percent-decoding of the path and the parameters, except that %00 and
 * other control characters stay as written: a C string cannot hold
 * "/casus/0%00x", and a decoded NUL would make it "/casus/0". */
static size_t
unescape(void *cls, struct MHD_Connection *c, char *s)
{
	char *w = s;

	(void)cls;
	(void)c;
	for (const char *r = s; *r;) {
		int hi, lo;
		if (r[0] == '%' && (hi = hexval(r[1])) >= 0 && (lo = hexval(r[2])) >= 0 &&
		    hi * 16 + lo >= 0x20 && hi * 16 + lo != 0x7F) {
			*w++ = (char)(hi * 16 + lo);
			r += 3;
		} else {
			*w++ = *r++;
		}
	}
	*w = '\0';
	return (size_t)(w - s);
}

/* libmicrohttpd's messages name clients and requests: keep them out of
 * the terminal and any log it goes to. */
static void
quiet(void *cls, const char *fmt, va_list ap)
{
	(void)cls;
	(void)fmt;
	(void)ap;
}

/* ---- starting and stopping -------------------------------------------------- */

/* A listening socket on the loopback address of family af; -1 with errno. */
static int
listen_on(int af, unsigned port)
{
	int fd = socket(af, SOCK_STREAM | SOCK_CLOEXEC, 0), one = 1, e;
	struct sockaddr_in a4 = {0};
	struct sockaddr_in6 a6 = {0};

	if (fd < 0)
		return -1;
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (af == AF_INET) {
		a4.sin_family = AF_INET;
		a4.sin_port = htons((uint16_t)port);
		a4.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		e = bind(fd, (struct sockaddr *)&a4, sizeof(a4));
	} else {
		setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof(one));
		a6.sin6_family = AF_INET6;
		a6.sin6_port = htons((uint16_t)port);
		a6.sin6_addr = in6addr_loopback;
		e = bind(fd, (struct sockaddr *)&a6, sizeof(a6));
	}
	if (e < 0 || listen(fd, 64) < 0) {
		e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	return fd;
}

static unsigned
port_of(int fd)
{
	struct sockaddr_in a = {0};
	socklen_t n = sizeof(a);

	return getsockname(fd, (struct sockaddr *)&a, &n) == 0 ? ntohs(a.sin_port) : 0;
}

static struct MHD_Daemon *
daemon_on(struct opp_http *h, int fd, bool v6)
{
	unsigned flags = MHD_USE_POLL_INTERNAL_THREAD | (v6 ? MHD_USE_IPv6 : 0);

	return MHD_start_daemon(flags, (uint16_t)h->port, NULL, NULL, answer, h, MHD_OPTION_LISTEN_SOCKET, fd,
	                        MHD_OPTION_CONNECTION_LIMIT, (unsigned)OPP_HTTP_CONNECTIONS,
	                        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)OPP_HTTP_MEMORY,
	                        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)OPP_HTTP_SECONDS,
	                        MHD_OPTION_NOTIFY_CONNECTION, notify, h, MHD_OPTION_NOTIFY_COMPLETED,
	                        completed, h, MHD_OPTION_UNESCAPE_CALLBACK, unescape, h,
	                        MHD_OPTION_EXTERNAL_LOGGER, quiet, h, MHD_OPTION_END);
}

/* *err = the message, naming the port and why. */
#define ERROR(fmt, port, e)                                                                                  \
	do {                                                                                                 \
		struct opp_buf b_ = OPP_BUF_INIT;                                                            \
		opp_buf_printf(&b_, fmt, (unsigned)(port), strerror(e));                                     \
		*err = opp_buf_detach(&b_, NULL);                                                            \
	} while (0)

struct opp_http *
opp_http_start(const struct opp_http_opts *o, char **err)
{
	struct opp_http *h = xcalloc(1, sizeof(*h));
	int fd4 = -1, fd6 = -1;

	h->handle = o->handle;
	h->ctx = o->ctx;
	h->now = o->now;
	snprintf(h->token, sizeof(h->token), "%s", o->token);
	pthread_mutex_init(&h->serve, NULL);
	pthread_mutex_init(&h->lock, NULL);
	/* A free port must be free on both addresses: try a few. */
	for (int attempt = 0; attempt < 20; attempt++) {
		if ((fd4 = listen_on(AF_INET, o->port)) < 0) {
			ERROR(_("cannot listen on 127.0.0.1 port %u: %s"), o->port, errno);
			goto fail;
		}
		h->port = port_of(fd4);
		fd6 = listen_on(AF_INET6, h->port);
		if (fd6 >= 0 || errno == EADDRNOTAVAIL || errno == EAFNOSUPPORT)
			break; /* listening on both, or IPv6 is off here */
		if (o->port) {
			ERROR(_("cannot listen on [::1] port %u: %s"), h->port, errno);
			goto fail;
		}
		close(fd4);
		fd4 = -1;
	}
	if (fd4 < 0) {
		ERROR(_("no port is free on both 127.0.0.1 and ::1 after %u tries: %s"), 20, EADDRINUSE);
		goto fail;
	}
	if (!(h->d[0] = daemon_on(h, fd4, false))) {
		ERROR(_("cannot start the server on port %u: %s"), h->port, errno ? errno : EIO);
		goto fail;
	}
	fd4 = -1; /* the daemon's now */
	if (fd6 >= 0) {
		if (!(h->d[1] = daemon_on(h, fd6, true))) {
			ERROR(_("cannot start the server on port %u: %s"), h->port, errno ? errno : EIO);
			goto fail;
		}
		fd6 = -1;
	}
	if (pthread_create(&h->watchdog, NULL, watch, h) != 0) {
		ERROR(_("cannot start the server on port %u: %s"), h->port, EAGAIN);
		goto fail;
	}
	return h;
fail:
	if (fd4 >= 0)
		close(fd4);
	if (fd6 >= 0)
		close(fd6);
	for (int i = 0; i < 2; i++)
		if (h->d[i])
			MHD_stop_daemon(h->d[i]);
	pthread_mutex_destroy(&h->serve);
	pthread_mutex_destroy(&h->lock);
	free(h);
	return NULL;
}

unsigned
opp_http_port(const struct opp_http *h)
{
	return h->port;
}

bool
opp_http_ipv6(const struct opp_http *h)
{
	return h->d[1] != NULL;
}

void
opp_http_stop(struct opp_http *h)
{
	pthread_mutex_lock(&h->lock);
	h->stopping = true;
	pthread_mutex_unlock(&h->lock);
	pthread_join(h->watchdog, NULL);
	for (int i = 0; i < 2; i++)
		if (h->d[i])
			MHD_stop_daemon(h->d[i]); /* closes its listening socket too */
	pthread_mutex_destroy(&h->serve);
	pthread_mutex_destroy(&h->lock);
	free(h);
}

/*
 * reminder — the mails of `opp due --eml` and `--sendmail`: see
 * reminder.h.
 *
 * A record in the sort: the key (address, section, the case's oldest
 * date for this address, file, date, line, kind, person) orders a
 * person's items as their mail lists them; the value is the section,
 * the sender and the packed item (due.h). Section 0 holds a person's own
 * items, section 1 (only in the organisator's mail) those forwarded to
 * her.
 */
#include "documents/reminder.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/email.h"
#include "base/i18n.h"
#include "base/spool.h"
#include "documents/due_doc.h"
#include "output/mail.h"
#include "output/sink.h"

enum { OWN = 0, FORWARDED = 1 };

/* A mail's bytes go out in pieces of about this size. */
#define PIECE 65536

/* The most of an address a file name holds (with the day, a hash and
 * ".eml": within NAME_MAX, 255). */
#define MAX_NAME_ADDR 200

bool
opp_reminder_reaches(const struct opp_due_item *it)
{
	return it->email && opp_email_ok(it->email);
}

static void
lower(struct opp_buf *b, const char *s)
{
	for (; *s; s++)
		opp_buf_putc(b, tolower((unsigned char)*s));
}

/* ---- into the sort -------------------------------------------------------- */

struct slot {
	size_t i;       /* the item in the list */
	size_t off;     /* its address (lowercase) in the strings */
	const char *to; /* the same, once the strings are complete */
	int section;    /* OWN or FORWARDED */
	int32_t first;  /* the oldest date of its address and section in this case */
};

/* Whether two items go into the same mail and section. */
static int
cmp_group(const struct slot *x, const struct slot *y)
{
	int c = strcmp(x->to, y->to);

	return c ? c : x->section - y->section;
}

static int
cmp_slot(const void *a, const void *b)
{
	const struct slot *x = a, *y = b;
	int c = cmp_group(x, y);

	return c ? c : x->i < y->i ? -1 : x->i > y->i;
}

void
opp_reminder_put(struct opp_xsort *x, const struct opp_due_list *l, const struct opp_reminder_from *from)
{
	struct opp_buf to = OPP_BUF_INIT, key = OPP_BUF_INIT, val = OPP_BUF_INIT;
	struct slot *v;

	if (!l->n)
		return;
	v = xcalloc(l->n, sizeof(*v));
	for (size_t i = 0; i < l->n; i++) {
		const struct opp_due_item *it = &l->v[i];
		bool own = opp_reminder_reaches(it);
		v[i] = (struct slot){i, to.len, NULL, own ? OWN : FORWARDED, it->date};
		lower(&to, own ? it->email : from->email);
		opp_buf_putc(&to, '\0');
	}
	for (size_t i = 0; i < l->n; i++)
		v[i].to = to.ptr + v[i].off;
	/* The oldest date per address and section: where this case goes in
	 * each mail. */
	qsort(v, l->n, sizeof(*v), cmp_slot);
	for (size_t i = 0, j; i < l->n; i = j) {
		int32_t first = v[i].first;
		for (j = i + 1; j < l->n && cmp_group(&v[i], &v[j]) == 0; j++)
			if (v[j].first < first)
				first = v[j].first;
		for (size_t k = i; k < j; k++)
			v[k].first = first;
	}
	for (size_t i = 0; i < l->n; i++) {
		const struct opp_due_item *it = &l->v[v[i].i];
		opp_buf_reset(&key);
		opp_xsort_key_str(&key, v[i].to);
		opp_xsort_key_int(&key, v[i].section);
		opp_xsort_key_int(&key, v[i].first);
		opp_xsort_key_str(&key, it->file);
		opp_xsort_key_int(&key, it->date);
		opp_xsort_key_int(&key, it->pos.line);
		opp_xsort_key_int(&key, it->kind);
		opp_xsort_key_str(&key, it->who);
		opp_buf_reset(&val);
		opp_buf_putc(&val, v[i].section);
		opp_buf_add(&val, from->naam ? from->naam : "", strlen(from->naam ? from->naam : "") + 1);
		opp_buf_add(&val, from->email, strlen(from->email) + 1);
		opp_due_pack(&val, it);
		opp_xsort_put(x, key.ptr, key.len, val.ptr, val.len);
	}
	free(v);
	opp_buf_release(&to);
	opp_buf_release(&key);
	opp_buf_release(&val);
}

/* A value of the sort: its section, sender and item (pointing into
 * rec). */
struct entry {
	int section;
	const char *from_naam, *from_email;
	struct opp_due_item it;
};

static bool
entry(struct entry *e, const char *rec, size_t len)
{
	const char *end = rec + len, *p = rec + 1, *q;

	if (len < 1 || (rec[0] != OWN && rec[0] != FORWARDED))
		return false;
	e->section = rec[0];
	if (!(q = memchr(p, '\0', (size_t)(end - p))))
		return false;
	e->from_naam = *p ? p : NULL;
	p = q + 1;
	if (p >= end || !(q = memchr(p, '\0', (size_t)(end - p))))
		return false;
	e->from_email = p;
	p = q + 1;
	return opp_due_unpack(&e->it, p, (size_t)(end - p));
}

/* ---- one person ------------------------------------------------------------ */

struct person {
	struct opp_buf to;         /* the address, lowercase (the key's first field) */
	struct opp_buf email;      /* as written, for To */
	struct opp_buf naam;       /* for To and the greeting ("" if none) */
	struct opp_buf from_naam;  /* the sender of the first case */
	struct opp_buf from_email; /* "" if none */
	struct opp_spool *sp;      /* the person's values, in order */
	size_t items, overdue, own, forwarded;
	uint64_t hash; /* of the address and the values: the Message-ID */
};

static uint64_t
fnv(uint64_t h, const void *data, size_t len)
{
	const unsigned char *p = data;

	for (size_t i = 0; i < len; i++) {
		h ^= p[i];
		h *= UINT64_C(0x100000001b3);
	}
	return h;
}

static void
person_init(struct person *p)
{
	memset(p, 0, sizeof(*p));
	opp_buf_init(&p->to);
	opp_buf_init(&p->email);
	opp_buf_init(&p->naam);
	opp_buf_init(&p->from_naam);
	opp_buf_init(&p->from_email);
}

static void
person_release(struct person *p)
{
	opp_buf_release(&p->to);
	opp_buf_release(&p->email);
	opp_buf_release(&p->naam);
	opp_buf_release(&p->from_naam);
	opp_buf_release(&p->from_email);
	opp_spool_free(p->sp);
	person_init(p);
}

/* Start a person at their first value: their name and address come
 * from it (their own item, or the sender when the first is forwarded:
 * then the sender is the person). */
static bool
person_start(struct person *p, const char *to, const struct entry *e, int *err)
{
	person_release(p);
	opp_buf_puts(&p->to, to);
	if (e->section == OWN) {
		opp_buf_puts(&p->email, e->it.email);
		opp_buf_puts(&p->naam, e->it.naam ? e->it.naam : "");
	} else {
		opp_buf_puts(&p->email, e->from_email);
		opp_buf_puts(&p->naam, e->from_naam ? e->from_naam : "");
	}
	opp_buf_puts(&p->from_naam, e->from_naam ? e->from_naam : "");
	opp_buf_puts(&p->from_email, e->from_email);
	p->hash = fnv(UINT64_C(0xcbf29ce484222325), to, strlen(to) + 1);
	if (!(p->sp = opp_spool_new())) {
		*err = errno ? errno : EIO;
		return false;
	}
	return true;
}

static void
person_add(struct person *p, const struct entry *e, const struct opp_buf *val)
{
	opp_spool_put(p->sp, val->ptr, val->len);
	p->hash = fnv(p->hash, val->ptr, val->len);
	p->items++;
	p->overdue += e->it.days > 0;
	if (e->section == OWN)
		p->own++;
	else
		p->forwarded++;
}

/* ---- the mail ------------------------------------------------------------- */

/* Bytes on their way out: a part's text through quoted-printable. */
struct mailout {
	const struct opp_reminder_out *out;
	struct opp_buf buf;
	struct opp_mail_qp qp;
	bool ok;
};

static void
flush(struct mailout *w, bool all)
{
	if (w->buf.len && (all || w->buf.len >= PIECE)) {
		if (w->ok)
			w->ok = w->out->write(w->out->ctx, w->buf.ptr, w->buf.len);
		opp_buf_reset(&w->buf);
	}
}

static bool
part_write(void *ctx, const char *data, size_t len)
{
	struct mailout *w = ctx;

	opp_mail_qp_add(&w->buf, &w->qp, data, len);
	flush(w, false);
	return w->ok;
}

static void
subject(struct opp_buf *b, const struct person *p)
{
	if (!p->overdue)
		opp_buf_printf(b,
		               p->items == 1 ? _("Reminder: %zu action coming up")
		                             : _("Reminder: %zu actions coming up"),
		               p->items);
	else if (p->items == 1)
		opp_buf_puts(b, _("Reminder: 1 action, overdue"));
	else
		opp_buf_printf(b, _("Reminder: %zu actions, %zu overdue"), p->items, p->overdue);
}

/* "S.d.B., groep 4, De Linde": the case as the mail names it. */
static void
case_title(struct opp_buf *b, const struct opp_due_item *it)
{
	opp_buf_puts(b, it->initialen && *it->initialen ? it->initialen : "?");
	if (it->groep)
		opp_buf_printf(b, _(", groep %s"), it->groep);
	if (it->school)
		opp_buf_printf(b, ", %s", it->school);
}

static void
item(struct opp_sink *s, const struct entry *e)
{
	struct opp_buf w = OPP_BUF_INIT;
	const struct opp_due_item *it = &e->it;
	const char *d = opp_date_str(it->date).s;

	opp_sink_item_begin(s);
	if (e->section == FORWARDED) {
		opp_buf_reset(&w);
		if (!*it->who)
			opp_buf_puts(&w, _("nobody named"));
		else
			opp_buf_printf(&w, "%s (%s)", it->naam ? it->naam : it->who, it->who);
		opp_sink_emph(s, w.ptr);
		opp_sink_punct(s, ": ");
		opp_buf_reset(&w);
	}
	opp_due_when(&w, it->days);
	opp_sink_strong(s, w.ptr);
	opp_sink_punct(s, " (");
	opp_sink_time(s, d, d);
	opp_sink_punct(s, "): ");
	opp_sink_text(s, it->what);
	opp_sink_item_end(s);
	opp_buf_release(&w);
}

static const char css[] = "body{font-family:sans-serif;line-height:1.4;max-width:42em;margin:1em}"
                          "h1{font-size:1.3em}h2{font-size:1.1em;margin-top:1.4em}h3{font-size:1em}"
                          "li{margin:.3em 0}\n";

/* The mail's document: greeting, the person's own items per case, the
 * forwarded ones per case, the sign-off. A walk over the spool. */
static bool
walk(struct opp_sink *s, struct person *p, const char *title, int32_t today)
{
	struct opp_buf rec = OPP_BUF_INIT, file = OPP_BUF_INIT, b = OPP_BUF_INIT;
	int section = -1;
	bool ok = true, open = false;
	struct entry e;

	/* TRANSLATORS: the language code of the mail's HTML part. */
	opp_sink_begin(s, &(struct opp_sink_page){.title = title, .lang = _("en"), .css = css, .width = 72});
	opp_sink_heading(s, 1, title);
	opp_buf_printf(&b, _("Dear %s,"), p->naam.len ? p->naam.ptr : p->email.ptr);
	opp_sink_para(s, b.ptr);
	opp_buf_reset(&b);
	opp_spool_rewind(p->sp);
	while (opp_spool_get(p->sp, &rec)) {
		if (!entry(&e, rec.ptr, rec.len)) {
			ok = false;
			break;
		}
		if (section < 0) {
			if (e.section == OWN)
				opp_buf_printf(
				        &b,
				        _("This is what the OPPs you are involved in ask of you as of %s, "
				          "per pupil (by initials), the most overdue first."),
				        opp_date_str(today).s);
			else
				opp_buf_printf(&b, _("Nothing is due for you yourself as of %s."),
				               opp_date_str(today).s);
			opp_sink_para(s, b.ptr);
		}
		if (e.section != section) {
			if (open)
				opp_sink_list_end(s);
			open = false;
			section = e.section;
			opp_buf_reset(&file);
			if (section == FORWARDED) {
				opp_sink_heading(s, 2, _("For people without an email address"));
				opp_sink_para(
				        s,
				        _("These actions are for people who have no usable email address in "
				          "the case files, or for nobody by name: pass them on, or add the "
				          "email under betrokkenen."));
			}
		}
		if (!open || strcmp(file.ptr, e.it.file) != 0) {
			if (open)
				opp_sink_list_end(s);
			opp_buf_reset(&file);
			opp_buf_puts(&file, e.it.file);
			opp_buf_reset(&b);
			case_title(&b, &e.it);
			opp_sink_heading(s, section == OWN ? 2 : 3, b.ptr);
			opp_sink_list_begin(s, false);
			open = true;
		}
		item(s, &e);
	}
	if (open)
		opp_sink_list_end(s);
	if (opp_spool_error(p->sp))
		ok = false;
	opp_sink_para(s, _("Kind regards,"));
	opp_sink_para(s, p->from_naam.len ? p->from_naam.ptr : p->from_email.ptr);
	opp_sink_end(s);
	opp_buf_release(&rec);
	opp_buf_release(&file);
	opp_buf_release(&b);
	return ok;
}

/* One part: its header, then the document through the writer. */
static bool
part(struct mailout *w, const struct opp_mail *m, enum opp_mail_part kind, const struct opp_writer *wr,
     struct person *p, int32_t today)
{
	struct opp_sink *s;
	bool ok;

	opp_mail_part(&w->buf, m, kind);
	opp_mail_qp_init(&w->qp);
	s = opp_sink_new(wr, part_write, w);
	ok = walk(s, p, m->subject, today);
	ok &= opp_sink_close(s);
	opp_mail_qp_finish(&w->buf, &w->qp);
	return ok;
}

static bool
mail(struct person *p, const struct opp_reminder_opts *o, const struct opp_reminder_person *who,
     const struct opp_reminder_out *out)
{
	struct opp_buf subj = OPP_BUF_INIT, id = OPP_BUF_INIT, boundary = OPP_BUF_INIT;
	struct mailout w = {out, OPP_BUF_INIT, {OPP_BUF_INIT}, true};
	struct opp_mailbox to = {who->naam, who->email};
	const char *domain = strchr(p->from_email.ptr, '@');
	char day[OPP_DATE_STRLEN];
	bool ok;

	opp_date_format(o->today, day);
	subject(&subj, p);
	/* The same person, day and items give the same Message-ID: a mail
	 * sent twice is recognisably the same mail. */
	opp_buf_printf(&id, "opp.herinnering.%.4s%.2s%.2s.%016llx%s", day, day + 5, day + 8,
	               (unsigned long long)p->hash, domain ? domain : "@opp.invalid");
	/* "=_" never occurs in quoted-printable. */
	opp_buf_printf(&boundary, "=_opp_%016llx", (unsigned long long)p->hash);
	struct opp_mail m = {
	        .date = o->now,
	        .message_id = id.ptr,
	        .from = {p->from_naam.len ? p->from_naam.ptr : NULL, p->from_email.ptr},
	        .to = &to,
	        .n_to = 1,
	        .subject = subj.ptr,
	        .preamble = _("This is a message in MIME format: a reminder as text and as HTML."),
	        .boundary = boundary.ptr,
	};
	opp_mail_begin(&w.buf, &m);
	ok = part(&w, &m, OPP_MAIL_TEXT, &opp_writer_text, p, o->today);
	ok &= part(&w, &m, OPP_MAIL_HTML, &opp_writer_html, p, o->today);
	opp_mail_end(&w.buf, &m);
	flush(&w, true);
	opp_buf_release(&w.buf);
	opp_buf_release(&subj);
	opp_buf_release(&id);
	opp_buf_release(&boundary);
	return ok && w.ok;
}

/* Write the person's mail; false only when their spool failed. */
static bool
finish(struct person *p, const struct opp_reminder_opts *o, const struct opp_reminder_out *out, int *err)
{
	struct opp_buf file = OPP_BUF_INIT;
	struct opp_reminder_person who;
	bool ok;

	if (opp_spool_error(p->sp)) {
		*err = opp_spool_error(p->sp);
		return false;
	}
	/* An address may have 254 bytes, a file name 255: a long one is cut
	 * and made unique by a hash of the whole. */
	if (p->to.len <= MAX_NAME_ADDR)
		opp_buf_printf(&file, "%s-%s.eml", opp_date_str(o->today).s, p->to.ptr);
	else
		opp_buf_printf(&file, "%s-%.*s-%016llx.eml", opp_date_str(o->today).s, MAX_NAME_ADDR,
		               p->to.ptr,
		               (unsigned long long)fnv(UINT64_C(0xcbf29ce484222325), p->to.ptr, p->to.len));
	who = (struct opp_reminder_person){
	        p->email.ptr, p->naam.len ? p->naam.ptr : NULL, file.ptr, p->items, p->overdue, p->forwarded};
	if (out->begin(out->ctx, &who)) {
		ok = mail(p, o, &who, out);
		if (opp_spool_error(p->sp)) {
			*err = opp_spool_error(p->sp);
			out->end(out->ctx, &who, false);
			opp_buf_release(&file);
			return false;
		}
		out->end(out->ctx, &who, ok);
	}
	opp_buf_release(&file);
	return true;
}

bool
opp_reminders_write(struct opp_xsort *x, const struct opp_reminder_opts *o,
                    const struct opp_reminder_out *out, int *err)
{
	struct opp_buf key = OPP_BUF_INIT, val = OPP_BUF_INIT;
	struct person p;
	bool have = false, ok = true;
	struct entry e;

	*err = 0;
	person_init(&p);
	while (ok && opp_xsort_next(x, &key, &val)) {
		if (!entry(&e, val.ptr, val.len)) {
			*err = EIO;
			ok = false;
			break;
		}
		if (!have || strcmp(p.to.ptr, key.ptr) != 0) {
			if (have && !finish(&p, o, out, err)) {
				ok = false;
				break;
			}
			if (!(ok = person_start(&p, key.ptr, &e, err)))
				break;
			have = true;
		}
		person_add(&p, &e, &val);
	}
	if (ok && have)
		ok = finish(&p, o, out, err);
	if (ok && opp_xsort_error(x)) {
		*err = opp_xsort_error(x);
		ok = false;
	}
	person_release(&p);
	opp_buf_release(&key);
	opp_buf_release(&val);
	return ok;
}

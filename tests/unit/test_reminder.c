/*
 * test_reminder — one mail per person (documents/reminder.c): who gets
 * which items (by address, without case; without an address to the
 * organisator), the order in a mail (the case with the oldest item
 * first, then oldest first), the stable file name and Message-ID, the
 * mail in pieces (a long one is handed over in several, the same bytes
 * whatever the sort's memory), and the delivery's refusals and failures.
 */
#include <stdio.h>
#include <stdlib.h>

#include "documents/due.h"
#include "documents/reminder.h"
#include "helpers.h"

#define TODAY "2026-12-01"

/* A case with the IB'er (the organisator), a teacher with an address
 * written as given, and parents without one; afspraken go last. */
#define CASE(pupil, lk_email)                                                                                \
	"opp: 1\n"                                                                                           \
	"leerling:\n"                                                                                        \
	"  naam: " pupil "\n"                                                                                \
	"  school: De Linde\n"                                                                               \
	"  groep: 4\n"                                                                                       \
	"regie:\n"                                                                                           \
	"  opp: ib\n"                                                                                        \
	"betrokkenen:\n"                                                                                     \
	"  - {id: ib, naam: Bea Smit, rol: intern-begeleider, email: b.smit@school.example}\n"               \
	"  - {id: lk, naam: Lotte Kok, rol: leerkracht, email: " lk_email "}\n"                              \
	"  - {id: ouders, naam: Ouders, rol: ouders}\n"                                                      \
	"afspraken:\n"

#define AFSPRAAK(id, wie, uiterlijk)                                                                         \
	"  - {id: " id ", wie: " wie ", wat: Doet " id ", uiterlijk: " uiterlijk "}\n"

static const struct opp_reminder_from from = {"Bea Smit", "b.smit@school.example"};

/* What the delivery saw: per mail its person and bytes. */
struct mail {
	struct opp_reminder_person p;
	char email[300], file[300];
	struct opp_buf bytes;
	size_t pieces;
	bool ended, ok;
};

struct capture {
	struct mail v[16];
	size_t n;
	const char *refuse; /* begin() says no to this address */
	const char *fail;   /* write() fails for this address */
};

static bool
cap_begin(void *ctx, const struct opp_reminder_person *p)
{
	struct capture *c = ctx;
	struct mail *m;

	cr_assert_lt(c->n, 16);
	m = &c->v[c->n++];
	m->p = *p;
	snprintf(m->email, sizeof(m->email), "%s", p->email);
	snprintf(m->file, sizeof(m->file), "%s", p->file);
	opp_buf_init(&m->bytes);
	return !(c->refuse && strcmp(c->refuse, p->email) == 0);
}

static bool
cap_write(void *ctx, const char *data, size_t len)
{
	struct capture *c = ctx;
	struct mail *m = &c->v[c->n - 1];

	m->pieces++;
	opp_buf_add(&m->bytes, data, len);
	return !(c->fail && strcmp(c->fail, m->email) == 0);
}

static void
cap_end(void *ctx, const struct opp_reminder_person *p, bool ok)
{
	struct capture *c = ctx;
	struct mail *m = &c->v[c->n - 1];

	cr_assert_str_eq(p->email, m->email, "end() for the mail begun");
	m->ended = true;
	m->ok = ok;
}

static void
cap_release(struct capture *c)
{
	for (size_t i = 0; i < c->n; i++)
		opp_buf_release(&c->v[i].bytes);
}

/* Put each case's items into a sort with this budget and write the mails. */
static void
run(struct capture *c, const char *const *cases, size_t n, size_t budget)
{
	struct opp_xsort *x = opp_xsort_new(budget);
	struct opp_reminder_out out = {cap_begin, cap_write, cap_end, c};
	struct opp_config cfg;
	int err;

	opp_config_defaults(&cfg);
	for (size_t i = 0; i < n; i++) {
		struct opp_diags d;
		struct opp_due_list l;
		struct opp_doc *doc = check_yaml(cases[i], TODAY, &cfg, &d);
		char name[16];

		cr_assert(doc, "case %zu does not load", i);
		snprintf(name, sizeof(name), "c%zu.yaml", i);
		doc->name = name;
		opp_due_init(&l);
		opp_due_collect(&l, doc, &cfg, day(TODAY), day(TODAY) + 14);
		opp_reminder_put(x, &l, &from);
		opp_due_release(&l);
		opp_doc_free(doc);
		opp_diags_release(&d);
	}
	cr_assert(opp_reminders_write(x, &(struct opp_reminder_opts){day(TODAY), 1796112000}, &out, &err),
	          "err %d", err);
	opp_xsort_free(x);
	opp_config_release(&cfg);
}

/* The text part, quoted-printable decoded (soft breaks and =XX). */
static char *
text_of(const struct mail *m)
{
	const char *p = strstr(m->bytes.ptr, "text/plain"), *end;
	struct opp_buf b = OPP_BUF_INIT;

	cr_assert(p);
	p = strstr(p, "\r\n\r\n") + 4;
	end = strstr(p, "\r\n--=_opp_");
	cr_assert(end);
	while (p < end) {
		if (p[0] == '=' && p[1] == '\r' && p[2] == '\n') {
			p += 3;
		} else if (p[0] == '=') {
			unsigned v;
			cr_assert(sscanf(p + 1, "%2x", &v) == 1);
			opp_buf_putc(&b, (int)v);
			p += 3;
		} else if (p[0] == '\r') {
			p++;
		} else {
			opp_buf_putc(&b, *p++);
		}
	}
	return opp_buf_detach(&b, NULL);
}

static const struct mail *
mail_to(const struct capture *c, const char *email)
{
	for (size_t i = 0; i < c->n; i++)
		if (strcmp(c->v[i].email, email) == 0)
			return &c->v[i];
	cr_assert_fail("no mail to %s", email);
	return NULL;
}

/* The position of needle in hay, asserting it is there. */
static size_t
at(const char *hay, const char *needle)
{
	const char *p = strstr(hay, needle);

	cr_assert(p, "'%s' not in:\n%s", needle, hay);
	return (size_t)(p - hay);
}

Test(reminder, one_mail_per_address_across_cases)
{
	static const char *const cases[] = {
	        CASE("Sam de Boer", "L.Kok@School.example") AFSPRAAK("a1", "lk", "2026-11-20"),
	        CASE("Noor Smit", "l.kok@school.example") AFSPRAAK("b1", "lk", "2026-11-25"),
	};
	struct capture c = {0};
	char *t;

	run(&c, cases, 2, 1 << 20);
	cr_assert_eq(c.n, 1, "one mail: the same teacher in both cases");
	cr_expect_str_eq(c.v[0].file, "2026-12-01-l.kok@school.example.eml");
	cr_expect_eq(c.v[0].p.items, 2);
	cr_expect_eq(c.v[0].p.overdue, 2);
	cr_expect(c.v[0].ended && c.v[0].ok);
	t = text_of(&c.v[0]);
	/* Per case, by initials: the case of the oldest item first. */
	cr_expect_lt(at(t, "S.d.B., groep 4, De Linde"), at(t, "N.S., groep 4, De Linde"));
	cr_expect_lt(at(t, "afspraak a1"), at(t, "afspraak b1"));
	cr_expect_null(strstr(t, "Sam"));
	cr_expect_null(strstr(t, "Noor"));
	cr_expect_null(strstr(t, "c0.yaml"), "no file name");
	free(t);
	cap_release(&c);
}

/* A case whose oldest item is older comes first, though its other items
 * are later; in a case, the oldest item first. */
Test(reminder, cases_ordered_by_their_oldest_item)
{
	static const char *const cases[] = {
	        CASE("Sam de Boer", "l.kok@school.example") AFSPRAAK("a-late", "lk", "2026-12-10")
	                AFSPRAAK("a-early", "lk", "2026-11-25"),
	        CASE("Noor Smit", "l.kok@school.example") AFSPRAAK("b-oldest", "lk", "2026-11-01")
	                AFSPRAAK("b-latest", "lk", "2026-12-12"),
	};
	struct capture c = {0};
	char *t;

	run(&c, cases, 2, 1 << 20);
	t = text_of(mail_to(&c, "l.kok@school.example"));
	cr_expect_lt(at(t, "afspraak b-oldest"), at(t, "afspraak b-latest"));
	cr_expect_lt(at(t, "afspraak b-latest"), at(t, "afspraak a-early"), "the whole case together");
	cr_expect_lt(at(t, "afspraak a-early"), at(t, "afspraak a-late"));
	cr_expect_lt(at(t, "days overdue"), at(t, "due in"), "overdue before coming");
	free(t);
	cap_release(&c);
}

/* Parents without an address: their items go to the organisator, after
 * her own, named by id; the organisator gets a mail even with nothing of
 * her own. */
Test(reminder, no_address_goes_to_the_organisator)
{
	static const char *const cases[] = {
	        CASE("Sam de Boer", "l.kok@school.example") AFSPRAAK("ouders-bellen", "ouders", "2026-11-20")
	                AFSPRAAK("ib-zelf", "ib", "2026-11-28"),
	        CASE("Noor Smit", "l.kok@school.example") AFSPRAAK("vreemde", "niemand-bekend", "2026-11-22"),
	};
	struct capture c = {0};
	const struct mail *m;
	char *t;

	run(&c, cases, 2, 1 << 20);
	cr_assert_eq(c.n, 1);
	m = mail_to(&c, "b.smit@school.example");
	cr_expect_eq(m->p.items, 3);
	cr_expect_eq(m->p.forwarded, 2);
	t = text_of(m);
	cr_expect_lt(at(t, "afspraak ib-zelf"), at(t, "For people without an email address"));
	cr_expect_lt(at(t, "For people without an email address"), at(t, "Ouders (ouders): "));
	at(t, "niemand-bekend (niemand-bekend): ");
	free(t);
	cap_release(&c);

	/* Only forwarded items: still her mail, saying so. */
	static const char *const only[] = {CASE("Sam de Boer", "l.kok@school.example")
	                                           AFSPRAAK("ouders-bellen", "ouders", "2026-11-20")};
	struct capture c2 = {0};
	run(&c2, only, 1, 1 << 20);
	cr_assert_eq(c2.n, 1);
	t = text_of(mail_to(&c2, "b.smit@school.example"));
	at(t, "Nothing is due for you yourself");
	free(t);
	cap_release(&c2);
}

/* The same person, day and items: the same bytes (so the same
 * Message-ID); another item: another Message-ID. */
Test(reminder, message_id_follows_the_items)
{
	static const char *const one[] = {CASE("Sam de Boer", "l.kok@school.example")
	                                          AFSPRAAK("a1", "lk", "2026-11-20")};
	static const char *const two[] = {CASE("Sam de Boer", "l.kok@school.example")
	                                          AFSPRAAK("a1", "lk", "2026-11-21")};
	struct capture a = {0}, b = {0}, c = {0};
	const char *ia, *ic;

	run(&a, one, 1, 1 << 20);
	run(&b, one, 1, 1 << 20);
	run(&c, two, 1, 1 << 20);
	cr_assert_str_eq(a.v[0].bytes.ptr, b.v[0].bytes.ptr);
	ia = strstr(a.v[0].bytes.ptr, "Message-ID: <");
	ic = strstr(c.v[0].bytes.ptr, "Message-ID: <");
	cr_assert(ia && ic);
	cr_expect_neq(strncmp(ia, ic, 60), 0, "another item, another Message-ID");
	cr_expect_eq(strncmp(ia, "Message-ID: <opp.herinnering.20261201.", 38), 0, "%.60s", ia);
	cap_release(&a);
	cap_release(&b);
	cap_release(&c);
}

/* A long mail comes in several pieces, the same bytes whether the sort
 * kept everything in memory or wrote many runs. */
Test(reminder, long_mail_in_pieces_whatever_the_memory)
{
	struct opp_buf yaml = OPP_BUF_INIT;
	struct capture big = {0}, small = {0};
	const char *cases[1];

	opp_buf_puts(&yaml, CASE("Sam de Boer", "l.kok@school.example"));
	for (int i = 0; i < 3000; i++)
		opp_buf_printf(&yaml, "  - {id: a%d, wie: lk, wat: Doet taak %d, uiterlijk: 2026-11-%02d}\n",
		               i, i, 1 + i % 28);
	cases[0] = yaml.ptr;
	run(&big, cases, 1, 1 << 24);
	run(&small, cases, 1, 4096);
	cr_assert_eq(big.n, 1);
	cr_expect_eq(big.v[0].p.items, 3000);
	cr_expect_gt(big.v[0].pieces, 2, "handed over in pieces: %zu", big.v[0].pieces);
	cr_assert_eq(big.v[0].bytes.len, small.v[0].bytes.len);
	cr_expect(memcmp(big.v[0].bytes.ptr, small.v[0].bytes.ptr, big.v[0].bytes.len) == 0);
	cap_release(&big);
	cap_release(&small);
	opp_buf_release(&yaml);
}

/* A mail the delivery refuses is skipped (no end()), a write that fails
 * ends it not ok; the next person still gets theirs. */
Test(reminder, refused_and_failed_deliveries)
{
	static const char *const cases[] = {
	        CASE("Sam de Boer", "l.kok@school.example") AFSPRAAK("a1", "lk", "2026-11-20")
	                AFSPRAAK("a2", "ib", "2026-11-20"),
	};
	struct capture c = {.refuse = "b.smit@school.example"}, f = {.fail = "b.smit@school.example"};

	run(&c, cases, 1, 1 << 20);
	cr_assert_eq(c.n, 2);
	cr_expect_not(mail_to(&c, "b.smit@school.example")->ended);
	cr_expect(mail_to(&c, "l.kok@school.example")->ended && mail_to(&c, "l.kok@school.example")->ok);
	run(&f, cases, 1, 1 << 20);
	cr_expect(mail_to(&f, "b.smit@school.example")->ended && !mail_to(&f, "b.smit@school.example")->ok);
	cr_expect(mail_to(&f, "l.kok@school.example")->ok);
	cap_release(&c);
	cap_release(&f);
}

/* An address too long for a file name: cut, with a hash of the whole,
 * within NAME_MAX. */
Test(reminder, long_address_file_name)
{
	static const char *const cases[] = {
	        CASE("Sam de Boer", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@"
	                            "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb."
	                            "ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc."
	                            "dddddddddddddddddddddddddddddddddddddddddddddddddddd.example")
	                AFSPRAAK("a1", "lk", "2026-11-20"),
	};
	struct capture c = {0};

	run(&c, cases, 1, 1 << 20);
	cr_assert_eq(c.n, 1);
	cr_expect_gt(strlen(c.v[0].email), 240);
	cr_expect_leq(strlen(c.v[0].file), 255, "%s", c.v[0].file);
	cr_expect_eq(strncmp(c.v[0].file, "2026-12-01-aaaa", 15), 0, "%s", c.v[0].file);
	cr_expect(strstr(c.v[0].file, ".eml") == c.v[0].file + strlen(c.v[0].file) - 4);
	cap_release(&c);
}

/* Items packed for the sort come back as they went in. */
Test(reminder, items_round_trip_through_records)
{
	struct opp_due_item it = {OPP_OB_AFSPRAAK,   -1,           "c.yaml", {12, 5},
	                          day("2026-11-20"), 11,           "lk",     NULL,
	                          "l@x.example",     "afspraak a", "S.B.",   NULL,
	                          "De Linde"},
	                    back;
	struct opp_buf b = OPP_BUF_INIT;

	opp_due_pack(&b, &it);
	cr_assert(opp_due_unpack(&back, b.ptr, b.len));
	cr_expect_eq(back.kind, it.kind);
	cr_expect_eq(back.rule, -1);
	cr_expect_eq(back.pos.line, 12);
	cr_expect_eq(back.pos.col, 5);
	cr_expect_eq(back.date, it.date);
	cr_expect_eq(back.days, 11);
	cr_expect_str_eq(back.file, "c.yaml");
	cr_expect_str_eq(back.who, "lk");
	cr_expect_null(back.naam);
	cr_expect_str_eq(back.email, "l@x.example");
	cr_expect_str_eq(back.what, "afspraak a");
	cr_expect_str_eq(back.initialen, "S.B.");
	cr_expect_null(back.groep);
	cr_expect_str_eq(back.school, "De Linde");
	cr_expect_not(opp_due_unpack(&back, b.ptr, b.len - 1), "a cut record");
	cr_expect_not(opp_due_unpack(&back, b.ptr, 3), "too short");
	opp_buf_release(&b);
}

/*
 * progress — a goal's progress as the documents show it: where it
 * stands against its expected line, its story (set, notes, outcomes,
 * adjusted, closed) as a table and, in html, a chart.
 *
 * 000 step 7: those who deliver support "informeren regievoerder over
 * start en voortgang"; 001 step 7: "Zij bewaakt de voortgang van de
 * doelen". The facts come from facts/query.h (opp_doel_koers,
 * opp_doel_verloop); this module only says them, once, for the rendered
 * OPP, the evaluation agenda and every reader's document.
 */
#ifndef OPP_PROGRESS_H
#define OPP_PROGRESS_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "documents/voor.h"
#include "format/model.h"
#include "format/names.h"
#include "output/sink.h"

/* The course of a measurable goal in reader r's words; nothing when it
 * is not measurable or no longer active. The school and the swv: "achter
 * (8 op 27 november 2026; verwacht 9,4)"; parents and the pupil, B1
 * Dutch with the unit: "Het gaat langzamer dan gehoopt. Op 27 november
 * 2026: 8 minuten zelfstandig buiten. We verwachtten ongeveer 9 minuten." */
void opp_progress_koers(struct opp_buf *out, const struct opp_doc *doc, const struct opp_doel *d,
                        int32_t today, enum opp_voor r);

/* "van 3 naar 20 minuten zelfstandig buiten" — what a measurable goal
 * counts; nothing without beginwaarde or streefwaarde. */
void opp_progress_meting(struct opp_buf *out, const struct opp_doel *d);

/* The goal's story since it was set: a chart of its values (html, when
 * measurable) and the table of what happened (date, what, value,
 * remark), in reader r's words as opp_progress_koers (for parents the
 * values with their unit, "3 minuten", and the aim said in a sentence).
 * nr is the goal's number in the document (its chart's name). Writes
 * nothing when there is nothing but its setting. */
void opp_progress_story(struct opp_sink *s, const struct opp_doc *doc, const struct opp_doel *d, size_t nr,
                        int32_t today, enum opp_voor r);

/* The notes of d, in the school's words, after day since (the last held meeting; INT32_MIN: from
 * the start) up to today, as a table; "Geen voortgang genoteerd sinds
 * <date>." when there are none. With names (format/names.h), the names
 * it finds are replaced in the notes, and in their author when that is
 * the pupil (the agenda names the pupil by initials; the parents' name
 * may hold the pupil's surname and stays); NULL: as written.
 * The evaluation agenda's "what happened since the last meeting". */
void opp_progress_since(struct opp_sink *s, const struct opp_doc *doc, const struct opp_doel *d,
                        int32_t since, int32_t today, struct opp_names *names);

#endif

/*
 * pool — run a job per file on N threads, and hand the results back in
 * file order.
 *
 * Case files are independent, so validate and due scale across cores.
 * Output must not depend on -j: results are emitted strictly in input
 * order, and workers never run more than a small window ahead of the
 * emitter, so memory stays bounded however many files there are.
 */
#ifndef OPP_POOL_H
#define OPP_POOL_H

#include <stddef.h>

/* job(i, slot, ctx) runs on a worker thread and fills slot (slot_size
 * bytes, zeroed before each job); emit(i, slot, ctx) runs on the calling
 * thread for i = 0, 1, 2, … in order and must release what job put in
 * the slot. jobs <= 1 runs everything on the calling thread. */
void pool_run(size_t n, size_t slot_size, int jobs, void (*job)(size_t i, void *slot, void *ctx),
              void (*emit)(size_t i, void *slot, void *ctx), void *ctx);

/* The default for -j: the number of online processors (at least 1). */
int pool_default_jobs(void);

/* Parse a -j argument (1..256); 0 on error. */
int pool_parse_jobs(const char *s);

/* Serialise access to shared state (the config cache) from jobs. */
void pool_lock(void);
void pool_unlock(void);

#endif

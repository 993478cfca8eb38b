/*
 * pool — an ordered worker pool over POSIX threads.
 */
#include "pool.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/alloc.h"

static pthread_mutex_t shared = PTHREAD_MUTEX_INITIALIZER;

void
pool_lock(void)
{
	pthread_mutex_lock(&shared);
}

void
pool_unlock(void)
{
	pthread_mutex_unlock(&shared);
}

int
pool_default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > 256 ? 256 : (int)n;
}

int
pool_parse_jobs(const char *s)
{
	char *end;
	long n = strtol(s, &end, 10);
	return *s && !*end && n >= 1 && n <= 256 ? (int)n : 0;
}

struct pool {
	size_t n, slot_size, window;
	char *slots;    /* window × slot_size, ring indexed by i % window */
	bool *done;     /* per ring slot: the job has finished */
	size_t next;    /* next file to hand to a worker */
	size_t emitted; /* files emitted so far */
	void (*job)(size_t, void *, void *);
	void *ctx;
	pthread_mutex_t mu;
	pthread_cond_t room;  /* workers wait here for space in the window */
	pthread_cond_t ready; /* the emitter waits here for its next result */
	int waiting;          /* workers waiting for room */
};

static void *
worker(void *arg)
{
	struct pool *p = arg;

	pthread_mutex_lock(&p->mu);
	for (;;) {
		size_t i;
		void *slot;

		while (p->next < p->n && p->next >= p->emitted + p->window) {
			p->waiting++;
			pthread_cond_wait(&p->room, &p->mu);
			p->waiting--;
		}
		if (p->next >= p->n)
			break;
		i = p->next++;
		slot = p->slots + (i % p->window) * p->slot_size;
		pthread_mutex_unlock(&p->mu);
		memset(slot, 0, p->slot_size);
		p->job(i, slot, p->ctx);
		pthread_mutex_lock(&p->mu);
		p->done[i % p->window] = true;
		/* Only the result the emitter waits for is worth a wake-up. */
		if (i == p->emitted)
			pthread_cond_signal(&p->ready);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

void
pool_run(size_t n, size_t slot_size, int jobs, void (*job)(size_t, void *, void *),
         void (*emit)(size_t, void *, void *), void *ctx)
{
	struct pool p;
	pthread_t *threads;
	int started = 0;

	if (jobs <= 1 || n <= 1) {
		void *slot = xmalloc(slot_size);
		for (size_t i = 0; i < n; i++) {
			memset(slot, 0, slot_size);
			job(i, slot, ctx);
			emit(i, slot, ctx);
		}
		free(slot);
		return;
	}
	memset(&p, 0, sizeof(p));
	p.n = n;
	p.slot_size = slot_size;
	p.window = (size_t)jobs * 4;
	p.slots = xcalloc(p.window, slot_size);
	p.done = xcalloc(p.window, sizeof(*p.done));
	p.job = job;
	p.ctx = ctx;
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.room, NULL);
	pthread_cond_init(&p.ready, NULL);
	threads = xcalloc((size_t)jobs, sizeof(*threads));
	for (int t = 0; t < jobs; t++)
		if (pthread_create(&threads[t], NULL, worker, &p) == 0)
			started++;
	if (!started) { /* no threads to be had: do it here */
		free(threads);
		free(p.slots);
		free(p.done);
		pool_run(n, slot_size, 1, job, emit, ctx);
		return;
	}
	pthread_mutex_lock(&p.mu);
	while (p.emitted < n) {
		size_t r = p.emitted % p.window;
		while (!p.done[r])
			pthread_cond_wait(&p.ready, &p.mu);
		pthread_mutex_unlock(&p.mu);
		emit(p.emitted, p.slots + r * slot_size, ctx);
		pthread_mutex_lock(&p.mu);
		p.done[r] = false;
		p.emitted++;
		if (p.waiting)
			pthread_cond_broadcast(&p.room);
	}
	pthread_mutex_unlock(&p.mu);
	for (int t = 0; t < started; t++)
		pthread_join(threads[t], NULL);
	pthread_mutex_destroy(&p.mu);
	pthread_cond_destroy(&p.room);
	pthread_cond_destroy(&p.ready);
	free(threads);
	free(p.slots);
	free(p.done);
}

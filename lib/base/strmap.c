/*
 * strmap — strings to values, by open addressing: see strmap.h.
 */
#include "base/strmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"

static uint64_t
hash(const char *s)
{
	uint64_t h = UINT64_C(1469598103934665603); /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * UINT64_C(1099511628211);
	return h;
}

void
opp_strmap_init(struct opp_strmap *m, size_t vsize)
{
	memset(m, 0, sizeof(*m));
	m->vsize = vsize ? vsize : 1;
}

void
opp_strmap_release(struct opp_strmap *m)
{
	for (size_t i = 0; i < m->n; i++)
		free(m->keys[i]);
	free(m->keys);
	free(m->vals);
	free(m->slot);
	opp_strmap_init(m, m->vsize);
}

/* The slot of key, or the empty slot where it would go. */
static size_t
find(const struct opp_strmap *m, const char *key)
{
	size_t i = (size_t)hash(key) & (m->nslot - 1);

	while (m->slot[i] && strcmp(m->keys[m->slot[i] - 1], key) != 0)
		i = (i + 1) & (m->nslot - 1);
	return i;
}

void *
opp_strmap_get(struct opp_strmap *m, const char *key)
{
	size_t i;

	if (2 * (m->n + 1) > m->nslot) {
		free(m->slot);
		m->nslot = m->nslot ? 2 * m->nslot : 64;
		m->slot = xcalloc(m->nslot, sizeof(*m->slot));
		for (size_t k = 0; k < m->n; k++)
			m->slot[find(m, m->keys[k])] = k + 1;
	}
	i = find(m, key);
	if (!m->slot[i]) {
		xgrow(&m->keys, &m->kcap, m->n + 1, sizeof(*m->keys));
		xgrow(&m->vals, &m->vcap, m->n + 1, m->vsize);
		m->keys[m->n] = xstrdup(key);
		memset(m->vals + m->n * m->vsize, 0, m->vsize);
		m->slot[i] = ++m->n;
	}
	return m->vals + (m->slot[i] - 1) * m->vsize;
}

const char *
opp_strmap_key(const struct opp_strmap *m, size_t i)
{
	return m->keys[i];
}

void *
opp_strmap_value(const struct opp_strmap *m, size_t i)
{
	return m->vals + i * m->vsize;
}

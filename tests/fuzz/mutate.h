/*
 * mutate — a structure-aware mutator for YAML case files and configs,
 * shared by every harness (and reusable by later ones): the input is
 * parsed with the project's own YAML layer (format/yaml.h) and one
 * mutation is applied to its tree, then it is written back as YAML:
 *
 *   swap       two entries of a mapping or list (or two values of a
 *              mapping, keeping the keys)
 *   drop       an entry
 *   duplicate  an entry (a list item; for a mapping a value copied under
 *              another key, or now and then the same key twice)
 *   retype     a value: a scalar becomes a list, a mapping or one of the
 *              values the format finds hard (impossible dates, INT_MAX,
 *              1e308, long ASCII names, "Bcc:", bidi overrides, escapes,
 *              U+2028), a list or mapping becomes a scalar
 *   splice     a value replaced by a copy of another part of the file
 *
 * so most variants stay YAML and get past the loader into the rules and
 * writers, where byte-level mutations rarely reach. An input that does
 * not parse, and one time in four anyway, gets libFuzzer's own
 * mutations. Deterministic for a seed.
 */
#ifndef OPP_FUZZ_MUTATE_H
#define OPP_FUZZ_MUTATE_H

#include <stddef.h>
#include <stdint.h>

/* Mutate data[0..size) in place into at most max_size bytes; returns the
 * new size (0 when no structural mutation applies: the caller falls
 * back). seed picks the mutation. */
size_t opp_fuzz_mutate(uint8_t *data, size_t size, size_t max_size, unsigned seed);

#endif

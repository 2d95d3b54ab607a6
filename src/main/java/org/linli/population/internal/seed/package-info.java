/**
 * 批量登记 — the implementation of {@link org.linli.population.PopulationSeeding}: checks
 * seed records as the resident form would, seals their ID numbers and phones, and writes
 * residents, history, households, members and tags with one set-based statement per table
 * (arrays unnested server-side), so tens of thousands of residents take seconds. Kept
 * apart from file imports (internal/imports), which parse, report row errors and
 * de-duplicate.
 */
package org.linli.population.internal.seed;

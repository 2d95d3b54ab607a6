/**
 * 居民自主更新，社区审核 — a resident bound to their population record proposes changes to a
 * whitelist of its fields
 * ({@link org.linli.population.internal.proposal.ProposableField}); a community worker or
 * street officer whose jurisdiction holds the record approves them (applied through
 * {@link org.linli.population.internal.Residents#update}, so the history names the
 * reviewer, and the record's data source becomes SELF_UPDATE) or rejects them with a
 * reason the resident then sees. One pending proposal per resident; the resident may
 * withdraw it while it waits. Proposed phones are sealed at rest and shown masked to
 * everyone. Pages under {@code /me/record} and {@code /population/proposals}, REST under
 * {@code /api/v1/me/resident-record/proposals} and {@code /api/v1/resident-proposals}.
 */
package org.linli.population.internal.proposal;

/**
 * 群众点单、党员接单 — the claim pool of the events module. A community worker sends an accepted
 * small help request (a category marked claimable, such as 小事帮办 or 养老服务) to the pool
 * instead of a handling unit; party members and volunteers whose region covers it
 * (permission {@code events.claim}) see the pool and claim a request (接单) — of two claims
 * at once exactly one wins — handle it or give it back with a reason; verification,
 * closing and the reporter's rating follow as for any event. A request unclaimed for a
 * configured number of working days falls due and shows among the community's overdue
 * events. The rules live in {@link org.linli.events.internal.ClaimPolicy} and the event's
 * guarded steps; this package holds the pool's reads, its API ({@code /api/v1/claims})
 * and its mobile page ({@code /events/claims}). Until the party module exists,
 * ten-household heads and grid workers hold {@code events.claim}; the party module will
 * grant it to its member role.
 */
package org.linli.events.internal.claim;

package org.linli.events.internal;

import java.time.Instant;

/**
 * 接单 — who took a pooled help request and when.
 *
 * @param accountId the claimer's account
 * @param name their login name (masked like every name on the timeline)
 * @param at when they claimed it
 */
public record Claim(long accountId, String name, Instant at) {
}

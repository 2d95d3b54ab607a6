package org.linli.population.internal.knock;

/**
 * A node a campaign may be opened for, as the page offers it.
 *
 * @param id node id
 * @param level its level
 * @param name its name
 */
public record CampaignRegion(long id, String level, String name) {
}

package org.linli.population.internal.knock;

import org.linli.shared.RegionPath;

/**
 * A grid the caller may knock in.
 *
 * @param id grid node id
 * @param code grid code
 * @param name grid name
 * @param communityName the community it belongs to
 * @param path its path
 */
public record GridChoice(long id, String code, String name, String communityName, RegionPath path) {
}

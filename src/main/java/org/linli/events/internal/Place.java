package org.linli.events.internal;

import org.linli.shared.RegionPath;

/**
 * Where an event happened: the region node (a grid when known) and optionally a house.
 *
 * @param regionId the node
 * @param path its path
 * @param houseId the house, if given
 */
public record Place(long regionId, RegionPath path, Long houseId) {
}

package org.linli.region.internal;

/**
 * 单元 — a stairwell unit of a building.
 *
 * @param id unit id
 * @param buildingId its building
 * @param number its number, unique in the building
 * @param version optimistic-lock version
 */
public record Unit(long id, long buildingId, String number, int version) {
}

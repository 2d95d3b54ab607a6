package org.linli.population.internal;

import java.time.LocalDate;

import org.linli.shared.RegionPath;

/**
 * 人房关系 — a resident owning, renting or living in a house.
 *
 * @param id relation id
 * @param houseId the house
 * @param residentId the resident
 * @param residentName the resident's name
 * @param path the house's grid
 * @param kind OWNER, TENANT or RESIDENT
 * @param from start, if known
 * @param to end; {@code null} while it lasts
 * @param registrationExpires expiry of a floating resident's residence registration
 * @param version optimistic-lock version
 */
public record Occupancy(long id, long houseId, long residentId, String residentName, RegionPath path, String kind,
		LocalDate from, LocalDate to, LocalDate registrationExpires, int version) {
}

package org.linli.population.internal.knock;

import java.time.Instant;
import java.util.List;

/**
 * A house on the grid worker's round: where it is, who is registered as living there and
 * the last visit.
 *
 * @param id house id
 * @param gridId the grid of its building
 * @param buildingId building id
 * @param building building number
 * @param unit unit number, if the building has units
 * @param roomNumber room number
 * @param floor floor, if known
 * @param residents active residents registered at the house (masked)
 * @param lastKnock the latest visit, or {@code null}
 * @param due whether it was not reached within the freshness window
 */
public record HouseToKnock(long id, long gridId, long buildingId, String building, String unit, String roomNumber,
		Integer floor, List<Occupant> residents, LastKnock lastKnock, boolean due) {

	/** "3-2-301" — building, unit, room as people say it. */
	public String label() {
		return unit == null ? building + "-" + roomNumber : building + "-" + unit + "-" + roomNumber;
	}

	/**
	 * A resident registered at the house.
	 *
	 * @param id resident id
	 * @param name name
	 * @param idNumberMasked ID number, first 1 + last 2
	 * @param verifiedAt last verification, if any
	 * @param verifiedBy who verified
	 * @param fresh whether the verification is within the window
	 */
	public record Occupant(long id, String name, String idNumberMasked, Instant verifiedAt, String verifiedBy,
			boolean fresh) {
	}

	/**
	 * The latest visit to the house.
	 *
	 * @param outcome what was found
	 * @param by who knocked
	 * @param at when
	 */
	public record LastKnock(KnockOutcome outcome, String by, Instant at) {
	}

}

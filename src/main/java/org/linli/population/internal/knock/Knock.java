package org.linli.population.internal.knock;

import java.time.Instant;
import java.util.List;

/**
 * 敲门记录 — one visit to a house.
 *
 * @param id knock id
 * @param houseId the house
 * @param campaignId the open campaign it counted for, if any
 * @param campaignName that campaign's name
 * @param outcome what was found
 * @param confirmed residents confirmed as still living there
 * @param movedOut residents reported as moved out
 * @param note the worker's note
 * @param knockedBy who knocked
 * @param knockedAt when
 * @param residents what was said of each resident listed at the time
 */
public record Knock(long id, long houseId, Long campaignId, String campaignName, KnockOutcome outcome, int confirmed,
		int movedOut, String note, String knockedBy, Instant knockedAt, List<Line> residents) {

	/**
	 * What was said of one resident.
	 *
	 * @param residentId the resident
	 * @param name their name
	 * @param idNumberMasked their ID number, masked
	 * @param decision stays or moved out
	 */
	public record Line(long residentId, String name, String idNumberMasked, ResidentDecision decision) {
	}

}

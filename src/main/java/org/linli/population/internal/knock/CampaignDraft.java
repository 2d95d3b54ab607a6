package org.linli.population.internal.knock;

import java.time.LocalDate;

import org.linli.shared.InvalidInputException;

/**
 * What staff fill in to open a campaign; {@link #check()} names the first wrong field.
 *
 * @param regionId the node the campaign covers
 * @param name 1–100 characters
 * @param startsOn first day
 * @param endsOn last day, not before the first
 */
public record CampaignDraft(Long regionId, String name, LocalDate startsOn, LocalDate endsOn) {

	static final int MAX_NAME = 100;

	/** Length of a campaign beyond which it is surely a typo in the year. */
	static final int MAX_DAYS = 366;

	CampaignDraft check() {
		String n = name == null ? "" : name.strip();
		if (n.isEmpty() || n.length() > MAX_NAME) {
			throw new InvalidInputException("error.population.campaign.name", "name", MAX_NAME);
		}
		if (startsOn == null) {
			throw new InvalidInputException("error.population.required", "startsOn");
		}
		if (endsOn == null) {
			throw new InvalidInputException("error.population.required", "endsOn");
		}
		if (endsOn.isBefore(startsOn)) {
			throw new InvalidInputException("error.population.campaign.endsBeforeStart", "endsOn");
		}
		if (startsOn.plusDays(MAX_DAYS).isBefore(endsOn)) {
			throw new InvalidInputException("error.population.campaign.tooLong", "endsOn", MAX_DAYS);
		}
		return new CampaignDraft(regionId, n, startsOn, endsOn);
	}

}

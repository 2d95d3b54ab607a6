package org.linli.population.internal.knock;

/** Whether a campaign still collects knocks. */
public enum CampaignStatus {

	/** Running: knocks on houses under it between its dates are attributed to it. */
	OPEN,
	/** Closed by staff; kept with its knocks for history. */
	CLOSED

}

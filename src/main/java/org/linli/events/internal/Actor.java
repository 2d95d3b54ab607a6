package org.linli.events.internal;

import org.linli.shared.Jurisdiction;

/**
 * Who acts on an event, as the timeline records them.
 *
 * @param accountId their account
 * @param name their login name at the time
 * @param role their role, e.g. {@code GRID_WORKER}
 * @param jurisdiction where they work (decides whether they are the handling unit)
 */
public record Actor(long accountId, String name, String role, Jurisdiction jurisdiction) {

	/**
	 * The platform itself (时限监控): steps nobody took by hand. Account 0 exists nowhere,
	 * and without a jurisdiction it acts for no unit.
	 */
	public static final Actor SYSTEM = new Actor(0, "system", "SYSTEM", null);

}

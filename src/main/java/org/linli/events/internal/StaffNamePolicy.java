package org.linli.events.internal;

import org.linli.shared.Masking;

/**
 * 姓名脱敏 — how a timeline names the people on it (the role is always shown beside the name,
 * so the reader knows who acted even when the name is hidden). Login names never appear:
 * they are credentials, not names.
 * <ul>
 * <li>Staff read staff by their full display name: they work together and answer for
 * their steps. Residents (a reporter, a supporter) they read as surname only, as the
 * event lists show reporters (minimum necessary).</li>
 * <li>The reporter reads their own steps under their own name and everybody else's as
 * surname only (网格员 张*): who worked on it, not who to call at home.</li>
 * <li>An account that no longer exists, and the platform's own steps, show the role
 * alone.</li>
 * <li>Open311 clients read no names at all: a service request carries no timeline.</li>
 * </ul>
 */
public final class StaffNamePolicy {

	private StaffNamePolicy() {
	}

	/**
	 * The name a staff member reads for a step's actor.
	 * @param actorRole the actor's role as the step recorded it
	 * @param displayName the actor's display name, {@code null} if the account is gone
	 */
	public static String forStaff(String actorRole, String displayName) {
		if (displayName == null || Actor.SYSTEM.role().equals(actorRole)) {
			return "";
		}
		return isResident(actorRole) ? Masking.name(displayName) : displayName;
	}

	/**
	 * The name the reporter reads for a step's actor.
	 * @param reporterAccountId the reader, who reported the event
	 * @param actorAccountId who took the step
	 * @param actorRole the actor's role as the step recorded it
	 * @param displayName the actor's display name, {@code null} if the account is gone
	 */
	public static String forReporter(long reporterAccountId, long actorAccountId, String actorRole,
			String displayName) {
		if (displayName == null || Actor.SYSTEM.role().equals(actorRole)) {
			return "";
		}
		return actorAccountId == reporterAccountId ? displayName : Masking.name(displayName);
	}

	private static boolean isResident(String role) {
		return "RESIDENT".equals(role) || "MERCHANT".equals(role);
	}

}

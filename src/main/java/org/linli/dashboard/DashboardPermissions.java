package org.linli.dashboard;

/**
 * Permission catalogue of the dashboard module (granted to roles in
 * {@code identity_role_permission} by the module's migration).
 */
public final class DashboardPermissions {

	/** See the dashboard of one's region subtree (一屏观社区). */
	public static final String READ = "dashboard.read";

	/** Recompute the event figures from the events tables. */
	public static final String REBUILD = "dashboard.rebuild";

	private DashboardPermissions() {
	}

}

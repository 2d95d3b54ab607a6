package org.linli.events;

/**
 * Permission catalogue of the events module (granted to roles in
 * {@code identity_role_permission} by the module's migration).
 */
public final class EventsPermissions {

	/** Report a problem (随手拍, patrol). */
	public static final String REPORT = "events.report";

	/** See events in scope, their timelines and the queues. */
	public static final String READ = "events.read";

	/** Work on events dispatched to one's unit; verify someone else's work. */
	public static final String HANDLE = "events.handle";

	/** Accept, dispatch, reassign, close, merge, backlog; decide extensions. */
	public static final String DISPATCH = "events.dispatch";

	/** Urge a unit formally with a deadline (督办). */
	public static final String SUPERVISE = "events.supervise";

	/** Take in hotline work orders (12345, 12319, 110 …). */
	public static final String HOTLINE = "events.hotline";

	/**
	 * See the claim pool in scope, claim requests, report them done or give them back
	 * (党员接单; the party module will grant it to party members).
	 */
	public static final String CLAIM = "events.claim";

	/**
	 * Pass on device alarms as events (设备告警接入): the only permission of the
	 * {@code DEVICE_GATEWAY} role (设备接入账号, events migration V1_5_60), held by no person's
	 * role.
	 */
	public static final String DEVICE_INTAKE = "events.device-intake";

	/** Keep the category catalogue. */
	public static final String CATEGORY_WRITE = "events.category.write";

	private EventsPermissions() {
	}

}

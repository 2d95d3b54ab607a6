package org.linli.events.internal;

/** How serious an event is, after the four grades of the emergency response law. */
public enum Severity {

	/** 一般 */
	GENERAL,
	/** 较大 */
	LARGE,
	/** 重大 */
	MAJOR,
	/** 特别重大 */
	CRITICAL

}

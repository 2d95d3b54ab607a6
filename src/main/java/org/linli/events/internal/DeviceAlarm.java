package org.linli.events.internal;

/**
 * 设备告警 — an alarm a device system passes on (a smoke detector, a manhole cover, a water
 * level sensor …), under the device system's own alarm id.
 *
 * @param deviceCode the device's code in its system
 * @param alarmId the system's alarm id: a second delivery of the same id is the same
 * alarm
 * @param report what the alarm says and where (a house or a region node is required)
 */
public record DeviceAlarm(String deviceCode, String alarmId, Report report) {

	/** Request ids of device alarms start with this, apart from the account's own. */
	static final String REQUEST_PREFIX = "alarm:";

}

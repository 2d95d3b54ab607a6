package org.linli.events.internal;

/**
 * 设备来源 — which device raised an event taken in from a device alarm, as staff see it (what
 * the alarm is about is the event's category).
 *
 * @param deviceCode the device's code in its system
 * @param alarmId the device system's own alarm id
 */
public record DeviceSource(String deviceCode, String alarmId) {
}

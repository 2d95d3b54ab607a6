package org.linli.events.internal;

import java.util.List;

/**
 * An event with where it is, who handles it, and its whole timeline.
 *
 * @param event the event
 * @param placeName the name of the node it happened in
 * @param unitName the handling unit, named
 * @param timeline its steps, oldest first
 * @param device the device that raised it, for staff; {@code null} for other channels and
 * in the reporter's own view
 */
public record EventDetail(EventView event, String placeName, String unitName, List<StepView> timeline,
		DeviceSource device) {

	public EventDetail(EventView event, String placeName, String unitName, List<StepView> timeline) {
		this(event, placeName, unitName, timeline, null);
	}

	EventDetail withDevice(DeviceSource device) {
		return new EventDetail(event, placeName, unitName, timeline, device);
	}

}

package org.linli.events.internal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An event as lists and detail pages show it (read model).
 *
 * @param id event id
 * @param categoryCode category code
 * @param categoryLabel category label in the caller's language
 * @param severity GENERAL, LARGE, MAJOR or CRITICAL
 * @param description what was reported
 * @param channel RESIDENT, PATROL, HOTLINE or DEVICE
 * @param hotline the hotline of a hotline order
 * @param hotlineOrder the hotline's order number
 * @param reporterName the reporting account, masked for staff
 * @param regionId the node it happened in
 * @param houseId the house, if given
 * @param latitude latitude, if given
 * @param longitude longitude, if given
 * @param address address text, if given
 * @param path region path of the location
 * @param state current state
 * @param handlingLevel level of the handling unit, if dispatched
 * @param handlingRegionId region node of the handling unit
 * @param handlingDepartment department of the handling unit
 * @param dueAt when the current step is due
 * @param overdue whether that is past
 * @param supervised whether it is under 督办
 * @param superviseDueAt the supervision deadline
 * @param extensionUntil a pending extension request
 * @param extensionReason its reason
 * @param mergedInto the event a duplicate was merged into
 * @param rating the reporter's score
 * @param ratingComment the reporter's comment
 * @param reopenCount how often it was reopened
 * @param reportedAt when it was reported
 * @param closedAt when it was closed
 * @param version optimistic-lock version to send with the next step
 * @param supporters residents who supported it (附议 +1) instead of reporting it again
 */
public record EventView(long id, String categoryCode, String categoryLabel, String severity, String description,
		String channel, String hotline, String hotlineOrder, String reporterName, long regionId, Long houseId,
		BigDecimal latitude, BigDecimal longitude, String address, String path, EventState state, String handlingLevel,
		Long handlingRegionId, String handlingDepartment, Instant dueAt, boolean overdue, boolean supervised,
		Instant superviseDueAt, Instant extensionUntil, String extensionReason, Long mergedInto, Integer rating,
		String ratingComment, int reopenCount, Instant reportedAt, Instant closedAt, int version, int supporters) {
}

package org.linli.events.internal.web;

import java.math.BigDecimal;

import org.linli.events.internal.Report;

/**
 * The 随手拍 form; {@code requestId} is issued with the form, so a double submit or a resent
 * POST makes one event.
 */
record ReportForm(String categoryCode, String description, Long houseId, Long regionId, BigDecimal latitude,
		BigDecimal longitude, String address, String requestId) {

	Report report() {
		return new Report(categoryCode, description, houseId, regionId, latitude, longitude, address, requestId);
	}

}

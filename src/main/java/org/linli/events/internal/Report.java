package org.linli.events.internal;

import java.math.BigDecimal;

/**
 * A report as a resident (随手拍) or a grid worker on patrol sends it. Photos travel beside
 * it (see the photo package).
 *
 * @param categoryCode the category
 * @param description what they saw
 * @param houseId the house, if it is about one
 * @param regionId the grid or other node, if no house
 * @param latitude WGS-84 latitude, optional
 * @param longitude WGS-84 longitude, optional
 * @param address address text, optional
 * @param requestId the client's idempotency key: a retry returns the first result
 */
public record Report(String categoryCode, String description, Long houseId, Long regionId, BigDecimal latitude,
		BigDecimal longitude, String address, String requestId) {

	/** The same report placed at a point, unless it names one already. */
	public Report suggestPoint(BigDecimal lat, BigDecimal lng) {
		if (latitude != null || longitude != null || lat == null || lng == null) {
			return this;
		}
		return new Report(categoryCode, description, houseId, regionId, lat, lng, address, requestId);
	}

}

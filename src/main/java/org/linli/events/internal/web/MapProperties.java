package org.linli.events.internal.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The map on event pages: where its tiles come from (an intranet tile server in
 * production, OpenStreetMap by default) and where the report form's map starts before the
 * resident gives a point. Without tiles the map still shows the point and its
 * coordinates.
 *
 * @param tileUrl tile URL template ({z}, {x}, {y}, optionally {s})
 * @param attribution the tile provider's credit line
 * @param latitude where an empty report map is centred
 * @param longitude where an empty report map is centred
 * @param zoom zoom level of an event's point
 */
@ConfigurationProperties("linli.map")
public record MapProperties(@DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String tileUrl,
		@DefaultValue("© OpenStreetMap contributors") String attribution, @DefaultValue("39.9042") double latitude,
		@DefaultValue("116.4074") double longitude, @DefaultValue("16") int zoom) {
}

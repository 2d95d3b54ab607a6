package org.linli.events.internal.nearby;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.linli.events.internal.Categories;
import org.linli.events.internal.EventState;
import org.linli.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds open events of one category within {@value #RADIUS_METERS} m: a bounding box that
 * an index narrows, then the haversine distance.
 */
@Service
@Transactional(readOnly = true)
public class NearbyEvents {

	static final int RADIUS_METERS = 50;

	private static final double EARTH_METERS = 6_371_008.8;

	private static final double METERS_PER_DEGREE = Math.PI * EARTH_METERS / 180;

	private final JdbcClient jdbc;

	private final Categories categories;

	NearbyEvents(JdbcClient jdbc, Categories categories) {
		this.jdbc = jdbc;
		this.categories = categories;
	}

	public List<NearbyEvent> around(long me, String category, BigDecimal latitude, BigDecimal longitude,
			Locale locale) {
		String code = category == null || category.isBlank() ? null : category.trim();
		if (code == null) {
			throw new InvalidInputException("error.events.nearby.point", "categoryCode");
		}
		categories.usable(code);
		if (latitude == null || longitude == null || latitude.abs().doubleValue() > 90
				|| longitude.abs().doubleValue() > 180) {
			throw new InvalidInputException("error.events.nearby.point", latitude == null ? "latitude" : "longitude");
		}
		double lat = latitude.doubleValue();
		double lng = longitude.doubleValue();
		double dLat = RADIUS_METERS / METERS_PER_DEGREE;
		double dLng = dLat / Math.max(Math.cos(Math.toRadians(lat)), 0.01);
		boolean en = locale != null && "en".equals(locale.getLanguage());
		return jdbc
			.sql("""
					select * from (
					  select e.id, c.label_zh, c.label_en, e.description, e.address, e.state, e.supporters, e.reported_at,
					         exists (select 1 from events_supporter s where s.event_id = e.id and s.account_id = :me) as joined,
					         2 * :r * asin(sqrt(power(sin(radians(e.latitude::float8 - :lat) / 2), 2)
					           + cos(radians(:lat)) * cos(radians(e.latitude::float8))
					             * power(sin(radians(e.longitude::float8 - :lng) / 2), 2))) as meters
					    from events_event e join events_category c on c.code = e.category_code
					   where e.category_code = :category and e.latitude is not null
					     and e.state in ('REPORTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'HANDLED', 'VERIFIED')
					     and e.latitude between :minLat and :maxLat and e.longitude between :minLng and :maxLng) n
					 where meters <= :radius order by meters limit 20""")
			.param("me", me)
			.param("r", EARTH_METERS)
			.param("lat", lat)
			.param("lng", lng)
			.param("category", code)
			.param("minLat", BigDecimal.valueOf(lat - dLat))
			.param("maxLat", BigDecimal.valueOf(lat + dLat))
			.param("minLng", BigDecimal.valueOf(lng - dLng))
			.param("maxLng", BigDecimal.valueOf(lng + dLng))
			.param("radius", (double) RADIUS_METERS)
			.query((rs, n) -> new NearbyEvent(rs.getLong("id"), rs.getString(en ? "label_en" : "label_zh"),
					summary(rs.getString("description")), rs.getString("address"),
					EventState.valueOf(rs.getString("state")), rs.getInt("supporters"),
					rs.getTimestamp("reported_at").toInstant(), (int) Math.round(rs.getDouble("meters")),
					rs.getBoolean("joined")))
			.list();
	}

	private static String summary(String description) {
		return description.length() <= 60 ? description : description.substring(0, 60) + "…";
	}

}

package org.linli.events.internal.open311;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.linli.events.internal.EventScope;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events as GeoReport service requests, only those the caller may see and only public
 * fields (the reporter never leaves).
 */
@Service
@Transactional(readOnly = true)
class Open311Requests {

	private static final String SELECT = """
			select e.id, e.category_code, c.label_zh, c.label_en, e.description, e.state, e.address, e.house_id,
			       e.latitude, e.longitude, e.reported_at, e.updated_at, e.due_at,
			       (select min(p.id) from events_photo p where p.event_id = e.id and p.step_id is null) as photo_id
			  from events_event e join events_category c on c.code = e.category_code
			 where (e.reporter_account_id = :me or (:staff and\s""" + EventScope.SQL + "))";

	private static final String FILTERS = """
			   and (cast(:ids as text) is null or e.id = any(cast(string_to_array(cast(:ids as text), ',') as bigint[])))
			   and (cast(:codes as text) is null or e.category_code = any(string_to_array(cast(:codes as text), ',')))
			   and (cast(:statuses as text) is null
			        or (case when e.state in ('CLOSED', 'REJECTED', 'MERGED') then 'closed' else 'open' end)
			           = any(string_to_array(cast(:statuses as text), ',')))
			   and (cast(:start as timestamptz) is null or e.reported_at >= cast(:start as timestamptz))
			   and (cast(:end as timestamptz) is null or e.reported_at <= cast(:end as timestamptz))
			""";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	Open311Requests(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	List<Map<String, Object>> search(Caller caller, RequestFilter f, String base, ZoneId zone, Locale locale) {
		return scoped(
				jdbc.sql(SELECT + FILTERS + " order by e.reported_at desc, e.id desc limit :limit offset :offset"),
				caller)
			.param("ids", f.ids().isEmpty() ? null : String.join(",", f.ids().stream().map(String::valueOf).toList()))
			.param("codes", f.codes().isEmpty() ? null : String.join(",", f.codes()))
			.param("statuses", f.statuses().isEmpty() ? null : String.join(",", f.statuses()))
			.param("start", f.start() == null ? null : Timestamp.from(f.start()))
			.param("end", f.end() == null ? null : Timestamp.from(f.end()))
			.param("limit", f.size())
			.param("offset", (f.page() - 1) * f.size())
			.query((rs, n) -> map(rs, base, zone, locale))
			.list();
	}

	Optional<Map<String, Object>> one(Caller caller, long id, String base, ZoneId zone, Locale locale) {
		return scoped(jdbc.sql(SELECT + " and e.id = :id"), caller).param("id", id)
			.query((rs, n) -> map(rs, base, zone, locale))
			.optional();
	}

	/** The event the caller created with this request id (our token). */
	Optional<Long> byToken(long accountId, String token) {
		return jdbc.sql("select id from events_event where reporter_account_id = :me and request_id = :token")
			.param("me", accountId)
			.param("token", token)
			.query(Long.class)
			.optional();
	}

	private static StatementSpec scoped(StatementSpec spec, Caller caller) {
		return EventScope.bind(spec, caller.jurisdiction())
			.param("me", caller.accountId())
			.param("staff", caller.staff());
	}

	private Map<String, Object> map(ResultSet rs, String base, ZoneId zone, Locale locale) throws SQLException {
		boolean en = locale != null && "en".equals(locale.getLanguage());
		String state = rs.getString("state");
		boolean closed = state.equals("CLOSED") || state.equals("REJECTED") || state.equals("MERGED");
		long id = rs.getLong("id");
		Long photo = rs.getObject("photo_id", Long.class);
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("service_request_id", String.valueOf(id));
		r.put("status", closed ? "closed" : "open");
		r.put("status_notes", messages.getMessage("events.state." + state, null, state, locale));
		r.put("service_name", rs.getString(en ? "label_en" : "label_zh"));
		r.put("service_code", rs.getString("category_code"));
		r.put("description", rs.getString("description"));
		r.put("requested_datetime", time(rs, "reported_at", zone));
		r.put("updated_datetime", time(rs, "updated_at", zone));
		r.put("expected_datetime", closed ? null : time(rs, "due_at", zone));
		r.put("address", rs.getString("address"));
		Long house = rs.getObject("house_id", Long.class);
		r.put("address_id", house == null ? null : String.valueOf(house));
		r.put("lat", rs.getBigDecimal("latitude"));
		r.put("long", rs.getBigDecimal("longitude"));
		r.put("media_url", photo == null ? null : base + "/api/v1/events/" + id + "/photos/" + photo);
		return r;
	}

	private static String time(ResultSet rs, String column, ZoneId zone) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(t.toInstant().atZone(zone).withNano(0));
	}

}

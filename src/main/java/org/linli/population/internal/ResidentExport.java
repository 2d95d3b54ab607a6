package org.linli.population.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;

import org.linli.dictionary.Dictionaries;
import org.linli.identity.AuditLog;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 居民导出 — the residents a search finds in the caller's subtree as an Excel sheet, masked
 * unless a permitted caller states a reason; every export is audited (filters, count,
 * mode, reason — never values).
 */
@Service
@Transactional
public class ResidentExport {

	/** An export is for desk work, not a bulk dump. */
	static final int MAX_ROWS = 200_000;

	/** Rows read and written at a time, so memory stays flat however many match. */
	static final int PAGE = 1_000;

	private static final List<String> HEADERS = List.of("name", "idCardNumber", "sex", "birthDate", "ethnic", "phone",
			"residenceType", "community", "grid", "house", "documentType", "registeredAddress", "employment",
			"workplace", "verifiedAt", "tags");

	private final ResidentSearch search;

	private final ResidentProtection protection;

	private final Dictionaries dictionaries;

	private final AuditLog audit;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final java.time.ZoneId zone;

	ResidentExport(ResidentSearch search, ResidentProtection protection, Dictionaries dictionaries, AuditLog audit,
			MessageSource messages, JdbcClient jdbc, java.time.Clock clock) {
		this.zone = clock.getZone();
		this.search = search;
		this.protection = protection;
		this.dictionaries = dictionaries;
		this.audit = audit;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	/**
	 * Checks the request before anything is written: a full export needs a 2–200
	 * character reason, and at most {@link #MAX_ROWS} may match. Returns the number of
	 * rows.
	 */
	@Transactional(readOnly = true)
	public long check(Caller caller, ResidentCriteria criteria, boolean full, String reason) {
		if (full) {
			String why = reason == null ? "" : reason.strip();
			if (why.length() < 2 || why.length() > 200) {
				throw new InvalidInputException("error.population.reveal.reason", "reason");
			}
		}
		Map<String, Object> params = new LinkedHashMap<>();
		long rows = search.count(search.condition(caller, withoutValues(criteria), params), params);
		if (rows > MAX_ROWS) {
			throw new InvalidInputException("error.population.export.tooMany", null, rows, MAX_ROWS);
		}
		return rows;
	}

	/** Records the export, then writes the sheet page by page (keyset on id). */
	public long write(Caller caller, ResidentCriteria criteria, boolean full, String reason, Locale locale,
			OutputStream out) {
		long matching = check(caller, criteria, full, reason);
		ResidentCriteria c = withoutValues(criteria);
		// Recorded before the first row leaves: a download broken off half-way is still
		// on record.
		audit.record("population.export", "residents:" + caller.jurisdiction().scopePath(), "SUCCESS",
				detail(c, matching, full, reason));
		Map<String, Object> params = new LinkedHashMap<>();
		String condition = search.condition(caller, c, params);
		List<List<String>> head = HEADERS.stream()
			.map(key -> List.of(messages.getMessage("population.export.col." + key, null, key, locale)))
			.toList();
		long written = 0;
		ExcelWriter writer = FastExcel.write(out).head(head).autoCloseStream(false).build();
		try {
			WriteSheet sheet = FastExcel
				.writerSheet(messages.getMessage("population.export.sheet", null, "residents", locale))
				.build();
			long after = 0;
			while (written < MAX_ROWS) {
				params.put("after", after);
				params.put("page", PAGE);
				List<ExportRow> page = jdbc
					.sql("""
							select r.id, r.name, r.id_number_masked, r.sex, r.birth_date, r.ethnic, r.phone_masked,
							       r.residence_type, n.level, n.name as node, p.name as parent,
							       b.number as building, u.number as unit, h.room_number, r.document_type,
							       r.registered_address, r.employment, r.workplace, r.verified_at,
							       case when :full then r.id_number_cipher end as id_cipher,
							       case when :full then r.phone_cipher end as phone_cipher
							  from population_resident r
							  join region_node n on n.id = r.region_id
							  left join region_node p on p.id = n.parent_id
							  left join region_house h on h.id = r.house_id
							  left join region_building b on b.id = h.building_id
							  left join region_unit u on u.id = h.unit_id""" + condition
							+ " and r.id > :after order by r.id limit :page")
					.params(params)
					.param("full", full)
					.query((rs, n) -> new ExportRow(rs.getLong("id"), row(rs, full, locale)))
					.list();
				if (page.isEmpty()) {
					break;
				}
				Map<Long, String> tags = tags(page.stream().map(ExportRow::id).toList(), caller, locale);
				List<List<Object>> rows = new ArrayList<>(page.size());
				for (ExportRow r : page) {
					r.cells().add(tags.getOrDefault(r.id(), ""));
					rows.add(r.cells());
				}
				writer.write(rows, sheet);
				written += page.size();
				after = page.get(page.size() - 1).id();
			}
		}
		finally {
			writer.finish();
		}
		return written;
	}

	private record ExportRow(long id, List<Object> cells) {
	}

	private List<Object> row(java.sql.ResultSet rs, boolean full, Locale locale) throws java.sql.SQLException {
		List<Object> cells = new ArrayList<>();
		cells.add(rs.getString("name"));
		byte[] idCipher = rs.getBytes("id_cipher");
		cells.add(full && idCipher != null ? protection.open(idCipher) : rs.getString("id_number_masked"));
		cells.add(messages.getMessage("population.sex." + rs.getString("sex"), null, rs.getString("sex"), locale));
		cells.add(String.valueOf(rs.getDate("birth_date").toLocalDate()));
		cells.add(label("ethnic_group", rs.getString("ethnic"), locale));
		byte[] phoneCipher = rs.getBytes("phone_cipher");
		cells.add(full && phoneCipher != null ? protection.open(phoneCipher) : rs.getString("phone_masked"));
		cells.add(label("residence_type", rs.getString("residence_type"), locale));
		boolean grid = "GRID".equals(rs.getString("level"));
		cells.add(grid ? rs.getString("parent") : rs.getString("node"));
		cells.add(grid ? rs.getString("node") : null);
		String building = rs.getString("building");
		cells.add(building == null ? null
				: String.join("-",
						java.util.stream.Stream.of(building, rs.getString("unit"), rs.getString("room_number"))
							.filter(java.util.Objects::nonNull)
							.toList()));
		cells.add(messages.getMessage("population.document." + rs.getString("document_type"), null,
				rs.getString("document_type"), locale));
		cells.add(rs.getString("registered_address"));
		cells.add(label("employment_status", rs.getString("employment"), locale));
		cells.add(rs.getString("workplace"));
		java.sql.Timestamp verified = rs.getTimestamp("verified_at");
		cells.add(verified == null ? null : String.valueOf(verified.toInstant().atZone(zone).toLocalDate()));
		return cells;
	}

	private String label(String type, String code, Locale locale) {
		return code == null ? null : dictionaries.label(type, code, locale);
	}

	/** Visible tags of a page of residents, as labels joined by "、". */
	private Map<Long, String> tags(List<Long> ids, Caller caller, Locale locale) {
		return jdbc.sql("""
				select rt.resident_id, rt.tag_code from population_resident_tag rt
				  join population_tag t on t.code = rt.tag_code
				 where rt.resident_id in (:ids) and (:allTags or not t.sensitive) order by rt.tag_code""")
			.param("ids", ids)
			.param("allTags", caller.sensitiveTags())
			.query((rs, n) -> Map.entry(rs.getLong(1), label("population_tag", rs.getString(2), locale)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.joining("、"))));
	}

	/**
	 * ID numbers and phones never travel in an export request (they would land in URLs).
	 */
	private static ResidentCriteria withoutValues(ResidentCriteria c) {
		return new ResidentCriteria(c.q(), null, null, c.tag(), c.ageFrom(), c.ageTo(), c.under(), c.houseId(),
				c.includeRetired());
	}

	private static String detail(ResidentCriteria c, long rows, boolean full, String reason) {
		StringBuilder d = new StringBuilder();
		append(d, "q", c.q());
		append(d, "tag", c.tag());
		append(d, "ageFrom", c.ageFrom());
		append(d, "ageTo", c.ageTo());
		append(d, "under", c.under());
		append(d, "houseId", c.houseId());
		if (c.includeRetired()) {
			append(d, "includeRetired", true);
		}
		d.append("rows=").append(rows).append("; ").append(full ? "full" : "masked");
		if (full) {
			d.append("; reason=").append(reason.strip());
		}
		return d.toString();
	}

	private static void append(StringBuilder d, String name, Object value) {
		if (value != null && !String.valueOf(value).isBlank()) {
			d.append(name).append('=').append(value).append("; ");
		}
	}

}

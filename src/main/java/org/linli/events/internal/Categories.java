package org.linli.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.linli.dictionary.Dictionaries;
import org.linli.events.HandlingLevel;
import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The category catalogue (事件分类), shared by the whole platform: everyone reads it, staff
 * with events.category.write add, relabel, retime, reroute and disable entries. Entries
 * are never deleted, so old events keep their category.
 */
@Service
@Transactional
public class Categories {

	private static final String SELECT = """
			select code, parent_code, label_zh, label_en, handling_level, department_code, severity, accept_hours,
			       dispatch_hours, handle_hours, verify_hours, sort_order, enabled, version
			  from events_category
			""";

	private final JdbcClient jdbc;

	private final Dictionaries dictionaries;

	private final Clock clock;

	Categories(JdbcClient jdbc, Dictionaries dictionaries, Clock clock) {
		this.jdbc = jdbc;
		this.dictionaries = dictionaries;
		this.clock = clock;
	}

	/** Classes and their subclasses in list order (disabled ones only when asked). */
	@Transactional(readOnly = true)
	public List<Category> list(boolean includeDisabled) {
		return jdbc
			.sql(SELECT
					+ """
							where enabled or :all
							order by coalesce((select p.sort_order from events_category p where p.code = events_category.parent_code),
							         sort_order), parent_code nulls first, sort_order, code""")
			.param("all", includeDisabled)
			.query(Categories::map)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Category> find(String code) {
		return jdbc.sql(SELECT + " where code = :code").param("code", code).query(Categories::map).optional();
	}

	/** Whether requests of this category may go to the claim pool (群众点单). */
	@Transactional(readOnly = true)
	public boolean claimable(String code) {
		return jdbc.sql("select claimable from events_category where code = :code")
			.param("code", code)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** An enabled category new reports may use, or a refusal naming the field. */
	@Transactional(readOnly = true)
	public Category usable(String code) {
		return (code == null ? Optional.<Category>empty() : find(code.trim())).filter(Category::enabled)
			.orElseThrow(() -> new InvalidInputException("error.events.category.unknown", "categoryCode"));
	}

	public Category create(CategoryChange change) {
		String code = change.code() == null ? "" : change.code().trim().toUpperCase();
		if (!code.matches("[0-9A-Z]{2,20}")) {
			throw new InvalidInputException("error.events.category.code", "code");
		}
		String parent = blankToNull(change.parentCode());
		if (parent != null && find(parent).filter(c -> c.parentCode() == null).isEmpty()) {
			throw new InvalidInputException("error.events.category.parent", "parentCode");
		}
		Valid v = validate(change);
		try {
			jdbc.sql("""
					insert into events_category (code, parent_code, label_zh, label_en, handling_level, department_code,
					       severity, accept_hours, dispatch_hours, handle_hours, verify_hours, sort_order, enabled)
					values (:code, :parent, :zh, :en, :level, :dept, :severity, :accept, :dispatch, :handle, :verify,
					       :sort, :enabled)""").params(v.bind()).param("code", code).param("parent", parent).update();
		}
		catch (DuplicateKeyException ex) {
			throw ConflictException.onField("code", "error.events.category.duplicate", code);
		}
		return find(code).orElseThrow();
	}

	public Category update(String code, CategoryChange change, Integer version) {
		Category current = find(code).orElseThrow(() -> new NotFoundException("category", code));
		if (version == null) {
			throw new InvalidInputException("error.events.version.required", "version");
		}
		Valid v = validate(change);
		int updated = jdbc.sql("""
				update events_category
				   set label_zh = :zh, label_en = :en, handling_level = :level, department_code = :dept,
				       severity = :severity, accept_hours = :accept, dispatch_hours = :dispatch, handle_hours = :handle,
				       verify_hours = :verify, sort_order = :sort, enabled = :enabled, version = version + 1,
				       updated_at = :now
				 where code = :code and version = :version""")
			.params(v.bind())
			.param("code", current.code())
			.param("version", version)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		if (updated == 0) {
			throw ConflictException.staleVersion("category", code);
		}
		return find(code).orElseThrow();
	}

	/** The checked values, named as the SQL binds them. */
	record Valid(String zh, String en, String level, String dept, String severity, int accept, int dispatch, int handle,
			int verify, int sort, boolean enabled) {

		java.util.Map<String, Object> bind() {
			var map = new java.util.HashMap<String, Object>();
			map.put("zh", zh);
			map.put("en", en);
			map.put("level", level);
			map.put("dept", dept);
			map.put("severity", severity);
			map.put("accept", accept);
			map.put("dispatch", dispatch);
			map.put("handle", handle);
			map.put("verify", verify);
			map.put("sort", sort);
			map.put("enabled", enabled);
			return map;
		}

	}

	private Valid validate(CategoryChange c) {
		String zh = label(c.labelZh(), "labelZh");
		String en = label(c.labelEn(), "labelEn");
		HandlingLevel level = parse(HandlingLevel.class, c.handlingLevel(), "handlingLevel");
		Severity severity = parse(Severity.class, c.severity(), "severity");
		String dept = blankToNull(c.departmentCode());
		if (level == HandlingLevel.DEPARTMENT) {
			if (dept == null || !dictionaries.isValid("department", dept)) {
				throw new InvalidInputException("error.events.department.unknown", "departmentCode");
			}
		}
		else {
			dept = null;
		}
		return new Valid(zh, en, level.name(), dept, severity.name(), hours(c.acceptHours(), "acceptHours", 720),
				hours(c.dispatchHours(), "dispatchHours", 720), hours(c.handleHours(), "handleHours", 2160),
				hours(c.verifyHours(), "verifyHours", 720), c.sortOrder() == null ? 0 : c.sortOrder(),
				c.enabled() == null || c.enabled());
	}

	private static String label(String value, String field) {
		String v = blankToNull(value);
		if (v == null || v.length() > 100) {
			throw new InvalidInputException("error.events.category.label", field);
		}
		return v;
	}

	private static int hours(Integer value, String field, int max) {
		if (value == null || value < 1 || value > max) {
			throw new InvalidInputException("error.events.category.hours", field, max);
		}
		return value;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		try {
			return Enum.valueOf(type, value == null ? "" : value.trim().toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("error.events.option", field, value);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	static Category map(ResultSet rs, int row) throws SQLException {
		return new Category(rs.getString("code"), rs.getString("parent_code"), rs.getString("label_zh"),
				rs.getString("label_en"), HandlingLevel.valueOf(rs.getString("handling_level")),
				rs.getString("department_code"), Severity.valueOf(rs.getString("severity")),
				new TimeLimits(rs.getInt("accept_hours"), rs.getInt("dispatch_hours"), rs.getInt("handle_hours"),
						rs.getInt("verify_hours")),
				rs.getInt("sort_order"), rs.getBoolean("enabled"), rs.getInt("version"));
	}

}

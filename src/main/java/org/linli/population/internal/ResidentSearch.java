package org.linli.population.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.population.internal.protect.ResidentProtection;
import org.linli.shared.IdCardNumber;
import org.linli.shared.InvalidInputException;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;
import org.linli.shared.PhoneNumber;
import org.linli.shared.RegionPath;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds residents in the caller's subtree by name (a GIN index of character pairs), exact
 * ID number or phone (blind index), tag, age range, house and region subtree (a range of
 * paths).
 */
@Component
class ResidentSearch {

	/**
	 * Rows a search counts at most before it says "more than": 50 pages of 20. Counting
	 * costs a visit per matching row, so a city-wide tag counted to the end read 50,000
	 * rows for every page; past this many rows people narrow the search rather than page.
	 */
	static final int COUNT_LIMIT = 1_000;

	private final JdbcClient jdbc;

	private final ResidentProtection protection;

	private final Placement placement;

	private final ResidentTags tags;

	private final Clock clock;

	private final int countLimit;

	@Autowired
	ResidentSearch(JdbcClient jdbc, ResidentProtection protection, Placement placement, ResidentTags tags,
			Clock clock) {
		this(jdbc, protection, placement, tags, clock, COUNT_LIMIT);
	}

	ResidentSearch(JdbcClient jdbc, ResidentProtection protection, Placement placement, ResidentTags tags, Clock clock,
			int countLimit) {
		this.jdbc = jdbc;
		this.protection = protection;
		this.placement = placement;
		this.tags = tags;
		this.clock = clock;
		this.countLimit = countLimit;
	}

	/**
	 * One page in name order (with {@code q}: names starting with it first). The total is
	 * exact up to the count limit, or the page's end if that lies further; beyond, the
	 * page says "more than".
	 */
	PageResult<Resident> search(Caller caller, ResidentCriteria c, Paging paging) {
		Map<String, Object> params = new LinkedHashMap<>();
		boolean byTag = byTagAlone(c);
		// A tag alone (or with a region) is walked in the tag rows' own name order
		// (V1_4_51); everything else in the resident table's.
		String source = byTag ? " from population_resident_tag rt" : " from population_resident r";
		String condition = byTag ? tagCondition(caller, c, params) : condition(caller, c, params);
		String ids = byTag ? "rt.resident_id" : "r.id";
		// A generic plan cannot know how wide the scope is: it guessed 1 % of the table
		// for a city-wide scope and read the whole region index into a bitmap beside a
		// selective name (250 ms instead of 7 at a million residents). Planning each
		// search for its own values costs about a millisecond. LOCAL: the setting ends
		// with the caller's read-only transaction.
		jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		String order = (params.containsKey("prefix") ? "(r.name like :prefix) desc, " : "") + "r.name, r.id";
		String pageOrder = byTag ? "rt.name, rt.resident_id" : order;
		params.put("limit", paging.size());
		params.put("offset", paging.offset());
		// The page's ids first, from the covering name index alone (scope, birth date and
		// order are in it); then only those rows are read.
		List<Resident> page = jdbc
			.sql(ResidentStore.SELECT + " where r.id in (select " + ids + source + condition + " order by " + pageOrder
					+ " limit :limit offset :offset) order by " + order)
			.params(params)
			.query(ResidentStore::map)
			.list();
		// A page that is not full ends the result: its total needs no count (an exact
		// number, a phone, a rare name).
		if (page.size() < paging.size() && (!page.isEmpty() || paging.offset() == 0)) {
			return new PageResult<>(seen(caller, page), paging.page(), paging.size(), paging.offset() + page.size());
		}
		long counted = Math.max(countLimit, paging.offset() + paging.size());
		params.put("countUpTo", counted + 1);
		long total = jdbc.sql("select count(*) from (select 1" + source + condition + " limit :countUpTo) c")
			.params(params)
			.query(Long.class)
			.single();
		List<Resident> items = seen(caller, page);
		return total > counted ? PageResult.moreThan(items, paging.page(), paging.size(), counted)
				: new PageResult<>(items, paging.page(), paging.size(), total);
	}

	/** The page as the caller may see it: tags, sensitive ones only if permitted. */
	private List<Resident> seen(Caller caller, List<Resident> page) {
		Map<Long, List<String>> tagged = tags.of(page.stream().map(Resident::id).toList(), caller.sensitiveTags());
		return page.stream()
			.map(r -> r.seenBy(tagged.getOrDefault(r.id(), List.of()), caller.sensitiveTags()))
			.toList();
	}

	/** Every matching row, counted to the end (the export's limit check). */
	long count(String condition, Map<String, Object> params) {
		return jdbc.sql("select count(*) from population_resident r" + condition)
			.params(params)
			.query(Long.class)
			.single();
	}

	/**
	 * The {@code where} clause (on alias {@code r}) of a search bound to the caller's
	 * scope; fills {@code params}. Shared with the export so both see the same rows.
	 */
	String condition(Caller caller, ResidentCriteria c, Map<String, Object> params) {
		String subtree = subtree("r", caller, c, params);
		List<String> where = new ArrayList<>();
		if (c.includeRetired()) {
			// active and retired residents each have their own index on the path
			where.add("((r.retired_at is null and " + subtree + ") or (r.retired_at is not null and " + subtree + "))");
		}
		else {
			where.add(subtree);
			where.add("r.retired_at is null");
		}
		if (c.q() != null && !c.q().isBlank()) {
			String q = c.q().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
			where.add("r.name like :contains");
			List<String> pairs = pairs(c.q().trim());
			if (!pairs.isEmpty()) {
				// The index of character pairs finds the candidates (a two-character
				// given
				// name has no trigram); the like is the exact test.
				where.add("population_name_pairs(r.name) @> cast(:pairs as text[])");
				params.put("pairs", pairs.toArray(String[]::new));
			}
			params.put("contains", "%" + q + "%");
			params.put("prefix", q + "%");
		}
		if (c.idCardNumber() != null && !c.idCardNumber().isBlank()) {
			where.add("r.id_number_index in (:idIndex)");
			params.put("idIndex", documentIndexes(c.idCardNumber()));
		}
		if (c.phone() != null && !c.phone().isBlank()) {
			where.add("r.phone_index = :phoneIndex");
			params.put("phoneIndex", protection.index(PhoneNumber.parse(c.phone())));
		}
		if (c.tag() != null && !c.tag().isBlank()) {
			// A sensitive tag the caller may not see matches nobody rather than
			// revealing who carries it.
			// The sensitivity test does not depend on the row: PostgreSQL runs it once.
			where
				.add("""
						exists (select 1 from population_resident_tag rt where rt.resident_id = r.id and rt.tag_code = :tag)
						and (:allTags or not exists (select 1 from population_tag t where t.code = :tag and t.sensitive))""");
			params.put("tag", c.tag().trim().toUpperCase());
			params.put("allTags", caller.sensitiveTags());
		}
		LocalDate today = LocalDate.now(clock);
		if (c.ageFrom() != null) {
			checkAge(c.ageFrom(), "ageFrom");
			where.add("r.birth_date <= :bornBy");
			params.put("bornBy", today.minusYears(c.ageFrom()));
		}
		if (c.ageTo() != null) {
			checkAge(c.ageTo(), "ageTo");
			where.add("r.birth_date > :bornAfter");
			params.put("bornAfter", today.minusYears(c.ageTo() + 1L));
		}
		if (c.houseId() != null) {
			where.add("r.house_id = :house");
			params.put("house", c.houseId());
		}
		return " where " + String.join(" and ", where);
	}

	/** Whether only a tag, and perhaps a region, is asked for (active residents). */
	private static boolean byTagAlone(ResidentCriteria c) {
		return !blank(c.tag()) && blank(c.q()) && blank(c.idCardNumber()) && blank(c.phone()) && c.ageFrom() == null
				&& c.ageTo() == null && c.houseId() == null && !c.includeRetired();
	}

	/**
	 * The {@code where} clause (on alias {@code rt}, the tag rows with their residents'
	 * name, path and state) of a search by tag alone; fills {@code params}.
	 */
	private String tagCondition(Caller caller, ResidentCriteria c, Map<String, Object> params) {
		// As in condition(): a sensitive tag the caller may not see matches nobody.
		List<String> where = new ArrayList<>(List.of("rt.tag_code = :tag", "rt.active",
				subtree("rt", caller, c, params),
				"(:allTags or not exists (select 1 from population_tag t where t.code = :tag and t.sensitive))"));
		params.put("tag", c.tag().trim().toUpperCase());
		params.put("allTags", caller.sensitiveTags());
		return " where " + String.join(" and ", where);
	}

	/**
	 * The region condition on {@code alias}: the asked subtree (inside the caller's
	 * scope, else 404), or the scope itself, as one range of paths. A range is what a
	 * btree serves beside a birth date or a tag in the same index (V1_4_52); {@code <@}
	 * is GiST only, so an age band in one community read the whole city's band and
	 * dropped nine rows in ten.
	 */
	private String subtree(String alias, Caller caller, ResidentCriteria c, Map<String, Object> params) {
		RegionPath subtree = c.under() == null ? new RegionPath(caller.jurisdiction().scopePath())
				: placement.subtree(caller.jurisdiction(), c.under());
		params.put("subtree", subtree.value());
		params.put("subtreeEnd", subtree.subtreeEnd());
		return alias + ".path >= cast(:subtree as ltree) and " + alias + ".path < cast(:subtreeEnd as ltree)";
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * The distinct character pairs of a name fragment, as {@code population_name_pairs}.
	 */
	static List<String> pairs(String fragment) {
		List<String> pairs = new ArrayList<>();
		int[] chars = fragment.codePoints().toArray();
		for (int i = 0; i + 1 < chars.length; i++) {
			String pair = new String(chars, i, 2);
			if (!pairs.contains(pair)) {
				pairs.add(pair);
			}
		}
		return pairs;
	}

	/**
	 * Blind indexes the number could have under any document type: an ID card number if
	 * it is one, else every other type whose format it fits.
	 */
	private List<String> documentIndexes(String input) {
		List<String> indexes = new ArrayList<>();
		for (DocumentType type : DocumentType.values()) {
			try {
				// Birth date and sex do not enter the index; any valid values will do.
				indexes.add(protection
					.index(PersonalDocument.parse(type, input, LocalDate.of(1970, 1, 1), "M", LocalDate.now(clock))));
			}
			catch (InvalidInputException ex) {
				// Not this type.
			}
			if (type == DocumentType.ID_CARD && !indexes.isEmpty()) {
				return indexes;
			}
		}
		if (indexes.isEmpty()) {
			IdCardNumber.parse(input);
		}
		return indexes;
	}

	private static void checkAge(int age, String field) {
		if (age < 0 || age > 150) {
			throw new InvalidInputException("error.population.age", field);
		}
	}

}

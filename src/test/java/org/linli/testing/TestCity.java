package org.linli.testing;

import java.util.concurrent.atomic.AtomicInteger;

import org.linli.shared.RegionPath;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small administrative tree for tests, written straight into {@code region_node}: one
 * city, one district, one street, two communities (A and B) with one grid each. Codes use
 * the non-existent province prefix 66 and a per-JVM counter, so cities made by different
 * tests in the shared database never collide with each other or with the demo city.
 */
public final class TestCity {

	private static final AtomicInteger next = new AtomicInteger(10);

	public final Node city;

	public final Node district;

	public final Node street;

	public final Node communityA;

	public final Node communityB;

	public final Node gridA;

	public final Node gridB;

	/** A node of the test tree. */
	public record Node(long id, String code, RegionPath path) {
	}

	private TestCity(JdbcClient jdbc) {
		String cityCode = freeCityCode(jdbc);
		city = insert(jdbc, null, "CITY", cityCode, "测试市" + cityCode);
		district = insert(jdbc, city, "DISTRICT", cityCode.substring(0, 4) + "01", "测试区");
		street = insert(jdbc, district, "STREET", district.code() + "001", "测试街道");
		communityA = insert(jdbc, street, "COMMUNITY", street.code() + "001", "甲社区");
		communityB = insert(jdbc, street, "COMMUNITY", street.code() + "002", "乙社区");
		gridA = insert(jdbc, communityA, "GRID", communityA.code() + "001", "甲社区第1网格");
		gridB = insert(jdbc, communityB, "GRID", communityB.code() + "001", "乙社区第1网格");
	}

	private static String freeCityCode(JdbcClient jdbc) {
		for (int n = next.getAndIncrement(); n < 400; n = next.getAndIncrement()) {
			// Province prefixes 66-69 do not exist, so these never meet real or demo
			// codes.
			String code = "%04d00".formatted(6600 + n);
			if (code.endsWith("0000")) {
				continue;
			}
			boolean taken = jdbc.sql("select exists (select 1 from region_node where code like :prefix)")
				.param("prefix", code.substring(0, 4) + "%")
				.query(Boolean.class)
				.single();
			if (!taken) {
				return code;
			}
		}
		throw new IllegalStateException("no free test city code left in this database");
	}

	public static TestCity create(JdbcClient jdbc) {
		return new TestCity(jdbc);
	}

	/** Adds a node under {@code parent} (e.g. a second street for a move). */
	public Node add(JdbcClient jdbc, Node parent, String level, String code, String name) {
		return insert(jdbc, parent, level, code, name);
	}

	/**
	 * A house 1-1-{@code room} (building 1, unit 1) in a new compound of
	 * {@code community} whose building lies in {@code grid}; answers the house's id.
	 */
	public static long house(JdbcClient jdbc, Node community, Node grid, String compoundName, String room) {
		long compound = jdbc
			.sql("""
					insert into region_compound (community_id, name, path) values (:c, :n, cast(:p as ltree)) returning id""")
			.param("c", community.id())
			.param("n", compoundName)
			.param("p", community.path().value())
			.query(Long.class)
			.single();
		long building = jdbc.sql("""
				insert into region_building (compound_id, grid_id, number, path)
				values (:c, :g, '1', cast(:p as ltree)) returning id""")
			.param("c", compound)
			.param("g", grid.id())
			.param("p", grid.path().value())
			.query(Long.class)
			.single();
		long unit = jdbc.sql("insert into region_unit (building_id, number) values (:b, '1') returning id")
			.param("b", building)
			.query(Long.class)
			.single();
		return jdbc.sql("""
				insert into region_house (building_id, unit_id, room_number, path)
				values (:b, :u, :r, cast(:p as ltree)) returning id""")
			.param("b", building)
			.param("u", unit)
			.param("r", room)
			.param("p", grid.path().value())
			.query(Long.class)
			.single();
	}

	private static Node insert(JdbcClient jdbc, Node parent, String level, String code, String name) {
		long id = jdbc.sql("select nextval('region_node_id_seq')").query(Long.class).single();
		RegionPath path = parent == null ? RegionPath.of(id) : parent.path().child(id);
		jdbc.sql("""
				insert into region_node (id, parent_id, level, code, name, path)
				values (:id, :parent, :level, :code, :name, cast(:path as ltree))""")
			.param("id", id)
			.param("parent", parent == null ? null : parent.id())
			.param("level", level)
			.param("code", code)
			.param("name", name)
			.param("path", path.value())
			.update();
		return new Node(id, code, path);
	}

}

package org.linli.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.linli.demo.internal.DemoCityPlan.Compound;
import org.linli.demo.internal.DemoCityPlan.Node;
import org.linli.region.RegionLevel;

/**
 * The administrative tree of the demo city and its compounds: 铜陵市 → 铜官区 → three streets →
 * eight communities → 60 grids (rectangles laid out around 117.81E 30.94N) → three
 * ten-household units (十联户) per grid.
 */
final class DemoTree {

	static final String CITY_CODE = "340700";

	static final String DISTRICT_CODE = "340705";

	static final int HOUSEHOLD_GROUPS_PER_GRID = 3;

	/** A community: its street (0-based), name, number of grids and compound names. */
	private record CommunitySpec(int street, String name, int grids, List<String> compounds) {
	}

	private static final List<String> STREETS = List.of("天井湖街道", "幸福街道", "西湖街道");

	private static final List<CommunitySpec> COMMUNITIES = List.of(
			new CommunitySpec(0, "天井湖社区", 8, List.of("天井湖花园", "五松新村", "湖滨苑")),
			new CommunitySpec(0, "五松社区", 8, List.of("五松山庄", "铜都花园", "笠帽山小区")),
			new CommunitySpec(0, "滨江社区", 7, List.of("滨江花园", "长江苑", "江景华府")),
			new CommunitySpec(1, "幸福社区", 8, List.of("幸福家园", "百合园", "香樟苑")),
			new CommunitySpec(1, "朝阳社区", 7, List.of("朝阳小区", "东方花园", "阳光城")),
			new CommunitySpec(1, "长江社区", 7, List.of("长江新村", "金山苑", "铜官府")),
			new CommunitySpec(2, "西湖社区", 8, List.of("西湖新村", "西湖花园", "翠柳苑")),
			new CommunitySpec(2, "翠湖社区", 7, List.of("翠湖苑", "碧水湾", "万泉花园")));

	private static final List<String> ROADS = List.of("长江西路", "长江中路", "北京西路", "淮河大道", "石城大道", "义安大道", "翠湖一路", "翠湖二路",
			"天井湖路", "五松路", "人民路", "建设路");

	/** Grid cell size in degrees; communities are blocks of 4 × 2 cells. */
	static final double GRID_WIDTH = 0.004;

	static final double GRID_HEIGHT = 0.006;

	private static final double WEST = 117.780;

	private static final double SOUTH = 30.925;

	final List<Node> nodes = new ArrayList<>();

	final List<Compound> compounds = new ArrayList<>();

	/** Node index of every grid, in order; and each grid's south-west corner. */
	final List<Integer> grids = new ArrayList<>();

	final List<double[]> gridCorners = new ArrayList<>();

	/** For every grid: the compounds of its community (indexes into compounds). */
	final List<List<Integer>> gridCompounds = new ArrayList<>();

	/** For every grid: its position inside its community (0-based). */
	final List<Integer> gridOrdinals = new ArrayList<>();

	final List<Integer> streets = new ArrayList<>();

	final List<Integer> communities = new ArrayList<>();

	final List<Integer> householdGroups = new ArrayList<>();

	int city;

	int district;

	DemoTree() {
		city = add(-1, RegionLevel.CITY, CITY_CODE, "铜陵市", null);
		district = add(city, RegionLevel.DISTRICT, DISTRICT_CODE, "铜官区", null);
		for (int s = 0; s < STREETS.size(); s++) {
			streets
				.add(add(district, RegionLevel.STREET, DISTRICT_CODE + "%03d".formatted(s + 1), STREETS.get(s), null));
		}
		int[] perStreet = new int[STREETS.size()];
		for (int c = 0; c < COMMUNITIES.size(); c++) {
			CommunitySpec spec = COMMUNITIES.get(c);
			String streetCode = nodes.get(streets.get(spec.street())).code();
			int community = add(streets.get(spec.street()), RegionLevel.COMMUNITY,
					streetCode + "%03d".formatted(++perStreet[spec.street()]), spec.name(), null);
			communities.add(community);
			List<Integer> own = new ArrayList<>();
			for (String name : spec.compounds()) {
				own.add(compounds.size());
				String address = "铜陵市铜官区" + ROADS.get(compounds.size() % ROADS.size()) + (compounds.size() * 7 + 18)
						+ "号";
				compounds.add(new Compound(community, name, address));
			}
			addGrids(c, community, spec, own);
		}
	}

	private void addGrids(int c, int community, CommunitySpec spec, List<Integer> own) {
		double west = WEST + (c % 4) * 4 * GRID_WIDTH;
		double south = SOUTH + (c / 4) * 2 * GRID_HEIGHT + 0.002 * (c / 4);
		String communityCode = nodes.get(community).code();
		for (int g = 0; g < spec.grids(); g++) {
			double x = west + (g % 4) * GRID_WIDTH;
			double y = south + (g / 4) * GRID_HEIGHT;
			int grid = add(community, RegionLevel.GRID, communityCode + "%03d".formatted(g + 1),
					spec.name() + "第" + (g + 1) + "网格", rectangle(x, y));
			grids.add(grid);
			gridCorners.add(new double[] { x, y });
			gridCompounds.add(own);
			gridOrdinals.add(g);
			for (int h = 1; h <= HOUSEHOLD_GROUPS_PER_GRID; h++) {
				householdGroups.add(add(grid, RegionLevel.HOUSEHOLD_GROUP, nodes.get(grid).code() + "%03d".formatted(h),
						"第" + h + "十联户", null));
			}
		}
	}

	private int add(int parent, RegionLevel level, String code, String name, String boundary) {
		nodes.add(new Node(parent, level, code, name, boundary));
		return nodes.size() - 1;
	}

	/** A GeoJSON Polygon: the grid's cell, counter-clockwise, closed. */
	private static String rectangle(double x, double y) {
		double[][] ring = { { x, y }, { x + GRID_WIDTH, y }, { x + GRID_WIDTH, y + GRID_HEIGHT },
				{ x, y + GRID_HEIGHT }, { x, y } };
		StringBuilder json = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
		for (int i = 0; i < ring.length; i++) {
			json.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.6f,%.6f]", ring[i][0], ring[i][1]));
		}
		return json.append("]]}").toString();
	}

}

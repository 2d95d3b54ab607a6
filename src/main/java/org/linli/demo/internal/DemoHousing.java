package org.linli.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.linli.demo.internal.DemoCityPlan.Building;
import org.linli.demo.internal.DemoCityPlan.House;
import org.linli.demo.internal.DemoCityPlan.Unit;

/**
 * Buildings, units and houses of the demo city: 400 buildings (mostly 多层 and 高层, some 平房
 * and 别墅) over the 60 grids, exactly 20,000 houses. Floors are nudged building by
 * building until the total is exact; the last nudge leaves a partly built top floor.
 */
final class DemoHousing {

	static final int BUILDINGS = 400;

	static final int HOUSES = 20_000;

	final List<Building> buildings = new ArrayList<>();

	final List<Unit> units = new ArrayList<>();

	final List<House> houses = new ArrayList<>();

	/** A building's layout while floors are still being adjusted. */
	private static final class Layout {

		final String type;

		final int units;

		final int perFloor;

		final int minFloors;

		final int maxFloors;

		int floors;

		/** Rooms on the top floor, counted across units; a full floor unless trimmed. */
		int topRooms;

		Layout(String type, int units, int perFloor, int minFloors, int maxFloors, int floors) {
			this.type = type;
			this.units = units;
			this.perFloor = perFloor;
			this.minFloors = minFloors;
			this.maxFloors = maxFloors;
			this.floors = floors;
			this.topRooms = units * perFloor;
		}

		int houses() {
			return "VILLA".equals(type) ? 1 : (floors - 1) * units * perFloor + topRooms;
		}

		boolean adjustable() {
			return "MULTI_STOREY".equals(type) || "HIGH_RISE".equals(type);
		}

	}

	DemoHousing(DemoTree tree, Random random) {
		List<Layout> layouts = new ArrayList<>();
		for (int i = 0; i < BUILDINGS; i++) {
			layouts.add(layout(random));
		}
		fitTotal(layouts);
		int[] numberInCompound = new int[tree.compounds.size()];
		int next = 0;
		for (int g = 0; g < tree.grids.size(); g++) {
			int count = BUILDINGS / tree.grids.size() + (g < BUILDINGS % tree.grids.size() ? 1 : 0);
			List<Integer> own = tree.gridCompounds.get(g);
			int compound = own.get(tree.gridOrdinals.get(g) % own.size());
			double[] corner = tree.gridCorners.get(g);
			for (int b = 0; b < count; b++) {
				Layout layout = layouts.get(next++);
				String number = String.valueOf(++numberInCompound[compound]);
				// inside the cell, away from its edges
				double lon = corner[0] + DemoTree.GRID_WIDTH * (0.1 + 0.8 * random.nextDouble());
				double lat = corner[1] + DemoTree.GRID_HEIGHT * (0.1 + 0.8 * random.nextDouble());
				buildings.add(new Building(tree.grids.get(g), compound, number, number + "栋", layout.type,
						layout.floors, round6(lat), round6(lon)));
				addHouses(buildings.size() - 1, layout, random);
			}
		}
	}

	private static Layout layout(Random random) {
		int kind = random.nextInt(100);
		if (kind < 55) {
			return new Layout("MULTI_STOREY", 2 + random.nextInt(3), 2, 4, 7, 5 + random.nextInt(3));
		}
		if (kind < 85) {
			return new Layout("HIGH_RISE", 1 + random.nextInt(2), 2 + random.nextInt(3), 11, 33,
					11 + random.nextInt(16));
		}
		if (kind < 95) {
			return new Layout("BUNGALOW", 1, 2 + random.nextInt(3), 1, 2, 1 + random.nextInt(2));
		}
		return new Layout("VILLA", 1, 1, 3, 3, 3);
	}

	/** Adds or removes floors, one building at a time, until there are HOUSES houses. */
	private static void fitTotal(List<Layout> layouts) {
		List<Layout> adjustable = layouts.stream().filter(Layout::adjustable).toList();
		int total = layouts.stream().mapToInt(Layout::houses).sum();
		for (int k = 0; total != HOUSES; k++) {
			if (k > 100 * BUILDINGS) {
				throw new IllegalStateException("Cannot fit the demo city to " + HOUSES + " houses");
			}
			Layout b = adjustable.get(k % adjustable.size());
			int step = b.units * b.perFloor;
			if (total > HOUSES && total - HOUSES < step && b.topRooms == step) {
				b.topRooms = step - (total - HOUSES);
				total = HOUSES;
			}
			else if (total > HOUSES && b.floors > b.minFloors && b.topRooms == step) {
				b.floors--;
				total -= step;
			}
			else if (total < HOUSES && b.floors < b.maxFloors && b.topRooms == step) {
				b.floors++;
				total += step;
			}
		}
	}

	private void addHouses(int building, Layout layout, Random random) {
		boolean villa = "VILLA".equals(layout.type);
		// shops on the ground floor of every fifth high-rise, along the street
		boolean shops = "HIGH_RISE".equals(layout.type) && building % 5 == 0;
		for (int u = 1; u <= layout.units; u++) {
			units.add(new Unit(building, String.valueOf(u)));
			int unit = units.size() - 1;
			BigDecimal[] areas = new BigDecimal[layout.perFloor];
			for (int r = 0; r < areas.length; r++) {
				areas[r] = area(layout.type, random);
			}
			int floors = villa ? 1 : layout.floors;
			for (int f = 1; f <= floors; f++) {
				for (int r = 1; r <= layout.perFloor; r++) {
					if (f == layout.floors && !villa && (u - 1) * layout.perFloor + r > layout.topRooms) {
						continue;
					}
					String use = shops && f == 1 ? "COMMERCIAL" : "RESIDENTIAL";
					houses.add(new House(building, unit, String.valueOf(f * 100 + r), f, areas[r - 1], use));
				}
			}
		}
	}

	/** Floor area in m², 45–160, by kind of building. */
	private static BigDecimal area(String type, Random random) {
		double[] range = switch (type) {
			case "HIGH_RISE" -> new double[] { 70, 145 };
			case "BUNGALOW" -> new double[] { 45, 90 };
			case "VILLA" -> new double[] { 140, 160 };
			default -> new double[] { 45, 125 };
		};
		double area = range[0] + (range[1] - range[0]) * random.nextDouble();
		return BigDecimal.valueOf(area).setScale(2, RoundingMode.HALF_UP);
	}

	private static double round6(double value) {
		return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).doubleValue();
	}

}

package org.linli.bench.city;

import org.linli.bench.city.City.Building;

/** Walks a building's houses in the city's fixed order: unit, then floor, then room. */
public final class Houses {

	/** Receives one house: its index in the city, unit number, floor and room number. */
	@FunctionalInterface
	public interface Visitor {

		void house(int index, int unit, int floor, String room) throws java.io.IOException;

	}

	private Houses() {
	}

	public static void each(Building b, Visitor visitor) throws java.io.IOException {
		if (b.singleHouse) {
			visitor.house(b.firstHouse, 1, 1, "1");
			return;
		}
		int index = b.firstHouse;
		for (int u = 1; u <= b.units; u++) {
			for (int f = 1; f <= b.floors; f++) {
				for (int r = 1; r <= b.roomsPerFloor; r++) {
					visitor.house(index++, u, f, String.valueOf(f * 100 + r));
				}
			}
		}
	}

}

package org.linli.bench.city;

import java.util.SplittableRandom;

import org.linli.bench.city.City.Building;

/**
 * How many people live in each house: homes are occupied with the probability that makes
 * the expected total meet the target (about 88% for 1m), household sizes are drawn, and
 * then single people are added or taken away at random homes until the total is exact.
 */
final class Occupancy {

	private Occupancy() {
	}

	static byte[] plan(City city, SplittableRandom random) {
		byte[] sizes = new byte[city.houses];
		boolean[] home = new boolean[city.houses];
		int homes = 0;
		for (Building b : city.buildings) {
			for (int i = 0; i < b.houseCount(); i++) {
				int floor = b.singleHouse ? 1 : 1 + (i / b.roomsPerFloor) % b.floors;
				home[b.firstHouse + i] = b.useOn(floor).equals("住宅");
				homes += home[b.firstHouse + i] ? 1 : 0;
			}
		}
		int target = city.size.residents();
		double occupied = Math.min(0.97, target / (homes * 2.8));
		long total = 0;
		for (int h = 0; h < sizes.length; h++) {
			if (home[h] && random.nextDouble() < occupied) {
				sizes[h] = (byte) Household.drawSize(random);
				total += sizes[h];
			}
		}
		while (total != target) {
			int h = random.nextInt(sizes.length);
			if (!home[h]) {
				continue;
			}
			if (total < target && sizes[h] < 9) {
				sizes[h]++;
				total++;
			}
			else if (total > target && sizes[h] > 0) {
				sizes[h]--;
				total--;
			}
		}
		return sizes;
	}

}

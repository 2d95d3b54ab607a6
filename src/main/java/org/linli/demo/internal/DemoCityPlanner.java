package org.linli.demo.internal;

import java.util.Map;
import java.util.Random;

import org.linli.identity.Role;

/**
 * Plans the demo city from a fixed seed, so every install gets the same city (same names,
 * layouts and coordinates).
 */
final class DemoCityPlanner {

	static final long SEED = 340705L;

	private DemoCityPlanner() {
	}

	static DemoCityPlan plan() {
		Random random = new Random(SEED);
		DemoTree tree = new DemoTree();
		DemoHousing housing = new DemoHousing(tree, random);
		DemoStaff staff = new DemoStaff(tree, random);
		return new DemoCityPlan(tree.nodes, tree.compounds, housing.buildings, housing.units, housing.houses,
				staff.accounts);
	}

	/** Username of the login the console shows for each role. */
	static Map<Role, String> showcase() {
		return new DemoStaff(new DemoTree(), new Random(SEED)).showcase;
	}

}

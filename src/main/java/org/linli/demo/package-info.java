/**
 * Demo city — a small, realistic city that makes a fresh install usable at once. Owns the
 * fixture loader that, on first start and only while the tree has no city 340700, writes
 * 铜陵市 → 铜官区 with its streets, communities, grids, ten-household units, compounds,
 * buildings, units and houses, residents with their households, key-population tags,
 * occupancies and the door-knock visits that verified them (through the population
 * module's seeding API), about 300 grid events in every state in the first street
 * (written to the events tables, then the dashboard's figures rebuilt), and one staff
 * account for every role and level; it prints the URL and the demo logins. The same
 * seeded generator gives every install the same city, so demos, screenshots and
 * benchmarks can be compared. Serves evaluators, trainers and developers; production
 * installs switch it off ({@code LINLI_DEMO=false}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo city",
		allowedDependencies = { "shared", "region", "identity", "population", "dashboard" })
package org.linli.demo;

package org.linli.demo.internal;

import java.time.Clock;
import java.util.List;

import org.linli.dashboard.EventFigures;
import org.linli.identity.Role;
import org.linli.population.PopulationSeeding;
import org.linli.population.PopulationSeeding.Seeded;
import org.linli.population.PopulationSeeding.Source;
import org.linli.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo city once — region tree, houses, accounts, residents and grid events —
 * in one transaction (a crash mid-load leaves nothing), under a transaction-scoped
 * advisory lock (two nodes starting together load it once), and only while no city 340700
 * exists.
 */
@Component
class DemoCityLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoCityLoader.class);

	/** Advisory lock key: "LINLI" in ASCII. */
	private static final long LOCK = 0x4C494E4C49L;

	/** The history's author of the seeded residents (数据来源: 部门下发). */
	static final String SEEDED_BY = "demo";

	/**
	 * Streets whose houses get residents, in plan order: the first (天井湖街道, three
	 * communities, about 17,000 residents). All three streets (about 44,000) took too
	 * long for a first start on a two-core machine.
	 */
	static final int RESIDENT_STREETS = 1;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	private final Regions regions;

	private final DemoRegionWriter regionWriter;

	private final DemoAccountWriter accountWriter;

	private final PasswordEncoder passwords;

	private final DemoProperties properties;

	private final PopulationSeeding seeding;

	private final Clock clock;

	private final DemoEvents events;

	private final EventFigures figures;

	DemoCityLoader(PlatformTransactionManager transactions, JdbcTemplate jdbc, Regions regions,
			DemoRegionWriter regionWriter, DemoAccountWriter accountWriter, PasswordEncoder passwords,
			DemoProperties properties, PopulationSeeding seeding, Clock clock, DemoEvents events,
			EventFigures figures) {
		this.events = events;
		this.figures = figures;
		this.seeding = seeding;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.jdbc = jdbc;
		this.regions = regions;
		this.regionWriter = regionWriter;
		this.accountWriter = accountWriter;
		this.passwords = passwords;
		this.properties = properties;
	}

	/** True when this call loaded the city, false when it was already there. */
	boolean loadIfAbsent() {
		if (present()) {
			return false;
		}
		long start = System.nanoTime();
		Boolean loaded = transaction.execute(status -> {
			jdbc.queryForObject("select 1 from (select pg_advisory_xact_lock(?)) locked", Integer.class, LOCK);
			if (present()) {
				return false;
			}
			DemoCityPlan plan = DemoCityPlanner.plan();
			DemoRegionWriter.WrittenNodes nodes = regionWriter.write(plan);
			// bcrypt is slow on purpose: one hash, shared by every demo account
			accountWriter.write(plan.accounts(), nodes, passwords.encode(properties.password()));
			long population = System.nanoTime();
			DemoResidents residents = residents(plan, nodes);
			Seeded seeded = seeding.seed(residents.seeds, residents.knocks, Source.DEPARTMENT, SEEDED_BY);
			long eventsStart = System.nanoTime();
			int written = events.write(plan, nodes,
					accountWriter.ids(plan.accounts().stream().map(DemoCityPlan.Account::username).toList()),
					clock.instant());
			EventFigures.Rebuilt rebuilt = figures.rebuild();
			log.info(
					"Demo city loaded: {} region nodes, {} buildings, {} houses, {} accounts, {} residents in {} "
							+ "households ({} occupancies, {} door knocks), {} events ({} in the figures) in {} ms "
							+ "(residents {} ms, events {} ms)",
					plan.nodes().size(), plan.buildings().size(), plan.houses().size(), plan.accounts().size(),
					seeded.residents(), seeded.households(), seeded.occupancies(), seeded.knocks(), written,
					rebuilt.events(), (System.nanoTime() - start) / 1_000_000, (eventsStart - population) / 1_000_000,
					(System.nanoTime() - eventsStart) / 1_000_000);
			return true;
		});
		return Boolean.TRUE.equals(loaded);
	}

	/**
	 * The residents as this load plans them, against the ids the city just received (the
	 * resident accounts to bind, the grid workers who knocked).
	 */
	DemoResidents residents(DemoCityPlan plan, DemoRegionWriter.WrittenNodes nodes) {
		List<String> usernames = plan.accounts()
			.stream()
			.filter(a -> a.role() == Role.RESIDENT || a.role() == Role.GRID_WORKER)
			.map(DemoCityPlan.Account::username)
			.toList();
		return new DemoResidents(plan, nodes.houses(), accountWriter.ids(usernames), clock.instant(), clock.getZone(),
				RESIDENT_STREETS);
	}

	private boolean present() {
		return regions.nodeByCode(DemoTree.CITY_CODE).isPresent();
	}

}

package org.linli.demo.internal;

import org.linli.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo city once: in one transaction (a crash mid-load leaves nothing), under a
 * transaction-scoped advisory lock (two nodes starting together load it once), and only
 * while no city 340700 exists.
 */
@Component
class DemoCityLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoCityLoader.class);

	/** Advisory lock key: "LINLI" in ASCII. */
	private static final long LOCK = 0x4C494E4C49L;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	private final Regions regions;

	private final DemoRegionWriter regionWriter;

	private final DemoAccountWriter accountWriter;

	private final PasswordEncoder passwords;

	private final DemoProperties properties;

	DemoCityLoader(PlatformTransactionManager transactions, JdbcTemplate jdbc, Regions regions,
			DemoRegionWriter regionWriter, DemoAccountWriter accountWriter, PasswordEncoder passwords,
			DemoProperties properties) {
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
			log.info("Demo city loaded: {} region nodes, {} buildings, {} houses, {} accounts in {} ms",
					plan.nodes().size(), plan.buildings().size(), plan.houses().size(), plan.accounts().size(),
					(System.nanoTime() - start) / 1_000_000);
			return true;
		});
		return Boolean.TRUE.equals(loaded);
	}

	private boolean present() {
		return regions.nodeByCode(DemoTree.CITY_CODE).isPresent();
	}

}

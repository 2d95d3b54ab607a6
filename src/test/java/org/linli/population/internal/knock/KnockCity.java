package org.linli.population.internal.knock;

import java.util.concurrent.atomic.AtomicInteger;

import org.linli.identity.Role;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.shared.IdCardNumber;
import org.linli.testing.ApiCalls;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;
import org.linli.testing.TestIdCards;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A test city for door knocking: staff in grid A and community A, and houses with
 * residents written as the application stores them.
 */
final class KnockCity {

	private static final AtomicInteger next = new AtomicInteger();

	final TestCity city;

	final String gridWorkerName;

	final Authentication gridWorker;

	final Authentication communityWorker;

	final Authentication otherGridWorker;

	private final JdbcClient jdbc;

	private final ResidentProtection protection;

	KnockCity(JdbcClient jdbc, PasswordEncoder passwords, ApiCalls api, ResidentProtection protection) {
		this.jdbc = jdbc;
		this.protection = protection;
		city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		gridWorkerName = accounts.create(Role.GRID_WORKER, city.gridA);
		gridWorker = api.login(gridWorkerName);
		communityWorker = api.login(accounts.create(Role.COMMUNITY_WORKER, city.communityA));
		otherGridWorker = api.login(accounts.create(Role.GRID_WORKER, city.gridB));
	}

	/** A house in a new building of {@code grid}. */
	long house(TestCity.Node grid, String room) {
		long building = jdbc.sql("""
				insert into region_building (grid_id, number, path)
				values (:grid, :number, cast(:path as ltree)) returning id""")
			.param("grid", grid.id())
			.param("number", "K" + next.incrementAndGet())
			.param("path", grid.path().value())
			.query(Long.class)
			.single();
		return jdbc.sql("""
				insert into region_house (building_id, room_number, floor, path)
				values (:b, :room, 1, cast(:path as ltree)) returning id""")
			.param("b", building)
			.param("room", room)
			.param("path", grid.path().value())
			.query(Long.class)
			.single();
	}

	/** An active resident living in {@code house} of {@code grid}. */
	long resident(TestCity.Node grid, long house, String name) {
		IdCardNumber idCard = IdCardNumber.parse(TestIdCards.random());
		var id = protection.seal(idCard);
		return jdbc.sql("""
				insert into population_resident (path, region_id, house_id, name, id_number_cipher, id_number_index,
				       id_number_masked, birth_date, sex, residence_type)
				values (cast(:path as ltree), :region, :house, :name, :cipher, :ix, :masked, :birth, :sex, 'REGISTERED')
				returning id""")
			.param("path", grid.path().value())
			.param("region", grid.id())
			.param("house", house)
			.param("name", name)
			.param("cipher", id.cipher())
			.param("ix", id.index())
			.param("masked", id.masked())
			.param("birth", idCard.birthDate())
			.param("sex", idCard.male() ? "M" : "F")
			.query(Long.class)
			.single();
	}

}

package org.linli.population.internal;

import java.util.Optional;

import org.linli.population.ResidentHomes;
import org.linli.shared.RegionPath;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Looks up the record a resident's account is bound to. */
@Service
class JdbcResidentHomes implements ResidentHomes {

	private final JdbcClient jdbc;

	JdbcResidentHomes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<RegionPath> homeOf(long accountId) {
		return jdbc.sql("""
				select path::text from population_resident
				 where account_id = :account and retired_at is null order by id limit 1""")
			.param("account", accountId)
			.query(String.class)
			.optional()
			.map(RegionPath::new);
	}

}

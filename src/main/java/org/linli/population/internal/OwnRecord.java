package org.linli.population.internal;

import org.linli.population.internal.protect.ResidentProtection;
import org.linli.shared.ConflictException;
import org.linli.shared.IdCardNumber;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.NotFoundException;
import org.linli.shared.PhoneNumber;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 实名绑定 — a resident's account is bound to their population record when name, ID number
 * and the account's mobile number (its username) all match one active record. A mismatch
 * never says which part was wrong.
 */
@Service
@Transactional
public class OwnRecord {

	private final JdbcClient jdbc;

	private final ResidentProtection protection;

	OwnRecord(JdbcClient jdbc, ResidentProtection protection) {
		this.jdbc = jdbc;
		this.protection = protection;
	}

	/** The caller's own record, masked. */
	@Transactional(readOnly = true)
	public Resident mine(Jurisdiction me) {
		requireResident(me);
		return jdbc.sql(ResidentStore.SELECT + " where r.account_id = :account and r.retired_at is null")
			.param("account", me.accountId())
			.query(ResidentStore::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("resident", "me"));
	}

	public Resident bind(Jurisdiction me, String name, String idCardNumber) {
		requireResident(me);
		IdCardNumber idCard = IdCardNumber.parse(idCardNumber);
		String phoneIndex;
		try {
			phoneIndex = protection.index(PhoneNumber.parse(me.username()));
		}
		catch (InvalidInputException ex) {
			throw new InvalidInputException("error.population.binding.noMatch", "idCardNumber");
		}
		var match = jdbc.sql("""
				select id, account_id from population_resident
				 where id_number_index = :ix and phone_index = :phone and name = :name and retired_at is null""")
			.param("ix", protection.index(idCard))
			.param("phone", phoneIndex)
			.param("name", name == null ? "" : name.trim())
			.query((rs, row) -> new long[] { rs.getLong("id"), rs.getLong("account_id") })
			.optional()
			.orElseThrow(() -> new InvalidInputException("error.population.binding.noMatch", "idCardNumber"));
		if (match[1] != 0 && match[1] != me.accountId()) {
			throw ConflictException.onField("idCardNumber", "error.population.binding.taken");
		}
		jdbc.sql("update population_resident set account_id = null where account_id = :account and id <> :id")
			.param("account", me.accountId())
			.param("id", match[0])
			.update();
		jdbc.sql("update population_resident set account_id = :account where id = :id")
			.param("account", me.accountId())
			.param("id", match[0])
			.update();
		return mine(me);
	}

	/** The account bound to a resident record, if any (for "who read my data"). */
	@Transactional(readOnly = true)
	public Long accountOf(long residentId) {
		return jdbc.sql("select account_id from population_resident where id = :id")
			.param("id", residentId)
			.query((rs, row) -> rs.getObject(1, Long.class))
			.optional()
			.orElse(null);
	}

	private static void requireResident(Jurisdiction me) {
		// Staff have no own population record here; to them it simply does not exist.
		if (me.scope() != Jurisdiction.Scope.SELF) {
			throw new NotFoundException("resident", "me");
		}
	}

}

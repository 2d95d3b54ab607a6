package org.linli.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.linli.identity.Role;
import org.linli.shared.RegionPath;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts in {@code identity_account}. */
@Repository
class AccountRepository {

	static final String COLUMNS = "id, username, display_name, role, region_id, region_path::text as region_path, department_code, password_hash, enabled, failed_attempts, locked_until, version";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> findByUsername(String username) {
		return jdbc.sql("select " + COLUMNS + " from identity_account where lower(username) = lower(:username)")
			.param("username", username)
			.query(AccountRepository::map)
			.optional();
	}

	Optional<Account> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from identity_account where id = :id")
			.param("id", id)
			.query(AccountRepository::map)
			.optional();
	}

	List<String> permissionsOf(Role role) {
		return jdbc.sql("select permission from identity_role_permission where role = :role order by permission")
			.param("role", role.name())
			.query(String.class)
			.list();
	}

	/**
	 * Counts a failed login and locks the account when the count reaches the policy's
	 * limit.
	 */
	void recordFailedLogin(long id, int maxFailures, Instant lockUntil) {
		jdbc.sql("""
				update identity_account
				   set failed_attempts = failed_attempts + 1,
				       locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end
				 where id = :id""")
			.param("max", maxFailures)
			.param("until", Timestamp.from(lockUntil))
			.param("id", id)
			.update();
	}

	void recordSuccessfulLogin(long id, Instant at) {
		jdbc.sql(
				"update identity_account set failed_attempts = 0, locked_until = null, last_login_at = :at where id = :id")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	static Account map(ResultSet rs, int row) throws SQLException {
		String path = rs.getString("region_path");
		Timestamp locked = rs.getTimestamp("locked_until");
		Long regionId = rs.getObject("region_id", Long.class);
		return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), regionId, path == null ? null : new RegionPath(path),
				rs.getString("department_code"), rs.getString("password_hash"), rs.getBoolean("enabled"),
				rs.getInt("failed_attempts"), locked == null ? null : locked.toInstant(), rs.getInt("version"));
	}

}

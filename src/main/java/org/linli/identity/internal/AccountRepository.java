package org.linli.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

	private final Map<Role, List<String>> permissions = new ConcurrentHashMap<>();

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

	/**
	 * The permissions granted to a role. They change only with a migration, so they are
	 * read once per role and kept; every request of every token call needs them.
	 */
	List<String> permissionsOf(Role role) {
		return permissions.computeIfAbsent(role,
				r -> jdbc.sql("select permission from identity_role_permission where role = :role order by permission")
					.param("role", r.name())
					.query(String.class)
					.list());
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

	/** Creates an account and answers its id. */
	long create(String username, String displayName, Role role, Placement placement, String passwordHash) {
		return jdbc.sql("""
				insert into identity_account (username, display_name, role, region_id, region_path, department_code,
				                              password_hash)
				values (:username, :name, :role, :regionId, cast(:regionPath as ltree), :department, :hash)
				returning id""")
			.param("username", username)
			.param("name", displayName)
			.param("role", role.name())
			.param("regionId", placement.regionId())
			.param("regionPath", placement.regionPath() == null ? null : placement.regionPath().value())
			.param("department", placement.departmentCode())
			.param("hash", passwordHash)
			.query(Long.class)
			.single();
	}

	/** Changes name, role and placement; false when {@code version} is stale. */
	boolean change(long id, String displayName, Role role, Placement placement, int version) {
		return jdbc.sql("""
				update identity_account
				   set display_name = :name, role = :role, region_id = :regionId,
				       region_path = cast(:regionPath as ltree), department_code = :department, version = version + 1
				 where id = :id and version = :version""")
			.param("name", displayName)
			.param("role", role.name())
			.param("regionId", placement.regionId())
			.param("regionPath", placement.regionPath() == null ? null : placement.regionPath().value())
			.param("department", placement.departmentCode())
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	void setEnabled(long id, boolean enabled) {
		jdbc.sql("update identity_account set enabled = :enabled, version = version + 1 where id = :id")
			.param("enabled", enabled)
			.param("id", id)
			.update();
	}

	/** Ends a lockout and forgets the failed logins that led to it. */
	void unlock(long id) {
		jdbc.sql(
				"update identity_account set failed_attempts = 0, locked_until = null, version = version + 1 where id = :id")
			.param("id", id)
			.update();
	}

	/** Sets a new password; a reset also ends any lockout. */
	void changePassword(long id, String passwordHash, Instant at) {
		jdbc.sql("""
				update identity_account
				   set password_hash = :hash, password_changed_at = :at, failed_attempts = 0, locked_until = null,
				       version = version + 1
				 where id = :id""")
			.param("hash", passwordHash)
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

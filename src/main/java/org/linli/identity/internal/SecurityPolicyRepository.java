package org.linli.identity.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of {@code identity_security_policy}. */
@Repository
class SecurityPolicyRepository {

	private final JdbcClient jdbc;

	SecurityPolicyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	SecurityPolicy current() {
		return jdbc.sql("""
				select min_password_length, min_character_classes, max_failed_attempts, lockout_minutes,
				       idle_timeout_minutes, version
				  from identity_security_policy where id = 1""")
			.query((rs, row) -> new SecurityPolicy(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6)))
			.single();
	}

	/**
	 * Saves a new policy; false when someone else changed it since
	 * {@code policy.version()} was read.
	 */
	boolean save(SecurityPolicy policy, String by) {
		return jdbc.sql("""
				update identity_security_policy
				   set min_password_length = :len, min_character_classes = :classes, max_failed_attempts = :max,
				       lockout_minutes = :lock, idle_timeout_minutes = :idle, version = version + 1,
				       updated_at = now(), updated_by = :by
				 where id = 1 and version = :version""")
			.param("len", policy.minPasswordLength())
			.param("classes", policy.minCharacterClasses())
			.param("max", policy.maxFailedAttempts())
			.param("lock", policy.lockoutMinutes())
			.param("idle", policy.idleTimeoutMinutes())
			.param("by", by)
			.param("version", policy.version())
			.update() == 1;
	}

}

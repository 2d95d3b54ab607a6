package org.linli.identity.internal;

import org.linli.identity.AuditLog;
import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 安全策略管理 (安全管理员). A saved policy takes effect with the next login: lockout and session
 * timeout read the policy each time.
 */
@Service
public class PolicyAdministration {

	private final SecurityPolicyRepository policies;

	private final AuditLog audit;

	PolicyAdministration(SecurityPolicyRepository policies, AuditLog audit) {
		this.policies = policies;
		this.audit = audit;
	}

	/**
	 * The policy as its administrator reads and edits it.
	 *
	 * @param minPasswordLength 8–64
	 * @param minCharacterClasses 1–4 of lower case, upper case, digits, symbols
	 * @param maxFailedAttempts 3–20 consecutive failures lock an account
	 * @param lockoutMinutes 1–1440
	 * @param idleTimeoutMinutes 5–480
	 * @param version optimistic-lock version
	 */
	public record Settings(int minPasswordLength, int minCharacterClasses, int maxFailedAttempts, int lockoutMinutes,
			int idleTimeoutMinutes, int version) {
	}

	public Settings current() {
		SecurityPolicy p = policies.current();
		return new Settings(p.minPasswordLength(), p.minCharacterClasses(), p.maxFailedAttempts(), p.lockoutMinutes(),
				p.idleTimeoutMinutes(), p.version());
	}

	/** Saves new settings read at {@code settings.version()}. */
	@Transactional
	public Settings revise(Settings settings, String by) {
		within(settings.minPasswordLength(), 8, 64, "minPasswordLength");
		within(settings.minCharacterClasses(), 1, 4, "minCharacterClasses");
		within(settings.maxFailedAttempts(), 3, 20, "maxFailedAttempts");
		within(settings.lockoutMinutes(), 1, 1440, "lockoutMinutes");
		within(settings.idleTimeoutMinutes(), 5, 480, "idleTimeoutMinutes");
		SecurityPolicy policy = new SecurityPolicy(settings.minPasswordLength(), settings.minCharacterClasses(),
				settings.maxFailedAttempts(), settings.lockoutMinutes(), settings.idleTimeoutMinutes(),
				settings.version());
		if (!policies.save(policy, by)) {
			throw ConflictException.staleVersion("security policy", 1);
		}
		audit.record("policy.change", "security-policy", "SUCCESS",
				"minLength %d, classes %d, maxFailures %d, lockout %d min, idle %d min".formatted(
						settings.minPasswordLength(), settings.minCharacterClasses(), settings.maxFailedAttempts(),
						settings.lockoutMinutes(), settings.idleTimeoutMinutes()));
		return current();
	}

	private static void within(int value, int min, int max, String field) {
		if (value < min || value > max) {
			throw new InvalidInputException("error.policy.range", field, min, max);
		}
	}

}

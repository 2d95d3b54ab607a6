package org.linli.identity.internal;

import java.time.Duration;

import org.linli.shared.InvalidInputException;

/**
 * 安全策略 — the rules the security administrator sets: password strength, lockout and idle
 * timeout.
 *
 * @param minPasswordLength shortest password accepted
 * @param minCharacterClasses how many of lower case, upper case, digits and symbols it
 * must mix
 * @param maxFailedAttempts consecutive failures that lock an account
 * @param lockoutMinutes how long a lockout lasts
 * @param idleTimeoutMinutes idle time after which a session ends
 * @param version optimistic-lock version
 */
record SecurityPolicy(int minPasswordLength, int minCharacterClasses, int maxFailedAttempts, int lockoutMinutes,
		int idleTimeoutMinutes, int version) {

	Duration lockout() {
		return Duration.ofMinutes(lockoutMinutes);
	}

	Duration idleTimeout() {
		return Duration.ofMinutes(idleTimeoutMinutes);
	}

	/** Refuses a password that is too short or mixes too few kinds of characters. */
	void checkPassword(String password, String username) {
		if (password == null || password.length() < minPasswordLength) {
			throw new InvalidInputException("error.password.tooShort", "password", minPasswordLength);
		}
		int classes = 0;
		classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
		classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		if (classes < minCharacterClasses) {
			throw new InvalidInputException("error.password.tooSimple", "password", minCharacterClasses);
		}
		if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
			throw new InvalidInputException("error.password.containsUsername", "password");
		}
	}

}

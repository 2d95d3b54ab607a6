package org.linli.identity.internal;

import java.time.Clock;
import java.time.Instant;

import org.linli.identity.AuditLog;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins, locks an account after the policy's limit (5 by default) for the
 * policy's lockout (15 minutes), and audits every login attempt.
 */
@Component
class LoginAttempts {

	private final AccountRepository accounts;

	private final SecurityPolicyRepository policies;

	private final AuditLog audit;

	private final Clock clock;

	LoginAttempts(AccountRepository accounts, SecurityPolicyRepository policies, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.policies = policies;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof LinliPrincipal principal
				&& !(event.getAuthentication() instanceof ApiTokenAuthentication)) {
			accounts.recordSuccessfulLogin(principal.accountId(), clock.instant());
			audit.recordFor(principal.getUsername(), principal.role().name(), "login",
					"account:" + principal.accountId(), "SUCCESS", null);
		}
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		var account = accounts.findByUsername(username);
		if (event instanceof AuthenticationFailureBadCredentialsEvent && account.isPresent()) {
			SecurityPolicy policy = policies.current();
			Instant until = clock.instant().plus(policy.lockout());
			accounts.recordFailedLogin(account.get().id(), policy.maxFailedAttempts(), until);
		}
		String reason = event instanceof AuthenticationFailureLockedEvent ? "locked"
				: event.getException().getClass().getSimpleName();
		audit.recordFor(username, account.map(a -> a.role().name()).orElse(null), "login",
				account.map(a -> "account:" + a.id()).orElse(null), "FAILURE", reason);
	}

}

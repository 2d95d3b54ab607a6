package org.linli.identity.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads accounts for the login; a locked account is refused before its password is
 * checked.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Clock clock;

	AccountDetailsService(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username.trim())
			.orElseThrow(() -> new UsernameNotFoundException(username));
		return new LinliPrincipal(account, accounts.permissionsOf(account.role()), account.lockedAt(clock.instant()));
	}

	LinliPrincipal principalOf(Account account) {
		return new LinliPrincipal(account, accounts.permissionsOf(account.role()), account.lockedAt(clock.instant()));
	}

}

package org.linli.identity.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends an account's open sessions when it is disabled, its password is reset, or its role
 * or placement change: a session keeps the permissions and scope it logged in with.
 */
@Component
class AccountSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		this.sessions = sessions;
	}

	void endAll(String username) {
		sessions.ifAvailable(
				repository -> repository.findByPrincipalName(username).keySet().forEach(repository::deleteById));
	}

}

package org.linli.demo.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the demo city loads on first start, and the password of its accounts.
 *
 * @param enabled load the demo city when the tree has no city 340700 yet, and print the
 * demo logins on every start; unset means on with the embedded database and off with an
 * external one (production)
 * @param password password of every demo account (must satisfy the security policy)
 */
@ConfigurationProperties("linli.demo")
public record DemoProperties(Boolean enabled, @DefaultValue("Linli@2026") String password) {

	/** Whether the demo applies, given whether an external database is configured. */
	public boolean enabledWith(boolean externalDatabase) {
		return enabled != null ? enabled : !externalDatabase;
	}

}

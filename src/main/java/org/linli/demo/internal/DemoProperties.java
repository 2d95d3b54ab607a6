package org.linli.demo.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the demo city loads on first start, and the password of its accounts.
 *
 * @param enabled load the demo city when the tree has no city 340700 yet, and print the
 * demo logins on every start
 * @param password password of every demo account (must satisfy the security policy)
 */
@ConfigurationProperties("linli.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("Linli@2026") String password) {
}

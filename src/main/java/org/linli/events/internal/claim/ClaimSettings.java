package org.linli.events.internal.claim;

import org.linli.events.internal.ClaimPolicy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The claim pool's settings ({@code linli.events.claims.*}).
 *
 * @param staleWorkingDays working days a request may wait unclaimed before it is flagged
 * for the community
 * @param hoursPerWorkingDay working hours of a day as the time limits count them (the
 * office day of eight hours)
 */
@ConfigurationProperties("linli.events.claims")
record ClaimSettings(@DefaultValue("3") int staleWorkingDays, @DefaultValue("8") int hoursPerWorkingDay) {

	@Configuration(proxyBeanMethods = false)
	static class Beans {

		@Bean
		ClaimPolicy claimPolicy(ClaimSettings settings) {
			return new ClaimPolicy(settings.staleWorkingDays(), settings.hoursPerWorkingDay());
		}

	}

}

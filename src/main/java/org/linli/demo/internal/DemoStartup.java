package org.linli.demo.internal;

import java.lang.management.ManagementFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On start, when the demo is enabled: loads the demo city if it is not there yet, then
 * (once the application is ready) prints the URL and the demo logins.
 */
@Component
class DemoStartup implements ApplicationRunner {

	private final DemoProperties properties;

	private final DemoCityLoader loader;

	private final DemoBanner banner;

	private final Environment environment;

	DemoStartup(DemoProperties properties, DemoCityLoader loader, DemoBanner banner, Environment environment) {
		this.properties = properties;
		this.loader = loader;
		this.banner = banner;
		this.environment = environment;
	}

	private boolean enabled() {
		return properties.enabledWith(!environment.getProperty("linli.db.url", "").isBlank());
	}

	@Override
	public void run(ApplicationArguments args) {
		if (enabled()) {
			loader.loadIfAbsent();
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		if (!enabled()) {
			return;
		}
		long startedMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
		// local.server.port is the port actually bound (server.port may be 0); absent
		// under MockMvc
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		banner.print("http://localhost:" + port + "/", startedMillis);
	}

}

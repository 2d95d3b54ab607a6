package org.linli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Linli (邻里) — smart-community grid-governance platform.
 *
 * <p>
 * The root package holds infrastructure only (database start-up); every business area is
 * an application module in its own sub-package, verified by Spring Modulith.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LinliApplication {

	public static void main(String[] args) {
		SpringApplication.run(LinliApplication.class, args);
	}

}

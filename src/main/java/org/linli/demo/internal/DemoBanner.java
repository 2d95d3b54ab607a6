package org.linli.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.linli.demo.internal.DemoAccountWriter.Login;
import org.linli.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The boxed console message a demo install starts with: where to go, how long start-up
 * took, and one login per role.
 */
@Component
class DemoBanner {

	private static final Logger log = LoggerFactory.getLogger(DemoBanner.class);

	private final DemoAccountWriter accounts;

	private final DemoProperties properties;

	DemoBanner(DemoAccountWriter accounts, DemoProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	void print(String url, long startedMillis) {
		Map<Role, String> showcase = DemoCityPlanner.showcase();
		List<Login> logins = accounts.existing(showcase.values());
		log.info("\n{}", box(lines(url, startedMillis, properties.password(), showcase, logins)));
	}

	static List<String> lines(String url, long startedMillis, String password, Map<Role, String> showcase,
			List<Login> logins) {
		List<String> lines = new ArrayList<>();
		lines.add("Linli 邻里 is ready: " + url);
		lines.add(String.format(Locale.ROOT, "Started in %.1f s (from JVM start)", startedMillis / 1000.0));
		if (logins.isEmpty()) {
			lines.add("No demo accounts here (the region tree held another city before the demo could load).");
			return lines;
		}
		lines.add("");
		lines.add("Demo logins, password for all: " + password);
		for (Role role : showcase.keySet()) {
			logins.stream()
				.filter(login -> login.role() == role && login.username().equalsIgnoreCase(showcase.get(role)))
				.findFirst()
				.ifPresent(login -> lines.add(String.format(Locale.ROOT, "  %-12s %-19s %s", login.username(),
						role.name(), login.region() == null ? "-" : login.region())));
		}
		return lines;
	}

	static String box(List<String> lines) {
		int width = lines.stream().mapToInt(DemoBanner::displayWidth).max().orElse(0) + 2;
		StringBuilder box = new StringBuilder("+").append("-".repeat(width)).append("+\n");
		for (String line : lines) {
			box.append("| ").append(line).append(" ".repeat(width - 1 - displayWidth(line))).append("|\n");
		}
		return box.append("+").append("-".repeat(width)).append("+").toString();
	}

	/** Columns a line takes in a terminal: CJK characters are two wide. */
	static int displayWidth(String line) {
		return line.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
	}

}

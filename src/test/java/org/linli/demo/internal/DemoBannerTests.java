package org.linli.demo.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.demo.internal.DemoAccountWriter.Login;
import org.linli.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

class DemoBannerTests {

	@Test
	void showsTheUrlThePasswordAndOneLoginPerRoleThatExists() {
		List<String> lines = DemoBanner.lines("http://localhost:18080/", 4200L, "Linli@2026",
				DemoCityPlanner.showcase(),
				List.of(new Login("grid1", Role.GRID_WORKER, "天井湖社区第1网格"),
						new Login("grid2", Role.GRID_WORKER, "天井湖社区第2网格"),
						new Login("secadmin", Role.SECURITY_ADMIN, null)));
		assertThat(lines).contains("Linli 邻里 is ready: http://localhost:18080/", "Started in 4.2 s (from JVM start)");
		assertThat(String.join("\n", lines)).contains("Linli@2026")
			.contains("grid1")
			.doesNotContain("grid2")
			.contains("secadmin");
	}

	@Test
	void saysSoWhenTheDemoAccountsAreMissing() {
		assertThat(DemoBanner.lines("http://localhost:8080/", 1000L, "x", DemoCityPlanner.showcase(), List.of()))
			.anyMatch(line -> line.startsWith("No demo accounts"));
	}

	@Test
	void alignsTheBoxForChineseCharactersTwoColumnsWide() {
		String box = DemoBanner.box(List.of("铜官区", "abc"));
		assertThat(box.lines().map(DemoBanner::displayWidth).distinct()).hasSize(1);
	}

}

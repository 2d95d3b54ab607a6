package org.linli.demo.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPropertiesTests {

	@Test
	void theDemoCityIsOnByDefaultOnlyWithTheEmbeddedDatabase() {
		assertThat(new DemoProperties(null, "x").enabledWith(false)).isTrue();
		assertThat(new DemoProperties(null, "x").enabledWith(true)).as("production: an external database").isFalse();
	}

	@Test
	void anExplicitChoiceWins() {
		assertThat(new DemoProperties(true, "x").enabledWith(true)).isTrue();
		assertThat(new DemoProperties(false, "x").enabledWith(false)).isFalse();
	}

}

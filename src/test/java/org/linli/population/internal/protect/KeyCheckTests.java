package org.linli.population.internal.protect;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A node with other keys than the database's first writer refuses to start. */
@SpringBootTest
class KeyCheckTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ResidentProtection protection;

	@Test
	void theDatabaseRemembersOnlyFingerprintsOfTheKeys() {
		String stored = jdbc.sql("select data_key || index_key from population_key_check").query(String.class).single();
		assertThat(stored).hasSize(128).isEqualTo(String.join("", protection.keyFingerprints()));
	}

	@Test
	void aNodeWithOtherKeysRefusesToStart() {
		String[] saved = protection.keyFingerprints();
		jdbc.sql("update population_key_check set index_key = :other").param("other", "0".repeat(64)).update();
		try {
			assertThatThrownBy(() -> new KeyCheck(jdbc, protection)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("LINLI_INDEX_KEY");
		}
		finally {
			jdbc.sql("update population_key_check set index_key = :mine").param("mine", saved[1]).update();
		}
		new KeyCheck(jdbc, protection);
	}

}

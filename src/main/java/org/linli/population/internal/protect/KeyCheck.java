package org.linli.population.internal.protect;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a node whose encryption keys differ from the ones the database was
 * first written with. Without it, a second node started without the configured keys would
 * generate its own: its writes could not be read by the first node, and its blind index
 * would let the same ID number in twice. The database keeps only one-way fingerprints of
 * the keys.
 */
@Component
class KeyCheck {

	KeyCheck(JdbcClient jdbc, ResidentProtection protection) {
		String[] mine = protection.keyFingerprints();
		jdbc.sql("""
				insert into population_key_check (id, data_key, index_key) values (1, :data, :index)
				on conflict (id) do nothing""").param("data", mine[0]).param("index", mine[1]).update();
		String[] database = jdbc.sql("select data_key, index_key from population_key_check where id = 1")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
		if (!database[0].equals(mine[0]) || !database[1].equals(mine[1])) {
			throw new IllegalStateException(
					"This node's LINLI_DATA_KEY / LINLI_INDEX_KEY are not the keys this database "
							+ "was written with. Start every node with the same keys (see README, configuration); "
							+ "with other keys the encrypted ID numbers and phones cannot be read.");
		}
	}

}

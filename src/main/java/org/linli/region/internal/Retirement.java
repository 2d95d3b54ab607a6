package org.linli.region.internal;

import java.sql.Timestamp;
import java.time.Clock;

import org.linli.shared.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 撤销 — retiring keeps a row for history (codes, paths and past records stay meaningful)
 * and takes it out of use. The same versioned update for every kind of region object, so
 * a retire that raced with an edit is refused the same way everywhere.
 */
final class Retirement {

	/**
	 * The region tables that can be retired; the SQL names come from here, never from
	 * input.
	 */
	enum Kind {

		NODE("region_node", "region"), COMPOUND("region_compound", "compound"), BUILDING("region_building", "building"),
		HOUSE("region_house", "house");

		private final String table;

		private final String what;

		Kind(String table, String what) {
			this.table = table;
			this.what = what;
		}

	}

	private Retirement() {
	}

	/**
	 * Retires row {@code id} of {@code kind} if it still has {@code version}; otherwise a
	 * 409.
	 */
	static void retire(JdbcClient jdbc, Clock clock, Kind kind, long id, int version) {
		int updated = jdbc.sql("update " + kind.table + """
				set retired_at = :now, updated_at = :now, version = version + 1
				where id = :id and version = :version""")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw ConflictException.staleVersion(kind.what, id);
		}
	}

}

package org.linli.bench.scenario;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pooled connection as the app uses it through Spring's JdbcClient: autocommit
 * between transactions, a statement prepared per call (pgjdbc turns the repeated ones
 * into server-side prepared statements after five uses, as in the app), every row and
 * column read, values bound by their Java type. Times each transaction by kind.
 */
final class SqlSession {

	/** Nanoseconds by name (a step's request, a transaction kind, a cycle). */
	static final class Timings {

		final Map<String, List<Long>> nanos = new HashMap<>();

		void add(String name, long value) {
			nanos.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
		}

		void addAll(Timings other) {
			other.nanos.forEach((k, v) -> nanos.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
		}

	}

	@FunctionalInterface
	interface Work {

		void run() throws SQLException;

	}

	private final Connection c;

	Timings times = new Timings();

	SqlSession(Connection connection) throws SQLException {
		this.c = connection;
		connection.setAutoCommit(true);
	}

	/**
	 * One transaction (BEGIN, or BEGIN READ ONLY, as pgjdbc sends them), timed as
	 * {@code kind}.
	 */
	void tx(String kind, boolean readOnly, Work work) throws SQLException {
		long start = System.nanoTime();
		c.setReadOnly(readOnly);
		c.setAutoCommit(false);
		try {
			work.run();
			c.commit();
		}
		catch (SQLException | RuntimeException ex) {
			c.rollback();
			throw ex;
		}
		finally {
			c.setAutoCommit(true);
			c.setReadOnly(false);
		}
		times.add(kind, System.nanoTime() - start);
	}

	List<Object[]> query(String sql, Object... values) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			bind(ps, values);
			List<Object[]> rows = new ArrayList<>();
			try (ResultSet rs = ps.executeQuery()) {
				int columns = rs.getMetaData().getColumnCount();
				while (rs.next()) {
					Object[] row = new Object[columns];
					for (int i = 0; i < columns; i++) {
						row[i] = rs.getObject(i + 1);
					}
					rows.add(row);
				}
			}
			return rows;
		}
	}

	/** The one row {@code sql} must answer. */
	Object[] single(String what, String sql, Object... values) throws SQLException {
		List<Object[]> rows = query(sql, values);
		if (rows.size() != 1) {
			throw new SQLException(what + ": " + rows.size() + " rows, expected one");
		}
		return rows.get(0);
	}

	/** Rows changed (a statement answering rows, like a lock, counts as 1). */
	int update(String sql, Object... values) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			bind(ps, values);
			if (ps.execute()) {
				ps.getResultSet().close();
				return 1;
			}
			return ps.getUpdateCount();
		}
	}

	/**
	 * Binds as JdbcClient does on pgjdbc: instants as timestamps, nulls untyped, the rest
	 * by their Java type (Long int8, Integer int4, String varchar, UUID, LocalDate,
	 * String[] as an array).
	 */
	static void bind(PreparedStatement ps, Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			Object v = values[i];
			if (v == null) {
				ps.setNull(i + 1, Types.NULL);
			}
			else if (v instanceof Instant instant) {
				ps.setTimestamp(i + 1, Timestamp.from(instant));
			}
			else {
				ps.setObject(i + 1, v);
			}
		}
	}

	/** The app's clock, to the database's microsecond. */
	static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	static int num(Object value) {
		return ((Number) value).intValue();
	}

}

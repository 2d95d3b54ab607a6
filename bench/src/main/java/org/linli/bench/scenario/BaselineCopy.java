package org.linli.bench.scenario;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.linli.bench.BenchContext;
import org.linli.bench.city.ResidentsFile;
import org.postgresql.PGConnection;

/**
 * The raw limit for any resident import: pgjdbc's CopyManager streams residents-001.csv
 * (the very file the import scenarios upload) into a scratch table with one text column
 * per header, in the application's own database. The table is an ordinary logged table
 * and the session keeps synchronous_commit on, the durability the application runs with;
 * one COPY, one transaction. The table is dropped afterwards unless --keep.
 */
final class BaselineCopy implements Scenario {

	static final String TABLE = "bench_copy_residents";

	@Override
	public String name() {
		return "baseline-copy";
	}

	@Override
	public String unit() {
		return "rows";
	}

	@Override
	public Measurement run(BenchContext context) throws Exception {
		Map<String, Object> city = context.city();
		Path file = context.cityDir().resolve("residents-001.csv");
		@SuppressWarnings("unchecked")
		long expected = ((Number) ((Map<String, Object>) city.get("counts")).get("residents")).longValue();
		String columns = ResidentsFile.HEADERS.stream()
			.map(h -> "\"" + h + "\" text")
			.collect(Collectors.joining(", "));
		try (Connection c = context.database().connect(); Statement s = c.createStatement()) {
			s.execute("set synchronous_commit = on");
			s.execute("drop table if exists " + TABLE);
			s.execute("create table " + TABLE + " (" + columns + ")");
			long rows;
			double[] cpu = org.linli.bench.ProcessWatch.cpuSeconds();
			long start = System.nanoTime();
			try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
				rows = c.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("copy " + TABLE + " from stdin with (format csv, header true, encoding 'UTF8')", in);
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			Map<String, Object> cpuUsed = org.linli.bench.ProcessWatch.cpuSince(cpu, rows);
			long stored;
			try (var rs = s.executeQuery("select count(*) from " + TABLE)) {
				rs.next();
				stored = rs.getLong(1);
			}
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("table", TABLE + " (logged, synchronous_commit on, " + ResidentsFile.HEADERS.size()
					+ " text columns, no index)");
			details.put("file", file.getFileName() + " (" + Files.size(file) + " bytes)");
			details.put("database", context.database().describe());
			details.put("cpuSeconds", cpuUsed);
			if (!context.options().keep()) {
				s.execute("drop table " + TABLE);
			}
			if (rows != expected || stored != expected) {
				throw new IllegalStateException(
						"COPY reported " + rows + " rows and the table holds " + stored + "; expected " + expected);
			}
			return new Measurement(rows, seconds, null, null, null, dataset(city), details);
		}
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> dataset(Map<String, Object> city) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("size", city.get("size"));
		d.put("seed", city.get("seed"));
		Map<String, Object> counts = (Map<String, Object>) city.get("counts");
		for (String k : List.of("communities", "grids", "buildings", "houses", "households", "residents")) {
			d.put(k, counts.get(k));
		}
		return d;
	}

}

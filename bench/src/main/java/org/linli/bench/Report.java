package org.linli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One scenario's result as one JSON object: printed on stdout, appended to
 * bench/results/<scenario>.jsonl and summarised as a row of bench/RESULTS.md.
 */
public final class Report {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Path resultsDir;

	private final Path resultsMd;

	private final String commit;

	private final Map<String, Object> machine = machine();

	public Report(Path resultsDir, Path resultsMd, String commit) {
		this.resultsDir = resultsDir;
		this.resultsMd = resultsMd;
		this.commit = commit;
	}

	public Map<String, Object> start(String scenario) {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("scenario", scenario);
		r.put("date", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
		r.put("commit", commit);
		r.put("machine", machine);
		return r;
	}

	public void publish(Map<String, Object> result) throws IOException {
		String line = JSON.writeValueAsString(result);
		System.out.println(line);
		System.out.flush();
		Files.createDirectories(resultsDir);
		Files.writeString(resultsDir.resolve(result.get("scenario") + ".jsonl"), line + "\n", StandardCharsets.UTF_8,
				StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		try {
			appendMarkdown(result);
		}
		catch (RuntimeException ex) {
			// The JSON line is the result; a summary row that cannot be written must not
			// lose it.
			System.err.println("no RESULTS.md row for " + result.get("scenario") + ": " + ex);
		}
	}

	@SuppressWarnings("unchecked")
	private void appendMarkdown(Map<String, Object> r) throws IOException {
		if (!Files.exists(resultsMd)) {
			return;
		}
		Map<String, Object> m = (Map<String, Object>) r.get("machine");
		Map<String, Object> dataset = (Map<String, Object>) r.getOrDefault("dataset", Map.of());
		Map<String, Object> baseline = (Map<String, Object>) r.get("baseline");
		String figure = "failed".equals(r.get("status")) ? "failed: " + r.get("reason")
				: r.containsKey("rowsPerSecond")
						? String.format(Locale.ROOT, "%,.0f rows/s (%,d rows in %.1f s)", r.get("rowsPerSecond"),
								r.get("rows"), r.get("seconds"))
						: String.format(Locale.ROOT, "%,.0f req/s; p50/p95/p99 %s/%s/%s ms (%s users%s)",
								r.get("requestsPerSecond"), r.get("p50Ms"), r.get("p95Ms"), r.get("p99Ms"),
								((Map<String, Object>) r.get("details")).get("concurrency"), think(r));
		String ratio = baseline == null || baseline.get("ratio") == null ? "–"
				: baseline.get("ratio") + " × " + baseline.get("name");
		String row = "| %s | %s | %s cores, %s GB, load %s | %s | %s | %s | %s | %s |%n".formatted(
				r.get("date").toString().substring(0, 16).replace('T', ' '), r.get("commit"), m.get("cores"),
				m.get("memoryGb"), m.get("loadAverage"), r.get("scenario"), dataset.getOrDefault("size", "–"), figure,
				ratio, r.get("status"));
		Files.writeString(resultsMd, row, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
	}

	static Map<String, Object> machine() {
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("cores", Runtime.getRuntime().availableProcessors());
		m.put("memoryGb", Math.round(os.getTotalMemorySize() / 1e8) / 10.0);
		m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch"));
		m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
		m.put("loadAverage", Math.round(os.getSystemLoadAverage() * 100) / 100.0);
		return m;
	}

	/** ", think 1000 ms" when the users paused between requests (--think). */
	@SuppressWarnings("unchecked")
	private static String think(Map<String, Object> r) {
		Object ms = ((Map<String, Object>) r.get("details")).get("thinkMs");
		return ms instanceof Number n && n.longValue() > 0 ? ", think " + n + " ms" : "";
	}

}

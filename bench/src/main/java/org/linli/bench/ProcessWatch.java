package org.linli.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The application process as Linux sees it (bench/run passes its pid in the system
 * property {@code bench.appPid}): peak resident set size so far (VmHWM, the process's
 * lifetime, so it includes start-up and earlier scenarios of the run) and the JVM options
 * it was started with.
 */
public final class ProcessWatch {

	private ProcessWatch() {
	}

	private static final double TICKS = 100.0;

	/**
	 * CPU seconds used so far by the application (user + system) and by the embedded
	 * PostgreSQL (postmaster, its live backends, and the backends it has reaped); -1 when
	 * unknown. The machine is shared: CPU time, unlike wall time, does not grow with the
	 * neighbours' load.
	 */
	public static double[] cpuSeconds() {
		String data = System.getProperty("bench.appData");
		return cpuSeconds(data == null || System.getenv("LINLI_DB_URL") != null ? null : Path.of(data));
	}

	/** CPU used between {@code before} (from {@link #cpuSeconds()}) and now, for details. */
	public static Map<String, Object> cpuSince(double[] before, long rows) {
		double[] after = cpuSeconds();
		Map<String, Object> d = new LinkedHashMap<>();
		if (before[0] >= 0) {
			d.put("app", Math.round((after[0] - before[0]) * 10) / 10.0);
		}
		if (before[1] >= 0) {
			d.put("database", Math.round((after[1] - before[1]) * 10) / 10.0);
		}
		double total = (before[0] >= 0 ? after[0] - before[0] : 0) + (before[1] >= 0 ? after[1] - before[1] : 0);
		if (total > 0) {
			d.put("rowsPerCpuSecond", Math.round(rows / total));
		}
		return d;
	}

	public static double[] cpuSeconds(Path appData) {
		double app = -1;
		double db = -1;
		try {
			String pid = System.getProperty("bench.appPid");
			if (pid != null) {
				long[] f = stat(Path.of("/proc", pid, "stat"));
				app = (f[0] + f[1]) / TICKS;
			}
			Path pidFile = appData == null ? null : appData.resolve("pg/postmaster.pid");
			if (pidFile != null && Files.exists(pidFile)) {
				String postmaster = Files.readAllLines(pidFile).get(0).trim();
				long[] p = stat(Path.of("/proc", postmaster, "stat"));
				long ticks = p[0] + p[1] + p[2] + p[3];
				try (var procs = Files.list(Path.of("/proc"))) {
					for (Path proc : procs.filter(x -> x.getFileName().toString().matches("\\d+")).toList()) {
						try {
							String line = Files.readString(proc.resolve("stat"));
							String[] after = line.substring(line.lastIndexOf(')') + 2).split(" ");
							if (after[1].equals(postmaster)) {
								ticks += Long.parseLong(after[11]) + Long.parseLong(after[12]);
							}
						}
						catch (Exception ex) {
							// gone meanwhile
						}
					}
				}
				db = ticks / TICKS;
			}
		}
		catch (Exception ex) {
			// unknown
		}
		return new double[] { app, db };
	}

	/** utime, stime, cutime, cstime of /proc/PID/stat. */
	private static long[] stat(Path file) throws java.io.IOException {
		String line = Files.readString(file);
		String[] after = line.substring(line.lastIndexOf(')') + 2).split(" ");
		return new long[] { Long.parseLong(after[11]), Long.parseLong(after[12]), Long.parseLong(after[13]),
				Long.parseLong(after[14]) };
	}

	public static Map<String, Object> describe() {
		Map<String, Object> d = new LinkedHashMap<>();
		String pid = System.getProperty("bench.appPid");
		if (pid == null) {
			return d;
		}
		try {
			for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
				if (line.startsWith("VmHWM:") || line.startsWith("VmRSS:")) {
					String[] parts = line.split("\\s+");
					d.put(line.startsWith("VmHWM") ? "peakRssMb" : "rssMb", Long.parseLong(parts[1]) / 1024);
				}
			}
			String cmd = new String(Files.readAllBytes(Path.of("/proc", pid, "cmdline")), StandardCharsets.UTF_8)
				.replace('\0', ' ')
				.trim();
			d.put("command", cmd);
		}
		catch (Exception ex) {
			d.put("error", ex.getMessage());
		}
		return d;
	}

}

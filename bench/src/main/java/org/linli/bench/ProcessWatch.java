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

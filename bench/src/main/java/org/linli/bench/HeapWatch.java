package org.linli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak heap while a scenario runs, of the application (heap in use read once a second
 * from /actuator/prometheus with a sysadmin token: a sampled peak) and of this JVM (the
 * pools' own peak usage).
 */
public final class HeapWatch implements AutoCloseable {

	private final HttpClient http = HttpClient.newHttpClient();

	private final String url;

	private final String token;

	private final AtomicLong appPeak = new AtomicLong(-1);

	private final Thread sampler;

	private volatile boolean running = true;

	public HeapWatch(String baseUrl, String token) {
		this.url = baseUrl + "/actuator/prometheus";
		this.token = token;
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		sampler = new Thread(this::sample, "heap-watch");
		sampler.setDaemon(true);
		sampler.start();
	}

	private void sample() {
		while (running) {
			try {
				long used = appHeapUsed();
				appPeak.accumulateAndGet(used, Math::max);
				Thread.sleep(1000);
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (Exception ex) {
				// The app is busy or gone: a missing sample only lowers the sampled peak.
			}
		}
	}

	private long appHeapUsed() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(5))
			.build(), HttpResponse.BodyHandlers.ofString());
		long sum = 0;
		for (String line : response.body().split("\n")) {
			if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
				sum += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		return sum;
	}

	/** The application's sampled peak heap in MB, or -1 when no sample succeeded. */
	public long appPeakMb() {
		long peak = appPeak.get();
		return peak < 0 ? -1 : peak / (1024 * 1024);
	}

	/** This JVM's peak heap in MB (sum of the heap pools' peaks). */
	public static long benchPeakMb() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.mapToLong(p -> p.getPeakUsage().getUsed())
			.sum() / (1024 * 1024);
	}

	@Override
	public void close() throws InterruptedException {
		running = false;
		sampler.interrupt();
		sampler.join(2000);
	}

}

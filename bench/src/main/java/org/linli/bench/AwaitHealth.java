package org.linli.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Waits until {@code URL/actuator/health} reports UP (curl is not assumed: JDK and Maven
 * only). Exits 1 when the process {@code pid} ends or {@code seconds} pass first.
 *
 * <p>
 * usage: AwaitHealth URL PID SECONDS
 */
public final class AwaitHealth {

	private AwaitHealth() {
	}

	public static void main(String[] args) throws Exception {
		URI health = URI.create(args[0] + "/actuator/health");
		long pid = Long.parseLong(args[1]);
		long deadline = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long start = System.nanoTime();
		while (System.nanoTime() < deadline) {
			if (ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
				System.err.println("the application (pid " + pid + ") exited before it was healthy");
				System.exit(1);
			}
			try {
				HttpResponse<String> r = http.send(
						HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
					System.err.printf("application healthy after %.1f s%n", (System.nanoTime() - start) / 1e9);
					return;
				}
			}
			catch (java.io.IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		System.err.println("the application was not healthy within " + args[2] + " s");
		System.exit(1);
	}

}

package org.linli.bench.scenario;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The closed loop of {@link MeSimulation} over a mix of GET requests: each request one
 * entry of {@code bench.mix} (a JSON array of {name, path, auth}, in a fixed shuffled
 * order, fed round-robin), named by its {@code name} so that the report has percentiles
 * per kind (a queue, a dashboard view).
 */
public class MixSimulation extends Simulation {

	/**
	 * Read per run, not per class: one bench JVM runs several scenarios, and a class is
	 * initialised once.
	 */
	private final List<Map<String, Object>> entries = read();

	private static List<Map<String, Object>> read() {
		try {
			return new ObjectMapper().readValue(System.getProperty("bench.mix"), new TypeReference<>() {
			});
		}
		catch (Exception ex) {
			throw new IllegalStateException("bench.mix is not a request mix", ex);
		}
	}

	private static final AtomicLong NEXT = new AtomicLong();

	private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("bench.baseUrl"))
		.acceptHeader("application/json")
		.disableCaching();

	private final Iterator<Map<String, Object>> mix = new Iterator<>() {

		@Override
		public boolean hasNext() {
			return true;
		}

		@Override
		public Map<String, Object> next() {
			return entries.get((int) (NEXT.getAndIncrement() % entries.size()));
		}

	};

	private final ScenarioBuilder requests = scenario("GET mix")
		.during(Duration.ofSeconds(Long.getLong("bench.seconds", 30)))
		.on(Think.after(feed(mix).exec(
				http("#{name}").get("#{path}").header("Authorization", "#{auth}").check(status().is(200)))));

	{
		setUp(requests.injectOpen(atOnceUsers(Integer.getInteger("bench.users", 20)))).protocols(protocol);
	}

}

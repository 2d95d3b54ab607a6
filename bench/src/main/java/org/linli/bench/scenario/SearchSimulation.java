package org.linli.bench.scenario;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonFile;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The closed loop of {@link MeSimulation}, each request a search body from
 * {@code bench.queries} (a JSON array of {kind, body}, fed round-robin), named by its kind
 * so that the report has percentiles per kind.
 */
public class SearchSimulation extends Simulation {

	private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("bench.baseUrl"))
		.acceptHeader("application/json")
		.contentTypeHeader("application/json")
		.authorizationHeader("Bearer " + System.getProperty("bench.token"))
		.disableCaching();

	private final ScenarioBuilder search = scenario("POST /api/v1/residents/search")
		.during(Duration.ofSeconds(Long.getLong("bench.seconds", 30)))
		.on(Think.after(feed(jsonFile(System.getProperty("bench.queries")).circular())
			.exec(http("#{kind}").post("/api/v1/residents/search")
				.body(StringBody("#{body}"))
				.check(status().is(200)))));

	{
		setUp(search.injectOpen(atOnceUsers(Integer.getInteger("bench.users", 20)))).protocols(protocol);
	}

}

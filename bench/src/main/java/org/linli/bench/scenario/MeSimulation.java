package org.linli.bench.scenario;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Gatling simulation of a closed loop: {@code bench.users} virtual users start at once
 * and each sends GET {@code bench.path} with the API token, back to back, for
 * {@code bench.seconds}; every user keeps its own keep-alive connection. Anything but 200
 * is a KO. Parameters come as system properties because Gatling instantiates the class.
 */
public class MeSimulation extends Simulation {

	private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("bench.baseUrl"))
		.acceptHeader("application/json")
		.authorizationHeader("Bearer " + System.getProperty("bench.token"))
		.disableCaching();

	private final ScenarioBuilder me = scenario("GET " + System.getProperty("bench.path"))
		.during(Duration.ofSeconds(Long.getLong("bench.seconds", 30)))
		.on(Think.after(exec(http("me").get(System.getProperty("bench.path")).check(status().is(200)))));

	{
		setUp(me.injectOpen(atOnceUsers(Integer.getInteger("bench.users", 20)))).protocols(protocol);
	}

}

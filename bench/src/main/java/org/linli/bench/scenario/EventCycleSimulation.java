package org.linli.bench.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The closed loop of {@link MeSimulation}, each iteration one full event cycle through the
 * API: a resident reports (with a request id), the community's dispatcher accepts and
 * dispatches (three times in four to the grid, else to the community), the handling unit
 * starts and reports back, the dispatcher verifies and closes, the resident rates. Every
 * step sends the version the previous answer gave. Virtual user {@code u} works in team
 * {@code u mod teams} (one grid with its grid worker and the two workers of its
 * community) for resident {@code u mod residents}. Parameters: {@code bench.cycle}, a
 * JSON {@link EventCycle.Plan}.
 */
public class EventCycleSimulation extends Simulation {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final EventCycle.Plan PLAN = EventCycle.Plan.parse(System.getProperty("bench.cycle"));

	private static final AtomicInteger USERS = new AtomicInteger();

	private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("bench.baseUrl"))
		.acceptHeader("application/json")
		.contentTypeHeader("application/json")
		.disableCaching();

	private final ChainBuilder cycle = exec(EventCycleSimulation::nextCycle)
		.exec(http("report").post("/api/v1/events")
			.header("Authorization", "#{resident}")
			.body(StringBody("#{report}"))
			.check(status().is(201), jsonPath("$.event.id").ofLong().saveAs("id"),
					jsonPath("$.event.version").ofInt().saveAs("version")))
		.exec(step("accept", "#{dispatcher}", "/api/v1/events/#{id}/accept", "{\"version\":#{version}}"))
		.exec(step("dispatch", "#{dispatcher}", "/api/v1/events/#{id}/dispatch",
				"{\"version\":#{version},\"regionId\":#{unit}}"))
		.exec(step("start", "#{handler}", "/api/v1/events/#{id}/start", "{\"version\":#{version}}"))
		.exec(step("handle", "#{handler}", "/api/v1/events/#{id}/handle",
				"{\"version\":#{version},\"note\":\"已到现场处置完毕，拍照留存\"}"))
		.exec(step("verify", "#{dispatcher}", "/api/v1/events/#{id}/verify", "{\"version\":#{version}}"))
		.exec(step("close", "#{dispatcher}", "/api/v1/events/#{id}/close", "{\"version\":#{version}}"))
		.exec(step("rate", "#{resident}", "/api/v1/me/events/#{id}/rate",
				"{\"version\":#{version},\"rating\":5,\"note\":\"处理很及时，满意\"}"));

	private final ScenarioBuilder loop = scenario("event cycle").exec(EventCycleSimulation::joinTeam)
		.during(Duration.ofSeconds(Long.getLong("bench.seconds", 30)))
		.on(group("cycle").on(cycle));

	{
		setUp(loop.injectOpen(atOnceUsers(Integer.getInteger("bench.users", 20)))).protocols(protocol);
	}

	private static HttpRequestActionBuilder step(String name, String auth, String path, String body) {
		return http(name).post(path)
			.header("Authorization", auth)
			.body(StringBody(body))
			.check(status().is(200), jsonPath("$.version").ofInt().saveAs("version"));
	}

	/** The user's team and resident, for the whole run. */
	private static Session joinTeam(Session session) {
		int u = USERS.getAndIncrement();
		EventCycle.Team team = PLAN.teams().get(u % PLAN.teams().size());
		String resident = PLAN.residents().get(u % PLAN.residents().size());
		return session.set("u", u)
			.set("n", 0)
			.set("resident", bearer(resident))
			.set("dispatcher", bearer(team.dispatcher()))
			.set("gridHandler", bearer(team.worker()))
			.set("communityHandler", bearer(team.communityHandler()))
			.set("grid", team.grid())
			.set("community", team.community());
	}

	/** This cycle's report (a new request id) and handling unit. */
	private static Session nextCycle(Session session) {
		int n = session.getInt("n");
		int u = session.getInt("u");
		boolean toGrid = n % 4 != 3;
		List<String> report = PLAN.reports().get((u * 7 + n) % PLAN.reports().size());
		Map<String, Object> body = Map.of("categoryCode", report.get(0), "description", report.get(1), "regionId",
				session.getLong("grid"), "requestId", "bench-" + UUID.randomUUID());
		try {
			return session.set("n", n + 1)
				.set("report", JSON.writeValueAsString(body))
				.set("unit", toGrid ? session.getLong("grid") : session.getLong("community"))
				.set("handler", toGrid ? session.getString("gridHandler") : session.getString("communityHandler"));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String bearer(String username) {
		return "Bearer " + PLAN.tokens().get(username);
	}

}

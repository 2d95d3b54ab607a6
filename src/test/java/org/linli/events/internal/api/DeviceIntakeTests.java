package org.linli.events.internal.api;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.identity.internal.ApiTokens;
import org.linli.testing.ApiCalls;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 设备告警接入: a device system's account (设备接入账号, {@link Role#DEVICE_GATEWAY}) sends alarms
 * with its API token; a redelivered alarm id (also two at once) makes one event, another
 * system's same id is its own alarm, an alarm outside the account's jurisdiction is "not
 * found", and the gateway may do nothing else while no person's role may send alarms.
 * Staff see the device and its alarm id on the event.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeviceIntakeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserDetailsService users;

	TestCity city;

	TestCity otherCity;

	TestAccounts accounts;

	String deviceSystem;

	@BeforeEach
	void aDeviceSystemAccount() {
		city = TestCity.create(jdbc);
		otherCity = TestCity.create(jdbc);
		accounts = new TestAccounts(jdbc, passwords);
		deviceSystem = token(accounts.create(Role.DEVICE_GATEWAY, city.district));
	}

	String token(String username) {
		return tokens.issue(accounts.idOf(username), "devices", null).secret();
	}

	MvcResult alarm(String token, String alarmId, long regionId) throws Exception {
		return mvc
			.perform(post("/api/v1/events/device-alarms").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.content("""
						{"deviceCode":"SMOKE-0012","alarmId":"%s","categoryCode":"0102","description":"烟感探测器告警：3号楼2单元",
						 "regionId":%d,"latitude":39.915123,"longitude":116.403456}""".formatted(alarmId, regionId)))
			.andReturn();
	}

	static long id(MvcResult r) throws Exception {
		return ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.id")).longValue();
	}

	long events(String alarmId) {
		return jdbc.sql("select count(*) from events_event where request_id = :rid")
			.param("rid", "alarm:" + alarmId)
			.query(Long.class)
			.single();
	}

	@Test
	void aRedeliveredAlarmAnswersWithTheFirstEvent() throws Exception {
		String alarmId = "A-" + System.nanoTime();
		MvcResult first = alarm(deviceSystem, alarmId, city.gridA.id());
		MvcResult again = alarm(deviceSystem, alarmId, city.gridA.id());

		assertThat(first.getResponse().getStatus()).as(first.getResponse().getContentAsString()).isEqualTo(201);
		assertThat(again.getResponse().getStatus()).isEqualTo(200);
		assertThat(id(again)).isEqualTo(id(first));
		assertThat(events(alarmId)).isEqualTo(1);
		assertThat(jdbc.sql("select channel || ' ' || device_code || ' ' || state from events_event where id = :id")
			.param("id", id(first))
			.query(String.class)
			.single()).isEqualTo("DEVICE SMOKE-0012 REPORTED");
	}

	@Test
	void twoDeliveriesOfTheSameAlarmAtOnceMakeOneEvent() throws Exception {
		String alarmId = "B-" + System.nanoTime();
		CyclicBarrier start = new CyclicBarrier(2);
		java.util.function.Supplier<Long> deliver = () -> {
			try {
				start.await();
				return id(alarm(deviceSystem, alarmId, city.gridA.id()));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		};
		var a = CompletableFuture.supplyAsync(deliver);
		var b = CompletableFuture.supplyAsync(deliver);

		assertThat(a.get()).isEqualTo(b.get());
		assertThat(events(alarmId)).isEqualTo(1);
	}

	@Test
	void anotherDeviceSystemsSameAlarmIdIsItsOwnAlarm() throws Exception {
		String other = token(accounts.create(Role.DEVICE_GATEWAY, city.district));
		String alarmId = "C-" + System.nanoTime();

		long mine = id(alarm(deviceSystem, alarmId, city.gridA.id()));
		long theirs = id(alarm(other, alarmId, city.gridA.id()));

		assertThat(theirs).isNotEqualTo(mine);
	}

	@Test
	void anAlarmOutsideTheAccountsJurisdictionIsNotFound() throws Exception {
		String alarmId = "D-" + System.nanoTime();

		assertThat(alarm(deviceSystem, alarmId, otherCity.gridA.id()).getResponse().getStatus()).isEqualTo(404);
		assertThat(events(alarmId)).isZero();
	}

	@Test
	void noPersonsRoleMaySendAlarmsAndAWrongTokenIsUnauthenticated() throws Exception {
		String alarmId = "E-" + System.nanoTime();
		for (Role role : List.of(Role.GRID_WORKER, Role.COMMUNITY_WORKER, Role.STREET_OFFICER, Role.DISTRICT_OFFICER,
				Role.LEADER, Role.SYSTEM_ADMIN)) {
			String staff = token(accounts.create(role, role == Role.SYSTEM_ADMIN ? city.city : city.district));
			assertThat(alarm(staff, alarmId, city.gridA.id()).getResponse().getStatus()).as(role.name()).isEqualTo(403);
		}
		assertThat(alarm("lk_nobody", alarmId, city.gridA.id()).getResponse().getStatus()).isEqualTo(401);
		assertThat(events(alarmId)).isZero();
	}

	@Test
	void theDeviceGatewayHoldsOnlyDeviceIntakeAndIsRefusedEverythingElse() throws Exception {
		long own = id(alarm(deviceSystem, "G-" + System.nanoTime(), city.gridA.id()));
		ApiCalls api = new ApiCalls(mvc, users);
		MvcResult reported = api.call(post("/api/v1/events"), api.login(accounts.create(Role.GRID_WORKER, city.gridA)),
				"""
						{"categoryCode":"0102","description":"楼道堆放杂物","regionId":%d}""".formatted(city.gridA.id()));
		long staffs = ((Number) JsonPath.read(reported.getResponse().getContentAsString(), "$.event.id")).longValue();

		assertThat(jdbc.sql("select permission from identity_role_permission where role = 'DEVICE_GATEWAY'")
			.query(String.class)
			.list()).containsExactly("events.device-intake");
		for (String path : List.of("/api/v1/events", "/api/v1/events/" + own, "/api/v1/events/" + staffs,
				"/api/v1/regions/mine", "/api/v1/residents", "/api/v1/households", "/api/v1/accounts", "/api/v1/claims",
				"/api/v1/dashboard/events")) {
			assertThat(asGateway(get(path))).as("GET " + path).isEqualTo(403);
		}
		for (String path : List.of("/api/v1/events", "/api/v1/events/" + staffs + "/accept",
				"/api/v1/events/" + staffs + "/start", "/api/v1/events/" + staffs + "/supervise", "/api/v1/accounts")) {
			assertThat(asGateway(post(path))).as("POST " + path).isEqualTo(403);
		}
		assertThat(asGateway(get("/open311/v2/requests/" + staffs + ".json")))
			.as("an event in its jurisdiction is not its to read")
			.isEqualTo(404);
		assertThat(version(staffs)).as("nothing changed").isZero();
	}

	int asGateway(MockHttpServletRequestBuilder request) throws Exception {
		return mvc
			.perform(request.header("Authorization", "Bearer " + deviceSystem)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.content("{\"version\":0,\"note\":\"x\"}"))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	int version(long event) {
		return jdbc.sql("select version from events_event where id = :id")
			.param("id", event)
			.query(Integer.class)
			.single();
	}

	@Test
	void theSystemAdministratorCreatesAGatewayWhoseOwnTokenSendsAlarms() throws Exception {
		ApiCalls api = new ApiCalls(mvc, users);
		Authentication admin = api.login(accounts.create(Role.SYSTEM_ADMIN, city.city));
		String username = "smoke-platform-" + System.nanoTime();
		MvcResult created = api.call(post("/api/v1/accounts"), admin, """
				{"username":"%s","displayName":"烟感平台","role":"DEVICE_GATEWAY","regionId":%d,"password":"%s"}"""
			.formatted(username, city.district.id(), TestAccounts.PASSWORD));
		assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
		MvcResult issued = api.call(post("/api/v1/me/tokens"), api.login(username), "{\"name\":\"烟感平台\"}");
		String token = JsonPath.read(issued.getResponse().getContentAsString(), "$.secret");

		String alarmId = "H-" + System.nanoTime();
		assertThat(alarm(token, alarmId, city.gridA.id()).getResponse().getStatus()).isEqualTo(201);
		assertThat(alarm(token, "I-" + System.nanoTime(), otherCity.gridA.id()).getResponse().getStatus())
			.isEqualTo(404);
		String form = mvc.perform(get("/admin/accounts/new").with(authentication(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("value=\"DEVICE_GATEWAY\"", "设备接入账号");
		assertThat(page(api.login(username), "/", "zh-CN")).as("where it logs in to issue its token")
			.contains("设备接入账号");
	}

	@Test
	void staffSeeTheDeviceAndItsAlarmIdInTheEventsDetailAndOnItsPage() throws Exception {
		String alarmId = "F-" + System.nanoTime();
		long id = id(alarm(deviceSystem, alarmId, city.gridA.id()));
		ApiCalls api = new ApiCalls(mvc, users);
		Authentication community = api.login(accounts.create(Role.COMMUNITY_WORKER, city.communityA));

		MvcResult detail = api.call(get("/api/v1/events/" + id), community, null);
		assertThat(detail.getResponse().getStatus()).isEqualTo(200);
		String body = detail.getResponse().getContentAsString();
		assertThat((String) JsonPath.read(body, "$.device.deviceCode")).isEqualTo("SMOKE-0012");
		assertThat((String) JsonPath.read(body, "$.device.alarmId")).isEqualTo(alarmId);
		assertThat((String) JsonPath.read(body, "$.event.channel")).isEqualTo("DEVICE");

		String page = page(community, "/events/" + id, "zh-CN");
		assertThat(page).contains("设备编号", "SMOKE-0012", "告警编号", alarmId);
		assertThat(page(community, "/events/" + id, "en")).contains("Device code", "SMOKE-0012", "Alarm ID", alarmId);
	}

	@Test
	void theGatewaysInboxStaysEmptyWhileItsAlarmIsAcceptedAndDispatched() throws Exception {
		String gateway = accounts.create(Role.DEVICE_GATEWAY, city.district);
		long id = id(alarm(token(gateway), "G-" + System.nanoTime(), city.gridA.id()));
		ApiCalls api = new ApiCalls(mvc, users);
		Authentication community = api.login(accounts.create(Role.COMMUNITY_WORKER, city.communityA));
		String gridWorker = accounts.create(Role.GRID_WORKER, city.gridA);

		ApiCalls.ok(api.step(community, id, "accept", "{\"version\":0}"));
		ApiCalls.ok(api.step(community, id, "dispatch", "{\"version\":1,\"regionId\":%d}".formatted(city.gridA.id())));

		// the grid worker hears of the dispatch; by then both steps' deliveries have run
		await().untilAsserted(() -> {
			assertThat(inbox(gridWorker)).isEqualTo(1);
			assertThat(jdbc.sql("""
					select count(*) from event_publication
					 where completion_date is null and serialized_event like :event""")
				.param("event", "%\"eventId\":" + id + ",%")
				.query(Long.class)
				.single()).isZero();
		});
		assertThat(inbox(gateway)).as("nobody reads a device platform's inbox").isZero();
	}

	long inbox(String username) {
		return jdbc.sql("""
				select count(*) from notices_message m join identity_account a on a.id = m.account_id
				 where a.username = :u""").param("u", username).query(Long.class).single();
	}

	@Test
	void anEventNoDeviceRaisedShowsNoDevice() throws Exception {
		ApiCalls api = new ApiCalls(mvc, users);
		Authentication gridWorker = api.login(accounts.create(Role.GRID_WORKER, city.gridA));
		MvcResult reported = api.call(post("/api/v1/events"), gridWorker, """
				{"categoryCode":"0102","description":"楼道堆放杂物","regionId":%d}""".formatted(city.gridA.id()));
		assertThat(reported.getResponse().getStatus()).as(reported.getResponse().getContentAsString()).isEqualTo(201);
		long id = ((Number) JsonPath.read(reported.getResponse().getContentAsString(), "$.event.id")).longValue();

		String body = api.call(get("/api/v1/events/" + id), gridWorker, null).getResponse().getContentAsString();
		java.util.Map<String, Object> detail = JsonPath.read(body, "$");
		assertThat(detail).containsKey("event").doesNotContainKey("device");
		assertThat(page(gridWorker, "/events/" + id, "zh-CN")).doesNotContain("event-device-code");
	}

	String page(Authentication who, String path, String language) throws Exception {
		MvcResult r = mvc.perform(get(path).header("Accept-Language", language).with(authentication(who))).andReturn();
		assertThat(r.getResponse().getStatus()).isEqualTo(200);
		return r.getResponse().getContentAsString();
	}

}

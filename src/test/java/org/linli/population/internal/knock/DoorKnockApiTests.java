package org.linli.population.internal.knock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.testing.ApiCalls;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringBootTest
@AutoConfigureMockMvc
class DoorKnockApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ResidentProtection protection;

	ApiCalls api;

	KnockCity k;

	long house;

	long stays;

	long leaves;

	@BeforeEach
	void houseWithTwoResidents() {
		api = new ApiCalls(mvc, users);
		k = new KnockCity(jdbc, passwords, api, protection);
		house = k.house(k.city.gridA, "301");
		stays = k.resident(k.city.gridA, house, "留守人");
		leaves = k.resident(k.city.gridA, house, "搬走人");
	}

	private MvcResult knock(Authentication who, long houseId, String body) throws Exception {
		return api.call(post("/api/v1/knock/houses/" + houseId + "/knocks"), who, body);
	}

	private String verifyBoth(String requestId) {
		return """
				{"requestId":"%s","outcome":"VERIFIED","note":"门口核对",
				 "residents":[{"residentId":%d},{"residentId":%d,"movedOut":true}]}""".formatted(requestId, stays,
				leaves);
	}

	private long knocks(long houseId) {
		return jdbc.sql("select count(*) from population_knock where house_id = :h")
			.param("h", houseId)
			.query(Long.class)
			.single();
	}

	@Test
	void verifyingAHouseStampsTheConfirmedResidentAndRecordsTheVisitAndTheHistory() throws Exception {
		MvcResult result = knock(k.gridWorker, house, verifyBoth(UUID.randomUUID().toString()));

		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		String body = result.getResponse().getContentAsString();
		assertThat((String) JsonPath.read(body, "$.outcome")).isEqualTo("VERIFIED");
		assertThat((Integer) JsonPath.read(body, "$.confirmed")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(body, "$.movedOut")).isEqualTo(1);
		assertThat((String) JsonPath.read(body, "$.knockedBy")).isEqualTo(k.gridWorkerName);
		var stamped = jdbc
			.sql("select verified_by, verified_at is not null, retired_at is null, version"
					+ " from population_resident where id = :id")
			.param("id", stays)
			.query((rs, row) -> List.of(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getInt(4)))
			.single();
		assertThat(stamped).containsExactly(k.gridWorkerName, true, true, 0);
		var movedOut = jdbc
			.sql("select verified_at is null, retired_at is null from population_resident where id = :id")
			.param("id", leaves)
			.query((rs, row) -> List.of(rs.getBoolean(1), rs.getBoolean(2)))
			.single();
		assertThat(movedOut).as("moved out: not verified, not retired").containsExactly(true, true);
		assertThat(jdbc.sql("""
				select field || ':' || username || ':' || coalesce(before_value, '-') from population_resident_change
				 where resident_id = :id""").param("id", stays).query(String.class).list())
			.containsExactly("verifiedAt:" + k.gridWorkerName + ":-");
		assertThat(jdbc.sql("select count(*) from population_resident_change where resident_id = :id")
			.param("id", leaves)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc
			.sql("select resident_id || ':' || decision from population_knock_resident where knock_id = :k"
					+ " order by resident_id")
			.param("k", ((Number) JsonPath.read(body, "$.id")).longValue())
			.query(String.class)
			.list()).containsExactly(stays + ":STAYS", leaves + ":MOVED_OUT");

		MvcResult records = api.call(get("/api/v1/knock/houses/" + house + "/knocks"), k.communityWorker, null);
		assertThat((Integer) JsonPath.read(records.getResponse().getContentAsString(), "$.total")).isEqualTo(1);
		assertThat((String) JsonPath.read(records.getResponse().getContentAsString(), "$.items[0].note"))
			.isEqualTo("门口核对");
		MvcResult view = api.call(get("/api/v1/knock/houses/" + house), k.gridWorker, null);
		String houseJson = view.getResponse().getContentAsString();
		assertThat((Boolean) JsonPath.read(houseJson, "$.due")).isFalse();
		assertThat((String) JsonPath.read(houseJson, "$.lastKnock.by")).isEqualTo(k.gridWorkerName);
	}

	@Test
	void aRepeatedSubmitWithTheSameRequestIdAnswersTheFirstRecord() throws Exception {
		String requestId = UUID.randomUUID().toString();
		MvcResult first = knock(k.gridWorker, house, verifyBoth(requestId));
		MvcResult second = knock(k.gridWorker, house, verifyBoth(requestId));

		assertThat(first.getResponse().getStatus()).isEqualTo(201);
		assertThat(second.getResponse().getStatus()).isEqualTo(200);
		assertThat((Integer) JsonPath.read(second.getResponse().getContentAsString(), "$.id"))
			.isEqualTo((Integer) JsonPath.read(first.getResponse().getContentAsString(), "$.id"));
		assertThat(knocks(house)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from population_resident_change where resident_id = :id")
			.param("id", stays)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void twoSimultaneousSubmitsWithTheSameRequestIdRecordOneVisit() throws Exception {
		String body = verifyBoth(UUID.randomUUID().toString());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				Callable<Integer> submit = () -> {
					start.await();
					return knock(k.gridWorker, house, body).getResponse().getStatus();
				};
				answers.add(pool.submit(submit));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(201, 200);
		}
		finally {
			pool.shutdown();
		}
		assertThat(knocks(house)).isEqualTo(1);
	}

	@Test
	void aHouseOutsideTheScopeIsNotFoundAndNothingIsWritten() throws Exception {
		long foreign = k.house(k.city.gridB, "502");
		long there = k.resident(k.city.gridB, foreign, "别处人");
		String body = """
				{"outcome":"VERIFIED","residents":[{"residentId":%d}]}""".formatted(there);

		assertThat(knock(k.gridWorker, foreign, body).getResponse().getStatus()).isEqualTo(404);
		assertThat(api.call(get("/api/v1/knock/houses/" + foreign), k.gridWorker, null).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(api.call(get("/api/v1/knock/houses/" + foreign + "/knocks"), k.gridWorker, null)
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(api.call(get("/api/v1/knock/grids/" + k.city.gridB.id() + "/houses"), k.gridWorker, null)
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(knocks(foreign)).isZero();
		assertThat(knock(k.otherGridWorker, foreign, body).getResponse().getStatus()).isEqualTo(201);
	}

	@Test
	void aResidentListThatNoLongerMatchesTheHouseIsAConflict() throws Exception {
		MvcResult result = knock(k.gridWorker, house, """
				{"outcome":"VERIFIED","residents":[{"residentId":%d}]}""".formatted(stays));

		assertThat(result.getResponse().getStatus()).isEqualTo(409);
		assertThat((String) JsonPath.read(result.getResponse().getContentAsString(), "$.field")).isEqualTo("residents");
		assertThat(knocks(house)).isZero();
		assertThat(jdbc.sql("select verified_at is null from population_resident where id = :id")
			.param("id", stays)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void anUnknownOutcomeIsRefusedNamingTheField() throws Exception {
		MvcResult result = knock(k.gridWorker, house, "{\"outcome\":\"MAYBE\"}");

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat((String) JsonPath.read(result.getResponse().getContentAsString(), "$.field")).isEqualTo("outcome");
		assertThat((String) JsonPath.read(result.getResponse().getContentAsString(), "$.detail")).contains("无人在家");
	}

	@Test
	void nobodyHomeChangesNoResidentAndLeavesTheHouseDue() throws Exception {
		MvcResult result = knock(k.gridWorker, house, "{\"outcome\":\"NOBODY_HOME\",\"note\":\"敲了三次\"}");

		assertThat(result.getResponse().getStatus()).isEqualTo(201);
		assertThat(jdbc.sql("select count(*) from population_resident where house_id = :h and verified_at is not null")
			.param("h", house)
			.query(Long.class)
			.single()).isZero();
		MvcResult due = api.call(
				get("/api/v1/knock/grids/" + k.city.gridA.id() + "/houses").param("due", "true").param("size", "200"),
				k.gridWorker, null);
		List<Integer> ids = JsonPath.read(due.getResponse().getContentAsString(), "$.items[*].id");
		assertThat(ids).contains((int) house);
	}

	@Test
	void aVisitCountsForTheOpenCampaignCoveringTheHouse() throws Exception {
		MvcResult opened = api.call(post("/api/v1/knock-campaigns"), k.communityWorker, """
				{"regionId":%d,"name":"上半年敲门行动","startsOn":"%s","endsOn":"%s"}""".formatted(k.city.communityA.id(),
				LocalDate.now().minusDays(1), LocalDate.now().plusDays(30)));
		assertThat(opened.getResponse().getStatus()).as(opened.getResponse().getContentAsString()).isEqualTo(201);
		Integer campaign = JsonPath.read(opened.getResponse().getContentAsString(), "$.id");

		MvcResult result = knock(k.gridWorker, house, verifyBoth(UUID.randomUUID().toString()));

		assertThat((Integer) JsonPath.read(result.getResponse().getContentAsString(), "$.campaignId"))
			.isEqualTo(campaign);
		MvcResult view = api.call(get("/api/v1/knock-campaigns/" + campaign), k.communityWorker, null);
		assertThat((Integer) JsonPath.read(view.getResponse().getContentAsString(), "$.knocks")).isEqualTo(1);
	}

}

package org.linli.population.internal.api;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.shared.IdCardNumber;
import org.linli.testing.ApiCalls;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;
import org.linli.testing.TestIdCards;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

@SpringBootTest
@AutoConfigureMockMvc
class ResidentApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	TestCity city;

	Authentication community;

	Authentication gridWorker;

	Authentication otherGrid;

	ApiCalls api;

	@BeforeEach
	void cityWithStaff() {
		api = new ApiCalls(mvc, users);
		city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		community = api.login(accounts.create(Role.COMMUNITY_WORKER, city.communityA));
		gridWorker = api.login(accounts.create(Role.GRID_WORKER, city.gridA));
		otherGrid = api.login(accounts.create(Role.GRID_WORKER, city.gridB));
	}

	private String body(String idCard, String phone) {
		return """
				{"regionId":%d,"name":"张三","idCardNumber":"%s","phone":"%s","residenceType":"REGISTERED",
				 "ethnic":"01","tags":["ELDERLY"]}""".formatted(city.gridA.id(), idCard, phone);
	}

	private long create(String idCard, String phone) throws Exception {
		MvcResult result = api.call(post("/api/v1/residents"), gridWorker, body(idCard, phone));
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	@Test
	void derivesBirthDateAndSexAndMasksByDefault() throws Exception {
		String idCard = TestIdCards.bornOn(LocalDate.of(1950, 3, 7));
		String phone = TestIdCards.mobile();
		long id = create(idCard, phone);
		String json = api.call(get("/api/v1/residents/" + id), community, null).getResponse().getContentAsString();
		assertThat((String) JsonPath.read(json, "$.birthDate")).isEqualTo("1950-03-07");
		assertThat((String) JsonPath.read(json, "$.sex")).isEqualTo(new IdCardNumber(idCard).male() ? "M" : "F");
		assertThat((String) JsonPath.read(json, "$.idCardNumber")).isEqualTo(new IdCardNumber(idCard).masked());
		assertThat((String) JsonPath.read(json, "$.phone"))
			.isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
		assertThat(json).doesNotContain(idCard).doesNotContain(phone);
	}

	@Test
	void convertsAFifteenDigitNumber() throws Exception {
		String eighteen = TestIdCards.bornOn(LocalDate.of(1965, 8, 1));
		String fifteen = eighteen.substring(0, 6) + eighteen.substring(8, 17);
		long id = create(fifteen, TestIdCards.mobile());
		MvcResult found = api.call(get("/api/v1/residents").param("idCardNumber", eighteen), community, null);
		assertThat((Integer) JsonPath.read(found.getResponse().getContentAsString(), "$.items[0].id"))
			.isEqualTo((int) id);
	}

	@Test
	void rejectsAWrongCheckDigitNamingTheFieldInChineseAndEnglish() throws Exception {
		String good = TestIdCards.random();
		char wrong = good.charAt(17) == '1' ? '2' : '1';
		String bad = good.substring(0, 17) + wrong;
		MvcResult zh = api.call(post("/api/v1/residents"), gridWorker, body(bad, TestIdCards.mobile()));
		assertThat(zh.getResponse().getStatus()).isEqualTo(400);
		String zhJson = zh.getResponse().getContentAsString();
		assertThat((String) JsonPath.read(zhJson, "$.field")).isEqualTo("idCardNumber");
		assertThat((String) JsonPath.read(zhJson, "$.detail")).contains("身份证号码").contains("校验位");
		MvcResult en = api.call(post("/api/v1/residents").header("Accept-Language", "en"), gridWorker,
				body(bad, TestIdCards.mobile()));
		assertThat(en.getResponse().getStatus()).isEqualTo(400);
		assertThat((String) JsonPath.read(en.getResponse().getContentAsString(), "$.detail"))
			.contains("ID card number");
	}

	@Test
	void refusesAnIdNumberAlreadyRegisteredWith409() throws Exception {
		String idCard = TestIdCards.random();
		create(idCard, TestIdCards.mobile());
		MvcResult again = api.call(post("/api/v1/residents"), community, body(idCard, TestIdCards.mobile()));
		assertThat(again.getResponse().getStatus()).isEqualTo(409);
		String json = again.getResponse().getContentAsString();
		assertThat((String) JsonPath.read(json, "$.field")).isEqualTo("idCardNumber");
		assertThat((String) JsonPath.read(json, "$.detail")).contains("身份证号码").doesNotContain(idCard);
	}

	@Test
	void findsByIdNumberAndPhoneThroughTheBlindIndexWhileTheTableHoldsNoPlaintext() throws Exception {
		String idCard = TestIdCards.random();
		String phone = TestIdCards.mobile();
		long id = create(idCard, phone);
		create(TestIdCards.random(), TestIdCards.mobile());
		for (String[] query : new String[][] { { "idCardNumber", idCard.toLowerCase() }, { "phone", phone } }) {
			String json = api.call(get("/api/v1/residents").param(query[0], query[1]), community, null)
				.getResponse()
				.getContentAsString();
			assertThat((Integer) JsonPath.read(json, "$.total")).as(query[0]).isEqualTo(1);
			assertThat((Integer) JsonPath.read(json, "$.items[0].id")).isEqualTo((int) id);
		}
		String byBody = api
			.call(post("/api/v1/residents/search"), community, "{\"idCardNumber\":\"" + idCard + "\",\"size\":5}")
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(byBody, "$.items[0].id")).isEqualTo((int) id);
		String row = jdbc.sql("select r::text from population_resident r where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(row).doesNotContain(idCard).doesNotContain(idCard.substring(0, 17)).doesNotContain(phone);
	}

	@Test
	void revealNeedsAReasonAndIsAuditedWithoutTheValue() throws Exception {
		String idCard = TestIdCards.random();
		long id = create(idCard, TestIdCards.mobile());
		MvcResult noReason = api.call(post("/api/v1/residents/" + id + "/reveal"), community,
				"{\"field\":\"idCardNumber\",\"reason\":\" \"}");
		assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
		assertThat((String) JsonPath.read(noReason.getResponse().getContentAsString(), "$.field")).isEqualTo("reason");
		String reason = "核实低保申请" + id;
		MvcResult revealed = api.call(post("/api/v1/residents/" + id + "/reveal"), community,
				"{\"field\":\"idCardNumber\",\"reason\":\"" + reason + "\"}");
		assertThat(revealed.getResponse().getStatus()).isEqualTo(200);
		assertThat((String) JsonPath.read(revealed.getResponse().getContentAsString(), "$.value")).isEqualTo(idCard);
		var details = jdbc.sql("""
				select detail from identity_audit_entry where action = 'population.reveal' and target = :target""")
			.param("target", "resident:" + id)
			.query(String.class)
			.list();
		assertThat(details).hasSize(1);
		assertThat(details.get(0)).contains("idCardNumber").contains(reason).doesNotContain(idCard);
		String all = String.join("|",
				jdbc.sql("select coalesce(detail, '') || target from identity_audit_entry").query(String.class).list());
		assertThat(all).doesNotContain(idCard);
		MvcResult grid = api.call(post("/api/v1/residents/" + id + "/reveal"), gridWorker,
				"{\"field\":\"idCardNumber\",\"reason\":\"" + reason + "\"}");
		assertThat(grid.getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void aResidentOutsideTheCallersScopeIsNotFound() throws Exception {
		long id = create(TestIdCards.random(), TestIdCards.mobile());
		assertThat(api.call(get("/api/v1/residents/" + id), otherGrid, null).getResponse().getStatus()).isEqualTo(404);
		assertThat(api.call(put("/api/v1/residents/" + id), otherGrid, "{\"version\":0}").getResponse().getStatus())
			.isEqualTo(404);
		String list = api
			.call(get("/api/v1/residents").param("under", String.valueOf(city.communityB.id())), otherGrid, null)
			.getResponse()
			.getContentAsString();
		assertThat(list).isNotEmpty();
		assertThat(api.call(get("/api/v1/residents").param("under", String.valueOf(city.gridA.id())), otherGrid, null)
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void anUpdateWritesOneHistoryRowPerChangedFieldWithThePhoneMasked() throws Exception {
		String oldPhone = TestIdCards.mobile();
		long id = create(TestIdCards.random(), oldPhone);
		String newPhone = TestIdCards.mobile();
		MvcResult updated = api.call(put("/api/v1/residents/" + id), community, """
				{"regionId":%d,"name":"张三丰","phone":"%s","residenceType":"PERMANENT","ethnic":"01","version":0}"""
			.formatted(city.gridA.id(), newPhone));
		assertThat(updated.getResponse().getStatus()).as(updated.getResponse().getContentAsString()).isEqualTo(200);
		String history = api.call(get("/api/v1/residents/" + id + "/history"), community, null)
			.getResponse()
			.getContentAsString();
		assertThat((java.util.List<String>) JsonPath.read(history, "$.items[*].field"))
			.containsExactlyInAnyOrder("created", "name", "phone", "residenceType");
		assertThat((java.util.List<String>) JsonPath.read(history, "$.items[?(@.field=='phone')].before"))
			.containsExactly(oldPhone.substring(0, 3) + "****" + oldPhone.substring(7));
		assertThat((java.util.List<String>) JsonPath.read(history, "$.items[?(@.field=='phone')].after"))
			.containsExactly(newPhone.substring(0, 3) + "****" + newPhone.substring(7));
		String stored = String.join("|", jdbc.sql("""
				select coalesce(before_value, '') || coalesce(after_value, '') from population_resident_change
				 where resident_id = :id""").param("id", id).query(String.class).list());
		assertThat(stored).doesNotContain(oldPhone).doesNotContain(newPhone);
		assertThat(api.call(put("/api/v1/residents/" + id), community, """
				{"regionId":%d,"name":"张三","residenceType":"PERMANENT","version":0}""".formatted(city.gridA.id()))
			.getResponse()
			.getStatus()).isEqualTo(409);
	}

	@Test
	void sensitiveTagsAreHiddenFromRolesWithoutThePermission() throws Exception {
		long id = create(TestIdCards.random(), TestIdCards.mobile());
		MvcResult tagged = api.call(put("/api/v1/residents/" + id), community, """
				{"regionId":%d,"name":"张三","residenceType":"REGISTERED","tags":["ELDERLY","COMMUNITY_CORRECTION"],
				 "version":0}""".formatted(city.gridA.id()));
		assertThat(tagged.getResponse().getStatus()).isEqualTo(200);
		String seenByGrid = api.call(get("/api/v1/residents/" + id), gridWorker, null)
			.getResponse()
			.getContentAsString();
		assertThat((java.util.List<String>) JsonPath.read(seenByGrid, "$.tags")).containsExactly("ELDERLY");
		String search = api.call(get("/api/v1/residents").param("tag", "COMMUNITY_CORRECTION"), gridWorker, null)
			.getResponse()
			.getContentAsString();
		assertThat(search).doesNotContain("\"id\":" + id + ",");
		// The grid worker's own change keeps the tag it cannot see.
		api.call(put("/api/v1/residents/" + id), gridWorker, """
				{"regionId":%d,"name":"张三","residenceType":"REGISTERED","tags":[],"version":1}"""
			.formatted(city.gridA.id()));
		String seenByCommunity = api.call(get("/api/v1/residents/" + id), community, null)
			.getResponse()
			.getContentAsString();
		assertThat((java.util.List<String>) JsonPath.read(seenByCommunity, "$.tags"))
			.containsExactly("COMMUNITY_CORRECTION");
	}

	@Test
	void aCorrectedIdNumberIsFoundByItsNewValueOnlyAndLeavesAHistoryRow() throws Exception {
		String wrong = TestIdCards.random();
		long id = create(wrong, TestIdCards.mobile());
		String right = TestIdCards.random();
		MvcResult updated = api.call(put("/api/v1/residents/" + id), community, """
				{"regionId":%d,"name":"张三","idCardNumber":"%s","residenceType":"REGISTERED","version":0}"""
			.formatted(city.gridA.id(), right));
		assertThat(updated.getResponse().getStatus()).as(updated.getResponse().getContentAsString()).isEqualTo(200);
		assertThat((String) JsonPath.read(updated.getResponse().getContentAsString(), "$.birthDate"))
			.isEqualTo(new IdCardNumber(right).birthDate().toString());
		for (String[] expectation : new String[][] { { right, "1" }, { wrong, "0" } }) {
			String json = api.call(get("/api/v1/residents").param("idCardNumber", expectation[0]), community, null)
				.getResponse()
				.getContentAsString();
			assertThat(String.valueOf((Integer) JsonPath.read(json, "$.total"))).isEqualTo(expectation[1]);
		}
		String history = api.call(get("/api/v1/residents/" + id + "/history"), community, null)
			.getResponse()
			.getContentAsString();
		assertThat((java.util.List<String>) JsonPath.read(history, "$.items[*].field")).contains("idCardNumber");
		assertThat(history).doesNotContain(wrong).doesNotContain(right);
	}

	@Test
	void countsThePopulationStructureOfASubtree() throws Exception {
		create(TestIdCards.bornOn(LocalDate.now().minusYears(85).minusDays(3)), TestIdCards.mobile());
		create(TestIdCards.bornOn(LocalDate.now().minusYears(10)), TestIdCards.mobile());
		String json = api
			.call(get("/api/v1/population/structure").param("under", String.valueOf(city.gridA.id())), community, null)
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(json, "$.total")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(json, "$.ageBands['80+']")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(json, "$.ageBands['7-17']")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(json, "$.residenceTypes.REGISTERED")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(json, "$.tags.ELDERLY")).isEqualTo(2);
		assertThat(api
			.call(get("/api/v1/population/structure").param("under", String.valueOf(city.gridA.id())), otherGrid, null)
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

}

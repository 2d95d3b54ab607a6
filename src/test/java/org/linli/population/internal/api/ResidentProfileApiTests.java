package org.linli.population.internal.api;

import java.util.concurrent.ThreadLocalRandom;

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

/**
 * The rest of the one form: other documents, work, health (sensitive), military service,
 * emergency contact.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResidentProfileApiTests {

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

	ApiCalls api;

	@BeforeEach
	void cityWithStaff() {
		api = new ApiCalls(mvc, users);
		city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		community = api.login(accounts.create(Role.COMMUNITY_WORKER, city.communityA));
		gridWorker = api.login(accounts.create(Role.GRID_WORKER, city.gridA));
	}

	private MvcResult create(Authentication who, String number, String extra, String profile) throws Exception {
		return api.call(post("/api/v1/residents"), who, """
				{"regionId":%d,"name":"李四","idCardNumber":"%s","residenceType":"OVERSEAS"%s,"profile":%s}"""
			.formatted(city.gridA.id(), number, extra, profile));
	}

	private static String json(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

	private static long id(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).as(json(result)).isEqualTo(201);
		return ((Number) JsonPath.read(json(result), "$.id")).longValue();
	}

	private static String passport() {
		return "E" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
	}

	@Test
	void registersAForeignerByPassportWithEnteredBirthDateAndSex() throws Exception {
		String passport = passport();
		long id = id(create(community, passport, ",\"birthDate\":\"1988-04-02\",\"sex\":\"F\"",
				"{\"documentType\":\"PASSPORT\",\"nationality\":\"kor\"}"));
		String view = json(api.call(get("/api/v1/residents/" + id), community, null));
		assertThat((String) JsonPath.read(view, "$.profile.documentType")).isEqualTo("PASSPORT");
		assertThat((String) JsonPath.read(view, "$.profile.nationality")).isEqualTo("KOR");
		assertThat((String) JsonPath.read(view, "$.birthDate")).isEqualTo("1988-04-02");
		assertThat((String) JsonPath.read(view, "$.sex")).isEqualTo("F");
		assertThat(view).doesNotContain(passport);
		MvcResult found = api.call(post("/api/v1/residents/search"), community,
				"{\"idCardNumber\":\"" + passport.toLowerCase() + "\"}");
		assertThat((Integer) JsonPath.read(json(found), "$.total")).isEqualTo(1);
	}

	@Test
	void asksForBirthDateWhenTheDocumentDoesNotCarryIt() throws Exception {
		MvcResult missing = create(community, passport(), "", "{\"documentType\":\"PASSPORT\"}");
		assertThat(missing.getResponse().getStatus()).isEqualTo(400);
		assertThat((String) JsonPath.read(json(missing), "$.field")).isEqualTo("birthDate");
	}

	@Test
	void refusesANumberThatDoesNotFitItsDocumentType() throws Exception {
		MvcResult permit = create(community, "X1234567", ",\"birthDate\":\"1990-01-01\",\"sex\":\"M\"",
				"{\"documentType\":\"HK_MACAO_PERMIT\"}");
		assertThat(permit.getResponse().getStatus()).isEqualTo(400);
		assertThat((String) JsonPath.read(json(permit), "$.field")).isEqualTo("idCardNumber");
		// A mainland ID number is not a Hong Kong/Macao/Taiwan residence permit.
		MvcResult mainland = create(community, TestIdCards.random(), "", "{\"documentType\":\"HMT_RESIDENCE_PERMIT\"}");
		assertThat(mainland.getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void readsBirthDateFromAHongKongResidencePermit() throws Exception {
		String first17 = "810000" + "19790615" + "123";
		String permit = first17 + IdCardNumber.checkDigit(first17);
		jdbc.sql("delete from population_resident_change where resident_id in "
				+ "(select id from population_resident where id_number_masked = :m)")
			.param("m", new IdCardNumber(permit).masked())
			.update();
		jdbc.sql("delete from population_resident where id_number_masked = :m")
			.param("m", new IdCardNumber(permit).masked())
			.update();
		long id = id(create(community, permit, "", "{\"documentType\":\"HMT_RESIDENCE_PERMIT\"}"));
		String view = json(api.call(get("/api/v1/residents/" + id), community, null));
		assertThat((String) JsonPath.read(view, "$.birthDate")).isEqualTo("1979-06-15");
	}

	@Test
	void hidesHealthFromGridWorkersAndKeepsItWhenTheyEdit() throws Exception {
		long id = id(create(community, TestIdCards.random(), "", """
				{"employment":"retired","healthStatus":"CHRONIC","disabilityType":"PHYSICAL","disabilityGrade":2,
				 "militaryService":"VETERAN","emergencyContactName":"王五","emergencyContactPhone":"13800138000"}"""));
		String seenByGrid = json(api.call(get("/api/v1/residents/" + id), gridWorker, null));
		assertThat(seenByGrid).doesNotContain("healthStatus").doesNotContain("disabilityGrade");
		assertThat((String) JsonPath.read(seenByGrid, "$.profile.employment")).isEqualTo("RETIRED");
		assertThat((String) JsonPath.read(seenByGrid, "$.profile.emergencyContactPhone")).isEqualTo("138****8000");
		assertThat(seenByGrid).doesNotContain("13800138000");
		int version = JsonPath.read(seenByGrid, "$.version");
		MvcResult edit = api.call(put("/api/v1/residents/" + id), gridWorker, """
				{"regionId":%d,"name":"李四","residenceType":"REGISTERED","version":%d,
				 "profile":{"employment":"EMPLOYED","workplace":"铜陵有色","healthStatus":"HEALTHY"}}"""
			.formatted(city.gridA.id(), version));
		assertThat(edit.getResponse().getStatus()).as(json(edit)).isEqualTo(200);
		String seenByCommunity = json(api.call(get("/api/v1/residents/" + id), community, null));
		assertThat((String) JsonPath.read(seenByCommunity, "$.profile.healthStatus")).isEqualTo("CHRONIC");
		assertThat((Integer) JsonPath.read(seenByCommunity, "$.profile.disabilityGrade")).isEqualTo(2);
		assertThat((String) JsonPath.read(seenByCommunity, "$.profile.workplace")).isEqualTo("铜陵有色");
		// No emergency phone sent: the stored one stays.
		assertThat((String) JsonPath.read(seenByCommunity, "$.profile.emergencyContactPhone")).isEqualTo("138****8000");
		String history = json(api.call(get("/api/v1/residents/" + id + "/history"), community, null));
		assertThat(history).contains("\"field\":\"employment\"").contains("\"field\":\"created\"");
	}

	@Test
	void revealsTheEmergencyPhoneWithAReason() throws Exception {
		long id = id(create(community, TestIdCards.random(), "", "{\"emergencyContactPhone\":\"13900139000\"}"));
		MvcResult shown = api.call(post("/api/v1/residents/" + id + "/reveal"), community,
				"{\"field\":\"emergencyContactPhone\",\"reason\":\"联系家属\"}");
		assertThat((String) JsonPath.read(json(shown), "$.value")).isEqualTo("13900139000");
	}

	@Test
	void refusesAnUnknownDictionaryCodeAndABadRegionCode() throws Exception {
		MvcResult employment = create(community, TestIdCards.random(), "", "{\"employment\":\"ASTRONAUT\"}");
		assertThat((String) JsonPath.read(json(employment), "$.field")).isEqualTo("employment");
		MvcResult region = create(community, TestIdCards.random(), "", "{\"registeredRegionCode\":\"3407\"}");
		assertThat((String) JsonPath.read(json(region), "$.field")).isEqualTo("registeredRegionCode");
		MvcResult grade = create(community, TestIdCards.random(), "", "{\"disabilityGrade\":5}");
		assertThat((String) JsonPath.read(json(grade), "$.field")).isEqualTo("disabilityGrade");
	}

}

package org.linli.population.internal.proposal;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.shared.PhoneNumber;
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
class SelfUpdateApiTests {

	private static final String MINE = "/api/v1/me/resident-record/proposals";

	private static final String REVIEW = "/api/v1/resident-proposals";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	ApiCalls api;

	TestCity city;

	String communityUsername;

	Authentication community;

	Authentication otherCommunity;

	Authentication resident;

	long record;

	@BeforeEach
	void aResidentBoundToTheirRecordInCommunityA() throws Exception {
		api = new ApiCalls(mvc, users);
		city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		communityUsername = accounts.create(Role.COMMUNITY_WORKER, city.communityA);
		community = api.login(communityUsername);
		otherCommunity = api.login(accounts.create(Role.COMMUNITY_WORKER, city.communityB));
		String phone = TestIdCards.mobile();
		String idCard = TestIdCards.random();
		resident = residentAccount(phone);
		record = id(api.call(post("/api/v1/residents"), community, """
				{"regionId":%d,"name":"冯七","idCardNumber":"%s","phone":"%s","residenceType":"REGISTERED"}"""
			.formatted(city.gridA.id(), idCard, phone)));
		assertThat(status(api.call(post("/api/v1/me/resident-record"), resident,
				"{\"name\":\"冯七\",\"idCardNumber\":\"" + idCard + "\"}")))
			.isEqualTo(200);
	}

	@Test
	void aCommunityWorkerApprovesAProposalAndTheRecordChangesWithTheReviewerInItsHistory() throws Exception {
		String newPhone = TestIdCards.mobile();
		MvcResult proposed = propose(resident,
				"{\"changes\":{\"phone\":\"%s\",\"education\":\"bachelor\"}}".formatted(newPhone));
		assertThat(status(proposed)).isEqualTo(201);
		String body = body(proposed);
		assertThat(body).doesNotContain(newPhone).contains(new PhoneNumber(newPhone).masked());
		assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("PENDING");
		long proposal = id(proposed);
		assertThat(jdbc.sql("select count(*) from population_proposal_change where proposed_value = :p")
			.param("p", newPhone)
			.query(Long.class)
			.single()).as("the proposed phone is stored sealed").isZero();

		assertThat(body(api.call(get(REVIEW), community, null))).contains("\"冯七\"");
		MvcResult approved = api.call(post(REVIEW + "/" + proposal + "/approve"), community, "{\"version\":0}");
		assertThat(status(approved)).isEqualTo(200);
		assertThat((String) JsonPath.read(body(approved), "$.status")).isEqualTo("APPROVED");

		String after = body(api.call(get("/api/v1/residents/" + record), community, null));
		assertThat((String) JsonPath.read(after, "$.phone")).isEqualTo(new PhoneNumber(newPhone).masked());
		assertThat((String) JsonPath.read(after, "$.education")).isEqualTo("BACHELOR");
		assertThat((String) JsonPath.read(after, "$.dataSource")).isEqualTo("SELF_UPDATE");
		String history = body(api.call(get("/api/v1/residents/" + record + "/history"), community, null));
		assertThat((List<String>) JsonPath.read(history, "$.items[*].field")).contains("phone", "education");
		assertThat((List<String>) JsonPath.read(history, "$.items[*].username")).containsOnly(communityUsername);
		String revealed = body(api.call(post("/api/v1/residents/" + record + "/reveal"), community,
				"{\"field\":\"phone\",\"reason\":\"核对自主更新\"}"));
		assertThat((String) JsonPath.read(revealed, "$.value")).isEqualTo(newPhone);
		assertThat((String) JsonPath.read(body(api.call(get(MINE), resident, null)), "$.items[0].status"))
			.isEqualTo("APPROVED");
	}

	@Test
	void aRejectionNeedsAReasonLeavesTheRecordUnchangedAndTheResidentSeesWhy() throws Exception {
		long proposal = id(propose(resident, "{\"changes\":{\"maritalStatus\":\"MARRIED\"}}"));
		int version = version(api.call(get("/api/v1/residents/" + record), community, null));
		MvcResult noReason = api.call(post(REVIEW + "/" + proposal + "/reject"), community,
				"{\"version\":0,\"reason\":\" \"}");
		assertThat(status(noReason)).isEqualTo(400);
		assertThat((String) JsonPath.read(body(noReason), "$.field")).isEqualTo("reason");
		assertThat(status(api.call(post(REVIEW + "/" + proposal + "/reject"), community,
				"{\"version\":0,\"reason\":\"婚姻登记信息无法核实\"}")))
			.isEqualTo(200);
		String after = body(api.call(get("/api/v1/residents/" + record), community, null));
		assertThat(after).doesNotContain("MARRIED");
		assertThat(version(after)).isEqualTo(version);
		String mine = body(api.call(get(MINE), resident, null));
		assertThat((String) JsonPath.read(mine, "$.items[0].status")).isEqualTo("REJECTED");
		assertThat((String) JsonPath.read(mine, "$.items[0].reason")).isEqualTo("婚姻登记信息无法核实");
	}

	@Test
	void anUnboundResidentIsToldToBindFirst() throws Exception {
		Authentication unbound = residentAccount(TestIdCards.mobile());
		MvcResult refused = propose(unbound, "{\"changes\":{\"education\":\"BACHELOR\"}}");
		assertThat(status(refused)).isEqualTo(409);
		assertThat((String) JsonPath.read(body(refused), "$.type"))
			.isEqualTo("urn:linli:problem:error.population.proposal.notBound");
		assertThat(status(propose(community, "{\"changes\":{\"education\":\"BACHELOR\"}}"))).as("staff").isEqualTo(404);
	}

	@Test
	void aSecondPendingProposalIsRefusedUntilTheFirstIsWithdrawn() throws Exception {
		long first = id(propose(resident, "{\"changes\":{\"education\":\"MASTER\"}}"));
		MvcResult second = propose(resident, "{\"changes\":{\"politicalStatus\":\"MASSES\"}}");
		assertThat(status(second)).isEqualTo(409);
		assertThat((String) JsonPath.read(body(second), "$.type"))
			.isEqualTo("urn:linli:problem:error.population.proposal.pending");
		assertThat(status(api.call(post(MINE + "/" + first + "/withdraw"), resident, "{\"version\":5}")))
			.as("stale version")
			.isEqualTo(409);
		MvcResult withdrawn = api.call(post(MINE + "/" + first + "/withdraw"), resident, "{\"version\":0}");
		assertThat((String) JsonPath.read(body(withdrawn), "$.status")).isEqualTo("WITHDRAWN");
		assertThat(status(api.call(post(REVIEW + "/" + first + "/approve"), community, "{\"version\":1}")))
			.as("a withdrawn proposal cannot be approved")
			.isEqualTo(409);
		assertThat(status(propose(resident, "{\"changes\":{\"politicalStatus\":\"MASSES\"}}"))).isEqualTo(201);
	}

	@Test
	void aDoubleSubmitWithOneRequestIdCreatesOneProposal() throws Exception {
		String body = "{\"requestId\":\"tap-1\",\"changes\":{\"livingAlone\":true}}";
		MvcResult first = propose(resident, body);
		MvcResult again = propose(resident, body);
		assertThat(status(first)).isEqualTo(201);
		assertThat(status(again)).isEqualTo(200);
		assertThat(id(again)).isEqualTo(id(first));
		assertThat(jdbc.sql("select count(*) from population_proposal where resident_id = :r")
			.param("r", record)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aReviewerOutsideTheRecordsScopeFindsNothing() throws Exception {
		long proposal = id(propose(resident, "{\"changes\":{\"education\":\"BACHELOR\"}}"));
		assertThat(status(api.call(get(REVIEW + "/" + proposal), otherCommunity, null))).isEqualTo(404);
		assertThat(status(api.call(post(REVIEW + "/" + proposal + "/approve"), otherCommunity, "{\"version\":0}")))
			.isEqualTo(404);
		assertThat(body(api.call(get(REVIEW), otherCommunity, null))).doesNotContain("冯七");
		assertThat(status(api.call(get(REVIEW), resident, null))).as("residents do not review").isEqualTo(403);
	}

	@Test
	void badValuesAndFieldsOffTheWhitelistAreRefusedNamingTheField() throws Exception {
		MvcResult badPhone = propose(resident, "{\"changes\":{\"phone\":\"12345\"}}");
		assertThat(status(badPhone)).isEqualTo(400);
		assertThat((String) JsonPath.read(body(badPhone), "$.field")).isEqualTo("phone");
		MvcResult house = propose(resident, "{\"changes\":{\"houseId\":\"1\"}}");
		assertThat(status(house)).isEqualTo(400);
		assertThat((String) JsonPath.read(body(house), "$.field")).isEqualTo("houseId");
		MvcResult code = propose(resident, "{\"changes\":{\"education\":\"GENIUS\"}}");
		assertThat((String) JsonPath.read(body(code), "$.field")).isEqualTo("education");
		MvcResult same = propose(resident, "{\"changes\":{\"livingAlone\":false}}");
		assertThat((String) JsonPath.read(body(same), "$.field")).as("nothing differs").isEqualTo("changes");
		assertThat(jdbc.sql("select count(*) from population_proposal where resident_id = :r")
			.param("r", record)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void approvingAfterTheRecordChangedKeepsTheOtherChange() throws Exception {
		long proposal = id(propose(resident, "{\"changes\":{\"education\":\"DOCTORATE\"}}"));
		assertThat(status(api.call(put("/api/v1/residents/" + record), community, """
				{"regionId":%d,"name":"冯七","residenceType":"REGISTERED","registeredAddress":"安徽省铜陵市义安区",
				 "version":0}""".formatted(city.gridA.id())))).isEqualTo(200);
		String detail = body(api.call(get(REVIEW + "/" + proposal), community, null));
		assertThat((Boolean) JsonPath.read(detail, "$.changedSince")).isTrue();
		assertThat(status(api.call(post(REVIEW + "/" + proposal + "/approve"), community, "{\"version\":0}")))
			.isEqualTo(200);
		String after = body(api.call(get("/api/v1/residents/" + record), community, null));
		assertThat((String) JsonPath.read(after, "$.education")).isEqualTo("DOCTORATE");
		assertThat((String) JsonPath.read(after, "$.registeredAddress")).isEqualTo("安徽省铜陵市义安区");
		assertThat(status(api.call(post(REVIEW + "/" + proposal + "/approve"), community, "{\"version\":0}")))
			.as("approved once only")
			.isEqualTo(409);
	}

	private Authentication residentAccount(String phone) {
		jdbc.sql("""
				insert into identity_account (username, display_name, role, password_hash)
				values (:phone, '居民', 'RESIDENT', :hash)""")
			.param("phone", phone)
			.param("hash", passwords.encode(TestAccounts.PASSWORD))
			.update();
		return api.login(phone);
	}

	private MvcResult propose(Authentication who, String body) throws Exception {
		return api.call(post(MINE), who, body);
	}

	private static int status(MvcResult result) {
		return result.getResponse().getStatus();
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

	private static long id(MvcResult result) throws Exception {
		return ((Number) JsonPath.read(body(result), "$.id")).longValue();
	}

	private static int version(MvcResult result) throws Exception {
		return version(body(result));
	}

	private static int version(String json) {
		return JsonPath.read(json, "$.version");
	}

}

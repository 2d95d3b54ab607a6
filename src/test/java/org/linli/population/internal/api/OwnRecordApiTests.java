package org.linli.population.internal.api;

import java.util.List;

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

@SpringBootTest
@AutoConfigureMockMvc
class OwnRecordApiTests {

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

	Authentication resident;

	String phone;

	String idCard;

	long record;

	ApiCalls api;

	@BeforeEach
	void aRegisteredResidentWithAnAccount() throws Exception {
		api = new ApiCalls(mvc, users);
		city = TestCity.create(jdbc);
		community = api.login(new TestAccounts(jdbc, passwords).create(Role.COMMUNITY_WORKER, city.communityA));
		phone = TestIdCards.mobile();
		jdbc.sql("""
				insert into identity_account (username, display_name, role, password_hash)
				values (:phone, '居民', 'RESIDENT', :hash)""")
			.param("phone", phone)
			.param("hash", passwords.encode(TestAccounts.PASSWORD))
			.update();
		resident = api.login(phone);
		idCard = TestIdCards.random();
		MvcResult created = api.call(post("/api/v1/residents"), community, """
				{"regionId":%d,"name":"冯七","idCardNumber":"%s","phone":"%s","residenceType":"REGISTERED"}"""
			.formatted(city.gridA.id(), idCard, phone));
		record = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
	}

	@Test
	void bindsOnlyWhenNameIdNumberAndPhoneMatchThenShowsTheOwnRecordMasked() throws Exception {
		assertThat(api.call(get("/api/v1/me/resident-record"), resident, null).getResponse().getStatus())
			.isEqualTo(404);
		MvcResult wrongName = api.call(post("/api/v1/me/resident-record"), resident,
				"{\"name\":\"冯八\",\"idCardNumber\":\"" + idCard + "\"}");
		assertThat(wrongName.getResponse().getStatus()).isEqualTo(400);
		assertThat((String) JsonPath.read(wrongName.getResponse().getContentAsString(), "$.field"))
			.isEqualTo("idCardNumber");
		MvcResult bound = api.call(post("/api/v1/me/resident-record"), resident,
				"{\"name\":\"冯七\",\"idCardNumber\":\"" + idCard.toLowerCase() + "\"}");
		assertThat(bound.getResponse().getStatus()).isEqualTo(200);
		String mine = api.call(get("/api/v1/me/resident-record"), resident, null).getResponse().getContentAsString();
		assertThat((Integer) JsonPath.read(mine, "$.id")).isEqualTo((int) record);
		assertThat((String) JsonPath.read(mine, "$.idCardNumber")).isEqualTo(new IdCardNumber(idCard).masked());
		assertThat(mine).doesNotContain(idCard);
	}

	@Test
	void theResidentSeesWhoRevealedTheirFullNumber() throws Exception {
		api.call(post("/api/v1/me/resident-record"), resident, "{\"name\":\"冯七\",\"idCardNumber\":\"" + idCard + "\"}");
		MvcResult revealed = api.call(post("/api/v1/residents/" + record + "/reveal"), community,
				"{\"field\":\"phone\",\"reason\":\"核实高龄津贴\"}");
		assertThat(revealed.getResponse().getStatus()).isEqualTo(200);
		String accesses = api.call(get("/api/v1/me/data-access"), resident, null).getResponse().getContentAsString();
		assertThat((List<String>) JsonPath.read(accesses, "$.items[*].action")).contains("population.reveal");
		assertThat(accesses).doesNotContain(phone.substring(3, 7) + phone.substring(7));
	}

	@Test
	void staffHaveNoOwnRecord() throws Exception {
		assertThat(api.call(get("/api/v1/me/resident-record"), community, null).getResponse().getStatus())
			.isEqualTo(404);
	}

}

package org.linli.population.internal.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.shared.IdCardNumber;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;
import org.linli.testing.TestIdCards;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringBootTest
@AutoConfigureMockMvc
class ResidentPagesTests {

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

	@BeforeEach
	void cityWithACommunityWorker() {
		city = TestCity.create(jdbc);
		UserDetails principal = users
			.loadUserByUsername(new TestAccounts(jdbc, passwords).create(Role.COMMUNITY_WORKER, city.communityA));
		community = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	private MvcResult register(String idCard, String phone) throws Exception {
		return mvc
			.perform(post("/population").with(authentication(community))
				.with(csrf())
				.param("regionId", String.valueOf(city.gridA.id()))
				.param("name", "李四")
				.param("idCardNumber", idCard)
				.param("phone", phone)
				.param("residenceType", "REGISTERED")
				.param("tags", "ELDERLY"))
			.andReturn();
	}

	@Test
	void registersAResidentAndShowsOnlyMaskedNumbersUntilAReasonIsGiven() throws Exception {
		String idCard = TestIdCards.random();
		String phone = TestIdCards.mobile();
		MvcResult created = register(idCard, phone);
		assertThat(created.getResponse().getStatus()).isEqualTo(302);
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).matches("/population/\\d+");
		String page = mvc.perform(get(location).with(authentication(community)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"resident-id-number\"")
			.contains(new IdCardNumber(idCard).masked())
			.contains("id=\"reveal-submit\"")
			.doesNotContain(idCard)
			.doesNotContain(phone);
		String noReason = mvc
			.perform(post(location + "/reveal").with(authentication(community))
				.with(csrf())
				.param("field", "phone")
				.param("reason", ""))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(noReason).contains("id=\"form-error\"").doesNotContain(phone);
		String revealed = mvc
			.perform(post(location + "/reveal").with(authentication(community))
				.with(csrf())
				.param("field", "phone")
				.param("reason", "上门走访联系"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(revealed).contains("id=\"revealed-value\">" + phone + "<");
	}

	@Test
	void aWrongCheckDigitIsShownOnTheFormNamingTheField() throws Exception {
		String good = TestIdCards.random();
		String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
		MvcResult result = register(bad, TestIdCards.mobile());
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("id=\"form-error\"")
			.contains("身份证号码")
			.contains("is-invalid");
	}

	@Test
	void searchListsResidentsByNameInTheCallersScope() throws Exception {
		register(TestIdCards.random(), TestIdCards.mobile());
		String page = mvc.perform(get("/population").param("q", "李").with(authentication(community)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"resident-table\"").contains(">李四<");
		assertThat(page).contains("id=\"resident-export\"").contains("/api/v1/residents/export.xlsx?q=");
		String none = mvc.perform(get("/population").param("q", "不存在的名字").with(authentication(community)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(none).contains("id=\"resident-empty\"");
	}

	@Test
	void theSearchFormPostsSoAnIdNumberNeverLandsInAUrl() throws Exception {
		String idCard = TestIdCards.random();
		register(idCard, TestIdCards.mobile());
		String list = mvc.perform(get("/population").with(authentication(community)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("method=\"post\"").contains("action=\"/population/search\"");
		String found = mvc.perform(
				post("/population/search").param("idCardNumber", idCard).with(authentication(community)).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(found).contains("id=\"resident-table\"").contains(">李四<");
		// The form echoes what was typed; the result itself shows the number masked.
		assertThat(found.substring(found.indexOf("id=\"resident-table\""))).doesNotContain(idCard);
	}

	@Test
	void saysMoreThanOneThousandWhenTheCountStopsThereAndStillOffersTheNextPage() throws Exception {
		jdbc.sql("""
				insert into population_resident (path, region_id, name, id_number_cipher, id_number_index,
				       id_number_masked, birth_date, sex, residence_type)
				select cast(:path as ltree), :region, '钱' || g, '\\x00', md5(:seed || g) || md5(g || :seed),
				       '3****************1', date '1980-01-01', 'M', 'REGISTERED'
				  from generate_series(1, 1001) g""")
			.param("path", city.gridA.path().value())
			.param("region", city.gridA.id())
			.param("seed", java.util.UUID.randomUUID().toString())
			.update();
		String zh = mvc.perform(get("/population").param("q", "钱").with(authentication(community)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(zh).contains("1 / 51+").contains("超过 1,000 条").contains("id=\"page-next\"");
		String en = mvc
			.perform(get("/population").param("q", "钱").header("Accept-Language", "en").with(authentication(community)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(en).contains("1 / 51+ (1,000+)");
		// The last page counts to its end: exact again, and no next page.
		String last = mvc
			.perform(get("/population").param("q", "钱").param("page", "50").with(authentication(community)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(last).contains("51 / 51 (1001)").doesNotContain("id=\"page-next\"");
	}

}

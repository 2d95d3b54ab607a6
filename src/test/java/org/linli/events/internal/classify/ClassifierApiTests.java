package org.linli.events.internal.classify;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.testing.ApiCalls;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;

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

/**
 * Suggestions through the API and the 随手拍 page, and a dispatcher's correction kept and
 * learnt from on the next training.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClassifierApiTests {

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

	Authentication resident;

	Authentication communityWorker;

	Authentication districtOfficer;

	@BeforeEach
	void city() {
		api = new ApiCalls(mvc, users);
		city = TestCity.create(jdbc);
		var accounts = new TestAccounts(jdbc, passwords);
		resident = api.login(accounts.create(Role.RESIDENT, null));
		communityWorker = api.login(accounts.create(Role.COMMUNITY_WORKER, city.communityA));
		districtOfficer = api.login(accounts.create(Role.DISTRICT_OFFICER, city.district));
	}

	@Test
	void suggestsThreeLabelledCategoriesBestFirst() throws Exception {
		MvcResult r = api.call(post("/api/v1/event-classifier/suggest"), resident, "{\"text\":\"楼下的路灯坏了，晚上一片漆黑\"}");
		assertThat(r.getResponse().getStatus()).isEqualTo(200);
		String body = r.getResponse().getContentAsString();
		assertThat((List<String>) JsonPath.read(body, "$[*].code")).hasSize(3).first().isEqualTo("0602");
		assertThat((String) JsonPath.read(body, "$[0].label")).isEqualTo("路灯不亮");
		assertThat(((Number) JsonPath.read(body, "$[0].confidence")).doubleValue()).isBetween(0.3, 1.0);
		MvcResult blank = api.call(post("/api/v1/event-classifier/suggest"), resident, "{\"text\":\" \"}");
		assertThat(blank.getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void theReportPageGetsSuggestionButtonsWithTheFirstToPreselect() throws Exception {
		MvcResult r = mvc
			.perform(get("/events/report/suggestions").param("description", "电梯坏了，老人上不了楼")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.authentication(resident)))
			.andReturn();
		assertThat(r.getResponse().getContentAsString()).contains("data-top=\"0604\"").contains("suggestion-0604");
	}

	@Test
	void aDispatchersCorrectionIsKeptAndTheNextTrainingLearnsIt() throws Exception {
		String text = "紫藤花架上挂满了蜂窝，担心蜇伤孩子";
		MvcResult reported = api.call(post("/api/v1/events"), resident,
				"{\"categoryCode\":\"9901\",\"description\":\"%s\",\"regionId\":%d}".formatted(text, city.gridA.id()));
		long event = ((Number) JsonPath.read(reported.getResponse().getContentAsString(), "$.event.id")).longValue();
		MvcResult accepted = api.call(post("/api/v1/events/" + event + "/accept"), communityWorker,
				"{\"version\":0,\"categoryCode\":\"0803\"}");
		assertThat(accepted.getResponse().getStatus()).as(accepted.getResponse().getContentAsString()).isEqualTo(200);
		assertThat(jdbc.sql("select category_code from events_event where id = :id")
			.param("id", event)
			.query(String.class)
			.single()).isEqualTo("0803");
		assertThat(jdbc.sql("select chosen_code from events_classification_feedback where event_id = :id")
			.param("id", event)
			.query(String.class)
			.list()).containsExactly("0803");
		// the same words again: before retraining the model has never seen 0803
		MvcResult forbidden = api.call(post("/api/v1/event-classifier/retrain"), communityWorker, null);
		assertThat(forbidden.getResponse().getStatus()).isEqualTo(403);
		MvcResult retrained = api.call(post("/api/v1/event-classifier/retrain"), districtOfficer, null);
		assertThat(((Number) JsonPath.read(retrained.getResponse().getContentAsString(), "$.corrections")).intValue())
			.isGreaterThanOrEqualTo(1);
		MvcResult after = api.call(post("/api/v1/event-classifier/suggest"), resident, "{\"text\":\"花架上挂着蜂窝，孩子怕被蜇伤\"}");
		assertThat((List<String>) JsonPath.read(after.getResponse().getContentAsString(), "$[*].code"))
			.contains("0803");
	}

	@Test
	void aCategoryCanOnlyBeCorrectedWhenAcceptingOrDispatching() throws Exception {
		MvcResult reported = api.call(post("/api/v1/events"), resident,
				"{\"categoryCode\":\"0102\",\"description\":\"垃圾没人清理\",\"regionId\":%d}".formatted(city.gridA.id()));
		long event = ((Number) JsonPath.read(reported.getResponse().getContentAsString(), "$.event.id")).longValue();
		MvcResult rejected = api.call(post("/api/v1/events/" + event + "/reject"), communityWorker,
				"{\"version\":0,\"reason\":\"重复\",\"categoryCode\":\"0201\"}");
		assertThat(rejected.getResponse().getStatus()).isEqualTo(400);
	}

}

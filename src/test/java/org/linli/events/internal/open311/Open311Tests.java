package org.linli.events.internal.open311;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.identity.internal.ApiTokens;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Open311 GeoReport v2: public discovery and services, requests created with an API key
 * (idempotent by the client's id), listed and read in JSON and XML with the spec's names,
 * only inside the key's scope and never with the reporter; errors in the spec's format.
 */
@SpringBootTest
@AutoConfigureMockMvc
class Open311Tests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ApiTokens tokens;

	TestCity city;

	String patrolKey;

	String otherGridKey;

	@BeforeEach
	void keys() {
		city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		patrolKey = key(accounts.create(Role.GRID_WORKER, city.gridA), accounts);
		otherGridKey = key(accounts.create(Role.GRID_WORKER, city.gridB), accounts);
	}

	String key(String username, TestAccounts accounts) {
		return tokens.issue(accounts.idOf(username), "open311", null).secret();
	}

	MvcResult call(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.header("Accept-Language", "en")).andReturn();
	}

	String create(String externalId, int expectedStatus) throws Exception {
		MvcResult r = call(post("/open311/v2/requests.json").param("api_key", patrolKey)
			.param("service_code", "0102")
			.param("lat", "31.820591")
			.param("long", "117.227219")
			.param("description", "Rubbish piled at the gate for three days")
			.param("external_id", externalId));
		assertThat(r.getResponse().getStatus()).isEqualTo(expectedStatus);
		return JsonPath.read(r.getResponse().getContentAsString(), "$[0].service_request_id");
	}

	@Test
	void discoveryAndServicesArePublicInJsonAndXml() throws Exception {
		MvcResult json = call(get("/open311/v2/services.json"));
		assertThat(json.getResponse().getStatus()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(json.getResponse().getContentAsString(), "$[*].service_code"))
			.contains("01", "0102");
		assertThat(JsonPath.<List<Boolean>>read(json.getResponse().getContentAsString(),
				"$[?(@.service_code == '0102')].metadata"))
			.containsExactly(false);
		String xml = call(get("/open311/v2/services.xml")).getResponse().getContentAsString();
		assertThat(xml).contains("<services><service><service_code>").contains("<service_code>0102</service_code>");
		assertThat(call(get("/open311/v2/services/0102.xml")).getResponse().getContentAsString())
			.contains("<service_definition><service_code>0102</service_code><attributes></attributes>");
		assertThat(call(get("/open311/v2/services/9999.json")).getResponse().getStatus()).isEqualTo(404);
		String discovery = call(get("/open311/v2/discovery.json")).getResponse().getContentAsString();
		assertThat(JsonPath.<String>read(discovery, "$.endpoints[0].url")).endsWith("/open311/v2");
	}

	@Test
	void aPostWithAnApiKeyCreatesAnEventAndARetryWithTheSameIdReturnsIt() throws Exception {
		String id = create("hotline-77", 201);
		assertThat(create("hotline-77", 200)).isEqualTo(id);
		assertThat(jdbc.sql("select channel from events_event where id = :id")
			.param("id", Long.parseLong(id))
			.query(String.class)
			.single()).isEqualTo("PATROL");
		MvcResult token = call(get("/open311/v2/tokens/hotline-77.json").param("api_key", patrolKey));
		assertThat(JsonPath.<String>read(token.getResponse().getContentAsString(), "$[0].service_request_id"))
			.isEqualTo(id);
	}

	@Test
	void aBadKeyIsRefusedWith403InTheSpecsErrorFormat() throws Exception {
		MvcResult json = call(post("/open311/v2/requests.json").param("api_key", "lk_nobody")
			.param("service_code", "0102")
			.param("lat", "31.8")
			.param("long", "117.2")
			.param("description", "xx"));
		assertThat(json.getResponse().getStatus()).isEqualTo(403);
		assertThat(JsonPath.<Integer>read(json.getResponse().getContentAsString(), "$[0].code")).isEqualTo(403);
		assertThat(JsonPath.<String>read(json.getResponse().getContentAsString(), "$[0].description"))
			.contains("api_key");
		MvcResult xml = call(get("/open311/v2/requests.xml").param("api_key", "lk_nobody"));
		assertThat(xml.getResponse().getStatus()).isEqualTo(403);
		assertThat(xml.getResponse().getContentAsString()).contains("<errors><error><code>403</code><description>");
		MvcResult anonymousPost = call(post("/open311/v2/requests.json").param("service_code", "0102"));
		assertThat(anonymousPost.getResponse().getStatus()).isIn(403);
	}

	@Test
	void requestsListShowsPublicFieldsInsideTheKeysScopeOnly() throws Exception {
		String id = create("list-1", 201);
		jdbc.sql("update events_event set reporter_name = '13812345678' where id = :id")
			.param("id", Long.parseLong(id))
			.update();
		String json = call(get("/open311/v2/requests.json").param("api_key", patrolKey).param("status", "open"))
			.getResponse()
			.getContentAsString();
		List<String> ids = JsonPath.read(json, "$[*].service_request_id");
		assertThat(ids).contains(id);
		String one = JsonPath.<List<Object>>read(json, "$[?(@.service_request_id == '" + id + "')]").get(0).toString();
		assertThat(one)
			.contains("status=open", "service_code=0102", "lat=31.820591", "long=117.227219", "requested_datetime=",
					"description=Rubbish")
			.doesNotContain("1381234")
			.doesNotContain("reporter");
		assertThat(call(get("/open311/v2/requests.json").param("api_key", otherGridKey)).getResponse()
			.getContentAsString()).doesNotContain("\"" + id + "\"");
		assertThat(call(get("/open311/v2/requests.json")).getResponse().getContentAsString()).isEqualTo("[]");
		assertThat(call(get("/open311/v2/requests/" + id + ".json").param("api_key", otherGridKey)).getResponse()
			.getStatus()).isEqualTo(404);

		jdbc.sql("update events_event set state = 'REJECTED' where id = :id").param("id", Long.parseLong(id)).update();
		String xml = call(get("/open311/v2/requests/" + id + ".xml").param("api_key", patrolKey)).getResponse()
			.getContentAsString();
		assertThat(xml).contains("<service_requests><request><service_request_id>" + id + "</service_request_id>")
			.contains("<status>closed</status>")
			.contains("<lat>31.820591</lat><long>117.227219</long>");
		assertThat(
				call(get("/open311/v2/requests.json").param("api_key", patrolKey).param("status", "open")).getResponse()
					.getContentAsString())
			.doesNotContain("\"" + id + "\"");
	}

}

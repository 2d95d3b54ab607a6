package org.linli.notices.internal.api;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.notices.internal.Inbox;
import org.linli.notices.internal.NoticeKind;
import org.linli.testing.ApiCalls;
import org.linli.testing.TestAccounts;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The inbox through the API and its page: only one's own messages, unread first, read one
 * or all; another account's message is not found.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InboxApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Inbox inbox;

	ApiCalls api;

	String alice;

	String bob;

	@BeforeEach
	void twoResidents() {
		api = new ApiCalls(mvc, users);
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		alice = accounts.create(Role.RESIDENT, null);
		bob = accounts.create(Role.RESIDENT, null);
	}

	String page(Authentication who) throws Exception {
		return mvc.perform(get("/me/inbox").with(authentication(who))).andReturn().getResponse().getContentAsString();
	}

	long idOf(String username) {
		return jdbc.sql("select id from identity_account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	long deliver(String to, NoticeKind kind, long eventId) {
		long account = idOf(to);
		inbox.deliver(List.of(account), kind, "test:" + kind + ":" + eventId, "/events/mine/" + eventId, eventId);
		return jdbc.sql("select max(id) from notices_message where account_id = :a")
			.param("a", account)
			.query(Long.class)
			.single();
	}

	@Test
	void listsOnlyOnesOwnMessagesUnreadFirstInTheCallersLanguage() throws Exception {
		long first = deliver(alice, NoticeKind.EVENT_CLOSED, 31);
		long second = deliver(alice, NoticeKind.EVENT_REJECTED, 32);
		long bobs = deliver(bob, NoticeKind.EVENT_CLOSED, 33);
		Authentication a = api.login(alice);
		api.call(post("/api/v1/me/inbox/" + second + "/read"), a, null);

		MvcResult r = api.call(get("/api/v1/me/inbox").header("Accept-Language", "en"), a, null);

		String body = r.getResponse().getContentAsString();
		assertThat(r.getResponse().getStatus()).isEqualTo(200);
		assertThat((List<Integer>) JsonPath.read(body, "$.items[*].id")).containsExactly((int) first, (int) second);
		assertThat((String) JsonPath.read(body, "$.items[0].text"))
			.isEqualTo("Your report #31 was closed; please rate the result");
		assertThat(r.getResponse().getHeader("X-Unread-Count")).isEqualTo("1");
		assertThat(body).doesNotContain("\"id\":" + bobs + ",");
	}

	@Test
	void anotherAccountsMessageIsNotFoundAndStaysUnread() throws Exception {
		long bobs = deliver(bob, NoticeKind.EVENT_CLOSED, 41);

		MvcResult r = api.call(post("/api/v1/me/inbox/" + bobs + "/read"), api.login(alice), null);

		assertThat(r.getResponse().getStatus()).isEqualTo(404);
		assertThat(inbox.unread(idOf(bob))).isEqualTo(1);
	}

	@Test
	void readingAllLeavesNothingUnreadAndTheBadgeDisappears() throws Exception {
		deliver(alice, NoticeKind.EVENT_CLOSED, 51);
		deliver(alice, NoticeKind.EVENT_REJECTED, 52);
		Authentication a = api.login(alice);
		assertThat(page(a)).contains("id=\"inbox-unread\"").contains("#51");

		MvcResult r = api.call(post("/api/v1/me/inbox/read-all"), a, null);

		assertThat((Integer) JsonPath.read(r.getResponse().getContentAsString(), "$.marked")).isEqualTo(2);
		assertThat(inbox.unread(idOf(alice))).isZero();
		assertThat(page(a)).doesNotContain("id=\"inbox-unread\"");
	}

	@Test
	void openingAMessageOnThePageMarksItReadAndGoesWhereItPoints() throws Exception {
		long id = deliver(alice, NoticeKind.EVENT_CLOSED, 61);

		MvcResult r = mvc.perform(post("/me/inbox/" + id + "/read").with(authentication(api.login(alice))).with(csrf()))
			.andReturn();

		assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/events/mine/61");
		assertThat(inbox.unread(idOf(alice))).isZero();
	}

}

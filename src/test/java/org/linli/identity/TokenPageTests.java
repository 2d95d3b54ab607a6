package org.linli.identity;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.linli.testing.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The own API tokens page: the secret is shown once, then only its prefix. */
@SpringBootTest
@AutoConfigureMockMvc
class TokenPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	UserDetailsService users;

	@Test
	void showsANewSecretOnceAndRevokesTheToken() throws Exception {
		String owner = new TestAccounts(jdbc, encoder).create(Role.AUDIT_ADMIN, null);
		// A real login: the secret travels in the session's flash map to the next page
		// only.
		Cookie session = mvc.perform(formLogin().user(owner).password(TestAccounts.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		MvcResult issued = mvc.perform(post("/me/tokens").cookie(session).with(csrf()).param("name", "热线对接"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("issuedSecret"))
			.andReturn();
		String secret = (String) issued.getFlashMap().get("issuedSecret");
		mvc.perform(get("/me/tokens").cookie(session)).andExpect(content().string(containsString(secret)));
		RequestPostProcessor me = user(users.loadUserByUsername(owner));
		mvc.perform(get("/me/tokens").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("热线对接")))
			.andExpect(content().string(not(containsString(secret))));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());

		long id = jdbc.sql(
				"select max(id) from identity_api_token where account_id = (select id from identity_account where username = :u)")
			.param("u", owner)
			.query(Long.class)
			.single();
		mvc.perform(post("/me/tokens/" + id + "/revoke").with(me).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
	}

}

package org.linli.identity;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 居民注册: residents sign up on their own with a mobile number and log in with it. */
@SpringBootTest
@AutoConfigureMockMvc
class ResidentRegistrationTests {

	static final String PASSWORD = "Resident#2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSignUpPageIsOpenToAnonymousVisitorsAndSaysRealNameMatchingComesLater() throws Exception {
		mvc.perform(get("/register"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"register-form\"")))
			.andExpect(content().string(containsString("实名核验")));
	}

	@Test
	void aResidentSignsUpAndLogsInWithThePhoneNumber() throws Exception {
		String phone = phone();
		mvc.perform(signUp("+86 " + phone, "李居民", PASSWORD, PASSWORD))
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("registered", phone));
		// A resident holds the role and what residents may do (report events …).
		mvc.perform(formLogin().user(phone).password(PASSWORD))
			.andExpect(authenticated().withAuthentication(a -> assertThat(a.getAuthorities())
				.extracting(org.springframework.security.core.GrantedAuthority::getAuthority)
				.contains("ROLE_RESIDENT")
				.doesNotContain("population.read")));
		assertThat(
				jdbc.sql("select count(*) from identity_audit_entry where action = 'account.register' and actor = :p")
					.param("p", phone)
					.query(Long.class)
					.single())
			.isEqualTo(1);
	}

	@Test
	void aPhoneNumberSignsUpOnlyOnce() throws Exception {
		String phone = phone();
		mvc.perform(signUp(phone, "王一", PASSWORD, PASSWORD)).andExpect(status().is3xxRedirection());
		mvc.perform(signUp(phone, "王二", PASSWORD, PASSWORD))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("该手机号已注册")));
	}

	@Test
	void refusesLandlinesWeakPasswordsAndMismatchedConfirmation() throws Exception {
		mvc.perform(signUp("0562-1234567", "赵", PASSWORD, PASSWORD))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("手机号")));
		mvc.perform(signUp(phone(), "赵", "weakpass", "weakpass"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("密码需包含")));
		mvc.perform(signUp(phone(), "赵", PASSWORD, PASSWORD + "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("两次输入的密码不一致")));
	}

	private MockHttpServletRequestBuilder signUp(String phone, String name, String password, String confirm) {
		return post("/register").with(csrf())
			.param("phone", phone)
			.param("displayName", name)
			.param("password", password)
			.param("confirmPassword", confirm);
	}

	/**
	 * A random mobile number in the 199 range; collisions across runs are refused, not
	 * wrong.
	 */
	private static String phone() {
		return "199" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

}

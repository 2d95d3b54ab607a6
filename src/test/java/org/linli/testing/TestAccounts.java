package org.linli.testing;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.linli.identity.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** Accounts for tests, written into {@code identity_account} with unique usernames. */
public final class TestAccounts {

	public static final String PASSWORD = "Test@Pass1";

	private static final AtomicInteger next = new AtomicInteger();

	private final JdbcClient jdbc;

	private final String passwordHash;

	public TestAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.passwordHash = encoder.encode(PASSWORD);
	}

	/**
	 * Creates an account of {@code role} working in {@code node} and returns its
	 * username.
	 */
	public String create(Role role, TestCity.Node node) {
		return create(role, node, role == Role.DEPARTMENT_HANDLER ? "CITY_MANAGEMENT" : null);
	}

	public String create(Role role, TestCity.Node node, String department) {
		String username = "t" + ProcessHandle.current().pid() + "-" + role.name().toLowerCase() + "-"
				+ next.incrementAndGet();
		jdbc.sql(
				"""
						insert into identity_account (username, display_name, role, region_id, region_path, department_code, password_hash)
						values (:username, :name, :role, :region, cast(:path as ltree), :department, :hash)""")
			.param("username", username)
			.param("name", "测试" + role.name())
			.param("role", role.name())
			.param("region", node == null ? null : node.id())
			.param("path", node == null ? null : node.path().value())
			.param("department", department)
			.param("hash", passwordHash)
			.update();
		return username;
	}

	public long idOf(String username) {
		return jdbc.sql("select id from identity_account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	/** Logs a test account in through the login form; answers its session cookie. */
	public static Cookie session(MockMvc mvc, String username) throws Exception {
		return mvc.perform(formLogin().user(username).password(PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}

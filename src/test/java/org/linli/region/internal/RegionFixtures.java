package org.linli.region.internal;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test data in the shared database: a city and a district with random codes (other tests
 * run against the same tables) and accounts working in a node. Not a bean: module tests
 * of other modules must not pick it up.
 */
public class RegionFixtures {

	private final JdbcClient jdbc;

	private final UserDetailsService users;

	private final PasswordEncoder passwords;

	public RegionFixtures(JdbcClient jdbc, UserDetailsService users, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.users = users;
		this.passwords = passwords;
	}

	/** A city and one district under it; returns the district as {id, code, path}. */
	public Node district() {
		for (int attempt = 0; attempt < 50; attempt++) {
			String prefix = String.valueOf(ThreadLocalRandom.current().nextInt(1100, 9900));
			if (prefix.equals("3407") || prefix.compareTo("6600") >= 0 && prefix.compareTo("6999") <= 0) {
				// 3407 is the demo city; 66xx-69xx belong to org.linli.testing.TestCity.
				continue;
			}
			String cityCode = prefix + "00";
			String districtCode = prefix + "01";
			boolean taken = jdbc.sql(
					"select exists (select 1 from region_node where code in (:city, :district) and retired_at is null)")
				.param("city", cityCode)
				.param("district", districtCode)
				.query(Boolean.class)
				.single();
			if (!taken) {
				Node city = insert(null, null, "CITY", cityCode, "测试市" + prefix);
				return insert(city.id(), city.path(), "DISTRICT", districtCode, "测试区" + prefix);
			}
		}
		throw new IllegalStateException("no free city code");
	}

	private Node insert(Long parentId, String parentPath, String level, String code, String name) {
		long id = jdbc.sql("select nextval('region_node_id_seq')").query(Long.class).single();
		String path = parentPath == null ? String.valueOf(id) : parentPath + "." + id;
		jdbc.sql("""
				insert into region_node (id, parent_id, level, code, name, path)
				values (:id, :parent, :level, :code, :name, cast(:path as ltree))""")
			.param("id", id)
			.param("parent", parentId)
			.param("level", level)
			.param("code", code)
			.param("name", name)
			.param("path", path)
			.update();
		return new Node(id, code, path);
	}

	/** An account of {@code role} working in node {@code nodeId}, logged in. */
	public Authentication login(String role, long nodeId) {
		String username = role.toLowerCase() + "-" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
		jdbc.sql("""
				insert into identity_account (username, display_name, role, region_id, region_path, password_hash)
				select :username, :username, :role, id, path, :hash from region_node where id = :node""")
			.param("username", username)
			.param("role", role)
			.param("node", nodeId)
			.param("hash", passwords.encode("Secret#2026"))
			.update();
		UserDetails principal = users.loadUserByUsername(username);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	/** A node as tests refer to it. */
	public record Node(long id, String code, String path) {
	}

}

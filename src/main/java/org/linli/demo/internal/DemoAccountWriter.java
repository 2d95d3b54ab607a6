package org.linli.demo.internal;

import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linli.demo.internal.DemoCityPlan.Account;
import org.linli.demo.internal.DemoRegionWriter.WrittenNodes;
import org.linli.identity.Role;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the demo accounts with plain SQL. The identity module has no bulk account API
 * yet, and creating some 150 accounts through it one by one would re-encode the same
 * password each time; as a fixture loader this class writes {@code identity_account}
 * directly, in the caller's transaction, with one password hash for all. It is the only
 * place outside the identity module that knows that table: keep it in step with
 * {@code db/migration/identity}.
 */
@Component
class DemoAccountWriter {

	private final JdbcTemplate jdbc;

	private final JdbcClient client;

	DemoAccountWriter(JdbcTemplate jdbc, JdbcClient client) {
		this.jdbc = jdbc;
		this.client = client;
	}

	/** A demo login as the console shows it. */
	record Login(String username, Role role, String region) {
	}

	/**
	 * Adds the accounts; a username already taken (by an administrator, or an earlier
	 * run) is left as it is.
	 */
	void write(List<Account> accounts, WrittenNodes nodes, String passwordHash) {
		jdbc.batchUpdate("""
				insert into identity_account
				       (username, display_name, role, region_id, region_path, department_code, password_hash)
				values (?, ?, ?, ?, cast(? as ltree), ?, ?)
				on conflict (lower(username)) do nothing""", accounts, accounts.size(), (ps, account) -> {
			boolean placed = account.node() >= 0;
			ps.setString(1, account.username());
			ps.setString(2, account.displayName());
			ps.setString(3, account.role().name());
			ps.setObject(4, placed ? nodes.ids()[account.node()] : null, Types.BIGINT);
			ps.setString(5, placed ? nodes.paths()[account.node()] : null);
			ps.setString(6, account.department());
			ps.setString(7, passwordHash);
		});
	}

	/** Ids of those of {@code usernames} that exist and are enabled. */
	Map<String, Long> ids(Collection<String> usernames) {
		Map<String, Long> ids = new HashMap<>();
		client.sql("select username, id from identity_account where lower(username) in (:usernames) and enabled")
			.param("usernames", usernames.stream().map(String::toLowerCase).toList())
			.query((rs, row) -> ids.put(rs.getString(1), rs.getLong(2)))
			.list();
		return ids;
	}

	/**
	 * Those of {@code usernames} that exist and are enabled, with their region's name.
	 */
	List<Login> existing(Collection<String> usernames) {
		return client.sql("""
				select a.username, a.role,
				       case when n.level = 'HOUSEHOLD_GROUP' then p.name || ' ' || n.name else n.name end
				  from identity_account a
				  left join region_node n on n.id = a.region_id
				  left join region_node p on p.id = n.parent_id
				 where lower(a.username) in (:usernames) and a.enabled""")
			.param("usernames", usernames.stream().map(String::toLowerCase).toList())
			.query((rs, row) -> new Login(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3)))
			.list();
	}

}

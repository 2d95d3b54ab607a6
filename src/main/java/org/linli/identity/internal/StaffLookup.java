package org.linli.identity.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.identity.StaffDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link StaffDirectory} over the accounts and the role–permission grants. */
@Component
@Transactional(readOnly = true)
class StaffLookup implements StaffDirectory {

	private final JdbcClient jdbc;

	StaffLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Long> atNode(long regionNodeId, String permission) {
		return jdbc.sql("""
				select a.id from identity_account a
				  join identity_role_permission p on p.role = a.role and p.permission = :permission
				 where a.enabled and a.region_id = :node and a.department_code is null
				 order by a.id""").param("permission", permission).param("node", regionNodeId).query(Long.class).list();
	}

	@Override
	public List<Long> inDepartment(String departmentCode, String permission) {
		return jdbc.sql("""
				select a.id from identity_account a
				  join identity_role_permission p on p.role = a.role and p.permission = :permission
				 where a.enabled and a.department_code = :department
				 order by a.id""")
			.param("permission", permission)
			.param("department", departmentCode)
			.query(Long.class)
			.list();
	}

	@Override
	public Map<Long, String> displayNames(Collection<Long> accountIds) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (accountIds.isEmpty()) {
			return names;
		}
		jdbc.sql("select id, display_name from identity_account where id in (:ids)")
			.param("ids", accountIds.stream().distinct().toList())
			.query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
			.list();
		return names;
	}

}

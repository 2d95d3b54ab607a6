package org.linli.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Who works where with which permission, for modules that address people rather than
 * check a caller (the inbox tells a unit's staff about work that reached them). Only
 * enabled accounts, by id.
 */
public interface StaffDirectory {

	/**
	 * Accounts that work in exactly this region node and hold {@code permission}.
	 */
	List<Long> atNode(long regionNodeId, String permission);

	/** Accounts of a department (职能部门) that hold {@code permission}. */
	List<Long> inDepartment(String departmentCode, String permission);

	/**
	 * The display names (姓名, as pages show people) of these accounts, by id; an account
	 * that no longer exists is missing from the map.
	 */
	Map<Long, String> displayNames(Collection<Long> accountIds);

}

package org.linli.identity;

import java.util.List;

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

}

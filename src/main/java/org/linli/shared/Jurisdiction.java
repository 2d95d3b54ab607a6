package org.linli.shared;

/**
 * 数据权限 — what the caller may see: a region subtree for staff, the department's dispatched
 * work for a department handler, their own records for a resident, no business data for
 * the three administrators. Every read, update, delete, export and count is filtered
 * through it with bound parameters; an object outside it is reported as not found.
 *
 * @param accountId the caller's account
 * @param username the caller's login name, for audit
 * @param scope kind of scope
 * @param region the node the caller works in; {@code null} for residents and merchants
 * @param department department code of a department handler, otherwise {@code null}
 */
public record Jurisdiction(long accountId, String username, Scope scope, RegionPath region,
		String department) implements java.io.Serializable {

	/** Kinds of data scope. */
	public enum Scope {

		/** Staff: everything under their region node. */
		SUBTREE,
		/**
		 * Department handlers: work dispatched to their department, inside their region
		 * node.
		 */
		DEPARTMENT,
		/** Residents and merchants: their own records only. */
		SELF,
		/** 三员: no business data at all. */
		NONE

	}

	public Jurisdiction {
		if ((scope == Scope.SUBTREE || scope == Scope.DEPARTMENT) && region == null) {
			throw new IllegalArgumentException(scope + " scope needs a region node");
		}
	}

	/** True when the region structure at {@code path} is visible to the caller. */
	public boolean covers(RegionPath path) {
		return path != null && region != null && (scope == Scope.SUBTREE || scope == Scope.DEPARTMENT)
				&& region.covers(path);
	}

	/**
	 * The ltree to bind as {@code path <@ :scope}. Callers with no region scope get a
	 * path that matches nothing, so a forgotten check still leaks nothing.
	 */
	public String scopePath() {
		return (scope == Scope.SUBTREE || scope == Scope.DEPARTMENT) ? region.value() : "0";
	}

	/**
	 * The end of {@link #scopePath()}'s subtree in {@code ltree} order
	 * ({@link RegionPath#subtreeEnd()}), for the btree range
	 * {@code path >= :scope and path < :scopeEnd}.
	 */
	public String scopeEnd() {
		return (scope == Scope.SUBTREE || scope == Scope.DEPARTMENT) ? region.subtreeEnd() : "00";
	}

}

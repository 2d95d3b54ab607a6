package org.linli.identity.internal;

import org.linli.shared.RegionPath;

/**
 * The accounts a system administrator manages: those whose region lies in its own region
 * subtree. Residents and merchants without a region belong to the whole platform, so only
 * an administrator at the root of the tree (the city) manages them. Administrators hold
 * no business-data scope ({@code Scope.NONE}), so this is read from their own region, not
 * from the jurisdiction's scope path.
 *
 * @param region the administrator's own region node path, {@code null} manages nothing
 */
record AccountScope(RegionPath region) {

	static AccountScope of(LinliPrincipal admin) {
		return new AccountScope(admin.jurisdiction().region());
	}

	boolean covers(RegionPath accountRegion) {
		if (region == null) {
			return false;
		}
		return accountRegion == null ? regionless() : region.covers(accountRegion);
	}

	/** Whether region-less accounts (residents, merchants) are in scope. */
	boolean regionless() {
		return region != null && region.depth() == 1;
	}

	/**
	 * The ltree to bind as {@code region_path <@ :scope}; matches nothing without a
	 * region.
	 */
	String scopePath() {
		return region == null ? "0" : region.value();
	}

}

package org.linli.population;

import java.util.Optional;

import org.linli.shared.RegionPath;

/**
 * Where a resident's account lives, from the population record it is bound to (实名绑定):
 * other modules place a resident's reports there when nothing more precise is given.
 */
public interface ResidentHomes {

	/**
	 * The region path (the grid, or the node the record is kept at) of the active record
	 * bound to {@code accountId}; empty when the account is bound to none.
	 */
	Optional<RegionPath> homeOf(long accountId);

}

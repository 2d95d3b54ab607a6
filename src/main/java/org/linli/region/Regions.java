package org.linli.region;

import java.util.List;
import java.util.Optional;

/**
 * Read access to the region tree for other modules (no scope check: callers apply their
 * own).
 */
public interface Regions {

	Optional<RegionNode> node(long id);

	Optional<RegionNode> nodeByCode(String code);

	/** The nodes from the city down to {@code id}, for breadcrumbs and labels. */
	List<RegionNode> ancestry(long id);

	/**
	 * The grid a house lies in (its building's grid), for an active house; empty when the
	 * house does not exist or was retired.
	 */
	Optional<RegionNode> gridOfHouse(long houseId);

	/**
	 * Whether the tree has any node yet (the demo city loads only into an empty tree).
	 */
	boolean isEmpty();

}

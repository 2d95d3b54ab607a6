package org.linli.population.internal.knock;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 数据鲜活度 of one community or grid (or of the whole node asked about).
 *
 * @param id node id
 * @param parentId its parent
 * @param level COMMUNITY, GRID, or the asked node's level for the summary
 * @param code node code
 * @param name node name
 * @param residents active residents under it
 * @param verifiedResidents of those, verified within the freshness window
 * @param houses active houses under it
 * @param visitedHouses of those, knocked at (any outcome) within the window
 */
public record FreshnessRow(long id, Long parentId, String level, String code, String name, long residents,
		long verifiedResidents, long houses, long visitedHouses) {

	/** Verified residents as a percentage with one decimal, or null without residents. */
	public BigDecimal verifiedPercent() {
		return percent(verifiedResidents, residents);
	}

	/** Visited houses as a percentage with one decimal, or null without houses. */
	public BigDecimal visitedPercent() {
		return percent(visitedHouses, houses);
	}

	static BigDecimal percent(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}

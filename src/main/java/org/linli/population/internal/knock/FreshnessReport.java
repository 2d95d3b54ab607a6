package org.linli.population.internal.knock;

import java.time.Instant;
import java.util.List;

/**
 * 数据鲜活度 under one node: the node's own figures, then its communities and grids, each list
 * worst first (lowest share of verified residents; nodes without residents last).
 *
 * @param summary the node asked about
 * @param since verifications and visits from this instant count
 * @param communities communities under the node
 * @param grids grids under the node
 */
public record FreshnessReport(FreshnessRow summary, Instant since, List<FreshnessRow> communities,
		List<FreshnessRow> grids) {

	/** The rows one level below the node: its communities, or a community's grids. */
	public List<FreshnessRow> nextLevel() {
		return communities.stream().anyMatch(c -> c.id() != summary.id()) ? communities
				: grids.stream().filter(g -> g.id() != summary.id()).toList();
	}

}

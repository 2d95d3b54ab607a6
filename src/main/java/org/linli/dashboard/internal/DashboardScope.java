package org.linli.dashboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.linli.region.RegionNode;
import org.linli.region.Regions;
import org.linli.shared.Jurisdiction;
import org.linli.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which node a dashboard shows: the caller's own unless another is asked for, and only
 * inside the caller's subtree (a node outside it is not found).
 */
@Component
public class DashboardScope {

	private final Regions regions;

	private final Clock clock;

	private final ZoneId zone;

	DashboardScope(Regions regions, Clock clock, @Value("${linli.calendar.zone:Asia/Shanghai}") ZoneId zone) {
		this.regions = regions;
		this.clock = clock;
		this.zone = zone;
	}

	public RegionNode node(Jurisdiction caller, Long regionId) {
		long id = regionId != null ? regionId : caller.region() != null ? caller.region().nodeId() : -1;
		return regions.node(id)
			.filter(n -> caller.covers(n.path()))
			.orElseThrow(() -> new NotFoundException("region", id));
	}

	/** The way up from the caller's own node to {@code node}, for breadcrumbs. */
	public List<RegionNode> trail(Jurisdiction caller, RegionNode node) {
		return regions.ancestry(node.id()).stream().filter(n -> caller.covers(n.path())).toList();
	}

	public Period period(LocalDate from, LocalDate to) {
		return Period.of(from, to, LocalDate.now(clock.withZone(zone)));
	}

}

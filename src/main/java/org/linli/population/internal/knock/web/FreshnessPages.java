package org.linli.population.internal.knock.web;

import java.time.Clock;

import org.linli.population.internal.knock.Freshness;
import org.linli.population.internal.knock.FreshnessReport;
import org.linli.region.Regions;
import org.linli.shared.Jurisdiction;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 数据鲜活度 for community, street and district staff and leaders: the node's figures and the
 * level below it worst first, each row a link one level down.
 */
@Controller
class FreshnessPages {

	private final Freshness freshness;

	private final Regions regions;

	private final Clock clock;

	FreshnessPages(Freshness freshness, Regions regions, Clock clock) {
		this.freshness = freshness;
		this.regions = regions;
		this.clock = clock;
	}

	@GetMapping("/population/freshness")
	@PreAuthorize("hasAuthority('population.read')")
	String freshness(@RequestParam(required = false) Long under, Jurisdiction jurisdiction, Model model) {
		FreshnessReport report = freshness.report(jurisdiction, under);
		model.addAttribute("report", report);
		model.addAttribute("rows", report.nextLevel());
		// Breadcrumbs stop at the caller's own node: above it is outside the scope.
		model.addAttribute("trail",
				regions.ancestry(report.summary().id()).stream().filter(n -> jurisdiction.covers(n.path())).toList());
		model.addAttribute("zone", clock.getZone());
		return "population/freshness";
	}

}

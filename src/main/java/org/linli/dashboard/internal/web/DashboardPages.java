package org.linli.dashboard.internal.web;

import java.time.LocalDate;
import java.util.Locale;

import org.linli.dashboard.internal.DashboardScope;
import org.linli.dashboard.internal.DashboardViews;
import org.linli.population.PopulationPermissions;
import org.linli.region.RegionNode;
import org.linli.shared.Jurisdiction;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 一屏观社区 — the leaders' page: the event figures of a node and a period in cards, charts
 * and tables, the population structure beside them (for callers who may read residents),
 * and the child nodes to drill into.
 */
@Controller
@PreAuthorize("hasAuthority('dashboard.read')")
class DashboardPages {

	private static final int TOP_CATEGORIES = 10;

	private final DashboardScope scope;

	private final DashboardViews views;

	DashboardPages(DashboardScope scope, DashboardViews views) {
		this.scope = scope;
		this.views = views;
	}

	@GetMapping("/dashboard")
	String mine(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Jurisdiction caller, Authentication authentication, Locale locale, Model model) {
		return show(scope.node(caller, null), from, to, caller, authentication, locale, model);
	}

	@GetMapping("/dashboard/regions/{id:\\d+}")
	String region(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Jurisdiction caller, Authentication authentication, Locale locale, Model model) {
		return show(scope.node(caller, id), from, to, caller, authentication, locale, model);
	}

	private String show(RegionNode node, LocalDate from, LocalDate to, Jurisdiction caller,
			Authentication authentication, Locale locale, Model model) {
		var summary = views.events(caller, node, scope.period(from, to), TOP_CATEGORIES, locale);
		model.addAttribute("summary", summary);
		model.addAttribute("trail", scope.trail(caller, node));
		if (holds(authentication, PopulationPermissions.READ)) {
			model.addAttribute("population", views.population(caller, node,
					holds(authentication, PopulationPermissions.SENSITIVE_TAGS), locale));
		}
		return "dashboard/dashboard";
	}

	private static boolean holds(Authentication authentication, String permission) {
		return authentication.getAuthorities().stream().anyMatch(a -> permission.equals(a.getAuthority()));
	}

}

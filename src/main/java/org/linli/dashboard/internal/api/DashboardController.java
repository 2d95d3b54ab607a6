package org.linli.dashboard.internal.api;

import java.time.LocalDate;
import java.util.Locale;

import org.linli.dashboard.EventFigures;
import org.linli.dashboard.internal.DashboardScope;
import org.linli.dashboard.internal.DashboardViews;
import org.linli.dashboard.internal.EventSummary;
import org.linli.population.PopulationFigures;
import org.linli.population.PopulationPermissions;
import org.linli.shared.Jurisdiction;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's event figures: a summary of the caller's own node or of a node below it
 * (drill-down; a node outside the caller's subtree is not found), for a period of days
 * ({@code from}, {@code to}, ISO dates, the last 30 days by default). The overdue rate is
 * the share of the period's reports that ran late at least once; the average handling
 * time runs from report to closing over the period's closings; satisfaction is the share
 * of ratings of 4 or 5. The population structure of the same nodes (sex, age bands,
 * residence types, tags; sensitive tags only for callers granted them) for callers who
 * may read population data. Figures may be up to {@code linli.dashboard.cache-ttl} old
 * ({@link DashboardViews}).
 */
@RestController
@RequestMapping("/api/v1/dashboard")
class DashboardController {

	private static final int TOP_CATEGORIES = 10;

	private final DashboardScope scope;

	private final DashboardViews views;

	private final EventFigures rebuild;

	DashboardController(DashboardScope scope, DashboardViews views, EventFigures rebuild) {
		this.scope = scope;
		this.views = views;
		this.rebuild = rebuild;
	}

	@GetMapping("/events")
	@PreAuthorize("hasAuthority('dashboard.read')")
	EventSummary mine(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer top, Jurisdiction caller, Locale locale) {
		return summary(null, from, to, top, caller, locale);
	}

	@GetMapping("/events/{regionId}")
	@PreAuthorize("hasAuthority('dashboard.read')")
	EventSummary of(@PathVariable long regionId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer top, Jurisdiction caller, Locale locale) {
		return summary(regionId, from, to, top, caller, locale);
	}

	@GetMapping("/population")
	@PreAuthorize("hasAuthority('dashboard.read') and hasAuthority('population.read')")
	PopulationFigures.Structure population(Jurisdiction caller, Authentication authentication, Locale locale) {
		return population(null, caller, authentication, locale);
	}

	@GetMapping("/population/{regionId}")
	@PreAuthorize("hasAuthority('dashboard.read') and hasAuthority('population.read')")
	PopulationFigures.Structure population(@PathVariable Long regionId, Jurisdiction caller,
			Authentication authentication, Locale locale) {
		boolean sensitive = authentication.getAuthorities()
			.stream()
			.anyMatch(a -> PopulationPermissions.SENSITIVE_TAGS.equals(a.getAuthority()));
		return views.population(caller, scope.node(caller, regionId), sensitive, locale);
	}

	/** Recomputes the figures from the events tables (after a bulk load by SQL). */
	@PostMapping("/rebuild")
	@PreAuthorize("hasAuthority('dashboard.rebuild')")
	EventFigures.Rebuilt rebuild() {
		EventFigures.Rebuilt rebuilt = rebuild.rebuild();
		views.clear();
		return rebuilt;
	}

	private EventSummary summary(Long regionId, LocalDate from, LocalDate to, Integer top, Jurisdiction caller,
			Locale locale) {
		var node = scope.node(caller, regionId);
		int n = top == null ? TOP_CATEGORIES : Math.max(1, Math.min(top, 50));
		return views.events(caller, node, scope.period(from, to), n, locale);
	}

}

package org.linli.dashboard.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.linli.population.PopulationFigures;
import org.linli.region.RegionNode;
import org.linli.shared.Jurisdiction;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What the leaders' screen shows of a node, for its page and its API alike: the event
 * summary and the population structure. A city's figures take a second or two to sum over
 * a million events and residents, and nobody reads them to the second: each view (node,
 * period, language …) is computed once and then served for
 * {@code linli.dashboard.cache-ttl} (a minute by default; 0 turns it off). Concurrent
 * first requests for one view wait for the one computation instead of each running it.
 * Keys never hold the caller: a view is asked for only after {@link DashboardScope}
 * placed its node inside the caller's scope, and inside it the figures do not depend on
 * who asks (but for the sensitive tags, which are part of the key). Each application node
 * keeps its own cache.
 */
@Service
public class DashboardViews {

	private record EventsView(long node, Period period, int top, String language) {
	}

	private record PopulationView(long node, boolean sensitiveTags, String language) {
	}

	private final EventFigureQueries figures;

	private final PopulationFigures population;

	private final Duration ttl;

	private final Cache<Object, Object> views;

	DashboardViews(EventFigureQueries figures, PopulationFigures population,
			@Value("${linli.dashboard.cache-ttl:60s}") Duration ttl) {
		this.figures = figures;
		this.population = population;
		this.ttl = ttl;
		this.views = Caffeine.newBuilder()
			.expireAfterWrite(ttl.isZero() ? Duration.ofMillis(1) : ttl)
			.maximumSize(10_000)
			.build();
	}

	/**
	 * The event figures of {@code node}, which {@link DashboardScope} placed in scope.
	 */
	public EventSummary events(Jurisdiction caller, RegionNode node, Period period, int top, Locale locale) {
		return view(new EventsView(node.id(), period, top, locale.getLanguage()),
				() -> figures.summary(caller, node, period, top, locale));
	}

	/**
	 * The population structure of {@code node}, which {@link DashboardScope} placed in
	 * scope.
	 */
	public PopulationFigures.Structure population(Jurisdiction caller, RegionNode node, boolean sensitiveTags,
			Locale locale) {
		return view(new PopulationView(node.id(), sensitiveTags, locale.getLanguage()),
				() -> population.structureOf(caller, node.id(), sensitiveTags, locale));
	}

	/** Forgets every view (after the figures were rebuilt). */
	public void clear() {
		views.invalidateAll();
	}

	@SuppressWarnings("unchecked")
	private <T> T view(Object key, Supplier<T> compute) {
		if (ttl.isZero()) {
			return compute.get();
		}
		return (T) views.get(key, k -> compute.get());
	}

}

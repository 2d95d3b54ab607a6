package org.linli.dashboard.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.linli.population.PopulationFigures;
import org.linli.region.RegionLevel;
import org.linli.region.RegionNode;
import org.linli.shared.Jurisdiction;
import org.linli.shared.RegionPath;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewsTests {

	final AtomicInteger computed = new AtomicInteger();

	/** Counts how often the structure is really computed; a slow one, as a city's is. */
	final PopulationFigures population = (jurisdiction, regionId, sensitiveTags, locale) -> {
		computed.incrementAndGet();
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return new PopulationFigures.Structure(regionId, 0, 0, Map.of(), Map.of(), Map.of());
	};

	final Jurisdiction leader = new Jurisdiction(1, "leader", Jurisdiction.Scope.SUBTREE, new RegionPath("1"), null);

	final RegionNode city = new RegionNode(1, null, RegionLevel.CITY, "340700", "铜陵市", new RegionPath("1"), false);

	final RegionNode district = new RegionNode(2, 1L, RegionLevel.DISTRICT, "340705", "铜官区", new RegionPath("1.2"),
			false);

	@Test
	void aViewIsComputedOnceWhileFreshEvenForManyAtOnceAndAgainForAnotherNodeOrTagRight() throws Exception {
		DashboardViews views = new DashboardViews(null, population, Duration.ofMinutes(1));
		CountDownLatch start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(8);
		try {
			List<java.util.concurrent.Future<Long>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return views.population(leader, city, false, Locale.CHINA).total();
				}));
			}
			start.countDown();
			for (var answer : answers) {
				assertThat(answer.get()).isEqualTo(1);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(computed).hasValue(1);
		views.population(leader, city, false, Locale.CHINA);
		assertThat(computed).hasValue(1);
		views.population(leader, district, false, Locale.CHINA);
		views.population(leader, city, true, Locale.CHINA);
		assertThat(computed).hasValue(3);
		views.clear();
		views.population(leader, city, false, Locale.CHINA);
		assertThat(computed).hasValue(4);
	}

	@Test
	void aZeroLifetimeComputesEveryTime() {
		DashboardViews views = new DashboardViews(null, population, Duration.ZERO);
		for (int i = 0; i < 3; i++) {
			views.population(leader, city, false, Locale.CHINA);
		}
		assertThat(computed).hasValue(3);
		assertThat(List.of(views.population(leader, district, false, Locale.CHINA).total())).containsExactly(2L);
	}

}

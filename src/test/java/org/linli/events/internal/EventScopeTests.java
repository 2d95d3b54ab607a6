package org.linli.events.internal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.shared.Jurisdiction;
import org.linli.shared.Jurisdiction.Scope;
import org.linli.shared.RegionPath;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events' data scope is a range of paths (V1_5_64), not {@code <@}; on the real
 * database it must hold exactly the subtree, beside siblings whose ids start alike.
 */
@SpringBootTest
class EventScopeTests {

	private static final List<String> NODES = List.of("1", "1.1", "1.1.11", "1.11", "1.11.5", "1.110", "1.110.2",
			"1.12", "1.2", "10", "2");

	/** Where nothing tested lies: the place of an event handled elsewhere. */
	private static final String ELSEWHERE = "3.7";

	@Autowired
	private JdbcClient jdbc;

	@Test
	void staffSeeWhatHappenedOrIsHandledInTheirSubtreeAndNothingBesideIt() {
		for (String node : NODES) {
			Jurisdiction staff = new Jurisdiction(1, "street", Scope.SUBTREE, new RegionPath(node), null);
			List<String> expected = new ArrayList<>();
			for (String p : NODES) {
				if (staff.covers(new RegionPath(p))) {
					expected.addAll(List.of("placed " + p, "handled " + p, "department " + p));
				}
			}
			assertThat(visible(EventScope.sql(staff), staff)).as(node).containsExactlyInAnyOrderElementsOf(expected);
			assertThat(visible(EventScope.SQL, staff)).as(node).containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	@Test
	void aDepartmentSeesItsOwnWorkPlacedInItsRegionOnly() {
		for (String node : NODES) {
			Jurisdiction handler = new Jurisdiction(2, "dept", Scope.DEPARTMENT, new RegionPath(node),
					"CITY_MANAGEMENT");
			List<String> expected = NODES.stream()
				.filter(p -> handler.covers(new RegionPath(p)))
				.map(p -> "department " + p)
				.toList();
			assertThat(visible(EventScope.sql(handler), handler)).as(node)
				.containsExactlyInAnyOrderElementsOf(expected);
			assertThat(visible(EventScope.SQL, handler)).as(node).containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	@Test
	void residentsAndAdministratorsSeeNoEventThroughTheScope() {
		for (Jurisdiction j : List.of(new Jurisdiction(3, "resident", Scope.SELF, null, null),
				new Jurisdiction(4, "secadmin", Scope.NONE, null, null))) {
			assertThat(visible(EventScope.sql(j), j)).as(j.username()).isEmpty();
			assertThat(visible(EventScope.SQL, j)).as(j.username()).isEmpty();
		}
	}

	/**
	 * Three events a node: reported there and handled nowhere, reported elsewhere and
	 * handled there, reported there and dispatched to a department.
	 */
	private List<String> visible(String scope, Jurisdiction j) {
		List<String> labels = new ArrayList<>();
		List<String> places = new ArrayList<>();
		List<String> handlers = new ArrayList<>();
		List<String> departments = new ArrayList<>();
		for (String p : NODES) {
			labels.addAll(List.of("placed " + p, "handled " + p, "department " + p));
			places.addAll(List.of(p, ELSEWHERE, p));
			handlers.addAll(java.util.Arrays.asList(null, p, null));
			departments.addAll(java.util.Arrays.asList(null, null, "CITY_MANAGEMENT"));
		}
		return EventScope.bind(jdbc.sql("""
				with e as (
				  select label, cast(place as ltree) as path, cast(handler as ltree) as handling_path,
				         department as handling_department
				    from unnest(cast(:labels as text[]), cast(:places as text[]), cast(:handlers as text[]),
				                cast(:departments as text[])) as t(label, place, handler, department))
				select label from e where\s""" + scope), j)
			.param("labels", labels.toArray(String[]::new))
			.param("places", places.toArray(String[]::new))
			.param("handlers", handlers.toArray(String[]::new))
			.param("departments", departments.toArray(String[]::new))
			.query(String.class)
			.list();
	}

}

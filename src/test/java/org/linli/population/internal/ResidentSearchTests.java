package org.linli.population.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.shared.Jurisdiction;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;
import org.linli.shared.RegionPath;
import org.linli.testing.TestCity;
import org.linli.testing.TestIdCards;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resident search with a count limit of three, so a handful of residents shows the
 * capped total; and every kind of search still finds exactly its residents.
 */
@SpringBootTest
class ResidentSearchTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Residents residents;

	@Autowired
	ResidentProtection protection;

	@Autowired
	Placement placement;

	@Autowired
	ResidentTags tags;

	@Autowired
	Clock clock;

	@Autowired
	ObjectMapper json;

	TestCity city;

	Caller community;

	ResidentSearch search;

	@BeforeEach
	void cityAndASearchThatCountsToThree() {
		city = TestCity.create(jdbc);
		community = caller(city.communityA, true);
		search = new ResidentSearch(jdbc, protection, placement, tags, clock, 3);
	}

	private static Caller caller(TestCity.Node node, boolean sensitiveTags) {
		return new Caller(new Jurisdiction(0, "search-test", Jurisdiction.Scope.SUBTREE, node.path(), null),
				sensitiveTags);
	}

	private Resident resident(TestCity.Node grid, String name, String idCard, String phone, List<String> tags) {
		return residents.create(caller(city.street, true), new ResidentDraft(grid.id(), null, name, idCard, phone, "01",
				"REGISTERED", null, null, null, null, false, tags));
	}

	private Resident resident(TestCity.Node grid, String name) {
		return resident(grid, name, TestIdCards.random(), null, List.of());
	}

	private List<Long> ids(ResidentCriteria criteria) {
		return search.search(community, criteria, Paging.of(0, 20)).items().stream().map(Resident::id).toList();
	}

	private static ResidentCriteria named(String q) {
		return new ResidentCriteria(q, null, null, null, null, null, null, null, false);
	}

	@Test
	void countsUpToTheLimitThenSaysMoreThanAndStillPagesOn() {
		for (String name : List.of("王一", "王二", "王三", "王四", "王五")) {
			resident(city.gridA, name);
		}
		PageResult<Resident> first = search.search(community, ResidentCriteria.none(), Paging.of(0, 2));
		assertThat(first.total()).isEqualTo(3);
		assertThat(first.totalExact()).isFalse();
		assertThat(first.items()).hasSize(2);
		assertThat(first.hasNext()).isTrue();
		// Past the limit the count reaches the page's end: still "more than", still a
		// next page.
		PageResult<Resident> second = search.search(community, ResidentCriteria.none(), Paging.of(1, 2));
		assertThat(second.total()).isEqualTo(4);
		assertThat(second.totalExact()).isFalse();
		assertThat(second.hasNext()).isTrue();
		PageResult<Resident> last = search.search(community, ResidentCriteria.none(), Paging.of(2, 2));
		assertThat(last.total()).isEqualTo(5);
		assertThat(last.totalExact()).isTrue();
		assertThat(last.hasNext()).isFalse();
		assertThat(last.items()).extracting(Resident::name).containsExactly("王四");
		List<String> all = List.of(first, second, last)
			.stream()
			.flatMap(p -> p.items().stream())
			.map(Resident::name)
			.toList();
		assertThat(all).containsExactlyInAnyOrder("王一", "王二", "王三", "王四", "王五").doesNotHaveDuplicates();
	}

	@Test
	void countsExactlyUpToTheLimit() {
		resident(city.gridA, "李一");
		resident(city.gridA, "李二");
		resident(city.gridA, "李三");
		PageResult<Resident> page = search.search(community, ResidentCriteria.none(), Paging.of(0, 20));
		assertThat(page.total()).isEqualTo(3);
		assertThat(page.totalExact()).isTrue();
		assertThat(page.hasNext()).isFalse();
		// A page past the end is empty and still knows the total (it is counted).
		PageResult<Resident> beyond = search.search(community, ResidentCriteria.none(), Paging.of(3, 2));
		assertThat(beyond.items()).isEmpty();
		assertThat(beyond.total()).isEqualTo(3);
		assertThat(beyond.totalExact()).isTrue();
	}

	@Test
	void neverCountsResidentsOutsideTheScope() {
		for (int i = 0; i < 5; i++) {
			resident(city.gridB, "赵" + i);
		}
		resident(city.gridA, "赵甲");
		resident(city.gridA, "赵乙");
		PageResult<Resident> page = search.search(community, named("赵"), Paging.of(0, 20));
		assertThat(page.total()).isEqualTo(2);
		assertThat(page.totalExact()).isTrue();
		assertThat(page.items()).extracting(Resident::name).containsExactly("赵乙", "赵甲");
		PageResult<Resident> otherCommunity = search.search(caller(city.communityB, true), named("赵"), Paging.of(0, 2));
		assertThat(otherCommunity.total()).isEqualTo(3);
		assertThat(otherCommunity.totalExact()).isFalse();
		assertThat(otherCommunity.items()).hasSize(2).extracting(Resident::name).doesNotContain("赵甲", "赵乙");
	}

	@Test
	void findsANameByAnyFragmentOfTwoOrMoreCharactersPrefixesFirst() {
		long full = resident(city.gridA, "张建国").id();
		long other = resident(city.gridA, "李建国").id();
		long prefix = resident(city.gridA, "建国华").id();
		long single = resident(city.gridA, "张三").id();
		assertThat(ids(named("张建国"))).containsExactly(full);
		assertThat(ids(named("张建"))).containsExactly(full);
		assertThat(ids(named("建国"))).containsExactly(prefix, full, other);
		assertThat(ids(named("张"))).containsExactly(single, full);
		assertThat(ids(named("国华"))).containsExactly(prefix);
		assertThat(ids(named("建华"))).isEmpty();
	}

	@Test
	void findsRetiredResidentsByNameOnlyWhenAsked() {
		Resident retired = resident(city.gridA, "孙建业");
		residents.retire(community, retired.id(), retired.version());
		assertThat(ids(named("建业"))).isEmpty();
		assertThat(search
			.search(community, new ResidentCriteria("建业", null, null, null, null, null, null, null, true),
					Paging.of(0, 20))
			.items()).extracting(Resident::id).containsExactly(retired.id());
	}

	@Test
	void findsByExactIdNumberAndPhone() {
		String idCard = TestIdCards.random();
		String phone = TestIdCards.mobile();
		long wanted = resident(city.gridA, "周一", idCard, phone, List.of()).id();
		resident(city.gridA, "周二", TestIdCards.random(), TestIdCards.mobile(), List.of());
		assertThat(ids(new ResidentCriteria(null, idCard, null, null, null, null, null, null, false)))
			.containsExactly(wanted);
		assertThat(ids(new ResidentCriteria(null, null, phone, null, null, null, null, null, false)))
			.containsExactly(wanted);
	}

	@Test
	void findsATagAndHidesASensitiveOneFromWhoMayNotSeeIt() {
		long alone = resident(city.gridA, "吴一", TestIdCards.random(), null, List.of("LIVING_ALONE")).id();
		long corrected = resident(city.gridA, "吴二", TestIdCards.random(), null, List.of("COMMUNITY_CORRECTION")).id();
		resident(city.gridA, "吴三");
		assertThat(ids(new ResidentCriteria(null, null, null, "living_alone", null, null, null, null, false)))
			.containsExactly(alone);
		var sensitive = new ResidentCriteria(null, null, null, "COMMUNITY_CORRECTION", null, null, null, null, false);
		assertThat(ids(sensitive)).containsExactly(corrected);
		PageResult<Resident> hidden = search.search(caller(city.communityA, false), sensitive, Paging.of(0, 20));
		assertThat(hidden.items()).isEmpty();
		assertThat(hidden.total()).isZero();
	}

	@Test
	void aTagSearchFollowsItsResidentsRenameMoveAndRetirementInTheSameOrderAsAnyOtherSearch() {
		String idCard = TestIdCards.random();
		Resident moving = resident(city.gridA, "冯乙", idCard, null, List.of("LIVING_ALONE"));
		long staying = resident(city.gridA, "冯丙", TestIdCards.random(), null, List.of("LIVING_ALONE")).id();
		resident(city.gridA, "冯甲");
		community = caller(city.street, true);
		var tagged = new ResidentCriteria(null, null, null, "LIVING_ALONE", null, null, null, null, false);
		// the same tag through the resident table's own walk (an age bound that all meet)
		var taggedAnyAge = new ResidentCriteria(null, null, null, "LIVING_ALONE", 0, null, null, null, false);
		assertThat(ids(tagged)).containsExactlyInAnyOrder(moving.id(), staying).isEqualTo(ids(taggedAnyAge));

		Caller street = caller(city.street, true);
		Resident renamed = residents.update(street, moving.id(), new ResidentDraft(city.gridB.id(), null, "冯丁", idCard,
				null, "01", "REGISTERED", null, null, null, null, false, List.of("LIVING_ALONE")), moving.version());
		assertThat(
				ids(new ResidentCriteria(null, null, null, "LIVING_ALONE", null, null, city.gridA.id(), null, false)))
			.containsExactly(staying);
		PageResult<Resident> inB = search.search(community,
				new ResidentCriteria(null, null, null, "LIVING_ALONE", null, null, city.gridB.id(), null, false),
				Paging.of(0, 20));
		assertThat(inB.items()).extracting(Resident::name).containsExactly("冯丁");
		assertThat(ids(tagged)).isEqualTo(ids(taggedAnyAge));

		residents.retire(street, moving.id(), renamed.version());
		assertThat(ids(tagged)).containsExactly(staying);
		assertThat(search.search(community, tagged, Paging.of(0, 20)).total()).isEqualTo(1);
	}

	@Test
	void findsAnAgeBandAndARegionSubtree() {
		LocalDate today = LocalDate.now(clock);
		long forty = resident(city.gridA, "郑一", TestIdCards.bornOn(today.minusYears(40).minusDays(1)), null, List.of())
			.id();
		long seventy = resident(city.gridB, "郑二", TestIdCards.bornOn(today.minusYears(70).minusDays(1)), null,
				List.of())
			.id();
		resident(city.gridA, "郑三", TestIdCards.bornOn(today.minusYears(30).plusDays(1)), null, List.of());
		community = caller(city.street, false);
		assertThat(ids(new ResidentCriteria(null, null, null, null, 35, 44, null, null, false))).containsExactly(forty);
		assertThat(ids(new ResidentCriteria(null, null, null, null, 60, null, city.gridB.id(), null, false)))
			.containsExactly(seventy);
		assertThat(ids(new ResidentCriteria(null, null, null, null, null, null, city.gridB.id(), null, false)))
			.containsExactly(seventy);
		assertThat(ids(new ResidentCriteria(null, null, null, null, null, null, city.gridA.id(), null, false)))
			.hasSize(2)
			.contains(forty);
	}

	@Test
	void saysInJsonWhetherTheTotalIsExact() throws Exception {
		assertThat(json.writeValueAsString(PageResult.moreThan(List.of("a"), 0, 20, 1000))).contains("\"total\":1000")
			.contains("\"totalExact\":false");
		assertThat(json.writeValueAsString(new PageResult<>(List.of("a"), 0, 20, 1))).contains("\"totalExact\":true");
	}

	@Test
	void aRegionsRangeOfPathsHoldsExactlyItsSubtreeBesideSiblingsWhoseIdsStartAlike() {
		List<String> paths = List.of("1", "1.1", "1.1.11", "1.11", "1.11.0", "1.11.5", "1.11.50", "1.110", "1.110.2",
				"1.12", "1.2", "10", "2");
		for (String path : paths) {
			RegionPath subtree = new RegionPath(path);
			List<String> inRange = jdbc.sql("""
					select p from unnest(cast(:paths as text[])) p
					 where cast(p as ltree) >= cast(:subtree as ltree) and cast(p as ltree) < cast(:end as ltree)
					 order by p""")
				.param("paths", paths.toArray(String[]::new))
				.param("subtree", subtree.value())
				.param("end", subtree.subtreeEnd())
				.query(String.class)
				.list();
			List<String> under = jdbc.sql(
					"select p from unnest(cast(:paths as text[])) p where cast(p as ltree) <@ cast(:subtree as ltree) order by p")
				.param("paths", paths.toArray(String[]::new))
				.param("subtree", subtree.value())
				.query(String.class)
				.list();
			assertThat(inRange).as(path).isEqualTo(under);
			assertThat(inRange).as(path)
				.containsExactlyInAnyOrderElementsOf(
						paths.stream().filter(p -> subtree.covers(new RegionPath(p))).toList());
		}
	}

}

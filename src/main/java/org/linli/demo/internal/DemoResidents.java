package org.linli.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.linli.demo.internal.DemoCityPlan.Account;
import org.linli.demo.internal.DemoCityPlan.Building;
import org.linli.demo.internal.DemoCityPlan.House;
import org.linli.demo.internal.DemoHousehold.Member;
import org.linli.identity.Role;
import org.linli.population.KnockSeed;
import org.linli.population.ResidentSeed;
import org.linli.region.RegionLevel;
import org.linli.shared.IdCardNumber;

/**
 * The residents of the demo city (人口), planned from a fixed seed and the loading time:
 * 85% of the homes occupied by a household, a mix of registered, permanent and floating
 * residents, key-population tags where they fit, and verification dates spread over the
 * past year with a different freshness in every grid, each the door-knock visit of the
 * grid's worker to the household's house. Heads own or rent their homes (most registered
 * and permanent families own, most floating ones rent), the other members live there. The
 * five demo resident accounts each head a household in their own grid; all but the first
 * are already bound to it.
 */
final class DemoResidents {

	static final long SEED = DemoCityPlanner.SEED + 1;

	/** The demo account left unbound, so a tester can try 实名绑定. */
	static final String UNBOUND = "13905620001";

	/** A demo account's own record, as the README lists it. */
	record AccountRecord(String username, String name, String idNumber, boolean bound) {
	}

	final List<ResidentSeed> seeds = new ArrayList<>();

	/** 敲门: one visit per household verified, by its grid's worker. */
	final List<KnockSeed> knocks = new ArrayList<>();

	final List<AccountRecord> accountRecords = new ArrayList<>();

	private final DemoCityPlan plan;

	private final long[] houseIds;

	private final Random random = new Random(SEED);

	/**
	 * Tenures draw from their own sequence, so adding them left everybody else as they
	 * were.
	 */
	private final Random tenures = new Random(SEED + 1);

	private final Map<String, Long> accountIds;

	private final DemoPeople people = new DemoPeople(random);

	private final DemoResidentDetails details = new DemoResidentDetails(random);

	/**
	 * The day the people's ages are counted back from. Not today: a birth date drawn from
	 * today moves across a new year as the calendar does, which changes how many random
	 * numbers an ID number takes and so every family after it; the demo is the same city
	 * whenever it is loaded. Its people simply grow older.
	 */
	static final LocalDate CENSUS = LocalDate.of(2025, 1, 1);

	private final LocalDate today;

	private final Instant now;

	private final Map<Integer, Integer> gridOrdinal = new HashMap<>();

	private final double[] gridFreshness;

	private final Map<Integer, Integer> streetOf = new HashMap<>();

	/**
	 * @param houseIds database ids of the plan's houses, in plan order
	 * @param accountIds ids of the demo accounts by username: residents' (missing: not
	 * bound) and grid workers' (missing: their visits are not recorded)
	 * @param streets how many streets, in order, get residents
	 */
	DemoResidents(DemoCityPlan plan, long[] houseIds, Map<String, Long> accountIds, Instant now, ZoneId zone,
			int streets) {
		this.plan = plan;
		this.houseIds = houseIds;
		this.accountIds = accountIds;
		this.now = now;
		this.today = LocalDate.ofInstant(now, zone);
		for (int n = 0; n < plan.nodes().size(); n++) {
			if (plan.nodes().get(n).level() == RegionLevel.GRID) {
				gridOrdinal.put(n, gridOrdinal.size());
			}
		}
		gridFreshness = new double[gridOrdinal.size()];
		for (int g = 0; g < gridFreshness.length; g++) {
			gridFreshness[g] = 0.3 + 0.6 * random.nextDouble();
		}
		// The accounts' own people first:
		// the README lists their names and numbers.
		List<Account> residents = plan.accounts().stream().filter(a -> a.role() == Role.RESIDENT).toList();
		for (Account account : residents) {
			LocalDate birth = LocalDate.of(1980 + random.nextInt(12), 1 + random.nextInt(12), 1 + random.nextInt(28));
			String idNumber = people.idNumber(birth, true, false);
			people.reserve(idNumber, account.username());
			accountRecords.add(new AccountRecord(account.username(), account.displayName(), idNumber,
					accountIds.containsKey(account.username()) && !UNBOUND.equals(account.username())));
		}
		boolean[] taken = new boolean[plan.houses().size()];
		for (int a = 0; a < residents.size(); a++) {
			int house = firstHome(residents.get(a).node(), taken);
			taken[house] = true;
			AccountRecord record = accountRecords.get(a);
			addAccountHousehold(record, house, record.bound() ? accountIds.get(record.username()) : null);
		}
		for (int h = 0; h < plan.houses().size(); h++) {
			House house = plan.houses().get(h);
			if (!taken[h] && "RESIDENTIAL".equals(house.use()) && street(house) < streets && random.nextInt(100) < 85) {
				addHousehold(h, DemoHousehold.compose(random), null, null);
			}
		}
	}

	private void addAccountHousehold(AccountRecord record, int house, Long accountId) {
		int age = Period.between(new IdCardNumber(record.idNumber()).birthDate(), CENSUS).getYears();
		List<Member> family = List.of(new Member("HEAD", age, true), new Member("SPOUSE", age - 2, false),
				new Member("CHILD", 6 + random.nextInt(6), random.nextBoolean()));
		addHousehold(house, family, record, accountId);
	}

	private void addHousehold(int h, List<Member> members, AccountRecord head, Long accountId) {
		House house = plan.houses().get(h);
		Building building = plan.buildings().get(house.building());
		int grid = gridOrdinal.get(building.grid());
		String key = "h" + h;
		// the demo accounts' families are registered here: their numbers are local
		String residenceType = head != null ? "REGISTERED" : details.residenceType();
		boolean moved = !"REGISTERED".equals(residenceType);
		String surname = people.surname();
		Instant verifiedAt = verifiedAt(grid);
		String verifiedBy = verifiedAt == null ? null : "grid" + (grid + 1);
		if (verifiedAt != null && accountIds.containsKey(verifiedBy)) {
			knocks.add(new KnockSeed(houseIds[h], verifiedAt, accountIds.get(verifiedBy), verifiedBy));
		}
		ResidentSeed.Tenure tenure = tenure(residenceType, members.get(0).age());
		String address = "REGISTERED".equals(residenceType) ? plan.compounds().get(building.compound()).address()
				+ plan.compounds().get(building.compound()).name() + building.name() + house.roomNumber() + "室" : null;
		boolean alone = members.size() == 1;
		boolean poor = random.nextInt(100) < 2;
		for (Member m : members) {
			boolean own = head != null && "HEAD".equals(m.relation());
			LocalDate birth = people.birthDate(CENSUS, m.age());
			// children take the head's surname, and so does the head's father
			boolean family = !"SPOUSE".equals(m.relation()) && (m.male() || !"PARENT".equals(m.relation()));
			String name = own ? head.name() : people.name(family ? surname : people.surname(), m.male());
			String idNumber = own ? head.idNumber() : people.idNumber(birth, m.male(), moved && m.age() > 3);
			String phone = own ? head.username() : m.age() >= 16 && random.nextInt(100) < 85 ? people.mobile() : null;
			List<String> tags = details.tags(m, alone, poor && "HEAD".equals(m.relation()));
			seeds.add(new ResidentSeed(name, idNumber, phone, residenceType, houseIds[h], null, key, m.relation(), tags,
					details.of(m, members, alone, tags, address), verifiedAt, verifiedBy, own ? accountId : null,
					"HEAD".equals(m.relation()) ? tenure : null));
		}
	}

	/**
	 * Registered and permanent families mostly own their home, bought up to 25 years ago
	 * (not before the head turned 22); floating ones mostly rent, for up to three years.
	 */
	private ResidentSeed.Tenure tenure(String residenceType, int headAge) {
		boolean settled = "REGISTERED".equals(residenceType) || "PERMANENT".equals(residenceType);
		boolean owns = tenures.nextInt(100) < (settled ? 85 : 15);
		int maxDays = owns ? Math.max(30, Math.min(25, headAge - 22) * 365) : 3 * 365;
		LocalDate since = today.minusDays(30 + tenures.nextInt(maxDays));
		return new ResidentSeed.Tenure(owns ? ResidentSeed.Tenure.Kind.OWNER : ResidentSeed.Tenure.Kind.TENANT, since);
	}

	/** Verified within six months in the grid's share of homes, else earlier or never. */
	private Instant verifiedAt(int grid) {
		if (random.nextDouble() < gridFreshness[grid]) {
			return now.minus(Duration.ofMinutes(60L * 24 * 2 + random.nextInt(60 * 24 * 170)));
		}
		return random.nextInt(10) < 6 ? now.minus(Duration.ofMinutes(60L * 24 * 190 + random.nextInt(60 * 24 * 170)))
				: null;
	}

	/** The first home of a grid not taken yet. */
	private int firstHome(int gridNode, boolean[] taken) {
		for (int h = 0; h < plan.houses().size(); h++) {
			House house = plan.houses().get(h);
			if (!taken[h] && "RESIDENTIAL".equals(house.use())
					&& plan.buildings().get(house.building()).grid() == gridNode) {
				return h;
			}
		}
		throw new IllegalStateException("No home in grid node " + gridNode);
	}

	/** The street (0-based, in plan order) a house lies in. */
	private int street(House house) {
		return streetOf.computeIfAbsent(plan.buildings().get(house.building()).grid(), node -> {
			while (plan.nodes().get(node).level() != RegionLevel.STREET) {
				node = plan.nodes().get(node).parent();
			}
			int street = 0;
			for (int n = 0; n < node; n++) {
				street += plan.nodes().get(n).level() == RegionLevel.STREET ? 1 : 0;
			}
			return street;
		});
	}

}

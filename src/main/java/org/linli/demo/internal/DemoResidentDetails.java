package org.linli.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.linli.demo.internal.DemoHousehold.Member;
import org.linli.population.ResidentSeed;

/**
 * The rest of a demo resident's form — residence type, education, work, marriage, party
 * membership — and key-population tags (重点人群) where the person fits them, in shares near
 * those of a Chinese city district.
 */
final class DemoResidentDetails {

	private final Random random;

	DemoResidentDetails(Random random) {
		this.random = random;
	}

	/** 户籍 68%, 常住 14%, 流动 15%, 寄住 3%; one per household. */
	String residenceType() {
		int r = random.nextInt(100);
		return r < 68 ? "REGISTERED" : r < 82 ? "PERMANENT" : r < 97 ? "FLOATING" : "LODGING";
	}

	List<String> tags(Member m, boolean alone, boolean minimumLiving) {
		List<String> tags = new ArrayList<>();
		if (m.age() >= 80) {
			tags.add("ELDERLY");
		}
		if (alone && m.age() >= 60) {
			tags.add("LIVING_ALONE");
		}
		if (random.nextInt(1000) < 20 + m.age() / 3) {
			tags.add("DISABLED");
		}
		if (minimumLiving) {
			tags.add("MINIMUM_LIVING");
		}
		if (m.male() && m.age() >= 35 && m.age() <= 80 && random.nextInt(100) < 4) {
			tags.add("VETERAN");
		}
		// sensitive: only roles holding population.sensitive-tags see it
		if (m.age() >= 20 && m.age() <= 60 && random.nextInt(1000) < 2) {
			tags.add("COMMUNITY_CORRECTION");
		}
		return tags;
	}

	ResidentSeed.Details of(Member m, List<Member> household, boolean alone, List<String> tags, String address) {
		int age = m.age();
		return new ResidentSeed.Details(random.nextInt(100) < 97 ? "01" : "03", political(age), education(age),
				marital(m, household), employment(age), tags.contains("VETERAN") ? "VETERAN" : null, address, alone);
	}

	private String political(int age) {
		if (age < 14) {
			return null;
		}
		int r = random.nextInt(100);
		if (age <= 28 && r < 30) {
			return "CYL_MEMBER";
		}
		return age >= 18 && r >= 91 ? "CPC_MEMBER" : "MASSES";
	}

	private String education(int age) {
		if (age < 7) {
			return null;
		}
		if (age < 13) {
			return "PRIMARY";
		}
		if (age < 16) {
			return "JUNIOR_SECONDARY";
		}
		if (age < 19) {
			return "SENIOR_SECONDARY";
		}
		// younger people studied longer: their draw leaves out the lowest levels, elders'
		// the highest
		int r = age < 45 ? 25 + random.nextInt(75) : age < 65 ? random.nextInt(100) : random.nextInt(80);
		return r < 8 ? "PRIMARY" : r < 35 ? "JUNIOR_SECONDARY" : r < 60 ? "SENIOR_SECONDARY"
				: r < 75 ? "JUNIOR_COLLEGE" : r < 94 ? "BACHELOR" : r < 99 ? "MASTER" : "DOCTORATE";
	}

	private String marital(Member m, List<Member> household) {
		String relation = m.relation();
		boolean couple = household.stream().anyMatch(x -> "SPOUSE".equals(x.relation()));
		if ("SPOUSE".equals(relation) || ("HEAD".equals(relation) && couple)) {
			return "MARRIED";
		}
		if ("PARENT".equals(relation)) {
			return household.stream().filter(x -> "PARENT".equals(x.relation())).count() == 2 ? "MARRIED"
					: widowedOrDivorced();
		}
		if (m.age() < 22) {
			return "UNMARRIED";
		}
		return m.age() >= 60 ? widowedOrDivorced() : random.nextInt(5) == 0 ? "DIVORCED" : "UNMARRIED";
	}

	private String widowedOrDivorced() {
		return random.nextInt(4) == 0 ? "DIVORCED" : "WIDOWED";
	}

	private String employment(int age) {
		if (age < 6) {
			return "PRESCHOOL";
		}
		if (age < 23) {
			return "STUDENT";
		}
		if (age >= 60) {
			return "RETIRED";
		}
		int r = random.nextInt(100);
		return r < 65 ? "EMPLOYED" : r < 77 ? "SELF_EMPLOYED" : r < 90 ? "FLEXIBLE" : "UNEMPLOYED";
	}

}

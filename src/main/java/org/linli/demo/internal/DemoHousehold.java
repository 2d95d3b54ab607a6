package org.linli.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Who lives together in one demo house (户): a head and 0–4 relatives whose ages fit (a
 * spouse within a few years, children 22–35 years younger, parents as much older). About
 * one person in five is 60 or older, as in Tongling's census.
 */
final class DemoHousehold {

	/** One person before names and numbers: relation to the head, age, sex. */
	record Member(String relation, int age, boolean male) {
	}

	private DemoHousehold() {
	}

	static List<Member> compose(Random random) {
		int size = size(random);
		List<Member> members = new ArrayList<>();
		boolean male = random.nextInt(4) != 0;
		switch (size) {
			case 1 -> members.add(new Member("HEAD", single(random), male));
			case 2 -> {
				int age = random.nextInt(3) == 0 ? 24 + random.nextInt(16) : 50 + random.nextInt(34);
				couple(members, age, male, random);
			}
			default -> {
				int age = 28 + random.nextInt(size == 3 ? 30 : 20);
				couple(members, age, male, random);
				int children = size == 3 ? 1 : size == 4 && random.nextBoolean() ? 2 : 1;
				for (int c = 0; c < children; c++) {
					members.add(new Member("CHILD", Math.max(0, age - 22 - random.nextInt(14)), random.nextBoolean()));
				}
				int parents = size - 2 - children;
				for (int p = 0; p < parents; p++) {
					int parentAge = Math.min(96, age + 22 + random.nextInt(12));
					// two parents: a couple; one: more often the mother, who lives longer
					boolean parentMale = parents == 2 ? p == 0 : random.nextInt(3) == 0;
					members.add(new Member("PARENT", parentAge, parentMale));
				}
			}
		}
		return members;
	}

	private static int size(Random random) {
		int r = random.nextInt(100);
		return r < 22 ? 1 : r < 52 ? 2 : r < 77 ? 3 : r < 91 ? 4 : 5;
	}

	/** People living alone: young workers, and many elders (空巢, 独居). */
	private static int single(Random random) {
		return random.nextInt(5) < 2 ? 60 + random.nextInt(33) : 20 + random.nextInt(40);
	}

	private static void couple(List<Member> members, int age, boolean male, Random random) {
		members.add(new Member("HEAD", age, male));
		members.add(new Member("SPOUSE", Math.max(20, age + (male ? -random.nextInt(5) : random.nextInt(5))), !male));
	}

}

package org.linli.bench.city;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The people of one household (户) and how they relate to its head: a single person, a
 * couple (old or young), a couple with children, three generations. The mix is tuned so
 * that about 20% of residents are 60 or older (Tongling's 2020 census: 21%).
 */
final class Household {

	static final class Member {

		final int age;

		final boolean male;

		final String relation;

		String surname;

		Member(int age, boolean male, String relation) {
			this.age = Math.max(0, age);
			this.male = male;
			this.relation = relation;
		}

	}

	final List<Member> members = new ArrayList<>();

	/** Whether the head lives with a spouse (both 已婚). */
	boolean couple;

	/** Household sizes 1-7 in shares of households (mean 2.8 people). */
	private static final int[] SIZE_WEIGHTS = { 15, 30, 27, 16, 8, 3, 1 };

	static int drawSize(SplittableRandom random) {
		int pick = random.nextInt(100);
		for (int i = 0; i < SIZE_WEIGHTS.length; i++) {
			pick -= SIZE_WEIGHTS[i];
			if (pick < 0) {
				return i + 1;
			}
		}
		return 1;
	}

	static Household of(int size, SplittableRandom random) {
		Household h = new Household();
		double r = random.nextDouble();
		switch (size) {
			case 1 -> h.add(r < 0.42 ? between(random, 60, 92) : between(random, 20, 59), random.nextBoolean(), "户主");
			case 2 -> {
				if (r < 0.36) {
					h.couple(between(random, 60, 88), random);
				}
				else if (r < 0.80) {
					h.couple(between(random, 22, 59), random);
				}
				else {
					Member parent = h.add(between(random, 35, 65), random.nextInt(10) < 3, "户主");
					h.child(parent.age, random);
				}
			}
			default -> {
				boolean withParents = size >= 5 || (size == 4 && r < 0.45);
				int head = withParents ? between(random, 28, 50) : between(random, 26, size == 3 ? 62 : 52);
				h.couple(head, random);
				int children = size - 2 - (withParents ? (size >= 5 ? 2 : 1) : 0);
				for (int i = 0; i < children; i++) {
					h.child(head, random);
				}
				if (withParents) {
					int father = head + between(random, 22, 32);
					if (size >= 5) {
						h.add(father, true, "父亲");
						h.add(father - between(random, 0, 4), false, "母亲");
					}
					else {
						boolean male = random.nextBoolean();
						h.add(male ? father : father - 2, male, male ? "父亲" : "母亲");
					}
				}
			}
		}
		return h;
	}

	private Member add(int age, boolean male, String relation) {
		Member m = new Member(age, male, relation);
		members.add(m);
		return m;
	}

	private void couple(int headAge, SplittableRandom random) {
		boolean male = random.nextInt(10) < 7;
		add(headAge, male, "户主");
		int spouse = male ? headAge - between(random, 0, 5) : headAge + between(random, 0, 5);
		add(Math.max(20, spouse), !male, "配偶");
		couple = true;
	}

	private void child(int parentAge, SplittableRandom random) {
		boolean male = random.nextBoolean();
		add(parentAge - between(random, 22, 35), male, male ? "子" : "女");
	}

	static int between(SplittableRandom random, int low, int high) {
		return low + random.nextInt(high - low + 1);
	}

	/** Surnames: the head's family name for the head, his children and his father. */
	void name(SplittableRandom random) {
		String family = Names.surname(random);
		Member head = members.get(0);
		String spouseName = Names.surname(random);
		for (Member m : members) {
			m.surname = switch (m.relation) {
				case "配偶" -> spouseName;
				case "母亲" -> Names.surname(random);
				case "子", "女" -> head.male || !couple ? family : (random.nextInt(10) < 8 ? spouseName : family);
				default -> family;
			};
		}
	}

}

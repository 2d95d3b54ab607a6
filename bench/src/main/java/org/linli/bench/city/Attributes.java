package org.linli.bench.city;

import java.util.SplittableRandom;
import java.util.StringJoiner;

import org.linli.bench.city.Household.Member;

/**
 * A resident's attributes in realistic shares: 民族 (汉族 98.8%), 政治面貌 (party members about
 * 7% of adults, 共青团员 among the young), 文化程度 by age cohort, 婚姻状况 consistent with the
 * household, 工作单位 by age, and the key-population tags (标签) listed in bench/README.md with
 * their shares.
 */
final class Attributes {

	private static final String[] ETHNICITIES = { "回族", "满族", "壮族", "苗族", "土家族", "蒙古族", "畲族" };

	private static final String[] EMPLOYERS = { "铜陵有色金属集团控股有限公司", "铜陵市人民医院", "铜陵学院", "铜官区人民政府", "中国移动铜陵分公司",
			"铜陵化学工业集团有限公司", "安徽海螺水泥股份有限公司", "铜陵港务有限公司", "铜陵市第一中学", "国网铜陵供电公司", "中国工商银行铜陵分行", "铜陵精达特种电磁线股份有限公司", "个体经营",
			"自由职业", "务农" };

	private static final String[][] EDUCATION = {
			// 60+, 35-59, 18-34: 文盲 小学 初中 高中 中专 大专 本科 研究生, in per-mille
			{ "100", "380", "300", "140", "30", "30", "20", "0" },
			{ "10", "60", "330", "230", "100", "140", "115", "15" },
			{ "0", "10", "140", "170", "100", "250", "280", "50" } };

	private static final String[] EDUCATION_NAMES = { "文盲或半文盲", "小学", "初中", "高中", "中专", "大学专科", "大学本科", "研究生" };

	private final SplittableRandom random;

	Attributes(SplittableRandom random) {
		this.random = random;
	}

	String ethnicity() {
		return random.nextInt(1000) < 988 ? "汉族" : ETHNICITIES[random.nextInt(ETHNICITIES.length)];
	}

	/**
	 * The region code on the ID: the district's, but older numbers carry the codes in use
	 * before 2016 (铜官山区 340702 and 狮子山区 340703, 铜陵县 340721, 枞阳县 under 安庆 340823).
	 */
	static String idRegion(String district, int birthYear, SplittableRandom random) {
		if (birthYear >= 2016) {
			return district;
		}
		int r = random.nextInt(10);
		return switch (district) {
			case "340705" -> r < 3 ? "340702" : r < 5 ? "340703" : "340705";
			case "340706" -> r < 7 ? "340721" : "340706";
			case "340722" -> r < 8 ? "340823" : "340722";
			default -> district;
		};
	}

	String politics(int age) {
		int r = random.nextInt(1000);
		if (age >= 18 && r < (age >= 40 ? 90 : 60)) {
			return "中共党员";
		}
		if (age >= 18 && r < (age >= 40 ? 92 : 63)) {
			return r % 2 == 0 ? "中共预备党员" : "民主党派";
		}
		if (age >= 14 && age <= 28 && r < 400) {
			return "共青团员";
		}
		return "群众";
	}

	String education(int age) {
		if (age < 6) {
			return "学龄前";
		}
		if (age < 12) {
			return "小学";
		}
		if (age < 15) {
			return "初中";
		}
		if (age < 18) {
			return "高中";
		}
		String[] shares = EDUCATION[age >= 60 ? 0 : age >= 35 ? 1 : 2];
		int pick = random.nextInt(1000);
		for (int i = 0; i < shares.length; i++) {
			pick -= Integer.parseInt(shares[i]);
			if (pick < 0) {
				return EDUCATION_NAMES[i];
			}
		}
		return EDUCATION_NAMES[3];
	}

	String marriage(Member m, Household h) {
		boolean inCouple = h.couple && (m.relation.equals("户主") || m.relation.equals("配偶"));
		if (inCouple || (m.relation.equals("父亲") || m.relation.equals("母亲")) && h.members.size() >= 5) {
			return "已婚";
		}
		if (m.age < 22) {
			return "未婚";
		}
		int r = random.nextInt(100);
		if (m.age >= 60) {
			return r < 70 ? "丧偶" : r < 80 ? "离婚" : "已婚";
		}
		if (m.relation.equals("子") || m.relation.equals("女")) {
			return r < 75 ? "未婚" : "已婚";
		}
		return r < 60 ? "未婚" : r < 92 ? "离婚" : "已婚";
	}

	String work(Member m) {
		if (m.age < 6) {
			return null;
		}
		if (m.age < 12) {
			return "铜陵市第" + (1 + random.nextInt(20)) + "小学";
		}
		if (m.age < 19) {
			return "铜陵市第" + (1 + random.nextInt(12)) + "中学";
		}
		if (m.age < 23 && random.nextBoolean()) {
			return random.nextBoolean() ? "铜陵学院" : "铜陵职业技术学院";
		}
		if (m.age >= (m.male ? 60 : 55)) {
			return random.nextInt(10) < 8 ? "退休" : null;
		}
		return random.nextInt(100) < 5 ? "无" : EMPLOYERS[random.nextInt(EMPLOYERS.length)];
	}

	/** Key-population tags joined with "、"; shares are per person unless noted. */
	String tags(Member m, int householdSize, boolean allOld, boolean poor) {
		StringJoiner tags = new StringJoiner("、");
		if (m.age >= 60 && householdSize == 1) {
			tags.add("独居老人");
		}
		if (m.age >= 60 && householdSize >= 2 && allOld) {
			tags.add("空巢老人");
		}
		if (random.nextInt(1000) < (m.age >= 60 ? 100 : 40)) {
			tags.add("残疾人");
		}
		if (poor) {
			tags.add("低保对象");
		}
		if (m.male && m.age >= 20 && random.nextInt(1000) < 50) {
			tags.add("退役军人");
		}
		if (m.age >= 12 && m.age <= 25 && random.nextInt(1000) < 5) {
			tags.add("重点青少年");
		}
		if (m.age >= 18) {
			int r = random.nextInt(100_000);
			if (r < 40) {
				tags.add("社区矫正人员");
			}
			else if (r < 340) {
				tags.add("刑满释放人员");
			}
			else if (r < 790) {
				tags.add("严重精神障碍患者");
			}
			else if (r < 870) {
				tags.add("吸毒人员");
			}
		}
		return tags.length() == 0 ? null : tags.toString();
	}

}

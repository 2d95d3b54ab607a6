package org.linli.demo.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.linli.demo.internal.DemoCityPlan.Account;
import org.linli.identity.Role;

/**
 * The demo accounts, with predictable usernames: {@code district}, {@code street1..3},
 * {@code community1..16} (two per community, in order), {@code grid1..60},
 * {@code head1..60} (the first 十联户 of each grid), {@code dept-cm}, {@code dept-ps},
 * {@code dept-housing}, {@code leader} (city) and {@code leader2} (district),
 * {@code merchant1}, residents by mobile number, the three administrators
 * {@code sysadmin}, {@code secadmin}, {@code auditadmin}, and the device gateway
 * {@code devices} (district).
 */
final class DemoStaff {

	static final int WORKERS_PER_COMMUNITY = 2;

	static final int RESIDENTS = 5;

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文斌志红梅海燕林辉波宁春雪晨慧琳鑫宇浩然思雨欣怡子涵";

	final List<Account> accounts = new ArrayList<>();

	/** One login per role (in the role's order), as the console and the README show. */
	final Map<Role, String> showcase = new EnumMap<>(Role.class);

	private final Random random;

	DemoStaff(DemoTree tree, Random random) {
		this.random = random;
		add("district", Role.DISTRICT_OFFICER, tree.district, null);
		for (int s = 0; s < tree.streets.size(); s++) {
			add("street" + (s + 1), Role.STREET_OFFICER, tree.streets.get(s), null);
		}
		int worker = 0;
		for (int community : tree.communities) {
			for (int w = 0; w < WORKERS_PER_COMMUNITY; w++) {
				add("community" + (++worker), Role.COMMUNITY_WORKER, community, null);
			}
		}
		for (int g = 0; g < tree.grids.size(); g++) {
			add("grid" + (g + 1), Role.GRID_WORKER, tree.grids.get(g), null);
		}
		for (int g = 0; g < tree.grids.size(); g++) {
			add("head" + (g + 1), Role.HOUSEHOLD_HEAD, tree.householdGroups.get(g * DemoTree.HOUSEHOLD_GROUPS_PER_GRID),
					null);
		}
		add("dept-cm", Role.DEPARTMENT_HANDLER, tree.district, "CITY_MANAGEMENT");
		add("dept-ps", Role.DEPARTMENT_HANDLER, tree.district, "PUBLIC_SECURITY");
		add("dept-housing", Role.DEPARTMENT_HANDLER, tree.district, "HOUSING");
		add("leader", Role.LEADER, tree.city, null);
		add("leader2", Role.LEADER, tree.district, null);
		add("merchant1", Role.MERCHANT, tree.communities.get(0), null);
		for (int r = 1; r <= RESIDENTS; r++) {
			// Tongling's area code 0562 inside a mobile number, so they are easy to spot
			add("1390562%04d".formatted(r), Role.RESIDENT, tree.grids.get(r - 1), null);
		}
		add("sysadmin", Role.SYSTEM_ADMIN, tree.city, null);
		add("secadmin", Role.SECURITY_ADMIN, -1, null);
		add("auditadmin", Role.AUDIT_ADMIN, -1, null);
		// last, so the names drawn for everybody above stay those of earlier installs
		add("devices", Role.DEVICE_GATEWAY, tree.district, null);
	}

	private void add(String username, Role role, int node, String department) {
		accounts.add(new Account(username, name(), role, node, department));
		showcase.putIfAbsent(role, username);
	}

	private String name() {
		StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
		int length = random.nextInt(3) == 0 ? 1 : 2;
		for (int i = 0; i < length; i++) {
			name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

}

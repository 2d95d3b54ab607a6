package org.linli.identity.internal;

import java.util.regex.Pattern;

import org.linli.dictionary.Dictionaries;
import org.linli.identity.Role;
import org.linli.region.RegionNode;
import org.linli.region.Regions;
import org.linli.shared.InvalidInputException;
import org.linli.shared.PhoneNumber;

import org.springframework.stereotype.Component;

/**
 * What makes an account well-formed: its username, its display name, and a placement that
 * fits its role — a region node inside the administrator's own subtree when the role
 * needs one, and an enabled department (数据字典 {@code department}) exactly for department
 * handlers.
 */
@Component
class AccountRules {

	static final String DEPARTMENTS = "department";

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{3,64}");

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private final Regions regions;

	private final Dictionaries dictionaries;

	AccountRules(Regions regions, Dictionaries dictionaries) {
		this.regions = regions;
		this.dictionaries = dictionaries;
	}

	/** The username to store: residents log in with their mobile number. */
	String username(String input, Role role) {
		String username = input == null ? "" : input.trim();
		if (role == Role.RESIDENT) {
			return mobile(username, "username");
		}
		if (!USERNAME.matcher(username).matches()) {
			throw new InvalidInputException("error.account.username", "username");
		}
		return username;
	}

	/** A mainland mobile number (not a landline: it must receive text messages). */
	static String mobile(String input, String field) {
		try {
			String value = PhoneNumber.parse(input).value();
			if (MOBILE.matcher(value).matches()) {
				return value;
			}
		}
		catch (InvalidInputException ex) {
			// reported below with the caller's field name
		}
		throw new InvalidInputException("error.account.mobile", field);
	}

	static String displayName(String input) {
		if (input == null || input.isBlank() || input.trim().length() > 50) {
			throw new InvalidInputException("error.account.displayName", "displayName");
		}
		return input.trim();
	}

	static Role role(Role role) {
		if (role == null) {
			throw new InvalidInputException("error.account.role", "role");
		}
		return role;
	}

	/** Checks region and department against the role and the administrator's scope. */
	Placement place(Role role, Long regionId, String departmentCode, AccountScope scope) {
		RegionNode node = null;
		if (regionId == null && role.needsRegion()) {
			throw new InvalidInputException("error.account.regionRequired", "regionId");
		}
		if (regionId != null) {
			node = regions.node(regionId)
				.filter(n -> !n.retired() && scope.covers(n.path()))
				.orElseThrow(() -> new InvalidInputException("error.account.regionUnknown", "regionId"));
		}
		String department = null;
		if (role == Role.DEPARTMENT_HANDLER) {
			department = departmentCode == null ? null : departmentCode.trim();
			if (department == null || !dictionaries.isValid(DEPARTMENTS, department)) {
				throw new InvalidInputException("error.account.department", "departmentCode");
			}
		}
		return new Placement(regionId, node == null ? null : node.path(), department);
	}

}

package org.linli.region.internal;

import org.linli.region.RegionLevel;
import org.linli.shared.InvalidInputException;

/**
 * How a node's code must fit its level and its parent's code: GB/T 2260 six digits for
 * city ({@code ..00}) and district (same first four digits as its city), the 9- and
 * 12-digit statistical codes for street and community (extending their parent's code), a
 * 3-digit grid number inside its community and a 3-digit unit number inside its grid
 * (stored as the full code).
 */
public final class RegionCodeRule {

	private RegionCodeRule() {
	}

	/**
	 * Checks {@code code} for a node of {@code level} under a parent with
	 * {@code parentCode}.
	 * @throws InvalidInputException naming the field {@code code}
	 */
	public static void check(RegionLevel level, String code, String parentCode) {
		if (code == null || !code.matches("\\d+")) {
			throw new InvalidInputException("error.region.code.digits", "code");
		}
		switch (level) {
			case CITY -> {
				if (!code.matches("\\d{4}00") || code.endsWith("0000")) {
					throw new InvalidInputException("error.region.code.city", "code", code);
				}
			}
			case DISTRICT -> {
				if (code.length() != 6 || code.endsWith("00") || !code.startsWith(parentCode.substring(0, 4))) {
					throw new InvalidInputException("error.region.code.district", "code", code, parentCode);
				}
			}
			case STREET -> requireExtension(code, parentCode, 9, "error.region.code.street");
			case COMMUNITY -> requireExtension(code, parentCode, 12, "error.region.code.community");
			case GRID -> requireExtension(code, parentCode, 15, "error.region.code.grid");
			case HOUSEHOLD_GROUP -> requireExtension(code, parentCode, 18, "error.region.code.householdGroup");
		}
	}

	/**
	 * The full code of a grid or ten-household unit from its parent's code and its 1–3
	 * digit number.
	 */
	public static String childCode(String parentCode, String number) {
		if (number == null || !number.matches("\\d{1,3}") || Integer.parseInt(number) == 0) {
			throw new InvalidInputException("error.region.code.number", "code");
		}
		return parentCode + "%03d".formatted(Integer.parseInt(number));
	}

	private static void requireExtension(String code, String parentCode, int length, String key) {
		if (code.length() != length || !code.startsWith(parentCode)
				|| code.substring(parentCode.length()).matches("0+")) {
			throw new InvalidInputException(key, "code", code, parentCode);
		}
	}

}

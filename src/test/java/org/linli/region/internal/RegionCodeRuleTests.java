package org.linli.region.internal;

import org.junit.jupiter.api.Test;
import org.linli.region.RegionLevel;
import org.linli.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionCodeRuleTests {

	@Test
	void acceptsCodesThatExtendTheirParent() {
		assertThatCode(() -> RegionCodeRule.check(RegionLevel.CITY, "340700", null)).doesNotThrowAnyException();
		assertThatCode(() -> RegionCodeRule.check(RegionLevel.DISTRICT, "340705", "340700")).doesNotThrowAnyException();
		assertThatCode(() -> RegionCodeRule.check(RegionLevel.STREET, "340705001", "340705"))
			.doesNotThrowAnyException();
		assertThatCode(() -> RegionCodeRule.check(RegionLevel.COMMUNITY, "340705001002", "340705001"))
			.doesNotThrowAnyException();
		assertThatCode(() -> RegionCodeRule.check(RegionLevel.GRID, "340705001002003", "340705001002"))
			.doesNotThrowAnyException();
		assertThatCode(() -> RegionCodeRule.check(RegionLevel.HOUSEHOLD_GROUP, "340705001002003010", "340705001002003"))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesACityCodeNotEndingIn00() {
		assertRefused(RegionLevel.CITY, "340701", null, "error.region.code.city");
	}

	@Test
	void refusesAProvinceCodeAsACity() {
		assertRefused(RegionLevel.CITY, "340000", null, "error.region.code.city");
	}

	@Test
	void refusesADistrictOfAnotherCity() {
		assertRefused(RegionLevel.DISTRICT, "340805", "340700", "error.region.code.district");
	}

	@Test
	void refusesADistrictCodeThatIsACityCode() {
		assertRefused(RegionLevel.DISTRICT, "340700", "340700", "error.region.code.district");
	}

	@Test
	void refusesADistrictCodeOfTheWrongLength() {
		assertRefused(RegionLevel.DISTRICT, "3407051", "340700", "error.region.code.district");
	}

	@Test
	void refusesAStreetWithTheWrongParentPrefix() {
		assertRefused(RegionLevel.STREET, "340706001", "340705", "error.region.code.street");
	}

	@Test
	void refusesAStreetCodeOfTheWrongLength() {
		assertRefused(RegionLevel.STREET, "3407050010", "340705", "error.region.code.street");
		assertRefused(RegionLevel.STREET, "34070501", "340705", "error.region.code.street");
	}

	@Test
	void refusesAStreetNumberedZero() {
		assertRefused(RegionLevel.STREET, "340705000", "340705", "error.region.code.street");
	}

	@Test
	void refusesACommunityUnderAnotherStreet() {
		assertRefused(RegionLevel.COMMUNITY, "340705002001", "340705001", "error.region.code.community");
	}

	@Test
	void refusesAGridCodeOfTheWrongLength() {
		assertRefused(RegionLevel.GRID, "3407050010020001", "340705001002", "error.region.code.grid");
	}

	@Test
	void refusesATenHouseholdUnitUnderAnotherGrid() {
		assertRefused(RegionLevel.HOUSEHOLD_GROUP, "340705001002004001", "340705001002003",
				"error.region.code.householdGroup");
	}

	@Test
	void refusesLettersAndEmptyCodes() {
		assertRefused(RegionLevel.STREET, "34070500A", "340705", "error.region.code.digits");
		assertRefused(RegionLevel.STREET, "", "340705", "error.region.code.digits");
		assertRefused(RegionLevel.STREET, null, "340705", "error.region.code.digits");
	}

	@Test
	void buildsAGridCodeFromItsNumber() {
		assertThat(RegionCodeRule.childCode("340705001002", "7")).isEqualTo("340705001002007");
		assertThat(RegionCodeRule.childCode("340705001002", "999")).isEqualTo("340705001002999");
	}

	@Test
	void refusesGridNumbersOutside1To999() {
		for (String number : new String[] { "0", "1000", "-1", "a", "", null }) {
			assertThatThrownBy(() -> RegionCodeRule.childCode("340705001002", number))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
					assertThat(ex.messageKey()).isEqualTo("error.region.code.number");
					assertThat(ex.field()).isEqualTo("code");
				});
		}
	}

	private static void assertRefused(RegionLevel level, String code, String parent, String key) {
		assertThatThrownBy(() -> RegionCodeRule.check(level, code, parent))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo(key);
				assertThat(ex.field()).isEqualTo("code");
			});
	}

}

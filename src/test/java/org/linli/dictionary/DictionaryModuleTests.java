package org.linli.dictionary;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The dictionary module on its own serves the shipped entries in both languages. */
@ApplicationModuleTest
class DictionaryModuleTests {

	@Autowired
	Dictionaries dictionaries;

	@Test
	void servesShippedEntriesWithChineseAndEnglishLabels() {
		assertThat(dictionaries.entries("house_use")).extracting(DictionaryEntry::code)
			.contains("RESIDENTIAL", "COMMERCIAL");
		assertThat(dictionaries.isValid("department", "CITY_MANAGEMENT")).isTrue();
		assertThat(dictionaries.isValid("department", "NO_SUCH_DEPARTMENT")).isFalse();
		assertThat(dictionaries.label("residence_type", "FLOATING", Locale.SIMPLIFIED_CHINESE)).isEqualTo("流动人口");
		assertThat(dictionaries.label("residence_type", "FLOATING", Locale.ENGLISH)).isEqualTo("Floating population");
	}

}

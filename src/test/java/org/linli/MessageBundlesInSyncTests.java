package org.linli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese is the default and English must be complete: every bundle has the same keys in
 * both, none empty.
 */
class MessageBundlesInSyncTests {

	@Test
	void everyChineseKeyHasAnEnglishTextAndViceVersa() throws IOException {
		Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
		assertThat(bundles).isNotEmpty();
		for (Resource zh : bundles) {
			String name = zh.getFilename();
			if (name.endsWith("_en.properties")) {
				continue;
			}
			Resource en = zh.createRelative(name.replace(".properties", "_en.properties"));
			assertThat(en.exists()).as("English bundle for " + name).isTrue();
			Properties zhTexts = load(zh);
			Properties enTexts = load(en);
			Set<String> missingInEnglish = new TreeSet<>(zhTexts.stringPropertyNames());
			missingInEnglish.removeAll(enTexts.stringPropertyNames());
			Set<String> missingInChinese = new TreeSet<>(enTexts.stringPropertyNames());
			missingInChinese.removeAll(zhTexts.stringPropertyNames());
			assertThat(missingInEnglish).as("keys of " + name + " missing in English").isEmpty();
			assertThat(missingInChinese).as("keys of " + name + " missing in Chinese").isEmpty();
			zhTexts.forEach((k, v) -> assertThat(v.toString()).as(name + " " + k).isNotBlank());
			enTexts.forEach((k, v) -> assertThat(v.toString()).as(name + " en " + k).isNotBlank());
		}
	}

	@Test
	void noKeyIsDefinedInTwoModules() throws IOException {
		Set<String> seen = new TreeSet<>();
		Set<String> twice = new TreeSet<>();
		for (Resource zh : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
			if (zh.getFilename().endsWith("_en.properties")) {
				continue;
			}
			for (String key : load(zh).stringPropertyNames()) {
				if (!seen.add(key)) {
					twice.add(key);
				}
			}
		}
		assertThat(twice).as("keys defined in more than one bundle (the first bundle wins silently)").isEmpty();
	}

	private static Properties load(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}

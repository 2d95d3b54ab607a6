package org.linli.region.internal.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.identity.internal.LinliPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.linli.region.internal.imports.ImportFixtures.HEADERS;
import static org.linli.region.internal.imports.ImportFixtures.row;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class RegionImportPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	ImportFixtures fx;

	LinliPrincipal officer;

	@BeforeEach
	void district() {
		fx = new ImportFixtures(jdbc);
		officer = fx.account(users, "DISTRICT_OFFICER", fx.districtId);
	}

	@Test
	void showsTemplatesUploadFormAndEmptyHistory() throws Exception {
		mvc.perform(get("/regions/import").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"import-file\""),
					containsString("id=\"import-submit\""), containsString("format=xlsx"),
					containsString("/js/region-import.js"), containsString("导入记录"))));
	}

	@Test
	void uploadRedirectsToItsResultWithCountsOrErrors() throws Exception {
		String street = fx.districtCode + "001";
		byte[] good = ImportFixtures.csv(HEADERS, List.<String[]>of(
				row(street, "页面街道", street + "001", "页面社区", "1", "一网格", "", "", "8", "", "", "", "", "", "", "808")),
				StandardCharsets.UTF_8, true);
		String location = mvc
			.perform(multipart("/regions/import").file(new MockMultipartFile("file", "page.csv", "text/csv", good))
				.with(user(officer))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/regions/import?result=*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"import-result\""), containsString("导入成功"),
					containsString("data-level=\"houses\""), containsString("page.csv"))));

		String bad = mvc
			.perform(multipart("/regions/import").file(new MockMultipartFile("file", "page.csv", "text/csv", good))
				.param("dryRun", "true")
				.with(user(officer))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(bad).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"import-errors\""), containsString("该房屋已存在"),
					containsString("errors.csv"))));
	}

	@Test
	void isForbiddenWithoutTheImportPermission() throws Exception {
		mvc.perform(get("/regions/import").with(user(fx.account(users, "GRID_WORKER", fx.districtId))))
			.andExpect(status().isForbidden());
	}

}

package org.linli.population.internal.imports;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;
import org.linli.testing.TestIdCards;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * A sensitive tag (社区矫正) in an import file is set only by a caller who may see sensitive
 * tags; to anyone else it is an unknown tag and the file is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResidentImportTagScopeTests {

	static final String HEADER = "姓名,身份证号码,民族,联系电话,户籍地址,居住类型,社区代码,网格号,小区名称,楼栋号,单元号,房号,标签";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	TestCity city;

	UserDetails community;

	@BeforeEach
	void city() {
		city = TestCity.create(jdbc);
		community = users
			.loadUserByUsername(new TestAccounts(jdbc, passwords).create(Role.COMMUNITY_WORKER, city.communityA));
	}

	private MvcResult upload(Authentication who, String name) throws Exception {
		String row = String.join(",", name, TestIdCards.random(), "01", "", "", "REGISTERED", city.communityA.code(),
				"1", "", "", "", "", "社区矫正");
		byte[] content = (HEADER + "\r\n" + row + "\r\n").getBytes(StandardCharsets.UTF_8);
		return mvc
			.perform(multipart("/api/v1/resident-imports")
				.file(new MockMultipartFile("file", "residents.csv", null, content))
				.with(authentication(who))
				.with(csrf()))
			.andReturn();
	}

	@Test
	void aCallerWithoutSensitiveTagsCannotSetOneByImport() throws Exception {
		Authentication without = UsernamePasswordAuthenticationToken.authenticated(community, null,
				community.getAuthorities()
					.stream()
					.filter(a -> !"population.sensitive-tags".equals(a.getAuthority()))
					.toList());
		String refusedName = "矫正甲" + city.city.code();
		MvcResult refused = upload(without, refusedName);
		String body = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(body, "$.status")).as(body).isEqualTo("REJECTED");
		assertThat(body).contains("社区矫正");
		assertThat(count(refusedName)).isZero();

		Authentication with = UsernamePasswordAuthenticationToken.authenticated(community, null,
				community.getAuthorities());
		assertThat(with.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.contains("population.sensitive-tags");
		String acceptedName = "矫正乙" + city.city.code();
		MvcResult accepted = upload(with, acceptedName);
		String ok = accepted.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(ok, "$.status")).as(ok).isEqualTo("IMPORTED");
		assertThat(jdbc.sql("""
				select count(*) from population_resident_tag t join population_resident r on r.id = t.resident_id
				 where r.name = :n and t.tag_code = 'COMMUNITY_CORRECTION'""")
			.param("n", acceptedName)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private long count(String name) {
		return jdbc.sql("select count(*) from population_resident where name = :n")
			.param("n", name)
			.query(Long.class)
			.single();
	}

}

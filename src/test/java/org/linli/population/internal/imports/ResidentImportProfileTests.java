package org.linli.population.internal.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.shared.PhoneNumber;
import org.linli.testing.ApiCalls;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;
import org.linli.testing.TestIdCards;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The profile columns of the one form in the import: other documents, work, an emergency
 * contact, and households formed from 户号 and 与户主关系; a re-import overwrites them from
 * non-blank cells, with history.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResidentImportProfileTests {

	static final String HEADER = "姓名,身份证号码,性别,居住类型,社区代码,网格号,证件类型,证件号码,出生日期,国籍,就业状况,工作单位,紧急联系人,紧急联系电话,户号,与户主关系";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ResidentProtection protection;

	TestCity city;

	Authentication community;

	@BeforeEach
	void city() {
		city = TestCity.create(jdbc);
		community = new ApiCalls(mvc, users)
			.login(new TestAccounts(jdbc, passwords).create(Role.COMMUNITY_WORKER, city.communityA));
	}

	private String row(String name, String idCard, String sex, String documentType, String documentNumber,
			String birthDate, String nationality, String employment, String workplace, String emergencyName,
			String emergencyPhone, String household, String relation) {
		return String.join(",", name, idCard, sex, "户籍人口", city.communityA.code(), "1", documentType, documentNumber,
				birthDate, nationality, employment, workplace, emergencyName, emergencyPhone, household, relation);
	}

	private String person(String name, String household, String relation) {
		return row(name, TestIdCards.random(), "", "", "", "", "", "", "", "", "", household, relation);
	}

	@Test
	void importsAResidentWithAPassportInsteadOfAnIdCard() throws Exception {
		String name = "护照" + city.city.code();
		String passport = "E" + city.city.code() + "01";
		MvcResult result = csv(row(name, "", "女", "护照", passport, "1985/3/2", "USA", "", "", "", "", "", ""));
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(200);
		Map<String, Object> stored = jdbc.sql("""
				select document_type, nationality, birth_date::text as born, sex, id_number_masked, id_number_cipher
				  from population_resident where name = :n""").param("n", name).query().singleRow();
		assertThat(stored).containsEntry("document_type", "PASSPORT")
			.containsEntry("nationality", "USA")
			.containsEntry("born", "1985-03-02")
			.containsEntry("sex", "F");
		assertThat(protection.open((byte[]) stored.get("id_number_cipher"))).isEqualTo(passport);
		assertThat((String) stored.get("id_number_masked")).doesNotContain(passport.substring(1, 7));
	}

	@Test
	void refusesAPassportRowWithoutItsBirthDate() throws Exception {
		String name = "无生日" + city.city.code();
		MvcResult result = csv(row(name, "", "男", "护照", "G12345678", "", "", "", "", "", "", "", ""));
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat((String) JsonPath.read(body(result), "$.errors[0].column")).isEqualTo("出生日期");
		assertThat(jdbc.sql("select count(*) from population_resident where name = :n")
			.param("n", name)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void keepsWorkAndAnEncryptedEmergencyContact() throws Exception {
		String name = "紧急" + city.city.code();
		String phone = TestIdCards.mobile();
		MvcResult result = csv(row(name, TestIdCards.random(), "", "", "", "", "", "在职", "铜陵有色", "张三", phone, "", ""));
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(200);
		Map<String, Object> stored = jdbc.sql("""
				select employment, workplace, emergency_contact_name, emergency_phone_masked, emergency_phone_cipher,
				       document_type, nationality
				  from population_resident where name = :n""").param("n", name).query().singleRow();
		assertThat(stored).containsEntry("employment", "EMPLOYED")
			.containsEntry("workplace", "铜陵有色")
			.containsEntry("emergency_contact_name", "张三")
			.containsEntry("document_type", "ID_CARD")
			.containsEntry("nationality", "CHN");
		assertThat((String) stored.get("emergency_phone_masked")).isNotEqualTo(phone).startsWith(phone.substring(0, 3));
		assertThat(protection.open((byte[]) stored.get("emergency_phone_cipher"))).isEqualTo(phone);
	}

	@Test
	void formsAHouseholdFromItsNumberAndAddsLaterMembersToIt() throws Exception {
		String number = city.communityA.code() + "-" + city.city.code().substring(city.city.code().length() - 6);
		String head = "户主" + city.city.code();
		MvcResult first = csv(person("配偶" + city.city.code(), number, "配偶"), person(head, number, "户主"),
				person("儿子" + city.city.code(), number, "子"));
		assertThat(first.getResponse().getStatus()).as(body(first)).isEqualTo(200);
		MvcResult later = csv(person("孙女" + city.city.code(), number, "孙女"));
		assertThat(later.getResponse().getStatus()).as(body(later)).isEqualTo(200);
		List<Map<String, Object>> households = jdbc.sql("""
				select h.id, r.name as head from population_household h
				  join population_resident r on r.id = h.head_resident_id where h.registration_number = :n""")
			.param("n", number)
			.query()
			.listOfRows();
		assertThat(households).hasSize(1);
		assertThat(households.get(0)).containsEntry("head", head);
		List<String> members = jdbc.sql("""
				select left(r.name, 2) || ':' || m.relation from population_household_member m
				  join population_resident r on r.id = m.resident_id where m.household_id = :h order by 1""")
			.param("h", households.get(0).get("id"))
			.query(String.class)
			.list();
		assertThat(members).containsExactlyInAnyOrder("儿子:CHILD", "孙女:GRANDCHILD", "户主:HEAD", "配偶:SPOUSE");
	}

	@Test
	void theTemplatesCarryTheProfileColumns() throws Exception {
		String csv = mvc
			.perform(get("/api/v1/resident-imports/template").param("format", "csv").with(authentication(community)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("证件类型", "证件号码", "出生日期", "国籍", "就业状况", "工作单位", "紧急联系人", "紧急联系电话", "户号", "与户主关系");
	}

	@Test
	void aReImportOverwritesTheProfileFromNonBlankCellsWithMaskedHistory() throws Exception {
		String name = "重导" + city.city.code();
		String idCard = TestIdCards.random();
		String firstPhone = TestIdCards.mobile();
		String secondPhone = "138" + firstPhone.substring(3);
		assertThat(count(csv(row(name, idCard, "", "", "", "", "", "在职", "铜陵有色", "张三", firstPhone, "", "")), "created"))
			.isEqualTo(1);
		long resident = residentNamed(name);

		MvcResult again = csv(row(name, idCard, "", "", "", "", "", "离退休", "", "李四", secondPhone, "", ""));

		assertThat(count(again, "updated")).as(body(again)).isEqualTo(1);
		Map<String, Object> stored = jdbc.sql("""
				select employment, workplace, emergency_contact_name, emergency_phone_masked, emergency_phone_cipher,
				       nationality, document_type
				  from population_resident where id = :id""").param("id", resident).query().singleRow();
		assertThat(stored).containsEntry("employment", "RETIRED")
			.as("a blank cell keeps the stored value")
			.containsEntry("workplace", "铜陵有色")
			.containsEntry("emergency_contact_name", "李四")
			.containsEntry("emergency_phone_masked", PhoneNumber.parse(secondPhone).masked())
			.containsEntry("nationality", "CHN")
			.containsEntry("document_type", "ID_CARD");
		assertThat(protection.open((byte[]) stored.get("emergency_phone_cipher"))).isEqualTo(secondPhone);
		assertThat(history(resident)).containsExactlyInAnyOrder("employment: EMPLOYED → RETIRED",
				"emergencyContactName: 张三 → 李四", "emergencyContactPhone: " + PhoneNumber.parse(firstPhone).masked()
						+ " → " + PhoneNumber.parse(secondPhone).masked());

		MvcResult same = csv(row(name, idCard, "", "", "", "", "", "离退休", "铜陵有色", "李四", secondPhone, "", ""));
		MvcResult blank = csv(row(name, idCard, "", "", "", "", "", "", "", "", "", "", ""));
		assertThat(count(same, "unchanged")).as(body(same)).isEqualTo(1);
		assertThat(count(blank, "unchanged")).as(body(blank)).isEqualTo(1);
		assertThat(history(resident)).as("nothing changed, nothing recorded").hasSize(3);
	}

	@Test
	void aReImportCorrectsTheBirthDateSexAndNationalityOfAPassportHolder() throws Exception {
		String name = "护照更正" + city.city.code();
		String passport = "E" + city.city.code() + "02";
		assertThat(count(csv(row(name, "", "女", "护照", passport, "1985/3/2", "USA", "", "", "", "", "", "")), "created"))
			.isEqualTo(1);
		long resident = residentNamed(name);

		MvcResult again = csv(row(name, "", "男", "护照", passport, "1985/3/12", "GBR", "", "", "", "", "", ""));

		assertThat(count(again, "updated")).as(body(again)).isEqualTo(1);
		assertThat(jdbc.sql("""
				select document_type || ' ' || birth_date || ' ' || sex || ' ' || nationality
				  from population_resident where id = :id""").param("id", resident).query(String.class).single())
			.isEqualTo("PASSPORT 1985-03-12 M GBR");
		assertThat(history(resident)).containsExactlyInAnyOrder("birthDate: 1985-03-02 → 1985-03-12", "sex: F → M",
				"nationality: USA → GBR");
	}

	long residentNamed(String name) {
		return jdbc.sql("select id from population_resident where name = :n and retired_at is null")
			.param("n", name)
			.query(Long.class)
			.single();
	}

	/** The resident's history since its creation, as "field: before → after". */
	List<String> history(long resident) {
		return jdbc.sql("""
				select field || ': ' || coalesce(before_value, '∅') || ' → ' || coalesce(after_value, '∅')
				  from population_resident_change where resident_id = :r and field <> 'created' order by id""")
			.param("r", resident)
			.query(String.class)
			.list();
	}

	static int count(MvcResult result, String what) throws Exception {
		return (Integer) JsonPath.read(body(result), "$.counts." + what);
	}

	private MvcResult csv(String... rows) throws Exception {
		String text = "\uFEFF" + HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
		return mvc
			.perform(multipart("/api/v1/resident-imports")
				.file(new MockMultipartFile("file", "residents.csv", null, text.getBytes(StandardCharsets.UTF_8)))
				.with(authentication(community))
				.with(csrf()))
			.andReturn();
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}

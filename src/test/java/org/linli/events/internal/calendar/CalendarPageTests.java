package org.linli.events.internal.calendar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.linli.identity.Role;
import org.linli.testing.ApiCalls;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The /calendar page: a year of month grids for all staff, edit forms for district
 * officers.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	UserDetailsService users;

	@Autowired
	CalendarDays days;

	@Autowired
	WorkCalendars calendars;

	Authentication officer;

	Authentication gridWorker;

	@BeforeAll
	void people() {
		TestCity city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		ApiCalls api = new ApiCalls(mvc, users);
		officer = api.login(accounts.create(Role.DISTRICT_OFFICER, city.district));
		gridWorker = api.login(accounts.create(Role.GRID_WORKER, city.gridA));
	}

	@AfterEach
	void forgetTestYears() {
		jdbc.sql("delete from events_calendar_day where date >= '2034-01-01' and date < '2036-01-01'").update();
		days.bumpRevision();
		calendars.changed();
	}

	@Test
	void aGridWorkerSeesTheYearWithHolidaysAndAdjustedWorkdaysMarkedButNoForms() throws Exception {
		String page = page("/calendar?year=2025", gridWorker);
		assertThat(page).contains("data-date=\"2025-10-01\" title=\"国庆节、中秋节\"", "calendar-holiday",
				"data-date=\"2025-09-28\"", "calendar-workday", "08:30-12:00,14:00-17:30", "十月");
		assertThat(page).doesNotContain("id=\"calendar-set\"", "id=\"calendar-import\"", "calendar-no-data");
		assertThat(page.split("class=\"table table-sm table-bordered calendar-month").length - 1).isEqualTo(12);
	}

	@Test
	void aYearWithoutDataSaysThatTimeLimitsCountMondayToFriday() throws Exception {
		assertThat(page("/calendar?year=2035&lang=en", gridWorker)).contains("id=\"calendar-no-data\"",
				"No holidays are known for 2035", "October");
	}

	@Test
	void aDistrictOfficerSetsAndUnsetsADateOnThePage() throws Exception {
		assertThat(page("/calendar?year=2034", officer)).contains("id=\"calendar-set\"", "id=\"calendar-import\"");
		MvcResult set = mvc
			.perform(post("/calendar/days").param("date", "2034-05-02")
				.param("type", "HOLIDAY")
				.param("name", "劳动节")
				.with(authentication(officer))
				.with(csrf()))
			.andReturn();
		assertThat(set.getResponse().getRedirectedUrl()).isEqualTo("/calendar?year=2034");
		assertThat(set.getFlashMap().get("saved")).isEqualTo(true);
		assertThat(calendars.current().isWorkingDay(LocalDate.of(2034, 5, 2))).isFalse();
		assertThat(page("/calendar?year=2034", officer)).contains("id=\"day-2034-05-02\"", "劳动节");

		MvcResult stale = mvc
			.perform(post("/calendar/days/2034-05-02/delete").param("version", "5")
				.with(authentication(officer))
				.with(csrf()))
			.andReturn();
		assertThat((String) stale.getFlashMap().get("error")).contains("已被他人修改");
		mvc.perform(post("/calendar/days/2034-05-02/delete").param("version", "0")
			.with(authentication(officer))
			.with(csrf()));
		assertThat(calendars.current().isWorkingDay(LocalDate.of(2034, 5, 2))).isTrue();
	}

	@Test
	void aWrongFileImportedOnThePageListsItsLineErrorsAndChangesNothing() throws Exception {
		MvcResult result = mvc
			.perform(
					multipart("/calendar/import")
						.file(new MockMultipartFile("file", "x.csv", "text/csv",
								"date,kind,name\n2034-01-01,holiday,元旦\n2034-01-02,off,元旦\n"
									.getBytes(StandardCharsets.UTF_8)))
						.param("year", "2034")
						.with(authentication(officer))
						.with(csrf()))
			.andReturn();
		assertThat((String) result.getFlashMap().get("error")).contains("文件有 1 处错误");
		assertThat((List<?>) result.getFlashMap().get("importErrors")).hasSize(1);
		assertThat(days.year(2034)).isEmpty();
	}

	@Test
	void aGridWorkerCannotPostChanges() throws Exception {
		int status = mvc
			.perform(post("/calendar/days").param("date", "2034-05-02")
				.param("type", "HOLIDAY")
				.param("name", "x")
				.with(authentication(gridWorker))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(403);
		assertThat(days.find(LocalDate.of(2034, 5, 2))).isEmpty();
	}

	private String page(String url, Authentication who) throws Exception {
		MvcResult result = mvc.perform(get(url).with(authentication(who))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}

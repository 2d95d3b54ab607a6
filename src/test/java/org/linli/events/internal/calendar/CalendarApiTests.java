package org.linli.events.internal.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.linli.identity.Role;
import org.linli.shared.TextEncoding;
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
import static org.linli.events.internal.calendar.WorkCalendarTests.at;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * 工作日历 API on the real database: the shipped schedule, a district officer's edits and
 * imports, and their effect on deadlines computed through {@link WorkCalendars}. Edits
 * use years from 2031 on, which no other test reads, and are removed afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	UserDetailsService users;

	@Autowired
	WorkCalendars calendars;

	@Autowired
	CalendarDays days;

	@Autowired
	CalendarProperties properties;

	ApiCalls api;

	Authentication officer;

	Authentication gridWorker;

	@BeforeAll
	void people() {
		TestCity city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		api = new ApiCalls(mvc, users);
		officer = api.login(accounts.create(Role.DISTRICT_OFFICER, city.district));
		gridWorker = api.login(accounts.create(Role.GRID_WORKER, city.gridA));
	}

	@AfterEach
	void forgetTestYears() {
		jdbc.sql("delete from events_calendar_day where date >= '2031-01-01'").update();
		days.bumpRevision();
		calendars.changed();
	}

	@Test
	void everyStaffMemberReadsTheShippedScheduleOfBothYears() throws Exception {
		MvcResult y2025 = api.call(get("/api/v1/calendar/days?year=2025"), gridWorker, null);
		assertThat(y2025.getResponse().getStatus()).isEqualTo(200);
		String body = y2025.getResponse().getContentAsString();
		assertThat(body).contains("\"hasData\":true", "\"workingHours\":\"08:30-12:00,14:00-17:30\"",
				"\"zone\":\"Asia/Shanghai\"", "{\"date\":\"2025-09-28\",\"type\":\"WORKDAY\",\"name\":\"国庆节、中秋节\"");
		assertThat(count(body, "\"date\"")).isEqualTo(33);
		String y2026 = api.call(get("/api/v1/calendar/days?year=2026"), gridWorker, null)
			.getResponse()
			.getContentAsString();
		assertThat(count(y2026, "\"date\"")).isEqualTo(39);
		assertThat(y2026).contains("{\"date\":\"2026-02-14\",\"type\":\"WORKDAY\",\"name\":\"春节\"");
		String y2027 = api.call(get("/api/v1/calendar/days?year=2027"), gridWorker, null)
			.getResponse()
			.getContentAsString();
		assertThat(y2027).contains("\"hasData\":false", "\"days\":[]");
	}

	@Test
	void theShippedScheduleMovesDeadlinesComputedThroughTheBean() {
		WorkCalendar calendar = calendars.current();
		assertThat(calendar.deadline(at("2025-09-30T16:00"), Duration.ofHours(8))).isEqualTo(at("2025-10-09T17:00"));
		assertThat(calendar.deadline(at("2026-02-13T15:00"), Duration.ofHours(7))).isEqualTo(at("2026-02-14T15:00"));
		assertThat(calendar.hours()).isEqualTo(WorkingHours.STANDARD);
	}

	@Test
	void aHolidaySetByADistrictOfficerMovesDeadlinesAtOnceAndRemovingItMovesThemBack() throws Exception {
		// Mon 3 Mar 2031 16:00 + 8 h: Tuesday 17:00 on the Monday–Friday rule
		assertThat(deadlineOf8HoursFromMonday()).isEqualTo(at("2031-03-04T17:00"));
		assertThat(calendars.current().hasDataFor(2031)).isFalse();

		MvcResult set = api.call(put("/api/v1/calendar/days/2031-03-04"), officer,
				"{\"type\":\"HOLIDAY\",\"name\":\"测试假日\"}");
		assertThat(set.getResponse().getStatus()).isEqualTo(200);
		assertThat(set.getResponse().getContentAsString()).contains("\"version\":0", "\"updatedBy\":\"t");
		assertThat(deadlineOf8HoursFromMonday()).isEqualTo(at("2031-03-05T17:00"));
		assertThat(calendars.current().hasDataFor(2031)).isTrue();

		MvcResult changed = api.call(put("/api/v1/calendar/days/2031-03-04"), officer,
				"{\"type\":\"HOLIDAY\",\"name\":\"测试假日（改）\",\"version\":0}");
		assertThat(changed.getResponse().getContentAsString()).contains("\"version\":1", "测试假日（改）");

		assertThat(
				api.call(delete("/api/v1/calendar/days/2031-03-04?version=1"), officer, null).getResponse().getStatus())
			.isEqualTo(204);
		assertThat(deadlineOf8HoursFromMonday()).isEqualTo(at("2031-03-04T17:00"));
		assertThat(
				api.call(delete("/api/v1/calendar/days/2031-03-04?version=1"), officer, null).getResponse().getStatus())
			.as("a retried removal")
			.isEqualTo(204);
	}

	@Test
	void anAdjustedWorkingSaturdayCountsOnceListed() throws Exception {
		assertThat(calendars.current().deadline(at("2031-03-07T17:00"), Duration.ofHours(1)))
			.isEqualTo(at("2031-03-10T09:00"));
		api.call(put("/api/v1/calendar/days/2031-03-08"), officer, "{\"type\":\"workday\",\"name\":\"调休\"}");
		assertThat(calendars.current().deadline(at("2031-03-07T17:00"), Duration.ofHours(1)))
			.isEqualTo(at("2031-03-08T09:00"));
	}

	@Test
	void aLostUpdateIsRefusedAndARetriedSetIsAnsweredWithTheStoredDate() throws Exception {
		String body = "{\"type\":\"HOLIDAY\",\"name\":\"测试\"}";
		assertThat(status(put("/api/v1/calendar/days/2031-05-06"), officer, body)).isEqualTo(200);
		assertThat(status(put("/api/v1/calendar/days/2031-05-06"), officer, body)).as("the same again").isEqualTo(200);
		MvcResult other = api.call(put("/api/v1/calendar/days/2031-05-06"), officer,
				"{\"type\":\"WORKDAY\",\"name\":\"测试\"}");
		assertThat(other.getResponse().getStatus()).as("a different change without the version read").isEqualTo(409);
		assertThat(status(put("/api/v1/calendar/days/2031-05-06"), officer,
				"{\"type\":\"WORKDAY\",\"name\":\"测试\",\"version\":7}"))
			.isEqualTo(409);
		assertThat(status(delete("/api/v1/calendar/days/2031-05-06?version=7"), officer, null)).isEqualTo(409);
		assertThat(days.find(LocalDate.of(2031, 5, 6)).orElseThrow().kind()).isEqualTo(DayKind.HOLIDAY);
	}

	@Test
	void badInputIsRefusedNamingTheField() throws Exception {
		assertThat(problem(put("/api/v1/calendar/days/2031-05-06"), "{\"type\":\"WEEKEND\",\"name\":\"x\"}"))
			.contains("\"field\":\"type\"");
		assertThat(problem(put("/api/v1/calendar/days/2031-05-06"), "{\"type\":\"HOLIDAY\",\"name\":\" \"}"))
			.contains("\"field\":\"name\"");
		assertThat(problem(put("/api/v1/calendar/days/2031-13-01"), "{\"type\":\"HOLIDAY\",\"name\":\"x\"}"))
			.contains("\"field\":\"date\"");
		assertThat(problem(get("/api/v1/calendar/days?year=1900"), null)).contains("\"field\":\"year\"");
		assertThat(days.find(LocalDate.of(2031, 5, 6))).isEmpty();
	}

	@Test
	void readersCannotEdit() throws Exception {
		assertThat(status(put("/api/v1/calendar/days/2031-05-06"), gridWorker, "{\"type\":\"HOLIDAY\",\"name\":\"x\"}"))
			.isEqualTo(403);
		assertThat(days.find(LocalDate.of(2031, 5, 6))).isEmpty();
	}

	@Test
	void anImportReplacesTheYearAndAFileWithAnyWrongLineChangesNothing() throws Exception {
		MvcResult first = importYear(2032, "date,kind,name\n2032-01-01,holiday,元旦\n2032-01-03,workday,元旦\n");
		assertThat(first.getResponse().getContentAsString()).isEqualTo("{\"year\":2032,\"imported\":2,\"replaced\":0}");
		assertThat(calendars.current().isWorkingDay(LocalDate.of(2032, 1, 3))).as("a Saturday, adjusted").isTrue();

		MvcResult wrong = importYear(2032, """
				# comment
				date,kind,name
				2032-02-30,holiday,春节
				2032-02-11,weekend,春节
				2032-01-01,holiday,元旦
				2032-01-01,holiday,元旦
				2033-01-01,holiday,元旦
				2032-05-01,holiday,
				2032-05-02,holiday
				""");
		assertThat(wrong.getResponse().getStatus()).isEqualTo(400);
		String errors = wrong.getResponse().getContentAsString();
		assertThat(errors).contains("\"field\":\"file\"", "{\"line\":3,\"column\":\"date\",\"value\":\"2032-02-30\"",
				"{\"line\":4,\"column\":\"kind\",\"value\":\"weekend\"", "{\"line\":6,\"column\":\"date\"", "第 5 行已有",
				"{\"line\":7,\"column\":\"date\",\"value\":\"2033-01-01\"", "{\"line\":8,\"column\":\"name\"",
				"{\"line\":9,\"value\":\"2032-05-02,holiday\"");
		assertThat(days.year(2032)).extracting(CalendarDay::date)
			.as("nothing of the wrong file")
			.containsExactly(LocalDate.of(2032, 1, 1), LocalDate.of(2032, 1, 3));

		MvcResult again = importYear(2032, "date,kind,name\n2032-10-01,holiday,\"国庆节, 中秋节\"\n");
		assertThat(again.getResponse().getContentAsString()).isEqualTo("{\"year\":2032,\"imported\":1,\"replaced\":2}");
		assertThat(calendars.current().isWorkingDay(LocalDate.of(2032, 1, 3))).isFalse();
		assertThat(calendars.current().isWorkingDay(LocalDate.of(2032, 10, 1))).isFalse();
		assertThat(api.call(get("/api/v1/calendar/days.csv?year=2032"), gridWorker, null)
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).as("a name with a comma is quoted")
			.isEqualTo("date,kind,name\n2032-10-01,holiday,\"国庆节, 中秋节\"\n");
	}

	@Test
	void aFileWithoutTheHeaderOrRowsIsRefused() throws Exception {
		assertThat(importYear(2032, "街道代码,街道名称\n").getResponse().getContentAsString())
			.contains("{\"line\":1,\"value\":\"街道代码,街道名称\"", "表头应为 date,kind,name");
		assertThat(importYear(2032, "date,kind,name\n").getResponse().getContentAsString()).contains("文件中没有 2032 年的日期");
	}

	@Test
	void theOfficialScheduleSavedByExcelAsGbkImportsAndExportsAgainTheSame() throws Exception {
		String official2026 = "date,kind,name\n" + Arrays.stream(OfficialSchedule.csv().split("\n"))
			.filter(line -> line.startsWith("2026-"))
			.collect(Collectors.joining("\n")) + "\n";
		String shipped = api.call(get("/api/v1/calendar/days.csv?year=2026"), gridWorker, null)
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(shipped).isEqualTo(official2026);
		// imported as 2031 so the shipped year stays untouched for other tests
		String as2031 = official2026.replace("2026-", "2031-");
		MockMultipartFile gbk = new MockMultipartFile("file", "2031.csv", "text/csv",
				as2031.getBytes(java.nio.charset.Charset.forName("GBK")));
		MvcResult result = api.call(multipart("/api/v1/calendar/imports?year=2031").file(gbk), officer, null);
		assertThat(result.getResponse().getContentAsString()).contains("\"imported\":39");
		assertThat(api.call(get("/api/v1/calendar/days.csv?year=2031"), gridWorker, null)
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(as2031);
	}

	@Test
	void anotherNodeSeesAChangeWithinItsRefreshInterval() throws Exception {
		MovableClock clock = new MovableClock(at("2031-01-02T09:00"));
		WorkCalendars otherNode = new WorkCalendars(days, properties, clock);
		LocalDate day = LocalDate.of(2033, 3, 7);
		assertThat(otherNode.current().isWorkingDay(day)).isTrue();

		api.call(put("/api/v1/calendar/days/" + day), officer, "{\"type\":\"HOLIDAY\",\"name\":\"测试\"}");
		assertThat(calendars.current().isWorkingDay(day)).as("this node: at once").isFalse();
		clock.advance(properties.refresh().minusSeconds(1));
		assertThat(otherNode.current().isWorkingDay(day)).as("the other node: still cached").isTrue();
		clock.advance(Duration.ofSeconds(1));
		assertThat(otherNode.current().isWorkingDay(day)).as("the other node after the interval").isFalse();
	}

	private Instant deadlineOf8HoursFromMonday() {
		return calendars.current().deadline(at("2031-03-03T16:00"), Duration.ofHours(8));
	}

	private MvcResult importYear(int year, String csv) throws Exception {
		return api.call(multipart("/api/v1/calendar/imports?year=" + year)
			.file(new MockMultipartFile("file", "calendar.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))),
				officer, null);
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			Authentication who, String body) throws Exception {
		return api.call(request, who, body).getResponse().getStatus();
	}

	private String problem(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String body) throws Exception {
		MvcResult result = api.call(request, officer, body);
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

}

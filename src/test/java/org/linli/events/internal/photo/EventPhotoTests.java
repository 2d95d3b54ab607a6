package org.linli.events.internal.photo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * Photos of a report: checked by content and size, stored without their EXIF (the GPS
 * point only places a report that has none), and shown only to the reporter and to staff
 * in scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventPhotoTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	ApiCalls api;

	TestCity city;

	Authentication resident;

	long event;

	@BeforeEach
	void reportWithoutPoint() throws Exception {
		api = new ApiCalls(mvc, users);
		city = TestCity.create(jdbc);
		resident = api.login(new TestAccounts(jdbc, passwords).create(Role.RESIDENT, null));
		MvcResult r = api.call(post("/api/v1/events"), resident, """
				{"categoryCode":"0102","description":"路灯不亮了","regionId":%d}""".formatted(city.gridA.id()));
		assertThat(r.getResponse().getStatus()).isEqualTo(201);
		event = ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.event.id")).longValue();
	}

	MvcResult upload(Authentication who, long eventId, String name, byte[] bytes) throws Exception {
		return mvc
			.perform(multipart("/api/v1/events/{id}/photos", eventId)
				.file(new MockMultipartFile("file", name, "image/jpeg", bytes))
				.with(authentication(who))
				.with(csrf())
				.header("Accept-Language", "en"))
			.andReturn();
	}

	@Test
	void refusesAZipOrAnHtmlFileNamedLikeAPhoto() throws Exception {
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
		MvcResult r = upload(resident, event, "street.jpg", zip);
		assertThat(r.getResponse().getStatus()).isEqualTo(400);
		assertThat(r.getResponse().getContentAsString()).contains("Only JPEG, PNG or WebP")
			.contains("\"field\":\"file\"");
		byte[] html = "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
		assertThat(upload(resident, event, "street.png", html).getResponse().getStatus()).isEqualTo(400);
		assertThat(count()).isZero();
	}

	@Test
	void refusesAPhotoOverTheSizeLimitAndADecompressionBomb() throws Exception {
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(TestPhotos.png(8, 8), 0, big, 0, 50);
		MvcResult tooBig = upload(resident, event, "big.png", big);
		assertThat(tooBig.getResponse().getStatus()).isEqualTo(400);
		assertThat(tooBig.getResponse().getContentAsString()).contains("at most 10 MB");
		MvcResult bomb = upload(resident, event, "bomb.png", TestPhotos.pngBomb());
		assertThat(bomb.getResponse().getStatus()).isEqualTo(400);
		assertThat(bomb.getResponse().getContentAsString()).contains("too many pixels");
		assertThat(count()).isZero();
	}

	@Test
	void storesAPngWithoutItsGpsExifAndUsesThePointForAReportWithoutOne() throws Exception {
		byte[] original = TestPhotos.pngWithGps(31.820591, 117.227219);
		assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(original))
			.getFirstDirectoryOfType(GpsDirectory.class)).as("the fixture carries GPS").isNotNull();
		MvcResult r = upload(resident, event, "photo.png", original);
		assertThat(r.getResponse().getStatus()).isEqualTo(200);
		long photo = ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$[0].id")).longValue();

		MvcResult served = mvc
			.perform(get("/api/v1/events/{id}/photos/{p}", event, photo).with(authentication(resident)))
			.andReturn();
		assertThat(served.getResponse().getStatus()).isEqualTo(200);
		assertThat(served.getResponse().getContentType()).isEqualTo("image/png");
		assertThat(served.getResponse().getHeader("Cache-Control")).contains("private");
		byte[] clean = served.getResponse().getContentAsByteArray();
		assertThat(new String(clean, StandardCharsets.ISO_8859_1)).doesNotContain("eXIf").doesNotContain("MM\0*");
		assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(clean))
			.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
		var point = jdbc.sql("select latitude, longitude from events_event where id = :id")
			.param("id", event)
			.query((rs, n) -> new BigDecimal[] { rs.getBigDecimal(1), rs.getBigDecimal(2) })
			.single();
		assertThat(point[0]).isEqualByComparingTo("31.820591");
		assertThat(point[1]).isEqualByComparingTo("117.227219");
	}

	@Test
	void showsAPhotoToTheReporterAndStaffInScopeAndNotFoundToOthers() throws Exception {
		long photo = ((Number) JsonPath.read(
				upload(resident, event, "p.png", TestPhotos.png(20, 10)).getResponse().getContentAsString(), "$[0].id"))
			.longValue();
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		Authentication gridWorker = api.login(accounts.create(Role.GRID_WORKER, city.gridA));
		Authentication otherGrid = api.login(accounts.create(Role.GRID_WORKER, city.gridB));
		Authentication otherResident = api.login(accounts.create(Role.RESIDENT, null));
		assertThat(status(gridWorker, event, photo)).isEqualTo(200);
		assertThat(status(otherGrid, event, photo)).isEqualTo(404);
		assertThat(status(otherResident, event, photo)).isEqualTo(404);
		assertThat(status(resident, event + 1_000_000, photo)).isEqualTo(404);
		assertThat(upload(otherResident, event, "p.png", TestPhotos.png(20, 10)).getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void takesAtMostSixPhotosPerReport() throws Exception {
		for (int i = 0; i < 6; i++) {
			assertThat(upload(resident, event, "p.png", TestPhotos.png(10 + i, 10)).getResponse().getStatus())
				.isEqualTo(200);
		}
		assertThat(upload(resident, event, "p.png", TestPhotos.png(30, 10)).getResponse().getStatus()).isEqualTo(409);
		assertThat(count()).isEqualTo(6);
	}

	@Test
	void theReportFormAndTheFeedbackFormTakePhotos() throws Exception {
		MvcResult reported = mvc
			.perform(multipart("/events/report")
				.file(new MockMultipartFile("photos", "gate.png", "image/png", TestPhotos.pngWithGps(31.5, 117.5)))
				.param("categoryCode", "0102")
				.param("description", "门口堆着垃圾")
				.param("regionId", String.valueOf(city.gridA.id()))
				.param("requestId", "page-photo")
				.with(authentication(resident))
				.with(csrf()))
			.andReturn();
		String location = reported.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/events/mine/");
		long id = Long.parseLong(location.substring("/events/mine/".length()));
		assertThat(jdbc.sql("select latitude from events_event where id = :id")
			.param("id", id)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("31.5");

		jdbc.sql("""
				update events_event set state = 'IN_PROGRESS', handling_level = 'GRID', handling_region_id = :grid,
				       handling_path = cast(:path as ltree) where id = :id""")
			.param("grid", city.gridA.id())
			.param("path", city.gridA.path().value())
			.param("id", id)
			.update();
		int version = jdbc.sql("select version from events_event where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		Authentication gridWorker = api.login(new TestAccounts(jdbc, passwords).create(Role.GRID_WORKER, city.gridA));
		MvcResult handled = mvc
			.perform(multipart("/events/{id}/handle", id)
				.file(new MockMultipartFile("photos", "done.png", "image/png", TestPhotos.png(30, 20)))
				.file(new MockMultipartFile("photos", "done2.png", "image/png", TestPhotos.png(20, 30)))
				.param("version", String.valueOf(version))
				.param("note", "已清运")
				.with(authentication(gridWorker))
				.with(csrf()))
			.andReturn();
		assertThat(handled.getResponse().getRedirectedUrl()).isEqualTo("/events/" + id);
		assertThat(jdbc.sql("""
				select count(*) from events_photo p join events_step s on s.id = p.step_id
				 where p.event_id = :id and s.action = 'HANDLE'""").param("id", id).query(Long.class).single())
			.isEqualTo(2);
		String page = mvc.perform(get("/events/{id}", id).with(authentication(gridWorker)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"photos-report\"").contains("id=\"photos-handled\"");
	}

	private int status(Authentication who, long eventId, long photo) throws Exception {
		return mvc.perform(get("/api/v1/events/{id}/photos/{p}", eventId, photo).with(authentication(who)))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private long count() {
		return jdbc.sql("select count(*) from events_photo where event_id = :e")
			.param("e", event)
			.query(Long.class)
			.single();
	}

}

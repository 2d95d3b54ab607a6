package org.linli.region.internal.imports;

import org.linli.shared.TextEncoding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.linli.region.internal.imports.ImportFixtures.HEADERS;
import static org.linli.region.internal.imports.ImportFixtures.row;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class RegionImportApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	ImportFixtures fx;

	LinliPrincipal officer;

	String s1;

	String c1;

	@BeforeEach
	void district() {
		fx = new ImportFixtures(jdbc);
		officer = fx.account(users, "DISTRICT_OFFICER", fx.districtId);
		s1 = fx.districtCode + "001";
		c1 = s1 + "001";
	}

	List<String[]> goodRows() {
		List<String[]> rows = new ArrayList<>();
		rows.add(row(s1, "幸福街道", c1, "阳光社区", "1", "第一网格", "幸福小区", "幸福路1号", "1", "1号楼", "多层", "6", "30.9456", "117.8123",
				"1", "101", "1", "89.5", "住宅"));
		rows.add(row(s1, "幸福街道", c1, "阳光社区", "1", "第一网格", "幸福小区", "", "1", "", "", "", "", "", "1", "102", "1", "90"));
		rows.add(row(s1, "幸福街道", c1, "阳光社区", "1", "第一网格", "幸福小区", "", "1", "", "", "", "", "", "2", "201", "2",
				"120.25", "COMMERCIAL"));
		rows.add(row(s1, "幸福街道", c1, "阳光社区", "2", "第二网格", "", "", "B1", "", "Bungalow / self-built", "1", "", "", "",
				"1"));
		rows.add(row(fx.districtCode + "002", "和平街道"));
		rows.add(row(s1, "幸福街道", s1 + "002", "月亮社区"));
		return rows;
	}

	ResultActions upload(LinliPrincipal who, String name, byte[] content, boolean dryRun) throws Exception {
		return mvc.perform(multipart("/api/v1/region-imports").file(new MockMultipartFile("file", name, null, content))
			.param("dryRun", String.valueOf(dryRun))
			.with(user(who))
			.with(csrf()));
	}

	@Test
	void importsAWorkbookIntoStreetsCommunitiesGridsCompoundsBuildingsUnitsAndHouses() throws Exception {
		upload(officer, "结构.xlsx", ImportFixtures.xlsx(HEADERS, goodRows()), false).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IMPORTED"))
			.andExpect(jsonPath("$.format").value("XLSX"))
			.andExpect(jsonPath("$.counts.rows").value(6))
			.andExpect(jsonPath("$.counts.created.streets").value(2))
			.andExpect(jsonPath("$.counts.created.communities").value(2))
			.andExpect(jsonPath("$.counts.created.grids").value(2))
			.andExpect(jsonPath("$.counts.created.compounds").value(1))
			.andExpect(jsonPath("$.counts.created.buildings").value(2))
			.andExpect(jsonPath("$.counts.created.units").value(2))
			.andExpect(jsonPath("$.counts.created.houses").value(4))
			.andExpect(jsonPath("$.errors", hasSize(0)));

		Map<String, Object> street = node(s1);
		assertThat(street.get("path")).isEqualTo(fx.districtPath + "." + street.get("id"));
		assertThat(street.get("parent_id")).isEqualTo(fx.districtId);
		Map<String, Object> community = node(c1);
		assertThat(community.get("path")).isEqualTo(street.get("path") + "." + community.get("id"));
		Map<String, Object> grid = node(c1 + "001");
		assertThat(grid.get("path")).isEqualTo(community.get("path") + "." + grid.get("id"));
		assertThat(grid.get("name")).isEqualTo("第一网格");
		assertThat(jdbc.sql("select path::text from region_compound where community_id = :c and name = '幸福小区'")
			.param("c", community.get("id"))
			.query(String.class)
			.single()).isEqualTo(community.get("path"));
		Map<String, Object> building = jdbc.sql("""
				select b.path::text as path, b.building_type, b.floors, b.latitude from region_building b
				  join region_compound c on c.id = b.compound_id where c.community_id = :c and b.number = '1'""")
			.param("c", community.get("id"))
			.query()
			.singleRow();
		assertThat(building.get("path")).isEqualTo(grid.get("path"));
		assertThat(building.get("building_type")).isEqualTo("MULTI_STOREY");
		assertThat(building.get("floors")).isEqualTo(6);
		assertThat(building.get("latitude").toString()).isEqualTo("30.945600");
		List<Map<String, Object>> houses = jdbc.sql("""
				select h.room_number, h.use_code, h.path::text as path, u.number as unit, h.area
				  from region_house h left join region_unit u on u.id = h.unit_id
				 where h.path <@ cast(:p as ltree) order by h.room_number""")
			.param("p", community.get("path"))
			.query()
			.listOfRows();
		assertThat(houses).extracting(h -> h.get("room_number")).containsExactly("1", "101", "102", "201");
		assertThat(houses.get(3).get("use_code")).isEqualTo("COMMERCIAL");
		assertThat(houses.get(3).get("unit")).isEqualTo("2");
		assertThat(houses.get(1).get("path")).isEqualTo(grid.get("path"));
		assertThat(houses.get(0).get("path")).isEqualTo(node(c1 + "002").get("path"));
		assertThat(node(fx.districtCode + "002").get("name")).isEqualTo("和平街道");
	}

	@Test
	void importingTheSameFileAgainReportsEveryRoomAsDuplicateAndWritesNothing() throws Exception {
		byte[] file = ImportFixtures.xlsx(HEADERS, goodRows());
		upload(officer, "a.xlsx", file, false).andExpect(status().isOk());
		long before = fx.structureCount();

		upload(officer, "a.xlsx", file, false).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.errorCount").value(4))
			.andExpect(jsonPath("$.errors[*].column", everyItem(org.hamcrest.Matchers.is("房号"))))
			.andExpect(jsonPath("$.errors[*].reason", everyItem(containsString("已存在"))))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.counts.reused.streets").value(2));
		assertThat(fx.structureCount()).isEqualTo(before);
	}

	@Test
	void oneBadRowAmongGoodRowsRejectsTheWholeFile() throws Exception {
		List<String[]> rows = goodRows();
		rows.get(1)[ImportColumn.AREA.ordinal()] = "-5";
		rows.get(2)[ImportColumn.FLOORS.ordinal()] = "300";
		long before = fx.totalCount();

		upload(officer, "bad.xlsx", ImportFixtures.xlsx(HEADERS, rows), false)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("面积(㎡)"))
			.andExpect(jsonPath("$.errors[0].value").value("-5"))
			.andExpect(jsonPath("$.errors[0].reason").value(containsString("面积应大于0")))
			.andExpect(jsonPath("$.errors[1].row").value(4))
			.andExpect(jsonPath("$.errors[1].column").value("层数"));
		assertThat(fx.totalCount()).isEqualTo(before);
		assertThat(
				jdbc.sql("select count(*) from region_node where code = :c").param("c", s1).query(Long.class).single())
			.isZero();
	}

	@Test
	void importsALegacyXlsWorkbookWithATitleAndTheFillingUnitAboveTheHeader() throws Exception {
		byte[] file = ImportFixtures.xls(List.of("XX街道房屋基础信息表", "填报单位：XX街道　填报日期：2026年12月5日"), HEADERS, goodRows());
		upload(officer, "房屋.xls", file, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.format").value("XLS"))
			.andExpect(jsonPath("$.counts.created.houses").value(4));
		assertThat(node(s1).get("name")).isEqualTo("幸福街道");
	}

	@Test
	void aSheetWithoutAHeaderInItsFirstRowsIsRefusedNamingTheFirstRowsMissingColumns() throws Exception {
		List<String[]> notes = new java.util.ArrayList<>();
		for (int i = 0; i < 12; i++) {
			notes.add(row("说明" + i));
		}
		upload(officer, "notes.csv", ImportFixtures.csv(List.of("房屋信息"), notes, StandardCharsets.UTF_8, false), false)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].row").value(1))
			.andExpect(jsonPath("$.errors[0].column").value("街道代码"));
	}

	@Test
	void importsAGbkCsvWithChineseNames() throws Exception {
		byte[] file = ImportFixtures.csv(HEADERS, goodRows(), java.nio.charset.Charset.forName("GBK"), false);
		upload(officer, "gbk.csv", file, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.format").value("CSV"))
			.andExpect(jsonPath("$.counts.created.houses").value(4));
		assertThat(node(s1).get("name")).isEqualTo("幸福街道");
		assertThat(node(c1 + "002").get("name")).isEqualTo("第二网格");
	}

	@Test
	void importsAUtf8CsvWithBomAndLooselyWrittenHeaders() throws Exception {
		List<String> headers = new ArrayList<>(HEADERS);
		headers.set(0, " streetCode ");
		headers.set(ImportColumn.AREA.ordinal(), "面积（㎡） ");
		headers.set(ImportColumn.ROOM_NUMBER.ordinal(), "room_number");
		// as departments' templates mark them: a required-field star, a note in brackets
		headers.set(ImportColumn.UNIT_NUMBER.ordinal(), "单元号（必填）");
		headers.set(ImportColumn.BUILDING_NUMBER.ordinal(), "※楼栋号");
		headers.add("备注");
		List<String[]> rows = goodRows().stream().map(r -> {
			String[] longer = java.util.Arrays.copyOf(r, r.length + 1);
			longer[r.length] = "忽略";
			return longer;
		}).toList();
		upload(officer, "utf8.csv", ImportFixtures.csv(headers, rows, StandardCharsets.UTF_8, true), false)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counts.created.houses").value(4));
		assertThat(node(s1).get("name")).isEqualTo("幸福街道");
		assertThat(jdbc.sql("select area from region_house where path <@ cast(:p as ltree) and room_number = '201'")
			.param("p", node(s1).get("path"))
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("120.25");
	}

	@Test
	void namesTheMissingHeader() throws Exception {
		List<String> headers = new ArrayList<>(HEADERS);
		headers.set(ImportColumn.ROOM_NUMBER.ordinal(), "房间");
		upload(officer, "x.csv", ImportFixtures.csv(headers, goodRows(), StandardCharsets.UTF_8, false), false)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].row").value(1))
			.andExpect(jsonPath("$.errors[0].column").value("房号"))
			.andExpect(jsonPath("$.errors[0].reason").value(containsString("缺少必需的列“房号”")));
	}

	@Test
	void refusesABuildingInTwoGridsInTheFileAndAgainstTheDatabase() throws Exception {
		List<String[]> rows = goodRows();
		rows.get(1)[ImportColumn.GRID_NUMBER.ordinal()] = "3";
		upload(officer, "two.xlsx", ImportFixtures.xlsx(HEADERS, rows), false)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].reason").value(startsWith("楼栋不能属于两个网格")));

		upload(officer, "one.xlsx", ImportFixtures.xlsx(HEADERS, goodRows()), false).andExpect(status().isOk());
		List<String[]> moved = new ArrayList<>();
		moved.add(row(s1, "幸福街道", c1, "阳光社区", "2", "第二网格", "幸福小区", "", "1", "", "", "", "", "", "3", "301"));
		upload(officer, "moved.xlsx", ImportFixtures.xlsx(HEADERS, moved), false)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].column").value("楼栋号"))
			.andExpect(jsonPath("$.errors[0].reason").value(startsWith("楼栋不能属于两个网格")));
	}

	@Test
	void refusesRowsOutsideTheCallersJurisdiction() throws Exception {
		long otherDistrict = fx.node(fx.cityId, "DISTRICT", fx.cityCode.substring(0, 4) + "03", "外区");
		String foreignStreet = fx.cityCode.substring(0, 4) + "03001";
		List<String[]> rows = new ArrayList<>(goodRows());
		rows.add(row(foreignStreet, "外街道", foreignStreet + "001", "外社区"));
		upload(officer, "scope.xlsx", ImportFixtures.xlsx(HEADERS, rows), false)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].row").value(8))
			.andExpect(jsonPath("$.errors[0].column").value("街道代码"))
			.andExpect(jsonPath("$.errors[0].reason").value("不在您的管辖范围内"));
		assertThat(otherDistrict).isPositive();

		// A community worker may name the street above them, but not build beside their
		// community.
		upload(officer, "ok.xlsx", ImportFixtures.xlsx(HEADERS, goodRows()), false).andExpect(status().isOk());
		LinliPrincipal worker = fx.account(users, "COMMUNITY_WORKER", (Long) node(c1).get("id"));
		upload(worker, "w.xlsx", ImportFixtures.xlsx(HEADERS,
				List.of(row(s1, "幸福街道", c1, "阳光社区", "1", "第一网格", "幸福小区", "", "1", "", "", "", "", "", "1", "103"),
						row(s1, "幸福街道", s1 + "003", "星星社区"))),
				false)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("社区代码"));
	}

	@Test
	void dryRunValidatesWithoutWritingAndHistoryKeepsTheErrorReport() throws Exception {
		long before = fx.structureCount();
		upload(officer, "dry.xlsx", ImportFixtures.xlsx(HEADERS, goodRows()), true).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VALID"))
			.andExpect(jsonPath("$.counts.created.houses").value(4));
		assertThat(fx.structureCount()).isEqualTo(before);

		List<String[]> rows = goodRows();
		rows.get(0)[ImportColumn.HOUSE_USE.ordinal()] = "=cmd";
		String body = upload(officer, "bad.xlsx", ImportFixtures.xlsx(HEADERS, rows), true)
			.andExpect(status().isUnprocessableEntity())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
		mvc.perform(get("/api/v1/region-imports").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.items[0].dryRun").value(true));
		mvc.perform(get("/api/v1/region-imports/{id}", id).with(user(officer)))
			.andExpect(jsonPath("$.errors[0].column").value("房屋用途"));
		byte[] csv = mvc.perform(get("/api/v1/region-imports/{id}/errors.csv", id).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF行号,列,值,原因\r\n2,\"房屋用途\",\"'=cmd\",");

		LinliPrincipal stranger = fx.account(users, "DISTRICT_OFFICER",
				fx.node(fx.cityId, "DISTRICT", fx.cityCode.substring(0, 4) + "04", "别区"));
		mvc.perform(get("/api/v1/region-imports/{id}", id).with(user(stranger))).andExpect(status().isNotFound());
	}

	Map<String, Object> node(String code) {
		return jdbc.sql("select id, parent_id, name, path::text as path from region_node where code = :c")
			.param("c", code)
			.query()
			.singleRow();
	}

}

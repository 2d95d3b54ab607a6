package org.linli.region.internal.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linli.identity.internal.LinliPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A city and district with codes no other test uses, accounts working in them, and import
 * files built in memory.
 */
final class ImportFixtures {

	static final List<String> HEADERS = ImportTemplates.headers();

	final String cityCode;

	final String districtCode;

	final long districtId;

	final String districtPath;

	final long cityId;

	private final JdbcClient jdbc;

	ImportFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
		String city;
		do {
			city = "%04d00".formatted(ThreadLocalRandom.current().nextInt(1100, 9000));
		}
		while (jdbc.sql("select exists (select 1 from region_node where code like :p)")
			.param("p", city.substring(0, 4) + "%")
			.query(Boolean.class)
			.single());
		this.cityCode = city;
		this.districtCode = city.substring(0, 4) + "02";
		this.cityId = node(null, "CITY", cityCode, "测试市");
		this.districtId = node(cityId, "DISTRICT", districtCode, "测试区");
		this.districtPath = pathOf(districtId);
	}

	long node(Long parentId, String level, String code, String name) {
		String parentPath = parentId == null ? null : pathOf(parentId);
		long id = jdbc.sql("select nextval(pg_get_serial_sequence('region_node', 'id'))").query(Long.class).single();
		jdbc.sql("""
				insert into region_node (id, parent_id, level, code, name, path)
				values (:id, :parent, :level, :code, :name, cast(:path as ltree))""")
			.param("id", id)
			.param("parent", parentId)
			.param("level", level)
			.param("code", code)
			.param("name", name)
			.param("path", parentPath == null ? String.valueOf(id) : parentPath + "." + id)
			.update();
		return id;
	}

	String pathOf(long nodeId) {
		return jdbc.sql("select path::text from region_node where id = :id")
			.param("id", nodeId)
			.query(String.class)
			.single();
	}

	/** An account of {@code role} working at {@code nodeId}, logged in. */
	LinliPrincipal account(UserDetailsService users, String role, long nodeId) {
		String username = "imp" + System.nanoTime();
		jdbc.sql("""
				insert into identity_account (username, display_name, role, region_id, region_path, password_hash)
				values (:u, '导入员', :role, :region, cast(:path as ltree), '{noop}x')""")
			.param("u", username)
			.param("role", role)
			.param("region", nodeId)
			.param("path", pathOf(nodeId))
			.update();
		return (LinliPrincipal) users.loadUserByUsername(username);
	}

	/** Rows of the region tables under the district, to show nothing was written. */
	long structureCount() {
		return jdbc.sql("""
				select (select count(*) from region_node where path <@ cast(:p as ltree))
				     + (select count(*) from region_compound where path <@ cast(:p as ltree))
				     + (select count(*) from region_building where path <@ cast(:p as ltree))
				     + (select count(*) from region_unit u join region_building b on b.id = u.building_id
				         where b.path <@ cast(:p as ltree))
				     + (select count(*) from region_house where path <@ cast(:p as ltree))""")
			.param("p", districtPath)
			.query(Long.class)
			.single();
	}

	/** All rows of the five region tables. */
	long totalCount() {
		return jdbc.sql("""
				select (select count(*) from region_node) + (select count(*) from region_compound)
				     + (select count(*) from region_building) + (select count(*) from region_unit)
				     + (select count(*) from region_house)""").query(Long.class).single();
	}

	/** A row in template column order; missing trailing cells stay empty. */
	static String[] row(String... cells) {
		String[] row = new String[HEADERS.size()];
		System.arraycopy(cells, 0, row, 0, cells.length);
		return row;
	}

	static byte[] xlsx(List<String> headers, List<String[]> rows) throws IOException {
		return workbook(new XSSFWorkbook(), List.of(), headers, rows);
	}

	/**
	 * A legacy Excel 97–2003 workbook, with {@code titles} above the header as
	 * departments' exports have them.
	 */
	static byte[] xls(List<String> titles, List<String> headers, List<String[]> rows) throws IOException {
		return workbook(new org.apache.poi.hssf.usermodel.HSSFWorkbook(), titles, headers, rows);
	}

	private static byte[] workbook(org.apache.poi.ss.usermodel.Workbook book, List<String> titles, List<String> headers,
			List<String[]> rows) throws IOException {
		try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("导入模板");
			for (int t = 0; t < titles.size(); t++) {
				sheet.createRow(t).createCell(0).setCellValue(titles.get(t));
			}
			Row head = sheet.createRow(titles.size());
			for (int i = 0; i < headers.size(); i++) {
				head.createCell(i).setCellValue(headers.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(titles.size() + r + 1);
				for (int i = 0; i < rows.get(r).length; i++) {
					if (rows.get(r)[i] != null) {
						row.createCell(i).setCellValue(rows.get(r)[i]);
					}
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	static byte[] csv(List<String> headers, List<String[]> rows, Charset charset, boolean bom) {
		StringBuilder sb = new StringBuilder(bom ? "\uFEFF" : "");
		sb.append(String.join(",", headers)).append("\r\n");
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				sb.append(i == 0 ? "" : ",").append(row[i] == null ? "" : row[i]);
			}
			sb.append("\r\n");
		}
		return sb.toString().getBytes(charset);
	}

}

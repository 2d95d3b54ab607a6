package org.linli.bench.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.linli.bench.AppClient;
import org.linli.bench.BenchContext;

/**
 * Puts the generated city into the running application the way an administrator would,
 * once per data directory: the sysadmin creates {@value #IMPORTER} (a district officer
 * placed on 铜陵市, so that one account's jurisdiction covers every generated district),
 * who creates the districts the demo city lacks and imports the structure files through
 * /api/v1/region-imports. Everything is skipped when already there (--keep).
 */
final class CityLoad {

	static final String IMPORTER = "bench-importer";

	static final String PASSWORD = "Bench@Pass2026";

	/** Districts of the generated city besides the demo's 铜官区. */
	private static final Map<String, String> DISTRICTS = Map.of("340706", "义安区", "340711", "郊区", "340722", "枞阳县");

	private CityLoad() {
	}

	/** The importer's API token, after making sure the structure is imported. */
	static String prepare(BenchContext context) throws Exception {
		context.city();
		AppClient app = context.app();
		String password = System.getenv().getOrDefault("LINLI_DEMO_PASSWORD", "Linli@2026");
		long cityId = id(context, "select id from region_node where code = '340700' and retired_at is null");
		if (id(context, "select count(*) from identity_account where username = '" + IMPORTER + "'") == 0) {
			String admin = app.token("sysadmin", password);
			Map<String, Object> account = new LinkedHashMap<>();
			account.put("username", IMPORTER);
			account.put("displayName", "基准导入");
			account.put("role", "DISTRICT_OFFICER");
			account.put("regionId", cityId);
			account.put("password", PASSWORD);
			app.call(admin, "POST", "/api/v1/accounts", account, 201);
		}
		String token = app.token(IMPORTER, PASSWORD);
		for (var d : DISTRICTS.entrySet()) {
			if (id(context, "select count(*) from region_node where code = '" + d.getKey() + "'") == 0) {
				app.call(token, "POST", "/api/v1/regions", Map.of("parentId", cityId, "code", d.getKey(), "name",
						d.getValue()), 201);
			}
		}
		List<Path> files;
		try (Stream<Path> s = Files.list(context.cityDir())) {
			files = s.filter(p -> p.getFileName().toString().matches("structure-\\d+\\.csv")).sorted().toList();
		}
		for (Path file : files) {
			String name = file.getFileName().toString();
			if (id(context, "select count(*) from region_import where file_name = '" + name
					+ "' and status = 'IMPORTED' and not dry_run") > 0) {
				continue;
			}
			long start = System.nanoTime();
			var response = app.upload(token, "/api/v1/region-imports", null, file);
			JsonNode body = AppClient.parse(response.body());
			if (response.statusCode() != 200 || !"IMPORTED".equals(body.path("status").asText())) {
				throw new IllegalStateException("structure import of " + name + " answered " + response.statusCode()
						+ ": " + response.body().substring(0, Math.min(2000, response.body().length())));
			}
			System.err.printf("[bench] structure %s imported in %.1f s: %s%n", name,
					(System.nanoTime() - start) / 1e9, body.path("counts"));
		}
		return token;
	}

	static long id(BenchContext context, String sql) throws Exception {
		try (Connection c = context.database().connect(); PreparedStatement s = c.prepareStatement(sql);
				ResultSet rs = s.executeQuery()) {
			return rs.next() ? rs.getLong(1) : 0;
		}
	}

}

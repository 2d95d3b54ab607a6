package org.linli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The database the application uses: the external one named by LINLI_DB_URL (with
 * LINLI_DB_USER / LINLI_DB_PASSWORD), or else the embedded PostgreSQL the application
 * started in its data directory, whose port is the fourth line of pg/postmaster.pid (pid,
 * data directory, start time, port, socket directory, ...). The embedded server trusts
 * the local user postgres and keeps the data in the database postgres.
 */
public record Database(String url, String user, String password) {

	public static Database of(String externalUrl, String user, String password, Path appDataDir) throws IOException {
		if (externalUrl != null && !externalUrl.isBlank()) {
			return new Database(externalUrl, user == null || user.isBlank() ? "postgres" : user, password);
		}
		Path pid = appDataDir.resolve("pg").resolve("postmaster.pid");
		List<String> lines = Files.readAllLines(pid);
		int port = Integer.parseInt(lines.get(3).trim());
		return new Database("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", null);
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(url, user, password == null ? "" : password);
	}

	/** The URL without credentials, for reports. */
	public String describe() {
		return url.replaceAll("(?i)password=[^&]*", "password=***");
	}

}

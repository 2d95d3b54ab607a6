package org.linli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;

/**
 * Starts the embedded PostgreSQL crash-safe (fsync and synchronous commit on) on a
 * persistent folder, after stopping a server that a killed JVM left running on that
 * folder.
 */
final class EmbeddedPostgresLauncher {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);

	private EmbeddedPostgresLauncher() {
	}

	static EmbeddedPostgres start(Path dataDir, boolean fresh, DataSize sharedBuffers) throws IOException {
		Path pgData = dataDir.resolve("pg").toAbsolutePath();
		if (fresh) {
			stopLeftoverServer(pgData);
			FileSystemUtils.deleteRecursively(pgData);
		}
		Files.createDirectories(pgData);
		stopLeftoverServer(pgData);
		return EmbeddedPostgres.builder()
			.setDataDirectory(pgData)
			.setCleanDataDirectory(false)
			// zonky's own hook stops PostgreSQL before Spring has finished with it; the
			// bean's
			// destroy method closes it instead.
			.setRegisterShutdownHook(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("max_connections", "200")
			.setServerConfig("shared_buffers", sharedBuffers.toMegabytes() + "MB")
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setLocaleConfig("locale", "C.UTF-8")
			.start();
	}

	/**
	 * A JVM killed with SIGKILL leaves its postmaster running and holding the folder;
	 * stop it (fast shutdown, which is crash-safe) so this start can take the folder
	 * over.
	 */
	private static void stopLeftoverServer(Path pgData) throws IOException {
		Path pidFile = pgData.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (NumberFormatException ex) {
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(EmbeddedPostgresLauncher::isPostgres);
		if (process.isEmpty()) {
			return;
		}
		log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier run", pid, pgData);
		ProcessHandle postmaster = process.get();
		postmaster.destroy();
		try {
			postmaster.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IOException("PostgreSQL (pid " + pid + ") on " + pgData + " did not stop", ex);
		}
	}

	private static boolean isPostgres(ProcessHandle handle) {
		return handle.info().command().map(cmd -> cmd.endsWith("postgres")).orElse(true);
	}

}

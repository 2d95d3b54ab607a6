package org.linli.bench.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The application's audit append for {@link EventCycleSql}, over JDBC: the app's
 * {@code AuditBatcher} (group commit) in front of its {@code JdbcAuditLog}. A request
 * hands its entry to one writer thread, which appends whatever entries are waiting in one
 * transaction on its own connection — the chain's advisory lock, the chain's last entry,
 * one insert per entry, one commit — and only then lets each request go on. At one user
 * that is one entry per transaction, as in the statement log of a real cycle; under load
 * several requests share a commit, as they do in the app. The hash is the app's own
 * (SHA-256 over the previous hash and the length-prefixed fields), so the chain stays
 * verifiable.
 */
final class AuditAppender implements AutoCloseable {

	/** The app's advisory lock key of the audit chain ("audit" in ASCII). */
	static final long CHAIN_LOCK = 0x6175646974L;

	private static final int MAX_BATCH = 500;

	private static final String GENESIS = "0".repeat(64);

	private static final String LOCK = "select pg_advisory_xact_lock(?)";

	private static final String LAST = "select seq, hash from identity_audit_entry order by seq desc limit 1";

	private static final String INSERT = """
			insert into identity_audit_entry (seq, at, actor, actor_role, action, target, outcome, ip, detail, prev_hash, hash)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private record Entry(Instant at, String actor, String role, String action, String target, String detail,
			CompletableFuture<Void> done) {
	}

	private final BlockingQueue<Entry> queue = new LinkedBlockingQueue<>();

	private final Connection connection;

	private final SqlSession db;

	private final Thread thread;

	private final AtomicLong entries = new AtomicLong();

	private final AtomicLong transactions = new AtomicLong();

	private volatile boolean open = true;

	AuditAppender(Connection connection) throws SQLException {
		this.connection = connection;
		this.db = new SqlSession(connection);
		this.thread = new Thread(this::run, "bench-audit-chain");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * Appends one request's entry (outcome SUCCESS from 127.0.0.1); returns once
	 * committed.
	 */
	void append(String actor, String role, String action, String target, String detail) throws SQLException {
		var entry = new Entry(Instant.now().truncatedTo(ChronoUnit.MICROS), actor, role, action, target, detail,
				new CompletableFuture<>());
		queue.add(entry);
		try {
			entry.done().get(60, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof SQLException sql ? sql : new SQLException(ex.getCause());
		}
		catch (Exception ex) {
			throw new SQLException("audit entry not written: " + ex, ex);
		}
	}

	/** Entries appended and the transactions that wrote them, so far. */
	long[] counts() {
		return new long[] { entries.get(), transactions.get() };
	}

	private void run() {
		while (open || !queue.isEmpty()) {
			try {
				Entry first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first != null) {
					List<Entry> batch = new ArrayList<>();
					batch.add(first);
					queue.drainTo(batch, MAX_BATCH - 1);
					write(batch);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void write(List<Entry> batch) {
		try {
			db.tx("audit-batch", false, () -> {
				db.update(LOCK, CHAIN_LOCK);
				List<Object[]> last = db.query(LAST);
				long seq = last.isEmpty() ? 0 : ((Number) last.get(0)[0]).longValue();
				String prev = last.isEmpty() ? GENESIS : (String) last.get(0)[1];
				for (Entry e : batch) {
					seq++;
					String hash = hash(prev, seq, e.at(), e.actor(), e.role(), e.action(), e.target(), "SUCCESS",
							"127.0.0.1", e.detail());
					db.update(INSERT, seq, e.at(), e.actor(), e.role(), e.action(), e.target(), "SUCCESS", "127.0.0.1",
							e.detail(), prev, hash);
					prev = hash;
				}
			});
			entries.addAndGet(batch.size());
			transactions.incrementAndGet();
			batch.forEach(e -> e.done().complete(null));
		}
		catch (SQLException | RuntimeException ex) {
			batch.forEach(e -> e.done().completeExceptionally(ex));
		}
	}

	/** The app's AuditChain.hash: SHA-256 over length-prefixed parts. */
	static String hash(String prevHash, long seq, Instant at, String... fields) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			List<String> parts = new ArrayList<>(List.of(prevHash, Long.toString(seq), at.toString()));
			parts.addAll(Arrays.asList(fields));
			for (String part : parts) {
				byte[] bytes = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
				sha.update(Integer.toString(part == null ? -1 : bytes.length).getBytes(StandardCharsets.US_ASCII));
				sha.update((byte) ':');
				sha.update(bytes);
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() throws SQLException {
		open = false;
		try {
			thread.join(TimeUnit.SECONDS.toMillis(10));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		connection.close();
	}

}

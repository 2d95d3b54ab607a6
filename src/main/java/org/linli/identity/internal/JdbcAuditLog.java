package org.linli.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.linli.identity.AuditLog;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the hash-chained audit log. Appends are serialised by a transaction-level
 * advisory lock, so two application nodes never fork the chain; each entry commits in a
 * transaction of its own, so a refused business change is still on record. Callers
 * outside a transaction (every write request, at its end) are grouped by
 * {@link AuditBatcher} into one commit; a caller inside one appends on the spot, because
 * it holds a pooled connection while it waits and a batch might need one.
 */
@Service
class JdbcAuditLog implements AuditLog, DisposableBean {

	/** Advisory lock key of the audit chain ("audit" in ASCII). */
	private static final long CHAIN_LOCK = 0x6175646974L;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private final AuditBatcher batcher;

	JdbcAuditLog(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.batcher = new AuditBatcher(drafts -> ownTransaction.executeWithoutResult(status -> append(drafts)));
	}

	@Override
	public void record(String action, String target, String outcome, String detail) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String actor = "anonymous";
		String role = null;
		if (auth != null && auth.getPrincipal() instanceof LinliPrincipal principal) {
			actor = principal.getUsername();
			role = principal.role().name();
		}
		recordFor(actor, role, action, target, outcome, detail);
	}

	@Override
	public void recordFor(String actor, String role, String action, String target, String outcome, String detail) {
		var draft = new AuditDraft(clock.instant().truncatedTo(ChronoUnit.MICROS), clip(actor, 64), role, action,
				clip(target, 300), outcome, clientIp(), detail);
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			ownTransaction.executeWithoutResult(status -> append(List.of(draft)));
		}
		else {
			batcher.append(draft);
		}
	}

	private void append(List<AuditDraft> drafts) {
		jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", CHAIN_LOCK).query((rs, n) -> 1).list();
		var last = jdbc.sql("select seq, hash from identity_audit_entry order by seq desc limit 1")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.optional();
		long seq = last.map(r -> (Long) r[0]).orElse(0L);
		String prev = last.map(r -> (String) r[1]).orElse(AuditChain.GENESIS);
		for (AuditDraft d : drafts) {
			seq++;
			String hash = AuditChain.hash(prev, seq, d.at(), d.actor(), d.role(), d.action(), d.target(), d.outcome(),
					d.ip(), d.detail());
			jdbc.sql(
					"""
							insert into identity_audit_entry (seq, at, actor, actor_role, action, target, outcome, ip, detail, prev_hash, hash)
							values (:seq, :at, :actor, :role, :action, :target, :outcome, :ip, :detail, :prev, :hash)""")
				.param("seq", seq)
				.param("at", Timestamp.from(d.at()))
				.param("actor", d.actor())
				.param("role", d.role())
				.param("action", d.action())
				.param("target", d.target())
				.param("outcome", d.outcome())
				.param("ip", d.ip())
				.param("detail", d.detail())
				.param("prev", prev)
				.param("hash", hash)
				.update();
			prev = hash;
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		batcher.close();
	}

	@Override
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		AtomicLong count = new AtomicLong();
		AtomicReference<String> expectedPrev = new AtomicReference<>(AuditChain.GENESIS);
		AtomicReference<Long> broken = new AtomicReference<>();
		// Streamed in seq order: a deleted entry shows as a gap, an edited one as a hash
		// mismatch.
		jdbc.sql("select * from identity_audit_entry order by seq").query(rs -> {
			AuditEntry entry = map(rs, 0);
			long n = count.incrementAndGet();
			if (broken.get() == null
					&& (entry.seq() != n || !entry.prevHash().equals(expectedPrev.get()) || !entry.hashMatches())) {
				broken.set(entry.seq());
			}
			expectedPrev.set(entry.hash());
		});
		return new AuditVerification(broken.get() == null, count.get(), broken.get());
	}

	static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				rs.getString("actor_role"), rs.getString("action"), rs.getString("target"), rs.getString("outcome"),
				rs.getString("ip"), rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));
	}

	private static String clientIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
			HttpServletRequest request = attrs.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String clip(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}

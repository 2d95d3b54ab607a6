package org.linli.bench.scenario;

import java.lang.management.ManagementFactory;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.linli.bench.BenchContext;
import org.linli.bench.ProcessWatch;
import org.linli.bench.scenario.CycleSql.Account;
import org.linli.bench.scenario.CycleSql.Team;

/**
 * The database's own ceiling on the event cycle: the same database work as
 * {@link EventCycle}'s full cycles ({@link CycleSql}: every statement and transaction the
 * app sends for report → accept → dispatch → start → handle → verify → close → rate,
 * listeners and audit included), driven straight over JDBC from this JVM — no HTTP, no
 * Spring, no JSON processing — by {@code --users} virtual users in a closed loop
 * ({@code --warmup}, then {@code --duration} seconds), over the same stored events, teams
 * and reporters. Whatever the app adds on top costs time; the database work cannot be
 * skipped, so the cycles per second here bound event-cycle's on this machine.
 *
 * <p>
 * Each user has one connection (the app's pool holds 20: at 20 users one each), and the
 * audit writer one more. The figure is requests (8 a cycle, each the token lookup, the
 * step's transactions and the audit entry it waits for), like event-cycle's; cycles per
 * second, percentiles per step and per transaction kind, and the CPU used go to details.
 * The events it creates stay, like event-cycle's. It uses each account's newest valid API
 * token; an account without one gets a token for the run, deleted afterwards unless
 * --keep.
 */
final class EventCycleSql implements Scenario {

	private static final String SIMPLIFICATIONS = "each user's listener transactions (dashboard, notices, each with its "
			+ "publication's completion) run on its own connection right after the step, one after the other, not "
			+ "on an executor concurrently with the request; a step's latency leaves them out, as an HTTP client's "
			+ "does. Deadlines are three calendar hours per working hour, not the working calendar. Audit entries "
			+ "are group-committed by one writer thread as the app's AuditBatcher does (one per transaction at "
			+ "one user, as in the statement log). No session, CSRF or classifier work.";

	@Override
	public String name() {
		return "event-cycle-sql";
	}

	@Override
	public String unit() {
		return "requests";
	}

	@Override
	public Measurement run(BenchContext context) throws Exception {
		var options = context.options();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("setup", EventHistory.ensure(context));
		List<Long> madeTokens = new ArrayList<>();
		List<Connection> connections = new ArrayList<>();
		try (Connection setup = context.database().connect();
				AuditAppender audit = new AuditAppender(context.database().connect())) {
			List<Team> teams = teams(setup, madeTokens);
			List<Account> residents = residents(setup, madeTokens);
			List<List<String>> reports = EventCycle.reports();
			for (int u = 0; u < options.users(); u++) {
				connections.add(context.database().connect());
			}
			loop(connections, teams, residents, reports, audit, options.warmupSeconds());
			long[] audited = audit.counts();
			double[] cpu = ProcessWatch.cpuSeconds();
			long benchCpu = benchCpuNanos();
			SqlSession.Timings t = loop(connections, teams, residents, reports, audit, options.measureSeconds());
			Map<String, Object> cpuUsed = ProcessWatch.cpuSince(cpu, 0);
			cpuUsed.remove("rowsPerCpuSecond");
			cpuUsed.put("bench", Math.round((benchCpuNanos() - benchCpu) / 1e8) / 10.0);
			long entries = audit.counts()[0] - audited[0];
			long commits = audit.counts()[1] - audited[1];
			details.put("teams", teams.size());
			details.put("audit", Map.of("entries", entries, "transactions", commits, "entriesPerTransaction",
					commits == 0 ? 0 : Math.round(entries * 100.0 / commits) / 100.0));
			details.put("synchronousCommit", setting(setup, "synchronous_commit"));
			return measurement(context, t, cpuUsed, details);
		}
		finally {
			for (Connection c : connections) {
				c.close();
			}
			if (!madeTokens.isEmpty() && !options.keep()) {
				try (Connection c = context.database().connect();
						PreparedStatement s = c.prepareStatement("delete from identity_api_token where id = any(?)")) {
					s.setArray(1, c.createArrayOf("bigint", madeTokens.toArray()));
					s.executeUpdate();
				}
			}
		}
	}

	/**
	 * Requests (the steps) and their percentiles; cycles, steps, transactions in details.
	 */
	private static Measurement measurement(BenchContext context, SqlSession.Timings t, Map<String, Object> cpuUsed,
			Map<String, Object> details) throws Exception {
		var options = context.options();
		List<Long> requests = new ArrayList<>();
		Map<String, Object> perStep = new LinkedHashMap<>();
		for (String step : EventCycle.STEPS) {
			requests.addAll(t.nanos.getOrDefault(step, List.of()));
			perStep.put(step, percentiles(t, step));
		}
		if (requests.isEmpty()) {
			throw new IllegalStateException("no cycle completed in " + options.measureSeconds() + " s");
		}
		Map<String, Object> perTransaction = new LinkedHashMap<>();
		for (String kind : List.of("token", "step", "read-back", "dashboard", "notices", "completion", "audit")) {
			perTransaction.put(kind, percentiles(t, kind));
		}
		long cycles = t.nanos.getOrDefault("cycle", List.of()).size();
		double cpu = (cpuUsed.get("database") instanceof Double d ? d : 0) + (Double) cpuUsed.get("bench");
		if (cpu > 0) {
			cpuUsed.put("cyclesPerCpuSecond", Math.round(cycles / cpu * 10) / 10.0);
		}
		details.put("cycles", cycles);
		details.put("cyclesPerSecond", Math.round(cycles * 10.0 / options.measureSeconds()) / 10.0);
		details.put("requestsPerCycle", EventCycle.STEPS.size());
		details.put("perCycle", "8 token lookups (autocommit), 8 step transactions, 1 read-only read-back, "
				+ "7 dashboard and 3 notices listener transactions, 10 publication completions, 8 audit entries");
		details.put("driver", "pgjdbc, one connection per user plus the audit writer's; autocommit between "
				+ "transactions, default prepareThreshold");
		details.put("concurrency", options.users());
		details.put("warmupSeconds", options.warmupSeconds());
		details.put("meanMs", ms((long) requests.stream().mapToLong(Long::longValue).average().orElse(0)));
		details.put("maxMs", ms(requests.stream().mapToLong(Long::longValue).max().orElse(0)));
		details.put("cycleMs", percentiles(t, "cycle"));
		details.put("perStep", perStep);
		details.put("perTransaction", perTransaction);
		details.put("cpuSeconds", cpuUsed);
		details.put("simplifications", SIMPLIFICATIONS);
		List<Double> all = requests.stream().map(n -> n / 1e6).sorted().toList();
		return new Measurement(requests.size(), options.measureSeconds(), pct(all, 50), pct(all, 95), pct(all, 99),
				EventCycle.dataset(context), details);
	}

	/**
	 * The closed loop for {@code seconds}: user {@code u} works in team
	 * {@code u mod teams} for resident {@code u mod residents}, handing three cycles in
	 * four to the grid, as in EventCycleSimulation; a cycle started before the end is
	 * finished (as Gatling's loop does). Any failure fails the run.
	 */
	private static SqlSession.Timings loop(List<Connection> connections, List<Team> teams, List<Account> residents,
			List<List<String>> reports, AuditAppender audit, int seconds) throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		AtomicBoolean failed = new AtomicBoolean();
		ExecutorService pool = Executors.newFixedThreadPool(connections.size());
		try {
			List<Future<SqlSession.Timings>> users = new ArrayList<>();
			for (int u = 0; u < connections.size(); u++) {
				int user = u;
				users.add(pool.submit(() -> {
					SqlSession session = new SqlSession(connections.get(user));
					CycleSql cycle = new CycleSql(session, audit);
					Team team = teams.get(user % teams.size());
					Account resident = residents.get(user % residents.size());
					try {
						for (int n = 0; System.nanoTime() < end && !failed.get(); n++) {
							cycle.cycle(team, resident, reports.get((user * 7 + n) % reports.size()), n % 4 != 3);
						}
					}
					catch (Exception ex) {
						failed.set(true);
						throw ex;
					}
					return session.times;
				}));
			}
			SqlSession.Timings all = new SqlSession.Timings();
			for (Future<SqlSession.Timings> user : users) {
				try {
					all.addAll(user.get());
				}
				catch (ExecutionException ex) {
					throw ex.getCause() instanceof Exception cause ? cause : ex;
				}
			}
			return all;
		}
		finally {
			pool.shutdown();
		}
	}

	/** The teams of the demo's first street (as event-cycle's), with ids and scopes. */
	private static List<Team> teams(Connection c, List<Long> tokens) throws Exception {
		List<Team> teams = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement("""
				select g.id, g.path::text, m.id, m.path::text,
				       (select a.id from identity_account a where a.region_id = g.id and a.role = 'GRID_WORKER'
				           and a.enabled order by a.id limit 1),
				       (select a.id from identity_account a where a.region_id = m.id and a.role = 'COMMUNITY_WORKER'
				           and a.enabled order by a.id limit 1),
				       (select a.id from identity_account a where a.region_id = m.id and a.role = 'COMMUNITY_WORKER'
				           and a.enabled order by a.id offset 1 limit 1)
				  from region_node g join region_node m on m.id = g.parent_id join region_node s on s.id = m.parent_id
				 where g.level = 'GRID' and g.retired_at is null and s.code = '340705001'
				 order by g.id"""); ResultSet rs = s.executeQuery()) {
			while (rs.next()) {
				if (rs.getObject(5) != null && rs.getObject(7) != null) {
					teams.add(new Team(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
							account(c, "id = " + rs.getLong(5), tokens), account(c, "id = " + rs.getLong(6), tokens),
							account(c, "id = " + rs.getLong(7), tokens)));
				}
			}
		}
		if (teams.isEmpty()) {
			throw new IllegalStateException("no demo street 340705001 with grid and community workers");
		}
		return teams;
	}

	/** The demo residents who report in event-cycle, 13905620002–5. */
	private static List<Account> residents(Connection c, List<Long> tokens) throws Exception {
		List<Account> residents = new ArrayList<>();
		for (String user : List.of("13905620002", "13905620003", "13905620004", "13905620005")) {
			residents.add(account(c, "username = '" + user + "'", tokens));
		}
		return residents;
	}

	/**
	 * The account, with the hash of its newest valid API token; one is made for the run
	 * (its id added to {@code tokens}) when it has none.
	 */
	private static Account account(Connection c, String where, List<Long> tokens) throws Exception {
		long id;
		String username;
		String role;
		String path;
		try (PreparedStatement s = c.prepareStatement(
				"select id, username, role, region_path::text from identity_account where enabled and " + where);
				ResultSet rs = s.executeQuery()) {
			if (!rs.next()) {
				throw new IllegalStateException("no enabled account with " + where);
			}
			id = rs.getLong(1);
			username = rs.getString(2);
			role = rs.getString(3);
			path = rs.getString(4);
		}
		try (PreparedStatement s = c.prepareStatement("""
				select token_hash from identity_api_token
				 where account_id = ? and revoked_at is null
				   and (expires_at is null or expires_at > now() + interval '1 hour')
				 order by id desc limit 1""")) {
			s.setLong(1, id);
			try (ResultSet rs = s.executeQuery()) {
				if (rs.next()) {
					return new Account(id, username, role, path, rs.getString(1));
				}
			}
		}
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret));
		try (PreparedStatement s = c.prepareStatement("""
				insert into identity_api_token (account_id, name, token_hash, token_prefix, expires_at)
				values (?, 'bench event-cycle-sql', ?, 'lk_bench', now() + interval '1 day') returning id""")) {
			s.setLong(1, id);
			s.setString(2, hash);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				tokens.add(rs.getLong(1));
			}
		}
		return new Account(id, username, role, path, hash);
	}

	private static String setting(Connection c, String name) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("select current_setting(?)")) {
			s.setString(1, name);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return rs.getString(1);
			}
		}
	}

	private static Map<String, Object> percentiles(SqlSession.Timings t, String name) {
		List<Double> ms = t.nanos.getOrDefault(name, List.of()).stream().map(n -> n / 1e6).sorted().toList();
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("count", ms.size());
		p.put("p50Ms", pct(ms, 50));
		p.put("p95Ms", pct(ms, 95));
		p.put("p99Ms", pct(ms, 99));
		return p;
	}

	/** Nearest rank, to 0.1 ms; null when nothing was measured. */
	private static Double pct(List<Double> sorted, int p) {
		if (sorted.isEmpty()) {
			return null;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return Math.round(sorted.get(Math.max(rank, 1) - 1) * 10) / 10.0;
	}

	private static double ms(long nanos) {
		return Math.round(nanos / 1e5) / 10.0;
	}

	private static long benchCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

}

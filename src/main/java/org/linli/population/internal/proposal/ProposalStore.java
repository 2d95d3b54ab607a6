package org.linli.population.internal.proposal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linli.shared.Jurisdiction;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL of {@code population_proposal}: staff reach a proposal only through its record's
 * path inside their scope, residents only through their own account.
 */
@Component
class ProposalStore {

	private static final String SELECT = """
			select p.id, p.resident_id, r.name as resident_name, p.record_version, p.status, p.reason, p.reviewer,
			       p.created_at, p.decided_at, p.version
			  from population_proposal p join population_resident r on r.id = p.resident_id
			""";

	/** Pending first (oldest first, as a queue), then the latest decisions. */
	private static final String QUEUE_ORDER = """
			 order by (p.status = 'PENDING') desc,
			       case when p.status = 'PENDING' then p.created_at end asc,
			       coalesce(p.decided_at, p.created_at) desc, p.id desc
			""";

	private final JdbcClient jdbc;

	ProposalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The new proposal's id, or empty when the resident already has a pending one or the
	 * request id was used (by a concurrent retry).
	 */
	Optional<Long> open(long residentId, long accountId, String requestId, int recordVersion, Instant now) {
		return jdbc.sql("""
				insert into population_proposal (resident_id, account_id, request_id, record_version, created_at)
				values (:resident, :account, :request, :recordVersion, :now)
				on conflict do nothing returning id""")
			.param("resident", residentId)
			.param("account", accountId)
			.param("request", requestId)
			.param("recordVersion", recordVersion)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.optional();
	}

	void addChange(long proposalId, String field, String before, String proposed, byte[] cipher) {
		jdbc.sql("""
				insert into population_proposal_change (proposal_id, field, before_value, proposed_value,
				       proposed_cipher)
				values (:proposal, :field, :before, :proposed, :cipher)""")
			.param("proposal", proposalId)
			.param("field", field)
			.param("before", before)
			.param("proposed", proposed)
			.param("cipher", cipher)
			.update();
	}

	Optional<Long> byRequest(long accountId, String requestId) {
		return jdbc.sql("select id from population_proposal where account_id = :account and request_id = :request")
			.param("account", accountId)
			.param("request", requestId)
			.query(Long.class)
			.optional();
	}

	boolean hasPending(long residentId) {
		return jdbc
			.sql("select exists (select 1 from population_proposal where resident_id = :r and status = 'PENDING')")
			.param("r", residentId)
			.query(Boolean.class)
			.single();
	}

	Optional<Proposal> own(long accountId, long id) {
		return withChanges(jdbc.sql(SELECT + " where p.id = :id and p.account_id = :account")
			.param("id", id)
			.param("account", accountId)
			.query(ProposalStore::map)
			.list()).stream().findFirst();
	}

	PageResult<Proposal> own(long accountId, Paging paging) {
		long total = jdbc.sql("select count(*) from population_proposal where account_id = :account")
			.param("account", accountId)
			.query(Long.class)
			.single();
		List<Proposal> items = jdbc
			.sql(SELECT + " where p.account_id = :account order by p.id desc limit :limit offset :offset")
			.param("account", accountId)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(ProposalStore::map)
			.list();
		return new PageResult<>(withChanges(items), paging.page(), paging.size(), total);
	}

	Optional<Proposal> inScope(Jurisdiction jurisdiction, long id) {
		return withChanges(jdbc.sql(SELECT + " where p.id = :id and r.path <@ cast(:scope as ltree)")
			.param("id", id)
			.param("scope", jurisdiction.scopePath())
			.query(ProposalStore::map)
			.list()).stream().findFirst();
	}

	/** Proposals on records inside the scope, optionally of one status. */
	PageResult<Proposal> queue(Jurisdiction jurisdiction, ProposalStatus status, Paging paging) {
		String where = " where r.path <@ cast(:scope as ltree) and (cast(:status as varchar) is null or p.status = :status)";
		long total = jdbc
			.sql("select count(*) from population_proposal p join population_resident r on r.id = p.resident_id"
					+ where)
			.param("scope", jurisdiction.scopePath())
			.param("status", status == null ? null : status.name())
			.query(Long.class)
			.single();
		List<Proposal> items = jdbc.sql(SELECT + where + QUEUE_ORDER + " limit :limit offset :offset")
			.param("scope", jurisdiction.scopePath())
			.param("status", status == null ? null : status.name())
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(ProposalStore::map)
			.list();
		return new PageResult<>(withChanges(items), paging.page(), paging.size(), total);
	}

	/** The sealed proposed value of a sensitive field. */
	byte[] cipher(long proposalId, String field) {
		return jdbc.sql("select proposed_cipher from population_proposal_change where proposal_id = :p and field = :f")
			.param("p", proposalId)
			.param("f", field)
			.query((rs, row) -> rs.getBytes(1))
			.single();
	}

	/**
	 * Moves a pending proposal at {@code version} to {@code to}; false when someone else
	 * decided or withdrew it first.
	 */
	boolean decide(long id, int version, ProposalStatus to, String reason, Jurisdiction by, Instant now) {
		return jdbc.sql("""
				update population_proposal set status = :to, reason = :reason, reviewer_id = :by, reviewer = :username,
				       decided_at = :now, version = version + 1
				 where id = :id and version = :version and status = 'PENDING'""")
			.param("to", to.name())
			.param("reason", reason)
			.param("by", to == ProposalStatus.WITHDRAWN ? null : by.accountId())
			.param("username", to == ProposalStatus.WITHDRAWN ? null : by.username())
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/** Whether the account is bound to an active resident record. */
	boolean isBound(long accountId) {
		return jdbc.sql("""
				select exists (select 1 from population_resident where account_id = :account and retired_at is null)""")
			.param("account", accountId)
			.query(Boolean.class)
			.single();
	}

	/** The blind index of the record's phone, to tell whether a proposed phone is new. */
	String phoneIndex(long residentId) {
		return jdbc.sql("select phone_index from population_resident where id = :id")
			.param("id", residentId)
			.query((rs, row) -> rs.getString(1))
			.single();
	}

	private List<Proposal> withChanges(List<Proposal> proposals) {
		if (proposals.isEmpty()) {
			return proposals;
		}
		Map<Long, List<ProposedChange>> byProposal = new HashMap<>();
		jdbc.sql("""
				select proposal_id, field, before_value, proposed_value from population_proposal_change
				 where proposal_id in (:ids)""")
			.param("ids", proposals.stream().map(Proposal::id).toList())
			.query(rs -> {
				// A field taken off the whitelist later is no longer shown or applied.
				var field = ProposableField.byKey(rs.getString("field"));
				if (field.isPresent()) {
					byProposal.computeIfAbsent(rs.getLong("proposal_id"), k -> new ArrayList<>())
						.add(new ProposedChange(field.get(), rs.getString("before_value"),
								rs.getString("proposed_value")));
				}
			});
		List<Proposal> result = new ArrayList<>();
		for (Proposal p : proposals) {
			List<ProposedChange> changes = new ArrayList<>(byProposal.getOrDefault(p.id(), List.of()));
			changes.sort((a, b) -> a.field().compareTo(b.field()));
			result.add(p.withChanges(List.copyOf(changes)));
		}
		return result;
	}

	private static Proposal map(ResultSet rs, int row) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Proposal(rs.getLong("id"), rs.getLong("resident_id"), rs.getString("resident_name"),
				rs.getInt("record_version"), ProposalStatus.valueOf(rs.getString("status")), rs.getString("reason"),
				rs.getString("reviewer"), rs.getTimestamp("created_at").toInstant(),
				decided == null ? null : decided.toInstant(), rs.getInt("version"), List.of());
	}

}

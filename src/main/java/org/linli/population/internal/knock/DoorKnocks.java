package org.linli.population.internal.knock;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linli.population.internal.ResidentChanges;
import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.NotFoundException;
import org.linli.shared.RegionPath;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 入户核实 — records a visit to a house in the caller's scope. Confirmed residents are
 * stamped verified (who, when) with a history row each; residents reported as moved out
 * are only noted. The knock counts for the open campaign running over the house, if any.
 * The same request id from the same account answers the first record instead of writing a
 * second.
 */
@Service
@Transactional
public class DoorKnocks {

	/**
	 * The answer to a visit.
	 *
	 * @param knock the record
	 * @param created false when an earlier submit with the same request id made it
	 */
	public record Recorded(Knock knock, boolean created) {
	}

	private static final DateTimeFormatter HISTORY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final JdbcClient jdbc;

	private final KnockRecords records;

	private final Campaigns campaigns;

	private final ResidentChanges changes;

	private final Clock clock;

	DoorKnocks(JdbcClient jdbc, KnockRecords records, Campaigns campaigns, ResidentChanges changes, Clock clock) {
		this.jdbc = jdbc;
		this.records = records;
		this.campaigns = campaigns;
		this.changes = changes;
		this.clock = clock;
	}

	public Recorded knock(Jurisdiction by, long houseId, Visit visit) {
		RegionPath path = records.housePath(by, houseId);
		if (visit.requestId() != null) {
			Optional<Knock> earlier = records.byRequest(by, visit.requestId());
			if (earlier.isPresent()) {
				return answer(earlier.get(), houseId);
			}
		}
		Map<Long, ResidentDecision> decisions = decisions(by, houseId, visit);
		Instant now = clock.instant();
		Long campaign = campaigns.covering(path).map(Campaign::id).orElse(null);
		int movedOut = (int) decisions.values().stream().filter(d -> d == ResidentDecision.MOVED_OUT).count();
		Optional<Long> id = jdbc.sql("""
				insert into population_knock (house_id, path, campaign_id, outcome, confirmed, moved_out, note,
				       account_id, knocked_by, knocked_at, request_id)
				values (:house, cast(:path as ltree), :campaign, :outcome, :confirmed, :movedOut, :note, :account, :by,
				       :now, :request)
				on conflict (account_id, request_id) where request_id is not null do nothing
				returning id""")
			.param("house", houseId)
			.param("path", path.value())
			.param("campaign", campaign)
			.param("outcome", visit.outcome().name())
			.param("confirmed", decisions.size() - movedOut)
			.param("movedOut", movedOut)
			.param("note", visit.note())
			.param("account", by.accountId())
			.param("by", by.username())
			.param("now", Timestamp.from(now))
			.param("request", visit.requestId())
			.query(Long.class)
			.optional();
		if (id.isEmpty()) {
			// A twin submit committed first while this one waited on the unique index.
			return answer(
					records.byRequest(by, visit.requestId()).orElseThrow(() -> new NotFoundException("knock", "")),
					houseId);
		}
		decisions.forEach((resident, decision) -> jdbc
			.sql("insert into population_knock_resident (knock_id, resident_id, decision) values (:k, :r, :d)")
			.param("k", id.get())
			.param("r", resident)
			.param("d", decision.name())
			.update());
		stampVerified(by, houseId, decisions, now);
		return new Recorded(records.view(id.get()), true);
	}

	/**
	 * Each listed resident needs a decision when the worker verified the house; the list
	 * they decided on must still be the house's (someone may have moved a resident in or
	 * out since the page was loaded).
	 */
	private Map<Long, ResidentDecision> decisions(Jurisdiction by, long houseId, Visit visit) {
		if (visit.outcome() != KnockOutcome.VERIFIED) {
			return Map.of();
		}
		List<Long> listed = jdbc.sql("""
				select id from population_resident
				 where house_id = :house and retired_at is null and path <@ cast(:scope as ltree)""")
			.param("house", houseId)
			.param("scope", by.scopePath())
			.query(Long.class)
			.list();
		if (listed.isEmpty()) {
			throw new InvalidInputException("error.population.knock.nobodyListed", "outcome");
		}
		if (!visit.decisions().keySet().equals(new java.util.HashSet<>(listed))) {
			throw ConflictException.onField("residents", "error.population.knock.residentsChanged");
		}
		return new LinkedHashMap<>(visit.decisions());
	}

	private void stampVerified(Jurisdiction by, long houseId, Map<Long, ResidentDecision> decisions, Instant now) {
		List<Long> staying = decisions.entrySet()
			.stream()
			.filter(e -> e.getValue() == ResidentDecision.STAYS)
			.map(Map.Entry::getKey)
			.toList();
		if (staying.isEmpty()) {
			return;
		}
		// Locked and read first so the history shows the value each record had.
		Map<Long, Instant> before = new HashMap<>();
		jdbc.sql("select id, verified_at from population_resident where id in (:ids) order by id for update")
			.param("ids", staying)
			.query((rs, row) -> {
				Timestamp at = rs.getTimestamp("verified_at");
				return Map.entry(rs.getLong("id"), Optional.ofNullable(at).map(Timestamp::toInstant));
			})
			.list()
			.forEach(e -> before.put(e.getKey(), e.getValue().orElse(null)));
		// version stays: a stamp changes none of the fields an editor holds, so an edit
		// begun before the knock must not fail as stale.
		jdbc.sql("""
				update population_resident set verified_at = :now, verified_by = :by
				 where id in (:ids) and house_id = :house and retired_at is null""")
			.param("now", Timestamp.from(now))
			.param("by", by.username())
			.param("ids", staying)
			.param("house", houseId)
			.update();
		for (Long resident : staying) {
			changes.record(resident, by, now, "verifiedAt", show(before.get(resident)), show(now));
		}
	}

	private String show(Instant at) {
		return at == null ? null : HISTORY_TIME.format(at.atZone(clock.getZone()));
	}

	private Recorded answer(Knock earlier, long houseId) {
		if (earlier.houseId() != houseId) {
			throw ConflictException.onField("requestId", "error.population.knock.requestReused");
		}
		return new Recorded(earlier, false);
	}

}

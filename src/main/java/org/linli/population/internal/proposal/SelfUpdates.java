package org.linli.population.internal.proposal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.linli.dictionary.Dictionaries;
import org.linli.population.internal.OwnRecord;
import org.linli.population.internal.Resident;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.NotFoundException;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;
import org.linli.shared.PhoneNumber;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 居民自主更新 — the resident's side: see the own record, propose changes to the whitelisted
 * fields, follow and withdraw the proposals. Staff have no own record (404); a resident
 * whose account is not bound yet is told to bind it first.
 */
@Service
@Transactional
public class SelfUpdates {

	/**
	 * A submitted proposal, and whether this call created it (a retry with the same
	 * request id returns the first one).
	 */
	public record Submitted(Proposal proposal, boolean created) {
	}

	private final OwnRecord ownRecord;

	private final ProposalStore store;

	private final Dictionaries dictionaries;

	private final ResidentProtection protection;

	private final Clock clock;

	SelfUpdates(OwnRecord ownRecord, ProposalStore store, Dictionaries dictionaries, ResidentProtection protection,
			Clock clock) {
		this.ownRecord = ownRecord;
		this.store = store;
		this.dictionaries = dictionaries;
		this.protection = protection;
		this.clock = clock;
	}

	/** The caller's bound record, masked. */
	@Transactional(readOnly = true)
	public Resident record(Jurisdiction me) {
		requireResident(me);
		try {
			return ownRecord.mine(me);
		}
		catch (NotFoundException ex) {
			throw new ConflictException("error.population.proposal.notBound");
		}
	}

	/** Whether the caller is a resident whose account is bound to a record. */
	@Transactional(readOnly = true)
	public boolean bound(Jurisdiction me) {
		requireResident(me);
		// Asked directly: a NotFoundException through OwnRecord's proxy would mark this
		// transaction rollback-only.
		return store.isBound(me.accountId());
	}

	/**
	 * Proposes {@code changes} (field key → value; blank clears an optional field).
	 * Fields equal to the record's value are dropped; nothing left is an error.
	 */
	public Submitted propose(Jurisdiction me, String requestId, Map<String, ?> changes) {
		requireResident(me);
		String request = requestId(requestId);
		if (request != null) {
			var earlier = store.byRequest(me.accountId(), request);
			if (earlier.isPresent()) {
				return new Submitted(own(me, earlier.get()), false);
			}
		}
		Resident resident = record(me);
		Map<ProposableField, String> values = changed(resident, changes == null ? Map.of() : changes);
		if (store.hasPending(resident.id())) {
			throw pending();
		}
		Instant now = clock.instant();
		var opened = store.open(resident.id(), me.accountId(), request, resident.version(), now);
		if (opened.isEmpty()) {
			// A concurrent submit won: the same request (a double click) or another one.
			var same = request == null ? Optional.<Long>empty() : store.byRequest(me.accountId(), request);
			return new Submitted(own(me, same.orElseThrow(SelfUpdates::pending)), false);
		}
		long id = opened.get();
		values.forEach((field, value) -> {
			FieldRule rule = field.rule();
			byte[] cipher = rule.sensitive() ? rule.seal(value, protection).cipher() : null;
			store.addChange(id, field.key(), field.currentOf(resident), rule.shown(value), cipher);
		});
		return new Submitted(own(me, id), true);
	}

	@Transactional(readOnly = true)
	public PageResult<Proposal> mine(Jurisdiction me, Paging paging) {
		requireResident(me);
		return store.own(me.accountId(), paging);
	}

	/** Takes a pending proposal back; withdrawing it again returns it unchanged. */
	public Proposal withdraw(Jurisdiction me, long id, Integer version) {
		requireResident(me);
		Proposal proposal = own(me, id);
		if (proposal.status() == ProposalStatus.WITHDRAWN) {
			return proposal;
		}
		if (version == null) {
			throw new InvalidInputException("error.population.required", "version");
		}
		proposal.requirePending();
		if (!store.decide(id, version, ProposalStatus.WITHDRAWN, null, me, clock.instant())) {
			throw ConflictException.staleVersion("proposal", id);
		}
		return own(me, id);
	}

	private Map<ProposableField, String> changed(Resident resident, Map<String, ?> changes) {
		Map<ProposableField, String> values = new LinkedHashMap<>();
		changes.forEach((key, raw) -> {
			ProposableField field = ProposableField.byKey(key)
				.orElseThrow(() -> new InvalidInputException("error.population.proposal.notProposable", key, key));
			String value = field.rule().normalize(key, raw, dictionaries);
			if (!unchanged(resident, field, value)) {
				values.put(field, value);
			}
		});
		if (values.isEmpty()) {
			throw new InvalidInputException("error.population.proposal.nothing", "changes");
		}
		return values;
	}

	private boolean unchanged(Resident resident, ProposableField field, String value) {
		if (field == ProposableField.PHONE) {
			// Only the masked value is readable here; the blind index tells equal
			// numbers.
			return protection.index(new PhoneNumber(value)).equals(store.phoneIndex(resident.id()));
		}
		if (field.rule().sensitive()) {
			// No readable value to compare with: let the reviewer see it.
			return false;
		}
		return Objects.equals(value, field.currentOf(resident));
	}

	private Proposal own(Jurisdiction me, long id) {
		return store.own(me.accountId(), id).orElseThrow(() -> new NotFoundException("proposal", id));
	}

	private static String requestId(String requestId) {
		String id = requestId == null ? null : requestId.strip();
		if (id == null || id.isEmpty()) {
			return null;
		}
		if (id.length() > 64) {
			throw new InvalidInputException("error.population.proposal.requestId", "requestId");
		}
		return id;
	}

	private static ConflictException pending() {
		return new ConflictException("error.population.proposal.pending");
	}

	private static void requireResident(Jurisdiction me) {
		// Staff have no own record, so no own proposals either: to them these do not
		// exist.
		if (me.scope() != Jurisdiction.Scope.SELF) {
			throw new NotFoundException("resident", "me");
		}
	}

}

package org.linli.population.internal.proposal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.linli.population.internal.Caller;
import org.linli.population.internal.Resident;
import org.linli.population.internal.Residents;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 社区审核 — the reviewer's side: the queue of proposals on records inside the reviewer's
 * jurisdiction, and approving (the proposed fields are laid over the record as it is now
 * and saved through {@link Residents#update}, with the reviewer in the history) or
 * rejecting with a reason. Of two decisions on one proposal the first wins; the other is
 * refused (409).
 */
@Service
@Transactional
public class ProposalReview {

	/**
	 * A proposal and its record as it is now.
	 *
	 * @param proposal the proposal
	 * @param current the record now, masked
	 */
	public record Reviewed(Proposal proposal, Resident current) {

		/** Whether someone changed the record after the resident proposed. */
		public boolean changedSince() {
			return current.version() != proposal.recordVersion();
		}

	}

	private final ProposalStore store;

	private final Residents residents;

	private final ResidentProtection protection;

	private final Clock clock;

	ProposalReview(ProposalStore store, Residents residents, ResidentProtection protection, Clock clock) {
		this.store = store;
		this.residents = residents;
		this.protection = protection;
		this.clock = clock;
	}

	/**
	 * Pending first (oldest first), then decided (latest first); {@code status} filters.
	 */
	@Transactional(readOnly = true)
	public PageResult<Proposal> queue(Caller caller, ProposalStatus status, Paging paging) {
		return store.queue(caller.jurisdiction(), status, paging);
	}

	@Transactional(readOnly = true)
	public Reviewed view(Caller caller, long id) {
		Proposal proposal = find(caller, id);
		return new Reviewed(proposal, residents.view(caller, proposal.residentId()));
	}

	/** Applies the proposed fields to the record; {@code note} is optional. */
	public Reviewed approve(Caller caller, long id, Integer version, String note) {
		Proposal proposal = find(caller, id);
		String why = note == null || note.isBlank() ? null : note.strip();
		if (why != null && why.length() > 200) {
			throw new InvalidInputException("error.population.tooLong", "reason", 200);
		}
		decide(caller, proposal, version, ProposalStatus.APPROVED, why);
		Resident current = residents.view(caller, proposal.residentId());
		Map<String, Object> values = new HashMap<>();
		for (ProposedChange change : proposal.changes()) {
			FieldRule rule = change.field().rule();
			String value = rule.sensitive() ? protection.open(store.cipher(id, change.field().key()))
					: change.proposed();
			values.put(change.field().key(), rule.typed(value));
		}
		residents.update(caller, proposal.residentId(), ProposalDraft.onto(current, values), current.version());
		residents.markSelfUpdated(caller, proposal.residentId());
		return view(caller, id);
	}

	/** Refuses the proposal; the reason (2–200 characters) is shown to the resident. */
	public Reviewed reject(Caller caller, long id, Integer version, String reason) {
		Proposal proposal = find(caller, id);
		String why = reason == null ? "" : reason.strip();
		if (why.length() < 2 || why.length() > 200) {
			throw new InvalidInputException("error.population.proposal.reason", "reason");
		}
		decide(caller, proposal, version, ProposalStatus.REJECTED, why);
		return view(caller, id);
	}

	private void decide(Caller caller, Proposal proposal, Integer version, ProposalStatus to, String reason) {
		if (version == null) {
			throw new InvalidInputException("error.population.required", "version");
		}
		proposal.requirePending();
		if (!store.decide(proposal.id(), version, to, reason, caller.jurisdiction(), clock.instant())) {
			throw ConflictException.staleVersion("proposal", proposal.id());
		}
	}

	private Proposal find(Caller caller, long id) {
		return store.inScope(caller.jurisdiction(), id).orElseThrow(() -> new NotFoundException("proposal", id));
	}

}

package org.linli.population.internal.proposal.api;

import java.time.Instant;
import java.util.List;

import org.linli.population.internal.proposal.Proposal;
import org.linli.population.internal.proposal.ProposalReview;
import org.linli.population.internal.proposal.ProposalStatus;
import org.linli.population.internal.proposal.ProposedChange;

/**
 * What the API answers about proposals: one shape for the resident, one for reviewers.
 */
final class ProposalResponses {

	private ProposalResponses() {
	}

	/**
	 * One proposed field; phones masked.
	 *
	 * @param field field key (phone, registeredAddress, politicalStatus, education,
	 * maritalStatus, livingAlone)
	 * @param before the record's value when proposed
	 * @param proposed the proposed value ({@code null}: clear)
	 * @param current the record's value now (reviewers only)
	 */
	record Change(String field, String before, String proposed, String current) {
	}

	/** A proposal as its resident sees it: status and the reviewer's reason. */
	record Own(long id, ProposalStatus status, List<Change> changes, String reason, Instant createdAt,
			Instant decidedAt, int version) {

		static Own of(Proposal p) {
			return new Own(p.id(), p.status(), p.changes().stream().map(c -> change(c, null)).toList(), p.reason(),
					p.createdAt(), p.decidedAt(), p.version());
		}

	}

	/**
	 * A proposal as a reviewer sees it; {@code changedSince} says the record was changed
	 * after the resident proposed (then compare {@code current}).
	 */
	record Review(long id, long residentId, String residentName, ProposalStatus status, int recordVersion,
			Boolean changedSince, List<Change> changes, String reason, String reviewer, Instant createdAt,
			Instant decidedAt, int version) {

		static Review of(Proposal p) {
			return new Review(p.id(), p.residentId(), p.residentName(), p.status(), p.recordVersion(), null,
					p.changes().stream().map(c -> change(c, null)).toList(), p.reason(), p.reviewer(), p.createdAt(),
					p.decidedAt(), p.version());
		}

		static Review of(ProposalReview.Reviewed r) {
			Proposal p = r.proposal();
			return new Review(p.id(), p.residentId(), p.residentName(), p.status(), p.recordVersion(), r.changedSince(),
					p.changes().stream().map(c -> change(c, c.field().currentOf(r.current()))).toList(), p.reason(),
					p.reviewer(), p.createdAt(), p.decidedAt(), p.version());
		}

	}

	private static Change change(ProposedChange c, String current) {
		return new Change(c.field().key(), c.before(), c.proposed(), current);
	}

}

package org.linli.population.internal.proposal;

import java.time.Instant;
import java.util.List;

import org.linli.shared.ConflictException;

/**
 * 信息更新申请 — a resident's proposed changes to their own record and what came of them.
 *
 * @param id proposal id
 * @param residentId the record
 * @param residentName the record's name
 * @param recordVersion the record's version when proposed
 * @param status where it stands
 * @param reason the reviewer's reason (required on rejection)
 * @param reviewer who decided (username), {@code null} while pending or when withdrawn
 * @param createdAt when proposed
 * @param decidedAt when approved, rejected or withdrawn
 * @param version optimistic-lock version
 * @param changes the proposed fields
 */
public record Proposal(long id, long residentId, String residentName, int recordVersion, ProposalStatus status,
		String reason, String reviewer, Instant createdAt, Instant decidedAt, int version,
		List<ProposedChange> changes) {

	/** Only a pending proposal can be approved, rejected or withdrawn. */
	void requirePending() {
		if (status != ProposalStatus.PENDING) {
			throw new ConflictException("error.population.proposal.decided", id);
		}
	}

	Proposal withChanges(List<ProposedChange> all) {
		return new Proposal(id, residentId, residentName, recordVersion, status, reason, reviewer, createdAt, decidedAt,
				version, all);
	}

}

package org.linli.population.internal.proposal;

/** Where a resident's proposal stands. */
public enum ProposalStatus {

	/** 待审核 — waiting for a reviewer; the resident may still withdraw it. */
	PENDING,
	/** 已通过 — applied to the record. */
	APPROVED,
	/** 已驳回 — refused with a reason; the record is unchanged. */
	REJECTED,
	/** 已撤回 — taken back by the resident before review. */
	WITHDRAWN

}

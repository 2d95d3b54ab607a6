package org.linli.population.internal.proposal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.linli.population.internal.Caller;
import org.linli.population.internal.proposal.ProposalReview;
import org.linli.population.internal.proposal.ProposalStatus;
import org.linli.shared.Jurisdiction;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Review of residents' proposals (社区审核) on records inside the caller's jurisdiction;
 * others answer 404.
 */
@RestController
@RequestMapping("/api/v1/resident-proposals")
@PreAuthorize("hasAuthority('population.review')")
@Tag(name = "Resident self-update review",
		description = "社区审核: approve or reject residents' proposed changes to their records")
class ProposalReviewController {

	/**
	 * {@code version}: the proposal's version; {@code reason}: required to reject (2–200
	 * characters), optional note on approval.
	 */
	record DecisionRequest(Integer version, String reason) {
	}

	private final ProposalReview review;

	ProposalReviewController(ProposalReview review) {
		this.review = review;
	}

	@GetMapping
	@Operation(summary = "Proposals in the jurisdiction, pending first (oldest first), then decided")
	PageResult<ProposalResponses.Review> queue(@RequestParam(required = false) ProposalStatus status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			Jurisdiction jurisdiction, Authentication authentication) {
		return review.queue(Caller.of(jurisdiction, authentication), status, Paging.of(page, size))
			.map(ProposalResponses.Review::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One proposal: each field before → proposed, and the record's current value")
	ProposalResponses.Review proposal(@PathVariable long id, Jurisdiction jurisdiction, Authentication authentication) {
		return ProposalResponses.Review.of(review.view(Caller.of(jurisdiction, authentication), id));
	}

	@PostMapping("/{id}/approve")
	@Operation(summary = "Approve: apply the proposed fields to the record as it is now",
			description = "History rows name the reviewer; the record's data source becomes SELF_UPDATE. 409 when "
					+ "the proposal was decided or withdrawn meanwhile, or the version is stale.")
	ProposalResponses.Review approve(@PathVariable long id, @RequestBody DecisionRequest request,
			Jurisdiction jurisdiction, Authentication authentication) {
		return ProposalResponses.Review
			.of(review.approve(Caller.of(jurisdiction, authentication), id, request.version(), request.reason()));
	}

	@PostMapping("/{id}/reject")
	@Operation(summary = "Reject with a reason the resident sees (2–200 characters); the record is unchanged")
	ProposalResponses.Review reject(@PathVariable long id, @RequestBody DecisionRequest request,
			Jurisdiction jurisdiction, Authentication authentication) {
		return ProposalResponses.Review
			.of(review.reject(Caller.of(jurisdiction, authentication), id, request.version(), request.reason()));
	}

}

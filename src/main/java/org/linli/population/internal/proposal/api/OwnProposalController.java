package org.linli.population.internal.proposal.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.linli.population.internal.proposal.SelfUpdates;
import org.linli.shared.Jurisdiction;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A resident's proposals to change their own record (居民自主更新). Staff have no own record:
 * 404.
 */
@RestController
@RequestMapping("/api/v1/me/resident-record/proposals")
@Tag(name = "Resident self-update", description = "居民自主更新: a resident proposes changes to their own record")
class OwnProposalController {

	/**
	 * {@code changes}: field → value for phone, registeredAddress, politicalStatus,
	 * education, maritalStatus, livingAlone (empty clears an optional field; unchanged
	 * fields are ignored). {@code requestId}: optional, up to 64 characters; a retry with
	 * the same id returns the first proposal.
	 */
	record ProposalRequest(String requestId, Map<String, Object> changes) {
	}

	record VersionRequest(Integer version) {
	}

	private final SelfUpdates selfUpdates;

	OwnProposalController(SelfUpdates selfUpdates) {
		this.selfUpdates = selfUpdates;
	}

	@PostMapping
	@Operation(summary = "Propose changes to the own record",
			description = "201 when created, 200 for a retry with the same requestId; 409 while another proposal "
					+ "is pending (withdraw it first) or when the account is not bound to a record yet.")
	ResponseEntity<ProposalResponses.Own> propose(@RequestBody ProposalRequest request, Jurisdiction me) {
		var submitted = selfUpdates.propose(me, request.requestId(), request.changes());
		return ResponseEntity.status(submitted.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(ProposalResponses.Own.of(submitted.proposal()));
	}

	@GetMapping
	@Operation(summary = "The own proposals, latest first, with status and the reviewer's reason")
	PageResult<ProposalResponses.Own> mine(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Jurisdiction me) {
		return selfUpdates.mine(me, Paging.of(page, size)).map(ProposalResponses.Own::of);
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "Withdraw a pending proposal",
			description = "Needs the proposal's version; withdrawing it again returns it unchanged.")
	ProposalResponses.Own withdraw(@PathVariable long id, @RequestBody VersionRequest request, Jurisdiction me) {
		return ProposalResponses.Own.of(selfUpdates.withdraw(me, id, request.version()));
	}

}

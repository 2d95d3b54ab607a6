package org.linli.population.internal.api;

import org.linli.population.internal.Caller;
import org.linli.population.internal.Household;
import org.linli.population.internal.HouseholdSummary;
import org.linli.population.internal.Households;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;
import org.linli.shared.Jurisdiction;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Households (户) with head and members, in the caller's subtree. */
@RestController
@RequestMapping("/api/v1/households")
class HouseholdController {

	record HouseholdResponse(long id, String path, Long houseId, long headResidentId, String registrationNumber,
			java.util.List<Household.Member> members, int version) {

		static HouseholdResponse of(Household h) {
			return new HouseholdResponse(h.id(), h.path().value(), h.houseId(), h.headResidentId(),
					h.registrationNumber(), h.members(), h.version());
		}

	}

	record CreateHousehold(Long headResidentId, Long houseId, String registrationNumber) {
	}

	/**
	 * {@code relation}: SPOUSE, CHILD, PARENT, GRANDPARENT, GRANDCHILD, SIBLING or OTHER.
	 */
	record AddMember(Long residentId, String relation) {
	}

	private final Households households;

	HouseholdController(Households households) {
		this.households = households;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('population.read')")
	PageResult<HouseholdSummary> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long under, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Jurisdiction jurisdiction, Authentication authentication) {
		return households.list(Caller.of(jurisdiction, authentication), q, under, Paging.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('population.read')")
	HouseholdResponse household(@PathVariable long id, Jurisdiction jurisdiction, Authentication authentication) {
		return HouseholdResponse.of(households.view(Caller.of(jurisdiction, authentication), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('population.write')")
	HouseholdResponse create(@RequestBody CreateHousehold r, Jurisdiction jurisdiction, Authentication authentication) {
		return HouseholdResponse.of(households.create(Caller.of(jurisdiction, authentication), r.headResidentId(),
				r.houseId(), r.registrationNumber()));
	}

	@PostMapping("/{id}/members")
	@PreAuthorize("hasAuthority('population.write')")
	HouseholdResponse addMember(@PathVariable long id, @RequestBody AddMember r, Jurisdiction jurisdiction,
			Authentication authentication) {
		return HouseholdResponse
			.of(households.addMember(Caller.of(jurisdiction, authentication), id, r.residentId(), r.relation()));
	}

	@DeleteMapping("/{id}/members/{residentId}")
	@PreAuthorize("hasAuthority('population.write')")
	HouseholdResponse removeMember(@PathVariable long id, @PathVariable long residentId, Jurisdiction jurisdiction,
			Authentication authentication) {
		return HouseholdResponse.of(households.removeMember(Caller.of(jurisdiction, authentication), id, residentId));
	}

}

package org.linli.region.internal.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.linli.region.internal.Compound;
import org.linli.region.internal.Compounds;
import org.linli.shared.Jurisdiction;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Compounds (小区) of communities in the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1/compounds")
class CompoundController {

	record CompoundResponse(long id, long communityId, String name, String address, boolean retired, int version) {

		static CompoundResponse of(Compound c) {
			return new CompoundResponse(c.id(), c.communityId(), c.name(), c.address(), c.retired(), c.version());
		}

	}

	record CreateCompound(@NotNull Long communityId, String name, String address) {
	}

	record UpdateCompound(String name, String address, @NotNull Integer version) {
	}

	private final Compounds compounds;

	CompoundController(Compounds compounds) {
		this.compounds = compounds;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('region.read')")
	PageResult<CompoundResponse> list(@RequestParam long communityId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Jurisdiction jurisdiction) {
		return compounds.ofCommunity(jurisdiction, communityId, Paging.of(page, size)).map(CompoundResponse::of);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('region.read')")
	CompoundResponse compound(@PathVariable long id, Jurisdiction jurisdiction) {
		return CompoundResponse.of(compounds.view(jurisdiction, id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('region.write')")
	CompoundResponse create(@Valid @RequestBody CreateCompound request, Jurisdiction jurisdiction) {
		return CompoundResponse
			.of(compounds.create(jurisdiction, request.communityId(), request.name(), request.address()));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('region.write')")
	CompoundResponse update(@PathVariable long id, @Valid @RequestBody UpdateCompound request,
			Jurisdiction jurisdiction) {
		return CompoundResponse
			.of(compounds.edit(jurisdiction, id, request.name(), request.address(), request.version()));
	}

	@PostMapping("/{id}/retire")
	@PreAuthorize("hasAuthority('region.write')")
	CompoundResponse retire(@PathVariable long id, @Valid @RequestBody NodeRequests.Retire request,
			Jurisdiction jurisdiction) {
		return CompoundResponse.of(compounds.retire(jurisdiction, id, request.version()));
	}

}

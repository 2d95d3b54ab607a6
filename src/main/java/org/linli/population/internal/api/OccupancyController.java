package org.linli.population.internal.api;

import java.time.LocalDate;
import java.util.List;

import org.linli.population.internal.Caller;
import org.linli.population.internal.Occupancies;
import org.linli.population.internal.Occupancy;
import org.linli.shared.Jurisdiction;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Who owns, rents or lives in which house (人房关系), in the caller's subtree. */
@RestController
@RequestMapping("/api/v1/occupancies")
class OccupancyController {

	record OccupancyResponse(long id, long houseId, long residentId, String residentName, String path, String kind,
			LocalDate from, LocalDate to, LocalDate registrationExpires, int version) {

		static OccupancyResponse of(Occupancy o) {
			return new OccupancyResponse(o.id(), o.houseId(), o.residentId(), o.residentName(), o.path().value(),
					o.kind(), o.from(), o.to(), o.registrationExpires(), o.version());
		}

	}

	/** {@code kind}: OWNER, TENANT or RESIDENT. */
	record CreateOccupancy(Long houseId, Long residentId, String kind, LocalDate from, LocalDate to,
			LocalDate registrationExpires) {
	}

	record EndOccupancy(LocalDate to, Integer version) {
	}

	private final Occupancies occupancies;

	OccupancyController(Occupancies occupancies) {
		this.occupancies = occupancies;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('population.read')")
	List<OccupancyResponse> list(@RequestParam(required = false) Long houseId,
			@RequestParam(required = false) Long residentId, Jurisdiction jurisdiction, Authentication authentication) {
		return occupancies.of(Caller.of(jurisdiction, authentication), houseId, residentId)
			.stream()
			.map(OccupancyResponse::of)
			.toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('population.write')")
	OccupancyResponse create(@RequestBody CreateOccupancy r, Jurisdiction jurisdiction, Authentication authentication) {
		return OccupancyResponse.of(occupancies.create(Caller.of(jurisdiction, authentication), r.houseId(),
				r.residentId(), r.kind(), r.from(), r.to(), r.registrationExpires()));
	}

	@PostMapping("/{id}/end")
	@PreAuthorize("hasAuthority('population.write')")
	OccupancyResponse end(@PathVariable long id, @RequestBody EndOccupancy r, Jurisdiction jurisdiction,
			Authentication authentication) {
		return OccupancyResponse.of(occupancies.end(Caller.of(jurisdiction, authentication), id, r.to(), r.version()));
	}

}

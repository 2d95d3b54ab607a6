package org.linli.region.internal.api;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.linli.region.internal.House;
import org.linli.region.internal.HouseDetails;
import org.linli.region.internal.Houses;
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

/** Houses (房屋) in the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1/houses")
class HouseController {

	record HouseResponse(long id, long buildingId, String buildingNumber, Long unitId, String unitNumber,
			String roomNumber, Integer floor, BigDecimal area, String use, String path, boolean retired, int version) {

		static HouseResponse of(House h) {
			return new HouseResponse(h.id(), h.buildingId(), h.buildingNumber(), h.unitId(), h.unitNumber(),
					h.roomNumber(), h.floor(), h.area(), h.use(), h.path().value(), h.retired(), h.version());
		}

	}

	record CreateHouse(@NotNull Long buildingId, Long unitId, String roomNumber, Integer floor, BigDecimal area,
			String use) {
	}

	record UpdateHouse(Long unitId, String roomNumber, Integer floor, BigDecimal area, String use,
			@NotNull Integer version) {
	}

	private final Houses houses;

	HouseController(Houses houses) {
		this.houses = houses;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('region.read')")
	PageResult<HouseResponse> list(@RequestParam long buildingId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Jurisdiction jurisdiction) {
		return houses.ofBuilding(jurisdiction, buildingId, Paging.of(page, size)).map(HouseResponse::of);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('region.read')")
	HouseResponse house(@PathVariable long id, Jurisdiction jurisdiction) {
		return HouseResponse.of(houses.view(jurisdiction, id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('region.write')")
	HouseResponse create(@Valid @RequestBody CreateHouse r, Jurisdiction jurisdiction) {
		var details = new HouseDetails(r.unitId(), r.roomNumber(), r.floor(), r.area(), r.use());
		return HouseResponse.of(houses.create(jurisdiction, r.buildingId(), details));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('region.write')")
	HouseResponse update(@PathVariable long id, @Valid @RequestBody UpdateHouse r, Jurisdiction jurisdiction) {
		var details = new HouseDetails(r.unitId(), r.roomNumber(), r.floor(), r.area(), r.use());
		return HouseResponse.of(houses.edit(jurisdiction, id, details, r.version()));
	}

	@PostMapping("/{id}/retire")
	@PreAuthorize("hasAuthority('region.write')")
	HouseResponse retire(@PathVariable long id, @Valid @RequestBody NodeRequests.Retire r, Jurisdiction jurisdiction) {
		return HouseResponse.of(houses.retire(jurisdiction, id, r.version()));
	}

}

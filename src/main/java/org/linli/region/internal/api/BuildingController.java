package org.linli.region.internal.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.linli.region.internal.Building;
import org.linli.region.internal.BuildingDetails;
import org.linli.region.internal.Buildings;
import org.linli.region.internal.Unit;
import org.linli.region.internal.Units;
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

/** Buildings (楼栋) and their units (单元) in the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1/buildings")
class BuildingController {

	record BuildingResponse(long id, long gridId, String gridName, Long compoundId, String compoundName, String number,
			String name, String type, Integer floors, BigDecimal latitude, BigDecimal longitude, boolean retired,
			int version) {

		static BuildingResponse of(Building b) {
			return new BuildingResponse(b.id(), b.gridId(), b.gridName(), b.compoundId(), b.compoundName(), b.number(),
					b.name(), b.type(), b.floors(), b.latitude(), b.longitude(), b.retired(), b.version());
		}

	}

	record CreateBuilding(@NotNull Long gridId, Long compoundId, String number, String name, String type,
			Integer floors, BigDecimal latitude, BigDecimal longitude) {
	}

	record UpdateBuilding(Long compoundId, String number, String name, String type, Integer floors, BigDecimal latitude,
			BigDecimal longitude, @NotNull Integer version) {
	}

	record MoveBuilding(@NotNull Long gridId, @NotNull Integer version) {
	}

	record CreateUnit(String number) {
	}

	record UnitResponse(long id, long buildingId, String number) {
	}

	private final Buildings buildings;

	private final Units units;

	BuildingController(Buildings buildings, Units units) {
		this.buildings = buildings;
		this.units = units;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('region.read')")
	PageResult<BuildingResponse> list(@RequestParam(required = false) Long gridId,
			@RequestParam(required = false) Long compoundId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Jurisdiction jurisdiction) {
		return buildings.list(jurisdiction, gridId, compoundId, Paging.of(page, size)).map(BuildingResponse::of);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('region.read')")
	BuildingResponse building(@PathVariable long id, Jurisdiction jurisdiction) {
		return BuildingResponse.of(buildings.view(jurisdiction, id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('region.write')")
	BuildingResponse create(@Valid @RequestBody CreateBuilding r, Jurisdiction jurisdiction) {
		var details = new BuildingDetails(r.compoundId(), r.number(), r.name(), r.type(), r.floors(), r.latitude(),
				r.longitude());
		return BuildingResponse.of(buildings.create(jurisdiction, r.gridId(), details));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('region.write')")
	BuildingResponse update(@PathVariable long id, @Valid @RequestBody UpdateBuilding r, Jurisdiction jurisdiction) {
		var details = new BuildingDetails(r.compoundId(), r.number(), r.name(), r.type(), r.floors(), r.latitude(),
				r.longitude());
		return BuildingResponse.of(buildings.edit(jurisdiction, id, details, r.version()));
	}

	@PostMapping("/{id}/move")
	@PreAuthorize("hasAuthority('region.write')")
	BuildingResponse move(@PathVariable long id, @Valid @RequestBody MoveBuilding r, Jurisdiction jurisdiction) {
		return BuildingResponse.of(buildings.move(jurisdiction, id, r.gridId(), r.version()));
	}

	@PostMapping("/{id}/retire")
	@PreAuthorize("hasAuthority('region.write')")
	BuildingResponse retire(@PathVariable long id, @Valid @RequestBody NodeRequests.Retire r,
			Jurisdiction jurisdiction) {
		return BuildingResponse.of(buildings.retire(jurisdiction, id, r.version()));
	}

	@GetMapping("/{id}/units")
	@PreAuthorize("hasAuthority('region.read')")
	List<UnitResponse> units(@PathVariable long id, Jurisdiction jurisdiction) {
		return units.ofBuilding(jurisdiction, id).stream().map(BuildingController::unit).toList();
	}

	@PostMapping("/{id}/units")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('region.write')")
	UnitResponse createUnit(@PathVariable long id, @Valid @RequestBody CreateUnit r, Jurisdiction jurisdiction) {
		return unit(units.create(jurisdiction, id, r.number()));
	}

	private static UnitResponse unit(Unit u) {
		return new UnitResponse(u.id(), u.buildingId(), u.number());
	}

}

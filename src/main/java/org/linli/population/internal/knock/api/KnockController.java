package org.linli.population.internal.knock.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.population.internal.knock.BuildingSummary;
import org.linli.population.internal.knock.Campaigns;
import org.linli.population.internal.knock.DoorKnocks;
import org.linli.population.internal.knock.GridChoice;
import org.linli.population.internal.knock.GridHouses;
import org.linli.population.internal.knock.HouseToKnock;
import org.linli.population.internal.knock.Knock;
import org.linli.population.internal.knock.KnockRecords;
import org.linli.population.internal.knock.ResidentDecision;
import org.linli.population.internal.knock.Visit;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 敲门行动 for the grid worker's app: the grids in scope, a grid's buildings, its houses a
 * page at a time with residents (masked) and last visit, and recording a visit. A retried
 * visit with the same {@code requestId} answers the first record with 200 instead of 201.
 */
@RestController
@RequestMapping("/api/v1/knock")
class KnockController {

	record GridRef(long id, String code, String name, String communityName) {

		static GridRef of(GridChoice g) {
			return new GridRef(g.id(), g.code(), g.name(), g.communityName());
		}

	}

	record GridResponse(GridRef grid, CampaignRef campaign, List<BuildingSummary> buildings) {
	}

	record CampaignRef(long id, String name, String regionName) {
	}

	/** One resident's answer: {@code movedOut} false (default) confirms them. */
	record Answer(Long residentId, Boolean movedOut) {
	}

	/**
	 * {@code outcome}: VERIFIED (list every resident of the house), VACANT or
	 * NOBODY_HOME.
	 */
	record KnockRequest(String requestId, String outcome, List<Answer> residents, String note) {

		Visit visit() {
			Map<Long, ResidentDecision> decisions = new LinkedHashMap<>();
			for (Answer a : residents == null ? List.<Answer>of() : residents) {
				if (a == null || a.residentId() == null) {
					throw new InvalidInputException("error.population.required", "residentId");
				}
				decisions.put(a.residentId(),
						Boolean.TRUE.equals(a.movedOut()) ? ResidentDecision.MOVED_OUT : ResidentDecision.STAYS);
			}
			return Visit.of(requestId, outcome, decisions, note);
		}

	}

	record HouseResponse(long id, long gridId, long buildingId, String label, String building, String unit,
			String roomNumber, Integer floor, boolean due, List<HouseToKnock.Occupant> residents,
			HouseToKnock.LastKnock lastKnock) {

		static HouseResponse of(HouseToKnock h) {
			return new HouseResponse(h.id(), h.gridId(), h.buildingId(), h.label(), h.building(), h.unit(),
					h.roomNumber(), h.floor(), h.due(), h.residents(), h.lastKnock());
		}

	}

	record KnockResponse(long id, long houseId, Long campaignId, String campaignName, String outcome, int confirmed,
			int movedOut, String note, String knockedBy, Instant knockedAt, List<Knock.Line> residents) {

		static KnockResponse of(Knock k) {
			return new KnockResponse(k.id(), k.houseId(), k.campaignId(), k.campaignName(), k.outcome().name(),
					k.confirmed(), k.movedOut(), k.note(), k.knockedBy(), k.knockedAt(), k.residents());
		}

	}

	private final GridHouses houses;

	private final DoorKnocks knocks;

	private final KnockRecords records;

	private final Campaigns campaigns;

	KnockController(GridHouses houses, DoorKnocks knocks, KnockRecords records, Campaigns campaigns) {
		this.houses = houses;
		this.knocks = knocks;
		this.records = records;
		this.campaigns = campaigns;
	}

	@GetMapping("/grids")
	@PreAuthorize("hasAuthority('population.read')")
	PageResult<GridRef> grids(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Jurisdiction jurisdiction) {
		return houses.grids(jurisdiction, q, Paging.of(page, size)).map(GridRef::of);
	}

	@GetMapping("/grids/{gridId}")
	@PreAuthorize("hasAuthority('population.read')")
	GridResponse grid(@PathVariable long gridId, Jurisdiction jurisdiction) {
		GridChoice grid = houses.grid(jurisdiction, gridId);
		CampaignRef campaign = campaigns.covering(grid.path())
			.map(c -> new CampaignRef(c.id(), c.name(), c.regionName()))
			.orElse(null);
		return new GridResponse(GridRef.of(grid), campaign, houses.buildings(jurisdiction, gridId));
	}

	@GetMapping("/grids/{gridId}/houses")
	@PreAuthorize("hasAuthority('population.read')")
	PageResult<HouseResponse> houses(@PathVariable long gridId, @RequestParam(required = false) Long buildingId,
			@RequestParam(defaultValue = "false") boolean due, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Jurisdiction jurisdiction) {
		return houses.houses(jurisdiction, gridId, buildingId, due, Paging.of(page, size)).map(HouseResponse::of);
	}

	@GetMapping("/houses/{houseId}")
	@PreAuthorize("hasAuthority('population.read')")
	HouseResponse house(@PathVariable long houseId, Jurisdiction jurisdiction) {
		return HouseResponse.of(houses.house(jurisdiction, houseId));
	}

	@PostMapping("/houses/{houseId}/knocks")
	@PreAuthorize("hasAuthority('population.write')")
	ResponseEntity<KnockResponse> knock(@PathVariable long houseId, @RequestBody KnockRequest r,
			Jurisdiction jurisdiction) {
		DoorKnocks.Recorded recorded = knocks.knock(jurisdiction, houseId, r.visit());
		return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(KnockResponse.of(recorded.knock()));
	}

	@GetMapping("/houses/{houseId}/knocks")
	@PreAuthorize("hasAuthority('population.read')")
	PageResult<KnockResponse> records(@PathVariable long houseId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Jurisdiction jurisdiction) {
		return records.records(jurisdiction, houseId, Paging.of(page, size)).map(KnockResponse::of);
	}

}

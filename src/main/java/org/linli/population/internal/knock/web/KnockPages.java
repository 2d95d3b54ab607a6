package org.linli.population.internal.knock.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.linli.population.internal.knock.BuildingSummary;
import org.linli.population.internal.knock.Campaigns;
import org.linli.population.internal.knock.DoorKnocks;
import org.linli.population.internal.knock.GridChoice;
import org.linli.population.internal.knock.GridHouses;
import org.linli.population.internal.knock.HouseToKnock;
import org.linli.population.internal.knock.KnockRecords;
import org.linli.population.internal.knock.ResidentDecision;
import org.linli.population.internal.knock.Visit;
import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.linli.shared.web.PageMessages;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The grid worker's mobile round (敲门行动): choose a grid, walk it building by building,
 * open a house, confirm who lives there. The house form carries a request id made when it
 * is shown, so a double-tapped submit records one visit.
 */
@Controller
class KnockPages {

	/** Houses per page: one screenful of a building on a phone. */
	static final int PAGE = 30;

	private final GridHouses houses;

	private final DoorKnocks knocks;

	private final KnockRecords records;

	private final Campaigns campaigns;

	private final PageMessages messages;

	private final Clock clock;

	KnockPages(GridHouses houses, DoorKnocks knocks, KnockRecords records, Campaigns campaigns, PageMessages messages,
			Clock clock) {
		this.houses = houses;
		this.knocks = knocks;
		this.records = records;
		this.campaigns = campaigns;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/population/knock")
	@PreAuthorize("hasAuthority('population.read')")
	String round(@RequestParam(required = false) Long gridId, @RequestParam(required = false) Long buildingId,
			@RequestParam(defaultValue = "false") boolean due, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, Jurisdiction jurisdiction, Model model) {
		if (gridId == null) {
			PageResult<GridChoice> grids = houses.grids(jurisdiction, q, Paging.of(page, 50));
			if (grids.total() != 1 || (q != null && !q.isBlank())) {
				model.addAttribute("grids", grids);
				model.addAttribute("q", q);
				return "population/knock-grids";
			}
			// One grid, the usual case for a grid worker: straight to it.
			gridId = grids.items().get(0).id();
		}
		GridChoice grid = houses.grid(jurisdiction, gridId);
		List<BuildingSummary> buildings = houses.buildings(jurisdiction, gridId);
		Long building = buildingId != null ? buildingId : buildings.isEmpty() ? null : buildings.get(0).id();
		model.addAttribute("grid", grid);
		model.addAttribute("campaign", campaigns.covering(grid.path()).orElse(null));
		model.addAttribute("buildings", buildings);
		model.addAttribute("buildingId", building);
		model.addAttribute("due", due);
		if (building != null) {
			model.addAttribute("result", houses.houses(jurisdiction, gridId, building, due, Paging.of(page, PAGE)));
		}
		model.addAttribute("zone", clock.getZone());
		return "population/knock";
	}

	@GetMapping("/population/knock/houses/{id:\\d+}")
	@PreAuthorize("hasAuthority('population.read')")
	String house(@PathVariable long id, Jurisdiction jurisdiction, Model model) {
		return houseForm(jurisdiction, id, UUID.randomUUID().toString(), model);
	}

	@PostMapping("/population/knock/houses/{id:\\d+}")
	@PreAuthorize("hasAuthority('population.write')")
	String knock(@PathVariable long id, @RequestParam(required = false) String requestId,
			@RequestParam(required = false) String outcome, @RequestParam(required = false) String note,
			@RequestParam(name = "resident", required = false) List<Long> listed,
			@RequestParam(name = "movedOut", required = false) List<Long> movedOut, Jurisdiction jurisdiction,
			Locale locale, Model model, RedirectAttributes redirect) {
		HouseToKnock house = houses.house(jurisdiction, id);
		try {
			Map<Long, ResidentDecision> decisions = new LinkedHashMap<>();
			for (Long resident : listed == null ? List.<Long>of() : listed) {
				decisions.put(resident, movedOut != null && movedOut.contains(resident) ? ResidentDecision.MOVED_OUT
						: ResidentDecision.STAYS);
			}
			var recorded = knocks.knock(jurisdiction, id, Visit.of(requestId, outcome, decisions, note));
			redirect.addFlashAttribute("recordedHouse", house.label());
			redirect.addFlashAttribute("recordedOutcome", recorded.knock().outcome().name());
			return "redirect:/population/knock?gridId=" + house.gridId() + "&buildingId=" + house.buildingId()
					+ "#house-" + id;
		}
		catch (InvalidInputException | ConflictException ex) {
			messages.show(model, ex, locale);
			model.addAttribute("outcome", outcome);
			model.addAttribute("note", note);
			// A refused visit wrote nothing: a fresh id lets the corrected form go
			// through.
			return houseForm(jurisdiction, id, UUID.randomUUID().toString(), model);
		}
	}

	private String houseForm(Jurisdiction jurisdiction, long id, String requestId, Model model) {
		model.addAttribute("house", houses.house(jurisdiction, id));
		model.addAttribute("records", records.records(jurisdiction, id, Paging.of(0, 20)));
		model.addAttribute("requestId", requestId);
		model.addAttribute("zone", clock.getZone());
		return "population/knock-house";
	}

}

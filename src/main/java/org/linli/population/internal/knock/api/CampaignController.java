package org.linli.population.internal.knock.api;

import java.time.Instant;
import java.time.LocalDate;

import org.linli.population.internal.knock.Campaign;
import org.linli.population.internal.knock.CampaignDraft;
import org.linli.population.internal.knock.Campaigns;
import org.linli.shared.Jurisdiction;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 敲门行动批次 — door-knock campaigns in the caller's subtree: everyone who reads population
 * data sees them; community, street and district staff open and close them.
 */
@RestController
@RequestMapping("/api/v1/knock-campaigns")
class CampaignController {

	record CampaignRequest(Long regionId, String name, LocalDate startsOn, LocalDate endsOn) {
	}

	record VersionRequest(Integer version) {
	}

	record CampaignResponse(long id, long regionId, String regionName, String name, LocalDate startsOn,
			LocalDate endsOn, String status, String createdBy, String closedBy, Instant closedAt, long knocks,
			int version, Instant createdAt) {

		static CampaignResponse of(Campaign c) {
			return new CampaignResponse(c.id(), c.regionId(), c.regionName(), c.name(), c.startsOn(), c.endsOn(),
					c.status().name(), c.createdBy(), c.closedBy(), c.closedAt(), c.knocks(), c.version(),
					c.createdAt());
		}

	}

	private final Campaigns campaigns;

	CampaignController(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('population.read')")
	PageResult<CampaignResponse> list(@RequestParam(required = false) Long under,
			@RequestParam(defaultValue = "false") boolean includeClosed, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Jurisdiction jurisdiction) {
		return campaigns.list(jurisdiction, under, includeClosed, Paging.of(page, size)).map(CampaignResponse::of);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('population.read')")
	CampaignResponse campaign(@PathVariable long id, Jurisdiction jurisdiction) {
		return CampaignResponse.of(campaigns.view(jurisdiction, id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('population.campaign')")
	CampaignResponse open(@RequestBody CampaignRequest r, Jurisdiction jurisdiction) {
		return CampaignResponse
			.of(campaigns.open(jurisdiction, new CampaignDraft(r.regionId(), r.name(), r.startsOn(), r.endsOn())));
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("hasAuthority('population.campaign')")
	CampaignResponse close(@PathVariable long id, @RequestBody VersionRequest r, Jurisdiction jurisdiction) {
		return CampaignResponse.of(campaigns.close(jurisdiction, id, r.version()));
	}

}

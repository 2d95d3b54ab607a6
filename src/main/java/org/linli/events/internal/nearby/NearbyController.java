package org.linli.events.internal.nearby;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.linli.events.internal.Actors;
import org.linli.shared.Jurisdiction;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Before reporting: open events of the same category within 50 m, and "+1" on one of them
 * (201 the first time, 200 for a repeat).
 */
@RestController
class NearbyController {

	private final NearbyEvents nearby;

	private final Supporters supporters;

	NearbyController(NearbyEvents nearby, Supporters supporters) {
		this.nearby = nearby;
		this.supporters = supporters;
	}

	@GetMapping("/api/v1/events/nearby")
	@PreAuthorize("hasAuthority('events.report')")
	List<NearbyEvent> nearby(@RequestParam(required = false) String category,
			@RequestParam(required = false) BigDecimal lat, @RequestParam(required = false) BigDecimal lng,
			Jurisdiction j, Locale locale) {
		return nearby.around(j.accountId(), category, lat, lng, locale);
	}

	@PostMapping("/api/v1/events/{id}/join")
	@PreAuthorize("hasAuthority('events.report')")
	ResponseEntity<Supporters.Joined> join(@PathVariable long id, Jurisdiction j, Authentication auth) {
		Supporters.Joined joined = supporters.join(Actors.of(j, auth), id);
		return ResponseEntity.status(joined.created() ? HttpStatus.CREATED : HttpStatus.OK).body(joined);
	}

}

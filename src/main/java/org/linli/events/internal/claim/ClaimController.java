package org.linli.events.internal.claim;

import java.util.Locale;

import org.linli.events.internal.Actors;
import org.linli.events.internal.EventAction;
import org.linli.events.internal.EventDesk;
import org.linli.events.internal.EventQueries;
import org.linli.events.internal.StepCommand;
import org.linli.shared.Jurisdiction;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The claim pool (接单池) for party members and volunteers: the requests waiting in scope,
 * claiming one (a request somebody else took first answers 409), giving it back with a
 * reason, and reporting it done. The community sends requests to the pool with
 * {@code POST /api/v1/events/{id}/pool}.
 */
@RestController
@RequestMapping("/api/v1/claims")
class ClaimController {

	/** Release: version and reason; handle: version and note. */
	record ClaimStep(Integer version, String note, String reason) {

		StepCommand command() {
			return new StepCommand(note, reason, null, null, null, null, null, null, null, null);
		}

	}

	private final ClaimQueries claims;

	private final EventDesk desk;

	private final EventQueries queries;

	ClaimController(ClaimQueries claims, EventDesk desk, EventQueries queries) {
		this.claims = claims;
		this.desk = desk;
		this.queries = queries;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('events.claim')")
	PageResult<PoolItem> pool(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Jurisdiction j, Authentication auth, Locale locale) {
		return claims.pool(ClaimReach.of(j, auth), Paging.of(page, size), locale);
	}

	/** 接单; repeating one's own claim answers the same. */
	@PostMapping("/{id}/claim")
	@PreAuthorize("hasAuthority('events.claim')")
	EventQueries.StepResult claim(@PathVariable long id, Jurisdiction j, Authentication auth) {
		desk.claim(Actors.of(ClaimReach.of(j, auth), auth), id);
		return queries.result(id);
	}

	/** 放弃接单: back to the pool. */
	@PostMapping("/{id}/release")
	@PreAuthorize("hasAuthority('events.claim')")
	EventQueries.StepResult release(@PathVariable long id, @RequestBody ClaimStep r, Jurisdiction j,
			Authentication auth) {
		desk.take(Actors.of(ClaimReach.of(j, auth), auth), id, r.version(), EventAction.RELEASE, r.command());
		return queries.result(id);
	}

	/** 反馈: the claimer reports the work done; the community verifies it. */
	@PostMapping("/{id}/handle")
	@PreAuthorize("hasAuthority('events.claim')")
	EventQueries.StepResult handle(@PathVariable long id, @RequestBody ClaimStep r, Jurisdiction j,
			Authentication auth) {
		desk.take(Actors.of(ClaimReach.of(j, auth), auth), id, r.version(), EventAction.HANDLE, r.command());
		return queries.result(id);
	}

}

package org.linli.events.internal.api;

import java.util.Locale;

import org.linli.events.internal.Actors;
import org.linli.events.internal.EventDesk;
import org.linli.events.internal.EventDetail;
import org.linli.events.internal.EventQueries;
import org.linli.events.internal.EventView;
import org.linli.shared.Jurisdiction;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own reports: the list, one with its timeline (staff masked), and the
 * reporter's steps — rate (1–5 and a comment) and reopen within seven days of closing.
 * Another account's event is "not found".
 */
@RestController
@RequestMapping("/api/v1/me/events")
class MyEventController {

	private final EventQueries queries;

	private final EventDesk desk;

	MyEventController(EventQueries queries, EventDesk desk) {
		this.queries = queries;
		this.desk = desk;
	}

	@GetMapping
	PageResult<EventView> mine(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Jurisdiction me, Locale locale) {
		return queries.reportedBy(me.accountId(), Paging.of(page, size), locale);
	}

	@GetMapping("/{id}")
	EventDetail one(@PathVariable long id, Jurisdiction me, Locale locale) {
		return queries.reported(me.accountId(), id, locale);
	}

	/** rate: rating (1–5) and note as the comment; reopen: reason. */
	@PostMapping("/{id}/{action:rate|reopen}")
	EventQueries.StepResult step(@PathVariable long id, @PathVariable String action, @RequestBody StepRequest r,
			Jurisdiction me, Authentication auth) {
		return desk.take(Actors.of(me, auth), id, r.version(), StepRequest.action(action), r.command());
	}

}

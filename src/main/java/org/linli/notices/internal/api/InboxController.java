package org.linli.notices.internal.api;

import java.util.Locale;
import java.util.Map;

import org.linli.notices.internal.Inbox;
import org.linli.notices.internal.InboxItem;
import org.linli.shared.Jurisdiction;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's inbox (站内信): unread first, newest first, the unread count in
 * {@code X-Unread-Count}; marking one or all read. Another account's message is "not
 * found".
 */
@RestController
@RequestMapping("/api/v1/me/inbox")
class InboxController {

	private final Inbox inbox;

	InboxController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping
	ResponseEntity<PageResult<InboxItem>> mine(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Jurisdiction me, Locale locale) {
		return ResponseEntity.ok()
			.header("X-Unread-Count", String.valueOf(inbox.unread(me.accountId())))
			.body(inbox.of(me.accountId(), Paging.of(page, size), locale));
	}

	@PostMapping("/{id}/read")
	InboxItem read(@PathVariable long id, Jurisdiction me, Locale locale) {
		return inbox.read(me.accountId(), id, locale);
	}

	@PostMapping("/read-all")
	Map<String, Integer> readAll(Jurisdiction me) {
		return Map.of("marked", inbox.readAll(me.accountId()));
	}

}

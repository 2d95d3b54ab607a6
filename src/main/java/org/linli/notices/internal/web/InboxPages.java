package org.linli.notices.internal.web;

import java.time.Clock;
import java.util.Locale;

import org.linli.notices.internal.Inbox;
import org.linli.notices.internal.InboxItem;
import org.linli.shared.Jurisdiction;
import org.linli.shared.Paging;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inbox page, made for a phone: messages unread first; opening one marks it read and
 * goes where it points.
 */
@Controller
class InboxPages {

	private final Inbox inbox;

	private final Clock clock;

	InboxPages(Inbox inbox, Clock clock) {
		this.inbox = inbox;
		this.clock = clock;
	}

	@GetMapping("/me/inbox")
	String list(@RequestParam(required = false) Integer page, Jurisdiction me, Locale locale, Model model) {
		model.addAttribute("result", inbox.of(me.accountId(), Paging.of(page, 20), locale));
		model.addAttribute("unread", inbox.unread(me.accountId()));
		model.addAttribute("zone", clock.getZone());
		return "notices/inbox";
	}

	@PostMapping("/me/inbox/{id:\\d+}/read")
	String open(@PathVariable long id, Jurisdiction me, Locale locale) {
		InboxItem item = inbox.read(me.accountId(), id, locale);
		// only our own paths: a stored link never sends the reader off the platform
		String link = item.link();
		boolean local = link != null && link.startsWith("/") && !link.startsWith("//");
		return "redirect:" + (local ? link : "/me/inbox");
	}

	@PostMapping("/me/inbox/read-all")
	String readAll(Jurisdiction me) {
		inbox.readAll(me.accountId());
		return "redirect:/me/inbox";
	}

}

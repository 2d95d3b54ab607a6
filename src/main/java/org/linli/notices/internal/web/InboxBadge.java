package org.linli.notices.internal.web;

import org.linli.notices.internal.Inbox;

import org.springframework.stereotype.Component;

/**
 * The navbar's unread count, asked for by the layout ({@code @inboxBadge}) only when a
 * page is rendered, so API calls do not pay for it.
 */
@Component("inboxBadge")
class InboxBadge {

	private final Inbox inbox;

	InboxBadge(Inbox inbox) {
		this.inbox = inbox;
	}

	public long unread(long accountId) {
		return inbox.unread(accountId);
	}

}

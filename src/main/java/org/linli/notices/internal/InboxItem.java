package org.linli.notices.internal;

import java.time.Instant;

/**
 * One inbox message as its reader sees it (read model).
 *
 * @param id message id
 * @param kind what it is about
 * @param text the message in the reader's language
 * @param link the page it points to
 * @param createdAt when it arrived
 * @param readAt when it was read, {@code null} while unread
 */
public record InboxItem(long id, NoticeKind kind, String text, String link, Instant createdAt, Instant readAt) {

	public boolean unread() {
		return readAt == null;
	}

}

package org.linli.notices.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.linli.notices.MessageSender;
import org.linli.notices.OutgoingMessage;
import org.linli.shared.NotFoundException;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 站内信 — each account's inbox: messages are put in once per recipient and occasion (a
 * redelivered module event adds nothing), passed to the active {@link MessageSender}, and
 * read only by their recipient; another account's message is "not found".
 */
@Service
@Transactional
public class Inbox {

	private static final Logger log = LoggerFactory.getLogger(Inbox.class);

	private final JdbcClient jdbc;

	private final MessageSender sender;

	private final MessageSource messages;

	private final Clock clock;

	Inbox(JdbcClient jdbc, List<MessageSender> senders, @Value("${linli.notices.sender:log}") String channel,
			MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.sender = active(senders, channel);
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The sender bean whose channel {@code linli.notices.sender} names; an unknown name
	 * stops the start rather than dropping messages silently.
	 */
	static MessageSender active(List<MessageSender> senders, String channel) {
		return senders.stream()
			.filter(s -> s.channel().equals(channel))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("linli.notices.sender=" + channel + " but the senders are "
					+ senders.stream().map(MessageSender::channel).collect(Collectors.joining(", "))));
	}

	/**
	 * Puts a message in each recipient's inbox unless one for {@code occasion} is there
	 * already; returns how many were new.
	 */
	public int deliver(Collection<Long> recipients, NoticeKind kind, String occasion, String link, Object... args) {
		String[] texts = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
		int delivered = 0;
		for (long account : recipients) {
			var id = jdbc.sql("""
					insert into notices_message (account_id, kind, message_key, args, link, dedup_key, created_at)
					values (:account, :kind, :key, :args, :link, :occasion, :at)
					on conflict (account_id, dedup_key) do nothing
					returning id""")
				.param("account", account)
				.param("kind", kind.name())
				.param("key", kind.messageKey())
				.param("args", texts)
				.param("link", link)
				.param("occasion", occasion)
				.param("at", Timestamp.from(clock.instant()))
				.query(Long.class)
				.optional();
			if (id.isPresent()) {
				delivered++;
				pass(new OutgoingMessage(id.get(), account, kind.name(), kind.messageKey(), List.of(texts), link));
			}
		}
		return delivered;
	}

	private void pass(OutgoingMessage message) {
		try {
			sender.send(message);
		}
		catch (RuntimeException ex) {
			log.warn("Sender {} failed for message {}: {}", sender.channel(), message.id(), ex.getMessage());
		}
	}

	/** The account's messages, unread first, newest first. */
	@Transactional(readOnly = true)
	public PageResult<InboxItem> of(long account, Paging paging, Locale locale) {
		long total = jdbc.sql("select count(*) from notices_message where account_id = :me")
			.param("me", account)
			.query(Long.class)
			.single();
		List<InboxItem> items = jdbc.sql("""
				select id, kind, message_key, args, link, created_at, read_at from notices_message
				 where account_id = :me
				 order by (read_at is not null), created_at desc, id desc
				 limit :limit offset :offset""")
			.param("me", account)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, n) -> item(rs, locale))
			.list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	/** How many of the account's messages are unread (the navbar badge). */
	@Transactional(readOnly = true)
	public long unread(long account) {
		return jdbc.sql("select count(*) from notices_message where account_id = :me and read_at is null")
			.param("me", account)
			.query(Long.class)
			.single();
	}

	/**
	 * Marks one of the account's messages read (again is harmless: the first time stays).
	 */
	public InboxItem read(long account, long id, Locale locale) {
		jdbc.sql("""
				update notices_message set read_at = :at
				 where id = :id and account_id = :me and read_at is null""")
			.param("at", Timestamp.from(clock.instant()))
			.param("id", id)
			.param("me", account)
			.update();
		return jdbc.sql("""
				select id, kind, message_key, args, link, created_at, read_at from notices_message
				 where id = :id and account_id = :me""")
			.param("id", id)
			.param("me", account)
			.query((rs, n) -> item(rs, locale))
			.optional()
			.orElseThrow(() -> new NotFoundException("message", id));
	}

	/** Marks all the account's unread messages read; returns how many. */
	public int readAll(long account) {
		return jdbc.sql("update notices_message set read_at = :at where account_id = :me and read_at is null")
			.param("at", Timestamp.from(clock.instant()))
			.param("me", account)
			.update();
	}

	private InboxItem item(ResultSet rs, Locale locale) throws SQLException {
		Array args = rs.getArray("args");
		Object[] values = args == null ? new Object[0] : (Object[]) args.getArray();
		String text = messages.getMessage(rs.getString("message_key"), values, rs.getString("message_key"), locale);
		return new InboxItem(rs.getLong("id"), NoticeKind.valueOf(rs.getString("kind")), text, rs.getString("link"),
				instant(rs, "created_at"), instant(rs, "read_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}

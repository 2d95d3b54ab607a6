package org.linli.notices;

/**
 * A channel that carries inbox messages beyond the platform (短信, 微信 …). The inbox keeps
 * every message anyway; a sender only passes it on. Exactly one sender is active: the
 * bean whose {@link #channel()} equals {@code linli.notices.sender} ({@code log} by
 * default, which only logs). To add SMS or WeChat, declare a bean implementing this
 * interface with its own channel name (e.g. {@code sms}) and set
 * {@code linli.notices.sender=sms}; it looks up the account's phone or WeChat binding
 * itself and must not throw for an account it cannot reach.
 */
public interface MessageSender {

	/** The name {@code linli.notices.sender} selects this sender by. */
	String channel();

	/**
	 * Passes one message on. Called once the message is stored; a sender that throws is
	 * logged and the message stays in the inbox.
	 */
	void send(OutgoingMessage message);

}

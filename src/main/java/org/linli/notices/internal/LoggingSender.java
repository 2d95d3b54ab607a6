package org.linli.notices.internal;

import org.linli.notices.MessageSender;
import org.linli.notices.OutgoingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The default channel ({@code linli.notices.sender=log}): only logs, so a platform
 * without an SMS or WeChat contract still has the in-app inbox.
 */
@Component
class LoggingSender implements MessageSender {

	private static final Logger log = LoggerFactory.getLogger(LoggingSender.class);

	@Override
	public String channel() {
		return "log";
	}

	@Override
	public void send(OutgoingMessage message) {
		log.info("Message {} to account {}: {} {} → {}", message.id(), message.accountId(), message.messageKey(),
				message.args(), message.link());
	}

}

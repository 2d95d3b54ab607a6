package org.linli.events.internal.open311;

import org.springframework.http.HttpStatus;

/**
 * A refusal in GeoReport's own terms: an HTTP status and a message key for the
 * description.
 */
class Open311Error extends RuntimeException {

	private static final long serialVersionUID = 1L;

	final HttpStatus status;

	final String messageKey;

	final transient Object[] arguments;

	Open311Error(HttpStatus status, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

}

package org.linli.shared;

/**
 * Someone else changed the object since the caller read it, or the change clashes with
 * the current state (HTTP 409). Nothing was written.
 */
public class ConflictException extends DomainException {

	public ConflictException(String messageKey, Object... arguments) {
		super(messageKey, null, arguments);
	}

	public static ConflictException staleVersion(String what, Object id) {
		return new ConflictException("error.staleVersion", what, id);
	}

}

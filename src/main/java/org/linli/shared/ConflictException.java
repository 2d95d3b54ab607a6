package org.linli.shared;

/**
 * Someone else changed the object since the caller read it, or the change clashes with
 * the current state (HTTP 409). Nothing was written.
 */
public class ConflictException extends DomainException {

	public ConflictException(String messageKey, Object... arguments) {
		super(messageKey, null, arguments);
	}

	private ConflictException(String field, String messageKey, Object[] arguments, Void onField) {
		super(messageKey, field, arguments);
	}

	/**
	 * A clash caused by one field's value (a duplicate ID number): the answer names the
	 * field.
	 */
	public static ConflictException onField(String field, String messageKey, Object... arguments) {
		return new ConflictException(field, messageKey, arguments, null);
	}

	public static ConflictException staleVersion(String what, Object id) {
		return new ConflictException("error.staleVersion", what, id);
	}

}

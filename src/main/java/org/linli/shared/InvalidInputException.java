package org.linli.shared;

/**
 * Input that breaks a rule (HTTP 400): a malformed code, a duplicate room number, a weak
 * password.
 */
public class InvalidInputException extends DomainException {

	public InvalidInputException(String messageKey, String field, Object... arguments) {
		super(messageKey, field, arguments);
	}

}

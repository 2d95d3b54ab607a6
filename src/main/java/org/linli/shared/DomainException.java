package org.linli.shared;

/**
 * A refusal the user can act on. It carries a message key (resolved in the caller's
 * language), its arguments, and the field at fault when there is one; the web layer
 * renders it as {@code application/problem+json} or as a form error.
 */
public abstract class DomainException extends RuntimeException {

	private final String messageKey;

	private final String field;

	private final transient Object[] arguments;

	protected DomainException(String messageKey, String field, Object... arguments) {
		super(messageKey + (field != null ? " [" + field + "]" : ""));
		this.messageKey = messageKey;
		this.field = field;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public String field() {
		return field;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}

package org.linli.shared;

/**
 * The object does not exist or lies outside the caller's jurisdiction (HTTP 404): the two
 * are deliberately indistinguishable.
 */
public class NotFoundException extends DomainException {

	public NotFoundException(String what, Object id) {
		super("error.notFound", null, what, id);
	}

}

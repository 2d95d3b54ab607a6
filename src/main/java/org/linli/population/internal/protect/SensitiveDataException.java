package org.linli.population.internal.protect;

/**
 * A stored sensitive value cannot be decrypted: wrong key, unknown version or tampered
 * bytes. Never carries the value itself.
 */
public class SensitiveDataException extends RuntimeException {

	SensitiveDataException(String message) {
		super(message);
	}

	SensitiveDataException(String message, Throwable cause) {
		super(message, cause);
	}

}

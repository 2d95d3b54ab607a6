package org.linli.shared;

/**
 * Masks sensitive values by default (PIPL's minimum necessary): keep a head and a tail,
 * star the rest.
 */
public final class Masking {

	private Masking() {
	}

	public static String keep(String value, int head, int tail) {
		if (value == null) {
			return null;
		}
		if (value.length() <= head + tail) {
			return "*".repeat(value.length());
		}
		return value.substring(0, head) + "*".repeat(value.length() - head - tail)
				+ value.substring(value.length() - tail);
	}

	/** Names keep their first character: 张** . */
	public static String name(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		return value.charAt(0) + "*".repeat(Math.max(1, value.codePointCount(0, value.length()) - 1));
	}

}

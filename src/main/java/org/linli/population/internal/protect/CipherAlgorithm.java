package org.linli.population.internal.protect;

import java.util.Arrays;

/**
 * Authenticated ciphers for sensitive fields. The id is the first byte of every stored
 * value, so records written under one algorithm stay readable after the configuration
 * switches to the other.
 */
public enum CipherAlgorithm {

	/** AES with a 256-bit key in GCM mode (JDK). */
	AES_256_GCM(1, "AES-256-GCM"),

	/** SM4 (GB/T 32907, 国密) in GCM mode (Bouncy Castle); its 128-bit key is derived. */
	SM4_GCM(2, "SM4-GCM");

	private final byte id;

	private final String label;

	CipherAlgorithm(int id, String label) {
		this.id = (byte) id;
		this.label = label;
	}

	public byte id() {
		return id;
	}

	/** Accepts "AES-256-GCM", "aes_256_gcm", "SM4-GCM", "sm4". */
	public static CipherAlgorithm parse(String text) {
		String t = text == null ? "" : text.trim().toUpperCase().replace('_', '-');
		return Arrays.stream(values())
			.filter(a -> a.label.equals(t) || a.label.startsWith(t + "-") && !t.isEmpty())
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"linli.crypto.algorithm must be AES-256-GCM or SM4-GCM, not '" + text + "'"));
	}

	static CipherAlgorithm ofId(byte id) {
		for (CipherAlgorithm a : values()) {
			if (a.id == id) {
				return a;
			}
		}
		throw new SensitiveDataException("unknown cipher version " + id);
	}

}

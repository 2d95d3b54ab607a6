package org.linli.population.internal.protect;

import java.util.HexFormat;

/**
 * 盲索引 — a keyed HMAC-SHA256 of a normalised value, so an exact ID number or phone can be
 * looked up without storing it in clear or encrypting deterministically. The field name
 * is mixed in, so the same digits as ID and as phone never share an index.
 */
public final class BlindIndex {

	private final byte[] key;

	// A keyed Mac per thread: getInstance + init cost more than the hash of a short
	// value.
	private final ThreadLocal<javax.crypto.Mac> macs;

	/**
	 * @param indexKey 32 bytes, distinct from the data key
	 */
	public BlindIndex(byte[] indexKey) {
		if (indexKey == null || indexKey.length != 32) {
			throw new IllegalArgumentException("the index key must be 32 bytes (256 bits)");
		}
		this.key = indexKey.clone();
		this.macs = ThreadLocal.withInitial(() -> FieldCipher.mac(key));
	}

	/**
	 * @param field e.g. {@code idCardNumber}
	 * @param normalised the value as the domain type prints it (IdCardNumber,
	 * PhoneNumber)
	 * @return 64 lower-case hex digits
	 */
	public String of(String field, String normalised) {
		byte[] text = (field + ":" + normalised.trim().toUpperCase()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		return HexFormat.of().formatHex(macs.get().doFinal(text));
	}

}

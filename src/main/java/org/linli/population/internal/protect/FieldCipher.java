package org.linli.population.internal.protect;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Encrypts one field value at a time: {@code version byte ‖ 96-bit random nonce ‖
 * ciphertext ‖ 128-bit GCM tag}. A fresh nonce per value means equal values give
 * different bytes; the tag makes any changed byte fail decryption instead of yielding a
 * wrong value.
 */
public final class FieldCipher {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	// Not registered globally: only SM4 needs it, and the JDK's AES stays the default.
	private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

	private final CipherAlgorithm algorithm;

	private final SecretKeySpec aesKey;

	private final SecretKeySpec sm4Key;

	private final SecureRandom random = new SecureRandom();

	// One Cipher per thread for encrypting (a provider lookup per value is costly in
	// bulk);
	// each use is initialised afresh with a new nonce, so no state carries over.
	private final ThreadLocal<Cipher> encrypting;

	/**
	 * @param dataKey 32 bytes
	 * @param algorithm used for new values; both are accepted when decrypting
	 */
	public FieldCipher(byte[] dataKey, CipherAlgorithm algorithm) {
		if (dataKey == null || dataKey.length != 32) {
			throw new IllegalArgumentException("the data key must be 32 bytes (256 bits)");
		}
		this.algorithm = algorithm;
		this.aesKey = new SecretKeySpec(dataKey, "AES");
		// SM4 takes 128 bits: derived, so one configured key serves both algorithms.
		this.sm4Key = new SecretKeySpec(Arrays.copyOf(hmac(dataKey, "linli-sm4-data-key"), 16), "SM4");
		this.encrypting = ThreadLocal.withInitial(() -> {
			try {
				return cipher(algorithm);
			}
			catch (GeneralSecurityException ex) {
				throw new SensitiveDataException("cipher unavailable", ex);
			}
		});
	}

	/**
	 * A one-way fingerprint of the data key, to tell whether two nodes hold the same key.
	 */
	public String keyFingerprint() {
		return java.util.HexFormat.of().formatHex(hmac(aesKey.getEncoded(), "linli-data-key-fingerprint"));
	}

	public CipherAlgorithm algorithm() {
		return algorithm;
	}

	public byte[] encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		try {
			Cipher cipher = encrypting.get();
			cipher.init(Cipher.ENCRYPT_MODE, key(algorithm), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(new byte[] { algorithm.id() });
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
				.put(algorithm.id())
				.put(nonce)
				.put(sealed)
				.array();
		}
		catch (GeneralSecurityException ex) {
			throw new SensitiveDataException("encryption failed", ex);
		}
	}

	public String decrypt(byte[] stored) {
		if (stored == null) {
			return null;
		}
		if (stored.length < 1 + NONCE_BYTES + TAG_BITS / 8) {
			throw new SensitiveDataException("stored value too short");
		}
		CipherAlgorithm used = CipherAlgorithm.ofId(stored[0]);
		try {
			Cipher cipher = cipher(used);
			cipher.init(Cipher.DECRYPT_MODE, key(used),
					new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(stored, 1, 1 + NONCE_BYTES)));
			cipher.updateAAD(new byte[] { stored[0] });
			byte[] plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new SensitiveDataException("stored value failed authentication (tampered or wrong key)", ex);
		}
	}

	private static Cipher cipher(CipherAlgorithm algorithm) throws GeneralSecurityException {
		return switch (algorithm) {
			case AES_256_GCM -> Cipher.getInstance("AES/GCM/NoPadding");
			case SM4_GCM -> Cipher.getInstance("SM4/GCM/NoPadding", BOUNCY_CASTLE);
		};
	}

	private SecretKeySpec key(CipherAlgorithm algorithm) {
		return algorithm == CipherAlgorithm.SM4_GCM ? sm4Key : aesKey;
	}

	static byte[] hmac(byte[] key, String text) {
		return mac(key).doFinal(text.getBytes(StandardCharsets.UTF_8));
	}

	static Mac mac(byte[] key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

}

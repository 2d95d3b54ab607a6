package org.linli.population.internal.protect;

import org.linli.population.internal.PersonalDocument;
import org.linli.shared.IdCardNumber;
import org.linli.shared.PhoneNumber;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals ID numbers and phones for storage (ciphertext, blind index, masked form) and
 * opens them again for a permitted, audited reveal.
 */
@Component
public class ResidentProtection {

	/** A sensitive value as stored. */
	public record Sealed(byte[] cipher, String index, String masked) {
	}

	public static final String ID_NUMBER = "idCardNumber";

	public static final String PHONE = "phone";

	private final FieldCipher cipher;

	private final BlindIndex index;

	ResidentProtection(CryptoProperties properties, @Value("${linli.db.url:}") String externalDb) {
		boolean production = externalDb != null && !externalDb.isBlank();
		this.cipher = new FieldCipher(KeyMaterial.resolve("LINLI_DATA_KEY", properties.dataKey(),
				properties.keyDir().resolve("data.key"), production), CipherAlgorithm.parse(properties.algorithm()));
		this.index = new BlindIndex(KeyMaterial.resolve("LINLI_INDEX_KEY", properties.indexKey(),
				properties.keyDir().resolve("index.key"), production));
	}

	public Sealed seal(IdCardNumber number) {
		return new Sealed(cipher.encrypt(number.value()), index(number), number.masked());
	}

	public Sealed seal(PersonalDocument document) {
		return new Sealed(cipher.encrypt(document.number()), index(document), document.masked());
	}

	public String index(PersonalDocument document) {
		return index.of(ID_NUMBER, document.indexInput());
	}

	public Sealed seal(PhoneNumber phone) {
		return new Sealed(cipher.encrypt(phone.value()), index(phone), phone.masked());
	}

	/** The ciphertext alone, when the index is already known (bulk import). */
	public byte[] encrypt(IdCardNumber number) {
		return cipher.encrypt(number.value());
	}

	public byte[] encrypt(PersonalDocument document) {
		return cipher.encrypt(document.number());
	}

	public byte[] encrypt(PhoneNumber phone) {
		return cipher.encrypt(phone.value());
	}

	public String index(IdCardNumber number) {
		return index.of(ID_NUMBER, number.value());
	}

	public String index(PhoneNumber phone) {
		return index.of(PHONE, phone.value());
	}

	/** Fingerprints of the data key and the index key (never the keys themselves). */
	public String[] keyFingerprints() {
		return new String[] { cipher.keyFingerprint(), index.of("key-fingerprint", "LINLI") };
	}

	public String open(byte[] stored) {
		return cipher.decrypt(stored);
	}

}

package org.linli.population.internal.protect;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.linli.shared.IdCardNumber;
import org.linli.shared.PhoneNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldProtectionTests {

	static final String ID = "34070519900512301" + IdCardNumber.checkDigit("34070519900512301");

	/** A number whose check digit is X, to show that a lower-case x finds it. */
	static String endingInX() {
		for (int seq = 0; seq < 1000; seq++) {
			String first17 = "34070519900512" + "%03d".formatted(seq);
			if (IdCardNumber.checkDigit(first17) == 'X') {
				return first17 + 'X';
			}
		}
		throw new IllegalStateException();
	}

	static byte[] key() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

	@ParameterizedTest
	@EnumSource(CipherAlgorithm.class)
	void decryptsWhatItEncrypted(CipherAlgorithm algorithm) {
		FieldCipher cipher = new FieldCipher(key(), algorithm);
		byte[] stored = cipher.encrypt(ID);
		assertThat(stored[0]).isEqualTo(algorithm.id());
		assertThat(stored).hasSize(1 + 12 + ID.length() + 16);
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("19900512");
		assertThat(cipher.decrypt(stored)).isEqualTo(ID);
	}

	@ParameterizedTest
	@EnumSource(CipherAlgorithm.class)
	void encryptsTheSameValueDifferentlyEachTime(CipherAlgorithm algorithm) {
		FieldCipher cipher = new FieldCipher(key(), algorithm);
		assertThat(cipher.encrypt(ID)).isNotEqualTo(cipher.encrypt(ID));
	}

	@ParameterizedTest
	@EnumSource(CipherAlgorithm.class)
	void rejectsATamperedValue(CipherAlgorithm algorithm) {
		FieldCipher cipher = new FieldCipher(key(), algorithm);
		byte[] stored = cipher.encrypt(ID);
		for (int position : new int[] { 0, 5, 20, stored.length - 1 }) {
			byte[] tampered = stored.clone();
			tampered[position] ^= 0x01;
			assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(SensitiveDataException.class)
				.hasMessageNotContaining(ID);
		}
	}

	@Test
	void rejectsAValueEncryptedUnderAnotherKey() {
		byte[] stored = new FieldCipher(key(), CipherAlgorithm.AES_256_GCM).encrypt(ID);
		assertThatThrownBy(() -> new FieldCipher(key(), CipherAlgorithm.AES_256_GCM).decrypt(stored))
			.isInstanceOf(SensitiveDataException.class);
	}

	@Test
	void readsValuesOfTheOtherAlgorithmAfterTheConfigurationSwitches() {
		byte[] key = key();
		byte[] underAes = new FieldCipher(key, CipherAlgorithm.AES_256_GCM).encrypt(ID);
		byte[] underSm4 = new FieldCipher(key, CipherAlgorithm.SM4_GCM).encrypt(ID);
		assertThat(new FieldCipher(key, CipherAlgorithm.SM4_GCM).decrypt(underAes)).isEqualTo(ID);
		assertThat(new FieldCipher(key, CipherAlgorithm.AES_256_GCM).decrypt(underSm4)).isEqualTo(ID);
	}

	@Test
	void parsesTheConfiguredAlgorithm() {
		assertThat(CipherAlgorithm.parse("AES-256-GCM")).isEqualTo(CipherAlgorithm.AES_256_GCM);
		assertThat(CipherAlgorithm.parse("sm4-gcm")).isEqualTo(CipherAlgorithm.SM4_GCM);
		assertThat(CipherAlgorithm.parse("SM4")).isEqualTo(CipherAlgorithm.SM4_GCM);
		assertThatThrownBy(() -> CipherAlgorithm.parse("DES")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void blindIndexIsEqualForEqualNormalisedValuesAndKeyed() {
		byte[] key = key();
		BlindIndex index = new BlindIndex(key);
		String x = endingInX();
		String lower = index.of("idCardNumber", IdCardNumber.parse(" " + x.toLowerCase() + " ").value());
		String upper = index.of("idCardNumber", IdCardNumber.parse(x).value());
		assertThat(lower).isEqualTo(upper).hasSize(64).matches("[0-9a-f]{64}");
		// An old 15-digit number finds the record of its 18-digit form.
		assertThat(index.of("idCardNumber", IdCardNumber.parse("340705900512301").value()))
			.isEqualTo(index.of("idCardNumber", ID));
		assertThat(index.of("phone", PhoneNumber.parse("+86 139-0562-0001").value()))
			.isEqualTo(index.of("phone", PhoneNumber.parse("13905620001").value()));
		assertThat(index.of("idCardNumber", ID)).isNotEqualTo(index.of("phone", ID));
		assertThat(new BlindIndex(key()).of("idCardNumber", ID)).isNotEqualTo(upper);
	}

	@Test
	void generatesAMissingKeyOnceWithOwnerOnlyPermissions() throws Exception {
		Path dir = Path.of("target", "test-keys", "k" + ThreadLocalRandom.current().nextLong(1_000_000_000L));
		Path file = dir.resolve("data.key");
		byte[] first = KeyMaterial.resolve("LINLI_DATA_KEY", "", file, false);
		byte[] again = KeyMaterial.resolve("LINLI_DATA_KEY", null, file, false);
		assertThat(first).hasSize(32).isEqualTo(again);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		byte[] configured = key();
		assertThat(KeyMaterial.resolve("LINLI_DATA_KEY", Base64.getEncoder().encodeToString(configured), file, true))
			.isEqualTo(configured);
		assertThatThrownBy(() -> KeyMaterial.resolve("LINLI_DATA_KEY", "c2hvcnQ=", file, true))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("32 bytes");
	}

}

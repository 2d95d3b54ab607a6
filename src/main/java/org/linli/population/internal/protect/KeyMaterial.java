package org.linli.population.internal.protect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the data and index keys: configured (base64) or, when absent, generated once into
 * the key folder with owner-only permissions so an embedded or demo installation works
 * out of the box. Production must configure them: generated keys live next to the data
 * they protect.
 */
final class KeyMaterial {

	private static final Logger log = LoggerFactory.getLogger(KeyMaterial.class);

	private KeyMaterial() {
	}

	/**
	 * @param configured base64 from configuration, may be empty
	 * @param file the file to read or create when nothing is configured
	 * @param production an external database is configured (a generated key is logged as
	 * an error)
	 */
	static byte[] resolve(String name, String configured, Path file, boolean production) {
		if (configured != null && !configured.isBlank()) {
			return decode(name, configured.trim());
		}
		try {
			if (Files.exists(file)) {
				return decode(name, Files.readString(file, StandardCharsets.US_ASCII).trim());
			}
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			write(file, Base64.getEncoder().encodeToString(key));
			String message = "Generated {} into {}: set it in the environment (base64, 32 bytes) and keep a copy;"
					+ " losing it makes the encrypted ID numbers and phones unreadable";
			if (production) {
				log.error("PRODUCTION MUST SET THE KEY. " + message, name, file.toAbsolutePath());
			}
			else {
				log.warn(message, name, file.toAbsolutePath());
			}
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or create " + file, ex);
		}
	}

	private static void write(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		else {
			Files.createFile(file);
		}
		Files.writeString(file, content + "\n", StandardCharsets.US_ASCII);
	}

	private static byte[] decode(String name, String base64) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(name + " is not valid base64");
		}
		if (key.length != 32) {
			throw new IllegalStateException(name + " must be 32 bytes (base64 of 256 bits), not " + key.length);
		}
		return key;
	}

}

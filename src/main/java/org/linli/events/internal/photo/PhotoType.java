package org.linli.events.internal.photo;

import java.util.Arrays;
import java.util.Optional;

/** The image formats accepted, recognised by their first bytes, never by a file name. */
enum PhotoType {

	JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), WEBP("image/webp", "webp");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	final String contentType;

	final String extension;

	PhotoType(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	static Optional<PhotoType> of(byte[] b) {
		if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
			return Optional.of(JPEG);
		}
		if (b.length > 8 && Arrays.equals(b, 0, 8, PNG_SIGNATURE, 0, 8)) {
			return Optional.of(PNG);
		}
		if (b.length > 16 && ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	static boolean ascii(byte[] b, int at, String text) {
		for (int i = 0; i < text.length(); i++) {
			if (at + i >= b.length || b[at + i] != text.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}

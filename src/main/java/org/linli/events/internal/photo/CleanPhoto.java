package org.linli.events.internal.photo;

import java.math.BigDecimal;

/**
 * A checked photo ready to store: the copy without metadata, and the GPS point the
 * original carried (kept only as a place suggestion for its report, never stored with the
 * photo).
 *
 * @param type its format
 * @param bytes the clean copy
 * @param width width in pixels
 * @param height height in pixels
 * @param latitude WGS-84 latitude from EXIF, or null
 * @param longitude WGS-84 longitude from EXIF, or null
 */
record CleanPhoto(PhotoType type, byte[] bytes, int width, int height, BigDecimal latitude, BigDecimal longitude) {

	boolean located() {
		return latitude != null && longitude != null;
	}

}

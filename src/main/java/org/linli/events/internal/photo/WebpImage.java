package org.linli.events.internal.photo;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * WebP without a decoder: javax.imageio cannot read it, so its canvas size comes from the
 * RIFF chunks and its metadata is removed by copying every chunk except {@code EXIF} and
 * {@code XMP } (and clearing their flags in {@code VP8X}). The image data stays as
 * uploaded, byte for byte.
 */
final class WebpImage {

	final int width;

	final int height;

	final byte[] clean;

	private WebpImage(int width, int height, byte[] clean) {
		this.width = width;
		this.height = height;
		this.clean = clean;
	}

	/** Null when the RIFF structure is broken or holds no image chunk. */
	static WebpImage read(byte[] b) {
		ByteBuffer in = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
		long riffSize = in.getInt(4) & 0xffffffffL;
		if (riffSize + 8 > b.length || riffSize < 12) {
			return null;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
		int width = 0;
		int height = 0;
		int at = 12;
		int end = (int) riffSize + 8;
		while (at + 8 <= end) {
			String type = new String(b, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
			long size = in.getInt(at + 4) & 0xffffffffL;
			int next = (int) (at + 8 + size + (size & 1));
			if (at + 8 + size > end) {
				return null;
			}
			int data = at + 8;
			if (type.equals("VP8X") && size >= 10) {
				width = 1 + u24(b, data + 4);
				height = 1 + u24(b, data + 7);
				b = b.clone();
				b[data] = (byte) (b[data] & ~0x0c); // no EXIF (0x08), no XMP (0x04) any
													// more
			}
			else if (type.equals("VP8 ") && width == 0 && size >= 10) {
				width = (u16(b, data + 6)) & 0x3fff;
				height = (u16(b, data + 8)) & 0x3fff;
			}
			else if (type.equals("VP8L") && width == 0 && size >= 5) {
				int bits = (int) (in.getInt(data + 1) & 0xffffffffL);
				width = 1 + (bits & 0x3fff);
				height = 1 + ((bits >>> 14) & 0x3fff);
			}
			if (!type.equals("EXIF") && !type.equals("XMP ")) {
				out.write(b, at, Math.min(next, end) - at);
			}
			at = next;
		}
		if (width <= 0 || height <= 0) {
			return null;
		}
		byte[] body = out.toByteArray();
		ByteBuffer clean = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
		clean.put(b, 0, 4).putInt(4 + body.length).put(b, 8, 4).put(body);
		return new WebpImage(width, height, clean.array());
	}

	private static int u16(byte[] b, int at) {
		return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
	}

	private static int u24(byte[] b, int at) {
		return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16;
	}

}

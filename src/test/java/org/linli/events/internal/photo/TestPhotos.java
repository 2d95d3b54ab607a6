package org.linli.events.internal.photo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/**
 * Photos made in tests: a PNG, the same PNG with an EXIF chunk holding a GPS point (as
 * phones write it), and a PNG whose header claims a huge canvas.
 */
public final class TestPhotos {

	private TestPhotos() {
	}

	public static byte[] png(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < width; x++) {
			image.setRGB(x, x % height, Color.ORANGE.getRGB());
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A PNG with an {@code eXIf} chunk right after its header, saying where it was taken.
	 */
	public static byte[] pngWithGps(double latitude, double longitude) {
		return insertAfterHeader(png(40, 30), chunk("eXIf", gpsTiff(latitude, longitude)));
	}

	/** A tiny PNG whose header says 100 000 × 100 000 pixels. */
	public static byte[] pngBomb() {
		byte[] png = png(8, 8);
		ByteBuffer b = ByteBuffer.wrap(png);
		b.putInt(16, 100_000).putInt(20, 100_000);
		CRC32 crc = new CRC32();
		crc.update(png, 12, 17);
		b.putInt(29, (int) crc.getValue());
		return png;
	}

	static byte[] insertAfterHeader(byte[] png, byte[] chunk) {
		int at = 8 + 25; // signature, then IHDR (length, type, 13 bytes, CRC)
		ByteBuffer out = ByteBuffer.allocate(png.length + chunk.length);
		out.put(png, 0, at).put(chunk).put(png, at, png.length - at);
		return out.array();
	}

	static byte[] chunk(String type, byte[] data) {
		ByteBuffer b = ByteBuffer.allocate(12 + data.length);
		b.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
		CRC32 crc = new CRC32();
		crc.update(b.array(), 4, 4 + data.length);
		b.putInt((int) crc.getValue());
		return b.array();
	}

	/** TIFF (big-endian): IFD0 pointing to a GPS IFD with latitude and longitude. */
	static byte[] gpsTiff(double latitude, double longitude) {
		ByteBuffer b = ByteBuffer.allocate(128);
		b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		b.putShort((short) 1);
		entry(b, 0x8825, 4, 1, 26);
		b.putInt(0);
		b.putShort((short) 4);
		b.putShort((short) 0x0001)
			.putShort((short) 2)
			.putInt(2)
			.put((byte) (latitude < 0 ? 'S' : 'N'))
			.put(new byte[3]);
		entry(b, 0x0002, 5, 3, 80);
		b.putShort((short) 0x0003)
			.putShort((short) 2)
			.putInt(2)
			.put((byte) (longitude < 0 ? 'W' : 'E'))
			.put(new byte[3]);
		entry(b, 0x0004, 5, 3, 104);
		b.putInt(0);
		for (double value : new double[] { latitude, longitude }) {
			b.putInt((int) Math.round(Math.abs(value) * 1_000_000)).putInt(1_000_000);
			b.putInt(0).putInt(1).putInt(0).putInt(1);
		}
		return b.array();
	}

	private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
		b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
	}

}

package org.linli.events.internal.photo;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import org.linli.shared.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * Checks an upload and makes the copy the platform keeps: the type from the content, the
 * size, the pixel count from the header before anything is decoded, then the GPS point
 * and orientation from EXIF, then JPEG and PNG re-encoded upright from their pixels
 * (which carries no metadata at all) and WebP with its metadata chunks dropped.
 */
@Component
class PhotoScrubber {

	private final PhotoProperties properties;

	PhotoScrubber(PhotoProperties properties) {
		this.properties = properties;
	}

	CleanPhoto scrub(byte[] original, String field) {
		if (original.length == 0) {
			throw new InvalidInputException("error.events.photo.empty", field);
		}
		if (original.length > properties.maxSize().toBytes()) {
			throw new InvalidInputException("error.events.photo.tooLarge", field, properties.maxSize().toMegabytes());
		}
		PhotoType type = PhotoType.of(original)
			.orElseThrow(() -> new InvalidInputException("error.events.photo.type", field));
		Exif exif = Exif.read(original);
		if (type == PhotoType.WEBP) {
			WebpImage webp = WebpImage.read(original);
			if (webp == null) {
				throw new InvalidInputException("error.events.photo.unreadable", field);
			}
			checkPixels(webp.width, webp.height, field);
			return new CleanPhoto(type, webp.clean, webp.width, webp.height, exif.latitude, exif.longitude);
		}
		BufferedImage image = upright(decode(original, type, field), exif.orientation);
		return new CleanPhoto(type, encode(image, type), image.getWidth(), image.getHeight(), exif.latitude,
				exif.longitude);
	}

	private BufferedImage decode(byte[] bytes, PhotoType type, String field) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.extension);
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				// the header tells the canvas size; refuse a bomb before allocating it
				checkPixels(reader.getWidth(0), reader.getHeight(0), field);
				BufferedImage image = reader.read(0);
				if (image.getColorModel().hasAlpha() && type == PhotoType.JPEG) {
					throw new InvalidInputException("error.events.photo.unreadable", field);
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException("error.events.photo.unreadable", field);
		}
	}

	private void checkPixels(long width, long height, String field) {
		if (width <= 0 || height <= 0 || width * height > properties.maxPixels()) {
			throw new InvalidInputException("error.events.photo.pixels", field, properties.maxPixels() / 1_000_000);
		}
	}

	/**
	 * Turns the pixels as EXIF orientation 3, 6 or 8 says (the re-encoded copy has no
	 * tag).
	 */
	private static BufferedImage upright(BufferedImage image, int orientation) {
		int quarters = switch (orientation) {
			case 3 -> 2;
			case 6 -> 1;
			case 8 -> 3;
			default -> 0;
		};
		if (quarters == 0) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		AffineTransform t = new AffineTransform();
		if (quarters == 1) {
			t.translate(h, 0);
		}
		else if (quarters == 2) {
			t.translate(w, h);
		}
		else {
			t.translate(0, w);
		}
		t.quadrantRotate(quarters);
		int type = image.getType() == BufferedImage.TYPE_CUSTOM ? BufferedImage.TYPE_INT_RGB : image.getType();
		BufferedImage turned = new BufferedImage(quarters == 2 ? w : h, quarters == 2 ? h : w, type);
		return new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(image, turned);
	}

	private static byte[] encode(BufferedImage image, PhotoType type) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName(type.extension).next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (type == PhotoType.JPEG) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(0.88f);
			}
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot encode " + type, ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	/** What EXIF says, if anything; unreadable metadata counts as none. */
	private record Exif(BigDecimal latitude, BigDecimal longitude, int orientation) {

		static Exif read(byte[] bytes) {
			try {
				Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
				GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
				GeoLocation at = gps == null ? null : gps.getGeoLocation();
				ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
				Integer orientation = ifd0 == null ? null : ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
				boolean usable = at != null && !at.isZero() && Math.abs(at.getLatitude()) <= 90
						&& Math.abs(at.getLongitude()) <= 180;
				return new Exif(usable ? degrees(at.getLatitude()) : null, usable ? degrees(at.getLongitude()) : null,
						orientation == null ? 1 : orientation);
			}
			catch (Exception ex) {
				return new Exif(null, null, 1);
			}
		}

		private static BigDecimal degrees(double value) {
			return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
		}

	}

}

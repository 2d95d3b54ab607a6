package org.linli.events.internal.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * One uploaded file as it arrived, before any check.
 *
 * @param field the form field it came in, for the error message
 * @param bytes its content
 */
public record Upload(String field, byte[] bytes) {

	/**
	 * The non-empty files of a multipart field (a form without photos sends one empty
	 * part).
	 */
	public static List<Upload> of(String field, List<MultipartFile> files) {
		List<Upload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		for (MultipartFile file : files) {
			if (file == null || file.isEmpty()) {
				continue;
			}
			try {
				uploads.add(new Upload(field, file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return uploads;
	}

}

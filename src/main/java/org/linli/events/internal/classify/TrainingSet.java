package org.linli.events.internal.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a labelled set: UTF-8 CSV with the header {@code text,category_code}; the code
 * follows the last comma, so texts may hold Chinese commas freely.
 */
public final class TrainingSet {

	/** The examples shipped with the application. */
	public static final String SHIPPED = "events/classifier/train.csv";

	/** The held-out set, never trained on: accuracy is measured on it. */
	public static final String HELD_OUT = "events/classifier/test.csv";

	private TrainingSet() {
	}

	public static List<Example> read(String resource) {
		InputStream in = TrainingSet.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("missing " + resource);
		}
		List<Example> examples = new ArrayList<>();
		try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				int comma = line.lastIndexOf(',');
				if (line.isBlank() || line.startsWith("text,") || comma < 1) {
					continue;
				}
				examples.add(new Example(line.substring(0, comma).trim(), line.substring(comma + 1).trim()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return examples;
	}

}

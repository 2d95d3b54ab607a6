package org.linli.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding of a CSV file: UTF-8 (with or without BOM) when every byte decodes
 * strictly as UTF-8, otherwise GB18030 — GBK, what Excel on a Chinese Windows saves as
 * "CSV", extended by the national standard to the rare characters of people's names (䶮)
 * that GBK lacks; a GBK file reads the same either way. GBK text is almost never valid
 * UTF-8, so the strict decode is a reliable test. Every import (structure, residents)
 * reads its CSV files through this one rule.
 */
public final class TextEncoding {

	public static final Charset GB18030 = Charset.forName("GB18030");

	private TextEncoding() {
	}

	public static Charset detect(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return detect(in);
		}
	}

	public static Charset detect(InputStream in) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
		CharBuffer chars = CharBuffer.allocate(64 * 1024);
		byte[] chunk = new byte[32 * 1024];
		int n;
		while ((n = in.read(chunk)) != -1) {
			bytes.put(chunk, 0, n);
			bytes.flip();
			if (decoder.decode(bytes, chars, false).isError()) {
				return GB18030;
			}
			chars.clear();
			// keeps a multi-byte sequence cut at the chunk's end for the next round
			bytes.compact();
		}
		bytes.flip();
		if (decoder.decode(bytes, chars, true).isError() || decoder.flush(chars).isError()) {
			return GB18030;
		}
		return StandardCharsets.UTF_8;
	}

}

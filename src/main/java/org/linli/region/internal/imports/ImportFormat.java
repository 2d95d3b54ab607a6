package org.linli.region.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** The kinds of file the import reads, told apart by content, never by name alone. */
public enum ImportFormat {

	/** Office Open XML workbook (a ZIP container). */
	XLSX,
	/**
	 * Legacy Excel 97–2003 workbook (OLE2), as many departments' systems still export.
	 */
	XLS,
	/** Comma-separated text, UTF-8 or GB18030 (GBK). */
	CSV,
	/** Refused before it could be read. */
	UNKNOWN;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	/**
	 * The format of {@code file} by its first bytes: a ZIP is a workbook, an OLE2 file a
	 * legacy workbook, text without NUL bytes is CSV; anything else — a web page or text
	 * renamed .xls, an image — is refused with a reason the user can act on.
	 */
	static ImportFormat detect(Path file, String fileName) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(8192);
		}
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (head.length == 0) {
			throw new ImportFileRejected("import.error.emptyFile");
		}
		if (startsWith(head, ZIP)) {
			return XLSX;
		}
		if (startsWith(head, OLE2)) {
			return XLS;
		}
		if (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm")) {
			throw new ImportFileRejected("import.error.notXlsx");
		}
		for (byte b : head) {
			if (b == 0) {
				throw new ImportFileRejected("import.error.unsupportedType");
			}
		}
		return CSV;
	}

	private static boolean startsWith(byte[] data, byte[] prefix) {
		return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
	}

}

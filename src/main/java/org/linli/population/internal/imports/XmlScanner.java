package org.linli.population.internal.imports;

import java.io.IOException;
import java.io.InputStream;

/**
 * A minimal pull tokenizer for the XML parts of a workbook (sheet, shared strings,
 * styles): start and end tags with their attributes, and the text between them while
 * {@link #capture capturing}, with the five entities and character references decoded.
 * Comments, processing instructions and CDATA are handled; a DOCTYPE is refused, so no
 * entity can expand. It reads UTF-8 bytes directly: on a sheet of a million rows the
 * JDK's StAX parser took most of the import's reading time, this takes a fraction.
 */
final class XmlScanner {

	enum Token {

		START, END, EOF

	}

	/** The part is not the XML a workbook holds. */
	static final class Malformed extends IOException {

		Malformed(String message) {
			super(message);
		}

	}

	private final InputStream in;

	private final byte[] buffer = new byte[1 << 16];

	private int position;

	private int limit;

	/** The bytes of the last tag, from its name up to (not including) '>' or "/>". */
	private byte[] tag = new byte[256];

	private int tagLength;

	private int nameEnd;

	private int localStart;

	private boolean selfClosing;

	private boolean capturing;

	private final StringBuilder text = new StringBuilder(64);

	XmlScanner(InputStream in) {
		this.in = in;
	}

	/** The next start or end tag (a self-closing tag is a START with {@link #empty}). */
	Token next() throws IOException {
		while (true) {
			int b = read();
			if (b < 0) {
				return Token.EOF;
			}
			if (b == '&') {
				entity();
			}
			else if (b != '<') {
				if (capturing) {
					character(b);
				}
			}
			else {
				int c = read();
				if (c == '/') {
					tag(false);
					return Token.END;
				}
				if (c == '?') {
					skipPast('?', '>');
				}
				else if (c == '!') {
					declaration();
				}
				else if (c < 0) {
					throw new Malformed("unexpected end");
				}
				else {
					unread();
					tag(true);
					return Token.START;
				}
			}
		}
	}

	/** Whether the last tag's local name (after any prefix) is {@code name}. */
	boolean is(String name) {
		int length = nameEnd - localStart;
		if (length != name.length()) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			if (tag[localStart + i] != name.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/** A self-closing start tag: no text and no END follow. */
	boolean empty() {
		return selfClosing;
	}

	/**
	 * The value of the last start tag's attribute of local name {@code name}, or null.
	 */
	String attribute(String name) throws Malformed {
		int i = nameEnd;
		while (i < tagLength) {
			while (i < tagLength && tag[i] <= ' ') {
				i++;
			}
			int start = i;
			int local = i;
			while (i < tagLength && tag[i] != '=' && tag[i] > ' ') {
				if (tag[i] == ':') {
					local = i + 1;
				}
				i++;
			}
			int end = i;
			while (i < tagLength && tag[i] != '"' && tag[i] != '\'') {
				i++;
			}
			if (i >= tagLength) {
				return null;
			}
			byte quote = tag[i++];
			int valueStart = i;
			while (i < tagLength && tag[i] != quote) {
				i++;
			}
			if (end - local == name.length() && matches(local, name) && start < end) {
				return decode(valueStart, i);
			}
			i++;
		}
		return null;
	}

	/** Starts or stops collecting text; starting clears what was collected. */
	void capture(boolean on) {
		if (on) {
			text.setLength(0);
		}
		capturing = on;
	}

	/** Keeps collecting after what is already there (rich text runs). */
	void resume() {
		capturing = true;
	}

	String text() {
		return text.toString();
	}

	private boolean matches(int at, String name) {
		for (int i = 0; i < name.length(); i++) {
			if (tag[at + i] != name.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private void tag(boolean start) throws IOException {
		tagLength = 0;
		byte quote = 0;
		while (true) {
			int b = read();
			if (b < 0) {
				throw new Malformed("unterminated tag");
			}
			if (quote != 0) {
				if (b == quote) {
					quote = 0;
				}
			}
			else if (b == '"' || b == '\'') {
				quote = (byte) b;
			}
			else if (b == '>') {
				break;
			}
			if (tagLength == tag.length) {
				if (tag.length >= 1 << 20) {
					throw new Malformed("tag too long");
				}
				tag = java.util.Arrays.copyOf(tag, tag.length * 2);
			}
			tag[tagLength++] = (byte) b;
		}
		selfClosing = start && tagLength > 0 && tag[tagLength - 1] == '/';
		if (selfClosing) {
			tagLength--;
		}
		int i = 0;
		localStart = 0;
		while (i < tagLength && tag[i] > ' ' && tag[i] != '/') {
			if (tag[i] == ':') {
				localStart = i + 1;
			}
			i++;
		}
		nameEnd = i;
	}

	/** After "<!": a comment, CDATA (text) or a DOCTYPE (refused). */
	private void declaration() throws IOException {
		int a = read();
		if (a == '-') {
			if (read() != '-') {
				throw new Malformed("bad comment");
			}
			int dashes = 0;
			for (int b = read(); b >= 0; b = read()) {
				if (b == '>' && dashes >= 2) {
					return;
				}
				dashes = b == '-' ? dashes + 1 : 0;
			}
			throw new Malformed("unterminated comment");
		}
		if (a == '[') {
			for (char c : "CDATA[".toCharArray()) {
				if (read() != c) {
					throw new Malformed("bad CDATA");
				}
			}
			int brackets = 0;
			for (int b = read(); b >= 0; b = read()) {
				if (b == '>' && brackets >= 2) {
					if (capturing) {
						text.setLength(text.length() - 2);
					}
					return;
				}
				brackets = b == ']' ? brackets + 1 : 0;
				if (capturing) {
					character(b);
				}
			}
			throw new Malformed("unterminated CDATA");
		}
		throw new Malformed("DOCTYPE or unknown declaration refused");
	}

	private void skipPast(int first, int second) throws IOException {
		int previous = 0;
		for (int b = read(); b >= 0; b = read()) {
			if (b == second && previous == first) {
				return;
			}
			previous = b;
		}
		throw new Malformed("unterminated processing instruction");
	}

	/** One UTF-8 encoded character starting with byte {@code b}. */
	private void character(int b) throws IOException {
		if (b < 0x80) {
			text.append((char) b);
		}
		else if (b >= 0xF0) {
			text.appendCodePoint((b & 0x07) << 18 | (next6() << 12) | (next6() << 6) | next6());
		}
		else if (b >= 0xE0) {
			text.append((char) ((b & 0x0F) << 12 | (next6() << 6) | next6()));
		}
		else {
			text.append((char) ((b & 0x1F) << 6 | next6()));
		}
	}

	private int next6() throws IOException {
		int b = read();
		if (b < 0) {
			throw new Malformed("truncated character");
		}
		return b & 0x3F;
	}

	private void entity() throws IOException {
		int b = read();
		int code;
		if (b == '#') {
			b = read();
			int radix = 10;
			if (b == 'x') {
				radix = 16;
				b = read();
			}
			code = 0;
			int digits = 0;
			for (; b != ';'; b = read()) {
				int d = Character.digit(b, radix);
				if (b < 0 || d < 0 || ++digits > 8) {
					throw new Malformed("bad character reference");
				}
				code = code * radix + d;
			}
			if (digits == 0 || !Character.isValidCodePoint(code)) {
				throw new Malformed("bad character reference");
			}
		}
		else {
			StringBuilder name = new StringBuilder(4);
			for (; b != ';'; b = read()) {
				if (b < 0 || name.length() > 4) {
					throw new Malformed("bad entity");
				}
				name.append((char) b);
			}
			code = named(name.toString());
		}
		if (capturing) {
			text.appendCodePoint(code);
		}
	}

	private static int named(String name) throws Malformed {
		return switch (name) {
			case "lt" -> '<';
			case "gt" -> '>';
			case "amp" -> '&';
			case "quot" -> '"';
			case "apos" -> '\'';
			default -> throw new Malformed("unknown entity");
		};
	}

	private static int reference(byte[] name, int from, int to) throws Malformed {
		String n = new String(name, from, to - from, java.nio.charset.StandardCharsets.US_ASCII);
		if (!n.startsWith("#")) {
			return named(n);
		}
		try {
			int code = n.startsWith("#x") ? Integer.parseInt(n.substring(2), 16) : Integer.parseInt(n.substring(1));
			if (!Character.isValidCodePoint(code)) {
				throw new Malformed("bad character reference");
			}
			return code;
		}
		catch (NumberFormatException ex) {
			throw new Malformed("bad character reference");
		}
	}

	private String decode(int from, int to) throws Malformed {
		boolean plain = true;
		for (int i = from; i < to && plain; i++) {
			plain = tag[i] != '&';
		}
		if (plain) {
			return new String(tag, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
		}
		StringBuilder out = new StringBuilder(to - from);
		java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
		for (int i = from; i < to; i++) {
			if (tag[i] == '&') {
				int semi = i;
				while (semi < to && tag[semi] != ';') {
					semi++;
				}
				out.append(new String(raw.toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
				raw.reset();
				out.appendCodePoint(reference(tag, i + 1, semi));
				i = semi;
			}
			else {
				raw.write(tag[i]);
			}
		}
		return out.append(new String(raw.toByteArray(), java.nio.charset.StandardCharsets.UTF_8)).toString();
	}

	private int read() throws IOException {
		if (position == limit) {
			limit = in.read(buffer, 0, buffer.length);
			position = 0;
			if (limit <= 0) {
				limit = 0;
				return -1;
			}
		}
		return buffer[position++] & 0xFF;
	}

	private void unread() {
		position--;
	}

}

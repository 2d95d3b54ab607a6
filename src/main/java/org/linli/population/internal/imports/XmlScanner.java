package org.linli.population.internal.imports;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The tags of a workbook's XML parts (sheet, shared strings, styles) as {@link XlsxSheet}
 * walks them: start and end tags with their attributes, and the text between them while
 * {@link #capture capturing}. A thin view over the JDK's StAX parser with DTDs and
 * external entities off and a DOCTYPE refused, so no entity can expand; a self-closing
 * tag (or one with nothing inside) is one START marked {@link #empty}, with no END.
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

	private static final XMLInputFactory FACTORY = secureFactory();

	private final XMLStreamReader reader;

	/**
	 * The reader already stands on an event not yet handled (read ahead after a START).
	 */
	private boolean positioned;

	private String local = "";

	private boolean empty;

	private String[] names = new String[8];

	private String[] values = new String[8];

	private int attributes;

	private boolean capturing;

	private final StringBuilder text = new StringBuilder(64);

	XmlScanner(InputStream in) throws Malformed {
		try {
			this.reader = FACTORY.createXMLStreamReader(in);
		}
		catch (XMLStreamException ex) {
			throw new Malformed(ex.getMessage());
		}
	}

	/** The next start or end tag. */
	Token next() throws IOException {
		try {
			while (true) {
				int event = positioned ? reader.getEventType() : reader.next();
				positioned = false;
				switch (event) {
					case XMLStreamConstants.START_ELEMENT -> {
						start();
						return Token.START;
					}
					case XMLStreamConstants.END_ELEMENT -> {
						local = localPart(reader.getLocalName());
						empty = false;
						attributes = 0;
						return Token.END;
					}
					case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
						if (capturing) {
							text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
						}
					}
					case XMLStreamConstants.DTD -> throw new Malformed("DOCTYPE is not allowed");
					case XMLStreamConstants.END_DOCUMENT -> {
						return Token.EOF;
					}
					default -> {
						// comments, processing instructions: nothing to keep
					}
				}
			}
		}
		catch (XMLStreamException ex) {
			throw new Malformed(ex.getMessage());
		}
	}

	private void start() throws XMLStreamException {
		local = localPart(reader.getLocalName());
		attributes = reader.getAttributeCount();
		if (attributes > names.length) {
			names = new String[attributes];
			values = new String[attributes];
		}
		for (int i = 0; i < attributes; i++) {
			names[i] = localPart(reader.getAttributeLocalName(i));
			values[i] = reader.getAttributeValue(i);
		}
		// Read one event ahead: an END straight after means nothing inside.
		empty = reader.next() == XMLStreamConstants.END_ELEMENT;
		positioned = !empty;
	}

	/** Whether the last tag's local name (after any prefix) is {@code name}. */
	boolean is(String name) {
		return local.equals(name);
	}

	/** A start tag with nothing inside: no text and no END follow. */
	boolean empty() {
		return empty;
	}

	/**
	 * The value of the last start tag's attribute of local name {@code name}, or null.
	 */
	String attribute(String name) {
		for (int i = 0; i < attributes; i++) {
			if (names[i].equals(name)) {
				return values[i];
			}
		}
		return null;
	}

	/** Starts or stops collecting text; starting clears what was collected. */
	void capture(boolean on) {
		capturing = on;
		if (on) {
			text.setLength(0);
		}
	}

	/** Keeps collecting after what is already there (rich text runs). */
	void resume() {
		capturing = true;
	}

	String text() {
		return text.toString();
	}

	/**
	 * The name after any prefix ({@code r:id} → {@code id}); prefixes are not resolved.
	 */
	private static String localPart(String name) {
		int colon = name.indexOf(':');
		return colon < 0 ? name : name.substring(colon + 1);
	}

	private static XMLInputFactory secureFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		// Namespaces unresolved: sheets written by other tools do not always declare the
		// prefixes they use, and only local names matter here.
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
		return factory;
	}

}

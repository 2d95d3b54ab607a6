package org.linli.events.internal.open311;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Writes GeoReport documents as JSON or XML from ordered maps, so both formats use the
 * same element names. XML is written with StAX rather than Jackson's XML module, which
 * would also make every other endpoint answer XML to a browser's Accept header. Unknown
 * values (null) are left out.
 */
@Component
class Open311Format {

	static final MediaType XML = MediaType.parseMediaType("text/xml;charset=UTF-8");

	private final ObjectMapper json;

	Open311Format(ObjectMapper json) {
		this.json = json;
	}

	/**
	 * A document: a list becomes a JSON array and, in XML, {@code root} with one
	 * {@code item} element per entry; a map becomes an object or the {@code root}
	 * element.
	 */
	ResponseEntity<String> write(HttpStatus status, String format, String root, String item, Object content) {
		Object clean = clean(content);
		try {
			if ("xml".equals(format)) {
				return ResponseEntity.status(status).contentType(XML).body(xml(root, item, clean));
			}
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_JSON)
				.body(json.writeValueAsString(clean));
		}
		catch (JsonProcessingException | XMLStreamException ex) {
			throw new IllegalStateException("cannot write Open311 " + format, ex);
		}
	}

	private static Object clean(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> out = new LinkedHashMap<>();
			map.forEach((k, v) -> {
				if (v != null) {
					out.put(k.toString(), clean(v));
				}
			});
			return out;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Open311Format::clean).toList();
		}
		return value;
	}

	private static String xml(String root, String item, Object content) throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		element(xml, root, item, content);
		xml.writeEndDocument();
		xml.close();
		return out.toString();
	}

	private static void element(XMLStreamWriter xml, String name, String item, Object value) throws XMLStreamException {
		xml.writeStartElement(name);
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> e : map.entrySet()) {
				String key = e.getKey().toString();
				element(xml, key, singular(key), e.getValue());
			}
		}
		else if (value instanceof List<?> list) {
			for (Object entry : list) {
				element(xml, item, null, entry);
			}
		}
		else {
			xml.writeCharacters(String.valueOf(value));
		}
		xml.writeEndElement();
	}

	/** endpoints → endpoint, formats → format, attributes → attribute. */
	private static String singular(String name) {
		return name.endsWith("s") ? name.substring(0, name.length() - 1) : name + "_item";
	}

}

package org.linli.events.internal.calendar;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts the errors of a refused calendar file into the reader's language. */
@Component
public class ImportErrors {

	private final MessageSource messages;

	ImportErrors(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * One refused line as shown to people (kept in the session between a page's post and
	 * its redirect, hence serializable).
	 *
	 * @param line line number, or {@code null} for the whole file
	 * @param column column at fault, or {@code null}
	 * @param value the text found
	 * @param message the reason
	 */
	public record Line(Integer line, String column, String value, String message) implements Serializable {
	}

	public List<Line> describe(CalendarImportRejected rejected, Locale locale) {
		return rejected.errors()
			.stream()
			.map(e -> new Line(e.line(), e.column(), e.value(),
					messages.getMessage(e.key(), e.args().toArray(), e.key(), locale)))
			.toList();
	}

	/** "The file has 3 errors; nothing was imported." */
	public String summary(CalendarImportRejected rejected, Locale locale) {
		return messages.getMessage("calendar.import.rejected", new Object[] { rejected.errors().size() }, locale);
	}

}

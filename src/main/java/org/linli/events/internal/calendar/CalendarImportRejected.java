package org.linli.events.internal.calendar;

import java.util.List;

/** A calendar file with errors: nothing of it was imported. */
public class CalendarImportRejected extends RuntimeException {

	private final transient List<RowError> errors;

	CalendarImportRejected(List<RowError> errors) {
		super(errors.size() + " errors in the calendar file");
		this.errors = List.copyOf(errors);
	}

	public List<RowError> errors() {
		return errors;
	}

}

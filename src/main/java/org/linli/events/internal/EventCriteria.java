package org.linli.events.internal;

/**
 * Filters of the staff event list, on top of scope and queue.
 *
 * @param queue a work queue, or {@code null} for all events in scope
 * @param state one state
 * @param category a class (with its subclasses) or a subclass
 * @param regionId events that happened under this node
 * @param text words in the description
 */
public record EventCriteria(Queue queue, EventState state, String category, Long regionId, String text) {

	public static EventCriteria of(String queue, String state, String category, Long regionId, String text) {
		EventState s = null;
		if (state != null && !state.isBlank()) {
			try {
				s = EventState.valueOf(state.trim().toUpperCase());
			}
			catch (IllegalArgumentException ex) {
				throw new org.linli.shared.InvalidInputException("error.events.option", "state", state);
			}
		}
		return new EventCriteria(Queue.parse(queue), s, blank(category), regionId, blank(text));
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}

package org.linli.events.internal;

import java.util.List;

/**
 * An event with where it is, who handles it, and its whole timeline.
 *
 * @param event the event
 * @param placeName the name of the node it happened in
 * @param unitName the handling unit, named
 * @param timeline its steps, oldest first
 */
public record EventDetail(EventView event, String placeName, String unitName, List<StepView> timeline) {
}

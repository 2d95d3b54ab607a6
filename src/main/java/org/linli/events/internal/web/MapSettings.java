package org.linli.events.internal.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the event pages' map fragments ({@code events/map}) their tile settings. */
@ControllerAdvice(assignableTypes = { EventPages.class, MyEventPages.class })
class MapSettings {

	private final MapProperties map;

	MapSettings(MapProperties map) {
		this.map = map;
	}

	@ModelAttribute("map")
	MapProperties map() {
		return map;
	}

}

package org.linli.events.internal.classify;

import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 随手拍 page asks here (htmx, debounced while the resident types) for suggestions and
 * gets a fragment of buttons; the page preselects the first unless the resident chose a
 * category already.
 */
@Controller
class ClassifierPages {

	private final EventClassifier classifier;

	ClassifierPages(EventClassifier classifier) {
		this.classifier = classifier;
	}

	@GetMapping("/events/report/suggestions")
	@PreAuthorize("hasAuthority('events.report')")
	String suggestions(@RequestParam(required = false) String description, Locale locale, Model model) {
		String text = description == null ? "" : description.trim();
		model.addAttribute("suggestions",
				text.length() < 2 || text.length() > 1000 ? List.of() : classifier.suggest(text, locale));
		return "events/parts :: suggestions";
	}

}

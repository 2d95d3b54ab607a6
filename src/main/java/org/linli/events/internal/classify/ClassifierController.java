package org.linli.events.internal.classify;

import java.util.List;
import java.util.Locale;

import org.linli.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 自动分类 API: category suggestions for a description (anyone who reports), and a retraining
 * after corrections (those who keep the catalogue).
 */
@RestController
@RequestMapping("/api/v1/event-classifier")
class ClassifierController {

	/** The description to classify. */
	record SuggestRequest(String text) {
	}

	private final EventClassifier classifier;

	ClassifierController(EventClassifier classifier) {
		this.classifier = classifier;
	}

	/** Up to three {@code {code, label, confidence}}, best first. */
	@PostMapping("/suggest")
	@PreAuthorize("hasAuthority('events.report')")
	List<Suggestion> suggest(@RequestBody SuggestRequest r, Locale locale) {
		if (r.text() == null || r.text().isBlank() || r.text().length() > 1000) {
			throw new InvalidInputException("error.events.text.required", "text", 1, 1000);
		}
		return classifier.suggest(r.text(), locale);
	}

	@PostMapping("/retrain")
	@PreAuthorize("hasAuthority('events.category.write')")
	EventClassifier.Trained retrain() {
		return classifier.retrain();
	}

}

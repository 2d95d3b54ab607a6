package org.linli.events.internal.web;

import java.util.Locale;

import org.linli.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/** Shows a refusal on the page it came from, naming the field at fault. */
final class FormErrors {

	private FormErrors() {
	}

	static void show(Model model, DomainException ex, MessageSource messages, Locale locale) {
		String message = messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
		if (ex.field() != null) {
			message = messages.getMessage("field." + ex.field(), null, ex.field(), locale) + ": " + message;
		}
		model.addAttribute("error", message);
		model.addAttribute("errorField", ex.field());
	}

}

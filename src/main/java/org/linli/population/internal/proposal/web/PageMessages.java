package org.linli.population.internal.proposal.web;

import java.util.Locale;

import org.linli.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts a refusal on the page that caused it, naming the field. */
@Component
class PageMessages {

	private final MessageSource messages;

	PageMessages(MessageSource messages) {
		this.messages = messages;
	}

	void show(Model model, DomainException ex, Locale locale) {
		String message = messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
		if (ex.field() != null) {
			message = messages.getMessage("field." + ex.field(), null, ex.field(), locale) + ": " + message;
		}
		model.addAttribute("error", message);
		model.addAttribute("errorField", ex.field());
	}

}

package org.linli.region.internal.web;

import org.linli.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts a refusal into a form's model: the localised message and the field at fault. */
@Component
class FormErrors {

	private final MessageSource messages;

	FormErrors(MessageSource messages) {
		this.messages = messages;
	}

	void show(Model model, DomainException ex) {
		model.addAttribute("error", text(ex));
		model.addAttribute("errorField", ex.field());
	}

	String text(DomainException ex) {
		var locale = LocaleContextHolder.getLocale();
		String message = messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
		if (ex.field() == null) {
			return message;
		}
		return messages.getMessage("field." + ex.field(), null, ex.field(), locale) + ": " + message;
	}

}

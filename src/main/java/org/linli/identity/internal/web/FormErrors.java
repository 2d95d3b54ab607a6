package org.linli.identity.internal.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.linli.shared.ConflictException;
import org.linli.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * Shows a refused form again with the message (naming its field) above it, answering 400
 * or 409 like the API would.
 */
final class FormErrors {

	private FormErrors() {
	}

	static void show(DomainException ex, Model model, MessageSource messages, Locale locale,
			HttpServletResponse response) {
		String text = messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
		if (ex.field() != null) {
			text = messages.getMessage("field." + ex.field(), null, ex.field(), locale) + ": " + text;
		}
		model.addAttribute("error", text);
		model.addAttribute("errorField", ex.field());
		response.setStatus(ex instanceof ConflictException ? 409 : 400);
	}

	static String text(DomainException ex, MessageSource messages, Locale locale) {
		String text = messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
		return ex.field() == null ? text
				: messages.getMessage("field." + ex.field(), null, ex.field(), locale) + ": " + text;
	}

}

package org.linli.shared.web;

import java.util.Locale;

import org.linli.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts a refusal on the page that caused it, in the reader's language and naming the
 * field ("身份证号码: 校验位不正确"), for forms that show their own errors.
 */
@Component
public class PageMessages {

	private final MessageSource messages;

	PageMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** The message, prefixed with the field's label when the refusal names a field. */
	public String text(DomainException ex, Locale locale) {
		String message = messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
		if (ex.field() != null) {
			message = messages.getMessage("field." + ex.field(), null, ex.field(), locale) + ": " + message;
		}
		return message;
	}

	/** Sets {@code error} and {@code errorField} for the page's template. */
	public void show(Model model, DomainException ex, Locale locale) {
		model.addAttribute("error", text(ex, locale));
		model.addAttribute("errorField", ex.field());
	}

}

package org.linli.shared.web;

import org.linli.shared.DomainException;
import org.linli.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Shows refusals from page controllers as a localised error page (forms catch their own).
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	private final MessageSource messages;

	PageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException ex, Model model) {
		return page(ex, HttpStatus.NOT_FOUND, model);
	}

	@ExceptionHandler(DomainException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String refused(DomainException ex, Model model) {
		return page(ex, HttpStatus.BAD_REQUEST, model);
	}

	private String page(DomainException ex, HttpStatus status, Model model) {
		model.addAttribute("status", status.value());
		model.addAttribute("message",
				messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), LocaleContextHolder.getLocale()));
		return "error";
	}

}

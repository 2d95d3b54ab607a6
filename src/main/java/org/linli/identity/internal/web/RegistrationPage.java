package org.linli.identity.internal.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.linli.identity.internal.ResidentRegistration;
import org.linli.identity.internal.ResidentRegistration.SignUp;
import org.linli.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 居民注册 page (anonymous). */
@Controller
@RequestMapping("/register")
class RegistrationPage {

	private final ResidentRegistration registration;

	private final MessageSource messages;

	RegistrationPage(ResidentRegistration registration, MessageSource messages) {
		this.registration = registration;
		this.messages = messages;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new SignUp(null, null, null, null));
		return "identity/register";
	}

	@PostMapping
	String register(SignUp form, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			String username = registration.register(form);
			redirect.addFlashAttribute("registered", username);
			return "redirect:/login";
		}
		catch (DomainException ex) {
			FormErrors.show(ex, model, messages, locale, response);
			// Passwords are never echoed back into the page.
			model.addAttribute("form", new SignUp(form.phone(), form.displayName(), null, null));
			return "identity/register";
		}
	}

}

package org.linli.dictionary.internal.web;

import java.util.Locale;

import org.linli.dictionary.internal.DictionaryEditor;
import org.linli.dictionary.internal.DictionaryEditor.Labels;
import org.linli.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** 数据字典维护 — the system administrator's page for the dictionaries. */
@Controller
@RequestMapping("/admin/dictionaries")
@PreAuthorize("hasAuthority('dictionary.write')")
class DictionaryPages {

	private final DictionaryEditor editor;

	private final MessageSource messages;

	DictionaryPages(DictionaryEditor editor, MessageSource messages) {
		this.editor = editor;
		this.messages = messages;
	}

	@GetMapping
	String dictionaries(@RequestParam(required = false) String type, Model model) {
		var types = editor.types();
		String selected = type != null ? type : types.isEmpty() ? null : types.get(0).type();
		model.addAttribute("types", types);
		model.addAttribute("type", selected);
		model.addAttribute("entries", selected == null ? java.util.List.of() : editor.entries(selected));
		return "dictionary/dictionaries";
	}

	@PostMapping("/{type}")
	String add(@PathVariable String type, @RequestParam String code, @RequestParam String labelZh,
			@RequestParam String labelEn, @RequestParam(required = false) Integer sortOrder, Locale locale,
			RedirectAttributes redirect) {
		return attempt(type, redirect, locale, () -> editor.add(type, code.trim().toUpperCase(Locale.ROOT),
				new Labels(labelZh, labelEn, sortOrder, true)));
	}

	@PostMapping("/{type}/{code}")
	String revise(@PathVariable String type, @PathVariable String code, @RequestParam String labelZh,
			@RequestParam String labelEn, @RequestParam Integer sortOrder,
			@RequestParam(defaultValue = "false") boolean enabled, @RequestParam int version, Locale locale,
			RedirectAttributes redirect) {
		return attempt(type, redirect, locale,
				() -> editor.revise(type, code, new Labels(labelZh, labelEn, sortOrder, enabled), version));
	}

	@PostMapping("/{type}/{code}/delete")
	String remove(@PathVariable String type, @PathVariable String code, @RequestParam int version, Locale locale,
			RedirectAttributes redirect) {
		return attempt(type, redirect, locale, () -> editor.remove(type, code, version));
	}

	private String attempt(String type, RedirectAttributes redirect, Locale locale, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (DomainException ex) {
			String field = ex.field() == null ? ""
					: messages.getMessage("field." + ex.field(), null, ex.field(), locale) + ": ";
			redirect.addFlashAttribute("error",
					field + messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		}
		return "redirect:"
				+ UriComponentsBuilder.fromPath("/admin/dictionaries").queryParam("type", type).encode().toUriString();
	}

}

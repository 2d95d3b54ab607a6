package org.linli.events.internal.web;

import java.util.Locale;

import org.linli.dictionary.Dictionaries;
import org.linli.events.HandlingLevel;
import org.linli.events.internal.Categories;
import org.linli.events.internal.Category;
import org.linli.events.internal.Severity;
import org.linli.shared.DomainException;
import org.linli.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * 事件分类维护 — the category catalogue for whoever keeps it: every class and subclass with its
 * default unit, severity and time limits, each editable (relabel, retime, reroute,
 * disable).
 */
@Controller
@PreAuthorize("hasAuthority('events.category.write')")
class CategoryPages {

	private final Categories categories;

	private final Dictionaries dictionaries;

	private final MessageSource messages;

	CategoryPages(Categories categories, Dictionaries dictionaries, MessageSource messages) {
		this.categories = categories;
		this.dictionaries = dictionaries;
		this.messages = messages;
	}

	@GetMapping("/events/categories")
	String list(Model model) {
		model.addAttribute("categories", categories.list(true));
		return "events/categories";
	}

	@GetMapping("/events/categories/{code}")
	String edit(@PathVariable String code, Model model) {
		Category category = find(code);
		return form(category, CategoryForm.of(category), model);
	}

	@PostMapping("/events/categories/{code}")
	String update(@PathVariable String code, @ModelAttribute CategoryForm form, Locale locale, Model model) {
		Category category = find(code);
		try {
			categories.update(code, form.change(), form.version());
			return "redirect:/events/categories";
		}
		catch (DomainException ex) {
			FormErrors.show(model, ex, messages, locale);
			return form(category, form, model);
		}
	}

	private Category find(String code) {
		return categories.find(code).orElseThrow(() -> new NotFoundException("category", code));
	}

	private String form(Category category, CategoryForm form, Model model) {
		model.addAttribute("category", category);
		model.addAttribute("form", form);
		model.addAttribute("levels", HandlingLevel.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("departments", dictionaries.entries("department"));
		return "events/category-form";
	}

}

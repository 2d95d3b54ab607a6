package org.linli.population.internal.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.linli.population.internal.Caller;
import org.linli.population.internal.Residents;
import org.linli.population.internal.tags.TagAttribute;
import org.linli.population.internal.tags.TagCatalogue;
import org.linli.shared.DomainException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.web.PageMessages;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages for key-population tags: the catalogue (sensitive or not, what each records),
 * edited by the security administrator, and the values of one resident's tags, kept by
 * community and grid workers.
 */
@Controller
class TagPages {

	private final TagCatalogue catalogue;

	private final Residents residents;

	private final PageMessages messages;

	TagPages(TagCatalogue catalogue, Residents residents, PageMessages messages) {
		this.catalogue = catalogue;
		this.residents = residents;
		this.messages = messages;
	}

	@GetMapping("/population/tags")
	@PreAuthorize("hasAnyAuthority('population.read', 'policy.population-tags')")
	String tags(Authentication authentication, Model model) {
		var tags = catalogue.list(seesSensitive(authentication));
		Map<String, String> text = new HashMap<>();
		tags.forEach(t -> text.put(t.code(),
				String.join("\n",
						t.attributes()
							.stream()
							.map(a -> a.key() + " | " + a.labelZh() + " | " + a.labelEn() + " | " + a.kind())
							.toList())));
		model.addAttribute("tags", tags);
		model.addAttribute("attributeText", text);
		return "population/tags";
	}

	/**
	 * One attribute per line: {@code key | 中文名 | English label | TEXT|NUMBER|DATE}.
	 */
	@PostMapping("/population/tags/{code}")
	@PreAuthorize("hasAuthority('policy.population-tags')")
	String define(@PathVariable String code, @RequestParam(defaultValue = "false") boolean sensitive,
			@RequestParam(required = false) String attributes, @RequestParam(required = false) Integer version,
			Jurisdiction jurisdiction, Locale locale, RedirectAttributes redirect) {
		try {
			catalogue.define(code, sensitive, parse(attributes), version, jurisdiction.username());
			redirect.addFlashAttribute("saved", code);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", code + ": " + messages.text(ex, locale));
		}
		return "redirect:/population/tags";
	}

	@PostMapping("/population/{id:\\d+}/tags/{code}")
	@PreAuthorize("hasAuthority('population.write')")
	String setValues(@PathVariable long id, @PathVariable String code, @RequestParam Map<String, String> form,
			Jurisdiction jurisdiction, Authentication authentication, Locale locale, RedirectAttributes redirect) {
		Map<String, String> values = new HashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("attr.")) {
				values.put(name.substring(5), value);
			}
		});
		Integer version = parseVersion(form.get("version"));
		try {
			residents.setTagAttributes(Caller.of(jurisdiction, authentication), id, code, values, version);
		}
		catch (DomainException ex) {
			if (ex instanceof org.linli.shared.NotFoundException) {
				throw ex;
			}
			redirect.addFlashAttribute("error", messages.text(ex, locale));
		}
		return "redirect:/population/" + id + "#tag-values";
	}

	private static Integer parseVersion(String text) {
		try {
			return text == null ? null : Integer.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static List<TagAttribute> parse(String text) {
		List<TagAttribute> result = new ArrayList<>();
		if (text == null) {
			return result;
		}
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("\\|", -1);
			if (parts.length != 4) {
				throw new InvalidInputException("error.population.tagAttribute.line", "attributes", line.strip());
			}
			TagAttribute.Kind kind;
			try {
				kind = TagAttribute.Kind.valueOf(parts[3].strip().toUpperCase());
			}
			catch (IllegalArgumentException ex) {
				kind = null;
			}
			result.add(new TagAttribute(parts[0].strip(), parts[1].strip(), parts[2].strip(), kind));
		}
		return result;
	}

	private static boolean seesSensitive(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch(a -> "population.sensitive-tags".equals(a.getAuthority())
					|| "policy.population-tags".equals(a.getAuthority()));
	}

}

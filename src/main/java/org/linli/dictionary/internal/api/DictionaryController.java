package org.linli.dictionary.internal.api;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.linli.dictionary.DictionaryEntry;
import org.linli.dictionary.internal.DictionaryEditor;
import org.linli.dictionary.internal.DictionaryEditor.Labels;
import org.linli.dictionary.internal.DictionaryType;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Data dictionaries: anyone logged in reads them (forms need the lists); holders of
 * {@code dictionary.write} keep them.
 */
@RestController
@RequestMapping("/api/v1/dictionaries")
class DictionaryController {

	private final DictionaryEditor editor;

	DictionaryController(DictionaryEditor editor) {
		this.editor = editor;
	}

	/** An entry with its label in the caller's language. */
	record Entry(String type, String code, String label, String labelZh, String labelEn, int sortOrder, boolean enabled,
			boolean system, int version) {

		static Entry of(DictionaryEntry e, Locale locale) {
			return new Entry(e.type(), e.code(), e.label(locale), e.labelZh(), e.labelEn(), e.sortOrder(), e.enabled(),
					e.system(), e.version());
		}

	}

	record NewEntry(String labelZh, String labelEn, Integer sortOrder, Boolean enabled) {
	}

	record Revision(String labelZh, String labelEn, Integer sortOrder, Boolean enabled, @NotNull Integer version) {
	}

	@GetMapping
	List<DictionaryType> types() {
		return editor.types();
	}

	/** Enabled entries; editors may ask for disabled ones too. */
	@GetMapping("/{type}")
	List<Entry> entries(@PathVariable String type, @RequestParam(defaultValue = "false") boolean includeDisabled,
			Authentication caller, Locale locale) {
		boolean all = includeDisabled
				&& caller.getAuthorities().stream().anyMatch(a -> "dictionary.write".equals(a.getAuthority()));
		return editor.entries(type).stream().filter(e -> all || e.enabled()).map(e -> Entry.of(e, locale)).toList();
	}

	@PostMapping("/{type}/{code}")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('dictionary.write')")
	Entry add(@PathVariable String type, @PathVariable String code, @RequestBody NewEntry request, Locale locale) {
		return Entry.of(
				editor.add(type, code,
						new Labels(request.labelZh(), request.labelEn(), request.sortOrder(), request.enabled())),
				locale);
	}

	@PutMapping("/{type}/{code}")
	@PreAuthorize("hasAuthority('dictionary.write')")
	Entry revise(@PathVariable String type, @PathVariable String code, @Valid @RequestBody Revision request,
			Locale locale) {
		return Entry.of(editor.revise(type, code,
				new Labels(request.labelZh(), request.labelEn(), request.sortOrder(), request.enabled()),
				request.version()), locale);
	}

	/**
	 * Only entries no migration shipped; system entries answer 409 (disable them
	 * instead).
	 */
	@DeleteMapping("/{type}/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('dictionary.write')")
	void remove(@PathVariable String type, @PathVariable String code, @RequestParam int version) {
		editor.remove(type, code, version);
	}

}

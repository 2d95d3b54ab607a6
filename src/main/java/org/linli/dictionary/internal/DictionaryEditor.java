package org.linli.dictionary.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.linli.dictionary.DictionaryEntry;
import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the dictionaries (系统管理员): adds entries, relabels, reorders, enables and disables
 * them, and deletes entries that no migration shipped.
 */
@Service
public class DictionaryEditor {

	private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]{1,39}");

	private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");

	private final DictionaryRepository repository;

	DictionaryEditor(DictionaryRepository repository) {
		this.repository = repository;
	}

	/**
	 * What an editor may change on an entry.
	 *
	 * @param labelZh Chinese label, 1–100 characters
	 * @param labelEn English label, 1–100 characters
	 * @param sortOrder position in lists
	 * @param enabled whether new records may use it
	 */
	public record Labels(String labelZh, String labelEn, Integer sortOrder, Boolean enabled) {
	}

	public List<DictionaryType> types() {
		return repository.types();
	}

	/** All entries of a type, disabled ones included. */
	public List<DictionaryEntry> entries(String type) {
		return repository.entries(type, true);
	}

	public DictionaryEntry entry(String type, String code) {
		return repository.find(type, code)
			.orElseThrow(() -> new NotFoundException("dictionary entry", type + "/" + code));
	}

	/** Adds a new entry; a new type comes into being with its first entry. */
	@Transactional
	public DictionaryEntry add(String type, String code, Labels labels) {
		if (type == null || !TYPE.matcher(type).matches()) {
			throw new InvalidInputException("error.dictionary.type", "dictionaryType");
		}
		if (code == null || !CODE.matcher(code).matches()) {
			throw new InvalidInputException("error.dictionary.code", "code");
		}
		DictionaryEntry entry = checked(new DictionaryEntry(type, code, labels.labelZh(), labels.labelEn(),
				labels.sortOrder() == null ? 0 : labels.sortOrder(), labels.enabled() == null || labels.enabled(),
				false, 0));
		if (!repository.add(entry)) {
			throw new ConflictException("error.dictionary.duplicate", type, code);
		}
		return entry(type, code);
	}

	/** Relabels, reorders, enables or disables an entry read at {@code version}. */
	@Transactional
	public DictionaryEntry revise(String type, String code, Labels labels, int version) {
		DictionaryEntry current = entry(type, code);
		DictionaryEntry revised = checked(
				new DictionaryEntry(type, code, labels.labelZh() == null ? current.labelZh() : labels.labelZh(),
						labels.labelEn() == null ? current.labelEn() : labels.labelEn(),
						labels.sortOrder() == null ? current.sortOrder() : labels.sortOrder(),
						labels.enabled() == null ? current.enabled() : labels.enabled(), current.system(), version));
		if (!repository.revise(revised)) {
			throw ConflictException.staleVersion("dictionary entry", type + "/" + code);
		}
		return entry(type, code);
	}

	/** Deletes an entry no migration shipped; system entries can only be disabled. */
	@Transactional
	public void remove(String type, String code, int version) {
		DictionaryEntry current = entry(type, code);
		if (current.system()) {
			throw new ConflictException("error.dictionary.systemEntry", type, code);
		}
		if (!repository.remove(type, code, version)) {
			throw ConflictException.staleVersion("dictionary entry", type + "/" + code);
		}
	}

	private static DictionaryEntry checked(DictionaryEntry entry) {
		if (blankOrLong(entry.labelZh())) {
			throw new InvalidInputException("error.dictionary.label", "labelZh");
		}
		if (blankOrLong(entry.labelEn())) {
			throw new InvalidInputException("error.dictionary.label", "labelEn");
		}
		if (entry.sortOrder() < 0 || entry.sortOrder() > 9999) {
			throw new InvalidInputException("error.dictionary.sortOrder", "sortOrder");
		}
		return new DictionaryEntry(entry.type(), entry.code(), entry.labelZh().trim(), entry.labelEn().trim(),
				entry.sortOrder(), entry.enabled(), entry.system(), entry.version());
	}

	private static boolean blankOrLong(String label) {
		return label == null || label.isBlank() || label.trim().length() > 100;
	}

}

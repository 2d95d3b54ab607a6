package org.linli.dictionary.internal;

import java.util.List;
import java.util.Locale;

import org.linli.dictionary.Dictionaries;
import org.linli.dictionary.DictionaryEntry;

import org.springframework.stereotype.Service;

/** Dictionary lookups for other modules, straight from the table (entries are few). */
@Service
class JdbcDictionaries implements Dictionaries {

	private final DictionaryRepository repository;

	JdbcDictionaries(DictionaryRepository repository) {
		this.repository = repository;
	}

	@Override
	public List<DictionaryEntry> entries(String type) {
		return repository.entries(type, false);
	}

	@Override
	public boolean isValid(String type, String code) {
		return code != null && repository.find(type, code).map(DictionaryEntry::enabled).orElse(false);
	}

	@Override
	public String label(String type, String code, Locale locale) {
		return code == null ? null : repository.find(type, code).map(entry -> entry.label(locale)).orElse(code);
	}

}

package org.linli.population.internal.proposal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.linli.dictionary.Dictionaries;
import org.linli.dictionary.DictionaryEntry;
import org.linli.population.internal.Resident;
import org.linli.population.internal.proposal.ProposableField;
import org.linli.population.internal.proposal.Proposal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Shows proposable values on pages: dictionary labels for codes, 是/否 for flags, — for
 * none.
 */
@Component
class FieldLabels {

	/**
	 * One proposed field as shown.
	 *
	 * @param field field key, for the {@code field.<key>} label
	 * @param before value when proposed
	 * @param proposed proposed value
	 * @param current value now, or {@code null} when not asked for
	 * @param changedSince whether the value now differs from the value when proposed
	 */
	record Row(String field, String before, String proposed, String current, boolean changedSince) {
	}

	/** A proposal with its rows as shown. */
	record Shown(Proposal proposal, List<Row> rows) {
	}

	private final Dictionaries dictionaries;

	private final MessageSource messages;

	FieldLabels(Dictionaries dictionaries, MessageSource messages) {
		this.dictionaries = dictionaries;
		this.messages = messages;
	}

	String show(ProposableField field, String value, Locale locale) {
		if (value == null || value.isEmpty()) {
			return "—";
		}
		return switch (field.kind()) {
			case "CODE" -> dictionaries.label(field.dictionary(), value, locale);
			case "FLAG" ->
				messages.getMessage(Boolean.parseBoolean(value) ? "population.yes" : "population.no", null, locale);
			default -> value;
		};
	}

	/** The rows of a proposal; with {@code current}, also the record's values now. */
	Shown shown(Proposal proposal, Resident current, Locale locale) {
		return new Shown(proposal, proposal.changes().stream().map(c -> {
			String now = current == null ? null : c.field().currentOf(current);
			return new Row(c.field().key(), show(c.field(), c.before(), locale), show(c.field(), c.proposed(), locale),
					current == null ? null : show(c.field(), now, locale),
					current != null && !Objects.equals(now, c.before()));
		}).toList());
	}

	/** The choices of a code field, code → label. */
	Map<String, String> options(ProposableField field, Locale locale) {
		Map<String, String> options = new LinkedHashMap<>();
		if (field.dictionary() != null) {
			for (DictionaryEntry e : dictionaries.entries(field.dictionary())) {
				options.put(e.code(), e.label(locale));
			}
		}
		return options;
	}

}

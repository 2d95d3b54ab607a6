package org.linli.region.internal.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linli.shared.HeaderText;

/**
 * Which cell of a row holds which {@link ImportColumn}, read from the header row. Headers
 * match as {@link HeaderText#bare} gives them, so that spaces, full-width letters, case,
 * underscores, a required-field mark or a note in brackets ("单元号（必填）") make no
 * difference. Unknown headers are ignored.
 */
final class HeaderMapping {

	private static final Map<String, ImportColumn> BY_NAME = new HashMap<>();

	static {
		for (ImportColumn column : ImportColumn.values()) {
			column.names().forEach(name -> BY_NAME.put(HeaderText.bare(name), column));
		}
	}

	private final Map<ImportColumn, Integer> indexes = new EnumMap<>(ImportColumn.class);

	private final Map<ImportColumn, String> texts = new EnumMap<>(ImportColumn.class);

	private HeaderMapping() {
	}

	static HeaderMapping of(List<String> headerCells) {
		HeaderMapping mapping = new HeaderMapping();
		for (int i = 0; i < headerCells.size(); i++) {
			String text = headerCells.get(i);
			ImportColumn column = text == null ? null : BY_NAME.get(HeaderText.bare(text));
			// The first of two columns with the same meaning wins; the second is ignored.
			if (column != null && !mapping.indexes.containsKey(column)) {
				mapping.indexes.put(column, i);
				mapping.texts.put(column, text.strip());
			}
		}
		return mapping;
	}

	/** Required columns the header row lacks, in template order. */
	List<ImportColumn> missing() {
		List<ImportColumn> missing = new ArrayList<>();
		for (ImportColumn column : ImportColumn.values()) {
			if (column.required() && !indexes.containsKey(column)) {
				missing.add(column);
			}
		}
		return missing;
	}

	/** How many known columns the row names. */
	int known() {
		return indexes.size();
	}

	boolean has(ImportColumn column) {
		return indexes.containsKey(column);
	}

	/** The cell of {@code column} in {@code cells}, stripped; {@code null} when blank. */
	String cell(List<String> cells, ImportColumn column) {
		Integer index = indexes.get(column);
		if (index == null || index >= cells.size() || cells.get(index) == null) {
			return null;
		}
		String value = cells.get(index).strip();
		return value.isEmpty() ? null : value;
	}

	/**
	 * The header of {@code column} as the file spells it (the template's when absent).
	 */
	String headerText(ImportColumn column) {
		return texts.getOrDefault(column, column.header());
	}

}

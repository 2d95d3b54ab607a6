package org.linli.population.internal;

import java.util.regex.Pattern;

/**
 * 证件类型 — the document a resident is registered with. Mainland residents use the ID card;
 * people from Hong Kong, Macao and Taiwan and foreigners use one of the others. Numbers
 * of the 18-digit kinds follow GB 11643 (check digit, birth date and sex inside the
 * number); for the rest birth date and sex are entered.
 */
public enum DocumentType {

	/** 居民身份证. */
	ID_CARD(null),
	/** 港澳台居民居住证 — 18 digits beginning 810000, 820000 or 830000. */
	HMT_RESIDENCE_PERMIT(null),
	/** 外国人永久居留身份证 (2023) — 18 characters beginning with 9. */
	FOREIGN_PERMANENT_RESIDENCE(null),
	/** 港澳居民来往内地通行证 — H or M and 8 or 10 digits. */
	HK_MACAO_PERMIT(Pattern.compile("[HM]\\d{8}(\\d{2})?")),
	/** 台湾居民来往大陆通行证 — 8 or 10 digits. */
	TAIWAN_PERMIT(Pattern.compile("\\d{8}(\\d{2})?")),
	/** 外国人永久居留身份证 (2004–2017) — 3 letters and 12 digits. */
	FOREIGN_PERMANENT_RESIDENCE_OLD(Pattern.compile("[A-Z]{3}\\d{12}")),
	/** 护照 — letters and digits. */
	PASSPORT(Pattern.compile("[A-Z0-9]{5,20}"));

	private final Pattern pattern;

	DocumentType(Pattern pattern) {
		this.pattern = pattern;
	}

	/** Whether the number follows GB 11643, so birth date and sex come from it. */
	public boolean gb11643() {
		return pattern == null;
	}

	boolean accepts(String number) {
		return pattern != null && pattern.matcher(number).matches();
	}

	static DocumentType parse(String value) {
		if (value == null || value.isBlank()) {
			return ID_CARD;
		}
		try {
			return valueOf(value.trim().toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			throw new org.linli.shared.InvalidInputException("error.population.document.type", "documentType", value);
		}
	}

}

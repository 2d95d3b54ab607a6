package org.linli.population.internal;

import java.time.LocalDate;

import org.linli.shared.IdCardNumber;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Masking;
import org.linli.shared.TypedNumber;

/**
 * A checked identity document: its type and number, and the birth date and sex either
 * read from a GB 11643 number or entered alongside the others.
 *
 * @param type the document type
 * @param number normalised number (upper case, no spaces)
 * @param birthDate date of birth
 * @param male sex
 */
public record PersonalDocument(DocumentType type, String number, LocalDate birthDate, boolean male) {

	public static PersonalDocument parse(DocumentType type, String input, LocalDate birthDate, String sex,
			LocalDate today) {
		if (type.gb11643()) {
			IdCardNumber card = IdCardNumber.parse(input);
			String prefix = card.value().substring(0, 6);
			boolean hmt = prefix.equals("810000") || prefix.equals("820000") || prefix.equals("830000");
			boolean foreign = card.value().startsWith("9");
			if ((type == DocumentType.HMT_RESIDENCE_PERMIT) != hmt
					|| (type == DocumentType.FOREIGN_PERMANENT_RESIDENCE) != foreign) {
				throw new InvalidInputException("error.population.document.number", "idCardNumber");
			}
			return new PersonalDocument(type, card.value(), card.birthDate(), card.male());
		}
		String number = input == null ? "" : TypedNumber.compact(input).replace("-", "").toUpperCase();
		if (!type.accepts(number)) {
			throw new InvalidInputException("error.population.document.number", "idCardNumber");
		}
		if (birthDate == null || birthDate.isAfter(today) || birthDate.getYear() < 1880) {
			throw new InvalidInputException("error.population.birthDate", "birthDate");
		}
		if (!"M".equals(sex) && !"F".equals(sex)) {
			throw new InvalidInputException("error.population.sex", "sex");
		}
		return new PersonalDocument(type, number, birthDate, "M".equals(sex));
	}

	/** First 1 and last 2 characters, as for ID numbers. */
	public String masked() {
		return Masking.keep(number, 1, 2);
	}

	/**
	 * What the blind index is computed over: the bare number for GB 11643 numbers (one
	 * number space), the type and number for the rest, so a passport cannot collide with
	 * a permit.
	 */
	public String indexInput() {
		return type.gb11643() ? number : type.name() + ":" + number;
	}

}

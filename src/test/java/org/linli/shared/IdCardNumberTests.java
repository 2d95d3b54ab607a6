package org.linli.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdCardNumberTests {

	@Test
	void acceptsANumberWithTheRightCheckDigitAndDerivesBirthDateAndSex() {
		// 11010519491231002X is the standard's own example.
		IdCardNumber id = IdCardNumber.parse("11010519491231002x");
		assertThat(id.value()).isEqualTo("11010519491231002X");
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(id.male()).isFalse();
		assertThat(id.regionCode()).isEqualTo("110105");
	}

	@Test
	void computesTheCheckDigitWithTheStandardWeights() {
		assertThat(IdCardNumber.checkDigit("11010519491231002")).isEqualTo('X');
		assertThat(IdCardNumber.checkDigit("34070519800101001")).isEqualTo(expected("34070519800101001"));
	}

	@Test
	void rejectsAWrongCheckDigit() {
		assertThatThrownBy(() -> IdCardNumber.parse("110105194912310021")).isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((InvalidInputException) e).messageKey())
			.isEqualTo("error.idCard.checkDigit");
	}

	@Test
	void rejectsAnImpossibleBirthDate() {
		String body = "34070519800230001";
		assertThatThrownBy(() -> IdCardNumber.parse(body + IdCardNumber.checkDigit(body)))
			.extracting(e -> ((InvalidInputException) e).messageKey())
			.isEqualTo("error.idCard.birthDate");
	}

	@Test
	void rejectsWrongLengthAndLetters() {
		assertThatThrownBy(() -> IdCardNumber.parse("1101051949123100")).extracting(e -> ((DomainException) e).field())
			.isEqualTo("idCardNumber");
		assertThatThrownBy(() -> IdCardNumber.parse("11010519491231A02X")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> IdCardNumber.parse(null)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void convertsAnOld15DigitNumber() {
		IdCardNumber id = IdCardNumber.parse("340705800101001");
		assertThat(id.value()).startsWith("34070519800101001").hasSize(18);
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
		assertThat(id.male()).isTrue();
	}

	@Test
	void masksAllButTheFirstAndLastTwoCharacters() {
		assertThat(IdCardNumber.parse("11010519491231002X").masked()).isEqualTo("1***************2X");
		assertThat(IdCardNumber.parse("11010519491231002X").toString()).doesNotContain("19491231");
	}

	private static char expected(String first17) {
		int[] w = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * w[i];
		}
		return "10X98765432".charAt(sum % 11);
	}

}
